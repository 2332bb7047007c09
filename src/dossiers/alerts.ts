import { invalidArgument } from '../core/errors.js'
import { formatVietnamDateTime, toEpochMs, toVietnamTime } from '../core/instant.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { CLASSIFY_OPTION_NAMES, type ClassifyOptions, type DossierStatus } from './classify.js'
import { checkIterable, delayOf, lateContext, whoOf, type Delay } from './late.js'
import type { DossierLike } from './schema.js'
import { validateTimeline } from './validate.js'

/**
 * Options of {@link dossierAlerts}: those of {@link classifyDossier} (`asOf`
 * required, `finishedBy`, the due-date rules) and the two horizons, in working
 * days of the calendar in use.
 *
 * @example
 * ```ts
 * import type { DossierAlertsOptions } from 'hanhchinh/dossiers'
 * const o: DossierAlertsOptions = { asOf: '2026-03-20', dueWithin: 2, awaitingLongerThan: 5 }
 * o.dueWithin //=> 2
 * ```
 */
export interface DossierAlertsOptions extends ClassifyOptions {
  /** Open dossiers due within this many working days after `asOf` (today included) are `'due-soon'`. @defaultValue 3 */
  dueWithin?: number | undefined
  /**
   * Dossiers waiting for the applicant's supplement for more than this many working days are
   * `'awaiting-supplement'`. @defaultValue the value of `dueWithin`
   */
  awaitingLongerThan?: number | undefined
}

const ALERT_OPTION_NAMES: OptionNames<DossierAlertsOptions> = { ...CLASSIFY_OPTION_NAMES, dueWithin: true, awaitingLongerThan: true }

/**
 * The kind of an alert: `'overdue'` (open past its due instant), `'due-soon'`
 * (open, due within `dueWithin` working days), `'awaiting-supplement'`
 * (waiting for the applicant longer than `awaitingLongerThan` working days),
 * `'suspicious'` (data that does not hold together: see {@link SuspiciousAlert}).
 *
 * @example
 * ```ts
 * import type { DossierAlertKind } from 'hanhchinh/dossiers'
 * const k: DossierAlertKind = 'due-soon'
 * k //=> 'due-soon'
 * ```
 */
export type DossierAlertKind = 'overdue' | 'due-soon' | 'awaiting-supplement' | 'suspicious'

/**
 * What every alert carries: the kind, your record, its code, agency and
 * officer when it names them (`officer` is a text field of your record), and a
 * bilingual message.
 *
 * @example
 * ```ts
 * import type { AlertBase } from 'hanhchinh/dossiers'
 * const a: Pick<AlertBase, 'code' | 'agency'> = { code: 'HS-1', agency: 'UBND phường Hải Châu' }
 * a.code //=> 'HS-1'
 * ```
 */
export interface AlertBase<D extends DossierLike = DossierLike> {
  dossier: D
  code?: string
  agency?: string
  officer?: string
  message: Label
}

/**
 * An open dossier past its due instant, with the delay so far.
 *
 * @example
 * ```ts
 * import { dossierAlerts, type OverdueAlert } from 'hanhchinh/dossiers'
 * const [a] = dossierAlerts([{ receivedAt: '2026-03-16T09:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } }], { asOf: '2026-03-23' })
 * const o: OverdueAlert | undefined = a?.kind === 'overdue' ? a : undefined
 * o?.delay //=> { workingDays: 2, days: 4 }
 * ```
 */
export interface OverdueAlert<D extends DossierLike = DossierLike> extends AlertBase<D> {
  kind: 'overdue'
  due: string
  dueDate: IsoDate
  delay: Delay
}

/**
 * An open dossier due within `dueWithin` working days: `workingDaysLeft` is
 * the number of working days after the day of `asOf` up to the due date (0 =
 * due today).
 *
 * @example
 * ```ts
 * import { dossierAlerts, type DueSoonAlert } from 'hanhchinh/dossiers'
 * const [a] = dossierAlerts([{ receivedAt: '2026-03-16T09:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } }], { asOf: '2026-03-18', dueWithin: 1 })
 * const s: DueSoonAlert | undefined = a?.kind === 'due-soon' ? a : undefined
 * s?.workingDaysLeft //=> 1
 * ```
 */
