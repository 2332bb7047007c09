import { readAsOf, type AsOf } from '../core/as-of.js'
import { describeValue, wrongType } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { formatVnDate } from '../format/date.js'
import { LETTER_RULES } from './rules.js'
import { LETTER_EVENT_TYPES, LETTER_KINDS, LETTER_KIND_LABELS, type LetterKind, type LetterLike } from './schema.js'

/**
 * The codes of the problems {@link validateLetter} finds (`'error'`: the
 * classifier and the report would throw on the letter, or its data cannot be
 * right; `'warning'`: the rules read it, but it should be looked at):
 *
 * - `'unknown-kind'` (error) — a `kind` that is not one of {@link LETTER_KINDS};
 * - `'invalid-date'` (error) — `received` or an event's `at` is not an ISO date, an ISO date-time
 *   with offset or a valid `Date`;
 * - `'invalid-field'` (error) — `events` is not an array, an event is not an object, `round` is not
 *   1 or 2, or `complex`, `especiallyComplex`, `remoteArea` is not a boolean;
 * - `'no-rules'` (error) — received before the first rule set of {@link LETTER_RULES} (01/01/2019);
 * - `'received-after-as-of'` (error) — received after `asOf`;
 * - `'unknown-event-type'` (error) — an event `type` that is not one of {@link LETTER_EVENT_TYPES};
 * - `'event-before-receipt'` (error) — an event on a day before the letter was received;
 * - `'settled-before-accepted'` (error) — a `settled` event earlier than the first `accepted` one;
 * - `'extension-not-allowed'` (error) — an `extended` event on a complaint (the Law on Complaints
 *   02/2011/QH13 has no extension), a petition or a reflection: only denunciations are extended;
 * - `'extension-before-acceptance'` (error) — a denunciation extended before it was accepted
 *   (settlement, and so its extension, runs from the acceptance, Art 30 Law 25/2018/QH14);
 * - `'too-many-extensions'` (error) — a third extension of a denunciation (at most two, Art 30(2)–(4));
 * - `'extension-without-complexity'` (error) — an extension of a denunciation recorded as not complex
 *   (`complex: false`, not especially complex), or a second extension of one recorded as not
 *   especially complex (`especiallyComplex: false`): Art 30(2)–(4), NĐ 31/2019/NĐ-CP Art 3;
 * - `'complexity-not-recorded'` (warning) — a denunciation extended once without `complex` or
 *   `especiallyComplex` recorded, or twice without `especiallyComplex`: the classifier reads one
 *   extension as a complex case and two as an especially complex one;
 * - `'events-out-of-order'` (warning) — an event listed after a later one (the rules sort them by date);
 * - `'event-after-as-of'` (warning) — an event after `asOf`: not counted at that moment.
 *
 * @example
 * ```ts
 * import type { LetterIssueCode } from 'hanhchinh/petitions'
 * const code: LetterIssueCode = 'too-many-extensions'
 * code //=> 'too-many-extensions'
 * ```
 */
export type LetterIssueCode =
  | 'unknown-kind'
  | 'invalid-date'
  | 'invalid-field'
  | 'no-rules'
  | 'received-after-as-of'
  | 'unknown-event-type'
  | 'event-before-receipt'
  | 'settled-before-accepted'
  | 'extension-not-allowed'
  | 'extension-before-acceptance'
  | 'too-many-extensions'
  | 'extension-without-complexity'
  | 'complexity-not-recorded'
  | 'events-out-of-order'
  | 'event-after-as-of'

/**
 * One problem of a letter found by {@link validateLetter}: the library's one
 * `ValidationIssue` shape (`hanhchinh/core`), with `path` pointing at the
 * field (`['events', 2, 'type']`, `['received']`, …).
 *
 * @example
 * ```ts
 * import type { LetterIssue } from 'hanhchinh/petitions'
 * const i: LetterIssue = { code: 'events-out-of-order', path: ['events', 1], message: { vi: '…', en: '…' }, severity: 'warning' }
 * i.severity //=> 'warning'
 * ```
 */
export type LetterIssue = ValidationIssue<LetterIssueCode>

