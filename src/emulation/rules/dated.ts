import { readAsOf, type AsOf } from '../../core/as-of.js'
import { invalidArgument } from '../../core/errors.js'
import { isIsoDate } from '../../core/iso-date.js'
import type { LegalBasis } from '../../core/legal-basis.js'
import type { RegimeRule } from './regime.js'

/**
 * One value of a rule for a period, with the instruments it comes from (as
 * openfisca's dated parameter values): in force from `from` to `to`
 * (inclusive civil dates `YYYY-MM-DD`; no `to`: still in force). `uncertain`
 * says why the value is UNCONFIRMED, when it is.
 *
 * @example
 * ```ts
 * import type { DatedValue } from 'hanhchinh/emulation'
 * const v: DatedValue<number> = { from: '2024-07-01', value: 2_340_000, basis: [{ instrument: '73/2024/NĐ-CP', article: '3', clause: '2' }] }
 * v.value //=> 2340000
 * ```
 */
export interface DatedValue<T> {
  from: string
  to?: string
  value: T
  basis: LegalBasis[]
  uncertain?: string
}

/**
 * A rule whose value changes with the date: its values in date order, none
 * overlapping. Read it with {@link atDate}, the one lookup by date of the
 * emulation rules; no rule date is written inside a function.
 *
 * @example
 * ```ts
 * import { REGIME_TIMELINE, atDate } from 'hanhchinh/emulation'
 * atDate(REGIME_TIMELINE, '2024-01-01')?.value //=> 'B'
 * REGIME_TIMELINE.values.length //=> 3
 * ```
 */
export interface DatedRule<T> {
  /** What the rule is, for messages. */
  name: string
  values: readonly DatedValue<T>[]
}

const FIRST_DAY = '1945-01-01'

/**
 * Build a {@link DatedRule}, checking its data once: every `from`/`to` a real
 * ISO date, `from` not after `to`, the values in date order without overlap.
 *
 * @example
 * ```ts
 * import { datedRule } from 'hanhchinh/emulation'
 * const r = datedRule('base salary', [{ from: '2024-07-01', value: 2_340_000, basis: [{ instrument: '73/2024/NĐ-CP' }] }])
 * r.values[0]?.from //=> '2024-07-01'
 * datedRule('x', [{ from: '2025-01-01', value: 1, basis: [] }, { from: '2024-01-01', value: 2, basis: [] }]) //=> throws RangeError: in date order
 * ```
 */
export function datedRule<T>(name: string, values: readonly DatedValue<T>[]): DatedRule<T> {
  let previousEnd: string | undefined
  values.forEach((v, i) => {
    const where = `${name}.values[${i}]`
    if (!isIsoDate(v.from)) throw invalidArgument(`${where}.from`, v.from, 'an ISO date YYYY-MM-DD')
    if (v.to !== undefined && (!isIsoDate(v.to) || v.to < v.from)) throw invalidArgument(`${where}.to`, v.to, `an ISO date not before ${v.from}`)
    if (i > 0 && (previousEnd === undefined || v.from <= previousEnd)) {
      throw invalidArgument(`${where}.from`, v.from, `a date after the end of the previous value (${previousEnd ?? 'open-ended'}): values in date order, not overlapping`)
    }
    previousEnd = v.to
  })
  return { name, values }
}

/**
 * The value of a dated rule in force on a date, or `undefined` when none is
 * (before the first value, or in a gap). The date is anything `asOf`
 * accepts — an ISO date, an ISO date-time with offset, or a `Date` — and is
 * read as its civil date in Vietnam time. A {@link RegimeRule} is read the
 * same way: by its dated `values` when it has them, otherwise its one value
 * holds for the whole regime.
 *
 * @param rule - the dated rule (or a regime's rule)
 * @param date - the date the rule is read at
 * @param argument - the argument's name, for the error message
 *
 * @example
 * ```ts
 * import { REGIME_TIMELINE, atDate } from 'hanhchinh/emulation'
 * atDate(REGIME_TIMELINE, '2023-12-31')?.value //=> 'A'
 * atDate(REGIME_TIMELINE, '2025-06-30T18:00:00Z')?.value //=> 'C'
 * atDate(REGIME_TIMELINE, new Date('2025-06-30T12:00:00+07:00'))?.value //=> 'B'
 * atDate(REGIME_TIMELINE, '30/06/2025') //=> throws RangeError: date
 * ```
 */
export function atDate<T>(rule: DatedRule<T> | RegimeRule<T>, date: AsOf, argument = 'date'): DatedValue<T> | undefined {
  const day = readAsOf(date, argument).date
  return valueOn(rule, day)
}

/** {@link atDate} on a civil date already read. @internal */
export function valueOn<T>(rule: DatedRule<T> | RegimeRule<T>, day: string): DatedValue<T> | undefined {
  if (rule.values === undefined) {
    const r = rule as RegimeRule<T>
    return r.uncertain === undefined ? { from: FIRST_DAY, value: r.value, basis: r.basis } : { from: FIRST_DAY, value: r.value, basis: r.basis, uncertain: r.uncertain }
  }
  for (const v of rule.values) {
    if (v.from <= day && (v.to === undefined || day <= v.to)) return v
  }
  return undefined
}
