import { requireAsOf, type AsOf } from '../core/as-of.js'
import { formatVietnamDateTime } from '../core/instant.js'
import { fromDayNumber, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { DOSSIER_BASIS } from './basis.js'
import { DUE_DATE_OPTION_NAMES, type DueDateOptions } from './deadline-policy.js'
import { createEngine } from './due-date.js'
import { idleInstance, keepIdleInstance } from './idle-instances.js'
import { MS_DAY, OFFSET_MS, vnDay } from './instants.js'
import { EVENT_LABELS, type DossierLike } from './schema.js'
import { dueDayOf, newWalk, TimelineWalker, type Walk } from './timeline.js'

/**
 * The status of a dossier at a given instant (`asOf`):
 *
 * - finished (processing done, or result returned — see {@link FinishedBy}): `'early'` (trước
 *   hạn) before the due date, `'on-time'` (đúng hạn) on the due date, `'late'` (quá hạn) after
 *   the due instant — TT 01/2018/TT-VPCP Art 13, index 1: shorter / equal / longer;
 * - not finished: `'in-progress'` (đang giải quyết, trong hạn) or `'in-progress-overdue'`
 *   (đang giải quyết, quá hạn) once `asOf` is past the due instant;
 * - ended otherwise: `'refused'` (từ chối), `'stopped'` (dừng xử lý), `'withdrawn'` (công dân
 *   rút hồ sơ);
 * - `'unknown-end'` — the source says the dossier ended (a recorded status such as "Đã trả kết quả"
 *   or "Từ chối", or a recorded class "Đúng hạn") but no event gives the end date: neither in
 *   progress nor finished in time or late ({@link validateDossier} reports it as
 *   `'status-without-end'`).
 *
 * @example
 * ```ts
 * import type { DossierStatus } from 'hanhchinh/dossiers'
 * const s: DossierStatus = 'in-progress-overdue'
 * s //=> 'in-progress-overdue'
 * ```
 */
export type DossierStatus =
  | 'early'
  | 'on-time'
  | 'late'
  | 'in-progress'
  | 'in-progress-overdue'
  | 'refused'
  | 'stopped'
  | 'withdrawn'
  | 'unknown-end'

/**
 * Every {@link DossierStatus}, in report order.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATUSES } from 'hanhchinh/dossiers'
 * DOSSIER_STATUSES.length //=> 9
 * DOSSIER_STATUSES[0] //=> 'early'
 * ```
 */
export const DOSSIER_STATUSES: readonly DossierStatus[] = Object.freeze([
  'early', 'on-time', 'late', 'in-progress', 'in-progress-overdue', 'refused', 'stopped', 'withdrawn', 'unknown-end',
])

/**
 * Bilingual labels of the statuses, in the wording of provincial reports.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATUS_LABELS } from 'hanhchinh/dossiers'
 * DOSSIER_STATUS_LABELS.early.vi //=> 'Trước hạn'
 * DOSSIER_STATUS_LABELS['in-progress-overdue'].en //=> 'In progress, overdue'
 * ```
 */
export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus, Label>> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
  'in-progress': { vi: 'Đang giải quyết trong hạn', en: 'In progress, within time' },
  'in-progress-overdue': { vi: 'Đang giải quyết quá hạn', en: 'In progress, overdue' },
  // the three endings that are events too share their labels
  refused: EVENT_LABELS.refused,
  stopped: EVENT_LABELS.stopped,
  withdrawn: EVENT_LABELS.withdrawn,
  'unknown-end': { vi: 'Đã kết thúc, không rõ ngày kết thúc', en: 'Ended, end date unknown' },
}

/**
 * Which event finishes a dossier for classification:
 *
 * - `'processed'` (default) — the first of "đã xử lý xong" (processing done) or, when there is
 *   none, "đã trả kết quả" (result returned): the national portal's 766 rule, which prefers the
 *   processing-done time when both exist;
 * - `'returned'` — only the hand-over of the result counts (some provincial reports, e.g. the
 *   Gia Lai convention of hand-over to the one-stop desk).
 *
 * @example
 * ```ts
 * import type { FinishedBy } from 'hanhchinh/dossiers'
 * const f: FinishedBy = 'returned'
 * f //=> 'returned'
 * ```
 */
