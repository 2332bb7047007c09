import { invalidArgument, wrongType } from './errors.js'

/**
 * A civil date written `YYYY-MM-DD` (proleptic Gregorian), e.g. `'2026-02-17'`.
 * The brand records that the string has been checked; plain string literals
 * are accepted by every function and checked on entry.
 *
 * @example
 * ```ts
 * import { toIsoDate, type IsoDate } from 'hanhchinh/core'
 * const tet: IsoDate = toIsoDate('2026-02-17')
 * tet //=> '2026-02-17'
 * ```
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' }

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'hanhchinh/core'
 * daysInMonth(2024, 2) //=> 29
 * daysInMonth(2026, 2) //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  checkInteger('year', year, 'an integer year')
  checkInteger('month', month, 'a month from 1 to 12')
  if (month < 1 || month > 12) throw invalidArgument('month', month, 'a month from 1 to 12')
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

// An integer check that names the argument: a TypeError for a non-number,
// a RangeError for NaN, infinities and fractions.
function checkInteger(argument: string, value: unknown, expected: string): asserts value is number {
  if (typeof value !== 'number') throw wrongType(argument, value, expected)
  if (!Number.isInteger(value)) throw invalidArgument(argument, value, expected)
}

/**
 * Whether a value is a valid ISO civil date string (`YYYY-MM-DD`, a real day
 * in the supported years 0001–9999).
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'hanhchinh/core'
 * isIsoDate('2024-02-29') //=> true
 * isIsoDate('2024-02-30') //=> false
 * isIsoDate('20/12/2021') //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE_RE.exec(value)
  if (!m) return false
  const month = Number(m[2])
  const day = Number(m[3])
  // year 0000 lies outside the supported range (years 1–9999, see MIN_DAY_NUMBER)
  return m[1] !== '0000' && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month)
}

/**
 * Check a value is an ISO civil date and return it branded; throw a
 * `RangeError` (or `TypeError` for a non-string) naming the argument otherwise.
 *
 * @param value - the value to check
 * @param argument - the name used in the error message
 *
 * @example
 * ```ts
 * import { toIsoDate } from 'hanhchinh/core'
 * toIsoDate('2024-05-04') //=> '2024-05-04'
 * toIsoDate('2024-02-30', 'receivedOn')
 * //=> throws RangeError: Invalid receivedOn: "2024-02-30" (expected an ISO date YYYY-MM-DD that exists)
 * ```
 */
export function toIsoDate(value: unknown, argument = 'date'): IsoDate {
  if (typeof value !== 'string') throw wrongType(argument, value, 'an ISO date string YYYY-MM-DD')
  if (!isIsoDate(value)) throw invalidArgument(argument, value, 'an ISO date YYYY-MM-DD that exists')
  return value
}

// The zod schemas of this module live in iso-date-schema.ts, so that importing
// the date functions pulls no zod; re-exported here for compatibility.
export { IsoDateSchema, IsoDateStringSchema } from './iso-date-schema.js'

/**
 * The day number of a civil date: days since 1970-01-01 (which is day 0).
 * Pure arithmetic, independent of the host time zone.
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'hanhchinh/core'
 * toDayNumber('1970-01-02') //=> 1
 * toDayNumber('2026-02-17') //=> 20501
 * ```
 */
