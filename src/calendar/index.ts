/**
 * The calendar: the Vietnamese lunar calendar (âm lịch), and — as they land —
 * public holidays, official schedules and working-day arithmetic.
 *
 * @packageDocumentation
 * @module calendar
 */
export * from './lunar/index.js'
