import { readAsOf, type AsOf } from '../core/as-of.js'
import { fromDayNumber, type IsoDate } from '../core/iso-date.js'
import { formatVietnamDateTime } from '../core/instant.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions } from '../core/options.js'
import { vietnamCivilService } from '../calendar/index.js'
import { Engine } from './deadline-engine.js'
import {
  DEADLINE_ENGINE_OPTION_NAMES, DUE_DATE_OPTION_NAMES, refuseAsOfOption, resolvePolicy,
  type DeadlineCalendar, type DeadlineEngineOptions, type DueDateOptions, type ResolvedDuePolicy,
} from './deadline-policy.js'
import { dueBasis, REASONS } from './explanation.js'
import { vnDay } from './instants.js'
import type { DossierLike } from './schema.js'
import { newWalk, TimelineWalker, type WalkNotes } from './timeline.js'

// The public due date: `dueDate` and `createDeadlineEngine`, the result they return, built from
// the policy (deadline-policy.ts), the counting engine (deadline-engine.ts), the timeline walk
// (timeline.ts) and the explanation (explanation.ts).

/**
 * The appointment (hẹn trả) of a dossier and how it was reached.
 *
 * @example
 * ```ts
 * import { dueDate, type DueDateResult } from 'hanhchinh/dossiers'
 * const r: DueDateResult = dueDate({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } })
 * r.dueDate //=> '2026-03-05'
 * ```
 */
export interface DueDateResult {
  /** The due instant, ISO date-time in Vietnam time (`+07:00`). */
  due: string
  /** Same as `due`. */
  dueAt: string
  /** The civil date of `due` in Vietnam time — the date printed on the receipt. */
  dueDate: IsoDate
  /** When the clock started (after the cut-off, or after the last supplement under `'restart'`). */
  startedAt: string
  /** The civil date counted as the day of receipt (not itself counted, BLDS Art 147(2)). */
  startDate: IsoDate
  /** Due instant before an extension moved it, if one did. */
  originalDue?: string
  /** Whether an extension moved the due date. */
  extended: boolean
  /** Elapsed milliseconds added for supplements under `'pause'`. */
  pausedMs: number
  /** Set while a supplement request is unanswered: the clock is suspended since this instant. */
  suspendedSince?: string
  /** True when the calendar had to guess (a year whose schedule is not announced). */
  provisional: boolean
  /** Why the result is provisional, and the policy decisions that shaped it, in Vietnamese and English. */
  reasons: Label[]
  /** The rules applied. */
  basis: LegalBasis[]
  policy: ResolvedDuePolicy
}

/**
 * A due-date calculator with its options checked once and a per-instance
 * cache of calendar look-ups, so that computing the deadlines of a million
 * dossiers costs a few hash look-ups each. Build one with
 * {@link createDeadlineEngine} to reuse the cache across calls; the cache
 * belongs to the engine, never to the module.
 *
 * @example
 * ```ts
 * import { createDeadlineEngine, type DeadlineEngine } from 'hanhchinh/dossiers'
 * const engine: DeadlineEngine = createDeadlineEngine({ cutoff: '15:00' })
 * engine.dueDate({ receivedAt: '2026-02-12T15:30:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }).dueDate
 * //=> '2026-02-27'
 * ```
 */
export interface DeadlineEngine {
  /** The calendar in use. */
  readonly calendar: DeadlineCalendar
  /** The policy, with every default filled in. */
  readonly policy: ResolvedDuePolicy
  /**
   * The appointment of one dossier, taking into account events up to `asOf` (all when omitted;
   * an ISO date is the end of that day in Vietnam time).
   */
  dueDate(dossier: DossierLike, asOf?: AsOf): DueDateResult
}


/** The engine behind {@link dueDate} and {@link createDeadlineEngine}: counting, walk and explanation. */
class PublicEngine implements DeadlineEngine {
  readonly calendar: DeadlineCalendar
  readonly policy: ResolvedDuePolicy
  private readonly walker: TimelineWalker

  constructor(options: DeadlineEngineOptions, where: string) {
    const engine = createEngine(options, where)
    this.walker = new TimelineWalker(engine)
    this.calendar = engine.calendar
    this.policy = engine.policy
  }

  dueDate(dossier: DossierLike, asOf?: AsOf): DueDateResult {
    const asOfMs = asOf === undefined ? Infinity : readAsOf(asOf, 'asOf').epochMs
    const notes: WalkNotes = { reasons: [] }
    const w = this.walker.walk(dossier, this.policy.supplement, newWalk('processed', asOfMs), notes)
    const policy = this.policy
    if (w.startMs !== w.receivedMs && w.requests === 0) {
      notes.reasons.unshift(
        w.startDay !== vnDay(w.receivedMs)
          ? REASONS.receivedAfterCutoff(policy.cutoff ?? '', fromDayNumber(w.startDay))
          : REASONS.receivedBeforeOpening(w.startMs),
      )
    }
    const extended = w.originalDueMs === w.originalDueMs
    const awaiting = w.awaitingSinceMs === w.awaitingSinceMs
    if (awaiting) notes.reasons.push(REASONS.awaitingSupplement())
    const due = formatVietnamDateTime(w.dueMs)
    return {
      due,
      dueAt: due,
      dueDate: fromDayNumber(vnDay(w.dueMs)),
      startedAt: formatVietnamDateTime(w.startMs),
      startDate: fromDayNumber(w.startDay),
      ...(extended ? { originalDue: formatVietnamDateTime(w.originalDueMs) } : {}),
      extended,
      pausedMs: w.pausedMs,
      ...(awaiting ? { suspendedSince: formatVietnamDateTime(w.awaitingSinceMs) } : {}),
      provisional: w.provisional,
      reasons: notes.reasons,
      basis: dueBasis(dossier.timeLimit.unit, policy, w.requests, w.extensions),
      policy,
    }
  }
}

