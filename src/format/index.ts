/**
 * Vietnamese formats and the import layer: parsing and formatting of vi-VN
 * numbers (`50.308`), percentages (`84,79%`), dates (`20/12/2021`,
 * `ngày 05 tháng 01 năm 2020`) and date-times; text normalisation and
 * accent-insensitive matching; zod codecs built on them; and
 * `importRecords`, which validates CSV or JSON exports row by row with
 * bilingual messages.
 *
 * Format is the reference of the house dialect: every reader is a
 * `parseX`/`safeParseX` pair (the throwing one built with core's
 * `parseOrThrow`, so the two agree), every options object is read with core's
 * `readOptions` (a misspelt name is refused), and the one way any domain
 * writes a date `DD/MM/YYYY` is `formatVnDate`, a decimal comma
 * `formatVnNumber`.
 *
 * @packageDocumentation
 * @module format
 */
export type { ParseResult } from './result.js'
export * from './text.js'
export * from './number.js'
export * from './date.js'
export * from './messages.js'
export * from './codecs.js'
export * from './csv.js'
export * from './aliases.js'
export * from './import-types.js'
export * from './import.js'
export * from './xlsx-limits.js'
export * from './format-issue.js'
