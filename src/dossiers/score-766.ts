import * as z from 'zod'
import { requireAsOf, type AsOf } from '../core/as-of.js'
import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { toIsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { DUE_DATE_OPTION_NAMES, type DueDateOptions } from './deadline-policy.js'
import { dossierReport, indicatorPoints, type DossierReport, type ReportPeriod } from './report.js'
import type { DossierLike } from './schema.js'
import { SCORE_766_TABLE, type Score766IndicatorRule, type Score766Table } from './score-766-data.js'

/**
 * A count and what it is a share of (`count ≤ of`, whole numbers): the form
 * of every non-dossier input of {@link score766}.
 *
 * @example
 * ```ts
 * import { CountOfSchema } from 'hanhchinh/dossiers'
 * CountOfSchema.parse({ count: 118, of: 120 }) //=> { count: 118, of: 120 }
 * CountOfSchema.safeParse({ count: 121, of: 120 }).success //=> false
 * ```
 */
export const CountOfSchema = z
  .strictObject({ count: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), of: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) })
  .refine((c) => c.count <= c.of, { message: 'count must not exceed of', path: ['count'] })

/**
 * A count and its whole (see {@link CountOfSchema}).
 *
 * @example
 * ```ts
 * import type { CountOf } from 'hanhchinh/dossiers'
 * const c: CountOf = { count: 3, of: 4 }
 * c.of //=> 4
 * ```
 */
export type CountOf = z.infer<typeof CountOfSchema>

/**
 * Group 1 inputs (from the national database of procedures and the
 * synchronisation reports): `announcedOnTime` (1.1), `publishedOnTime` (1.2),
 * `complete` (1.3).
 *
 * @example
 * ```ts
 * import { PublicationInputsSchema } from 'hanhchinh/dossiers'
 * PublicationInputsSchema.parse({ publishedOnTime: { count: 40, of: 42 } }).publishedOnTime?.of //=> 42
 * PublicationInputsSchema.safeParse({ onTime: { count: 1, of: 1 } }).success //=> false
 * ```
 */
export const PublicationInputsSchema = z.strictObject({
  announcedOnTime: CountOfSchema.optional(),
  publishedOnTime: CountOfSchema.optional(),
  complete: CountOfSchema.optional(),
})

/**
 * Indicator 1.4 input: dossiers synchronised to the national portal, of the
 * dossiers to count.
 *
 * @example
 * ```ts
 * import { SyncInputsSchema } from 'hanhchinh/dossiers'
 * SyncInputsSchema.parse({ synced: { count: 980, of: 1000 } }).synced?.count //=> 980
 * ```
 */
export const SyncInputsSchema = z.strictObject({ synced: CountOfSchema.optional() })

/**
 * Group 3 inputs: `servicesOnline` (3.1), `servicesWithDossiers` (3.2),
 * `dossiersOnline` (3.3), `paymentIntegrated` (3.5), `paidOnline` (3.6).
 *
 * @example
 * ```ts
 * import { OnlineInputsSchema } from 'hanhchinh/dossiers'
 * OnlineInputsSchema.parse({ paidOnline: { count: 786, of: 1000 } }).paidOnline?.count //=> 786
 * ```
 */
export const OnlineInputsSchema = z.strictObject({
  servicesOnline: CountOfSchema.optional(),
  servicesWithDossiers: CountOfSchema.optional(),
  dossiersOnline: CountOfSchema.optional(),
  paymentIntegrated: CountOfSchema.optional(),
  paidOnline: CountOfSchema.optional(),
})

/**
 * Group 4 inputs: `electronicResults` (4.1), `digitised` (4.2), `reused`
 * (4.3), `shared` (4.4), `populationData` (4.5).
 *
 * @example
 * ```ts
 * import { DigitisationInputsSchema } from 'hanhchinh/dossiers'
 * DigitisationInputsSchema.parse({ digitised: { count: 82, of: 100 } }).digitised?.count //=> 82
 * ```
 */