/**
 * Options of {@link validateLetter}: the moment of the check, if any
 * (without it, the checks against `asOf` are not made).
 *
 * @example
 * ```ts
 * import type { ValidateLetterOptions } from 'hanhchinh/petitions'
 * const o: ValidateLetterOptions = { asOf: '2026-03-14' }
 * o.asOf //=> '2026-03-14'
 * ```
 */
export interface ValidateLetterOptions {
  /** An ISO date (the END of that day in Vietnam time), an ISO date-time with offset, or a `Date`. */
  asOf?: AsOf | undefined
}

const OPTION_NAMES: OptionNames<ValidateLetterOptions> = { asOf: true }
const FLAGS = ['complex', 'especiallyComplex', 'remoteArea'] as const
const ART_30 = 'Điều 30 Luật Tố cáo 25/2018/QH14'
const ART_30_EN = 'Art 30 of the Law on Denunciations 25/2018/QH14'

function readDate(value: unknown): { epochMs: number; date: string } | undefined {
  try {
    const r = readAsOf(value as AsOf, 'date')
    return { epochMs: r.epochMs, date: r.date }
  } catch {
    return undefined
  }
}

/**
 * Check a citizen's letter and return every problem as data, never
 * throwing for a bad letter: use it on a register before
 * {@link classifyLetter}, {@link createLetterClassifier} or
 * {@link letterReport}, which throw a `RangeError` on the letters it marks
 * as errors (see {@link LetterIssueCode}) — keep the letters without
 * errors, list the others with their issues. A letter with no error issue
 * is classified and reported without throwing at the same `asOf`.
 *
 * @throws TypeError when `letter` is not an object; RangeError for an unknown option or an unreadable `asOf`
 *
 * @example
 * ```ts
 * import { validateLetter } from 'hanhchinh/petitions'
 * const denunciation = {
 *   kind: 'denunciation', received: '2026-03-02', complex: true, especiallyComplex: true,
 *   events: [
 *     { type: 'accepted', at: '2026-03-11' },
 *     { type: 'extended', at: '2026-04-08' },
 *     { type: 'extended', at: '2026-05-08' },
 *     { type: 'extended', at: '2026-06-05' },
 *   ],
 * } as const
 * validateLetter(denunciation).map((i) => i.code) //=> ['too-many-extensions']
 * validateLetter(denunciation)[0] //=> { path: ['events', 3], severity: 'error', message: { en: 'A third extension of a denunciation: at most two (Art 30 of the Law on Denunciations 25/2018/QH14)' } }
 * validateLetter({ kind: 'complaint', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-20' }, { type: 'accepted', at: '2026-03-09' }] })
 * //=> [{ code: 'events-out-of-order', severity: 'warning' }]
 * validateLetter({ kind: 'complaint', received: '2026-03-02', events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'extended', at: '2026-04-01' }] })
 * //=> [{ code: 'extension-not-allowed', path: ['events', 1, 'type'] }]
 * validateLetter({ kind: 'petition', received: '2026-03-20' }, { asOf: '2026-03-14' }) //=> [{ code: 'received-after-as-of', path: ['received'] }]
 * validateLetter({ kind: 'petition', received: '2026-03-02', events: [{ type: 'answered', at: '2026-03-05' }] } as never)
 * //=> [{ code: 'unknown-event-type', path: ['events', 0, 'type'], severity: 'error' }]
 * validateLetter({ kind: 'petition', received: '2026-03-02' }) //=> []
 * ```
 */
