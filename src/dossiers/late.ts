import { requireAsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { toDayNumber, toIsoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { vietnamCivilService } from '../calendar/index.js'
import { CLASSIFY_OPTION_NAMES, createClassifier, type Classification, type ClassifyOptions } from './classify.js'
import type { DeadlineCalendar } from './deadline-policy.js'
import { createDeadlineEngine, type DeadlineEngine } from './due-date.js'
import type { ReportPeriod } from './report.js'
import type { DossierLike } from './schema.js'

/**
 * A delay past the due date: whole days after the due date up to the day of
 * the finish (or of `asOf` for a dossier still open), counted as working days
 * of the calendar in use (the days in `(due date, end date]`) and as calendar
 * days. A dossier late by a few hours on its due day (an hour-based time
 * limit) has a delay of 0 days.
 *
 * @example
 * ```ts
 * import type { Delay } from 'hanhchinh/dossiers'
 * // due Friday 20/03/2026, finished Monday 23/03: one working day, three calendar days
 * const d: Delay = { workingDays: 1, days: 3 }
 * d.days - d.workingDays //=> 2
 * ```
 */
export interface Delay {
  workingDays: number
  days: number
}

/**
 * One late dossier of {@link lateDossiers}: returned (or processed) after the
 * due instant, or still open past it at `asOf`.
 *
 * - `dossier` — your record, as given (extra fields included);
 * - `code`, `agency`, `officer` — when the record has them (`officer` is read from a text field
 *   `officer` of your record: the one-stop exports name the officer handling the dossier);
 * - `status` — `'late'` (finished after the due instant) or `'in-progress-overdue'`;
 * - `due`, `dueDate` — the due instant and its date, after supplements and an extension;
 * - `finishedAt` — when it finished (late ones);
 * - `delay` — see {@link Delay};
 * - `awaitingSupplement` — open and waiting for the applicant (overdue only when the request came
 *   after the due instant);
 * - `dueBasis` — the rules the due date was computed with (`dueDate(...).basis`).
 *
 * @example
 * ```ts
 * import { lateDossiers, type LateDossier } from 'hanhchinh/dossiers'
 * const [late]: LateDossier[] = lateDossiers([
 *   { code: 'HS-1', receivedAt: '2026-03-16T09:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } },
 * ], { asOf: '2026-03-23' })
 * late?.delay //=> { workingDays: 2, days: 4 }
 * ```
 */
export interface LateDossier<D extends DossierLike = DossierLike> {
  dossier: D
  code?: string
  agency?: string
  officer?: string
  status: 'late' | 'in-progress-overdue'
  due: string
  dueDate: IsoDate
  finishedAt?: string
  delay: Delay
  awaitingSupplement: boolean
  dueBasis: LegalBasis[]
}

/**
 * Options of {@link lateDossiers}: those of {@link classifyDossier} (`asOf`
 * required, `finishedBy`, the due-date rules) and an optional `period`: with
 * it, only the dossiers that finished late within the period, and those still
 * open and overdue at its end (or at `asOf` if earlier), are listed.
 *
 * @example
 * ```ts
 * import type { LateDossiersOptions } from 'hanhchinh/dossiers'
 * const o: LateDossiersOptions = { asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' } }
 * o.period?.from //=> '2026-03-01'
 * ```
 */
export interface LateDossiersOptions extends ClassifyOptions {
  /** Only late finishes within the period, and dossiers open and overdue at its end. @defaultValue every dossier */
  period?: ReportPeriod | undefined
}

const LATE_OPTION_NAMES: OptionNames<LateDossiersOptions> = { ...CLASSIFY_OPTION_NAMES, period: true }
const PERIOD_NAMES: OptionNames<ReportPeriod> = { from: true, to: true }

/** What {@link lateDossiers} and `dossierAlerts` share: the classifier, the engine for the basis, the calendar. @internal */
export interface LateContext {
  classify: (d: DossierLike) => Classification
  engine: DeadlineEngine
  calendar: DeadlineCalendar
  asOfMs: number
  asOfDate: IsoDate
}

/** Build the context from classify options already read with `readOptions`. @internal */
export function lateContext(options: ClassifyOptions): LateContext {
  const { asOf, finishedBy, ...rules } = options
  const moment = requireAsOf(asOf)
  const classify = createClassifier({ ...rules, asOf: new Date(moment.epochMs), ...(finishedBy === undefined ? {} : { finishedBy }) })
  const engine = createDeadlineEngine(rules)
  return { classify, engine, calendar: rules.calendar ?? vietnamCivilService, asOfMs: moment.epochMs, asOfDate: moment.date }
}

/** The delay from the due date to `endDate`. @internal */
export function delayOf(calendar: DeadlineCalendar, dueDay: IsoDate, endDate: IsoDate): Delay {
  if (endDate <= dueDay) return { workingDays: 0, days: 0 }
  return { workingDays: calendar.workingDaysBetween(dueDay, endDate), days: toDayNumber(endDate) - toDayNumber(dueDay) }
}

/** The code, agency and officer of a record, when they are text. @internal */
export function whoOf(dossier: DossierLike): { code?: string; agency?: string; officer?: string } {
  const out: { code?: string; agency?: string; officer?: string } = {}
  if (typeof dossier.code === 'string') out.code = dossier.code
  if (typeof dossier.agency === 'string') out.agency = dossier.agency
  const officer: unknown = (dossier as { officer?: unknown }).officer
  if (typeof officer === 'string' && officer !== '') out.officer = officer
  return out
}

/** Check that the argument is an iterable of dossiers. @internal */
export function checkIterable(dossiers: unknown): void {
  if (dossiers === null || typeof dossiers !== 'object' || typeof (dossiers as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw wrongType('dossiers', dossiers, 'an iterable of dossiers')
  }
}

/**
 * The late dossiers at `asOf`, in input order: those returned (processed)
 * after their due instant, and those still open past it — each with its
 * delay in working days and calendar days ({@link Delay}), its due date and
 * the rules behind it, and the agency and officer when the record names them.
 * One pass over any iterable (an array, a generator over a large export):
 * memory grows with the late dossiers only.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid dossier or option
 *
 * @example
 * ```ts
 * import { lateDossiers } from 'hanhchinh/dossiers'
 * const limit = { amount: 3, unit: 'working-days' } as const
 * const list = lateDossiers([
 *   // received Mon 02/03/2026, due Thu 05/03, returned Tue 10/03: 3 working days late
 *   { code: 'HS-1', agency: 'Sở Xây dựng', officer: 'Nguyễn Văn An', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit,
 *     events: [{ type: 'returned', at: '2026-03-10T09:00:00+07:00' }] },
 *   // on time: not listed
 *   { code: 'HS-2', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit, events: [{ type: 'returned', at: '2026-03-05T09:00:00+07:00' }] },
 * ], { asOf: '2026-03-31' })
 * list.map((l) => [l.code, l.officer, l.dueDate, l.delay.workingDays, l.delay.days]) //=> [['HS-1', 'Nguyễn Văn An', '2026-03-05', 3, 5]]
 * lateDossiers([], {} as never) //=> throws TypeError: options.asOf
 * ```
 */
export function lateDossiers<D extends DossierLike>(dossiers: Iterable<D>, options: LateDossiersOptions): LateDossier<D>[] {
  if (options === undefined) throw new TypeError('Missing options.asOf of lateDossiers: pass the moment of the list — the library never reads the clock')
  const { period, ...classifyOptions } = readOptions(options, LATE_OPTION_NAMES, 'lateDossiers')
  let asOf = classifyOptions.asOf
  let fromDate: IsoDate | undefined
  let toDate: IsoDate | undefined
  if (period !== undefined) {
    const p = readOptions(period, PERIOD_NAMES, 'lateDossiers (options.period)')
    fromDate = toIsoDate(p.from, 'options.period.from')
    toDate = toIsoDate(p.to, 'options.period.to')
    if (toDate < fromDate) throw invalidArgument('options.period', period, 'a period whose `to` is not before `from`')
    const end = requireAsOf(toDate)
    if (end.epochMs < requireAsOf(asOf).epochMs) asOf = toDate
  }
  const ctx = lateContext({ ...classifyOptions, asOf: asOf! })
  checkIterable(dossiers)
  const out: LateDossier<D>[] = []
  for (const dossier of dossiers) {
    const c = ctx.classify(dossier)
    if (c.status !== 'late' && c.status !== 'in-progress-overdue') continue
    let endDate = ctx.asOfDate
    if (c.status === 'late') {
      endDate = c.finishedAt!.slice(0, 10) as IsoDate
      if (fromDate !== undefined && endDate < fromDate) continue
    }
    out.push(lateRow(ctx, dossier, c, endDate))
  }
  return out
}

/** One row of the late list. @internal */
export function lateRow<D extends DossierLike>(ctx: LateContext, dossier: D, c: Classification, endDate: IsoDate): LateDossier<D> {
  return {
    dossier,
    ...whoOf(dossier),
    status: c.status as 'late' | 'in-progress-overdue',
    due: c.due,
    dueDate: c.dueDate,
    ...(c.finishedAt === undefined ? {} : { finishedAt: c.finishedAt }),
    delay: delayOf(ctx.calendar, c.dueDate, endDate),
    awaitingSupplement: c.awaitingSupplement,
    dueBasis: ctx.engine.dueDate(dossier, new Date(ctx.asOfMs)).basis,
  }
}