export const DigitisationInputsSchema = z.strictObject({
  electronicResults: CountOfSchema.optional(),
  digitised: CountOfSchema.optional(),
  reused: CountOfSchema.optional(),
  shared: CountOfSchema.optional(),
  populationData: CountOfSchema.optional(),
})

/**
 * Group 5 inputs (feedback — phản ánh, kiến nghị — and ratings):
 * `classified` (5.1), `handledOnTime` (5.2), `satisfied` (5.3), and
 * `dossiersWithFeedback`, the number of the period's dossiers that drew
 * feedback or a "dislike" (5.4, with the dossiers' overdue rate).
 *
 * @example
 * ```ts
 * import { FeedbackInputsSchema } from 'hanhchinh/dossiers'
 * FeedbackInputsSchema.parse({ dossiersWithFeedback: 3 }).dossiersWithFeedback //=> 3
 * ```
 */
export const FeedbackInputsSchema = z.strictObject({
  classified: CountOfSchema.optional(),
  handledOnTime: CountOfSchema.optional(),
  satisfied: CountOfSchema.optional(),
  dossiersWithFeedback: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
})

/**
 * The non-dossier inputs of {@link score766}: every one is optional, and an
 * indicator whose input is missing is `'not-measurable'` (never 0, never full
 * marks).
 *
 * @example
 * ```ts
 * import { Score766InputsSchema } from 'hanhchinh/dossiers'
 * Score766InputsSchema.parse({ feedback: { dossiersWithFeedback: 0 } }).feedback?.dossiersWithFeedback //=> 0
 * Score766InputsSchema.safeParse({ satisfaction: {} }).success //=> false
 * ```
 */
export const Score766InputsSchema = z.strictObject({
  publication: PublicationInputsSchema.optional(),
  sync: SyncInputsSchema.optional(),
  online: OnlineInputsSchema.optional(),
  digitisation: DigitisationInputsSchema.optional(),
  feedback: FeedbackInputsSchema.optional(),
})

/**
 * The non-dossier inputs (see {@link Score766InputsSchema}).
 *
 * @example
 * ```ts
 * import type { Score766Inputs } from 'hanhchinh/dossiers'
 * const i: Score766Inputs = { online: { paidOnline: { count: 786, of: 1000 } } }
 * i.online?.paidOnline?.count //=> 786
 * ```
 */
export type Score766Inputs = z.infer<typeof Score766InputsSchema>

/**
 * Arguments of {@link score766}: the dossiers, the moment and the period
 * (both required), the non-dossier `inputs`, a replacement point `table`, and
 * the due-date options the dossiers are judged with (indicator 2.1 subtracts
 * supplement waiting time whatever `supplement` says).
 *
 * @example
 * ```ts
 * import type { Score766Arguments } from 'hanhchinh/dossiers'
 * const a: Score766Arguments = { dossiers: [], asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' } }
 * a.period.to //=> '2026-03-31'
 * ```
 */
export interface Score766Arguments<D extends DossierLike = DossierLike> extends Omit<DueDateOptions, 'asOf'> {
  dossiers: Iterable<D>
  asOf: AsOf
  period: ReportPeriod
  inputs?: Score766Inputs | undefined
  /** @defaultValue {@link SCORE_766_TABLE} */
  table?: Score766Table | undefined
}

const SCORE_ARGUMENT_NAMES: OptionNames<Score766Arguments> = {
  ...DUE_DATE_OPTION_NAMES, dossiers: true, period: true, inputs: true, table: true,
}

/**
 * One indicator of a {@link Score766}: `'measured'` with its `points`, or
 * `'not-measurable'` with `points` undefined and `missing` naming what is
 * needed (an input, or the indicator's maximum where no source gives it).
 * `figures` are the counts and rate it came from (rates in percent, 2
 * decimals); `max` is `null` where no source gives it.
 *
 * @example
 * ```ts
 * import { score766, type Score766Indicator } from 'hanhchinh/dossiers'
 * const s = score766({ dossiers: [], asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' } })
 * const i: Score766Indicator = s.groups[4]!.indicators[0]!
 * [i.id, i.status, i.missing] //=> ['5.1', 'not-measurable', ['inputs.feedback.classified']]
 * ```
 */