/** A {@link DeadlineEngine} for deadline options already read by the public function `where`. @internal */
export function deadlineEngineFor(options: DeadlineEngineOptions, where: string): DeadlineEngine {
  return new PublicEngine(options, where)
}

/**
 * The counting engine for deadline options already read by the public function `where`
 * (`readOptions`): policy checked, calendar defaulted to `vietnamCivilService`. @internal
 */
export function createEngine(options: DeadlineEngineOptions, where: string): Engine {
  return new Engine(resolvePolicy(options, where), options.calendar ?? vietnamCivilService)
}

/**
 * Build a {@link DeadlineEngine}: the options are checked once and calendar
 * look-ups are cached in the engine (never globally).
 *
 * @throws RangeError for an invalid or unknown option (a cut-off that is not `HH:mm`, an unknown
 * policy, a misspelt name, or `asOf`, which belongs to each `engine.dueDate` call)
 *
 * @example
 * ```ts
 * import { createDeadlineEngine } from 'hanhchinh/dossiers'
 * const engine = createDeadlineEngine({ dueTime: 'end-of-office-hours' })
 * engine.dueDate({ receivedAt: '2024-04-26T09:00:00+07:00', timeLimit: { amount: 2, unit: 'working-days' } }).due
 * //=> '2024-05-03T16:30:00+07:00'
 * createDeadlineEngine({ cutoff: '25:00' }) //=> throws RangeError: options.cutoff
 * createDeadlineEngine({ cuttoff: '15:00' } as never) //=> throws RangeError: Unknown option "cuttoff" of createDeadlineEngine (did you mean "cutoff"?
 * ```
 */
export function createDeadlineEngine(options?: DeadlineEngineOptions): DeadlineEngine {
  refuseAsOfOption(options, 'dueDate, or engine.dueDate(dossier, asOf)', 'createDeadlineEngine')
  return new PublicEngine(readOptions(options, DEADLINE_ENGINE_OPTION_NAMES, 'createDeadlineEngine'), 'createDeadlineEngine')
}

/**
 * The appointment (ngày hẹn trả) of a dossier: the due instant and date, and
 * why.
 *
 * - `'working-days'` — the n-th working day after the day of receipt; the day of receipt is not
 *   counted (BLDS 2015 Art 147(2)) and non-working days are skipped;
 * - `'days'` — n calendar days after the day of receipt; an end on a weekly rest day or holiday
 *   rolls to the next working day (Art 148(5));
 * - `'months'` — the corresponding day of the n-th month after (or its last day), rolled the same
 *   way (Art 148(3), (5));
 * - `'working-hours'` — counted through the calendar's office hours from the receipt instant;
 * - `'hours'` — elapsed hours from the receipt instant (Art 147(1)).
 *
 * Day-based periods end at the end of the last day (`dueTime`, default 24:00 per Art 148).
 * The optional `cutoff` moves a late or non-working-day receipt to the next working day. A
 * supplement restarts the clock (`'restart'`, default) or pauses it (`'pause'`). An extension
 * (`'extended'` event) moves the due date to its `newDue` once; a second one is a `RangeError`
 * naming the event — use {@link validateTimeline} to find such data without throwing.
 * `provisional` is true when the calendar had to guess a future year's schedule. `asOf` (an ISO
 * date — the end of that day in Vietnam time —, a date-time with offset, or a `Date`) leaves out
 * the events after it. Every option name is checked: a misspelt one is a RangeError naming it.
 *
 * @throws RangeError for an invalid dossier (bad instant, limit) or option, or more extensions
 * than allowed
 *
 * @example
 * ```ts
 * import { dueDate } from 'hanhchinh/dossiers'
 * // Received Thursday 12/02/2026, 5 working days; Tết 2026 closes offices 14–22/02
 * const d = dueDate({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } })
 * d.dueDate //=> '2026-02-26'
 * d.due //=> '2026-02-26T23:59:59.999+07:00'
 * // After the 15:00 cut-off, receipt counts from Friday 13/02
 * dueDate({ receivedAt: '2026-02-12T15:30:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }, { cutoff: '15:00' }).dueDate
 * //=> '2026-02-27'
 * dueDate({ receivedAt: '2026-02-12T10:00:00', timeLimit: { amount: 5, unit: 'working-days' } })
 * //=> throws RangeError: dossier.receivedAt
 * dueDate({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }, { cuttoff: '15:00' } as never)
 * //=> throws RangeError: Unknown option "cuttoff" of dueDate (did you mean "cutoff"?
 * ```
 */
export function dueDate(dossier: DossierLike, options?: DueDateOptions): DueDateResult {
  const o = readOptions(options, DUE_DATE_OPTION_NAMES, 'dueDate')
  const { asOf, ...rules } = o
  return new PublicEngine(rules, 'dueDate').dueDate(dossier, asOf)
}
