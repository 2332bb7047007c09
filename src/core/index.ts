/**
 * The shared kernel: civil dates, instants read in Vietnam time, exact
 * decimals, bilingual labels, legal bases, verdicts and error helpers.
 *
 * @packageDocumentation
 * @module core
 */
export * from './errors.js'
export * from './label.js'
export * from './legal-basis.js'
export * from './iso-date.js'
export * from './instant.js'
export * from './label-schema.js'
export * from './legal-basis-schema.js'
export * from './iso-date-schema.js'
export * from './instant-schema.js'
export * from './decimal.js'
export * from './verdict.js'
export * from './parse-result.js'
export * from './options.js'
export * from './as-of.js'
export * from './validation-issue.js'
export { atDate, datedRule, type DatedRule, type DatedValue, type UndatedRule } from './dated.js'
