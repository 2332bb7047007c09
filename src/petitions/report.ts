import { readAsOf, type AsOf } from '../core/as-of.js'
import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { formatVietnamDateTime, vietnamEpochMs } from '../core/instant.js'
import { toIsoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { vietnamCivilService } from '../calendar/index.js'
import { PETITION_BASIS as B } from './basis.js'
import { judge } from './classify.js'
import { readCalendar, type LetterCalendar } from './deadline.js'
import { readRules, type LetterRules } from './rules.js'
import { LETTER_KINDS, type LetterKind, type LetterLike } from './schema.js'

/**
 * Options of {@link letterReport}: the report period (a
 * {@link ReportPeriodWindow} from {@link reportPeriod}, or any `{ from, to }`
 * of civil dates, both inclusive), the moment of the report (default: the end
 * of the period's last day), the calendar and a rule set replacing the dated
 * lookup.
 *
 * @example
 * ```ts
 * import { reportPeriod, type LetterReportOptions } from 'hanhchinh/petitions'
 * const o: LetterReportOptions = { period: reportPeriod({ kind: 'monthly', year: 2026, month: 3 }) }
 * o.period.to //=> '2026-03-14'
 * ```
 */
export interface LetterReportOptions {
  period: { readonly from: string; readonly to: string }
  /** @defaultValue the end of `period.to` in Vietnam time (an earlier `asOf` is kept) */
  asOf?: AsOf | undefined
  /** @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
  /** @defaultValue the set of {@link LETTER_RULES} in force on the day each letter was received */
  rules?: LetterRules | undefined
}

/**
 * The additive counts of a letter report (overall or for one kind):
 *
 * - `total` — letters to be handled in the period: received on or before its last day and not
 *   handled or withdrawn before its first day; `received` (in the period) + `carriedOver` = total;
 * - `onTime`, `late`, `open`, `overdue`, `withdrawn` — their status at the end of the period
 *   (see {@link LetterStatus}); they add up to `total`. On time and late letters were handled
 *   (settled, forwarded, or answered) within the period;
 * - `classified`, `accepted`, `forwarded`, `extended`, `settled` — letters with such an event within
 *   the period.
 *
 * @example
 * ```ts
 * import type { LetterCounts } from 'hanhchinh/petitions'
 * const c: Pick<LetterCounts, 'onTime' | 'late' | 'open' | 'overdue' | 'withdrawn'> = { onTime: 40, late: 3, open: 12, overdue: 2, withdrawn: 1 }
 * c.onTime + c.late + c.open + c.overdue + c.withdrawn //=> 58
 * ```
 */
export interface LetterCounts {
  total: number
  received: number
  carriedOver: number
  onTime: number
  late: number
  open: number
  overdue: number
  withdrawn: number
  classified: number
  accepted: number
  forwarded: number
  extended: number
  settled: number
}

/**
 * A section of a letter report: its counts and the on-time rate, on time ÷
 * (on time + late) in percent, an exact `Decimal` rounded half-up to 2
 * decimals (`undefined` when nothing was handled).
 *
 * @example
 * ```ts
 * import { letterReport, type LetterReportSection } from 'hanhchinh/petitions'
 * const s: LetterReportSection = letterReport([], { period: { from: '2026-02-15', to: '2026-03-14' } })
 * s.onTimeRate //=> undefined
 * ```
 */
export interface LetterReportSection {
  counts: LetterCounts
  onTimeRate: Decimal | undefined
}

/**
 * The settings a letter report was made with; two reports merge only when
 * these are equal.
 *
 * @example
 * ```ts
 * import { letterReport, type LetterReportSettings } from 'hanhchinh/petitions'
 * const s: LetterReportSettings = letterReport([], { period: { from: '2026-02-15', to: '2026-03-14' } }).settings
 * s.asOf //=> '2026-03-14T23:59:59.999+07:00'
 * ```
 */
export interface LetterReportSettings {
  period: { from: IsoDate; to: IsoDate }
  /** The effective moment of the report, ISO in Vietnam time. */
  asOf: string
  /** `'default'` for `vietnamCivilService`, `'custom'` for a caller's calendar. */
  calendar: 'default' | 'custom'
  /** The caller's rule set id, or `null` for the dated rule sets. */
  rules: string | null
}

/**
 * A monthly (or any period's) report of citizens' letters: the overall
 * section, one section per kind (always all four), the settings and the
 * legal bases.
 *
 * @example
 * ```ts
 * import { letterReport, type LetterReport } from 'hanhchinh/petitions'
 * const r: LetterReport = letterReport([], { period: { from: '2026-02-15', to: '2026-03-14' } })
 * Object.keys(r.byKind) //=> ['complaint', 'denunciation', 'petition', 'reflection']
 * ```
 */
export interface LetterReport extends LetterReportSection {
  byKind: Record<LetterKind, LetterReportSection>
  settings: LetterReportSettings
  basis: LegalBasis[]
}

/**
 * A single-pass letter report builder: add letters one by one or from any
 * iterable, read the report at any time; memory does not grow with the
 * number of letters.
 *
 * @example
 * ```ts
 * import { createLetterReportAccumulator } from 'hanhchinh/petitions'
 * const acc = createLetterReportAccumulator({ period: { from: '2026-02-15', to: '2026-03-14' } })
 * acc.add({ kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-10' }] })
 * acc.report().byKind.petition.counts.onTime //=> 1
 * ```
 */
export interface LetterReportAccumulator {
  /** Count one letter. */
  add(letter: LetterLike): void
  /** Count every letter of an iterable. */
  addAll(letters: Iterable<LetterLike>): void
  /** The report of the letters counted so far (the accumulator can go on counting). */
  report(): LetterReport
}

const OPTION_NAMES: OptionNames<LetterReportOptions> = { period: true, asOf: true, calendar: true, rules: true }
const COUNT_KEYS: readonly (keyof LetterCounts)[] = [
  'total', 'received', 'carriedOver', 'onTime', 'late', 'open', 'overdue', 'withdrawn', 'classified', 'accepted', 'forwarded', 'extended', 'settled',
]
const STATUS_KEYS: readonly (keyof LetterCounts)[] = ['onTime', 'late', 'open', 'overdue', 'withdrawn']
const EVENT_KEYS = { classified: 'classified', accepted: 'accepted', forwarded: 'forwarded', extended: 'extended', settled: 'settled' } as const
const REPORT_BASIS: LegalBasis[] = [B.reportCutoff, B.complaintSettle1, B.denunciationSettle, B.receptionAnswer]

function emptyCounts(): LetterCounts {
  return { total: 0, received: 0, carriedOver: 0, onTime: 0, late: 0, open: 0, overdue: 0, withdrawn: 0, classified: 0, accepted: 0, forwarded: 0, extended: 0, settled: 0 }
}

function section(c: LetterCounts): LetterReportSection {
  const handled = c.onTime + c.late
  return {
    counts: { ...c },
    onTimeRate: handled === 0 ? undefined : new Decimal(c.onTime).times(100).div(handled).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
  }
}

function build(settings: LetterReportSettings, totals: LetterCounts, kinds: Record<LetterKind, LetterCounts>): LetterReport {
  const byKind = {} as Record<LetterKind, LetterReportSection>
  for (const k of LETTER_KINDS) byKind[k] = section(kinds[k])
  return { ...section(totals), byKind, settings, basis: [...REPORT_BASIS] }
}

class Accumulator implements LetterReportAccumulator {
  private readonly totals = emptyCounts()
  private readonly kinds = Object.fromEntries(LETTER_KINDS.map((k) => [k, emptyCounts()])) as Record<LetterKind, LetterCounts>
  private readonly settings: LetterReportSettings
  private readonly asOfMs: number
  private readonly asOfDay: IsoDate
  private readonly calendar: LetterCalendar
  private readonly rules: LetterRules | undefined

  constructor(options: LetterReportOptions, where: string) {
    if (options === undefined) throw wrongType('options', options, '{ period: { from, to } }')
    const o = readOptions(options, OPTION_NAMES, where)
    const p = o.period
    if (p === null || typeof p !== 'object') throw wrongType('options.period', p, 'a period { from, to } (see reportPeriod)')
    const from = toIsoDate(p.from, 'options.period.from')
    const to = toIsoDate(p.to, 'options.period.to')
    if (to < from) throw invalidArgument('options.period', p, 'a period whose `to` is not before `from`')
    let asOfMs = vietnamEpochMs(to, 24 * 60) - 1
    if (o.asOf !== undefined) asOfMs = Math.min(asOfMs, readAsOf(o.asOf).epochMs)
    this.asOfMs = asOfMs
    this.asOfDay = readAsOf(new Date(asOfMs)).date
    this.calendar = readCalendar(o.calendar)
    this.rules = o.rules === undefined ? undefined : readRules(o.rules, 'options.rules')
    this.settings = {
      period: { from, to },
      asOf: formatVietnamDateTime(asOfMs),
      calendar: this.calendar === vietnamCivilService ? 'default' : 'custom',
      rules: this.rules === undefined ? null : this.rules.id,
    }
  }

  add(letter: LetterLike): void {
    const { from, to } = this.settings.period
    if (letter === null || typeof letter !== 'object') throw wrongType('letter', letter, 'a letter { kind, received, events }')
    // letters received after the period (or after an earlier asOf) are not in this report
    if (readAsOf(letter.received, 'letter.received').date > this.asOfDay) return
    const j = judge(letter, this.asOfMs, this.asOfDay, this.calendar, this.rules)
    if (j.finishedDay !== undefined && j.finishedDay < from) return
    const kind = letter.kind as LetterKind
    for (const c of [this.totals, this.kinds[kind]]) {
      c.total++
      if (j.receivedDay >= from) c.received++
      else c.carriedOver++
      c[STATUS_KEYS[j.code]!]++
      const seen = new Set<string>()
      for (const e of j.events) {
        if (e.day < from || e.day > to || e.type === 'withdrawn' || seen.has(e.type)) continue
        seen.add(e.type)
        c[EVENT_KEYS[e.type]]++
      }
    }
  }

  addAll(letters: Iterable<LetterLike>): void {
    if (letters === null || typeof letters !== 'object' || typeof (letters as Iterable<LetterLike>)[Symbol.iterator] !== 'function') {
      throw wrongType('letters', letters, 'an iterable of letters')
    }
    for (const l of letters) this.add(l)
  }

  report(): LetterReport {
    return build(this.settings, this.totals, this.kinds)
  }
}

/**
 * Build a {@link LetterReportAccumulator}: options are read once.
 *
 * @example
 * ```ts
 * import { createLetterReportAccumulator, reportPeriod } from 'hanhchinh/petitions'
 * const acc = createLetterReportAccumulator({ period: reportPeriod({ kind: 'monthly', year: 2026, month: 4 }) })
 * acc.addAll([{ kind: 'complaint', received: '2026-03-20' }])
 * acc.report().counts //=> { total: 1, received: 1, overdue: 1 }
 * ```
 */
export function createLetterReportAccumulator(options: LetterReportOptions): LetterReportAccumulator {
  return new Accumulator(options, 'createLetterReportAccumulator')
}

/**
 * Report on citizens' letters for a period in one pass: how many were to be
 * handled (received in the period or carried over), their status at the end
 * of the period (on time, late, open, overdue, withdrawn — adding up to the
 * total), how many were classified, accepted, forwarded, extended and settled
 * in the period, and the on-time rate, overall and for each kind (see
 * {@link LetterCounts}). The period is usually a Decree 09/2019 window from
 * {@link reportPeriod}. Partial reports over disjoint sets of letters merge
 * exactly with {@link mergeLetterReports}.
 *
 * @throws RangeError for an invalid period, letter or option; TypeError for a wrong type
 *
 * @example
 * ```ts
 * import { letterReport, reportPeriod } from 'hanhchinh/petitions'
 * const march = reportPeriod({ kind: 'monthly', year: 2026, month: 3 }) // 15/02–14/03/2026
 * const r = letterReport([
 *   { kind: 'complaint', received: '2026-02-20', events: [{ type: 'accepted', at: '2026-02-26' }] },
 *   { kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-10' }] },
 *   { kind: 'petition', received: '2026-02-02', events: [{ type: 'settled', at: '2026-02-26' }] },
 *   { kind: 'denunciation', received: '2026-03-13' },
 * ], { period: march })
 * r.counts //=> { total: 4, received: 3, carriedOver: 1, onTime: 1, late: 1, open: 2, accepted: 1, settled: 2 }
 * r.byKind.petition.onTimeRate //=> '50'
 * ```
 */
export function letterReport(letters: Iterable<LetterLike>, options: LetterReportOptions): LetterReport {
  const acc = new Accumulator(options, 'letterReport')
  acc.addAll(letters)
  return acc.report()
}

/**
 * Merge letter reports over disjoint sets of letters made with the same
 * settings (period, moment, calendar, rules): the result equals the report
 * over all the letters at once.
 *
 * @throws RangeError when the settings differ
 *
 * @example
 * ```ts
 * import { letterReport, mergeLetterReports } from 'hanhchinh/petitions'
 * const options = { period: { from: '2026-02-15', to: '2026-03-14' } }
 * const a = letterReport([{ kind: 'petition', received: '2026-03-02' }], options)
 * const b = letterReport([{ kind: 'reflection', received: '2026-03-03' }], options)
 * mergeLetterReports(a, b).counts.total //=> 2
 * mergeLetterReports(a, letterReport([], { period: { from: '2026-03-15', to: '2026-04-14' } })) //=> throws RangeError: settings
 * ```
 */
export function mergeLetterReports(a: LetterReport, b: LetterReport, ...more: LetterReport[]): LetterReport {
  const reports = [a, b, ...more]
  reports.forEach((r, i) => {
    if (r === null || typeof r !== 'object' || !r.settings || !r.counts || !r.byKind) throw wrongType(`reports[${i}]`, r, 'a LetterReport')
  })
  const key = JSON.stringify(a.settings)
  reports.forEach((r, i) => {
    if (JSON.stringify(r.settings) !== key) throw invalidArgument(`reports[${i}].settings`, r.settings, `the same settings as reports[0]: ${key}`)
  })
  const totals = emptyCounts()
  const kinds = Object.fromEntries(LETTER_KINDS.map((k) => [k, emptyCounts()])) as Record<LetterKind, LetterCounts>
  for (const r of reports) {
    for (const k of COUNT_KEYS) totals[k] += r.counts[k]
    for (const kind of LETTER_KINDS) for (const k of COUNT_KEYS) kinds[kind][k] += r.byKind[kind].counts[k]
  }
  return build(a.settings, totals, kinds)
}