export interface DueSoonAlert<D extends DossierLike = DossierLike> extends AlertBase<D> {
  kind: 'due-soon'
  due: string
  dueDate: IsoDate
  workingDaysLeft: number
}

/**
 * A dossier waiting for the applicant's supplement (the clock is suspended)
 * for longer than `awaitingLongerThan` working days since the request.
 *
 * @example
 * ```ts
 * import { dossierAlerts, type AwaitingSupplementAlert } from 'hanhchinh/dossiers'
 * const [a] = dossierAlerts([{ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' },
 *   events: [{ type: 'supplement-requested', at: '2026-03-03T10:00:00+07:00' }] }], { asOf: '2026-03-13', dueWithin: 5 })
 * const w: AwaitingSupplementAlert | undefined = a?.kind === 'awaiting-supplement' ? a : undefined
 * w?.waiting //=> { workingDays: 8, days: 10 }
 * ```
 */
export interface AwaitingSupplementAlert<D extends DossierLike = DossierLike> extends AlertBase<D> {
  kind: 'awaiting-supplement'
  /** When the supplement was requested. */
  requestedAt: string
  /** Time waited, from the day of the request to the day of `asOf`. */
  waiting: Delay
}

/**
 * Data that does not hold together: the problems {@link validateTimeline}
 * finds (an event before receipt, a supply without request, a second
 * extension, a recorded ending without its event…), a dossier the rules
 * cannot read (`'unreadable'`), a recorded status the timeline contradicts
 * (`'recorded-status-mismatch'`), or a recorded appointment that differs from
 * the computed due date (`'appointment-differs'`, unless
 * `useRecordedAppointment`).
 *
 * @example
 * ```ts
 * import { dossierAlerts, type SuspiciousAlert } from 'hanhchinh/dossiers'
 * const [a] = dossierAlerts([{ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' },
 *   appointmentAt: '2026-03-20' }], { asOf: '2026-03-03' })
 * const s: SuspiciousAlert | undefined = a?.kind === 'suspicious' ? a : undefined
 * s?.issues.map((i) => i.code) //=> ['appointment-differs']
 * ```
 */
export interface SuspiciousAlert<D extends DossierLike = DossierLike> extends AlertBase<D> {
  kind: 'suspicious'
  issues: ValidationIssue[]
}

/**
 * One alert of {@link dossierAlerts}, told apart by `kind`.
 *
 * @example
 * ```ts
 * import type { DossierAlert } from 'hanhchinh/dossiers'
 * const dossier = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 1, unit: 'days' } } as const
 * const a: DossierAlert = { kind: 'suspicious', dossier, message: { vi: '…', en: '…' }, issues: [] }
 * a.kind //=> 'suspicious'
 * ```
 */
export type DossierAlert<D extends DossierLike = DossierLike> =
  | OverdueAlert<D>
  | DueSoonAlert<D>
  | AwaitingSupplementAlert<D>
  | SuspiciousAlert<D>

function readHorizon(value: unknown, fallback: number, argument: string): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > 1000) {
    throw invalidArgument(argument, value, 'a whole number of working days from 0 to 1000')
  }
  return value
}

/** The unanswered supplement request at `asOfMs` (the last request with no supply after it). */
function openRequest(dossier: DossierLike, asOfMs: number): number | undefined {
  const events = dossier.events ?? []
  let open: number | undefined
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    const t = toEpochMs(e.at, `dossier.events[${i}].at`)
    if (t > asOfMs) continue
    if (e.type === 'supplement-requested') open = open === undefined || t > open ? t : open
    else if (e.type === 'supplement-supplied' && open !== undefined && t >= open) open = undefined
  }
  return open
}

/**
 * Statuses of a dossier that ended: no deadline alert. An unknown end ended too, on the record's word
 * (its missing end date is a suspicious alert, `'status-without-end'`).
 */
