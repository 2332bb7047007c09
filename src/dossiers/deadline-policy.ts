import type { AsOf } from '../core/as-of.js'
import { invalidArgument } from '../core/errors.js'
import { parseTimeOfDay } from '../core/instant.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'

// The deadline policy: the rules a due date is computed under (the options of `dueDate` and
// of every function that computes due dates), their names, defaults and checks.

/**
 * What the deadline functions need from a working-day calendar: the
 * `WorkCalendar` of `hanhchinh/calendar` (such as `vietnamCivilService`, the
 * default) has all of it; a local calendar (a province that opens on
 * Saturday mornings, say) can be built with `createWorkCalendar`.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar } from 'hanhchinh/dossiers'
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * const cal: DeadlineCalendar = vietnamCivilService
 * cal.isWorkingDay('2026-02-16') //=> false
 * ```
 */
export interface DeadlineCalendar {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean
  /** The n-th working day after `date`, with `provisional` and `reasons`. */
  addWorkingDaysDetailed(date: string, n: number): { date: string; provisional: boolean; reasons: readonly unknown[] }
  /** Working days in `(a, b]`. */
  workingDaysBetween(a: string, b: string): number
  /**
   * Office sessions of a working day, in order and not overlapping: working-hour limits, the
   * cut-off's opening hour and `'end-of-office-hours'` are counted through them with the
   * calendar's own office-time arithmetic (`hanhchinh/calendar`).
   */
  readonly officeHours: ReadonlyArray<{ readonly start: string; readonly end: string }>
}

/**
 * How a supplement request (yêu cầu bổ sung) affects the clock:
 *
 * - `'restart'` — the time limit is counted again from the beginning once the full dossier is
 *   received (NĐ 61/2018 Art 19(4)); the due date is recomputed from the supplement's receipt;
 * - `'pause'` — the waiting time (supplement received − supplement requested, elapsed time) is
 *   added to the due instant, which is the same as subtracting it from the processing time, as
 *   the national portal's 766 rule does.
 *
 * @example
 * ```ts
 * import type { SupplementPolicy } from 'hanhchinh/dossiers'
 * const p: SupplementPolicy = 'pause'
 * p //=> 'pause'
 * ```
 */
export type SupplementPolicy = 'restart' | 'pause'

/**
 * The time of day a day-based period ends on its last day:
 *
 * - `'end-of-day'` — 24:00, per Bộ luật Dân sự 2015 Art 148(1) and (6) (written as
 *   `23:59:59.999+07:00`, the last representable instant of the day);
 * - `'end-of-office-hours'` — the end of the calendar's last office session (16:30 in the default calendar), the
 *   hour many one-stop desks print on the appointment slip.
 *
 * @example
 * ```ts
 * import type { DueTime } from 'hanhchinh/dossiers'
 * const t: DueTime = 'end-of-office-hours'
 * t //=> 'end-of-office-hours'
 * ```
 */
export type DueTime = 'end-of-day' | 'end-of-office-hours'

/**
 * Options of `dueDate` (and of `classifyDossier` and
 * `dossierReport`, which compute due dates the same way). Every default
 * is listed in `docs/dossiers.md` with its legal basis.
 *
 * @example
 * ```ts
 * import { dueDate, type DueDateOptions } from 'hanhchinh/dossiers'
 * const options: DueDateOptions = { cutoff: '15:00', supplement: 'pause', dueTime: 'end-of-office-hours' }
 * dueDate({ receivedAt: '2026-03-02T16:00:00+07:00', timeLimit: { amount: 1, unit: 'working-days' } }, options).due
 * //=> '2026-03-04T16:30:00+07:00'
 * ```
 */
export interface DueDateOptions {
  /** The working-day calendar. @defaultValue `vietnamCivilService` from `hanhchinh/calendar` */
  calendar?: DeadlineCalendar | undefined
  /**
   * Receipt cut-off `'HH:mm'` in Vietnam time (e.g. `'15:00'`, NĐ 61/2018 Art 18 by analogy —
   * UNCONFIRMED as a receipt rule): a dossier received after it, or on a non-working day, counts
   * as received on the next working day (at the start of office hours for hour limits); one
   * received before the opening of a working day counts from the opening.
   * @defaultValue none — the receipt instant counts as given
   */
  cutoff?: string | undefined
  /** Effect of a supplement request on the clock. @defaultValue `'restart'` (NĐ 61/2018 Art 19(4)) */
  supplement?: SupplementPolicy | undefined
  /** End of the last day of a day-based period. @defaultValue `'end-of-day'` (BLDS 2015 Art 148) */
  dueTime?: DueTime | undefined
  /**
   * The apology-and-extension rule (NĐ 61/2018 Art 19(9), UNCONFIRMED after 2025-07-01):
   * `maxCount` extensions allowed (more is an error), notified at least `minNoticeDays` calendar
   * days before the due date; a late notice is `'ignore'`d (the due date does not move) or
   * `'apply'`-ed anyway.
   * @defaultValue `{ maxCount: 1, minNoticeDays: 1, late: 'ignore' }`
   */
  extension?: ExtensionOptions | undefined
  /**
   * Use the appointment recorded by the one-stop system (`appointmentAt`) instead of computing
   * one from the time limit, when the dossier has it. Events still apply on top of it: an
   * extension moves it, `'pause'` adds the supplement waiting time (as the 766 rule does), and
   * `'restart'` recomputes it from the limit once the full dossier is received. @defaultValue false
   */
  useRecordedAppointment?: boolean | undefined
  /**
   * Only events at or before this moment are taken into account: an ISO date (the END of that
   * day in Vietnam time), an ISO date-time with offset, or a `Date` (see `AsOf` in
   * `hanhchinh/core`). @defaultValue all events
   */
  asOf?: AsOf | undefined
}

