import { formatVietnamDateTime } from '../core/instant.js'
import type { Label } from '../core/label.js'
import { describeValue, wrongType } from '../core/errors.js'
import { Engine, EVENT_TYPE_LIST, instantMs, isEventType, vnDay, type DueDateOptions } from './due-date.js'
import type { DossierEvent, DossierLike } from './schema.js'

/**
 * One problem in a dossier's timeline, found by {@link validateTimeline}:
 *
 * - `'event-before-receipt'` — an event dated before the receipt;
 * - `'supply-without-request'` — a supplement supplied with no request pending;
 * - `'extension-limit'` — more extensions than allowed (the appointment may be re-scheduled only
 *   once, NĐ 61/2018 Art 19(9)): {@link dueDate} would throw on it;
 * - `'extension-late'` — an apology-and-extension notified less than the required days before
 *   the due date (it is not applied by default);
 * - `'extension-earlier'` — the new appointment is not after the current one;
 * - `'event-after-end'` — an event after the dossier ended (refused, stopped, withdrawn, or
 *   returned), other than the return of a processed result;
 * - `'unknown-event-type'` — a `type` that is not one of the event types (a misspelling, or a
 *   status of another system such as `'result-returned'`): {@link dueDate}, {@link classifyDossier}
 *   and {@link dossierReport} throw a RangeError naming it; the other checks skip the event.
 *
 * @example
 * ```ts
 * import type { TimelineIssue } from 'hanhchinh/dossiers'
 * const i: TimelineIssue = { code: 'supply-without-request', index: 0, message: { vi: '…', en: '…' } }
 * i.code //=> 'supply-without-request'
 * ```
 */
export interface TimelineIssue {
  code:
    | 'event-before-receipt'
    | 'supply-without-request'
    | 'extension-limit'
    | 'extension-late'
    | 'extension-earlier'
    | 'event-after-end'
    | 'unknown-event-type'
  /** Index of the event in `dossier.events`. */
  index: number
  message: Label
}

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
 * //=> [{ code: 'unknown-event-type', index: 0 }]
 * ```
 */
export function validateTimeline(dossier: DossierLike, options: DueDateOptions = {}): TimelineIssue[] {
  const engine = new Engine({ ...options, extension: { ...options.extension, maxCount: Number.MAX_SAFE_INTEGER } })
  const maxCount = options.extension?.maxCount ?? 1
  const minNotice = engine.policy.extension.minNoticeDays
  const receivedMs = instantMs(dossier.receivedAt, 'dossier.receivedAt')
  const events = dossier.events ?? []
  if (!Array.isArray(events)) throw wrongType('dossier.events', events, 'an array of events')
  const issues: TimelineIssue[] = []
  const known: { e: DossierEvent; index: number; t: number }[] = []
  events.forEach((e: DossierEvent, index) => {
    if (e === null || typeof e !== 'object') throw wrongType(`dossier.events[${index}]`, e, 'an event { type, at }')
    const t = instantMs(e.at, `dossier.events[${index}].at`)
    if (isEventType(e.type)) known.push({ e, index, t })
    else {
      const type = describeValue(e.type)
      issues.push({
        code: 'unknown-event-type', index,
        message: { vi: `Loại sự kiện không hợp lệ: ${type}`, en: `Unknown event type ${type}: expected one of ${EVENT_TYPE_LIST}` },
      })
    }
  })
  const order = known.sort((a, b) => a.t - b.t || a.index - b.index)
  let pending = false
  let extensions = 0
  let ended: DossierEvent['type'] | null = null
  const prefix: DossierEvent[] = []
  for (const { e, index, t } of order) {
    const when = formatVietnamDateTime(t)
    if (t < receivedMs) {
      issues.push({ code: 'event-before-receipt', index, message: { vi: `Sự kiện ${when} trước thời điểm tiếp nhận`, en: `Event at ${when} is before the receipt` } })
    }
    if (ended !== null && !(ended === 'processed' && e.type === 'returned')) {
      issues.push({ code: 'event-after-end', index, message: { vi: `Sự kiện "${e.type}" sau khi hồ sơ đã kết thúc (${ended})`, en: `Event "${e.type}" after the dossier ended (${ended})` } })
    }
    switch (e.type) {
      case 'supplement-requested':
        pending = true
        break
      case 'supplement-supplied':
        if (!pending) issues.push({ code: 'supply-without-request', index, message: { vi: `Bổ sung hồ sơ ${when} khi không có yêu cầu bổ sung`, en: `Supplement at ${when} without a pending request` } })
        pending = false
        break
      case 'extended': {
        extensions++
        if (extensions > maxCount) {
          issues.push({
            code: 'extension-limit', index,
            message: { vi: `Gia hạn lần thứ ${extensions}: chỉ được hẹn lại ngày trả kết quả ${maxCount} lần`, en: `Extension number ${extensions}: at most ${maxCount} allowed` },
          })
        }
        const current = engine.dueDate({ ...dossier, events: [...prefix] })
        const dueMs = Date.parse(current.due)
        if (vnDay(dueMs) - vnDay(t) < minNotice) {
          issues.push({
            code: 'extension-late', index,
            message: { vi: `Xin gia hạn ${when}, muộn hơn ${minNotice} ngày trước hạn ${current.dueDate}`, en: `Extension notified ${when}, less than ${minNotice} day(s) before the due date ${current.dueDate}` },
          })
        } else if (Date.parse(engine.dueDate({ ...dossier, events: [...prefix, e] }).due) <= dueMs) {
          issues.push({ code: 'extension-earlier', index, message: { vi: 'Ngày hẹn trả mới không sau ngày hẹn cũ', en: 'The new appointment is not after the current one' } })
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
