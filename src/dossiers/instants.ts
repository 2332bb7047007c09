import { invalidArgument, wrongType } from '../core/errors.js'
import { toEpochMs, type Instant } from '../core/instant.js'

// Reading instants on the hot path: the dossiers' own `YYYY-MM-DDTHH:mm:ss+07:00` / `Z` texts
// are read with integer arithmetic and no allocation; every other shape goes to the core.

/** Milliseconds in a day. @internal */
export const MS_DAY = 86_400_000
const MS_HOUR = 3_600_000
/** Vietnam offset (UTC+07:00) in ms. @internal */
export const OFFSET_MS = 7 * MS_HOUR

/** First and last epoch ms of the supported range: 0001-01-01 to 9999-12-31, Vietnam time. */
const MIN_MS = -719_162 * MS_DAY - OFFSET_MS
const MAX_MS = (2_932_896 + 1) * MS_DAY - OFFSET_MS - 1

/** Vietnam-time day number of an epoch time. @internal */
export const vnDay = (ms: number): number => Math.floor((ms + OFFSET_MS) / MS_DAY)

/** Days before the first of each month (1-based) in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** Day number (days from 1970-01-01) of 1 January of each year 0001–9999 (index 0 unused). */
const YEAR_START = new Int32Array(10_000)
for (let y = 1; y < 10_000; y++) {
  const y1 = y - 1
  YEAR_START[y] = 365 * (y - 1970) + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400) - 477
}

/**
 * Epoch milliseconds of the common `YYYY-MM-DDTHH:mm:ss+07:00` / `...Z`
 * shapes (years 0001–9999), or NaN when the string has another shape (or is
 * not a real date): one read of each character, integer arithmetic only, no
 * allocation. Anything it declines goes to the general parser of the core.
 */
function fastMs(s: string): number {
  return readInto(s, SCRATCH, 0) ? SCRATCH[0]! : NaN
}

/** Scratch of {@link fastMs}. */
const SCRATCH = new Float64Array(1)

/**
 * {@link fastMs} written to `out[k]` (no boxed number per call on the hot path): true when the
 * text has one of the fast shapes and is an instant of the supported range, false otherwise
 * (`out[k]` then unspecified). @internal
 */
export function readInto(s: string, out: Float64Array, k: number): boolean {
  const n = s.length
  let offset = 0
  if (n === 25) {
    // '+07:00'
    if (s.charCodeAt(19) !== 43 || s.charCodeAt(20) !== 48 || s.charCodeAt(21) !== 55 || s.charCodeAt(22) !== 58 ||
      s.charCodeAt(23) !== 48 || s.charCodeAt(24) !== 48) return false
    offset = OFFSET_MS
  } else if (n !== 20 || s.charCodeAt(19) !== 90) return false
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return false
  }
  const y0 = s.charCodeAt(0) - 48, y1 = s.charCodeAt(1) - 48, y2 = s.charCodeAt(2) - 48, y3 = s.charCodeAt(3) - 48
  const m0 = s.charCodeAt(5) - 48, m1 = s.charCodeAt(6) - 48, d0 = s.charCodeAt(8) - 48, d1 = s.charCodeAt(9) - 48
  const h0 = s.charCodeAt(11) - 48, h1 = s.charCodeAt(12) - 48, i0 = s.charCodeAt(14) - 48, i1 = s.charCodeAt(15) - 48
  const s0 = s.charCodeAt(17) - 48, s1 = s.charCodeAt(18) - 48
  // Every one a digit, in one test: x is 0–9 exactly when x and x + 6 are both 0–15.
  if (((y0 | (y0 + 6) | y1 | (y1 + 6) | y2 | (y2 + 6) | y3 | (y3 + 6) | m0 | (m0 + 6) | m1 | (m1 + 6) | d0 | (d0 + 6) | d1 | (d1 + 6) |
    h0 | (h0 + 6) | h1 | (h1 + 6) | i0 | (i0 + 6) | i1 | (i1 + 6) | s0 | (s0 + 6) | s1 | (s1 + 6)) & ~15) !== 0) return false
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3, mo = m0 * 10 + m1, d = d0 * 10 + d1
  const h = h0 * 10 + h1, mi = i0 * 10 + i1, sec = s0 * 10 + s1
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return false
  const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)
  if (d > 28 && d > (mo === 2 ? (leap ? 29 : 28) : 30 + ((mo + (mo >> 3)) & 1))) return false
  // Days from 1970-01-01: the year's first day (table), then the month and day.
  const days = YEAR_START[y]! + DAYS_BEFORE_MONTH[mo]! + (leap && mo > 2 ? 1 : 0) + d - 1
  const ms = days * MS_DAY + ((h * 60 + mi) * 60 + sec) * 1000 - offset
  out[k] = ms
  return ms >= MIN_MS && ms <= MAX_MS
}

/**
 * Epoch milliseconds of an instant, with a fast path for the common
 * `YYYY-MM-DDTHH:mm:ss+07:00` / `...Z` shapes and `Date`; anything else goes
 * through `toEpochMs` of the core (same result, same errors).
 * @internal
 */
export function instantMs(value: Instant, argument = 'instant'): number {
  let ms: number
  if (typeof value === 'string') {
    ms = fastMs(value)
    if (ms !== ms) ms = toEpochMs(value, argument)
  } else if (value instanceof Date) ms = toEpochMs(value, argument)
  else throw wrongType(argument, value, 'an ISO date-time string with offset, or a Date')
  if (!(ms >= MIN_MS && ms <= MAX_MS)) throw invalidArgument(argument, value, 'an instant from 0001-01-01 to 9999-12-31, Vietnam time')
  return ms
}

/** {@link instantMs} of `dossier.events[i].at`, building the argument name only on error. @internal */
export function eventMs(value: Instant, i: number): number {
  if (typeof value === 'string') {
    const ms = fastMs(value)
    if (ms >= MIN_MS && ms <= MAX_MS) return ms
  } else if (value instanceof Date) {
    const t = value.getTime()
    if (t >= MIN_MS && t <= MAX_MS) return t
  }
  return instantMs(value, `dossier.events[${i}].at`)
}
