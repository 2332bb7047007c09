import { readAsOf, type AsOf } from './as-of.js'
import { invalidArgument, wrongType } from './errors.js'
import { isIsoDate } from './iso-date.js'
import type { LegalBasis } from './legal-basis.js'

/**
 * One value of a rule for a period, with the instruments it comes from (as
 * openfisca's dated parameter values): in force from `from` to `to`
 * (inclusive civil dates `YYYY-MM-DD`; no `to`: still in force). `uncertain`
 * says why the value is UNCONFIRMED, when it is.
 *
 * @example
 * ```ts
 * import type { DatedValue } from 'hanhchinh/core'
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
 * overlapping. Every domain reads its dated rules with {@link atDate}, the
 * library's one lookup by date; no rule date is written inside a function.
 *
 * @example
 * ```ts
 * import { atDate, datedRule } from 'hanhchinh/core'
 * const baseSalary = datedRule('base salary', [
 *   { from: '2023-07-01', to: '2024-06-30', value: 1_800_000, basis: [{ instrument: '24/2023/NĐ-CP' }] },
 *   { from: '2024-07-01', value: 2_340_000, basis: [{ instrument: '73/2024/NĐ-CP' }] },
 * ])
 * atDate(baseSalary, '2024-06-30')?.value //=> 1800000
 * ```
 */
export interface DatedRule<T> {
  /** What the rule is, for messages. */
  name: string
  values: readonly DatedValue<T>[]
}

/**
 * A rule with one value for its whole period (an emulation regime's rule,
 * say): {@link atDate} answers it with that value from `since`.
 *
 * @example
 * ```ts
 * import { atDate, type UndatedRule } from 'hanhchinh/core'
 * const cap: UndatedRule<number> = { value: 15, basis: [{ instrument: '91/2017/NĐ-CP', article: '9', clause: '3' }] }
 * atDate(cap, '2020-01-01')?.value //=> 15
 * ```
 */
export interface UndatedRule<T> {
  value: T
  basis: LegalBasis[]
  uncertain?: string
  values?: undefined
}

/**
 * Build a {@link DatedRule}, checking its data once: every `from`/`to` a real
 * ISO date, `from` not after `to`, the values in date order without overlap.
 *
 * @example
 * ```ts
 * import { datedRule } from 'hanhchinh/core'
 * const r = datedRule('base salary', [{ from: '2024-07-01', value: 2_340_000, basis: [{ instrument: '73/2024/NĐ-CP' }] }])
 * r.values[0]?.from //=> '2024-07-01'
 * datedRule('x', [{ from: '2025-01-01', value: 1, basis: [] }, { from: '2024-01-01', value: 2, basis: [] }]) //=> throws RangeError: in date order
 * ```
 */
export function datedRule<T>(name: string, values: readonly DatedValue<T>[]): DatedRule<T> {
  if (typeof name !== 'string') throw wrongType('name', name, 'the name of the rule')
  if (!Array.isArray(values)) throw wrongType(`${name}.values`, values, 'an array of dated values')
  let previousEnd: string | undefined
  for (let i = 0; i < values.length; i++) {
    const where = `${name}.values[${i}]`
    if (!(i in values)) throw invalidArgument(where, undefined, 'a dated value (the array has a hole here)')
    const v = values[i]
    if (v === null || typeof v !== 'object') throw wrongType(where, v, 'a dated value { from, to?, value, basis }')
    if (!isIsoDate(v.from)) throw invalidArgument(`${where}.from`, v.from, 'an ISO date YYYY-MM-DD')
    if (v.to !== undefined && (!isIsoDate(v.to) || v.to < v.from)) throw invalidArgument(`${where}.to`, v.to, `an ISO date not before ${v.from}`)
    if (!Array.isArray(v.basis)) throw wrongType(`${where}.basis`, v.basis, 'an array of legal bases')
    if (i > 0 && (previousEnd === undefined || v.from <= previousEnd)) {
      throw invalidArgument(`${where}.from`, v.from, `a date after the end of the previous value (${previousEnd ?? 'open-ended'}): values in date order, not overlapping`)
    }
    previousEnd = v.to
  }
  return { name, values }
}

/**
 * The value of a rule in force on a date, or `undefined` when none is (before
 * the first value, or in a gap). The date is anything `asOf` accepts — an ISO
 * date, an ISO date-time with offset, or a `Date` — read as its civil date in
 * Vietnam time. An {@link UndatedRule} holds its one value throughout.
 *
 * @param rule - a dated rule (anything with dated `values`), or a rule with one value
 * @param date - the date the rule is read at
 * @param argument - the argument's name, for the error message
 *
 * @example
 * ```ts
 * import { atDate, datedRule } from 'hanhchinh/core'
 * const r = datedRule('accept a complaint', [
 *   { from: '2012-07-01', to: '2026-06-30', value: 10, basis: [{ instrument: '02/2011/QH13', article: '27' }] },
 *   { from: '2026-07-01', value: 7, basis: [{ instrument: '155/2026/NĐ-CP', article: '10' }] },
 * ])
 * atDate(r, '2026-06-30T18:00:00Z')?.value //=> 7
 * atDate(r, new Date('2026-06-30T12:00:00+07:00'))?.value //=> 10
 * atDate(r, '2000-01-01') //=> undefined
 * atDate(r, '30/06/2026') //=> throws RangeError: date
 * ```
 */
export function atDate<T>(rule: { readonly values: readonly DatedValue<T>[] } | UndatedRule<T>, date: AsOf, argument = 'date'): DatedValue<T> | undefined {
  if (rule === null || typeof rule !== 'object') throw wrongType('rule', rule, 'a dated rule { name, values } or a rule { value, basis }')
  if (rule.values !== undefined && !Array.isArray(rule.values)) throw wrongType('rule.values', rule.values, 'an array of dated values')
  return valueOnDay(rule, readAsOf(date, argument).date)
}

/** {@link atDate} on a civil date already read; `since` dates an undated rule. @internal */
export function valueOnDay<T>(rule: { readonly values: readonly DatedValue<T>[] } | UndatedRule<T>, day: string, since = '0001-01-01'): DatedValue<T> | undefined {
  if (rule.values === undefined) {
    const r = rule as UndatedRule<T>
    return r.uncertain === undefined ? { from: since, value: r.value, basis: r.basis } : { from: since, value: r.value, basis: r.basis, uncertain: r.uncertain }
  }
  for (const v of rule.values) {
    if (v.from <= day && (v.to === undefined || day <= v.to)) return v
  }
  return undefined
}
