import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'

/**
 * How {@link percentages} rounds:
 *
 * - `'round-half-up'` — each part is rounded on its own, half up (the parts may add up to
 *   99.99 or 100.01);
 * - `'largest-remainder'` — Hamilton's method: every part is first truncated to the stated
 *   decimals, then the units still missing to reach exactly 100 go one each to the parts with the
 *   largest remainders. Tie-break: larger remainder first, then larger count, then the order of
 *   the keys in the input object.
 *
 * @example
 * ```ts
 * import type { PercentageMethod } from 'hanhchinh/dossiers'
 * const m: PercentageMethod = 'largest-remainder'
 * m //=> 'largest-remainder'
 * ```
 */
export type PercentageMethod = 'round-half-up' | 'largest-remainder'

/**
 * Options of {@link percentages}.
 *
 * @example
 * ```ts
 * import { percentages, type PercentagesOptions } from 'hanhchinh/dossiers'
 * const o: PercentagesOptions = { decimals: 1, method: 'largest-remainder' }
 * percentages({ a: 1, b: 1, c: 1 }, o) //=> { a: '33.4', b: '33.3', c: '33.3' }
 * ```
 */
export interface PercentagesOptions {
  /** Decimal places, 0–10. @defaultValue 2 */
  decimals?: number | undefined
  /** Rounding method. @defaultValue `'round-half-up'` */
  method?: PercentageMethod | undefined
}

/** Every option name of {@link PercentagesOptions}. */
const PERCENTAGES_OPTION_NAMES: OptionNames<PercentagesOptions> = { decimals: true, method: true }

function checkCounts(counts: Record<string, number>): [string, bigint][] {
  if (counts === null || typeof counts !== 'object') throw wrongType('counts', counts, 'an object of counts')
  return Object.entries(counts).map(([key, value]) => {
    if (typeof value !== 'number') throw wrongType(`counts.${key}`, value, 'a non-negative integer')
    if (!Number.isSafeInteger(value) || value < 0) throw invalidArgument(`counts.${key}`, value, 'a non-negative integer')
    return [key, BigInt(value)]
  })
}

/**
 * The share of each part in the sum of the parts, as percentages rounded to
 * `decimals` places, as `Decimal`. Returns `undefined` when the total is 0:
 * a percentage of nothing is neither 0% nor 100%.
 *
 * With `method: 'largest-remainder'` the parts always add up to exactly 100
 * (see {@link PercentageMethod} for the tie-break); with the default
 * `'round-half-up'` each part is rounded on its own, as most published
 * reports do.
 *
 * @param counts - the parts, e.g. `{ early, onTime, late }`; non-negative integers
 * @returns an object with the same keys, or `undefined` when every count is 0
 * @throws RangeError for a negative or non-integer count, or `decimals` outside 0–10
 *
 * @example
 * ```ts
 * import { percentages } from 'hanhchinh/dossiers'
 * const p = percentages({ early: 42657, onTime: 7608, late: 43 }, { decimals: 2, method: 'largest-remainder' })
 * p //=> { early: '84.79', onTime: '15.12', late: '0.09' }
 * p?.early.plus(p.onTime).plus(p.late).toString() //=> '100'
 * percentages({ done: 1044, pending: 12 })?.done //=> '98.86'
 * percentages({ early: 0, late: 0 }) //=> undefined
 * percentages({ early: -1 }) //=> throws RangeError: counts.early
 * percentages({ early: 1 }, { decimal: 1 } as never) //=> throws RangeError: Unknown option "decimal" of percentages (did you mean "decimals"?
 * ```
 */
export function percentages<K extends string>(
  counts: Readonly<Record<K, number>>,
  options?: PercentagesOptions,
): Record<K, Decimal> | undefined {
  const o = readOptions(options, PERCENTAGES_OPTION_NAMES, 'percentages')
  const decimals = o.decimals ?? 2
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw invalidArgument('options.decimals', decimals, 'an integer from 0 to 10')
  }
  const method = readChoice(o.method, ['round-half-up', 'largest-remainder'], 'round-half-up', 'options.method')
  const entries = checkCounts(counts as Record<string, number>)
  let total = 0n
  for (const [, c] of entries) total += c
  if (total === 0n) return undefined
  const out = {} as Record<K, Decimal>
  if (method === 'round-half-up') {
    for (const [key, c] of entries) {
      out[key as K] = new Decimal(c.toString()).times(100).div(total.toString()).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
    }
    return out
  }
  // Largest remainder in integer units of 10^-decimals percent, exactly (BigInt).
  const units = 100n * 10n ** BigInt(decimals)
  const rows = entries.map(([key, c], index) => {
    const scaled = c * units
    return { key, count: c, index, floor: scaled / total, remainder: scaled % total }
  })
  let missing = units
  for (const r of rows) missing -= r.floor
  const order = [...rows].sort((a, b) =>
    a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1)
      : a.count !== b.count ? (a.count > b.count ? -1 : 1)
        : a.index - b.index)
  for (let i = 0; missing > 0n; i++, missing--) order[i % order.length]!.floor += 1n
  for (const r of rows) out[r.key as K] = new Decimal(r.floor.toString()).div(units.toString()).times(100)
  return out
}
