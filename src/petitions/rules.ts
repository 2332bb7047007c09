import { readAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { datedRule, valueOnDay, type DatedRule } from '../core/dated.js'
import { CARRIED_OVER_2026, PETITION_BASIS as B } from './basis.js'

/**
 * A time limit of the letters' rules: an amount of calendar days (`'days'`,
 * first day not counted, a last day that is a rest day rolls to the next
 * working day — BLDS 2015 Art 147(2), 148(5)) or of working days, with its
 * legal basis and, when the value or its unit is not confirmed, why.
 *
 * @example
 * ```ts
 * import { lettersRulesAt, type DayLimit } from 'hanhchinh/petitions'
 * const accept: DayLimit = lettersRulesAt('2026-07-01').complaint.accept[1]
 * accept //=> { amount: 7, unit: 'working-days' }
 * ```
 */
export interface DayLimit {
  readonly amount: number
  readonly unit: 'days' | 'working-days'
  readonly basis: readonly LegalBasis[]
  /** Why this limit (its value or its unit) is UNCONFIRMED, when it is. */
  readonly unconfirmed?: string
}

/**
 * The settlement limits of one complaint round: simple, complex, in a remote
 * area (vùng sâu, vùng xa đi lại khó khăn), complex in a remote area.
 *
 * @example
 * ```ts
 * import { lettersRulesAt, type SettleLimits } from 'hanhchinh/petitions'
 * const round1: SettleLimits = lettersRulesAt('2026-03-02').complaint.settle[1]
 * [round1.simple.amount, round1.complex.amount, round1.remote.amount, round1.remoteComplex.amount] //=> [30, 45, 45, 60]
 * ```
 */
export interface SettleLimits {
  readonly simple: DayLimit
  readonly complex: DayLimit
  readonly remote: DayLimit
  readonly remoteComplex: DayLimit
}

/**
 * Every time limit of citizens' letters in force for one period: complaints,
 * denunciations, petitions and reflections. A set is chosen by the date the
 * letter was received ({@link lettersRulesAt}); a caller may pass their own
 * set instead (option `rules`) to replace an UNCONFIRMED value.
 *
 * @example
 * ```ts
 * import { lettersRulesAt, type LetterRules } from 'hanhchinh/petitions'
 * const r: LetterRules = lettersRulesAt('2026-03-02')
 * r.id //=> 'law-2011-2018'
 * r.denunciation.settle.amount //=> 30
 * r.denunciation.maxExtensions //=> { complex: 1, especiallyComplex: 2 }
 * ```
 */
export interface LetterRules {
  /** Id of the rule set, e.g. `'law-2011-2018'`, `'law-2025'`. */
  readonly id: string
  readonly complaint: {
    /** Accept (thụ lý) or refuse, per round, from receipt. */
    readonly accept: { readonly 1: DayLimit; readonly 2: DayLimit }
    /** Settle, per round, from acceptance. */
    readonly settle: { readonly 1: SettleLimits; readonly 2: SettleLimits }
    /** Complain again (round 2) after the first settlement: normal and remote areas. */
    readonly complainAgain: { readonly normal: DayLimit; readonly remote: DayLimit }
    /** Sue in an administrative court: the limitation in years from the decision or the end of the limit. */
    readonly sue: { readonly years: number; readonly basis: readonly LegalBasis[]; readonly unconfirmed?: string }
  }
  readonly denunciation: {
    /** Register, classify, process initially (and accept) from receipt. */
    readonly initial: DayLimit
    /** The same when verification at several places is needed. */
    readonly initialMax: DayLimit
    /** Forward a denunciation outside the receiver's competence. */
    readonly forward: DayLimit
    /** Settle from acceptance. */
    readonly settle: DayLimit
    /** Each extension. */
    readonly extension: DayLimit
    /** How many extensions a complex and an especially complex case may have. */
    readonly maxExtensions: { readonly complex: number; readonly especiallyComplex: number }
  }
  readonly petition: {
    /** Answer (accepted, needs time, refused, forwarded) from receipt — also the time to classify and forward. */
    readonly answer: DayLimit
    /** Tell the forwarding body the result, from settlement. */
    readonly informForwarder: DayLimit
    /** Tell the citizen, from receipt of that result. */
    readonly informCitizen: DayLimit
  }
}

const d = (s: string): IsoDate => s as IsoDate
const limit = (amount: number, unit: DayLimit['unit'], basis: readonly LegalBasis[], unconfirmed?: string): DayLimit =>
  unconfirmed === undefined ? { amount, unit, basis } : { amount, unit, basis, unconfirmed }

function complaintSettle(round: 1 | 2, values: readonly [number, number, number, number], extra?: string): SettleLimits {
  const basis = [round === 1 ? B.complaintSettle1 : B.complaintSettle2, B.calendarDaysReading]
  const why = extra === undefined ? B.calendarDaysReading.unconfirmed : `${B.calendarDaysReading.unconfirmed}. ${extra}`
  return {
    simple: limit(values[0], 'days', basis, why),
    complex: limit(values[1], 'days', basis, why),
    remote: limit(values[2], 'days', basis, why),
    remoteComplex: limit(values[3], 'days', basis, why),
  }
}

function lawRules(id: string, acceptance: { 1: DayLimit; 2: DayLimit }, extra?: string): LetterRules {
  const plus = (why: string | undefined): string | undefined => (extra === undefined ? why : why === undefined ? extra : `${why}. ${extra}`)
  const amended = extra === undefined ? [] : [B.amendingLaw]
  return {
    id,
    complaint: {
      accept: acceptance,
      settle: { 1: complaintSettle(1, [30, 45, 45, 60], extra), 2: complaintSettle(2, [45, 60, 60, 70], extra) },
      complainAgain: {
        normal: limit(30, 'days', [B.complaintAgain, B.calendarDaysReading, ...amended], plus(B.calendarDaysReading.unconfirmed)),
        remote: limit(45, 'days', [B.complaintAgain, B.calendarDaysReading, ...amended], plus(B.calendarDaysReading.unconfirmed)),
      },
      sue: { years: 1, basis: [B.complaintSue, B.sueLimitation], unconfirmed: B.sueLimitation.unconfirmed },
    },
    denunciation: {
      initial: limit(7, 'working-days', [B.denunciationInitial, ...amended], extra),
      initialMax: limit(10, 'working-days', [B.denunciationInitial, ...amended], extra),
      forward: limit(5, 'working-days', [B.denunciationForward, ...amended], extra),
      settle: limit(30, 'days', [B.denunciationSettle, ...amended], plus('Art 30 writes plain "ngày": read as calendar days (Civil Code default), by inference')),
      extension: limit(30, 'days', [B.denunciationExtension, ...amended], plus('Art 30 writes plain "ngày": read as calendar days (Civil Code default), by inference')),
      maxExtensions: { complex: 1, especiallyComplex: 2 },
    },
    petition: {
      answer: limit(10, 'working-days', [B.receptionAnswer, B.handlingLetters, ...amended], extra),
      informForwarder: limit(7, 'working-days', [B.receptionInformForwarder, ...amended], extra),
      informCitizen: limit(5, 'working-days', [B.receptionInformCitizen, ...amended], extra),
    },
  }
}

const ACCEPT_UNTIL_2026 = (round: 1 | 2): DayLimit =>
  limit(10, 'working-days', [round === 1 ? B.complaintAccept1 : B.complaintAccept2, B.complaintAcceptWorkingDays], B.complaintAcceptWorkingDays.unconfirmed)
const ACCEPT_FROM_2026: DayLimit = limit(7, 'working-days', [B.complaintAccept2026, B.amendingLaw])

/**
 * The dated rule sets of citizens' letters, in date order, read by
 * {@link lettersRulesAt} (the one lookup by date: no rule date is written
 * inside a function):
 *
 * - `'law-2011-2018'` until 30/06/2026 — Law on Complaints 02/2011/QH13, Law on Denunciations
 *   25/2018/QH14, Law on Citizen Reception 42/2013/QH13 in their original wording;
 * - `'law-2025'` from 01/07/2026 — acceptance of a complaint in 07 working days (NĐ 124/2020
 *   Art 16(1) as amended by NĐ 155/2026/NĐ-CP); every other limit carried over UNCONFIRMED, since
 *   the text of the amending Law 136/2025/QH15 could not be read.
 *
 * @example
 * ```ts
 * import { LETTER_RULES } from 'hanhchinh/petitions'
 * LETTER_RULES.values.map((r) => r.value.id) //=> ['law-2011-2018', 'law-2025']
 * LETTER_RULES.values[0]?.to //=> '2026-06-30'
 * ```
 */
export const LETTER_RULES: DatedRule<LetterRules> = datedRule("citizens' letters", [
  { from: d('2019-01-01'), to: d('2026-06-30'), value: lawRules('law-2011-2018', { 1: ACCEPT_UNTIL_2026(1), 2: ACCEPT_UNTIL_2026(2) }), basis: [B.complaintAccept1, B.complaintSettle1] },
  { from: d('2026-07-01'), value: lawRules('law-2025', { 1: ACCEPT_FROM_2026, 2: ACCEPT_FROM_2026 }, CARRIED_OVER_2026), basis: [B.complaintAcceptWorkingDays] },
])

/**
 * The rule set of {@link LETTER_RULES} in force on a date (the date a letter
 * was received): an ISO date, an ISO date-time with offset or a `Date`, read
 * as its civil date in Vietnam time.
 *
 * @throws RangeError for a date before the first rule set (01/01/2019, the Law on Denunciations)
 *
 * @example
 * ```ts
 * import { lettersRulesAt } from 'hanhchinh/petitions'
 * lettersRulesAt('2026-06-30').complaint.accept[1].amount //=> 10
 * lettersRulesAt('2026-06-30T18:00:00Z').complaint.accept[1].amount //=> 7
 * lettersRulesAt('2018-12-31') //=> throws RangeError: Invalid date
 * ```
 */
export function lettersRulesAt(date: AsOf, argument = 'date'): LetterRules {
  return rulesOn(readAsOf(date, argument).date, argument)
}

/** {@link lettersRulesAt} on a civil date already read. @internal */
export function rulesOn(day: IsoDate, argument: string): LetterRules {
  const entry = valueOnDay(LETTER_RULES, day)
  if (entry === undefined) throw invalidArgument(argument, day, `a date from ${LETTER_RULES.values[0]!.from} on (no rule set of citizens' letters before it)`)
  return entry.value
}

/** Check a caller's rule set has the shape of {@link LetterRules}. @internal */
export function readRules(value: unknown, argument: string): LetterRules {
  if (value === null || typeof value !== 'object' || typeof (value as LetterRules).id !== 'string'
    || typeof (value as LetterRules).complaint !== 'object' || typeof (value as LetterRules).denunciation !== 'object'
    || typeof (value as LetterRules).petition !== 'object') {
    throw wrongType(argument, value, 'a LetterRules set (see LETTER_RULES)')
  }
  return value as LetterRules
}
