import { Decimal as DecimalJs } from 'decimal.js'
import { invalidArgument, wrongType } from './errors.js'

/**
 * The library's own `Decimal` constructor: a `decimal.js` clone with 40
 * significant digits and half-up rounding, made with `Decimal.clone` so that
 * the user's global `Decimal` settings are never touched. Every published
 * figure (ratio, percentage, score) is one of these; use this constructor
 * rather than another copy of decimal.js to compare or combine them.
 *
 * @example
 * ```ts
 * import { Decimal } from 'hanhchinh'
 * new Decimal(42657).div(50308).times(100).toDecimalPlaces(2).toString() //=> '84.79'
 * ```
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP })

/**
 * A value of the library's {@link Decimal} constructor.
 *
 * @example
 * ```ts
 * import { Decimal } from 'hanhchinh'
 * const half: Decimal = new Decimal('0.5')
 * half.toFixed(2) //=> '0.50'
 * ```
 */
export type Decimal = DecimalJs

/**
 * Anything a published figure can be built from: a number, a decimal string
 * or a `Decimal` (from this or another copy of decimal.js).
 *
 * @example
 * ```ts
 * import { toDecimal, type DecimalInput } from 'hanhchinh/core'
 * const x: DecimalInput = '84.79'
 * toDecimal(x).toString() //=> '84.79'
 * ```
 */
export type DecimalInput = number | string | DecimalJs

/**
 * Convert a number, string or Decimal to the library's `Decimal`, refusing
 * `NaN` and infinities with a `RangeError` that names the argument.
 *
 * @example
 * ```ts
 * import { toDecimal } from 'hanhchinh/core'
 * toDecimal(0.1).plus(0.2).toString() //=> '0.3'
 * ```
 */
export function toDecimal(value: DecimalInput, argument = 'value'): Decimal {
  const kind = typeof value
  if (value === null || (kind !== 'number' && kind !== 'string' && !DecimalJs.isDecimal(value))) {
    throw wrongType(argument, value, 'a number, a decimal string or a Decimal')
  }
  if (kind === 'string' && (value as string).length > MAX_DECIMAL_TEXT) {
    throw invalidArgument(argument, value, `a decimal number written in at most ${MAX_DECIMAL_TEXT} characters`)
  }
  let d: Decimal
  try {
    d = new Decimal(value as DecimalJs.Value)
  } catch {
    throw invalidArgument(argument, value, 'a finite decimal number')
  }
  if (!d.isFinite()) throw invalidArgument(argument, value, 'a finite decimal number')
  // 1e9000000000000000 is a finite Decimal, but writing it out would need more memory than any machine has.
  if (!d.isZero() && Math.abs(d.e) > MAX_DECIMAL_EXPONENT) {
    throw invalidArgument(argument, value, `a number whose decimal exponent lies within ±${MAX_DECIMAL_EXPONENT}`)
  }
  return d
}

/**
 * The largest decimal exponent a number given to the library may have
 * (±1000): larger ones are refused with a `RangeError` before any
 * arithmetic or formatting, since writing them out would exhaust memory.
 *
 * @example
 * ```ts
 * import { MAX_DECIMAL_EXPONENT, toDecimal } from 'hanhchinh/core'
 * MAX_DECIMAL_EXPONENT //=> 1000
 * toDecimal('1e9000000000000000') //=> throws RangeError: exponent
 * ```
 */
export const MAX_DECIMAL_EXPONENT = 1000

/**
 * The longest text `toDecimal` reads (10,000 characters): a number written
 * longer than that is refused at once instead of being scanned.
 *
 * @example
 * ```ts
 * import { MAX_DECIMAL_TEXT } from 'hanhchinh/core'
 * MAX_DECIMAL_TEXT //=> 10000
 * ```
 */
export const MAX_DECIMAL_TEXT = 10_000

/**
 * A ratio `part / whole` as a percentage rounded half-up to `decimals`
 * places, or `undefined` when the whole is 0 (a percentage of nothing is
 * not 0% or 100%; it does not exist).
 *
 * @example
 * ```ts
 * import { percentOf } from 'hanhchinh/core'
 * percentOf(1044, 1056)?.toString() //=> '98.86'
 * percentOf(0, 0) //=> undefined
 * ```
 */
export function percentOf(part: DecimalInput, whole: DecimalInput, decimals = 2): Decimal | undefined {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw invalidArgument('decimals', decimals, 'an integer from 0 to 20')
  const w = toDecimal(whole, 'whole')
  if (w.isZero()) return undefined
  return toDecimal(part, 'part').times(100).div(w).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
}
