import { invalidArgument, wrongType } from './errors.js'
import { daysFromCivil, daysInMonth, fromDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER, type IsoDate } from './iso-date.js'

/**
 * Vietnam's offset from UTC in minutes: UTC+07:00, unchanged since 1975,
 * with no daylight saving — so no time-zone database is needed at run time.
 *
 * @example
 * ```ts
 * import { VIETNAM_OFFSET_MINUTES } from 'hanhchinh/core'
 * VIETNAM_OFFSET_MINUTES / 60 //=> 7
 * ```
 */
export const VIETNAM_OFFSET_MINUTES = 420

/**
 * An instant: an ISO date-time string with an explicit offset or `Z`
 * (`'2026-02-13T16:30:00+07:00'`), or a `Date`.
 *
 * @example
 * ```ts
 * import type { Instant } from 'hanhchinh/core'
 * const received: Instant = '2024-04-26T15:30:00+07:00'
 * typeof received //=> 'string'
 * ```
 */
export type Instant = string | Date

// The ECMAScript time range less a day, so that shifting to UTC+07:00 stays inside it.
const MAX_EPOCH_MS = 8.64e15 - 86_400_000

const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * Read an instant as epoch milliseconds. Strings must carry an offset (or
 * `Z`): a date-time without one would be read in the host's zone, which this
 * library never does.
 *
 * @example
 * ```ts
 * import { toEpochMs } from 'hanhchinh/core'
 * toEpochMs('1970-01-01T07:00:00+07:00') //=> 0
 * toEpochMs(new Date(5)) //=> 5
 * ```
 */
export function toEpochMs(instant: Instant, argument = 'instant'): number {
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument')
  if (instant instanceof Date) {
    const t = instant.getTime()
    if (Number.isNaN(t)) throw invalidArgument(argument, instant, 'a valid Date')
    return t
  }
  if (typeof instant !== 'string') throw wrongType(argument, instant, 'an ISO date-time string with offset, or a Date')
  // An ISO date-time is at most 35 characters: refuse a long text before any matching.
  const m = instant.length > 40 ? null : DATE_TIME_RE.exec(instant)
  if (!m) throw invalidArgument(argument, instant, 'an ISO date-time with an offset, e.g. 2024-04-26T15:30:00+07:00')
  const [, y, mo, d, h, mi, s, frac, off] = m as unknown as string[]
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s ?? 0)
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw invalidArgument(argument, instant, 'an existing date and time')
  }
  const utc = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms
  let offsetMinutes = 0
  if (off !== 'Z' && off !== undefined) {
    const sign = off.startsWith('-') ? -1 : 1
    const digits = off.slice(1).replace(':', '')
    const offHours = Number(digits.slice(0, 2))
    const offMinutes = Number(digits.slice(2, 4))
    // Real UTC offsets lie within ±14:00; anything past ±23:59 is not an offset at all.
    if (offHours > 23 || offMinutes > 59) throw invalidArgument(argument, instant, 'a UTC offset between -23:59 and +23:59')
    offsetMinutes = sign * (offHours * 60 + offMinutes)
  }
  return utc - offsetMinutes * 60_000
}

/**
 * The civil date and time of day of an instant read in Vietnam time
 * (UTC+07:00), whatever the host's time zone.
 *
 * @example
 * ```ts
 * import { toVietnamTime } from 'hanhchinh/core'
 * toVietnamTime('2024-04-26T09:30:00Z') //=> { date: '2024-04-26', minuteOfDay: 990, epochMs: 1714123800000 }
 * toVietnamTime('2024-04-26T20:00:00Z').date //=> '2024-04-27'
 * ```
 */
export function toVietnamTime(instant: Instant, argument = 'instant'): { date: IsoDate; minuteOfDay: number; epochMs: number } {
  const epochMs = toEpochMs(instant, argument)
  if (Math.abs(epochMs) > MAX_EPOCH_MS) throw invalidArgument(argument, instant, 'an instant between the years -271820 and 275759')
  const local = epochMs + VIETNAM_OFFSET_MINUTES * 60_000
  const dayNumber = Math.floor(local / 86_400_000)
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw invalidArgument(argument, instant, 'an instant whose Vietnam date lies in the years 0001–9999')
  }
  const minuteOfDay = Math.floor((local - dayNumber * 86_400_000) / 60_000)
  return { date: fromDayNumber(dayNumber), minuteOfDay, epochMs }
}

