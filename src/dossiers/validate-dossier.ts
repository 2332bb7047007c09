import type { AsOf } from '../core/as-of.js'
import { readAsOf } from '../core/as-of.js'
import { formatVietnamDateTime, toEpochMs } from '../core/instant.js'
import { fromDayNumber, isIsoDate, toDayNumber } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { formatVnDate } from '../format/date.js'
import { UNITS_LEGAL_BASES } from '../units/basis.js'
import { CLASSIFY_OPTION_NAMES, createClassifier, DOSSIER_STATUS_LABELS, type DossierStatus, type FinishedBy } from './classify.js'
import { DEADLINE_ENGINE_OPTION_NAMES, type DeadlineEngineOptions } from './deadline-policy.js'
import { deadlineEngineFor } from './due-date.js'
import { vnDay } from './instants.js'
import type { DossierEvent, DossierLike, RecordedClass, RecordedStatus } from './schema.js'
import { isEventType } from './timeline.js'
import { validateTimeline, type TimelineIssueCode } from './validate.js'

/**
 * The legal basis of the end of the district level (cấp huyện): the Law on
 * Organisation of Local Government 2025, in force from its `effectiveFrom`
 * (01/07/2025) — the date {@link validateDossier} reads, never a date written
 * in the function. Article and clause are UNCONFIRMED (see `unconfirmed`).
 *
 * @example
 * ```ts
 * import { DISTRICT_LEVEL_ENDED } from 'hanhchinh/dossiers'
 * DISTRICT_LEVEL_ENDED.effectiveFrom //=> '2025-07-01'
 * DISTRICT_LEVEL_ENDED.instrument //=> '72/2025/QH15'
 * ```
 */
export const DISTRICT_LEVEL_ENDED: LegalBasis = UNITS_LEGAL_BASES.localGovernmentLaw2025

/**
 * The codes of the problems {@link validateDossier} finds: those of
 * {@link validateTimeline} (see {@link TimelineIssueCode}; `'status-without-end'` is the
 * "unknown end" of reports) and
 *
 * - `'status-end-mismatch'` (warning) — the recorded status and the timeline's ending disagree:
 *   an open status ("Đang xử lý") with an ending event, or an ending of another kind ("Từ chối"
 *   with a processing-done date);
 * - `'class-mismatch'` (warning) — the class the source printed ("Quá hạn", "Đúng hạn"…,
 *   `recordedClass`) is not the class computed from the dates;
 * - `'appointment-mismatch'` (warning) — an appointment the source recorded around a supplement
 *   round (`previousDue` / `newDue`, `NgayHenTraTruoc` / `NgayHenTraMoi` of a sync record) is not
 *   the due date computed from the timeline;
 * - `'district-level-abolished'` (error) — a dossier of the district level received on or after
 *   01/07/2025, when that level no longer exists ({@link DISTRICT_LEVEL_ENDED});
 * - `'not-received'` (warning) — the status says the dossier was not received (filed online and
 *   waiting, or refused at the desk): the national portal does not count it as received, the
 *   reports of this library do.
 *
 * @example
 * ```ts
 * import type { DossierIssueCode } from 'hanhchinh/dossiers'
 * const code: DossierIssueCode = 'class-mismatch'
 * code //=> 'class-mismatch'
 * ```
 */
export type DossierIssueCode =
  | TimelineIssueCode
  | 'status-end-mismatch'
  | 'class-mismatch'
  | 'appointment-mismatch'
  | 'district-level-abolished'
  | 'not-received'

/**
 * One problem of a dossier found by {@link validateDossier}: the library's
 * one {@link ValidationIssue} shape.
 *
 * @example
 * ```ts
 * import type { DossierIssue } from 'hanhchinh/dossiers'
 * const i: DossierIssue = { code: 'class-mismatch', path: ['recordedClass'], message: { vi: '…', en: '…' }, severity: 'warning' }
 * i.severity //=> 'warning'
 * ```
 */
export type DossierIssue = ValidationIssue<DossierIssueCode>

/**
 * Options of {@link validateDossier}: the deadline rules, the moment the
 * source's claims were made (`asOf`, optional) and the finishing event.
 *
 * @example
 * ```ts
 * import type { ValidateDossierOptions } from 'hanhchinh/dossiers'
 * const o: ValidateDossierOptions = { asOf: '2026-03-31', cutoff: '15:00' }
 * o.cutoff //=> '15:00'
 * ```
 */
export interface ValidateDossierOptions extends DeadlineEngineOptions {
  /**
   * When the source's status and class were recorded (the date of the export): the class of an
   * unfinished dossier is checked at that moment. Without it, the class is checked only for a
   * dossier whose timeline has an ending. An ISO date is the END of that day in Vietnam time.
   */
  asOf?: AsOf | undefined
  /** Which event finishes a dossier. @defaultValue `'processed'` */
  finishedBy?: FinishedBy | undefined
}

