import { readAsOf, requireAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { complaintDeadlines } from './complaint.js'
import { readCalendar, type LetterCalendar, type LetterDeadline } from './deadline.js'
import { denunciationDeadlines } from './denunciation.js'
import { petitionDeadlines } from './petition.js'
import { readRules, type LetterRules } from './rules.js'
import { LETTER_KINDS, type LetterEventType, type LetterLike } from './schema.js'

/**
 * The status of a letter at `asOf`:
 *
 * - handled (settled, forwarded, or — for petitions and reflections — answered): `'on-time'` on or
 *   before its due date, `'late'` after it;
 * - not handled: `'open'` (within time) or `'overdue'` once the due date has passed;
 * - `'withdrawn'` when the citizen withdrew it before it was handled.
 *
 * @example
 * ```ts
 * import type { LetterStatus } from 'hanhchinh/petitions'
 * const s: LetterStatus = 'overdue'
 * s //=> 'overdue'
 * ```
 */
export type LetterStatus = 'on-time' | 'late' | 'open' | 'overdue' | 'withdrawn'

/**
 * Every {@link LetterStatus}, in report order.
 *
 * @example
 * ```ts
 * import { LETTER_STATUSES } from 'hanhchinh/petitions'
 * LETTER_STATUSES //=> ['on-time', 'late', 'open', 'overdue', 'withdrawn']
 * ```
 */
export const LETTER_STATUSES: readonly LetterStatus[] = Object.freeze(['on-time', 'late', 'open', 'overdue', 'withdrawn'])

/**
 * Bilingual labels of the letter statuses.
 *
 * @example
 * ```ts
 * import { LETTER_STATUS_LABELS } from 'hanhchinh/petitions'
 * LETTER_STATUS_LABELS.overdue.vi //=> 'Chưa giải quyết, quá hạn'
 * ```
 */
export const LETTER_STATUS_LABELS: Readonly<Record<LetterStatus, Label>> = {
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
  open: { vi: 'Đang giải quyết, trong hạn', en: 'Open, within time' },
  overdue: { vi: 'Chưa giải quyết, quá hạn', en: 'Open, overdue' },
  withdrawn: { vi: 'Rút đơn', en: 'Withdrawn' },
}

/**
 * The step a letter was judged on: accepting a complaint or processing a
 * denunciation initially (`'accept'`), settling it (`'settle'`), forwarding it
 * (`'forward'`), or answering a petition or reflection (`'answer'`).
 *
 * @example
 * ```ts
 * import type { LetterStage } from 'hanhchinh/petitions'
 * const s: LetterStage = 'settle'
 * s //=> 'settle'
 * ```
 */
export type LetterStage = 'accept' | 'settle' | 'forward' | 'answer'

/**
 * Options of {@link classifyLetter}: the moment of the answer (required —
 * the library never reads the clock), the calendar, and a rule set replacing
 * the dated lookup.
 *
 * @example
 * ```ts
 * import type { LetterClassifyOptions } from 'hanhchinh/petitions'
 * const o: LetterClassifyOptions = { asOf: '2026-03-31' }
 * o.asOf //=> '2026-03-31'
 * ```
 */
export interface LetterClassifyOptions {
  /** An ISO date (the END of that day in Vietnam time), an ISO date-time with offset, or a `Date`. */
  asOf: AsOf
  /** @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
  /** @defaultValue the set of {@link LETTER_RULES} in force on the day each letter was received */
  rules?: LetterRules | undefined
}

/**
 * The status of a letter with the due date it was judged against and the
 * basis of that date.
 *
 * @example
 * ```ts
 * import { classifyLetter, type LetterClassification } from 'hanhchinh/petitions'
 * const c: LetterClassification = classifyLetter({ kind: 'petition', received: '2026-03-02' }, { asOf: '2026-03-10' })
 * c //=> { status: 'open', stage: 'answer', due: '2026-03-16' }
 * ```
 */
export interface LetterClassification {
  status: LetterStatus
  label: Label
  stage: LetterStage
  /** The due date of the stage (last day, inclusive). */
  due: IsoDate
  /** The civil date the letter was handled or withdrawn, if it was by `asOf`. */
  finishedOn?: IsoDate
  /** The rule set applied. */
  regime: string
  basis: LegalBasis[]
  /** The due date rests on a year whose civil-service schedule is not announced. */
  provisional: boolean
  /** The UNCONFIRMED note of the due date's limit, when it has one. */
  unconfirmed?: string
}

/** Internal result with the instants the report needs. @internal */
export interface Judged {
  code: number
  stage: LetterStage
  deadline: LetterDeadline
  regime: string
  receivedDay: IsoDate
  finishedDay: IsoDate | undefined
  /** Civil dates of the events counted, by type (events at or before asOf). */
  events: Array<{ type: LetterEventType; day: IsoDate }>
}

const STATUS_CODE = { 'on-time': 0, late: 1, open: 2, overdue: 3, withdrawn: 4 } as const

const OPTION_NAMES: OptionNames<LetterClassifyOptions> = { asOf: true, calendar: true, rules: true }

/** Judge a letter at an instant. @internal */
export function judge(letter: LetterLike, asOfMs: number, asOfDay: IsoDate, calendar: LetterCalendar, rules: LetterRules | undefined): Judged {
  if (letter === null || typeof letter !== 'object') throw wrongType('letter', letter, 'a letter { kind, received, events }')
  const kind = letter.kind
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) throw invalidArgument('letter.kind', kind, `one of ${LETTER_KINDS.join(', ')}`)
  const received = readAsOf(letter.received, 'letter.received')
  if (received.date > asOfDay) throw invalidArgument('letter.received', letter.received, `a date not after asOf (${asOfDay})`)
  const raw = letter.events ?? []
  if (!Array.isArray(raw)) throw wrongType('letter.events', raw, 'an array of events')
  const events: Judged['events'] = []
  const read = raw.map((e, i) => {
    if (e === null || typeof e !== 'object') throw wrongType(`letter.events[${i}]`, e, 'an event { type, at }')
    const at = readAsOf(e.at, `letter.events[${i}].at`)
    if (at.date < received.date) throw invalidArgument(`letter.events[${i}].at`, e.at, `a date not before receipt (${received.date})`)
    return { type: e.type, at, i }
  }).filter((e) => e.at.epochMs <= asOfMs).sort((a, b) => a.at.epochMs - b.at.epochMs || a.i - b.i)
  let accepted: IsoDate | undefined
  let finish: { type: LetterEventType; day: IsoDate } | undefined
  let extensions = 0
  for (const e of read) {
    events.push({ type: e.type, day: e.at.date })
    if (finish !== undefined) continue
    switch (e.type) {
      case 'accepted':
        accepted ??= e.at.date
        if (kind === 'petition' || kind === 'reflection') finish = { type: e.type, day: e.at.date }
        break
      case 'extended':
        if (kind === 'complaint') throw invalidArgument(`letter.events[${e.i}].type`, e.type, 'no extension for a complaint (the Law on Complaints 02/2011/QH13 has none)')
        if (kind === 'denunciation') extensions++
        break
      case 'forwarded':
        if (accepted === undefined || kind === 'petition' || kind === 'reflection') finish = { type: e.type, day: e.at.date }
        break
      case 'settled':
      case 'withdrawn':
        finish = { type: e.type, day: e.at.date }
        break
      case 'classified':
        break
      default:
        throw invalidArgument(`letter.events[${e.i}].type`, e.type, 'one of classified, accepted, forwarded, extended, settled, withdrawn')
    }
  }
  const options = { calendar, ...(rules === undefined ? {} : { rules }) }
  let stage: LetterStage
  let deadline: LetterDeadline
  let regime: string
  if (kind === 'petition' || kind === 'reflection') {
    const d = petitionDeadlines({ receivedAt: received.date }, options)
    stage = 'answer'
    deadline = d.steps.answer
    regime = d.regime
  } else if (kind === 'complaint') {
    const round = letter.round ?? 1
    const d = complaintDeadlines({
      round, receivedAt: received.date, acceptedAt: accepted, complex: letter.complex, remoteArea: letter.remoteArea,
    }, options)
    regime = d.regime
    stage = finish?.type === 'forwarded' ? 'forward' : accepted !== undefined || finish?.type === 'settled' ? 'settle' : 'accept'
    deadline = stage === 'settle' ? d.steps.settle : d.steps.accept
  } else {
    if (accepted === undefined && extensions > 0) throw invalidArgument('letter.events', 'extended', 'an extension after the acceptance of the denunciation')
    const n = extensions as 0 | 1 | 2
    const base = { acceptedAt: accepted ?? received.date, extensions: n, ...(letter.especiallyComplex === undefined ? {} : { especiallyComplex: letter.especiallyComplex }) }
    const initial = denunciationDeadlines({ ...base, receivedAt: received.date, extensions: 0 }, options)
    regime = initial.regime
    if (finish?.type === 'forwarded') {
      stage = 'forward'
      deadline = initial.steps.forward!
    } else if (accepted !== undefined || finish?.type === 'settled') {
      stage = 'settle'
      if (accepted === undefined) {
        // settled without a recorded acceptance: settlement counted from the last day of initial processing
        deadline = denunciationDeadlines({ ...base, acceptedAt: initial.initialBy!, receivedAt: received.date }, options).steps.settleExtended
      } else {
        deadline = denunciationDeadlines({ ...base, receivedAt: received.date }, options).steps.settleExtended
      }
    } else {
      stage = 'accept'
      deadline = initial.steps.initial!
    }
  }
  let code: number
  if (finish === undefined) code = asOfDay > deadline.date ? STATUS_CODE.overdue : STATUS_CODE.open
  else if (finish.type === 'withdrawn') code = STATUS_CODE.withdrawn
  else code = finish.day > deadline.date ? STATUS_CODE.late : STATUS_CODE['on-time']
  return { code, stage, deadline, regime, receivedDay: received.date, finishedDay: finish?.day, events }
}

