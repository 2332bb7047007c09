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
// Both rankings and units export `provinces`; the root keeps the rankings one
// (ranking rows by slug), `hanhchinh/units` has the dated administrative list.
export { provinces } from './rankings/index.js'
