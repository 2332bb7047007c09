import { vietnamCivilService, type WorkCalendar } from '../calendar/index.js'
import { requireAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { compareIsoDates, isIsoDate, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import { documentRulesBasis } from './basis.js'
import { checkNumber, checkUrgency } from './line-fields.js'
import type { Register, RegisterDirection, RegisterEntry, UrgencyLevel } from './schema.js'

/**
 * The steps of handling a document that have a deadline:
 *
 * - `'registration'` — an incoming document is registered on the day it
 *   arrives, at the latest the next working day (Decree 30/2020/NĐ-CP
 *   Art 4(2)(b)); needs `receivedOn`, done on `date`;
 * - `'transfer'` — it is presented and transferred the same day, at the
 *   latest the next working day (Art 23, Art 4(2)(b)); done on `transferredOn`;
 * - `'handling'` — handled by the deadline set by the person directing it
 *   (`handlingDeadline`, Art 23–24) or by the working rules (`handlingDays`);
 *   done on `completedOn`;
 * - `'numbering'` — an outgoing paper document is numbered and dated after
 *   signature, at the latest the next working day (Art 15(2)); needs
 *   `signedOn`, done on `date`;
 * - `'issue'` — an outgoing document is issued on the signing day, at the
 *   latest the next working day (Art 18(1)); done on `issuedOn`.
 *
 * Documents marked Hỏa tốc, Thượng khẩn or Khẩn: every step immediately
 * (Art 4(2)(c), Art 18(1), Art 24), modelled as "the same day".
 *
 * @example
 * ```ts
 * import type { DeadlineStep } from 'hanhchinh/documents'
 * const step: DeadlineStep = 'transfer'
 * step //=> 'transfer'
 * ```
 */
export type DeadlineStep = 'registration' | 'transfer' | 'handling' | 'numbering' | 'issue'

/**
 * One step of a document with its due date and, if recorded, the day it was done.
 *
 * @example
 * ```ts
 * import { documentDeadlines, type StepDeadline } from 'hanhchinh/documents'
 * const [s]: StepDeadline[] = documentDeadlines({ number: 1, date: '2024-04-26' }, { direction: 'incoming' })
 * s?.due //=> '2024-05-02'
 * ```
 */
export interface StepDeadline {
  step: DeadlineStep
  label: Label
  /** The day the step starts from (received, registered, transferred, signed). */
  from: IsoDate
  /** The last day on which the step is on time. */
  due: IsoDate
  /** The day the step was done, if recorded. */
  done: IsoDate | undefined
  /** `true` when the deadline is "immediately" because of the urgency level. */
  immediate: boolean
  /** Set when the working-day calendar for the due year is not announced yet. */
  provisional: boolean
  basis: LegalBasis[]
}

/**
 * Options of {@link documentDeadlines} and {@link overdueDocuments}.
 *
 * @example
 * ```ts
 * import { documentDeadlines, type DeadlineOptions } from 'hanhchinh/documents'
 * const options: DeadlineOptions = { direction: 'incoming', handlingDays: 7 }
 * documentDeadlines({ number: 1, date: '2024-01-02' }, options).map((s) => s.due) //=> ['2024-01-03', '2024-01-12']
 * ```
 */
export interface DeadlineOptions {
  /** `'incoming'` (default) or `'outgoing'`; taken from the register when one is given. */
  direction?: RegisterDirection
  /** The working-day calendar (default `vietnamCivilService`, the civil-service calendar). */
  calendar?: WorkCalendar
  /**
   * Handling time in working days from transfer, when the entry has no
   * `handlingDeadline`. Decree 30/2020 Art 24 leaves it to each body's
   * working rules (quy chế làm việc): no national default, so none is
   * assumed unless you set one.
   */
  handlingDays?: number
  /**
   * Handling time of urgent documents, in working days from transfer. Default:
   * 0 (the same day) when `handlingDays` is set, else no handling deadline.
   * "Immediately" (Art 24) has no statutory length: UNCONFIRMED, replace it
   * with your working rules.
   */
  urgentHandlingDays?: number
}

const DEADLINE_OPTIONS: OptionNames<DeadlineOptions> = { direction: true, calendar: true, handlingDays: true, urgentHandlingDays: true }

/**
 * Options of {@link overdueDocuments}: those of {@link documentDeadlines},
 * the moment of the check and whether steps done late are listed too.
 *
 * @example
 * ```ts
 * import { overdueDocuments, type OverdueOptions } from 'hanhchinh/documents'
 * const options: OverdueOptions = { asOf: '2024-01-05', includeLate: true }
 * overdueDocuments([{ number: 7, date: '2024-01-02', transferredOn: '2024-01-04' }], options)[0]?.status //=> 'late'
 * ```
 */
export interface OverdueOptions extends DeadlineOptions {
  /**
   * The moment of the check, the library's one `asOf`: an ISO date (the end
   * of that day in Vietnam time), an ISO date-time with offset, or a `Date`.
   */
  asOf: AsOf
  /** List steps done after their due date too (`status: 'late'`). @defaultValue false */
  includeLate?: boolean | undefined
}

const OVERDUE_OPTIONS: OptionNames<OverdueOptions> = { ...DEADLINE_OPTIONS, asOf: true, includeLate: true }

// Entry fields that only one direction reads: passing them with the other is refused, not ignored.
const INCOMING_ONLY = ['receivedOn', 'transferredOn', 'handlingDeadline', 'completedOn'] as const
const OUTGOING_ONLY = ['signedOn'] as const

/**
 * What {@link documentDeadlines} reads of a register entry (a
 * `RegisterEntry` fits; dates may be plain strings).
 *
 * @example
 * ```ts
 * import type { DeadlineEntry } from 'hanhchinh/documents'
 * const e: DeadlineEntry = { number: 1, date: '2024-01-02', urgency: 'khan' }
 * e.urgency //=> 'khan'
 * ```
 */
export type DeadlineEntry = Pick<RegisterEntry, 'number'> & {
  date: string
  urgency?: UrgencyLevel | undefined
  receivedOn?: string | undefined
  transferredOn?: string | undefined
  handlingDeadline?: string | undefined
  completedOn?: string | undefined
  signedOn?: string | undefined
  issuedOn?: string | undefined
}

const LABELS: Record<DeadlineStep, Label> = {
  registration: { vi: 'Đăng ký văn bản đến', en: 'Registration' },
  transfer: { vi: 'Trình, chuyển giao văn bản đến', en: 'Presentation and transfer' },
  handling: { vi: 'Giải quyết văn bản đến', en: 'Handling' },
  numbering: { vi: 'Cấp số, thời gian ban hành', en: 'Numbering and dating' },
  issue: { vi: 'Phát hành văn bản đi', en: 'Issue' },
}

function date(value: string | undefined, field: string): IsoDate | undefined {
  if (value === undefined) return undefined
  if (!isIsoDate(value)) throw invalidArgument(field, value, 'an ISO date YYYY-MM-DD that exists')
  return value
}

function days(value: number | undefined, field: string): number | undefined {
  if (value === undefined) return undefined
  if (!Number.isSafeInteger(value) || value < 0) throw invalidArgument(field, value, 'a whole number of working days ≥ 0')
  return value
}

/**
 * The deadlines of one register entry, step by step (see
 * {@link DeadlineStep}), computed with working days of the civil-service
 * calendar: "the same day, at the latest the next working day" is due on
 * the next working day after the start (Monday for a document received on
 * Friday or Saturday); urgent documents are due the same day.
 *
 * The direction decides which fields and options count: `receivedOn`,
 * `transferredOn`, `handlingDeadline`, `completedOn`, `handlingDays` and
 * `urgentHandlingDays` only with `direction: 'incoming'` (the default);
 * `signedOn` only with `direction: 'outgoing'`. Passing one with the other
 * direction is a `RangeError` rather than a deadline silently left out.
 *
 * @example
 * ```ts
 * import { documentDeadlines } from 'hanhchinh/documents'
 * // received Friday 26/04/2024, before the 30/4–1/5 holidays (29/4 swapped off)
 * documentDeadlines({ number: 1, date: '2024-04-26', receivedOn: '2024-04-26' }).map((s) => [s.step, s.due])
 * //=> [['registration', '2024-05-02'], ['transfer', '2024-05-02']]
 * documentDeadlines({ number: 2, date: '2024-04-26', urgency: 'hoa-toc' })[0] //=> { step: 'transfer', due: '2024-04-26', immediate: true }
 * // signed Friday 10/05/2024: numbered and issued by Monday 13/05
 * documentDeadlines({ number: 5, date: '2024-05-13', signedOn: '2024-05-10', issuedOn: '2024-05-14' }, { direction: 'outgoing' }).map((s) => [s.step, s.due, s.done])
 * //=> [['numbering', '2024-05-13', '2024-05-13'], ['issue', '2024-05-13', '2024-05-14']]
 * // a field the direction does not read is refused, not ignored
 * documentDeadlines({ number: 5, date: '2024-05-13', signedOn: '2024-05-10' }) //=> throws RangeError: "entry.signedOn" of documentDeadlines is used only with direction: 'outgoing'
 * documentDeadlines({ number: 5, date: '2024-05-13' }, { direction: 'outgoing', handlingDays: 5 }) //=> throws RangeError: Option "handlingDays" of documentDeadlines is used only with direction: 'incoming'
 * documentDeadlines({ number: 5, date: '2024-05-13' }, { handlingDay: 5 } as never) //=> throws RangeError: did you mean "handlingDays"?
 * ```
 */
export function documentDeadlines(entry: DeadlineEntry, options?: DeadlineOptions): StepDeadline[] {
  return deadlinesOf(entry, readDeadlineOptions(readOptions(options, DEADLINE_OPTIONS, 'documentDeadlines'), 'documentDeadlines', undefined))
}

interface ReadDeadlineOptions {
  direction: RegisterDirection
  calendar: WorkCalendar
  handlingDays: number | undefined
  urgentHandlingDays: number | undefined
  where: string
}

function readDeadlineOptions(o: Partial<DeadlineOptions>, where: string, registerDirection: unknown): ReadDeadlineOptions {
  const calendar = o.calendar ?? vietnamCivilService
  if (calendar === null || typeof calendar !== 'object' || typeof calendar.nextWorkingDay !== 'function' || typeof calendar.addWorkingDays !== 'function') {
    throw wrongType('options.calendar', calendar, 'a WorkCalendar from hanhchinh/calendar')
  }
  const direction = o.direction !== undefined || registerDirection === undefined
    ? readChoice(o.direction, ['incoming', 'outgoing'], 'incoming', 'options.direction')
    : readChoice(registerDirection, ['incoming', 'outgoing'], 'incoming', 'register.direction')
  const incoming = direction === 'incoming'
  refuseIgnoredOption(o, 'handlingDays', incoming, "direction: 'incoming'", where)
  refuseIgnoredOption(o, 'urgentHandlingDays', incoming, "direction: 'incoming'", where)
  return {
    direction, calendar, where,
    handlingDays: days(o.handlingDays, 'options.handlingDays'),
    urgentHandlingDays: days(o.urgentHandlingDays, 'options.urgentHandlingDays'),
  }
}

function deadlinesOf(entry: DeadlineEntry, o: ReadDeadlineOptions): StepDeadline[] {
  if (entry === null || typeof entry !== 'object') throw wrongType('entry', entry, 'a register entry')
  const { calendar, direction } = o
  // a field the direction does not read would be ignored in silence: refuse it, naming the direction it needs
  for (const field of INCOMING_ONLY) refuseIgnoredField(entry, field, direction === 'incoming', "direction: 'incoming'", o.where)
  for (const field of OUTGOING_ONLY) refuseIgnoredField(entry, field, direction === 'outgoing', "direction: 'outgoing'", o.where)
  const bases = documentRulesBasis()
  checkNumber(entry.number, 'entry.number')
  const registered = date(entry.date, 'entry.date')
  if (registered === undefined) throw invalidArgument('entry.date', entry.date, 'an ISO date YYYY-MM-DD')
  const urgent = checkUrgency(entry.urgency, 'entry.urgency') !== undefined
  const nextOrSame = (d: IsoDate): IsoDate => (urgent ? d : calendar.nextWorkingDay(d))
  const urgentBasis = urgent ? [bases.urgentImmediately] : []
  const steps: StepDeadline[] = []
  const push = (step: DeadlineStep, from: IsoDate, due: IsoDate, done: IsoDate | undefined, basis: LegalBasis[], immediate = urgent): void => {
    steps.push({ step, label: LABELS[step], from, due, done, immediate, provisional: calendar.isProvisional(Number(due.slice(0, 4))), basis })
  }
  if (direction === 'incoming') {
    const received = date(entry.receivedOn, 'entry.receivedOn')
    if (received !== undefined) push('registration', received, nextOrSame(received), registered, [bases.sameOrNextWorkingDay, ...urgentBasis])
    const transferred = date(entry.transferredOn, 'entry.transferredOn')
    push('transfer', registered, nextOrSame(registered), transferred, [bases.presentIncoming, bases.sameOrNextWorkingDay, ...urgentBasis])
    const explicit = date(entry.handlingDeadline, 'entry.handlingDeadline')
    const completed = date(entry.completedOn, 'entry.completedOn')
    const start = transferred ?? nextOrSame(registered)
    const normal = o.handlingDays
    const n = urgent ? (o.urgentHandlingDays ?? (normal === undefined ? undefined : 0)) : normal
    if (explicit !== undefined) push('handling', start, explicit, completed, [bases.handlingDeadline], false)
    else if (n !== undefined) push('handling', start, calendar.addWorkingDays(start, n), completed, [bases.handlingDeadline, ...urgentBasis])
  } else {
    const signed = date(entry.signedOn, 'entry.signedOn')
    if (signed !== undefined) {
      push('numbering', signed, calendar.nextWorkingDay(signed), registered, [bases.numberingAfterSignature], false)
      push('issue', signed, nextOrSame(signed), date(entry.issuedOn, 'entry.issuedOn'), [bases.issueOutgoing, ...urgentBasis])
    } else {
      push('issue', registered, nextOrSame(registered), date(entry.issuedOn, 'entry.issuedOn'), [bases.issueOutgoing, ...urgentBasis])
    }
  }
  return steps
}

/**
 * A step past its deadline, found by {@link overdueDocuments}.
 *
 * @example
 * ```ts
 * import { overdueDocuments, type OverdueStep } from 'hanhchinh/documents'
 * const late: OverdueStep[] = overdueDocuments([{ number: 7, date: '2024-01-02' }], { asOf: '2024-01-05' })
 * late[0]?.workingDaysOverdue //=> 2
 * ```
 */
export interface OverdueStep extends StepDeadline {
  /** Index of the entry in the register. */
  index: number
  number: number
  /** `'overdue'`: not done as of `asOf`; `'late'`: done after the due date (only with `includeLate`). */
  status: 'overdue' | 'late'
  /** Working days after the due date, up to `asOf` (overdue) or to the day done (late); 0 when only non-working days have passed. */
  workingDaysOverdue: number
  message: Label
}

function refuseIgnoredField(entry: DeadlineEntry, field: keyof DeadlineEntry, applies: boolean, needs: string, where: string): void {
  const value = entry[field]
  if (value === undefined || applies) return
  throw new RangeError(`Field "entry.${field}" of ${where} is used only with ${needs} (received ${JSON.stringify(value)}); pass that direction, or leave the field out`)
}

/**
 * The documents of a register whose registration, transfer, handling,
 * numbering or issue is overdue on `asOf` (a civil date, or an instant —
 * `Date`, date-time with offset — read in Vietnam time): the step is not
 * done by `asOf` and `asOf` is after its due date (see
 * {@link documentDeadlines}). With `includeLate`, steps done after their due
 * date are listed too. Sorted by due date, then register order.
 *
 * @example
 * ```ts
 * import { overdueDocuments } from 'hanhchinh/documents'
 * const register = {
 *   direction: 'incoming' as const,
 *   entries: [
 *     { number: 1, date: '2024-05-09', transferredOn: '2024-05-09' },
 *     { number: 2, date: '2024-05-09' },
 *     { number: 3, date: '2024-05-10', urgency: 'khan' as const },
 *   ],
 * }
 * overdueDocuments(register, { asOf: '2024-05-13' }).map((o) => [o.number, o.step, o.due, o.workingDaysOverdue])
 * //=> [[2, 'transfer', '2024-05-10', 1], [3, 'transfer', '2024-05-10', 1]]
 * overdueDocuments(register, { asOf: '2024-05-13' })[0]?.message.vi //=> 'Số 02: trình, chuyển giao văn bản đến quá hạn 1 ngày làm việc (hạn 10/05/2024)'
 * overdueDocuments(register, { asOf: 'hôm nay' }) //=> throws RangeError: options.asOf
 * ```
 */
export function overdueDocuments(
  register: Iterable<DeadlineEntry> | (Pick<Register, 'direction'> & { entries: Iterable<DeadlineEntry> }),
  options: OverdueOptions,
): OverdueStep[] {
  if (options === undefined) throw wrongType('options', options, '{ asOf }: the library never reads the clock')
  const o = readOptions(options, OVERDUE_OPTIONS, 'overdueDocuments')
  // the library's one asOf: an ISO date is that whole day; an instant is read as its civil date in Vietnam time
  const asOf = requireAsOf(o.asOf).date
  const isRegister = register !== null && typeof register === 'object' && 'entries' in register && !(Symbol.iterator in register)
  const entries: Iterable<DeadlineEntry> = isRegister ? (register as { entries: Iterable<DeadlineEntry> }).entries : register as Iterable<DeadlineEntry>
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) throw wrongType('register', register, 'a register or an iterable of entries')
  const read = readDeadlineOptions(o, 'overdueDocuments', isRegister ? (register as Pick<Register, 'direction'>).direction : undefined)
  const calendar = read.calendar
  if (o.includeLate !== undefined && typeof o.includeLate !== 'boolean') throw wrongType('options.includeLate', o.includeLate, 'a boolean')
  const out: OverdueStep[] = []
  let index = 0
  for (const entry of entries) {
    let steps: StepDeadline[]
    try {
      steps = deadlinesOf(entry, read)
    } catch (e) {
      // name the entry: "entry.urgency" → "register.entries[3].urgency"
      if (e instanceof RangeError || e instanceof TypeError) {
        const where = isRegister ? `register.entries[${index}]` : `register[${index}]`
        const Ctor = e instanceof RangeError ? RangeError : TypeError
        throw new Ctor(e.message.replace(/\bentry\b/g, where))
      }
      throw e
    }
    for (const s of steps) {
      if (compareIsoDates(s.from, asOf) > 0) continue
      const doneBy = s.done !== undefined && compareIsoDates(s.done, asOf) <= 0 ? s.done : undefined
      let status: OverdueStep['status'] | undefined
      let until: IsoDate | undefined
      if (doneBy === undefined && compareIsoDates(asOf, s.due) > 0) { status = 'overdue'; until = asOf }
      else if (o.includeLate === true && doneBy !== undefined && compareIsoDates(doneBy, s.due) > 0) { status = 'late'; until = doneBy }
      if (status === undefined || until === undefined) continue
      const n = calendar.workingDaysBetween(s.due, until)
      const no = entry.number < 10 ? `0${entry.number}` : String(entry.number)
      out.push({
        ...s, index, number: entry.number, status, workingDaysOverdue: n,
        message: status === 'overdue'
          ? { vi: `Số ${no}: ${s.label.vi.toLowerCase()} quá hạn${n > 0 ? ` ${n} ngày làm việc` : ''} (hạn ${formatVnDate(s.due)})`, en: `No. ${no}: ${s.label.en.toLowerCase()} overdue${n > 0 ? ` by ${n} working day${n === 1 ? '' : 's'}` : ''} (due ${s.due})` }
          : { vi: `Số ${no}: ${s.label.vi.toLowerCase()} trễ ${n} ngày làm việc (hạn ${formatVnDate(s.due)}, thực hiện ${formatVnDate(until)})`, en: `No. ${no}: ${s.label.en.toLowerCase()} done ${n} working day${n === 1 ? '' : 's'} late (due ${s.due}, done ${until})` },
      })
    }
    index++
  }
  return out.sort((a, b) => compareIsoDates(a.due, b.due) || a.index - b.index)
}
