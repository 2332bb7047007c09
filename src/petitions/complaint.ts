import type { AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { addDays, daysInMonth, isoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { PETITION_BASIS as B } from './basis.js'
import { civilDate, countFrom, readCalendar, type LetterCalendar, type LetterDeadline } from './deadline.js'
import { readRules, rulesOn, type LetterRules } from './rules.js'

/**
 * A complaint (khiếu nại) to compute deadlines for: the round (1 = first
 * settlement, 2 = second), the date it was received, and where known the
 * date it was accepted (thụ lý) and the date the complainant received the
 * settlement decision. Dates are ISO dates, ISO date-times with offset or
 * `Date`s, read as civil dates in Vietnam time.
 *
 * @example
 * ```ts
 * import type { ComplaintInput } from 'hanhchinh/petitions'
 * const c: ComplaintInput = { round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09', complex: true }
 * c.round //=> 1
 * ```
 */
export interface ComplaintInput {
  round: 1 | 2
  receivedAt: AsOf
  /** Date of acceptance (thụ lý); without it, settlement is counted from the last day to accept. */
  acceptedAt?: AsOf | undefined
  /** Complex case (vụ việc phức tạp; criteria: NĐ 124/2020 Art 3a from 01/07/2026). @defaultValue false */
  complex?: boolean | undefined
  /** Remote, hard-to-reach area (vùng sâu, vùng xa đi lại khó khăn). @defaultValue false */
  remoteArea?: boolean | undefined
  /** When the complainant received the settlement decision (starts the windows to complain again and to sue). */
  decisionReceivedAt?: AsOf | undefined
}

/**
 * Options of {@link complaintDeadlines}: the working-day calendar and a rule
 * set replacing the dated lookup of {@link LETTER_RULES}.
 *
 * @example
 * ```ts
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * import type { ComplaintOptions } from 'hanhchinh/petitions'
 * const o: ComplaintOptions = { calendar: vietnamCivilService }
 * typeof o.calendar //=> 'object'
 * ```
 */
export interface ComplaintOptions {
  /** @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
  /** @defaultValue the set of {@link LETTER_RULES} in force on the day of receipt */
  rules?: LetterRules | undefined
}

/**
 * The window to sue in an administrative court after a complaint: from the
 * first day it is open (the decision received, or the day after the
 * settlement limit passed without one) to the last day of the limitation.
 *
 * @example
 * ```ts
 * import { complaintDeadlines, type SueWindow } from 'hanhchinh/petitions'
 * const w: SueWindow = complaintDeadlines({ round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09' }).steps.sue
 * w //=> { from: '2026-04-09', to: '2027-04-08' }
 * ```
 */
export interface SueWindow {
  from: IsoDate
  to: IsoDate
  basis: LegalBasis[]
  unconfirmed?: string
}

/**
 * The deadlines of a complaint: accept or refuse (`acceptBy`), settle
 * (`settleBy`), complain again (`complainAgainBy`, first round only) and the
 * window to sue, each step with its limit, unit, article and UNCONFIRMED
 * note in `steps`.
 *
 * @example
 * ```ts
 * import { complaintDeadlines, type ComplaintDeadlines } from 'hanhchinh/petitions'
 * const d: ComplaintDeadlines = complaintDeadlines({ round: 2, receivedAt: '2026-03-02', acceptedAt: '2026-03-09' })
 * d.settleBy //=> '2026-04-23'
 * d.complainAgainBy //=> undefined
 * ```
 */
export interface ComplaintDeadlines {
  round: 1 | 2
  /** The rule set applied (`'law-2011-2018'`, `'law-2025'`, or the caller's). */
  regime: string
  acceptBy: IsoDate
  settleBy: IsoDate
  /** First round: last day to complain again (round 2). */
  complainAgainBy?: IsoDate
  /** Whether settlement was counted from the actual acceptance or from the last day to accept. */
  settleCountedFrom: 'acceptance' | 'latest-acceptance'
  steps: {
    accept: LetterDeadline
    settle: LetterDeadline
    complainAgain?: LetterDeadline
    sue: SueWindow
  }
  /** A count crosses a year whose civil-service schedule is not announced. */
  provisional: boolean
  /** Every UNCONFIRMED note of the steps, once each. */
  unconfirmed: string[]
}

const COMPLAINT_NAMES: OptionNames<ComplaintOptions> = { calendar: true, rules: true }
const INPUT_NAMES: OptionNames<ComplaintInput> = {
  round: true, receivedAt: true, acceptedAt: true, complex: true, remoteArea: true, decisionReceivedAt: true,
}

function readFlag(value: unknown, argument: string): boolean {
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw wrongType(argument, value, 'a boolean')
  return value
}

/** The same day a number of years later, or the last day of that month (BLDS 2015 Art 148(3)–(4)). @internal */
export function addYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years
  const m = Number(date.slice(5, 7))
  return isoDate(y, m, Math.min(Number(date.slice(8, 10)), daysInMonth(y, m)))
}

/**
 * The deadlines of a complaint under the Law on Complaints 02/2011/QH13
 * and its implementing decree (NĐ 124/2020/NĐ-CP), with the rule set in
 * force on the day of receipt ({@link LETTER_RULES}):
 *
 * - **accept or refuse** (thụ lý): 10 working days from receipt (Law Art 27 / 36(1) say "10
 *   ngày"; the implementing rules — TT 07/2013 Art 5(1) as amended, NĐ 124/2020 Art 16(1) — say
 *   working days); **07 working days** for complaints received from 01/07/2026 (NĐ 155/2026);
 * - **settle**: from acceptance (or, when `acceptedAt` is not given, from the last day to accept),
 *   first round 30 days, complex 45, remote area 45, complex in a remote area 60 (Art 28); second
 *   round 45 / 60 / 60 / 70 (Art 37). Counted in **calendar days** — an inference, UNCONFIRMED;
 * - **complain again** (first round): 30 days (remote area 45) from receipt of the decision, or from
 *   the end of the settlement limit without one (Art 33(1));
 * - **sue** (Art 33(2)): open from the decision or the end of the limit; limitation 1 year (Law on
 *   Administrative Procedure Art 116(3), UNCONFIRMED).
 *
 * Calendar-day limits end on the next working day when the last day is a rest
 * day (BLDS 2015 Art 148(5)). Deadlines grow from simple to complex to complex
 * in a remote area, and from the first round to the second.
 *
 * @throws RangeError for a round other than 1 or 2, an unreadable date, an acceptance before
 * receipt, a date before 2019, or an unknown option; TypeError for a wrong type
 *
 * @example
 * ```ts
 * import { complaintDeadlines } from 'hanhchinh/petitions'
 * const simple = complaintDeadlines({ round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09' })
 * simple.acceptBy //=> '2026-03-16'
 * simple.settleBy //=> '2026-04-08'
 * simple.steps.settle.basis[0] //=> { instrument: '02/2011/QH13', article: '28' }
 * complaintDeadlines({ round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09', complex: true }).settleBy //=> '2026-04-23'
 * complaintDeadlines({ round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09', complex: true, remoteArea: true }).settleBy //=> '2026-05-08'
 * // received from 01/07/2026: 7 working days to accept (NĐ 155/2026)
 * complaintDeadlines({ round: 1, receivedAt: '2026-07-01' }).acceptBy //=> '2026-07-10'
 * complaintDeadlines({ round: 3, receivedAt: '2026-03-02' } as never) //=> throws RangeError: Invalid complaint.round
 * ```
 */
export function complaintDeadlines(complaint: ComplaintInput, options?: ComplaintOptions): ComplaintDeadlines {
  const o = readOptions(options, COMPLAINT_NAMES, 'complaintDeadlines')
  if (complaint === undefined) throw wrongType('complaint', complaint, '{ round, receivedAt, … }')
  const c = readOptions(complaint, INPUT_NAMES, 'complaintDeadlines (complaint)')
  const round = c.round
  if (round !== 1 && round !== 2) throw invalidArgument('complaint.round', round, '1 (first settlement) or 2 (second settlement)')
  const calendar = readCalendar(o.calendar)
  const received = civilDate(c.receivedAt, 'complaint.receivedAt')
  const rules = o.rules === undefined ? rulesOn(received, 'complaint.receivedAt') : readRules(o.rules, 'options.rules')
  const complex = readFlag(c.complex, 'complaint.complex')
  const remote = readFlag(c.remoteArea, 'complaint.remoteArea')

  const accept = countFrom(received, rules.complaint.accept[round], { vi: 'Thụ lý hoặc từ chối thụ lý', en: 'Accept or refuse' }, calendar)
  let acceptedOn: IsoDate | undefined
  if (c.acceptedAt !== undefined) {
    acceptedOn = civilDate(c.acceptedAt, 'complaint.acceptedAt')
    if (acceptedOn < received) throw invalidArgument('complaint.acceptedAt', c.acceptedAt, `a date not before receipt (${received})`)
  }
  const limits = rules.complaint.settle[round]
  const settleLimit = remote ? (complex ? limits.remoteComplex : limits.remote) : complex ? limits.complex : limits.simple
  const settle = countFrom(acceptedOn ?? accept.date, settleLimit, {
    vi: round === 1 ? 'Giải quyết khiếu nại lần đầu' : 'Giải quyết khiếu nại lần hai',
    en: round === 1 ? 'Settle (first round)' : 'Settle (second round)',
  }, calendar)

  let decisionOn: IsoDate | undefined
  if (c.decisionReceivedAt !== undefined) {
    decisionOn = civilDate(c.decisionReceivedAt, 'complaint.decisionReceivedAt')
    if (decisionOn < (acceptedOn ?? received)) {
      throw invalidArgument('complaint.decisionReceivedAt', c.decisionReceivedAt, `a date not before acceptance (${acceptedOn ?? received})`)
    }
  }
  const steps: ComplaintDeadlines['steps'] = { accept, settle, sue: sueWindow(rules, decisionOn ?? addDays(settle.date, 1), decisionOn === undefined, calendar) }
  if (round === 1) {
    steps.complainAgain = countFrom(decisionOn ?? settle.date, remote ? rules.complaint.complainAgain.remote : rules.complaint.complainAgain.normal,
      { vi: 'Khiếu nại lần hai', en: 'Complain again (second round)' }, calendar)
  }
  const all = [accept, settle, ...(steps.complainAgain ? [steps.complainAgain] : [])]
  const unconfirmed = [...new Set([...all.map((s) => s.unconfirmed), steps.sue.unconfirmed].filter((u): u is string => u !== undefined))]
  const out: ComplaintDeadlines = {
    round,
    regime: rules.id,
    acceptBy: accept.date,
    settleBy: settle.date,
    settleCountedFrom: acceptedOn === undefined ? 'latest-acceptance' : 'acceptance',
    steps,
    provisional: all.some((s) => s.provisional),
    unconfirmed,
  }
  if (steps.complainAgain) out.complainAgainBy = steps.complainAgain.date
  return out
}

function sueWindow(rules: LetterRules, from: IsoDate, afterLimit: boolean, calendar: LetterCalendar): SueWindow {
  // the limitation runs from the decision, or from the end of the settlement limit (the day before `from`)
  const start = afterLimit ? addDays(from, -1) : from
  const end = addYears(start, rules.complaint.sue.years)
  const to = calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end)
  const w: SueWindow = { from, to, basis: [...rules.complaint.sue.basis, ...(to !== end ? [B.rollToWorkingDay] : [])] }
  if (rules.complaint.sue.unconfirmed !== undefined) w.unconfirmed = rules.complaint.sue.unconfirmed
  return w
}
