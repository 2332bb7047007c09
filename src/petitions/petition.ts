import type { AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { civilDate, countFrom, readCalendar, type LetterCalendar, type LetterDeadline } from './deadline.js'
import { readRules, rulesOn, type LetterRules } from './rules.js'

/**
 * A petition or reflection (kiến nghị, phản ánh) — or any letter received at
 * citizen reception — to compute its answer deadlines for: when it was
 * received, and where known when the body it was forwarded to settled it and
 * when that result reached the reception.
 *
 * @example
 * ```ts
 * import type { PetitionInput } from 'hanhchinh/petitions'
 * const p: PetitionInput = { receivedAt: '2026-03-02' }
 * p.receivedAt //=> '2026-03-02'
 * ```
 */
export interface PetitionInput {
  receivedAt: AsOf
  /** When the competent body settled a letter forwarded to it (starts its report back to the forwarder). */
  settledAt?: AsOf | undefined
  /** When the forwarder received that result (starts its answer to the citizen). */
  resultReceivedAt?: AsOf | undefined
}

/**
 * Options of {@link petitionDeadlines}.
 *
 * @example
 * ```ts
 * import type { PetitionOptions } from 'hanhchinh/petitions'
 * const o: PetitionOptions = {}
 * o.rules //=> undefined
 * ```
 */
export interface PetitionOptions {
  /** @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
  /** @defaultValue the set of {@link LETTER_RULES} in force on the day of receipt */
  rules?: LetterRules | undefined
}

/**
 * The deadlines of a petition or reflection: `answerBy` (classify and answer
 * — accepted, needs more time, refused, or forwarded), and when the dates are
 * given, the report back to the forwarding body and the answer to the citizen.
 *
 * @example
 * ```ts
 * import { petitionDeadlines, type PetitionDeadlines } from 'hanhchinh/petitions'
 * const d: PetitionDeadlines = petitionDeadlines({ receivedAt: '2026-03-02' })
 * d.answerBy //=> '2026-03-16'
 * ```
 */
export interface PetitionDeadlines {
  regime: string
  /** Last day to classify, forward or answer. */
  answerBy: IsoDate
  /** Last day for the settling body to inform the forwarder (when `settledAt` is given). */
  informForwarderBy?: IsoDate
  /** Last day to inform the citizen of the result (when `resultReceivedAt` is given). */
  informCitizenBy?: IsoDate
  steps: { answer: LetterDeadline; informForwarder?: LetterDeadline; informCitizen?: LetterDeadline }
  provisional: boolean
  unconfirmed: string[]
}

const OPTION_NAMES: OptionNames<PetitionOptions> = { calendar: true, rules: true }
const INPUT_NAMES: OptionNames<PetitionInput> = { receivedAt: true, settledAt: true, resultReceivedAt: true }

/**
 * The deadlines of a petition or reflection (kiến nghị, phản ánh) under the
 * Law on Citizen Reception 42/2013/QH13:
 *
 * - **answer** within 10 working days of receipt — accepted, acceptance needs verification, refused,
 *   or forwarded to the competent body (Art 28(1)); the same limit is the time to classify and
 *   forward (Circular 05/2021/TT-TTCP Art 13–16 set the process; its own classification limit was not
 *   found: UNCONFIRMED);
 * - **inform the forwarder** of the result within 07 working days of settlement (Art 27(2));
 * - **inform the citizen** within 05 working days of receiving that result (Art 28(2)).
 *
 * The laws set no settlement limit for petitions and reflections themselves.
 * Reflections on administrative regulations follow their own regime (NĐ 20/2008/NĐ-CP), not
 * encoded here.
 *
 * @throws RangeError for an unreadable date, a settlement before receipt or an unknown option
 *
 * @example
 * ```ts
 * import { petitionDeadlines } from 'hanhchinh/petitions'
 * const d = petitionDeadlines({ receivedAt: '2026-02-10', settledAt: '2026-03-20', resultReceivedAt: '2026-03-25' })
 * d.answerBy //=> '2026-03-03'
 * d.informForwarderBy //=> '2026-03-31'
 * d.informCitizenBy //=> '2026-04-01'
 * d.steps.answer.basis[0] //=> { instrument: '42/2013/QH13', article: '28', clause: '1' }
 * ```
 */
export function petitionDeadlines(petition: PetitionInput, options?: PetitionOptions): PetitionDeadlines {
  const o = readOptions(options, OPTION_NAMES, 'petitionDeadlines')
  if (petition === undefined) throw wrongType('petition', petition, '{ receivedAt, … }')
  const p = readOptions(petition, INPUT_NAMES, 'petitionDeadlines (petition)')
  const calendar = readCalendar(o.calendar)
  const received = civilDate(p.receivedAt, 'petition.receivedAt')
  const rules = o.rules === undefined ? rulesOn(received, 'petition.receivedAt') : readRules(o.rules, 'options.rules')
  const answer = countFrom(received, rules.petition.answer, { vi: 'Trả lời, phân loại, chuyển đơn', en: 'Answer, classify or forward' }, calendar)
  const steps: PetitionDeadlines['steps'] = { answer }
  if (p.settledAt !== undefined) {
    const settled = civilDate(p.settledAt, 'petition.settledAt')
    if (settled < received) throw invalidArgument('petition.settledAt', p.settledAt, `a date not before receipt (${received})`)
    steps.informForwarder = countFrom(settled, rules.petition.informForwarder, { vi: 'Thông báo kết quả cho cơ quan chuyển đơn', en: 'Inform the forwarding body' }, calendar)
  }
  if (p.resultReceivedAt !== undefined) {
    const got = civilDate(p.resultReceivedAt, 'petition.resultReceivedAt')
    if (got < received) throw invalidArgument('petition.resultReceivedAt', p.resultReceivedAt, `a date not before receipt (${received})`)
    steps.informCitizen = countFrom(got, rules.petition.informCitizen, { vi: 'Thông báo kết quả cho công dân', en: 'Inform the citizen' }, calendar)
  }
  const all = [answer, steps.informForwarder, steps.informCitizen].filter((s): s is LetterDeadline => s !== undefined)
  const out: PetitionDeadlines = {
    regime: rules.id,
    answerBy: answer.date,
    steps,
    provisional: all.some((s) => s.provisional),
    unconfirmed: [...new Set(all.map((s) => s.unconfirmed).filter((u): u is string => u !== undefined))],
  }
  if (steps.informForwarder) out.informForwarderBy = steps.informForwarder.date
  if (steps.informCitizen) out.informCitizenBy = steps.informCitizen.date
  return out
}
