/**
 * Rankings (xếp hạng): ranks with explicit tie methods, rank changes
 * ("tăng 19 bậc"), comparisons across the 2025 provincial merger, bands
 * (PAR Index groups, PAPI quartiles), rank phrases, and the provinces as
 * ranking tables name them, read from `hanhchinh/units` (names by period).
 *
 * @packageDocumentation
 * @module rankings
 */
export * from './in-top-group.js'
export * from './rank.js'
export * from './change.js'
export * from './provinces.js'
export * from './province-at.js'
export * from './data/provinces-2025.js'
export * from './position.js'
export * from './succession.js'
export * from './compare.js'
export * from './bands.js'
export * from './phrase.js'
export * from './schema.js'
export * from './ranking-table.js'
