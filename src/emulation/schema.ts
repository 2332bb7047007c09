// The entities of the emulation domain, one file per entity under schema/:
// award ids and held awards, quality ratings, discipline, initiatives, the
// individual's and the collective's records, the unit of a year-end review.
export * from './schema/awards.js'
export * from './schema/ratings.js'
export * from './schema/discipline.js'
export * from './schema/initiatives.js'
export * from './schema/individual-record.js'
export * from './schema/collective-record.js'
export * from './schema/emulation-record.js'
export * from './schema/unit-record.js'
export { MAX_RECORD_DEPTH, MAX_RECORD_LIST_LENGTH, MAX_RECORD_VALUES, MAX_RATING_TEXT_LENGTH, MAX_RUN_YEARS } from './schema/limits.js'