/**
 * The policy a due date was computed under, with every default filled in.
 *
 * @example
 * ```ts
 * import { dueDate, type ResolvedDuePolicy } from 'hanhchinh/dossiers'
 * const p: ResolvedDuePolicy = dueDate({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'days' } }).policy
 * p //=> { cutoff: null, supplement: 'restart', dueTime: 'end-of-day' }
 * ```
 */
export interface ResolvedDuePolicy {
  readonly cutoff: string | null
  readonly supplement: SupplementPolicy
  readonly dueTime: DueTime
  readonly extension: { readonly maxCount: number; readonly minNoticeDays: number; readonly late: 'ignore' | 'apply' }
  readonly useRecordedAppointment: boolean
}

/**
 * The apology-and-extension rule of {@link DueDateOptions} (NĐ 61/2018 Art 19(9)).
 *
 * @example
 * ```ts
 * import { dueDate, type ExtensionOptions } from 'hanhchinh/dossiers'
 * const extension: ExtensionOptions = { maxCount: 1, minNoticeDays: 1, late: 'apply' }
 * dueDate({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'days' } }, { extension }).policy.extension.late
 * //=> 'apply'
 * ```
 */
export interface ExtensionOptions {
  /** Extensions allowed; one more is an error. @defaultValue 1 */
  maxCount?: number | undefined
  /** Calendar days of notice required before the due date. @defaultValue 1 */
  minNoticeDays?: number | undefined
  /** A notice given later than that is `'ignore'`d or `'apply'`-ed anyway. @defaultValue `'ignore'` */
  late?: 'ignore' | 'apply' | undefined
}

/** Every option name of {@link DueDateOptions} (the compiler checks the list is complete). @internal */
export const DUE_DATE_OPTION_NAMES: OptionNames<DueDateOptions> = {
  calendar: true, cutoff: true, supplement: true, dueTime: true, extension: true, useRecordedAppointment: true, asOf: true,
}

const EXTENSION_OPTION_NAMES: OptionNames<ExtensionOptions> = { maxCount: true, minNoticeDays: true, late: true }

/**
 * The deadline options without `asOf`: what a {@link DeadlineEngine} is built with (the moment
 * is given to each `engine.dueDate(dossier, asOf)` call).
 *
 * @example
 * ```ts
 * import { createDeadlineEngine, type DeadlineEngineOptions } from 'hanhchinh/dossiers'
 * const o: DeadlineEngineOptions = { cutoff: '15:00', supplement: 'pause' }
 * createDeadlineEngine(o).policy.supplement //=> 'pause'
 * ```
 */
export type DeadlineEngineOptions = Omit<DueDateOptions, 'asOf'>

/** Option names of {@link DeadlineEngineOptions}. @internal */
export const DEADLINE_ENGINE_OPTION_NAMES: OptionNames<DeadlineEngineOptions> = {
  calendar: true, cutoff: true, supplement: true, dueTime: true, extension: true, useRecordedAppointment: true,
}

/**
 * Refuse `asOf` where the function takes its moment elsewhere (or looks at the whole timeline),
 * before the options are read: passing it shows the caller expects an effect it would not have.
 * @internal
 */
export function refuseAsOfOption(options: unknown, needs: string, where: string): void {
  if (options !== null && typeof options === 'object') refuseIgnoredOption(options, 'asOf', false, needs, where)
}

/** The resolved policy and the cut-off in ms after midnight (-1: none). @internal */
export interface PolicyReading {
  policy: ResolvedDuePolicy
  cutoffMs: number
}

/**
 * Check the deadline options (already read with `readOptions` by the public function, which
 * names itself in `where`) and fill in every default.
 * @internal
 */
export function resolvePolicy(options: DeadlineEngineOptions, where: string): PolicyReading {
  const supplement = readChoice(options.supplement, ['restart', 'pause'], 'restart', 'options.supplement')
  const dueTime = readChoice(options.dueTime, ['end-of-day', 'end-of-office-hours'], 'end-of-day', 'options.dueTime')
  const cutoff = options.cutoff ?? null
  const cutoffMs = cutoff === null ? -1 : parseTimeOfDay(cutoff, 'options.cutoff') * 60_000
  const ext = readOptions(options.extension, EXTENSION_OPTION_NAMES, `${where} (options.extension)`)
  const maxCount = ext.maxCount ?? 1
  const minNoticeDays = ext.minNoticeDays ?? 1
  if (!Number.isInteger(maxCount) || maxCount < 0) throw invalidArgument('options.extension.maxCount', maxCount, 'a non-negative integer')
  if (!Number.isInteger(minNoticeDays) || minNoticeDays < 0) {
    throw invalidArgument('options.extension.minNoticeDays', minNoticeDays, 'a non-negative integer')
  }
  const late = readChoice(ext.late, ['ignore', 'apply'], 'ignore', 'options.extension.late')
  // With no extension allowed, the notice rules can never apply.
  refuseIgnoredOption(ext, 'minNoticeDays', maxCount > 0, 'extension.maxCount > 0', where)
  refuseIgnoredOption(ext, 'late', maxCount > 0, 'extension.maxCount > 0', where)
  const useRecordedAppointment = options.useRecordedAppointment ?? false
  if (typeof useRecordedAppointment !== 'boolean') {
    throw invalidArgument('options.useRecordedAppointment', useRecordedAppointment, 'true or false')
  }
  return {
    cutoffMs,
    policy: Object.freeze({
      cutoff, supplement, dueTime,
      extension: Object.freeze({ maxCount, minNoticeDays, late }),
      useRecordedAppointment,
    }),
  }
}
