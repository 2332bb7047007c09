/**
 * The calendar: the Vietnamese lunar calendar (âm lịch), public holidays as
 * cited data, the announced civil-service schedules and O(1) working-day
 * arithmetic (`createWorkCalendar`, `vietnamCivilService`).
 *
 * @packageDocumentation
 * @module calendar
 */
export * from './lunar/index.js'
export * from './schema.js'
export * from './data/regimes.js'
export * from './data/schedules.js'
export * from './holidays.js'
export { defaultOfficeHours } from './office-hours.js'
export * from './work-calendar.js'
export * from './civil-service.js'
export * from './date-fns.js'
