import { wrongType } from './errors.js'
import { toEpochMs, toVietnamTime, vietnamEpochMs } from './instant.js'
import { isIsoDate, type IsoDate } from './iso-date.js'

/**
 * The one form every `asOf` (and every "at this moment" argument) of the
 * library takes:
 *
 * - an ISO date `'2026-03-31'` — the **end of that day in Vietnam time**
 *   (23:59:59.999 at UTC+07:00), so everything that happened on that day counts;
 * - an ISO date-time with an offset `'2026-03-31T17:00:00+07:00'`;
 * - a `Date`.
 *
 * @example
 * ```ts
 * import type { AsOf } from 'hanhchinh/core'
 * const endOfMarch: AsOf = '2026-03-31'
 * typeof endOfMarch //=> 'string'
 * ```
 */
export type AsOf = string | Date

/**
 * An `asOf` read once: the instant (epoch milliseconds) and its civil date in
 * Vietnam time, with whether the caller gave a whole day.
 *
 * @example
 * ```ts
 * import { readAsOf, type AsOfMoment } from 'hanhchinh/core'
 * const m: AsOfMoment = readAsOf('2026-03-31')
 * m.date //=> '2026-03-31'
 * ```
 */
export interface AsOfMoment {
  /** The instant, epoch milliseconds. */
  readonly epochMs: number
  /** Its civil date in Vietnam time. */
  readonly date: IsoDate
  /** `true` when the caller passed a plain ISO date (read as the end of that day). */
  readonly wholeDay: boolean
}

const END_OF_DAY_MINUTE = 24 * 60

/**
 * Read an `asOf` argument in the library's one way (see {@link AsOf}): an
 * ISO date is the end of that day in Vietnam time; a date-time must carry an
 * offset; a `Date` is taken as it is. Anything else is a `TypeError` or
 * `RangeError` that names the argument.
 *
 * @param value - what the caller passed
 * @param argument - its name, for the message (default `'options.asOf'`)
 *
 * @example
 * ```ts
 * import { readAsOf } from 'hanhchinh/core'
 * readAsOf('2026-03-31').epochMs === Date.parse('2026-03-31T23:59:59.999+07:00') //=> true
 * readAsOf('2026-03-31T17:00:00Z').date //=> '2026-04-01'
 * readAsOf(new Date('2026-03-31T10:00:00+07:00')).wholeDay //=> false
 * readAsOf('31/03/2026') //=> throws RangeError: Invalid options.asOf
 * readAsOf(20260331) //=> throws TypeError: Invalid type for options.asOf
 * ```
 */
export function readAsOf(value: unknown, argument = 'options.asOf'): AsOfMoment {
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument')
  if (typeof value === 'string' && value.length === 10 && isIsoDate(value)) {
    return { epochMs: vietnamEpochMs(value, END_OF_DAY_MINUTE) - 1, date: value, wholeDay: true }
  }
  if (typeof value !== 'string' && !(value instanceof Date)) {
    throw wrongType(argument, value, "an ISO date ('2026-03-31', the end of that day in Vietnam time), an ISO date-time with offset, or a Date")
  }
  const epochMs = toEpochMs(value, argument)
  return { epochMs, date: toVietnamTime(new Date(epochMs), argument).date, wholeDay: false }
}

/**
 * Read a required `asOf`: like {@link readAsOf}, but a missing value is a
 * `TypeError` that says why the library needs it (it never reads the clock).
 *
 * @example
 * ```ts
 * import { requireAsOf } from 'hanhchinh/core'
 * requireAsOf('2026-03-31').date //=> '2026-03-31'
 * requireAsOf(undefined) //=> throws TypeError: the library never reads the clock
 * ```
 */
export function requireAsOf(value: unknown, argument = 'options.asOf'): AsOfMoment {
  if (value === undefined) {
    throw new TypeError(`Missing ${argument}: pass the moment of the answer (an ISO date, an ISO date-time with offset, or a Date) — the library never reads the clock`)
  }
  return readAsOf(value, argument)
}
