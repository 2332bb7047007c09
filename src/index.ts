/**
 * hanhchinh — the rules of Vietnamese provincial public administration.
 *
 * The root entry re-exports every subpath; import a subpath
 * (`hanhchinh/calendar`, `hanhchinh/dossiers`, ...) to load only what you use.
 *
 * @packageDocumentation
 * @module hanhchinh
 */
export * from './core/index.js'
export * from './calendar/index.js'
export * from './documents/index.js'
export * from './dossiers/index.js'
export * from './reform/index.js'
export * from './emulation/index.js'
export * from './rankings/index.js'
export * from './format/index.js'
export * from './petitions/index.js'
export * from './tables/index.js'
export * from './units/index.js'