export function validateLetter(letter: LetterLike, options?: ValidateLetterOptions): LetterIssue[] {
  const o = readOptions(options, OPTION_NAMES, 'validateLetter')
  const asOf = o.asOf === undefined ? undefined : readAsOf(o.asOf, 'options.asOf')
  if (letter === null || typeof letter !== 'object') throw wrongType('letter', letter, 'a letter { kind, received, events }')
  const issues: LetterIssue[] = []
  const kind: unknown = letter.kind
  const known = (LETTER_KINDS as readonly unknown[]).includes(kind)
  if (!known) {
    const v = describeValue(kind)
    issues.push(validationIssue('unknown-kind', ['kind'], `Loại đơn không hợp lệ: ${v}`, `Unknown kind of letter ${v}: expected one of ${LETTER_KINDS.join(', ')}`))
  }
  const received = readDate(letter.received)
  if (received === undefined) {
    const v = describeValue(letter.received)
    issues.push(validationIssue('invalid-date', ['received'], `Ngày nhận đơn không đọc được: ${v}`, `Unreadable date of receipt ${v}: expected an ISO date, an ISO date-time with offset or a Date`))
  } else {
    const first = LETTER_RULES.values[0]!.from
    if (received.date < first) {
      issues.push(validationIssue('no-rules', ['received'], `Đơn nhận ngày ${formatVnDate(received.date)}: chưa có bộ quy tắc trước ngày ${formatVnDate(first)}`,
        `Received on ${received.date}: no rule set of citizens' letters before ${first}`))
    }
    if (asOf !== undefined && received.date > asOf.date) {
      issues.push(validationIssue('received-after-as-of', ['received'], `Ngày nhận đơn ${formatVnDate(received.date)} sau thời điểm báo cáo ${formatVnDate(asOf.date)}`,
        `Received on ${received.date}, after asOf (${asOf.date})`))
    }
  }
  const round: unknown = letter.round
  if (round !== undefined && round !== 1 && round !== 2) {
    issues.push(validationIssue('invalid-field', ['round'], `Lần giải quyết phải là 1 hoặc 2, nhận được ${describeValue(round)}`, `round must be 1 or 2, received ${describeValue(round)}`))
  }
  for (const flag of FLAGS) {
    const v: unknown = letter[flag]
    if (v !== undefined && typeof v !== 'boolean') {
      issues.push(validationIssue('invalid-field', [flag], `${flag} phải là true hoặc false, nhận được ${describeValue(v)}`, `${flag} must be a boolean, received ${describeValue(v)}`))
    }
  }
  const events: unknown = letter.events ?? []
  if (!Array.isArray(events)) {
    issues.push(validationIssue('invalid-field', ['events'], 'Danh sách sự kiện phải là một mảng', `events must be an array, received ${describeValue(events)}`))
    return issues
  }

  // read every event once: index, type, instant
  const read: Array<{ i: number; type: string; at: { epochMs: number; date: string } }> = []
  let latest: { i: number; epochMs: number } | undefined
  for (let i = 0; i < events.length; i++) {
    const e: unknown = events[i]
    if (e === null || typeof e !== 'object') {
      issues.push(validationIssue('invalid-field', ['events', i], `Sự kiện thứ ${i + 1} không phải một đối tượng { type, at }`, `events[${i}] is not an event { type, at }`))
      continue
    }
    const { type, at: rawAt } = e as { type?: unknown; at?: unknown }
    const typeKnown = (LETTER_EVENT_TYPES as readonly unknown[]).includes(type)
    if (!typeKnown) {
      const v = describeValue(type)
      issues.push(validationIssue('unknown-event-type', ['events', i, 'type'], `Loại sự kiện không hợp lệ: ${v}`,
        `Unknown event type ${v}: expected one of ${LETTER_EVENT_TYPES.join(', ')}`))
    }
    const at = readDate(rawAt)
    if (at === undefined) {
      const v = describeValue(rawAt)
      issues.push(validationIssue('invalid-date', ['events', i, 'at'], `Ngày của sự kiện không đọc được: ${v}`, `Unreadable event date ${v}`))
      continue
    }
    if (received !== undefined && at.date < received.date) {
      issues.push(validationIssue('event-before-receipt', ['events', i, 'at'], `Sự kiện ngày ${formatVnDate(at.date)} trước ngày nhận đơn ${formatVnDate(received.date)}`,
        `Event on ${at.date} is before the receipt (${received.date})`))
    }
    if (latest !== undefined && at.epochMs < latest.epochMs) {
      issues.push(validationIssue('events-out-of-order', ['events', i], `Sự kiện thứ ${i + 1} (${formatVnDate(at.date)}) được ghi sau một sự kiện muộn hơn (thứ ${latest.i + 1})`,
        `events[${i}] (${at.date}) is listed after a later event (events[${latest.i}])`, 'warning'))
    }
    if (latest === undefined || at.epochMs >= latest.epochMs) latest = { i, epochMs: at.epochMs }
    if (asOf !== undefined && at.epochMs > asOf.epochMs) {
      issues.push(validationIssue('event-after-as-of', ['events', i, 'at'], `Sự kiện ngày ${formatVnDate(at.date)} sau thời điểm báo cáo: không được tính`,
        `Event on ${at.date} is after asOf (${asOf.date}): not counted`, 'warning'))
    }
    if (typeKnown) read.push({ i, type: type as string, at })
  }

  const sorted = [...read].sort((a, b) => a.at.epochMs - b.at.epochMs || a.i - b.i)
  const accepted = sorted.find((e) => e.type === 'accepted')
  for (const e of read) {
    if (e.type === 'settled' && accepted !== undefined && e.at.epochMs < accepted.at.epochMs) {
      issues.push(validationIssue('settled-before-accepted', ['events', e.i, 'at'],
        `Giải quyết xong ngày ${formatVnDate(e.at.date)} trước khi thụ lý (${formatVnDate(accepted.at.date)})`,
        `Settled on ${e.at.date}, before it was accepted (${accepted.at.date})`))
    }
  }
  if (!known) return issues
  const k = kind as LetterKind
  const extensions = sorted.filter((e) => e.type === 'extended')
  if (k !== 'denunciation') {
    for (const e of extensions) {
      issues.push(validationIssue('extension-not-allowed', ['events', e.i, 'type'],
        `Đơn ${LETTER_KIND_LABELS[k].vi.toLowerCase()} không được gia hạn: chỉ giải quyết tố cáo mới được gia hạn (${ART_30})`,
        `A ${LETTER_KIND_LABELS[k].en.toLowerCase()} is not extended: only the settlement of a denunciation is (${ART_30_EN})`))
    }
    return issues
  }
  const complex: unknown = letter.complex
  const especially: unknown = letter.especiallyComplex
  extensions.forEach((e, n) => {
    const path = ['events', e.i] as const
    if (accepted === undefined || e.at.epochMs < accepted.at.epochMs) {
      issues.push(validationIssue('extension-before-acceptance', [...path, 'at'],
        `Gia hạn ngày ${formatVnDate(e.at.date)} khi tố cáo chưa được thụ lý: thời hạn giải quyết tính từ ngày thụ lý (${ART_30})`,
        `Extended on ${e.at.date} before the denunciation was accepted: settlement runs from the acceptance (${ART_30_EN})`))
    }
    if (n >= 2) {
      issues.push(validationIssue('too-many-extensions', [...path],
        `Gia hạn lần thứ ${n + 1}: tố cáo chỉ được gia hạn tối đa hai lần (${ART_30})`,
        `A ${n === 2 ? 'third' : `${n + 1}th`} extension of a denunciation: at most two (${ART_30_EN})`))
      return
    }
    const notComplex = n === 0 ? complex === false && especially !== true : especially === false || (especially === undefined && complex === false)
    const notRecorded = n === 0 ? complex === undefined && especially === undefined : especially === undefined
    if (notComplex) {
      issues.push(n === 0
        ? validationIssue('extension-without-complexity', [...path],
          `Gia hạn một vụ việc tố cáo được ghi là không phức tạp: chỉ vụ việc phức tạp mới được gia hạn (${ART_30}, khoản 2)`,
          `Extension of a denunciation recorded as not complex: only a complex case may be extended (${ART_30_EN}, clause 2)`)
        : validationIssue('extension-without-complexity', [...path],
          `Gia hạn lần hai một vụ việc không đặc biệt phức tạp: chỉ vụ việc đặc biệt phức tạp mới được gia hạn hai lần (${ART_30}; Điều 3 Nghị định 31/2019/NĐ-CP)`,
          `Second extension of a case that is not especially complex: only an especially complex case is extended twice (${ART_30_EN}; NĐ 31/2019/NĐ-CP Art 3)`))
    } else if (notRecorded) {
      issues.push(validationIssue('complexity-not-recorded', [...path],
        `Gia hạn lần ${n + 1} nhưng không ghi vụ việc ${n === 0 ? 'phức tạp' : 'đặc biệt phức tạp'}: được hiểu là vụ việc ${n === 0 ? 'phức tạp' : 'đặc biệt phức tạp'}`,
        `Extension ${n + 1} without the case recorded as ${n === 0 ? 'complex' : 'especially complex'}: read as ${n === 0 ? 'a complex' : 'an especially complex'} case`, 'warning'))
    }
  })
  return issues
}
