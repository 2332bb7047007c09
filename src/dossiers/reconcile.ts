import { Decimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { formatVnNumber, formatVnPercent, safeParseVnNumber, safeParseVnPercent } from '../format/number.js'
import { percentages, type PercentageMethod } from './percentages.js'

/**
 * A published summary to check: the total, its parts and (optionally) the
 * published percentages. Counts may be numbers or Vietnamese-formatted
 * strings (`'50.308'`); percentages numbers, `Decimal` or strings (`'84,79%'`,
 * `'84.79'`).
 *
 * @example
 * ```ts
 * import { reconcileFigures, type PublishedFigures } from 'hanhchinh/dossiers'
 * const f: PublishedFigures = { total: '1.056', parts: { onTime: '1.044', late: 12 }, percentages: { onTime: '98,86%' } }
 * reconcileFigures(f) //=> []
 * ```
 */
export interface PublishedFigures {
  /** The published total. */
  total: number | string
  /** The published parts, e.g. `{ early, onTime, late }`. */
  parts: Record<string, number | string>
  /** Published percentages of (some of) the parts, relative to `total`. */
  percentages?: Record<string, DecimalInput> | undefined
  /** Decimal places the percentages were published with. @defaultValue 2 */
  decimals?: number | undefined
  /**
   * Whether the parts are meant to make up the whole total (then a difference is reported).
   * Set `false` when only some categories are published. @defaultValue true
   */
  complete?: boolean | undefined
  /**
   * Rounding methods accepted as correct for a percentage: a published value is
   * consistent if it equals the value of any of them. @defaultValue `['round-half-up', 'largest-remainder']`
   */
  methods?: readonly PercentageMethod[] | undefined
  /** Names of the parts for the messages, e.g. `{ onTime: 'đúng hạn' }`. @defaultValue the keys */
  names?: Record<string, string> | undefined
}

/**
 * One inconsistency in a published summary, told apart by `kind` (each kind
 * has exactly the fields it always carries):
 *
 * - `'parts-sum'` — the parts do not add up to the total ({@link PartsSumInconsistency});
 * - `'percentage'` — a published percentage does not match its count at the stated precision
 *   ({@link PercentageInconsistency}, with the `count` and `total` behind it);
 * - `'unknown-part'` — a percentage is given for a part that is not in `parts`
 *   ({@link UnknownPartInconsistency}).
 *
 * @example
 * ```ts
 * import { reconcileFigures, type Inconsistency } from 'hanhchinh/dossiers'
 * const [first]: Inconsistency[] = reconcileFigures({ total: 10, parts: { a: 4, b: 5 } })
 * first //=> { kind: 'parts-sum', part: 'total', expected: 10, actual: 9, difference: 1 }
 * ```
 */
export type Inconsistency = PartsSumInconsistency | PercentageInconsistency | UnknownPartInconsistency

/**
 * The parts of a published summary do not add up to its total
 * (`expected` = total, `actual` = sum of the parts).
 *
 * @example
 * ```ts
 * import { reconcileFigures, type PartsSumInconsistency } from 'hanhchinh/dossiers'
 * const [i] = reconcileFigures({ total: 10, parts: { a: 4, b: 5 } })
 * const sum: PartsSumInconsistency | undefined = i?.kind === 'parts-sum' ? i : undefined
 * sum?.difference //=> 1
 * ```
 */
export interface PartsSumInconsistency {
  readonly kind: 'parts-sum'
  /** Always `'total'`. */
  readonly part: 'total'
  /** The published total. */
  readonly expected: number
  /** The sum of the published parts. */
  readonly actual: number
  /** `expected − actual`. */
  readonly difference: number
  readonly message: Label
}

/**
 * A published percentage does not match its count at the stated precision
 * (`expected` = the percentage computed half-up, `actual` = the published one).
 *
 * @example
 * ```ts
 * import { reconcileFigures } from 'hanhchinh/dossiers'
 * const [i] = reconcileFigures({ total: 1056, parts: { onTime: 1044, late: 12 }, percentages: { onTime: 98.87 } })
 * i?.kind === 'percentage' ? [i.count, i.total] : null //=> [1044, 1056]
 * ```
 */
export interface PercentageInconsistency {
  readonly kind: 'percentage'
  /** The part whose percentage is wrong. */
  readonly part: string
  readonly expected: Decimal
  readonly actual: Decimal
  /** `expected − actual`. */
  readonly difference: Decimal
  /** The count behind the percentage. */
  readonly count: number
  /** The total it is a share of. */
  readonly total: number
  readonly message: Label
}

/**
 * A percentage is published for a part that has no count
 * (`expected` 0, `actual` the published percentage).
 *
 * @example
 * ```ts
 * import { reconcileFigures } from 'hanhchinh/dossiers'
 * reconcileFigures({ total: 2, parts: { a: 2 }, percentages: { b: '10' } }) //=> [{ kind: 'unknown-part', part: 'b', actual: '10' }]
 * ```
 */
export interface UnknownPartInconsistency {
  readonly kind: 'unknown-part'
  readonly part: string
  readonly expected: 0
  readonly actual: Decimal
  /** `expected − actual`. */
  readonly difference: Decimal
  readonly message: Label
}

function parseCount(value: number | string, argument: string): number {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw invalidArgument(argument, value, 'a non-negative integer')
    return value
  }
  if (typeof value !== 'string') throw wrongType(argument, value, 'a count (number or text such as "50.308")')
  const r = safeParseVnNumber(value)
  if (!r.ok || !r.value.isInteger() || r.value.isNegative() || !r.value.lte(Number.MAX_SAFE_INTEGER)) {
    throw invalidArgument(argument, value, 'a count such as 50308 or "50.308"')
  }
  return r.value.toNumber()
}