const VALIDATE_DOSSIER_OPTION_NAMES: OptionNames<ValidateDossierOptions> = { ...CLASSIFY_OPTION_NAMES, asOf: true }

const OPEN_STATUSES: ReadonlySet<unknown> = new Set(['submitted', 'in-progress', 'awaiting-supplement', 'awaiting-obligation'])
const ENDINGS: ReadonlySet<string> = new Set(['processed', 'returned', 'refused', 'stopped', 'withdrawn'])
/** The ending events each recorded ending agrees with. */
const ENDING_OF: Readonly<Partial<Record<RecordedStatus, readonly string[]>>> = {
  processed: ['processed', 'returned'],
  returned: ['processed', 'returned'],
  refused: ['refused'],
  'not-received': ['refused'],
  stopped: ['stopped'],
  withdrawn: ['withdrawn'],
}
/** The computed statuses each recorded class agrees with ("Quá hạn" is said of late and of overdue dossiers). */
const CLASS_AGREES: Readonly<Record<RecordedClass, readonly DossierStatus[]>> = {
  early: ['early'],
  'on-time': ['on-time'],
  late: ['late', 'in-progress-overdue'],
  'in-progress': ['in-progress'],
  'in-progress-overdue': ['in-progress-overdue', 'late'],
}
const CLASS_VI: Readonly<Record<RecordedClass, string>> = {
  early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn', 'in-progress': 'Đang xử lý trong hạn', 'in-progress-overdue': 'Đang xử lý quá hạn',
}

/**
 * Check one whole dossier and return every problem as data (never throws for
 * data problems): the timeline checks of {@link validateTimeline}, the
 * recorded status against the timeline's ending, the class the source
 * printed against the computed one, the appointments the source recorded
 * around supplement rounds against the computed due dates, and the agency
 * level against its period (the district level ends on 01/07/2025: a
 * district-level dossier received that day or later is an error). A status
 * that says the dossier ended while no event gives the end date is
 * `'status-without-end'` — the "unknown end" of {@link classifyDossier} and
 * {@link dossierReport}. See {@link DossierIssueCode}.
 *
 * @throws RangeError/TypeError for values that are not a dossier at all (an unreadable instant),
 * and for an unknown or invalid option
 *
 * @example
 * ```ts
 * import { validateDossier } from 'hanhchinh/dossiers'
 * const limit = { amount: 5, unit: 'working-days' } as const
 * validateDossier({ level: 'district', receivedAt: '2025-09-01T09:00:00+07:00', timeLimit: limit }).map((i) => i.code)
 * //=> ['district-level-abolished']
 * validateDossier({ level: 'district', receivedAt: '2025-06-02T09:00:00+07:00', timeLimit: limit }) //=> []
 * validateDossier({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: limit, recordedStatus: 'refused' })
 * //=> [{ code: 'status-without-end', path: ['recordedStatus'], severity: 'error' }]
 * validateDossier({
 *   receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: limit, recordedClass: 'late',
 *   events: [{ type: 'processed', at: '2026-02-20T10:00:00+07:00' }],
 * }).map((i) => i.code) //=> ['class-mismatch']
 * validateDossier({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: limit }, { asOff: '2026-03-01' } as never)
 * //=> throws RangeError: Unknown option "asOff" of validateDossier
 * ```
 */