/**
 * The instant at a civil date and minute of the day in Vietnam time, as
 * epoch milliseconds.
 *
 * @example
 * ```ts
 * import { vietnamEpochMs } from 'hanhchinh/core'
 * vietnamEpochMs('1970-01-01', 420) //=> 0
 * ```
 */
export function vietnamEpochMs(date: string, minuteOfDay: number): number {
  if (typeof date !== 'string') throw wrongType('date', date, 'an ISO date string YYYY-MM-DD')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw invalidArgument('date', date, 'an ISO date YYYY-MM-DD')
  if (typeof minuteOfDay !== 'number') throw wrongType('minuteOfDay', minuteOfDay, 'a number of minutes')
  if (!Number.isFinite(minuteOfDay)) throw invalidArgument('minuteOfDay', minuteOfDay, 'a finite number of minutes')
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return daysFromCivil(y, m, d) * 86_400_000 + (minuteOfDay - VIETNAM_OFFSET_MINUTES) * 60_000
}

/**
 * Write an instant as an ISO date-time in Vietnam time with the `+07:00`
 * offset, to the second (milliseconds are kept when not zero).
 *
 * @example
 * ```ts
 * import { formatVietnamDateTime } from 'hanhchinh/core'
 * formatVietnamDateTime('2024-04-26T08:30:00Z') //=> '2024-04-26T15:30:00+07:00'
 * formatVietnamDateTime(0) //=> '1970-01-01T07:00:00+07:00'
 * formatVietnamDateTime('9999-12-31T17:00:00Z') //=> throws RangeError: 9999-12-31
 * ```
 */
export function formatVietnamDateTime(instant: Instant | number): string {
  const epochMs = typeof instant === 'number' ? instant : toEpochMs(instant)
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > MAX_EPOCH_MS) throw invalidArgument('instant', instant, 'an epoch time within ±8.64e15 ms less one day')
  const localMs = epochMs + VIETNAM_OFFSET_MINUTES * 60_000
  // ISO text has four-digit years: an instant outside 0001–9999 in Vietnam time cannot be written as one.
  if (localMs < MIN_DAY_NUMBER * 86_400_000 || localMs >= (MAX_DAY_NUMBER + 1) * 86_400_000) {
    throw invalidArgument('instant', instant, 'an instant from 0001-01-01 to 9999-12-31 in Vietnam time')
  }
  const local = new Date(localMs)
  const ms = local.getUTCMilliseconds()
  const iso = local.toISOString() // read as UTC fields of the shifted time: Vietnam wall-clock
  return `${iso.slice(0, 19)}${ms ? iso.slice(19, 23) : ''}+07:00`
}

/**
 * Parse `'HH:mm'` into minutes after midnight.
 *
 * @example
 * ```ts
 * import { parseTimeOfDay } from 'hanhchinh/core'
 * parseTimeOfDay('15:00') //=> 900
 * ```
 */
export function parseTimeOfDay(text: string, argument = 'time'): number {
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument')
  if (typeof text !== 'string') throw wrongType(argument, text, "a time of day 'HH:mm'")
  const m = /^(\d{1,2}):(\d{2})$/.exec(text)
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || (Number(m[1]) === 24 && Number(m[2]) !== 0)) {
    throw invalidArgument(argument, text, 'a time of day HH:mm between 00:00 and 24:00')
  }
  return Number(m[1]) * 60 + Number(m[2])
}

/**
 * Write minutes after midnight as `'HH:mm'`.
 *
 * @example
 * ```ts
 * import { formatTimeOfDay } from 'hanhchinh/core'
 * formatTimeOfDay(450) //=> '07:30'
 * ```
 */
export function formatTimeOfDay(minuteOfDay: number): string {
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 1440) {
    throw invalidArgument('minuteOfDay', minuteOfDay, 'an integer from 0 to 1440')
  }
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`
}

// The zod schema lives in instant-schema.ts (importing the instant functions pulls
// no zod); re-exported here for compatibility.
export { InstantSchema } from './instant-schema.js'