export type FinishedBy = 'processed' | 'returned'

/**
 * Options of {@link classifyDossier}: the due-date options plus the instant of
 * the classification (required — the library never reads the clock) and the
 * finishing event.
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from 'hanhchinh/dossiers'
 * const o: ClassifyOptions = { asOf: '2026-03-31T23:59:59+07:00', finishedBy: 'processed', cutoff: '15:00' }
 * o.finishedBy //=> 'processed'
 * ```
 */
export interface ClassifyOptions extends DueDateOptions {
  /**
   * The moment of the classification: events after it are ignored. An ISO date is the END of
   * that day in Vietnam time; an ISO date-time with offset or a `Date` is that instant.
   */
  asOf: AsOf
  /** Which event finishes a dossier. @defaultValue `'processed'` */
  finishedBy?: FinishedBy | undefined
}

/**
 * The status of a dossier with the figures behind it.
 *
 * @example
 * ```ts
 * import { classifyDossier, type Classification } from 'hanhchinh/dossiers'
 * const c: Classification = classifyDossier(
 *   { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' }, events: [] },
 *   { asOf: '2026-03-04T12:00:00+07:00' },
 * )
 * c.status //=> 'in-progress'
 * ```
 */
export interface Classification {
  status: DossierStatus
  label: Label
  /** The due instant (after supplements and extension), ISO in Vietnam time. */
  due: string
  /** Its civil date. */
  dueDate: IsoDate
  /** When the dossier finished (or was refused, stopped, withdrawn), if it did by `asOf`. */
  finishedAt?: string
  /** Whether a supplement request is unanswered at `asOf` (the clock is suspended). */
  awaitingSupplement: boolean
  /** Whether the due date comes from a calendar year whose schedule is not announced. */
  provisional: boolean
  /** The rules applied. */
  basis: LegalBasis[]
}

/** Numeric status codes used on the hot path; index into {@link DOSSIER_STATUSES}. @internal */
export const S_EARLY = 0, S_ON_TIME = 1, S_LATE = 2, S_IN_PROGRESS = 3, S_OVERDUE = 4, S_REFUSED = 5, S_STOPPED = 6, S_WITHDRAWN = 7,
  S_UNKNOWN_END = 8

/** Classify a walked timeline at its `asOfMs` (no allocation). @internal */
export function statusOf(w: Walk): number {
  switch (w.finishType) {
    case 0: {
      if (w.unknownEnd) return S_UNKNOWN_END
      const awaiting = w.awaitingSinceMs
      if (awaiting === awaiting) return awaiting > w.dueMs ? S_OVERDUE : S_IN_PROGRESS
      return w.asOfMs > w.dueMs ? S_OVERDUE : S_IN_PROGRESS
    }
    case 1:
    case 2:
      if (w.finishMs > w.dueMs) return S_LATE
      return vnDay(w.finishMs) < dueDayOf(w) ? S_EARLY : S_ON_TIME
    case 3:
      return S_REFUSED
    case 4:
      return S_STOPPED
    default:
      return S_WITHDRAWN
  }
}

/** {@link DOSSIER_STATUS_LABELS} by status code (the index in {@link DOSSIER_STATUSES}). */
const LABELS_BY_CODE: readonly Label[] = DOSSIER_STATUSES.map((s) => DOSSIER_STATUS_LABELS[s])

/** Check and read the `finishedBy` option. @internal */
export function readFinishedBy(value: unknown): FinishedBy {
  return readChoice(value, ['processed', 'returned'], 'processed', 'options.finishedBy')
}

/** Every option name of {@link ClassifyOptions}. @internal */
export const CLASSIFY_OPTION_NAMES: OptionNames<ClassifyOptions> = { ...DUE_DATE_OPTION_NAMES, finishedBy: true }