export interface Score766Indicator {
  id: string
  label: Label
  max: number | null
  points: Decimal | undefined
  status: 'measured' | 'not-measurable'
  figures: Record<string, number | Decimal>
  missing?: string[]
  basis: LegalBasis[]
}

/**
 * One group of a {@link Score766}: its maximum, the points of its measured
 * indicators and the maximum they could have earned (`measuredMax`).
 *
 * @example
 * ```ts
 * import { score766, type Score766Group } from 'hanhchinh/dossiers'
 * const g: Score766Group = score766({ dossiers: [], asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' } }).groups[0]!
 * [g.id, g.max, g.measuredMax] //=> ['1', 18, 0]
 * ```
 */
export interface Score766Group {
  id: string
  label: Label
  max: number
  points: Decimal
  measuredMax: number
  indicators: Score766Indicator[]
}

/**
 * The QĐ 766 scorecard of a period: every group and indicator, the total of
 * the measured points out of `max` (100), `measuredMax` (the points the
 * measured indicators could earn: compare the total with it, not with 100,
 * while some are not measurable), the table used and the legal basis.
 *
 * @example
 * ```ts
 * import { score766, type Score766 } from 'hanhchinh/dossiers'
 * const s: Score766 = score766({ dossiers: [], asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' } })
 * [s.max, s.total] //=> [100, '0']
 * ```
 */
export interface Score766 {
  groups: Score766Group[]
  total: Decimal
  max: number
  measuredMax: number
  period: ReportPeriod
  asOf: string
  table: { version: string; from: string; to?: string }
  /** The dossier report behind 2.1, 2.2 and 5.4. */
  report: DossierReport
  basis: LegalBasis[]
}

const rate = (count: number, of: number): Decimal => new Decimal(count).times(100).div(of).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)

function checkTable(table: unknown): asserts table is Score766Table {
  if (table === null || typeof table !== 'object') throw wrongType('table', table, 'a Score766Table')
  const t = table as Score766Table
  if (typeof t.version !== 'string' || !Array.isArray(t.groups)) throw wrongType('table', table, 'a Score766Table { version, from, groups }')
  toIsoDate(t.from, 'table.from')
  const seen = new Set<string>()
  t.groups.forEach((g, k) => {
    if (g === null || typeof g !== 'object' || !Array.isArray(g.indicators)) throw wrongType(`table.groups[${k}]`, g, 'a group { id, label, max, indicators }')
    if (typeof g.max !== 'number' || !(g.max >= 0) || !Number.isFinite(g.max)) throw invalidArgument(`table.groups[${k}].max`, g.max, 'a non-negative number of points')
    let sum = 0
    g.indicators.forEach((r, j) => {
      const where = `table.groups[${k}].indicators[${j}]`
      if (r === null || typeof r !== 'object' || typeof r.id !== 'string') throw wrongType(where, r, 'an indicator rule { id, label, max, fullAt, source, basis }')
      if (seen.has(r.id)) throw invalidArgument(`${where}.id`, r.id, 'an indicator id not used before in the table')
      seen.add(r.id)
      if (r.max !== null && (typeof r.max !== 'number' || !(r.max >= 0) || !Number.isFinite(r.max))) throw invalidArgument(`${where}.max`, r.max, 'a non-negative number of points, or null')
      if (typeof r.fullAt !== 'number' || !(r.fullAt > 0) || r.fullAt > 100) throw invalidArgument(`${where}.fullAt`, r.fullAt, 'a threshold in percent, 0 < fullAt ≤ 100')
      if (r.source !== 'dossiers' && !(Array.isArray(r.source) && r.source.length === 2)) throw invalidArgument(`${where}.source`, r.source, "'dossiers' or an input path [group, name]")
      sum += r.max ?? 0
    })
    if (sum > g.max + 1e-9) throw invalidArgument(`table.groups[${k}].indicators`, sum, `indicator maxima adding up to at most the group maximum ${g.max}`)
  })
}

