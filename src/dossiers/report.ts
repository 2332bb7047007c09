import { requireAsOf, type AsOf } from '../core/as-of.js'
import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { formatVietnamDateTime } from '../core/instant.js'
import { toDayNumber, toIsoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { DOSSIER_BASIS } from './basis.js'
import {
  readFinishedBy, statusOf, S_EARLY, S_IN_PROGRESS, S_LATE, S_ON_TIME, S_OVERDUE, S_REFUSED, S_STOPPED,
  S_UNKNOWN_END, S_WITHDRAWN, type FinishedBy,
} from './classify.js'
import type { Engine } from './deadline-engine.js'
import { DUE_DATE_OPTION_NAMES, type DueDateOptions, type ResolvedDuePolicy, type SupplementPolicy } from './deadline-policy.js'
import { createEngine } from './due-date.js'
import { keepIdleInstance } from './idle-instances.js'
import { MS_DAY, OFFSET_MS, readInto, vnDay } from './instants.js'
import { percentages, type PercentageMethod, type PercentagesOptions } from './percentages.js'
import type { DossierLike } from './schema.js'
import {
  eventKind, K_EXTENDED, K_FINISH_BASE, K_PROCESSED, K_SUPPLEMENT_REQUESTED, K_SUPPLEMENT_SUPPLIED, newWalk, TimelineWalker, type Walk,
} from './timeline.js'

/**
 * How dossiers are grouped in a report: by procedure code, receiving agency,
 * agency level, channel or field (lĩnh vực: its code, or its name when it
 * has no code), or by a function returning the group key.
 * Dossiers without the field go to the group `'-'`. The function sees the
 * caller's own record type `D` (any {@link DossierLike} with more fields).
 *
 * @example
 * ```ts
 * import type { DossierLike, ReportGroupBy } from 'hanhchinh/dossiers'
 * const byMonth: ReportGroupBy = (d) => String(d.receivedAt).slice(0, 7)
 * byMonth({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'days' } }) //=> '2026-03'
 * type Row = DossierLike & { ward: string }
 * const byWard: ReportGroupBy<Row> = (d) => d.ward
 * byWard({ ward: 'Phường Hải Châu', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'days' } }) //=> 'Phường Hải Châu'
 * ```
 */
export type ReportGroupBy<D extends DossierLike = DossierLike> =
  | 'procedure'
  | 'agency'
  | 'level'
  | 'channel'
  | 'field'
  | ((dossier: D) => string)

/**
 * A reporting period: civil dates, both inclusive, in Vietnam time.
 *
 * @example
 * ```ts
 * import type { ReportPeriod } from 'hanhchinh/dossiers'
 * const october: ReportPeriod = { from: '2024-10-01', to: '2024-10-31' }
 * october.to //=> '2024-10-31'
 * ```
 */
export interface ReportPeriod {
  from: string
  to: string
}

/**
 * Options of {@link dossierReport}: the due-date options, the instant of the
 * report (required), an optional period, grouping, the finishing event and
 * how percentages are rounded.
 *
 * @example
 * ```ts
 * import type { DossierReportOptions } from 'hanhchinh/dossiers'
 * const o: DossierReportOptions = {
 *   asOf: '2024-11-05T00:00:00+07:00', period: { from: '2024-10-01', to: '2024-10-31' }, groupBy: 'procedure',
 * }
 * o.groupBy //=> 'procedure'
 * ```
 */
export interface DossierReportOptions<D extends DossierLike = DossierLike> extends DueDateOptions {
  /**
   * The moment of the report (required: the library never reads the clock): an ISO date is the
   * END of that day in Vietnam time (`'2026-03-31'` counts everything that happened on 31/03);
   * an ISO date-time with offset or a `Date` is that instant. With a period, the end of the
   * period if earlier.
   */
  asOf: AsOf
  /**
   * The period: a dossier is counted when it is to be handled in it (cần giải quyết) — received
   * on or before the last day and not finished before the first day (received in the period, or
   * carried over). Events after the period are ignored. @defaultValue every dossier, at `asOf`
   */
  period?: ReportPeriod | undefined
  /** Grouping of the `groups` section. @defaultValue no groups */
  groupBy?: ReportGroupBy<D> | undefined
  /** Which event finishes a dossier. @defaultValue `'processed'` */
  finishedBy?: FinishedBy | undefined
  /** Rounding of the published percentages. @defaultValue `{ decimals: 2, method: 'round-half-up' }` */
  percentages?: PercentagesOptions | undefined
  /**
   * What to do with a dossier the deadline rules refuse (an unreadable instant, a second
   * extension…): `'throw'` the error, or `'skip'` it and count it in `counts.invalid` (outside
   * `total`; find the reasons with {@link validateTimeline}). @defaultValue `'throw'`
   */
  invalid?: 'throw' | 'skip' | undefined
}

/** Every option name of {@link DossierReportOptions}. @internal */
const REPORT_OPTION_NAMES: OptionNames<DossierReportOptions> = {
  ...DUE_DATE_OPTION_NAMES, period: true, groupBy: true, finishedBy: true, percentages: true, invalid: true,
}

const PERIOD_NAMES: OptionNames<ReportPeriod> = { from: true, to: true }

const PERCENTAGES_OPTION_NAMES: OptionNames<PercentagesOptions> = { decimals: true, method: true }

/**
 * The raw, additive counts of a report section. Every figure of a report is
 * derived from these, which is why partial reports merge exactly.
 *
 * - `total` — dossiers to be handled (`received` + `carriedOver`); `invalid` — skipped (not in total);
 * - `early`, `onTime`, `late`, `inProgress`, `inProgressOverdue`, `refused`, `stopped`,
 *   `withdrawn`, `unknownEnd` — one per status, adding up to `total`; `unknownEnd` counts the
 *   dossiers the source says ended (a recorded status or class) with no end date in the timeline:
 *   never in progress, and never on time under the 766 rule (their end cannot be compared with
 *   the due date);
 * - `awaitingSupplement` — in progress and waiting for the applicant; `supplementRequested`,
 *   `extended`, `provisional` — dossiers with a supplement request, an applied extension, a
 *   provisional due date;
 * - `onTime766` — dossiers on time under the 766 rule (see {@link ReportSection});
 * - `processingSeconds`, `processingWorkingDays` — sums over the finished dossiers (early, on
 *   time, late) of the time from the start of the clock to the finish, less the waiting time of
 *   supplements under `'pause'`, and of working days from the start date to the finish date.
 *
 * @example
 * ```ts
 * import type { DossierCounts } from 'hanhchinh/dossiers'
 * const c: Pick<DossierCounts, 'early' | 'onTime' | 'late'> = { early: 42657, onTime: 7608, late: 43 }
 * c.early + c.onTime + c.late //=> 50308
 * ```
 */
export interface DossierCounts {
  total: number
  /** Dossiers skipped as invalid (option `invalid: 'skip'`); not part of `total`. */
  invalid: number
  received: number
  carriedOver: number
  early: number
  onTime: number
  late: number
  inProgress: number
  inProgressOverdue: number
  refused: number
  stopped: number
  withdrawn: number
  unknownEnd: number
  awaitingSupplement: number
  supplementRequested: number
  extended: number
  provisional: number
  onTime766: number
  processingSeconds: number
  processingWorkingDays: number
}

/**
 * The figures of a report (or of one of its groups), derived from
 * {@link DossierCounts}:
 *
 * - `finished` = early + on time + late (giải quyết xong);
 * - `percentages` — early / on time / late as a share of `finished`, `Decimal` rounded as asked,
 *   `undefined` when nothing finished;
 * - `onTimeRate` — (early + on time) ÷ finished, the "tỷ lệ giải quyết đúng hạn và trước hạn" of
 *   provincial reports (NĐ 61/2018 Art 30(2)(c) uses on time ÷ received: see `indicator766`);
 * - `indicator766` — "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn" of QĐ 766/QĐ-TTg (indicator 2.1) as the
 *   national portal computes it: on-time dossiers (finished or not) ÷ all dossiers to be handled,
 *   where the end of processing is the first terminal status (processing done, returned, refused,
 *   stopped, withdrawn), the supplement waiting time is subtracted, a dossier awaiting a supplement
 *   ends at the request, more than one supplement request is overdue, and an unfinished dossier is
 *   judged at the end of the period. Its points (max 20) follow a curve that is UNCONFIRMED: see
 *   {@link indicatorPoints};
 * - `timelinessScore` — TT 01/2018/TT-VPCP Art 13 index 1 averaged per Art 15: (2 × early + 1 × on
 *   time + 0 × late) ÷ finished, rounded to 1 decimal;
 * - `averageProcessing` — mean processing time of the finished dossiers, in days (2 decimals) and
 *   working days (2 decimals): indicator 2.2 of QĐ 766 reports it per procedure (group by
 *   `'procedure'`).
 *
 * @example
 * ```ts
 * import { dossierReport, type ReportSection } from 'hanhchinh/dossiers'
 * const r: ReportSection = dossierReport([], { asOf: '2026-01-01T00:00:00+07:00' })
 * r.finished //=> 0
 * r.percentages //=> undefined
 * ```
 */
export interface ReportSection {
  counts: DossierCounts
  finished: number
  percentages: { early: Decimal; onTime: Decimal; late: Decimal } | undefined
  onTimeRate: Decimal | undefined
  indicator766: { onTime: number; total: number; rate: Decimal | undefined }
  timelinessScore: Decimal | undefined
  averageProcessing: { count: number; days: Decimal | undefined; workingDays: Decimal | undefined }
}

/**
 * The settings a report was made with; two reports merge only when these are
 * equal.
 *
 * @example
 * ```ts
 * import { dossierReport, type ReportSettings } from 'hanhchinh/dossiers'
 * const s: ReportSettings = dossierReport([], { asOf: '2026-01-01T00:00:00+07:00' }).settings
 * s.finishedBy //=> 'processed'
 * ```
 */
export interface ReportSettings {
  /** The effective instant of the report (asOf, or the end of the period if earlier). */
  asOf: string
  period: { from: IsoDate; to: IsoDate } | null
  groupBy: string | null
  invalid: 'throw' | 'skip'
  finishedBy: FinishedBy
  policy: ResolvedDuePolicy
  percentages: { decimals: number; method: PercentageMethod }
}

/**
 * A dossier report: the overall section, one section per group, the settings
 * and the legal bases of the figures.
 *
 * @example
 * ```ts
 * import { dossierReport, type DossierReport } from 'hanhchinh/dossiers'
 * const r: DossierReport = dossierReport([], { asOf: '2026-01-01T00:00:00+07:00', groupBy: 'agency' })
 * Object.keys(r.groups) //=> []
 * ```
 */
export interface DossierReport extends ReportSection {
  settings: ReportSettings
  /** Sections per group key, keys sorted. Empty without `groupBy`. */
  groups: Record<string, ReportSection>
  basis: LegalBasis[]
}

/**
 * A single-pass report builder: add dossiers one by one (or from any
 * iterable), read the report at any time. Memory is proportional to the
 * number of groups, never to the number of dossiers.
 *
 * @example
 * ```ts
 * import { createReportAccumulator } from 'hanhchinh/dossiers'
 * const acc = createReportAccumulator({ asOf: '2026-03-31T23:59:59+07:00' })
 * acc.add({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' },
 *   events: [{ type: 'processed', at: '2026-03-03T10:00:00+07:00' }] })
 * acc.report().counts.early //=> 1
 * ```
 */
export interface ReportAccumulator<D extends DossierLike = DossierLike> {
  /** Add one dossier. */
  add(dossier: D): void
  /** Add every dossier of an iterable. */
  addAll(dossiers: Iterable<D>): void
  /** The report over the dossiers added so far. */
  report(): DossierReport
}

const COUNT_KEYS: readonly (keyof DossierCounts)[] = [
  'total', 'invalid', 'received', 'carriedOver', 'early', 'onTime', 'late', 'inProgress', 'inProgressOverdue', 'refused', 'stopped',
  'withdrawn', 'unknownEnd', 'awaitingSupplement', 'supplementRequested', 'extended', 'provisional', 'onTime766', 'processingSeconds',
  'processingWorkingDays',
]

// The accumulator counts into one Float64Array per section (slots in COUNT_KEYS order): adding to
// a typed-array slot never allocates, where adding to an object's number field may box the sum.
const C_TOTAL = 0, C_RECEIVED = 2, C_CARRIED_OVER = 3, C_AWAITING = 13, C_SUPPLEMENT_REQUESTED = 14, C_EXTENDED = 15,
  C_PROVISIONAL = 16, C_ON_TIME_766 = 17, C_SECONDS = 18, C_WORKING_DAYS = 19
/** The slot of each status code (S_EARLY … S_UNKNOWN_END). */
const STATUS_SLOT = Int8Array.from([4, 5, 6, 7, 8, 9, 10, 11, 12])

/** Counts of a slot array as a {@link DossierCounts}, plus `invalid`. */
function countsOf(slots: Float64Array, invalid: number): DossierCounts {
  const c = emptyCounts()
  for (let i = 0; i < COUNT_KEYS.length; i++) c[COUNT_KEYS[i]!] = slots[i]!
  c.invalid = invalid
  return c
}

function emptyCounts(): DossierCounts {
  return {
    total: 0, invalid: 0, received: 0, carriedOver: 0, early: 0, onTime: 0, late: 0, inProgress: 0, inProgressOverdue: 0, refused: 0,
    stopped: 0, withdrawn: 0, unknownEnd: 0, awaitingSupplement: 0, supplementRequested: 0, extended: 0, provisional: 0, onTime766: 0,
    processingSeconds: 0, processingWorkingDays: 0,
  }
}

function ratio(part: number, whole: number, decimals: number): Decimal | undefined {
  if (whole === 0) return undefined
  return new Decimal(part).times(100).div(whole).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
}

function section(counts: DossierCounts, settings: ReportSettings): ReportSection {
  const { decimals, method } = settings.percentages
  const finished = counts.early + counts.onTime + counts.late
  const p = percentages({ early: counts.early, onTime: counts.onTime, late: counts.late }, { decimals, method })
  return {
    counts: { ...counts },
    finished,
    percentages: p,
    onTimeRate: ratio(counts.early + counts.onTime, finished, decimals),
    indicator766: { onTime: counts.onTime766, total: counts.total, rate: ratio(counts.onTime766, counts.total, decimals) },
    timelinessScore: finished === 0
      ? undefined
      : new Decimal(2 * counts.early + counts.onTime).div(finished).toDecimalPlaces(1, Decimal.ROUND_HALF_UP),
    averageProcessing: {
      count: finished,
      days: finished === 0 ? undefined : new Decimal(counts.processingSeconds).div(86_400).div(finished).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
      workingDays: finished === 0 ? undefined : new Decimal(counts.processingWorkingDays).div(finished).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    },
  }
}

const REPORT_BASIS: LegalBasis[] = [DOSSIER_BASIS.timelinessScore, DOSSIER_BASIS.indicator766]

/** A text field of a dossier as a group key: `'-'` when absent, a TypeError naming it when not text. */
function textKey(value: unknown, argument: string): string {
  if (typeof value === 'string') return value
  if (value === undefined) return '-'
  throw wrongType(argument, value, 'text or undefined')
}

function groupKeyOf<D extends DossierLike>(groupBy: ReportGroupBy<D>, d: D): string {
  switch (groupBy) {
    case 'procedure': {
      const p: unknown = d.procedure
      if (p === undefined) return '-'
      if (p === null || typeof p !== 'object') throw wrongType('dossier.procedure', p, 'a procedure { code, name } or undefined')
      return textKey((p as { code?: unknown }).code, 'dossier.procedure.code')
    }
    case 'agency': return textKey(d.agency, 'dossier.agency')
    case 'level': return textKey(d.level, 'dossier.level')
    case 'channel': return textKey(d.channel, 'dossier.channel')
    case 'field': {
      const f: unknown = d.field
      if (f === undefined) return '-'
      if (f === null || typeof f !== 'object') throw wrongType('dossier.field', f, 'a field { code?, name } or undefined')
      const { code, name } = f as { code?: unknown; name?: unknown }
      return code !== undefined ? textKey(code, 'dossier.field.code') : textKey(name, 'dossier.field.name')
    }
    default: {
      const k = groupBy(d)
      if (typeof k !== 'string') throw wrongType('options.groupBy(dossier)', k, 'a string group key')
      return k
    }
  }
}

class Accumulator<D extends DossierLike> implements ReportAccumulator<D> {
  private readonly engine: Engine
  private readonly walker: TimelineWalker
  private readonly settings: ReportSettings
  private readonly asOfMs: number
  private readonly fromDay: number
  private readonly toDay: number
  private readonly groupBy: ReportGroupBy<D> | undefined
  /** Counts of every dossier when there are no groups (with groups, the sum of the groups'). */
  private readonly totals = new Float64Array(COUNT_KEYS.length)
  private readonly groups = new Map<string, Float64Array>()
  private invalid = 0
  private readonly w: Walk
  private readonly w766: Walk
  private readonly skipInvalid: boolean
  private readonly supplement: SupplementPolicy
  /** Whether {@link Accumulator.addUsual} may answer: the end of processing by the first ending event. */
  private readonly usual: boolean
  private readonly useAppointment: boolean
  private readonly instant = new Float64Array(1)

  constructor(options: DossierReportOptions<D>, where: string) {
    const o = readOptions(options, REPORT_OPTION_NAMES as OptionNames<DossierReportOptions<D>>, where)
    const { asOf, period: periodOption, groupBy: g, finishedBy: finishedByOption, percentages: rounding, invalid, ...rules } = o
    let asOfMs = requireAsOf(asOf).epochMs
    this.engine = createEngine(rules, where)
    this.walker = new TimelineWalker(this.engine, true)
    this.supplement = this.engine.policy.supplement
    const finishedBy = readFinishedBy(finishedByOption)
    let period: ReportSettings['period'] = null
    this.fromDay = -Infinity
    this.toDay = Infinity
    if (periodOption !== undefined) {
      const p = readOptions(periodOption, PERIOD_NAMES, `${where} (options.period)`)
      const from = toIsoDate(p.from, 'options.period.from')
      const to = toIsoDate(p.to, 'options.period.to')
      this.fromDay = toDayNumber(from)
      this.toDay = toDayNumber(to)
      if (this.toDay < this.fromDay) throw invalidArgument('options.period', periodOption, 'a period whose `to` is not before `from`')
      period = { from, to }
      asOfMs = Math.min(asOfMs, (this.toDay + 1) * MS_DAY - OFFSET_MS - 1)
    }
    if (g !== undefined && typeof g !== 'function' && g !== 'procedure' && g !== 'agency' && g !== 'level' && g !== 'channel' && g !== 'field') {
      throw invalidArgument('options.groupBy', g, "'procedure', 'agency', 'level', 'channel', 'field' or a function")
    }
    this.groupBy = g
    const r = readOptions(rounding, PERCENTAGES_OPTION_NAMES, `${where} (options.percentages)`)
    const decimals = r.decimals ?? 2
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw invalidArgument('options.percentages.decimals', decimals, 'an integer from 0 to 10')
    const method = readChoice(r.method, ['round-half-up', 'largest-remainder'], 'round-half-up', 'options.percentages.method')
    this.skipInvalid = readChoice(invalid, ['throw', 'skip'], 'throw', 'options.invalid') === 'skip'
    this.asOfMs = asOfMs
    this.settings = {
      asOf: formatVietnamDateTime(asOfMs),
      period,
      groupBy: g === undefined ? null : typeof g === 'function' ? `function ${g.name || '(anonymous)'}` : g,
      invalid: this.skipInvalid ? 'skip' : 'throw',
      finishedBy,
      policy: this.engine.policy,
      percentages: { decimals, method },
    }
    this.w = newWalk(finishedBy, asOfMs)
    this.w766 = newWalk('processed', asOfMs)
    this.usual = finishedBy === 'processed'
    this.useAppointment = this.engine.policy.useRecordedAppointment
    keepIdleInstance(Accumulator, () => new Accumulator<DossierLike>({ asOf: '2000-01-01' }, where))
    // and one figure: with no Decimal alive at a full GC, the report's figures ran unoptimized (+1 ms)
    keepIdleInstance(Decimal, () => ratio(1, 3, 2)!)
  }

  add(dossier: D): void {
    // the usual dossier first (one call fewer per dossier: `add` is inlined where it is called)
    if (!this.skipInvalid) {
      if (!(this.usual && this.addUsual(dossier))) this.addChecked(dossier)
      return
    }
    try {
      if (!(this.usual && this.addUsual(dossier))) this.addChecked(dossier)
    } catch (error) {
      if (!(error instanceof RangeError || error instanceof TypeError)) throw error
      this.invalid++
    }
  }

  private addChecked(dossier: D): void {
    const asOfMs = this.asOfMs
    const w = this.walker.walk(dossier, this.supplement, this.w)
    const receivedDay = w.receivedDay
    if (receivedDay > this.toDay) return
    const finishDay = w.finishType !== 0 ? vnDay(w.finishMs) : 0
    if (w.finishType !== 0 && finishDay < this.fromDay) return
    const code = statusOf(w)
    // The 766 rule: with no supplement request and the first terminal status as the end, the walk
    // itself is the 766 walk; otherwise see `onTime766`.
    const onTime766 = w.requests === 0 && w.finishedBy === 'processed'
      // (two comparisons, not one of a chosen number: a number chosen by `?:` may be boxed)
      ? code !== S_UNKNOWN_END && (w.finishType !== 0 ? w.finishMs <= w.dueMs : asOfMs <= w.dueMs)
      : this.onTime766(dossier, w, code)
    const c = this.slotsOf(dossier)
    c[C_TOTAL]!++
    c[receivedDay >= this.fromDay ? C_RECEIVED : C_CARRIED_OVER]!++
    c[STATUS_SLOT[code]!]!++
    if (w.requests > 0) {
      c[C_SUPPLEMENT_REQUESTED]!++
      if ((code === S_IN_PROGRESS || code === S_OVERDUE) && w.awaitingSinceMs === w.awaitingSinceMs) c[C_AWAITING]!++
    }
    if (w.originalDueMs === w.originalDueMs) c[C_EXTENDED]!++
    if (w.provisional) c[C_PROVISIONAL]!++
    if (onTime766) c[C_ON_TIME_766]!++
    if (code <= S_LATE) {
      // finished (early, on time, late): processing time less the supplement pauses, and working days
      c[C_SECONDS]! += Math.round((w.finishMs - w.startMs - w.pausedMs) / 1000)
      if (finishDay > w.startDay) c[C_WORKING_DAYS]! += this.engine.workingDaysBetweenDays(w.startDay, finishDay)
    }
  }

  /** The counts a dossier adds to: its group's (made on first use), or the totals when there are no groups. */
  private slotsOf(dossier: D): Float64Array {
    if (this.groupBy === undefined) return this.totals
    const key = groupKeyOf(this.groupBy, dossier)
    let g = this.groups.get(key)
    if (g === undefined) this.groups.set(key, (g = new Float64Array(COUNT_KEYS.length)))
    return g
  }

  /**
   * The usual dossier in one pass, with no walk record and no second walk, counted exactly as
   * {@link Accumulator.addChecked} counts it: instants written as the fast-shape texts
   * (`…+07:00` or `…Z`), events already in time order, no extension, no recorded appointment in
   * use, a recorded status only on a finished dossier. Every event is still read and checked, also
   * after the end. Anything else returns false, having counted nothing, and the walk answers (with
   * its checks and errors); an invalid time limit throws here the walk's own error.
   */
  private addUsual(dossier: D): boolean {
    if (dossier === null || typeof dossier !== 'object') return false
    const engine = this.engine
    const asOfMs = this.asOfMs
    const pause = this.supplement === 'pause'
    const t = this.instant
    const receivedAt = dossier.receivedAt
    if (typeof receivedAt !== 'string' || !readInto(receivedAt, t, 0)) return false
    const receivedMs = t[0]!
    const receivedDay = vnDay(receivedMs)
    const limit = dossier.timeLimit
    if (limit === null || typeof limit !== 'object' || (this.useAppointment && dossier.appointmentAt !== undefined)) return false
    let startMs = receivedMs
    let startDay = receivedDay
    let dueDay = engine.quickDueDay(receivedDay, limit)
    let dueMs: number
    let provisional = false
    if (dueDay >= 0) dueMs = engine.endOf(dueDay)
    else {
      const b = engine.base(receivedMs, limit, receivedDay)
      startMs = b.startMs
      startDay = b.startDay
      dueMs = b.ms
      dueDay = b.day
      provisional = b.provisional
    }
    const baseDueMs = dueMs
    let finishMs = 0
    let finishType = 0
    let requests = 0
    let awaiting = NaN
    let waiting = 0
    const events = dossier.events
    if (events !== undefined) {
      if (!Array.isArray(events)) return false
      let live = true
      let prev = -Infinity
      for (let i = 0; i < events.length; i++) {
        const e = events[i]
        if (e === null || typeof e !== 'object') return false
        const kind = eventKind(e.type)
        if (kind === 0 || kind === K_EXTENDED) return false
        const at = e.at
        if (typeof at !== 'string' || !readInto(at, t, 0)) return false
        const ms = t[0]!
        if (ms < prev) return false
        prev = ms
        if (!live) continue
        if (ms > asOfMs) live = false
        else if (kind === K_SUPPLEMENT_REQUESTED) {
          requests++
          if (awaiting !== awaiting) awaiting = ms
        } else if (kind === K_SUPPLEMENT_SUPPLIED) {
          if (awaiting === awaiting) { // (a supply without a request is ignored, as in the walk)
            waiting += ms - awaiting
            if (pause) {
              dueMs += ms - awaiting
              dueDay = vnDay(dueMs)
            } else {
              const day = vnDay(ms)
              startMs = ms
              startDay = day
              dueDay = engine.quickDueDay(day, limit)
              if (dueDay >= 0) dueMs = engine.endOf(dueDay)
              else {
                const b = engine.base(ms, limit, day)
                startMs = b.startMs
                startDay = b.startDay
                dueMs = b.ms
                dueDay = b.day
                provisional ||= b.provisional
              }
            }
            awaiting = NaN
          }
        } else if (kind >= K_PROCESSED) {
          finishMs = ms
          finishType = kind - K_FINISH_BASE // (returned: 2)
          live = false
        }
      }
    }
    if (finishType === 0 && (dossier.recordedStatus !== undefined || dossier.recordedClass !== undefined)) return false
    if (receivedDay > this.toDay) return true
    const finishDay = finishType !== 0 ? vnDay(finishMs) : 0
    if (finishType !== 0 && finishDay < this.fromDay) return true
    let code: number
    if (finishType === 0) code = (awaiting === awaiting ? awaiting : asOfMs) > dueMs ? S_OVERDUE : S_IN_PROGRESS
    else if (finishType <= 2) code = finishMs > dueMs ? S_LATE : finishDay < dueDay ? S_EARLY : S_ON_TIME
    else code = finishType === 3 ? S_REFUSED : finishType === 4 ? S_STOPPED : S_WITHDRAWN
    // the 766 rule: supplement time paused, more than one request overdue (see `onTime766`)
    const end = finishType !== 0 ? finishMs : awaiting === awaiting ? awaiting : asOfMs
    const onTime766 = requests === 0 ? end <= dueMs : requests === 1 && end <= (pause ? dueMs : baseDueMs + waiting)
    const c = this.slotsOf(dossier)
    c[C_TOTAL]!++
    c[receivedDay >= this.fromDay ? C_RECEIVED : C_CARRIED_OVER]!++
    c[STATUS_SLOT[code]!]!++
    if (requests > 0) {
      c[C_SUPPLEMENT_REQUESTED]!++
      if (finishType === 0 && awaiting === awaiting) c[C_AWAITING]!++
    }
    if (provisional) c[C_PROVISIONAL]!++
    if (onTime766) c[C_ON_TIME_766]!++
    if (code <= S_LATE) {
      // under 'pause' the waiting time is not processing time; under 'restart' the clock started again
      c[C_SECONDS]! += Math.round((finishMs - startMs - (pause ? waiting : 0)) / 1000)
      if (finishDay > startDay) c[C_WORKING_DAYS]! += engine.workingDaysBetweenDays(startDay, finishDay)
    }
    return true
  }

  /**
   * The 766 rule (supplement time subtracted as under 'pause', first terminal status as the end,
   * more than one request overdue) for a walk with a supplement request or finished by return.
   */
  private onTime766(dossier: D, w: Walk, code: number): boolean {
    if (w.requests > 1 || code === S_UNKNOWN_END) return false
    let v = w
    let due = w.dueMs
    if (w.finishedBy === 'returned' && w.finishType !== 3 && w.finishType !== 4 && w.finishType !== 5) {
      v = this.walker.walk(dossier, 'pause', this.w766)
      due = v.dueMs
    } else if (w.requests > 0 && this.supplement !== 'pause') {
      // Under 'restart', the 'pause' due of the same walk — the first due plus the waiting
      // time — when no extension moved it; otherwise a second walk under 'pause'.
      if (w.extensions === 0) due = w.baseDueMs + w.waitingMs
      else {
        v = this.walker.walk(dossier, 'pause', this.w766)
        due = v.dueMs
      }
    }
    const end = v.finishType !== 0 ? v.finishMs : v.awaitingSinceMs === v.awaitingSinceMs ? v.awaitingSinceMs : this.asOfMs
    return end <= due
  }

  addAll(dossiers: Iterable<D>): void {
    if (dossiers === null || typeof dossiers !== 'object' || typeof (dossiers as Iterable<D>)[Symbol.iterator] !== 'function') {
      throw wrongType('dossiers', dossiers, 'an iterable of dossiers')
    }
    if (Array.isArray(dossiers)) {
      // an array by index: no iterator, and a loop of its own for arrays and one for other iterables
      for (let i = 0; i < dossiers.length; i++) this.add(dossiers[i] as D)
    } else for (const d of dossiers) this.add(d)
  }

  report(): DossierReport {
    const groups = new Map<string, DossierCounts>()
    let totals: Float64Array = this.totals
    if (this.groupBy !== undefined) {
      totals = new Float64Array(COUNT_KEYS.length)
      for (const [key, g] of this.groups) {
        for (let i = 0; i < g.length; i++) totals[i]! += g[i]!
        groups.set(key, countsOf(g, 0))
      }
    }
    return buildReport(this.settings, countsOf(totals, this.invalid), groups)
  }
}

function buildReport(settings: ReportSettings, totals: DossierCounts, groups: ReadonlyMap<string, DossierCounts>): DossierReport {
  const out: Record<string, ReportSection> = {}
  // defineProperty, not assignment: a group named '__proto__' is a group like any other
  for (const key of [...groups.keys()].sort()) {
    Object.defineProperty(out, key, { value: section(groups.get(key)!, settings), enumerable: true, writable: true, configurable: true })
  }
  return { ...section(totals, settings), settings, groups: out, basis: [...REPORT_BASIS] }
}

/**
 * Build a {@link ReportAccumulator}: options are checked once, calendar
 * look-ups are cached inside it.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid option
 *
 * @example
 * ```ts
 * import { createReportAccumulator } from 'hanhchinh/dossiers'
 * const acc = createReportAccumulator({ asOf: '2026-03-31T23:59:59+07:00', groupBy: 'channel' })
 * acc.addAll([{ channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'days' } }])
 * acc.report().groups.online?.counts.inProgressOverdue //=> 1
 * ```
 */
export function createReportAccumulator<D extends DossierLike = DossierLike>(options: DossierReportOptions<D>): ReportAccumulator<D> {
  return new Accumulator<D>(options, 'createReportAccumulator')
}

/**
 * Report on dossiers in one pass over any iterable: counts per status,
 * exact percentages, the on-time rates, the 766 indicator, the TT 01/2018
 * timeliness score and the average processing time, overall and per group
 * (see {@link ReportSection}). The parts always add up: early + on time +
 * late + in progress (within time and overdue) + refused + stopped +
 * withdrawn + unknown end = total. Partial reports over disjoint inputs merge exactly with
 * {@link mergeReports}.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid dossier or option (a second
 * extension included: validate imported data first)
 *
 * @example
 * ```ts
 * import { dossierReport } from 'hanhchinh/dossiers'
 * const r = dossierReport([
 *   { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' },
 *     events: [{ type: 'processed', at: '2026-03-03T10:00:00+07:00' }] },
 *   { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' },
 *     events: [{ type: 'returned', at: '2026-03-05T16:00:00+07:00' }] },
 *   { receivedAt: '2026-03-02T10:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } },
 * ], { asOf: '2026-03-10T00:00:00+07:00' })
 * r.counts //=> { total: 3, early: 1, onTime: 1, inProgressOverdue: 1 }
 * r.percentages //=> { early: '50', onTime: '50', late: '0' }
 * r.indicator766.rate //=> '66.67'
 * r.timelinessScore //=> '1.5'
 * ```
 */
export function dossierReport<D extends DossierLike>(dossiers: Iterable<D>, options: DossierReportOptions<NoInfer<D>>): DossierReport {
  const acc = new Accumulator<D>(options, 'dossierReport')
  acc.addAll(dossiers)
  return acc.report()
}

/**
 * {@link dossierReport} over an async source (a stream of parsed rows, a
 * database cursor): same single pass, same result.
 *
 * @example
 * ```ts
 * import { dossierReportAsync } from 'hanhchinh/dossiers'
 * async function* rows() {
 *   yield { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } }
 * }
 * const r = await dossierReportAsync(rows(), { asOf: '2026-03-03T00:00:00+07:00' })
 * r.counts.inProgress //=> 1
 * ```
 */
export async function dossierReportAsync<D extends DossierLike>(
  dossiers: AsyncIterable<D> | Iterable<D>,
  options: DossierReportOptions<NoInfer<D>>,
): Promise<DossierReport> {
  const acc = new Accumulator<D>(options, 'dossierReportAsync')
  if (dossiers !== null && typeof dossiers === 'object' && typeof (dossiers as AsyncIterable<D>)[Symbol.asyncIterator] === 'function') {
    for await (const d of dossiers as AsyncIterable<D>) acc.add(d)
  } else {
    acc.addAll(dossiers as Iterable<D>)
  }
  return acc.report()
}

function sameSettings(a: ReportSettings, b: ReportSettings): boolean {
  return settingsText(a) === settingsText(b)
}

/** The settings as JSON; those of a real report always are (a RangeError names what is not). */
function settingsText(settings: ReportSettings): string {
  try {
    return JSON.stringify(settings)
  } catch {
    throw invalidArgument('report.settings', settings, 'the settings of a DossierReport (plain data)')
  }
}

/** The shape of a report given to {@link mergeReports}: counts are numbers, groups sections. */
function checkReport(r: unknown, argument: string): asserts r is DossierReport {
  if (r === null || typeof r !== 'object') throw wrongType(argument, r, 'a DossierReport')
  const { settings, counts, groups } = r as Partial<DossierReport>
  if (settings === null || typeof settings !== 'object') throw wrongType(`${argument}.settings`, settings, 'the settings of a DossierReport')
  checkCounts(counts, `${argument}.counts`)
  if (groups === null || typeof groups !== 'object') throw wrongType(`${argument}.groups`, groups, 'the groups of a DossierReport')
  for (const key of Object.keys(groups)) {
    const g = groups[key]
    if (g === null || typeof g !== 'object') throw wrongType(`${argument}.groups[${JSON.stringify(key)}]`, g, 'a report section')
    checkCounts(g.counts, `${argument}.groups[${JSON.stringify(key)}].counts`)
  }
}

function checkCounts(counts: unknown, argument: string): void {
  if (counts === null || typeof counts !== 'object') throw wrongType(argument, counts, 'the counts of a report section')
  for (const k of COUNT_KEYS) {
    const v = (counts as Record<string, unknown>)[k]
    if (typeof v !== 'number') throw wrongType(`${argument}.${k}`, v, 'a count')
    if (!(v >= 0) || !Number.isSafeInteger(v)) throw invalidArgument(`${argument}.${k}`, v, 'a count: a non-negative integer')
  }
}

/**
 * Merge reports over disjoint sets of dossiers made with the same settings
 * (same `asOf`, period, grouping, policy and rounding): the result equals the
 * report over all the dossiers at once, because every figure is recomputed
 * from the summed counts.
 *
 * @throws RangeError when the settings differ (the message names the first report's settings)
 *
 * @example
 * ```ts
 * import { dossierReport, mergeReports } from 'hanhchinh/dossiers'
 * const options = { asOf: '2026-03-10T00:00:00+07:00' }
 * const a = { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } } as const
 * const b = { ...a, events: [{ type: 'processed', at: '2026-03-03T08:00:00+07:00' }] } as const
 * mergeReports(dossierReport([a], options), dossierReport([b], options)).counts //=> { total: 2, early: 1 }
 * mergeReports(dossierReport([a], options), dossierReport([b], { asOf: '2026-03-11T00:00:00+07:00' }))
 * //=> throws RangeError: settings
 * ```
 */
export function mergeReports(a: DossierReport, b: DossierReport, ...more: DossierReport[]): DossierReport {
  const reports = [a, b, ...more]
  for (let i = 0; i < reports.length; i++) checkReport(reports[i], `reports[${i}]`)
  const settings = a.settings
  for (let i = 1; i < reports.length; i++) {
    if (!sameSettings(settings, reports[i]!.settings)) {
      throw invalidArgument(`reports[${i}].settings`, reports[i]!.settings, `the same settings as reports[0]: ${settingsText(settings)}`)
    }
  }
  const totals = emptyCounts()
  const groups = new Map<string, DossierCounts>()
  for (const r of reports) {
    for (const k of COUNT_KEYS) totals[k] += r.counts[k]
    for (const key of Object.keys(r.groups)) {
      const s = r.groups[key]!
      let c = groups.get(key)
      if (c === undefined) {
        c = emptyCounts()
        groups.set(key, c)
      }
      for (const k of COUNT_KEYS) c[k] += s.counts[k]
    }
  }
  return buildReport(settings, totals, groups)
}

/**
 * Options of {@link indicatorPoints}: the points of the indicator and the rate that earns them all.
 *
 * @example
 * ```ts
 * import { indicatorPoints, type IndicatorPointsOptions } from 'hanhchinh/dossiers'
 * const curve: IndicatorPointsOptions = { max: 6, fullAt: 90 }
 * indicatorPoints('45', curve) //=> '3'
 * ```
 */
export interface IndicatorPointsOptions {
  /** The indicator's maximum points. */
  max: number
  /** The rate in percent at and above which every point is earned (0 < fullAt ≤ 100). */
  fullAt: number
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/

const INDICATOR_POINTS_OPTION_NAMES: OptionNames<IndicatorPointsOptions> = { max: true, fullAt: true }

/**
 * Points of a 766 indicator from its rate, on the pattern the national portal
 * uses for several indicators (3.1, 3.3, 3.5, 4.2, 4.3, 5.x): full points at or
 * above a threshold, `rate × max ÷ threshold` below it, rounded to 2 decimals.
 * The curve of indicator 2.1 (on-time dossiers, max 20 points) is
 * UNCONFIRMED: no threshold is assumed — pass the one your province applies.
 *
 * @param rate - the indicator rate in percent (e.g. `report.indicator766.rate`)
 * @param options - `max` points and the `fullAt` threshold in percent (both required)
 * @returns the points, or `undefined` when the rate is `undefined`
 *
 * @example
 * ```ts
 * import { indicatorPoints } from 'hanhchinh/dossiers'
 * indicatorPoints('98.86', { max: 20, fullAt: 100 }) //=> '19.77'
 * indicatorPoints('85', { max: 6, fullAt: 90 }) //=> '5.67'
 * indicatorPoints('95', { max: 6, fullAt: 90 }) //=> '6'
 * indicatorPoints('95', { max: 6, fullAt: 0 }) //=> throws RangeError: options.fullAt
 * indicatorPoints('95', { max: 6, fullAT: 90 } as never) //=> throws RangeError: Unknown option "fullAT" of indicatorPoints
 * ```
 */
export function indicatorPoints(
  rate: Decimal | string | number | undefined,
  options: IndicatorPointsOptions,
): Decimal | undefined {
  if (options === undefined) throw wrongType('options', options, '{ max, fullAt }')
  const { max, fullAt } = readOptions(options, INDICATOR_POINTS_OPTION_NAMES, 'indicatorPoints')
  if (typeof max !== 'number' || !(max > 0) || !Number.isFinite(max)) throw invalidArgument('options.max', max, 'a positive number of points')
  if (typeof fullAt !== 'number' || !(fullAt > 0) || fullAt > 100) throw invalidArgument('options.fullAt', fullAt, 'a threshold in percent, 0 < fullAt ≤ 100')
  if (rate === undefined) return undefined
  const expected = 'a percentage from 0 to 100 (a Decimal, a number or its decimal text)'
  let r: Decimal
  if (Decimal.isDecimal(rate)) r = new Decimal(rate)
  else if (typeof rate === 'number') r = new Decimal(rate)
  else if (typeof rate === 'string') {
    // Decimal reads exponents; a rate is a plain decimal number, 0 to 100 (linear, no backtracking)
    if (rate.length > 40 || !PLAIN_DECIMAL.test(rate)) throw invalidArgument('rate', rate, expected)
    r = new Decimal(rate)
  } else throw wrongType('rate', rate, expected)
  if (!r.isFinite() || r.isNegative() || r.gt(100)) throw invalidArgument('rate', typeof rate === 'object' ? rate.toString() : rate, expected)
  if (r.gte(fullAt)) return new Decimal(max)
  return r.times(max).div(fullAt).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
}
