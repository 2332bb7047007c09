import { Decimal } from '../core/decimal.js'
import { invalidArgument } from '../core/errors.js'

/**
 * Normalised position of a rank among `of` units: `(of − rank) / (of − 1)`,
 * 1 = best, 0 = worst (a single unit is at 1). Unlike a rank, it can be
 * compared between rankings of different sizes (63 vs 34 units).
 *
 * @example
 * ```ts
 * import { positionOf } from 'hanhchinh/rankings'
 * positionOf(1, 63) //=> '1'
 * positionOf(63, 63) //=> '0'
 * positionOf(19, 63).toDecimalPlaces(4) //=> '0.7097'
 * positionOf(64, 63) //=> throws RangeError: rank
 * ```
 */
export function positionOf(rankValue: number, of: number): Decimal {
  if (!Number.isInteger(of) || of < 1) throw invalidArgument('of', of, 'a positive integer')
  if (typeof rankValue !== 'number' || !Number.isFinite(rankValue) || rankValue < 1 || rankValue > of) {
    throw invalidArgument('rank', rankValue, `a number from 1 to ${of}`)
  }
  if (of === 1) return new Decimal(1)
  return new Decimal(of).minus(rankValue).div(of - 1)
}