interface Measure {
  figures: Record<string, number | Decimal>
  rate?: Decimal
  missing?: string[]
}

function measure(rule: Score766IndicatorRule, report: DossierReport, inputs: Score766Inputs): Measure {
  if (rule.source === 'dossiers') {
    const total = report.indicator766.total
    if (rule.id === '2.2') {
      const a = report.averageProcessing
      if (a.count === 0) return { figures: { finished: 0 }, missing: ['dossiers finished in the period (none)'] }
      return { figures: { finished: a.count, days: a.days!, workingDays: a.workingDays! } }
    }
    if (total === 0) return { figures: { total: 0 }, missing: ['dossiers to be handled in the period (none)'] }
    const onTime = report.indicator766.onTime
    if (rule.id === '5.4') {
      const withFeedback = inputs.feedback?.dossiersWithFeedback
      if (withFeedback === undefined) return { figures: { total }, missing: ['inputs.feedback.dossiersWithFeedback'] }
      if (withFeedback > total) throw invalidArgument('inputs.feedback.dossiersWithFeedback', withFeedback, `at most the ${total} dossiers of the period`)
      const overdue = total - onTime
      const r = Decimal.max(0, new Decimal(100).minus(new Decimal(overdue).times(100).div(total)).minus(new Decimal(withFeedback).times(100).div(total)))
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
      return { figures: { total, overdue, withFeedback, rate: r }, rate: r }
    }
    // 2.1 and any indicator a replacement table measures from the dossiers: the 766 on-time rate
    const r = rate(onTime, total)
    return { figures: { onTime, total, rate: r }, rate: r }
  }
  const [group, name] = rule.source
  const value = (inputs as Record<string, Record<string, unknown> | undefined>)[group]?.[name] as CountOf | undefined
  const path = `inputs.${group}.${name}`
  if (value === undefined) return { figures: {}, missing: [path] }
  if (value.of === 0) return { figures: { count: 0, of: 0 }, missing: [`${path}.of (0: nothing to measure in the period)`] }
  const r = rate(value.count, value.of)
  return { figures: { count: value.count, of: value.of, rate: r }, rate: r }
}

/**
 * The QĐ 766/QĐ-TTg scorecard of a period: every indicator of the five groups
 * (openness 18, progress 20, online services 22, digitisation 22, satisfaction
 * 18 — {@link SCORE_766_TABLE}, replaceable with `table`), each with its
 * maximum, points, the figures it came from and its basis. 2.1, 2.2 and 5.4
 * are measured from the dossiers (one pass, {@link dossierReport}'s
 * `indicator766`); the others from `inputs`. An indicator whose input was not
 * given, whose denominator is 0, or whose maximum no source gives, is
 * `'not-measurable'` with `missing` naming what is needed — never 0 and never
 * full marks. Points are `Decimal`, 2 decimals: full at or above the
 * indicator's `fullAt`, `rate × max ÷ fullAt` below.
 *
 * @throws TypeError when `asOf` or `period` is missing; RangeError for an invalid input, table or
 * option, or a period before the table applies
 *
 * @example
 * ```ts
 * import { score766 } from 'hanhchinh/dossiers'
 * const limit = { amount: 3, unit: 'working-days' } as const
 * const s = score766({
 *   dossiers: [
 *     { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit, events: [{ type: 'processed', at: '2026-03-04T10:00:00+07:00' }] },
 *     { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit, events: [{ type: 'processed', at: '2026-03-09T10:00:00+07:00' }] },
 *   ],
 *   asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' },
 *   inputs: { online: { paidOnline: { count: 786, of: 1000 } }, feedback: { dossiersWithFeedback: 0 } },
 * })
 * s.groups.map((g) => g.max) //=> [18, 20, 22, 22, 18]
 * const i21 = s.groups[1]!.indicators[0]!
 * [i21.id, i21.status, i21.figures.rate, i21.points] //=> ['2.1', 'measured', '50', '10']
 * s.groups[2]!.indicators.find((i) => i.id === '3.6')?.points //=> '4.72'
 * s.groups[4]!.indicators.find((i) => i.id === '5.4')?.points //=> '3.33'
 * s.groups[3]!.indicators[0]!.status //=> 'not-measurable'
 * [s.total, s.measuredMax] //=> ['18.05', 32]
 * score766({ dossiers: [], asOf: '2026-03-31' } as never) //=> throws TypeError: period
 * ```
 */