export function toDayNumber(date: string): number {
  const iso = toIsoDate(date)
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian year, month (1–12) and day,
 * by integer arithmetic (H. Hinnant's `days_from_civil`). Unlike `Date.UTC`,
 * it reads years 0–99 as themselves, not as 1900–1999. The arguments are
 * checked: integers, a month 1–12, a day that exists in that month, a year
 * within ±275,760 (the range of `Date`); otherwise a `TypeError` or
 * `RangeError` names the argument. Use {@link toDayNumber} for a date string.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from 'hanhchinh/core'
 * daysFromCivil(2026, 2, 17) //=> 20501
 * daysFromCivil(1970, 1, 1) //=> 0
 * daysFromCivil(1, 1, 1) //=> -719162
 * daysFromCivil(2024, 2, 30) //=> throws RangeError: Invalid day: 30
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  checkInteger('year', year, 'an integer year')
  if (year < -275_760 || year > 275_760) throw invalidArgument('year', year, 'a year within ±275760')
  const dim = daysInMonth(year, month)
  checkInteger('day', day, `a day from 1 to ${dim}`)
  if (day < 1 || day > dim) throw invalidArgument('day', day, `a day from 1 to ${dim}`)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/**
 * The first day number the library's civil dates reach: 0001-01-01 (day
 * −719,162). ISO dates are supported in the years 1–9999; date arithmetic
 * that would leave them ({@link addDays}, {@link fromDayNumber}) is a
 * `RangeError`, never a malformed string.
 *
 * @example
 * ```ts
 * import { MIN_DAY_NUMBER, fromDayNumber } from 'hanhchinh/core'
 * fromDayNumber(MIN_DAY_NUMBER) //=> '0001-01-01'
 * fromDayNumber(MIN_DAY_NUMBER - 1) //=> throws RangeError: dayNumber
 * ```
 */
export const MIN_DAY_NUMBER = -719_162

/**
 * The last day number the library's civil dates reach: 9999-12-31 (day
 * 2,932,896). See {@link MIN_DAY_NUMBER}.
 *
 * @example
 * ```ts
 * import { MAX_DAY_NUMBER, fromDayNumber } from 'hanhchinh/core'
 * fromDayNumber(MAX_DAY_NUMBER) //=> '9999-12-31'
 * ```
 */
export const MAX_DAY_NUMBER = 2_932_896

/**
 * The civil date of a day number (days since 1970-01-01), by integer
 * arithmetic (H. Hinnant's `civil_from_days`). Day numbers outside
 * {@link MIN_DAY_NUMBER}..{@link MAX_DAY_NUMBER} (years 1–9999) are a
 * `RangeError`.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'hanhchinh/core'
 * fromDayNumber(20501) //=> '2026-02-17'
 * fromDayNumber(1e9) //=> throws RangeError: Invalid dayNumber: 1000000000
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  checkInteger('dayNumber', dayNumber, 'an integer')
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw invalidArgument('dayNumber', dayNumber, `a day number from ${MIN_DAY_NUMBER} to ${MAX_DAY_NUMBER} (0001-01-01 to 9999-12-31)`)
  }
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate
}

/**
 * Build an ISO date from year, month (1–12) and day; throws a `RangeError`
 * for a day that does not exist.
 *
 * @example
 * ```ts
 * import { isoDate } from 'hanhchinh/core'
 * isoDate(2024, 5, 4) //=> '2024-05-04'
 * isoDate(2024, 2, 30) //=> throws RangeError: an existing calendar day
 * ```
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  for (const [name, value] of [['year', year], ['month', month], ['day', day]] as const) {
    if (typeof value !== 'number') throw wrongType(name, value, 'an integer')
  }
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || !isIsoDate(text)) {
    throw invalidArgument('date', { year, month, day }, 'an existing calendar day')
  }
  return text as IsoDate
}

/**
 * Day of the week of a civil date: 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy).
 *
 * @example
 * ```ts
 * import { dayOfWeek } from 'hanhchinh/core'
 * dayOfWeek('2024-05-04') //=> 6
 * dayOfWeek('2026-02-17') //=> 2
 * ```
 */
export function dayOfWeek(date: string): number {
  return dayOfWeekOfDayNumber(toDayNumber(date))
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * import { dayOfWeekOfDayNumber } from 'hanhchinh/core'
 * dayOfWeekOfDayNumber(0) //=> 4
 * ```
 */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  checkInteger('dayNumber', dayNumber, 'an integer')
  return (((dayNumber + 4) % 7) + 7) % 7
}

/**
 * Add (or subtract) calendar days to a civil date. A result outside the
 * supported years 1–9999 is a `RangeError` naming `days`.
 *
 * @example
 * ```ts
 * import { addDays } from 'hanhchinh/core'
 * addDays('2024-02-28', 2) //=> '2024-03-01'
 * addDays('2024-01-01', -1) //=> '2023-12-31'
 * addDays('2024-01-01', 545020998) //=> throws RangeError: Invalid days: 545020998
 * ```
 */
export function addDays(date: string, days: number): IsoDate {
  const start = toDayNumber(date)
  checkInteger('days', days, 'an integer')
  const end = start + days
  if (end < MIN_DAY_NUMBER || end > MAX_DAY_NUMBER) {
    throw invalidArgument('days', days, `a number of days that keeps ${date} within 0001-01-01..9999-12-31`)
  }
  return fromDayNumber(end)
}

/**
 * Compare two civil dates: negative, zero or positive like `Array.prototype.sort` expects.
 *
 * @example
 * ```ts
 * import { compareIsoDates } from 'hanhchinh/core'
 * ['2024-05-04', '2024-01-01'].sort(compareIsoDates) //=> ['2024-01-01', '2024-05-04']
 * ```
 */
export function compareIsoDates(a: string, b: string): number {
  return toDayNumber(a) - toDayNumber(b)
}