export function validateDossier(dossier: DossierLike, options?: ValidateDossierOptions): DossierIssue[] {
  const { asOf, finishedBy, ...rules } = readOptions(options, VALIDATE_DOSSIER_OPTION_NAMES, 'validateDossier')
  const asOfMs = asOf === undefined ? undefined : readAsOf(asOf).epochMs
  const engineRules = readOptions(rules, DEADLINE_ENGINE_OPTION_NAMES, 'validateDossier')
  const issues: DossierIssue[] = validateTimeline(dossier, engineRules)
  const blocking = issues.some((i) => i.code === 'unknown-event-type' || i.code === 'extension-limit' || i.code === 'unknown-recorded-status')
  const events = (dossier.events ?? []) as readonly DossierEvent[]
  const timed = events.map((e, index) => ({ e, index, t: toEpochMs(e.at, `dossier.events[${index}].at`) })).filter(({ e }) => isEventType(e.type))
  timed.sort((a, b) => a.t - b.t || a.index - b.index)
  const ending = timed.find(({ e }) => ENDINGS.has(e.type))

  // the recorded status against the ending of the timeline
  const recorded = dossier.recordedStatus
  if (recorded !== undefined && ending !== undefined) {
    if (OPEN_STATUSES.has(recorded)) {
      issues.push(validationIssue(
        'status-end-mismatch', ['recordedStatus'],
        `Trạng thái "${recorded}" nhưng hồ sơ đã kết thúc (${ending.e.type}) lúc ${formatVietnamDateTime(ending.t)}`,
        `Recorded status "${recorded}" but the timeline ends (${ending.e.type}) at ${formatVietnamDateTime(ending.t)}`, 'warning',
      ))
    } else if (ENDING_OF[recorded] !== undefined && !ENDING_OF[recorded]!.includes(ending.e.type)) {
      issues.push(validationIssue(
        'status-end-mismatch', ['recordedStatus'],
        `Trạng thái "${recorded}" nhưng sự kiện kết thúc là "${ending.e.type}"`,
        `Recorded status "${recorded}" but the timeline ends with "${ending.e.type}"`, 'warning',
      ))
    }
  }
  if (recorded === 'submitted' || recorded === 'not-received') {
    issues.push(validationIssue(
      'not-received', ['recordedStatus'],
      `Hồ sơ chưa được tiếp nhận hoặc không được tiếp nhận ("${recorded}"): Cổng DVCQG không tính là hồ sơ tiếp nhận`,
      `The dossier was not received ("${recorded}"): the national portal does not count it as received`, 'warning',
    ))
  }

  // the level against its period
  if (dossier.level === 'district') {
    const receivedDay = vnDay(toEpochMs(dossier.receivedAt, 'dossier.receivedAt'))
    const endDate = DISTRICT_LEVEL_ENDED.effectiveFrom!
    if (receivedDay >= toDayNumber(endDate)) {
      issues.push(validationIssue(
        'district-level-abolished', ['level'],
        `Hồ sơ cấp huyện tiếp nhận ngày ${formatVnDate(fromDayNumber(receivedDay))}: cấp huyện không còn từ ${formatVnDate(endDate)} (Luật ${DISTRICT_LEVEL_ENDED.instrument})`,
        `A district-level dossier received on ${fromDayNumber(receivedDay)}: the district level ended on ${endDate} (Law ${DISTRICT_LEVEL_ENDED.instrument})`,
      ))
    }
  }
  if (blocking) return issues

  // the class the source printed against the computed one
  const claimed = dossier.recordedClass
  if (claimed !== undefined && CLASS_AGREES[claimed] !== undefined) {
    const at = asOfMs ?? (ending !== undefined ? timed[timed.length - 1]!.t : undefined)
    if (at !== undefined) {
      const c = createClassifier({ ...rules, asOf: new Date(at), ...(finishedBy === undefined ? {} : { finishedBy }) })(dossier)
      if (c.status !== 'unknown-end' && !CLASS_AGREES[claimed].includes(c.status)) {
        issues.push(validationIssue(
          'class-mismatch', ['recordedClass'],
          `Nguồn ghi "${CLASS_VI[claimed]}" nhưng theo thời hạn là "${DOSSIER_STATUS_LABELS[c.status].vi}" (hạn ${formatVnDate(c.dueDate)})`,
          `The source says "${claimed}" but the computed class is "${c.status}" (due ${c.dueDate})`, 'warning',
        ))
      }
    }
  }

  // the appointments recorded around supplement rounds against the computed ones
  const engine = deadlineEngineFor(engineRules, 'validateDossier')
  for (const { e, index, t } of timed) {
    if (e.type !== 'supplement-requested' && e.type !== 'supplement-supplied') continue
    if (e.previousDue !== undefined) {
      const before = engine.dueDate(dossier, new Date(requestTime(timed, index, t) - 1))
      checkAppointment(issues, e.previousDue, before.dueDate, ['events', index, 'previousDue'])
    }
    if (e.type === 'supplement-supplied' && e.newDue !== undefined) {
      const after = engine.dueDate(dossier, new Date(t))
      checkAppointment(issues, e.newDue, after.dueDate, ['events', index, 'newDue'])
    }
  }
  return issues
}

/** The time of the request of the round an event belongs to (same `round`, or the last request before it). */
function requestTime(timed: readonly { e: DossierEvent; index: number; t: number }[], index: number, t: number): number {
  const self = timed.find((x) => x.index === index)!.e
  if (self.type === 'supplement-requested') return t
  const round = 'round' in self ? self.round : undefined
  let best: number | undefined
  for (const x of timed) {
    if (x.t > t) break
    if (x.e.type !== 'supplement-requested') continue
    if (round !== undefined && x.e.round === round) return x.t
    best = x.t
  }
  return best ?? t
}

function checkAppointment(issues: DossierIssue[], recorded: string | Date, computed: string, path: (string | number)[]): void {
  const recordedDate = typeof recorded === 'string' && isIsoDate(recorded) ? recorded : fromDayNumber(vnDay(toEpochMs(recorded, path.join('.'))))
  if (recordedDate === computed) return
  issues.push(validationIssue(
    'appointment-mismatch', path,
    `Ngày hẹn trả ghi nhận ${formatVnDate(recordedDate)} khác ngày hẹn tính được ${formatVnDate(computed)}`,
    `The recorded appointment ${recordedDate} differs from the computed due date ${computed}`, 'warning',
  ))
}
