/**
 * Vietnam's administrative units before and after 01/07/2025: the 63 → 34
 * provinces, the 696 districts that ended on 30/06/2025, the 10,035 communes
 * of 30/06/2025 and the 3,321 commune-level units from 01/07/2025, with
 * their national codes, kinds, validity, legal basis and successions.
 *
 * The data (about 85 kB gzipped) is in its own modules, imported only here,
 * and parsed once on first use. See docs/units.md for the sources and what
 * is UNCONFIRMED.
 *
 * @packageDocumentation
 * @module units
 */
export * from './schema.js'
export * from './basis.js'
export * from './list.js'
export * from './resolve.js'
export * from './succession.js'
export * from './name.js'