/**
 * Classify a dossier at `asOf`: early / on time / late when finished,
 * in progress (within time or overdue) when not, or refused / stopped /
 * withdrawn (see {@link DossierStatus}).
 *
 * The due instant is that of {@link dueDate} with the same options. A finished
 * dossier is `'late'` when it finished after the due instant, `'early'` when it
 * finished on an earlier civil date, and `'on-time'` otherwise (on the due
 * date). A dossier awaiting a supplement is overdue only if the request itself
 * came after the due instant (the clock is suspended while the applicant
 * supplements, as in the national portal's rule). Only the Vietnam-time
 * instants matter: the host time zone never does.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid dossier or option, or an
 * unknown option name
 *
 * @example
 * ```ts
 * import { classifyDossier } from 'hanhchinh/dossiers'
 * const dossier = {
 *   receivedAt: '2024-04-25T09:00:00+07:00',
 *   timeLimit: { amount: 3, unit: 'working-days' },
 *   events: [{ type: 'processed', at: '2024-05-03T10:00:00+07:00' }],
 * } as const
 * // 25/04/2024 + 3 working days skips 27/04–01/05 (holidays and swapped Monday): due Friday 03/05
 * classifyDossier(dossier, { asOf: '2024-05-31T00:00:00+07:00' }) //=> { status: 'on-time', dueDate: '2024-05-03' }
 * classifyDossier(dossier, { asOf: '2024-05-02T12:00:00+07:00' }).status //=> 'in-progress'
 * classifyDossier(dossier, { asOf: '2024-05-03' }).status //=> 'on-time'
 * classifyDossier(dossier, {} as never) //=> throws TypeError: options.asOf
 * classifyDossier(dossier, { asOf: '2024-05-31', finishBy: 'returned' } as never) //=> throws RangeError: Unknown option "finishBy" of classifyDossier (did you mean "finishedBy"?
 * ```
 */
export function classifyDossier(dossier: DossierLike, options: ClassifyOptions): Classification {
  return classifierFor(options, 'classifyDossier')(dossier)
}

/**
 * Build a classifier for many dossiers with the same options and `asOf`: the
 * options are checked once and the calendar look-ups are cached inside it
 * (see {@link classifyDossier} for the rules).
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid option
 *
 * @example
 * ```ts
 * import { createClassifier } from 'hanhchinh/dossiers'
 * const classify = createClassifier({ asOf: '2026-02-24T17:00:00+07:00', cutoff: '15:00' })
 * const limit = { amount: 5, unit: 'working-days' } as const
 * classify({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: limit }).dueDate //=> '2026-02-26'
 * classify({ receivedAt: '2026-02-05T10:00:00+07:00', timeLimit: limit }).status //=> 'in-progress-overdue'
 * ```
 */
export function createClassifier(options: ClassifyOptions): (dossier: DossierLike) => Classification {
  return classifierFor(options, 'createClassifier')
}

/** Two-digit texts '00'…'59'. */
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : String(i)))
/** Day numbers of 0001-01-01 and 9999-12-31. */
const FIRST_DAY = -719_162, LAST_DAY = 2_932_896

/**
 * The texts of a classifier's results: civil dates cached per day number (the instance's, never
 * the module's), instants written from the cached date and two-digit tables — the same text as
 * `formatVietnamDateTime` / `fromDayNumber`, without a `Date` or a regular expression per dossier.
 * @internal
 */
class InstantTexts {
  private readonly days = new Map<number, IsoDate>()

  constructor() {
    keepIdleInstance(InstantTexts, () => new InstantTexts())
  }

  /** `fromDayNumber(day)`, cached. */
  date(day: number): IsoDate {
    let s = this.days.get(day)
    if (s === undefined) {
      s = fromDayNumber(day)
      if (this.days.size >= 100_000) this.days.clear()
      this.days.set(day, s)
    }
    return s
  }

  /** `formatVietnamDateTime(ms)`. */
  instant(ms: number): string {
    const day = vnDay(ms)
    if (!(day >= FIRST_DAY && day <= LAST_DAY)) return formatVietnamDateTime(ms)
    const t = ms + OFFSET_MS - day * MS_DAY
    const milli = t % 1000
    const sec = (t - milli) / 1000
    const minute = (sec / 60) | 0
    const second = sec - minute * 60
    const head = this.date(day) + HOUR_MINUTE[minute]!
    return milli === 0 ? head + SECOND_OFFSET[second]! : `${head}${TWO[second]!}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}+07:00`
  }
}

