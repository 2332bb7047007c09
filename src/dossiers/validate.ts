import { describeValue, wrongType } from '../core/errors.js'
import { formatVietnamDateTime } from '../core/instant.js'
import { readOptions } from '../core/options.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { formatVnDate, formatVnDateTime } from '../format/date.js'
import { DEADLINE_ENGINE_OPTION_NAMES, refuseAsOfOption, resolvePolicy, type DeadlineEngineOptions } from './deadline-policy.js'
import { deadlineEngineFor } from './due-date.js'
import { instantMs, vnDay } from './instants.js'
import { EVENT_LABELS, RecordedStatusSchema, type DossierEvent, type DossierLike, type RecordedStatus } from './schema.js'

const ENDING_TYPES: ReadonlySet<string> = new Set(['processed', 'returned', 'refused', 'stopped', 'withdrawn'])
const ENDED_STATUSES: ReadonlySet<RecordedStatus> = new Set(['processed', 'returned', 'refused', 'not-received', 'stopped', 'withdrawn'])
const NOT_RECEIVED_LABEL = { vi: 'Không được tiếp nhận', en: 'Not received' }
import { EVENT_TYPE_LIST, isEventType } from './timeline.js'

/**
 * The codes of the problems {@link validateTimeline} finds in a timeline
 * (`'error'`: {@link dueDate} would throw, or the data cannot be right;
 * `'warning'`: the rules skip or ignore the event):
 *
 * - `'event-before-receipt'` (error) — an event dated before the receipt;
 * - `'supply-without-request'` (warning) — a supplement supplied with no request pending;
 * - `'extension-limit'` (error) — more extensions than allowed (the appointment may be
 *   re-scheduled only once, NĐ 61/2018 Art 19(9)): {@link dueDate} would throw on it;
 * - `'extension-late'` (warning) — an apology-and-extension notified less than the required days
 *   before the due date (it is not applied by default);
 * - `'extension-earlier'` (warning) — the new appointment is not after the current one;
 * - `'event-after-end'` (warning) — an event after the dossier ended (refused, stopped, withdrawn,
 *   or returned), other than the return of a processed result;
 * - `'unknown-event-type'` (error) — a `type` that is not one of the event types (a misspelling,
 *   or a status of another system such as `'result-returned'`): {@link dueDate},
 *   {@link classifyDossier} and {@link dossierReport} throw a RangeError naming it; the other
 *   checks skip the event;
 * - `'status-without-end'` (error) — `recordedStatus` says the dossier ended (processed,
 *   returned, refused, not-received, stopped, withdrawn), or `recordedClass` says it finished
 *   early or on time, but no event says when: {@link classifyDossier} says `'unknown-end'` and
 *   {@link dossierReport} counts it in `unknownEnd`, never as in progress;
 * - `'unknown-recorded-status'` (error) — a `recordedStatus` that is not one of the
 *   {@link RecordedStatus} ids.
 *
 * @example
 * ```ts
 * import type { TimelineIssueCode } from 'hanhchinh/dossiers'
 * const code: TimelineIssueCode = 'supply-without-request'
 * code //=> 'supply-without-request'
 * ```
 */
export type TimelineIssueCode =
  | 'event-before-receipt'
  | 'supply-without-request'
  | 'extension-limit'
  | 'extension-late'
  | 'extension-earlier'
  | 'event-after-end'
  | 'unknown-event-type'
  | 'status-without-end'
  | 'unknown-recorded-status'

/**
 * One problem in a dossier's timeline, found by {@link validateTimeline}: the
 * library's one {@link ValidationIssue} shape, with `path` `['events', index]`
 * pointing at the event in `dossier.events`.
 *
 * @example
 * ```ts
 * import type { TimelineIssue } from 'hanhchinh/dossiers'
 * const i: TimelineIssue = { code: 'supply-without-request', path: ['events', 0], message: { vi: '…', en: '…' }, severity: 'warning' }
 * i.path //=> ['events', 0]
 * ```
 */
export type TimelineIssue = ValidationIssue<TimelineIssueCode>

