import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { formatVietnamDateTime } from '../core/instant.js'
import { formatVnDate, formatVnDateTime } from '../format/date.js'
import { DOSSIER_BASIS } from './basis.js'
import type { ResolvedDuePolicy } from './deadline-policy.js'
import type { TimeLimitUnit } from './schema.js'

// The explanation of a due date: the bilingual reasons and the legal bases. Built only when an
// explanation is asked for (dueDate), never on the report's hot path. Vietnamese texts write
// dates the Vietnamese way (dd/mm/yyyy HH:mm, hanhchinh/format); English texts keep ISO.

/** No reasons (shared, frozen). @internal */
export const NO_REASONS: readonly Label[] = Object.freeze([])

/** A calendar's reasons as labels: labels as they are; plain text (a custom calendar) in both slots. @internal */
export function reasonTexts(reasons: readonly unknown[]): readonly Label[] {
  if (reasons.length === 0) return NO_REASONS
  return reasons.map((r): Label => {
    if (r !== null && typeof r === 'object' && typeof (r as { en?: unknown }).en === 'string') {
      const l = r as { vi?: unknown; en: string }
      return { vi: typeof l.vi === 'string' ? l.vi : l.en, en: l.en }
    }
    const text = typeof r === 'string' ? r : JSON.stringify(r)
    return { vi: text, en: text }
  })
}

const vnAt = (ms: number): string => formatVnDateTime(new Date(ms))
const isoAt = (ms: number): string => formatVietnamDateTime(ms)

/** Reasons of a due date, one builder per decision. @internal */
export const REASONS = {
  recordedAppointment: (): Label => ({
    vi: 'dùng ngày hẹn trả đã ghi (appointmentAt) thay cho ngày tính được',
    en: 'recorded appointment (appointmentAt) used instead of the computed one',
  }),
  receivedAfterCutoff: (cutoff: string, startDate: string): Label => ({
    vi: `tiếp nhận sau giờ ${cutoff} hoặc vào ngày nghỉ: tính từ ngày ${formatVnDate(startDate)}`,
    en: `received after the ${cutoff} cut-off or on a non-working day: counted from ${startDate}`,
  }),
  receivedBeforeOpening: (startMs: number): Label => ({
    vi: `tiếp nhận trước giờ làm việc: tính từ ${vnAt(startMs)}`,
    en: `received before office hours: counted from ${isoAt(startMs)}`,
  }),
  supplementRestart: (t: number): Label => ({
    vi: `nhận hồ sơ bổ sung lúc ${vnAt(t)}: thời hạn được tính lại từ đầu`,
    en: `supplement received ${isoAt(t)}: time limit counted again from the beginning`,
  }),
  supplementPause: (since: number, t: number): Label => ({
    vi: `chờ bổ sung từ ${vnAt(since)} đến ${vnAt(t)}: cộng thêm thời gian chờ`,
    en: `supplement awaited ${isoAt(since)} – ${isoAt(t)}: waiting time added`,
  }),
  extensionLate: (t: number, minNoticeDays: number): Label => ({
    vi: `thông báo gia hạn lúc ${vnAt(t)}, chưa đủ ${minNoticeDays} ngày trước hạn: không áp dụng`,
    en: `extension notified ${isoAt(t)}, less than ${minNoticeDays} day(s) before the due date: not applied`,
  }),
  extensionApplied: (newDue: number): Label => ({
    vi: `hẹn trả được dời đến ${vnAt(newDue)} theo văn bản xin lỗi và hẹn lại`,
    en: `appointment moved to ${isoAt(newDue)} by apology and extension`,
  }),
  awaitingSupplement: (): Label => ({
    vi: 'đang chờ người nộp bổ sung hồ sơ: tạm dừng tính thời gian, hạn sẽ được tính lại',
    en: 'awaiting the applicant\'s supplement: the clock is suspended and the due date will be recomputed',
  }),
} as const

/** The rules a due date was computed under, from its limit, policy and timeline. @internal */
export function dueBasis(unit: TimeLimitUnit, policy: ResolvedDuePolicy, requests: number, extensions: number): LegalBasis[] {
  const basis: LegalBasis[] = []
  if (unit === 'hours' || unit === 'working-hours') basis.push(DOSSIER_BASIS.hoursFromMoment)
  else {
    basis.push(DOSSIER_BASIS.firstDayNotCounted)
    if (unit === 'months') basis.push(DOSSIER_BASIS.monthPeriod)
    if (unit !== 'working-days') basis.push(DOSSIER_BASIS.rollToWorkingDay)
    if (policy.dueTime === 'end-of-day') basis.push(DOSSIER_BASIS.endOfLastDay)
  }
  if (policy.cutoff !== null) basis.push(DOSSIER_BASIS.cutoff15)
  if (requests > 0) basis.push(policy.supplement === 'restart' ? DOSSIER_BASIS.supplementRestart : DOSSIER_BASIS.supplementPause)
  if (extensions > 0) basis.push(DOSSIER_BASIS.extensionOnce)
  return basis
}