/** Read the classifier's options once. @internal */
export function readClassifyOptions(options: LetterClassifyOptions, where: string): { asOfMs: number; asOfDay: IsoDate; calendar: LetterCalendar; rules: LetterRules | undefined } {
  const o = readOptions(options, OPTION_NAMES, where)
  const asOf = requireAsOf(o.asOf)
  return {
    asOfMs: asOf.epochMs,
    asOfDay: asOf.date,
    calendar: readCalendar(o.calendar),
    rules: o.rules === undefined ? undefined : readRules(o.rules, 'options.rules'),
  }
}

function toClassification(j: Judged): LetterClassification {
  const status = LETTER_STATUSES[j.code]!
  const out: LetterClassification = {
    status, label: LETTER_STATUS_LABELS[status], stage: j.stage, due: j.deadline.date, regime: j.regime,
    basis: j.deadline.basis, provisional: j.deadline.provisional,
  }
  if (j.finishedDay !== undefined) out.finishedOn = j.finishedDay
  if (j.deadline.unconfirmed !== undefined) out.unconfirmed = j.deadline.unconfirmed
  return out
}

/**
 * Classify a letter at `asOf`: on time / late when handled, open / overdue
 * when not, or withdrawn (see {@link LetterStatus}), with the due date and its
 * basis. Events after `asOf` are ignored. The due date is that of the stage
 * the letter reached:
 *
 * - **complaint** — not yet accepted: the acceptance limit (10, from 01/07/2026 7 working days);
 *   accepted or settled: the settlement limit of its round and complexity ({@link complaintDeadlines});
 *   forwarded before acceptance: the acceptance limit;
 * - **denunciation** — not yet accepted: the initial processing limit (7 working days); forwarded:
 *   5 working days; accepted or settled: 30 days + 30 per `extended` event
 *   ({@link denunciationDeadlines}; a third extension is refused);
 * - **petition, reflection** — the first of accepted / forwarded / settled is the answer, due within
 *   10 working days ({@link petitionDeadlines}).
 *
 * A letter is due on the last day inclusive: handled that day is on time;
 * open at any moment of the next day is overdue.
 *
 * @throws TypeError when `asOf` is missing; RangeError for an invalid letter (unknown kind, an event
 * before receipt, an extension of a complaint, a third extension) or an unknown option
 *
 * @example
 * ```ts
 * import { classifyLetter } from 'hanhchinh/petitions'
 * const complaint = {
 *   kind: 'complaint', received: '2026-03-02', round: 1,
 *   events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'settled', at: '2026-04-10' }],
 * } as const
 * classifyLetter(complaint, { asOf: '2026-04-30' }) //=> { status: 'late', stage: 'settle', due: '2026-04-08', finishedOn: '2026-04-10' }
 * classifyLetter(complaint, { asOf: '2026-04-08' }) //=> { status: 'open', due: '2026-04-08' }
 * classifyLetter(complaint, { asOf: '2026-04-09' }).status //=> 'overdue'
 * classifyLetter({ kind: 'complaint', received: '2026-03-02', complex: true, events: complaint.events }, { asOf: '2026-04-30' }).status //=> 'on-time'
 * classifyLetter(complaint, {} as never) //=> throws TypeError: options.asOf
 * ```
 */
export function classifyLetter(letter: LetterLike, options: LetterClassifyOptions): LetterClassification {
  const o = readClassifyOptions(options, 'classifyLetter')
  return toClassification(judge(letter, o.asOfMs, o.asOfDay, o.calendar, o.rules))
}

/**
 * Build a classifier for many letters with the same options: the options are
 * read once (see {@link classifyLetter} for the rules).
 *
 * @example
 * ```ts
 * import { createLetterClassifier } from 'hanhchinh/petitions'
 * const classify = createLetterClassifier({ asOf: '2026-03-20' })
 * classify({ kind: 'denunciation', received: '2026-03-02' }) //=> { status: 'overdue', stage: 'accept', due: '2026-03-11' }
 * classify({ kind: 'reflection', received: '2026-03-02', events: [{ type: 'forwarded', at: '2026-03-06' }] }).status //=> 'on-time'
 * ```
 */
export function createLetterClassifier(options: LetterClassifyOptions): (letter: LetterLike) => LetterClassification {
  const o = readClassifyOptions(options, 'createLetterClassifier')
  return (letter) => toClassification(judge(letter, o.asOfMs, o.asOfDay, o.calendar, o.rules))
}