export function score766<D extends DossierLike>(args: Score766Arguments<D>): Score766 {
  if (args === null || typeof args !== 'object') throw wrongType('arguments', args, '{ dossiers, asOf, period, inputs?, table? }')
  const { dossiers, period, inputs: inputsArgument, table: tableArgument, ...rules } = readOptions(args, SCORE_ARGUMENT_NAMES, 'score766')
  requireAsOf(rules.asOf)
  if (period === undefined) throw new TypeError('Missing period of score766: the index is computed for a period { from, to } (a month, a quarter, a year)')
  const table = tableArgument ?? SCORE_766_TABLE
  checkTable(table)
  const parsed = Score766InputsSchema.safeParse(inputsArgument ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw invalidArgument(`inputs.${issue.path.join('.')}`, inputsArgument, issue.message)
  }
  const inputs = parsed.data
  const from = toIsoDate((period as ReportPeriod).from, 'period.from')
  if (from < table.from) throw invalidArgument('period.from', from, `a day on or after ${table.from}, when the table "${table.version}" applies`)
  if (table.to !== undefined && toIsoDate(period.to, 'period.to') > table.to) {
    throw invalidArgument('period.to', period.to, `a day on or before ${table.to}, the last day of the table "${table.version}"`)
  }
  // indicator766 applies the 766 rule (supplement time subtracted) whatever `supplement` says
  const report = dossierReport(dossiers as Iterable<D>, { ...rules, asOf: rules.asOf!, period })
  let total = new Decimal(0)
  let max = 0
  let measuredMax = 0
  const groups: Score766Group[] = table.groups.map((g) => {
    let points = new Decimal(0)
    let groupMeasured = 0
    const indicators = g.indicators.map((r): Score766Indicator => {
      const m = measure(r, report, inputs)
      const missing = [...(m.missing ?? [])]
      if (r.max === null) missing.push(`table: the maximum points of indicator ${r.id} (no source gives them)`)
      else if (r.max > 0 && m.rate === undefined && missing.length === 0) missing.push(`a rate for indicator ${r.id} (it is measured as a time, not a rate)`)
      const base = { id: r.id, label: r.label, max: r.max, figures: m.figures, basis: r.basis }
      if (missing.length > 0) return { ...base, points: undefined, status: 'not-measurable', missing }
      const p = r.max === 0 ? new Decimal(0) : indicatorPoints(m.rate!, { max: r.max!, fullAt: r.fullAt })!
      points = points.plus(p)
      groupMeasured += r.max!
      return { ...base, points: p, status: 'measured' }
    })
    total = total.plus(points)
    max += g.max
    measuredMax += groupMeasured
    return { id: g.id, label: g.label, max: g.max, points, measuredMax: groupMeasured, indicators }
  })
  return {
    groups, total, max, measuredMax, period: { from, to: toIsoDate(period.to, 'period.to') }, asOf: report.settings.asOf,
    table: { version: table.version, from: table.from, ...(table.to === undefined ? {} : { to: table.to }) },
    report,
    basis: [
      { ...SCORE_766_TABLE.groups[1]!.indicators[0]!.basis[0]!, note: 'Bộ chỉ số 766: 5 nhóm, 100 điểm' },
      { instrument: '766/QĐ-TTg', title: 'Mô tả công thức tính chỉ số 766 (Cổng Dịch vụ công quốc gia)', unconfirmed: 'Known from a public transcription; group maxima 18/20/22/22/18 from provincial publications and dashboards' },
    ],
  }
}