const ENDED: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['early', 'on-time', 'late', 'refused', 'stopped', 'withdrawn', 'unknown-end'])

/**
 * The alerts a one-stop centre acts on, at `asOf`, in input order (a dossier
 * may raise several): open dossiers overdue ({@link OverdueAlert}) or due
 * within `dueWithin` working days ({@link DueSoonAlert}), dossiers waiting for
 * the applicant's supplement longer than `awaitingLongerThan` working days
 * ({@link AwaitingSupplementAlert}), and suspicious data
 * ({@link SuspiciousAlert}). Finished, refused, stopped and withdrawn
 * dossiers raise no deadline alert, nor do those recorded as ended with no end
 * date (`'unknown-end'`: a suspicious alert, `'status-without-end'`). One pass over any iterable; a dossier the
 * rules cannot read is an alert, never an exception, so one bad row does not
 * stop the list.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid option
 *
 * @example
 * ```ts
 * import { dossierAlerts } from 'hanhchinh/dossiers'
 * const limit = { amount: 3, unit: 'working-days' } as const
 * const alerts = dossierAlerts([
 *   { code: 'HS-1', receivedAt: '2026-03-12T08:00:00+07:00', timeLimit: limit },  // due Tue 17/03: overdue
 *   { code: 'HS-2', receivedAt: '2026-03-17T08:00:00+07:00', timeLimit: limit },  // due Fri 20/03: due soon
 *   { code: 'HS-3', receivedAt: '2026-03-17T08:00:00+07:00', timeLimit: limit,
 *     events: [{ type: 'returned', at: '2026-03-18T08:00:00+07:00' }] },         // finished: no alert
 * ], { asOf: '2026-03-18', dueWithin: 2 })
 * alerts.map((a) => [a.kind, a.code]) //=> [['overdue', 'HS-1'], ['due-soon', 'HS-2']]
 * dossierAlerts([], { asOf: '2026-03-18', dueWithin: -1 }) //=> throws RangeError: options.dueWithin
 * ```
 */