/**
 * The due texts of a classifier (its instant and its civil date), in a direct-mapped cache of
 * `DUE_SLOTS` entries by due day: dues repeat from dossier to dossier (the end of a due day).
 * @internal
 */
class DueTexts {
  private readonly keys = new Float64Array(DUE_SLOTS).fill(NaN)
  private readonly instants: string[] = new Array<string>(DUE_SLOTS).fill('')
  private readonly dates: IsoDate[] = new Array<IsoDate>(DUE_SLOTS).fill('' as IsoDate)
  /** The date text of the last {@link DueTexts.instant}. */
  date: IsoDate = '' as IsoDate

  constructor(private readonly texts: InstantTexts) {
    keepIdleInstance(DueTexts, () => new DueTexts(idleInstance(InstantTexts) ?? texts))
  }

  /** `formatVietnamDateTime(ms)`, and its civil date in `date`. */
  instant(ms: number): string {
    const day = vnDay(ms)
    const slot = day & (DUE_SLOTS - 1)
    if (this.keys[slot] === ms) {
      this.date = this.dates[slot]!
      return this.instants[slot]!
    }
    const text = this.texts.instant(ms)
    this.date = this.texts.date(day)
    this.keys[slot] = ms
    this.instants[slot] = text
    this.dates[slot] = this.date
    return text
  }
}

const DUE_SLOTS = 1024
/** `THH:mm:` of each minute of a day. */
const HOUR_MINUTE = Array.from({ length: 1440 }, (_, m) => `T${TWO[Math.floor(m / 60)]!}:${TWO[m % 60]!}:`)
/** `ss+07:00` of each second of a minute. */
const SECOND_OFFSET = TWO.map((s) => `${s}+07:00`)

/** Every {@link LegalBasis} list a classification can cite, built once (each result gets a copy). */
function basisLists(restartBasis: LegalBasis): readonly (readonly LegalBasis[])[] {
  const lists: LegalBasis[][] = []
  for (let k = 0; k < 4; k++) {
    const l: LegalBasis[] = [DOSSIER_BASIS.timelinessScore]
    if (k & 1) l.push(restartBasis)
    if (k & 2) l.push(DOSSIER_BASIS.extensionOnce)
    lists.push(l)
  }
  return lists
}

function classifierFor(options: ClassifyOptions, where: string): (dossier: DossierLike) => Classification {
  const { asOf, finishedBy: finishedByOption, ...rules } = readOptions(options, CLASSIFY_OPTION_NAMES, where)
  const asOfMs = requireAsOf(asOf).epochMs
  const finishedBy = readFinishedBy(finishedByOption)
  const engine = createEngine(rules, where)
  const walker = new TimelineWalker(engine, true)
  const restartBasis = engine.policy.supplement === 'restart' ? DOSSIER_BASIS.supplementRestart : DOSSIER_BASIS.supplementPause
  const bases = basisLists(restartBasis)
  const texts = new InstantTexts()
  const dues = new DueTexts(texts)
  const supplement = engine.policy.supplement
  // one scratch walk, read at once into the result: no allocation but the result itself
  const w = newWalk(finishedBy, asOfMs)
  return (dossier: DossierLike): Classification => {
    walker.walk(dossier, supplement, w)
    const code = statusOf(w)
    const status = DOSSIER_STATUSES[code]!
    const label = LABELS_BY_CODE[code]!
    const due = dues.instant(w.dueMs)
    const dueDate = dues.date
    const awaitingSupplement = w.finishType === 0 && !w.unknownEnd && w.awaitingSinceMs === w.awaitingSinceMs
    const basis = bases[(w.requests > 0 ? 1 : 0) + (w.extensions > 0 ? 2 : 0)]!.slice()
    // the same keys in the same order as ever (finishedAt only when the dossier ended by asOf)
    return w.finishType !== 0
      ? { status, label, due, dueDate, finishedAt: texts.instant(w.finishMs), awaitingSupplement, provisional: w.provisional, basis }
      : { status, label, due, dueDate, awaitingSupplement, provisional: w.provisional, basis }
  }
}