function parsePercent(value: DecimalInput, argument: string): Decimal {
  if (typeof value === 'string') {
    // '84,79%' in vi-VN style; a text without a comma ('84.79') is read with a decimal point,
    // as English-language exports write it (a percentage never needs a thousands group)
    const r = safeParseVnPercent(value, { decimalSeparator: value.includes(',') ? ',' : '.' })
    if (!r.ok || r.value.isNegative()) throw invalidArgument(argument, value, 'a percentage such as 84.79 or "84,79%"')
    return r.value
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) throw invalidArgument(argument, value, 'a non-negative percentage')
    return new Decimal(value)
  }
  if (value !== null && typeof value === 'object') return new Decimal(value.toString())
  throw wrongType(argument, value, 'a percentage (number, Decimal or text)')
}

/** Vietnamese digit grouping (`50.308`). */
const fmt = (n: number): string => formatVnNumber(n)

/**
 * Check a published summary before it goes out: list every inconsistency —
 * parts that do not add up to the total, percentages that do not match the
 * counts at the stated precision, percentages of parts that do not exist.
 * An empty list means the figures are consistent.
 *
 * A percentage is checked against `count / total`; it is accepted when it
 * equals the value given by any of the accepted rounding `methods` (by
 * default half-up per part, or largest remainder over the parts).
 *
 * @returns the inconsistencies: the parts-sum first, then each percentage in key order
 * @throws RangeError for a count or percentage that cannot be read (a programmer error; parse
 * user text with the format layer first if it may be malformed)
 *
 * @example
 * ```ts
 * import { reconcileFigures } from 'hanhchinh/dossiers'
 * reconcileFigures({
 *   total: 50308,
 *   parts: { early: 42657, onTime: 7608, late: 43 },
 *   percentages: { early: '84,79', onTime: '15,12', late: '0,09' },
 * }) //=> []
 * const issues = reconcileFigures({ total: 675, parts: { early: 567, onTime: 68, returned: 18, pending: 18 } })
 * issues //=> [{ kind: 'parts-sum', part: 'total', expected: 675, actual: 671, difference: 4 }]
 * issues[0]?.message.vi //=> 'Tổng các thành phần (671) không khớp tổng số (675): lệch 4'
 * reconcileFigures({ total: 1056, parts: { onTime: 1044, late: 12 }, percentages: { onTime: 98.87 } })
 * //=> [{ kind: 'percentage', part: 'onTime', expected: '98.86', actual: '98.87' }]
 * reconcileFigures({ total: 1056, parts: { onTime: 1044, late: 12 }, percentages: { onTime: 98.87 }, names: { onTime: 'đúng hạn' } })[0]?.message.vi
 * //=> 'Tỷ lệ "đúng hạn": công bố 98,87%, tính từ 1.044/1.056 là 98,86%'
 * ```
 */