/**
 * Options of {@link validateTimeline}: the deadline rules the timeline is checked against
 * (`asOf` is not one: the whole timeline is checked).
 *
 * @example
 * ```ts
 * import { validateTimeline, type ValidateTimelineOptions } from 'hanhchinh/dossiers'
 * const o: ValidateTimelineOptions = { extension: { maxCount: 2 } }
 * validateTimeline({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' } }, o) //=> []
 * ```
 */
export type ValidateTimelineOptions = DeadlineEngineOptions

/**
 * Check a dossier's timeline against the rules {@link dueDate} applies, and
 * return every problem as data (never throws for data problems): use it on
 * imported dossiers before computing deadlines or reports.
 *
 * @throws RangeError/TypeError only for values that are not a dossier at all (an unreadable instant)
 *
 * @example
 * ```ts
 * import { validateTimeline } from 'hanhchinh/dossiers'
 * const dossier = {
 *   receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' },
 *   events: [
 *     { type: 'extended', at: '2026-03-13T10:00:00+07:00', newDue: '2026-03-20' },
 *     { type: 'extended', at: '2026-03-18T10:00:00+07:00', newDue: '2026-03-27' },
 *   ],
 * } as const
 * validateTimeline(dossier).map((i) => i.code) //=> ['extension-limit']
 * validateTimeline({ ...dossier, events: [] }) //=> []
 * validateTimeline({ ...dossier, events: [{ type: 'result-returned', at: '2026-03-10T10:00:00+07:00' }] } as never)
 * //=> [{ code: 'unknown-event-type', path: ['events', 0], severity: 'error' }]
 * validateTimeline(dossier, { asOf: '2026-03-31' } as never) //=> throws RangeError: Option "asOf" of validateTimeline
 * ```
 */