export function dossierAlerts<D extends DossierLike>(dossiers: Iterable<D>, options: DossierAlertsOptions): DossierAlert<D>[] {
  if (options === undefined) throw new TypeError('Missing options.asOf of dossierAlerts: pass the moment of the alerts — the library never reads the clock')
  const { dueWithin: dueOption, awaitingLongerThan: awaitOption, ...classifyOptions } = readOptions(options, ALERT_OPTION_NAMES, 'dossierAlerts')
  const dueWithin = readHorizon(dueOption, 3, 'options.dueWithin')
  const awaitingLongerThan = readHorizon(awaitOption, dueWithin, 'options.awaitingLongerThan')
  const ctx = lateContext(classifyOptions as ClassifyOptions)
  const { asOf: _asOf, finishedBy: _finishedBy, ...rules } = classifyOptions
  checkIterable(dossiers)
  const out: DossierAlert<D>[] = []
  for (const dossier of dossiers) {
    const who = whoOf(dossier)
    const label = who.code ?? '(không mã / no code)'
    let c
    try {
      c = ctx.classify(dossier)
    } catch (error) {
      // data the rules refuse (RangeError, or the library's own "Invalid type for dossier…" TypeError) is an
      // alert; anything else is a fault to report, not a row to flag
      if (!(error instanceof RangeError || (error instanceof TypeError && error.message.startsWith('Invalid type for dossier')))) throw error
      const issue = validationIssue('unreadable', [], `Không đọc được hồ sơ: ${error.message}`, `The dossier cannot be read: ${error.message}`)
      out.push({ kind: 'suspicious', dossier, ...who, message: issue.message, issues: [issue] })
      continue
    }
    // deadline alerts only for what is still open: an ended dossier (an unknown end included) raises none
    const open = !ENDED.has(c.status)
    if (c.status === 'in-progress-overdue') {
      const delay = delayOf(ctx.calendar, c.dueDate, ctx.asOfDate)
      out.push({
        kind: 'overdue', dossier, ...who, due: c.due, dueDate: c.dueDate, delay,
        message: {
          vi: `Hồ sơ ${label} quá hạn từ ${c.dueDate}: chậm ${delay.workingDays} ngày làm việc (${delay.days} ngày)`,
          en: `Dossier ${label} overdue since ${c.dueDate}: ${delay.workingDays} working days (${delay.days} days) late`,
        },
      })
    } else if (c.status === 'in-progress' && !c.awaitingSupplement) {
      const left = c.dueDate <= ctx.asOfDate ? 0 : ctx.calendar.workingDaysBetween(ctx.asOfDate, c.dueDate)
      if (left <= dueWithin) {
        out.push({
          kind: 'due-soon', dossier, ...who, due: c.due, dueDate: c.dueDate, workingDaysLeft: left,
          message: {
            vi: `Hồ sơ ${label} đến hạn ngày ${c.dueDate} (còn ${left} ngày làm việc)`,
            en: `Dossier ${label} is due on ${c.dueDate} (${left} working days left)`,
          },
        })
      }
    }
    if (open && c.awaitingSupplement) {
      const requested = openRequest(dossier, ctx.asOfMs)
      if (requested !== undefined) {
        const requestedAt = toVietnamTime(new Date(requested)).date
        const waiting = delayOf(ctx.calendar, requestedAt, ctx.asOfDate)
        if (waiting.workingDays > awaitingLongerThan) {
          out.push({
            kind: 'awaiting-supplement', dossier, ...who, requestedAt: formatVietnamDateTime(requested), waiting,
            message: {
              vi: `Hồ sơ ${label} chờ công dân bổ sung từ ${requestedAt} (${waiting.workingDays} ngày làm việc)`,
              en: `Dossier ${label} has awaited the applicant's supplement since ${requestedAt} (${waiting.workingDays} working days)`,
            },
          })
        }
      }
    }
    const issues: ValidationIssue[] = validateTimeline(dossier, rules)
    const recorded = dossier.recordedStatus
    // an unknown end has its own issue from validateTimeline ('status-without-end'): no mismatch on top
    if ((recorded === 'in-progress' || recorded === 'awaiting-supplement') && ENDED.has(c.status) && c.status !== 'unknown-end') {
      issues.push(validationIssue('recorded-status-mismatch', ['recordedStatus'],
        `Trạng thái ghi nhận "${recorded}" nhưng dòng thời gian cho thấy hồ sơ đã kết thúc (${c.label.vi})`,
        `Recorded status "${recorded}" but the timeline shows the dossier ended (${c.label.en})`, 'warning'))
    } else if (recorded === 'awaiting-supplement' && !c.awaitingSupplement) {
      issues.push(validationIssue('recorded-status-mismatch', ['recordedStatus'],
        'Trạng thái ghi nhận "chờ bổ sung" nhưng không có yêu cầu bổ sung nào đang chờ',
        'Recorded status "awaiting-supplement" but no supplement request is open', 'warning'))
    }
    if (dossier.appointmentAt !== undefined && rules.useRecordedAppointment !== true) {
      const a = dossier.appointmentAt
      const recordedDate = typeof a === 'string' && a.length === 10 ? a : toVietnamTime(a, 'dossier.appointmentAt').date
      // the appointment on the receipt, or the current one (after supplements and an extension)
      const computed = ctx.engine.dueDate({ ...dossier, events: [] }).dueDate
      if (recordedDate !== computed && recordedDate !== c.dueDate) {
        issues.push(validationIssue('appointment-differs', ['appointmentAt'],
          `Ngày hẹn trả ghi nhận ${recordedDate} khác ngày hẹn tính theo thời hạn ${computed}`,
          `Recorded appointment ${recordedDate} differs from the one computed from the time limit, ${computed}`, 'warning'))
      }
    }
    if (issues.length > 0) {
      out.push({
        kind: 'suspicious', dossier, ...who, issues,
        message: {
          vi: `Hồ sơ ${label}: ${issues.map((i) => i.message.vi).join('; ')}`,
          en: `Dossier ${label}: ${issues.map((i) => i.message.en).join('; ')}`,
        },
      })
    }
  }
  return out
}

