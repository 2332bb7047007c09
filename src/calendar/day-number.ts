// Fast, allocation-free conversions between civil dates and day numbers
// (days since 1970-01-01) for the hot paths of the work calendar. Pure
// integer arithmetic (H. Hinnant's civil-from-days algorithm), independent of
// the host time zone. Internal: not exported from the calendar entry.
import { accept, parseOrThrow, refuse, type ParseFailure, type ParseResult } from '../core/parse-result.js'
import { daysFromCivil, type IsoDate } from '../core/iso-date.js'

/** Day number of 1900-01-01. @internal */
export const FIRST_SUPPORTED_DAY = -25567
/** Day number of 2199-12-31. @internal */
export const LAST_SUPPORTED_DAY = 84005
/** First and last supported years. @internal */
export const FIRST_SUPPORTED_YEAR = 1900
/** @internal */
export const LAST_SUPPORTED_YEAR = 2199

const RANGE_TEXT = 'an ISO date YYYY-MM-DD that exists, from 1900-01-01 to 2199-12-31'

// Days from 1970-01-01 to y-m-d (proleptic Gregorian): the core's integer algorithm.
export { daysFromCivil }

let yearStarts: Int32Array | undefined

/** Day numbers of 1 January of 1899..2201 (built on first use). */
function starts(): Int32Array {
  if (!yearStarts) {
    yearStarts = new Int32Array(2201 - 1899 + 1)
    for (let y = 1899; y <= 2201; y++) yearStarts[y - 1899] = daysFromCivil(y, 1, 1)
  }
  return yearStarts
}

/** Gregorian year of a day number (fast path for 1900..2200). @internal */
export function yearOfDay(z: number): number {
  if (z < FIRST_SUPPORTED_DAY || z > LAST_SUPPORTED_DAY) return civilYearOfDay(z)
  const s = starts()
  let y = 1970 + Math.floor(z / 365.2425)
  while (z < s[y - 1899]!) y--
  while (z >= s[y - 1898]!) y++
  return y
}

// Year, month and day of a day number (H. Hinnant's civil_from_days), written
// into one reused scratch array so the hot path allocates nothing but the text.
const civil = new Int32Array(3)
function civilFromDays(z: number): void {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const m = mp < 10 ? mp + 3 : mp - 9
  civil[0] = yoe + era * 400 + (m <= 2 ? 1 : 0)
  civil[1] = m
  civil[2] = doy - Math.floor((153 * mp + 2) / 5) + 1
}

/** Gregorian year of any day number. @internal */
export function civilYearOfDay(z: number): number {
  civilFromDays(z)
  return civil[0]!
}

/** ISO text of a day number. @internal */
export function isoOfDay(z: number): IsoDate {
  civilFromDays(z)
  const y = civil[0]!, m = civil[1]!, d = civil[2]!
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as IsoDate
}

/** Days before month m (1..12) in a common year. */
const MONTH_START = new Int32Array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334])

/**
 * The year-table key of an ISO date in the supported range,
 * `(year - 1900) * 512 + dayOfYear` (dayOfYear from 0), or `-1` when
 * `value` is not such a date. Allocation-free: the hot path of the work
 * calendar calls it directly and falls back to {@link parseYearDay} (for the
 * error) only on `-1`. @internal
 */
export function yearDayKey(value: unknown): number {
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const c0 = value.charCodeAt(0) - 48
    const c1 = value.charCodeAt(1) - 48
    const c2 = value.charCodeAt(2) - 48
    const c3 = value.charCodeAt(3) - 48
    const c5 = value.charCodeAt(5) - 48
    const c6 = value.charCodeAt(6) - 48
    const c8 = value.charCodeAt(8) - 48
    const c9 = value.charCodeAt(9) - 48
    // Every character a digit: each value in 0..9, so their unsigned forms are all ≤ 9.
    if ((c0 >>> 0) <= 9 && (c1 >>> 0) <= 9 && (c2 >>> 0) <= 9 && (c3 >>> 0) <= 9 && (c5 >>> 0) <= 9 && (c6 >>> 0) <= 9 && (c8 >>> 0) <= 9 && (c9 >>> 0) <= 9) {
      const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3
      const m = c5 * 10 + c6
      const d = c8 * 10 + c9
      if (y >= FIRST_SUPPORTED_YEAR && y <= LAST_SUPPORTED_YEAR && m >= 1 && m <= 12 && d >= 1) {
        const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)
        const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
        if (d <= dim) return (y - FIRST_SUPPORTED_YEAR) * 512 + MONTH_START[m]! + (leap && m > 2 ? 1 : 0) + d - 1
      }
    }
  }
  return -1
}

/**
 * Read an ISO date in the supported range as its year-table key (see
 * {@link yearDayKey}); the refusal says why, in Vietnamese and English. @internal
 */
export function safeParseYearDay(value: unknown): ParseResult<number> {
  const key = yearDayKey(value)
  return key >= 0 ? accept(key) : refuseDate(value)
}

/**
 * {@link safeParseYearDay}, throwing: a `TypeError` for a non-string, a
 * `RangeError` naming `argument` otherwise. @internal
 */
export function parseYearDay(value: unknown, argument: string): number {
  return parseOrThrow(safeParseYearDay(value), argument, value)
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1000
}

/** The day number of an ISO date in the supported range, or `NaN`. */
function supportedDayNumber(value: string): number {
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3)
    const m = digit(value, 5) * 10 + digit(value, 6)
    const d = digit(value, 8) * 10 + digit(value, 9)
    if (y >= FIRST_SUPPORTED_YEAR && y <= LAST_SUPPORTED_YEAR && m >= 1 && m <= 12 && d >= 1) {
      const dim = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
      if (d <= dim) return daysFromCivil(y, m, d)
    }
  }
  return Number.NaN
}

function refuseDate(value: unknown): ParseFailure {
  if (typeof value !== 'string') {
    return refuse('không phải chuỗi ngày ISO YYYY-MM-DD', 'expected an ISO date string YYYY-MM-DD', 'not-text')
  }
  return refuse(
    'cần một ngày ISO YYYY-MM-DD có thật, từ 1900-01-01 đến 2199-12-31',
    `expected ${RANGE_TEXT}`,
    'invalid-date',
  )
}

/**
 * Read an ISO date in the supported range 1900-01-01..2199-12-31 as its day
 * number; the refusal says why, in Vietnamese and English. @internal
 */
export function safeParseSupportedDate(value: unknown): ParseResult<number> {
  if (typeof value !== 'string') return refuseDate(value)
  const dn = supportedDayNumber(value)
  return Number.isNaN(dn) ? refuseDate(value) : accept(dn)
}

/**
 * {@link safeParseSupportedDate}, throwing: a `TypeError` for a non-string,
 * a `RangeError` naming `argument` otherwise. @internal
 */
export function parseSupportedDate(value: unknown, argument: string): number {
  return parseOrThrow(safeParseSupportedDate(value), argument, value)
}