export function validateTimeline(dossier: DossierLike, options?: ValidateTimelineOptions): TimelineIssue[] {
  refuseAsOfOption(options, 'dueDate, classifyDossier or dossierReport (validateTimeline checks the whole timeline)', 'validateTimeline')
  const o = readOptions(options, DEADLINE_ENGINE_OPTION_NAMES, 'validateTimeline')
  // the policy is checked as given; the engine that replays the timeline allows any number of extensions
  const { policy } = resolvePolicy(o, 'validateTimeline')
  const engine = deadlineEngineFor({ ...o, extension: { ...o.extension, maxCount: Number.MAX_SAFE_INTEGER } }, 'validateTimeline')
  const maxCount = policy.extension.maxCount
  const minNotice = policy.extension.minNoticeDays
  if (dossier === null || typeof dossier !== 'object') throw wrongType('dossier', dossier, 'a dossier object')
  const receivedMs = instantMs(dossier.receivedAt, 'dossier.receivedAt')
  const events = dossier.events === undefined ? [] : dossier.events
  if (!Array.isArray(events)) throw wrongType('dossier.events', events, 'an array of events')
  const issues: TimelineIssue[] = []
  const known: { e: DossierEvent; index: number; t: number }[] = []
  // a plain loop, not forEach: a hole in a sparse array is an error, not a skipped event
  for (let index = 0; index < events.length; index++) {
    const e = events[index] as DossierEvent
    if (e === null || typeof e !== 'object') throw wrongType(`dossier.events[${index}]`, e, 'an event { type, at }')
    const t = instantMs(e.at, `dossier.events[${index}].at`)
    if (isEventType(e.type)) known.push({ e, index, t })
    else {
      const type = describeValue(e.type)
      issues.push(validationIssue('unknown-event-type', ['events', index], `Loại sự kiện không hợp lệ: ${type}`, `Unknown event type ${type}: expected one of ${EVENT_TYPE_LIST}`))
    }
  }
  const recorded: unknown = dossier.recordedStatus
  if (recorded !== undefined) {
    if (!RecordedStatusSchema.options.includes(recorded as RecordedStatus)) {
      const value = describeValue(recorded)
      issues.push(validationIssue(
        'unknown-recorded-status', ['recordedStatus'], `Trạng thái không hợp lệ: ${value}`,
        `Unknown recorded status ${value}: expected one of ${RecordedStatusSchema.options.join(', ')}`,
      ))
    } else if (ENDED_STATUSES.has(recorded as RecordedStatus) && !known.some(({ e }) => ENDING_TYPES.has(e.type))) {
      const label = recorded === 'not-received' ? NOT_RECEIVED_LABEL : EVENT_LABELS[recorded as DossierEvent['type']]
      issues.push(validationIssue(
        'status-without-end', ['recordedStatus'],
        `Trạng thái "${label.vi}" nhưng không có ngày kết thúc trong các sự kiện`,
        `Recorded status "${recorded}" but no event says when the dossier ended`,
      ))
    }
  }
  const claimed: unknown = dossier.recordedClass
  if ((claimed === 'early' || claimed === 'on-time') && !known.some(({ e }) => ENDING_TYPES.has(e.type))) {
    issues.push(validationIssue(
      'status-without-end', ['recordedClass'],
      `Kết quả "${claimed === 'early' ? 'Trước hạn' : 'Đúng hạn'}" nhưng không có ngày kết thúc trong các sự kiện`,
      `Recorded class "${claimed}" but no event says when the dossier ended`,
    ))
  }
  const order = known.sort((a, b) => a.t - b.t || a.index - b.index)
  let pending = false
  let extensions = 0
  let ended: DossierEvent['type'] | null = null
  const prefix: DossierEvent[] = []
  for (const { e, index, t } of order) {
    const path = ['events', index] as const
    const when = formatVietnamDateTime(t)
    const whenVi = formatVnDateTime(new Date(t))
    if (t < receivedMs) {
      issues.push(validationIssue('event-before-receipt', path, `Sự kiện ${whenVi} trước thời điểm tiếp nhận`, `Event at ${when} is before the receipt`))
    }
    if (ended !== null && !(ended === 'processed' && e.type === 'returned')) {
      issues.push(validationIssue(
        'event-after-end', path,
        `Sự kiện "${EVENT_LABELS[e.type].vi}" sau khi hồ sơ đã kết thúc (${EVENT_LABELS[ended].vi})`, `Event "${e.type}" after the dossier ended (${ended})`, 'warning',
      ))
    }
    switch (e.type) {
      case 'supplement-requested':
        pending = true
        break
      case 'supplement-supplied':
        if (!pending) {
          issues.push(validationIssue('supply-without-request', path, `Bổ sung hồ sơ ${whenVi} khi không có yêu cầu bổ sung`, `Supplement at ${when} without a pending request`, 'warning'))
        }
        pending = false
        break
      case 'extended': {
        extensions++
        if (extensions > maxCount) {
          issues.push(validationIssue(
            'extension-limit', path,
            `Gia hạn lần thứ ${extensions}: chỉ được hẹn lại ngày trả kết quả ${maxCount} lần`, `Extension number ${extensions}: at most ${maxCount} allowed`,
          ))
          // an extension past the limit is an error already: no replay of the timeline for it, so
          // that a timeline of thousands of extensions is checked in linear time
          break
        }
        const current = engine.dueDate({ ...dossier, events: [...prefix] })
        const dueMs = Date.parse(current.due)
        if (vnDay(dueMs) - vnDay(t) < minNotice) {
          issues.push(validationIssue(
            'extension-late', path,
            `Xin gia hạn ${whenVi}, muộn hơn ${minNotice} ngày trước hạn ${formatVnDate(current.dueDate)}`,
            `Extension notified ${when}, less than ${minNotice} day(s) before the due date ${current.dueDate}`, 'warning',
          ))
        } else if (Date.parse(engine.dueDate({ ...dossier, events: [...prefix, e] }).due) <= dueMs) {
          issues.push(validationIssue('extension-earlier', path, 'Ngày hẹn trả mới không sau ngày hẹn cũ', 'The new appointment is not after the current one', 'warning'))
        }
        break
      }
      case 'processed':
      case 'returned':
      case 'refused':
      case 'stopped':
      case 'withdrawn':
        if (ended === null || (ended === 'processed' && e.type === 'returned')) ended = e.type
        break
      default:
        break
    }
    prefix.push(e)
  }
  return issues
}
