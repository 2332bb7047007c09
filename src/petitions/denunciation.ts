import type { AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { PETITION_BASIS as B } from './basis.js'
import { civilDate, countFrom, readCalendar, type LetterCalendar, type LetterDeadline } from './deadline.js'
import { readRules, rulesOn, type LetterRules } from './rules.js'

/**
 * A denunciation (tố cáo) to compute deadlines for: when it was received
 * (for the initial processing), when it was accepted (thụ lý), how many
 * extensions were decided, and its complexity. Dates are ISO dates, ISO
 * date-times with offset or `Date`s, read as civil dates in Vietnam time.
 *
 * @example
 * ```ts
 * import type { DenunciationInput } from 'hanhchinh/petitions'
 * const d: DenunciationInput = { receivedAt: '2026-03-02', acceptedAt: '2026-03-11', extensions: 1 }
 * d.extensions //=> 1
 * ```
 */
export interface DenunciationInput {
  /** Date of receipt: starts the initial processing (7, up to 10 working days). */
  receivedAt?: AsOf | undefined
  /** Date of the decision to accept (thụ lý): starts settlement. */
  acceptedAt: AsOf
  /** Extensions decided: 0, 1 (complex) or 2 (especially complex). @defaultValue 0 */
  extensions?: 0 | 1 | 2 | undefined
  /**
   * Especially complex (2 or more criteria of NĐ 31/2019 Art 3(2)): allows a second extension.
   * @defaultValue `true` when `extensions` is 2 (the second extension is the decision that the case
   * is especially complex), `false` otherwise; `false` with 2 extensions is refused
   */
  especiallyComplex?: boolean | undefined
}

/**
 * Options of {@link denunciationDeadlines}.
 *
 * @example
 * ```ts
 * import type { DenunciationOptions } from 'hanhchinh/petitions'
 * const o: DenunciationOptions = {}
 * Object.keys(o).length //=> 0
 * ```
 */
export interface DenunciationOptions {
  /** @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
  /** @defaultValue the set of {@link LETTER_RULES} in force on the day of receipt (or of acceptance) */
  rules?: LetterRules | undefined
}

/**
 * The deadlines of a denunciation: initial processing (when the receipt date
 * is given), settlement without extension, each extension, and `settleBy`,
 * the settlement date with the extensions decided.
 *
 * @example
 * ```ts
 * import { denunciationDeadlines, type DenunciationDeadlines } from 'hanhchinh/petitions'
 * const d: DenunciationDeadlines = denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 1 })
 * d.settleBy //=> '2026-05-11'
 * d.extensions.length //=> 1
 * ```
 */
export interface DenunciationDeadlines {
  regime: string
  /** Last day to register, classify and process initially (and accept or notify), when received is given. */
  initialBy?: IsoDate
  /** The same where verification at several places is needed. */
  initialMaxBy?: IsoDate
  /** Last day to forward a denunciation outside the receiver's competence. */
  forwardBy?: IsoDate
  /** Settlement with the extensions decided. */
  settleBy: IsoDate
  steps: {
    initial?: LetterDeadline
    initialMax?: LetterDeadline
    forward?: LetterDeadline
    /** Settlement without extension (30 days). */
    settle: LetterDeadline
    /** Settlement with the extensions decided (equal to `settle` without extension). */
    settleExtended: LetterDeadline
  }
  /** Each extension: its number and the new settlement date. */
  extensions: Array<{ number: 1 | 2; settleBy: IsoDate; deadline: LetterDeadline }>
  provisional: boolean
  unconfirmed: string[]
}

const OPTION_NAMES: OptionNames<DenunciationOptions> = { calendar: true, rules: true }
const INPUT_NAMES: OptionNames<DenunciationInput> = { receivedAt: true, acceptedAt: true, extensions: true, especiallyComplex: true }

/**
 * The deadlines of a denunciation under the Law on Denunciations
 * 25/2018/QH14, with the rule set in force on the day of receipt
 * ({@link LETTER_RULES}):
 *
 * - **initial processing** — register, classify, check the conditions and accept (Art 29) or
 *   notify: 07 working days from receipt, up to 10 where verification at several places is needed
 *   (Art 24(1)); forward outside the receiver's competence within 05 working days (Art 24(2));
 * - **settle** — 30 days from acceptance (Art 30(1)), **+30 days per extension**: once for a complex
 *   case, twice for an especially complex one (Art 30(2)–(4); NĐ 31/2019 Art 3). A third extension
 *   has no basis and is refused. Settlement days are read as calendar days (Art 30 writes "ngày";
 *   inference, UNCONFIRMED), the last day rolled to the next working day (BLDS 2015 Art 148(5)).
 *
 * @throws RangeError for a third extension (citing Art 30 Law 25/2018/QH14), two extensions of a
 * case that is not especially complex, an acceptance before receipt, an unreadable date or an
 * unknown option; TypeError for a wrong type
 *
 * @example
 * ```ts
 * import { denunciationDeadlines } from 'hanhchinh/petitions'
 * denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 0 }).settleBy //=> '2026-04-10'
 * denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 1 }).settleBy //=> '2026-05-11'
 * denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 2 }).settleBy //=> '2026-06-09'
 * const d = denunciationDeadlines({ receivedAt: '2026-03-02', acceptedAt: '2026-03-11' })
 * d.initialBy //=> '2026-03-11'
 * d.initialMaxBy //=> '2026-03-16'
 * d.steps.settle.basis[0] //=> { instrument: '25/2018/QH14', article: '30', clause: '1' }
 * denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 3 } as never) //=> throws RangeError: Art 30(2)–(4) of the Law on Denunciations 25/2018/QH14
 * denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 2, especiallyComplex: false }) //=> throws RangeError: especially complex
 * ```
 */
export function denunciationDeadlines(denunciation: DenunciationInput, options?: DenunciationOptions): DenunciationDeadlines {
  const o = readOptions(options, OPTION_NAMES, 'denunciationDeadlines')
  if (denunciation === undefined) throw wrongType('denunciation', denunciation, '{ acceptedAt, extensions, … }')
  const x = readOptions(denunciation, INPUT_NAMES, 'denunciationDeadlines (denunciation)')
  const calendar = readCalendar(o.calendar)
  const accepted = civilDate(x.acceptedAt, 'denunciation.acceptedAt')
  const received = x.receivedAt === undefined ? undefined : civilDate(x.receivedAt, 'denunciation.receivedAt')
  if (received !== undefined && accepted < received) throw invalidArgument('denunciation.acceptedAt', x.acceptedAt, `a date not before receipt (${received})`)
  const rules = o.rules === undefined
    ? rulesOn(received ?? accepted, received === undefined ? 'denunciation.acceptedAt' : 'denunciation.receivedAt')
    : readRules(o.rules, 'options.rules')
  const r = rules.denunciation
  const n = x.extensions ?? 0
  const cite = `Art ${B.denunciationExtension.article}(2)–(4) of the Law on Denunciations ${B.denunciationExtension.instrument}`
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalidArgument('denunciation.extensions', n, '0, 1 or 2')
  if (n > r.maxExtensions.especiallyComplex) {
    throw invalidArgument('denunciation.extensions', n,
      `at most ${r.maxExtensions.especiallyComplex} extensions: once for a complex case, twice for an especially complex one (${cite}); a further extension has no legal basis`)
  }
  if (x.especiallyComplex !== undefined && typeof x.especiallyComplex !== 'boolean') throw wrongType('denunciation.especiallyComplex', x.especiallyComplex, 'a boolean')
  const especially = x.especiallyComplex ?? n > r.maxExtensions.complex
  if (!especially && n > r.maxExtensions.complex) {
    throw invalidArgument('denunciation.extensions', n,
      `at most ${r.maxExtensions.complex} extension unless the case is especially complex (${cite}; NĐ 31/2019/NĐ-CP Art 3(3))`)
  }

  const settle = countFrom(accepted, r.settle, { vi: 'Giải quyết tố cáo', en: 'Settle the denunciation' }, calendar)
  const extensions: DenunciationDeadlines['extensions'] = []
  for (let i = 1; i <= n; i++) {
    const deadline = countFrom(accepted, { ...r.settle, basis: [...r.settle.basis, ...r.extension.basis] }, {
      vi: `Gia hạn giải quyết tố cáo lần ${i}`, en: `Extension ${i}`,
    }, calendar, i * r.extension.amount)
    extensions.push({ number: i as 1 | 2, settleBy: deadline.date, deadline })
  }
  const settleExtended = extensions.at(-1)?.deadline ?? settle
  const steps: DenunciationDeadlines['steps'] = { settle, settleExtended }
  if (received !== undefined) {
    steps.initial = countFrom(received, r.initial, { vi: 'Tiếp nhận, xử lý ban đầu, thụ lý', en: 'Initial processing and acceptance' }, calendar)
    steps.initialMax = countFrom(received, r.initialMax, { vi: 'Xử lý ban đầu (cần xác minh nhiều nơi)', en: 'Initial processing (verification at several places)' }, calendar)
    steps.forward = countFrom(received, r.forward, { vi: 'Chuyển tố cáo không thuộc thẩm quyền', en: 'Forward (outside competence)' }, calendar)
  }
  const all = [steps.initial, steps.initialMax, steps.forward, settle, settleExtended].filter((s): s is LetterDeadline => s !== undefined)
  const out: DenunciationDeadlines = {
    regime: rules.id,
    settleBy: settleExtended.date,
    steps,
    extensions,
    provisional: all.some((s) => s.provisional),
    unconfirmed: [...new Set(all.map((s) => s.unconfirmed).filter((u): u is string => u !== undefined))],
  }
  if (steps.initial) out.initialBy = steps.initial.date
  if (steps.initialMax) out.initialMaxBy = steps.initialMax.date
  if (steps.forward) out.forwardBy = steps.forward.date
  return out
}
