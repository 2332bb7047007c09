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

/**
 * Epoch milliseconds of the common `YYYY-MM-DDTHH:mm:ss+07:00` / `...Z`
 * shapes (years 0001–9999), or NaN when the string has another shape (or is
 * not a real date): one read of each character, integer arithmetic only, no
 * allocation. Anything it declines goes to the general parser of the core.
 */
function fastMs(s: string): number {
  const n = s.length
  let offset = 0
  if (n === 25) {
    // '+07:00'
    if (s.charCodeAt(19) !== 43 || s.charCodeAt(20) !== 48 || s.charCodeAt(21) !== 55 || s.charCodeAt(22) !== 58 ||
      s.charCodeAt(23) !== 48 || s.charCodeAt(24) !== 48) return NaN
    offset = OFFSET_MS
  } else if (n !== 20 || s.charCodeAt(19) !== 90) return NaN
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return NaN
  }
  const c0 = s.charCodeAt(0) - 48, c1 = s.charCodeAt(1) - 48, c2 = s.charCodeAt(2) - 48, c3 = s.charCodeAt(3) - 48
  const c5 = s.charCodeAt(5) - 48, c6 = s.charCodeAt(6) - 48, c8 = s.charCodeAt(8) - 48, c9 = s.charCodeAt(9) - 48
  const c11 = s.charCodeAt(11) - 48, c12 = s.charCodeAt(12) - 48, c14 = s.charCodeAt(14) - 48, c15 = s.charCodeAt(15) - 48
  const c17 = s.charCodeAt(17) - 48, c18 = s.charCodeAt(18) - 48
  // Every digit in 0..9: a character below '0' makes the OR negative, one above '?' makes it > 15.
  if ((c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9 | c11 | c12 | c14 | c15 | c17 | c18) >>> 0 > 15 ||
    c0 > 9 || c1 > 9 || c2 > 9 || c3 > 9 || c5 > 9 || c6 > 9 || c8 > 9 || c9 > 9 || c11 > 9 || c12 > 9 ||
    c14 > 9 || c15 > 9 || c17 > 9 || c18 > 9) return NaN
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3, mo = c5 * 10 + c6, d = c8 * 10 + c9
  const h = c11 * 10 + c12, mi = c14 * 10 + c15, sec = c17 * 10 + c18
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return NaN
  const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)
  if (d > 28 && d > (mo === 2 ? (leap ? 29 : 28) : 30 + ((mo + (mo >> 3)) & 1))) return NaN
  // Days from 1970-01-01: whole years (with their leap days; 477 leap days before 1970), then the month and day.
  const y1 = y - 1
  const days = 365 * (y - 1970) + ((y1 / 4) | 0) - ((y1 / 100) | 0) + ((y1 / 400) | 0) - 477 +
    DAYS_BEFORE_MONTH[mo]! + (leap && mo > 2 ? 1 : 0) + d - 1
  return days * MS_DAY + ((h * 60 + mi) * 60 + sec) * 1000 - offset
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
