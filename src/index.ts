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