export function reconcileFigures(figures: PublishedFigures): Inconsistency[] {
  if (figures === null || typeof figures !== 'object') throw wrongType('figures', figures, 'a published summary')
  const decimals = figures.decimals ?? 2
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw invalidArgument('figures.decimals', decimals, 'an integer from 0 to 10')
  }
  const methods = figures.methods ?? ['round-half-up', 'largest-remainder']
  const total = parseCount(figures.total, 'figures.total')
  if (figures.parts === null || typeof figures.parts !== 'object') throw wrongType('figures.parts', figures.parts, 'an object of counts')
  const parts: Record<string, number> = {}
  let sum = 0
  for (const [key, value] of Object.entries(figures.parts)) {
    parts[key] = parseCount(value, `figures.parts.${key}`)
    sum += parts[key]!
  }
  const name = (key: string): string => figures.names?.[key] ?? key
  const out: Inconsistency[] = []
  const complete = figures.complete ?? true
  if ((complete && sum !== total) || sum > total) {
    out.push({
      kind: 'parts-sum',
      part: 'total',
      expected: total,
      actual: sum,
      difference: total - sum,
      message: {
        vi: `Tổng các thành phần (${fmt(sum)}) không khớp tổng số (${fmt(total)}): lệch ${fmt(total - sum)}`,
        en: `The parts add up to ${sum}, not the total ${total} (difference ${total - sum})`,
      },
    })
  }
  if (!figures.percentages) return out
  // Candidate values per accepted method; largest remainder only makes sense over a complete set of parts.
  const candidates: Array<Record<string, Decimal> | undefined> = []
  if (total > 0 && methods.includes('round-half-up')) {
    candidates.push(Object.fromEntries(Object.entries(parts).map(([k, c]) => [k, new Decimal(c).times(100).div(total).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)])))
  }
  if (total > 0 && methods.includes('largest-remainder') && sum === total) {
    candidates.push(percentages(parts, { decimals, method: 'largest-remainder' }))
  }
  for (const [key, raw] of Object.entries(figures.percentages)) {
    const published = parsePercent(raw, `figures.percentages.${key}`)
    const count = parts[key]
    if (count === undefined) {
      out.push({
        kind: 'unknown-part', part: key, expected: 0, actual: published, difference: published.neg(),
        message: { vi: `Tỷ lệ của "${name(key)}" không có số liệu tương ứng`, en: `A percentage is given for "${name(key)}", which has no count` },
      })
      continue
    }
    if (total === 0) continue
    const expected = new Decimal(count).times(100).div(total).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
    const ok = candidates.some((c) => c?.[key]?.eq(published))
    if (!ok) {
      out.push({
        kind: 'percentage', part: key, expected, actual: published, difference: expected.minus(published), count, total,
        message: {
          vi: `Tỷ lệ "${name(key)}": công bố ${formatVnPercent(published, { decimals })}, tính từ ${fmt(count)}/${fmt(total)} là ${formatVnPercent(expected, { decimals })}`,
          en: `Percentage of "${name(key)}": published ${published.toFixed(decimals)}%, but ${count}/${total} gives ${expected.toFixed(decimals)}%`,
        },
      })
    }
  }
  return out
}
