import type { AsOf } from '../core/as-of.js'
import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import { formatLegalBasis } from '../core/legal-basis.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { accept, refuse, type ParseResult } from '../core/parse-result.js'
import { COLLECTIVE_TITLES } from './awards/collective-titles.js'
import { COMMENDATIONS } from './awards/commendations.js'
import type { CheckContext } from './awards/context.js'
import { INDIVIDUAL_TITLES } from './awards/individual-titles.js'
import { regimeOnDay, resolveRegime } from './rules/by-id.js'
import type { Regime, RegimeId } from './rules/regime.js'
import {
  AWARD_LABELS,
  AwardIdSchema,
  CollectiveRecordSchema,
  IndividualRecordSchema,
  type AwardId,
  type CollectiveRecord,
  type CollectiveRecordInput,
  type IndividualRecord,
  type IndividualRecordInput,
  type EmulationRecord,
  type EmulationRecordInput,
} from './schema.js'
import { readDecisionDate, selectRegimeOn } from './select-regime.js'
import { recordSizeProblem } from './schema/limits.js'
import { schemaProblem } from './schema/problem.js'
import type { EligibilityVerdict, EmulationCriterion } from './verdict.js'

/**
 * Options of {@link checkEligibility}: the achievement year judged (a
 * year, an integer — not a date), the decision date when known (a date: an
 * ISO date, an ISO date-time with offset or a `Date`, read as its civil date
 * in Vietnam time; it selects the regime, see {@link selectRegime}), and a
 * forced regime — an id or a rule set adapted with {@link customizeRegime}.
 *
 * @example
 * ```ts
 * import type { EligibilityOptions } from 'hanhchinh/emulation'
 * const o: EligibilityOptions = { year: 2023, decisionDate: '2024-02-20', regime: 'A' }
 * o.regime //=> 'A'
 * ```
 */
export interface EligibilityOptions {
  /** The achievement year judged. */
  year: number
  /** The date of the award decision, when known. */
  decisionDate?: AsOf
  /** Judge by this regime instead of the one of the year and decision date. */
  regime?: RegimeId | Regime
}

/**
 * Every option name of {@link EligibilityOptions}, for `readOptions`.
 * @internal
 */
export const ELIGIBILITY_OPTION_NAMES: OptionNames<EligibilityOptions> = { year: true, decisionDate: true, regime: true }

/** Eligibility options once read: the decision date as a civil date. @internal */
export interface JudgeOptions {
  year: number
  decisionDate?: string
  regime?: RegimeId | Regime
}

/**
 * Read the options of {@link checkEligibility} (or of a function that
 * passes them on): unknown names refused, the decision date read as `asOf`
 * is. @internal
 */
export function readEligibilityOptions(o: Partial<EligibilityOptions>): JudgeOptions {
  const out: JudgeOptions = { year: o.year as number }
  const day = readDecisionDate(o.decisionDate, 'options.decisionDate')
  if (day !== undefined) out.decisionDate = day
  if (o.regime !== undefined) out.regime = o.regime
  return out
}

/**
 * What {@link checkEligibility} accepts as a record: an individual or
 * collective record as written by a caller (readonly literals such as
 * `as const` objects are fine) or as parsed by its schema.
 *
 * @example
 * ```ts
 * import type { RecordInput } from 'hanhchinh/emulation'
 * const r: RecordInput = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', titles: ['lao-dong-tien-tien'] } } } as const
 * r.kind //=> 'individual'
 * ```
 */
export type RecordInput = DeepReadonlyInput<IndividualRecordInput> | DeepReadonlyInput<CollectiveRecordInput> | IndividualRecord | CollectiveRecord | EmulationRecordInput

/**
 * A record type made readonly all the way down, so that `as const` literals
 * and frozen data are accepted where a record is only read.
 *
 * @example
 * ```ts
 * import type { DeepReadonlyInput, IndividualRecordInput } from 'hanhchinh/emulation'
 * const r: DeepReadonlyInput<IndividualRecordInput> = { kind: 'individual', years: { 2024: { titles: ['lao-dong-tien-tien'] } } } as const
 * r.kind //=> 'individual'
 * ```
 */
export type DeepReadonlyInput<T> = T extends ReadonlyArray<infer U> ? ReadonlyArray<DeepReadonlyInput<U>> : T extends object ? { readonly [K in keyof T]: DeepReadonlyInput<T[K]> } : T

const INDIVIDUAL_AWARDS: ReadonlySet<AwardId> = new Set(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc'])
const COLLECTIVE_AWARDS: ReadonlySet<AwardId> = new Set(['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'])

/**
 * Judge whether a person or collective meets the standard of an award for an
 * achievement year, under the regime of that year and decision date (or the
 * regime forced by the caller). Returns a verdict that explains itself:
 * every criterion with its status, the observed value and the requirement, a
 * bilingual explanation and its article; `ok` is true exactly when every
 * criterion is met. A "no" always names at least one failed or unknown
 * criterion. Qualitative standards that only the emulation council can judge
 * (exemplary conduct, "outstanding among ...") are not criteria; they are
 * listed in the guide.
 *
 * Awards: `'lao-dong-tien-tien'`, `'chien-si-thi-dua-co-so'`,
 * `'chien-si-thi-dua-cap-tinh'`, `'chien-si-thi-dua-toan-quoc'` (individuals);
 * `'tap-the-lao-dong-tien-tien'`, `'tap-the-lao-dong-xuat-sac'` (collectives);
 * `'bang-khen-chu-tich-ubnd-tinh'`, `'bang-khen-thu-tuong'`,
 * `'huan-chuong-lao-dong-hang-ba'` (both; collective criteria of the last two
 * are UNCONFIRMED and reported as unknown).
 *
 * Programmer errors throw, naming the field and the value: an unknown award
 * id, an unknown option name (a misspelt `decisonDate`), a year that is not
 * an integer from 1945, a decision date that is not a date (an ISO date, an
 * ISO date-time with offset or a `Date`) or falls before the achievement
 * year (RangeError); a
 * record that fails its schema (RangeError at the failing path); a year
 * absent from the record for the titles judged on that year alone —
 * Lao động tiên tiến, Chiến sĩ thi đua cơ sở and the two collective titles
 * (RangeError); a `regime` that is neither an id nor a rule set (TypeError).
 *
 * A record is validated once per object and content: the parsed record is
 * kept in a `WeakMap` keyed by the object, with the record's JSON text, so
 * judging the same object for several awards or years does not validate it
 * again; a record changed in place since its last check no longer matches
 * its JSON text and is validated afresh.
 *
 * @param award - the award id
 * @param record - an individual or collective record (validated with its schema, once per object and content)
 * @param options - `{ year, decisionDate?, regime? }`
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'hanhchinh/emulation'
 * const person = { kind: 'individual', years: { 2021: { rating: 'hoan-thanh-xuat-sac' }, 2024: { rating: 'hoan-thanh-xuat-sac' } } } as const
 * checkEligibility('chien-si-thi-dua-co-so', person, { year: 2021 }).ok //=> false
 * checkEligibility('chien-si-thi-dua-co-so', person, { year: 2024 }).ok //=> true
 * const no = checkEligibility('chien-si-thi-dua-co-so', person, { year: 2021 })
 * no.criteria.find((c) => !c.ok)?.basis[0] //=> { instrument: '15/2003/QH11', article: '23' }
 * checkEligibility('lao-dong-tien-tien', person, { year: 2021.5 }) //=> throws RangeError: year
 * checkEligibility('lao-dong-tien-tien', person, { year: 2022 }) //=> throws RangeError: record.years
 * checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2024-02-30' }) //=> throws RangeError: decisionDate
 * checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisonDate: '2025-01-10' } as never) //=> throws RangeError: Unknown option "decisonDate" of checkEligibility (did you mean "decisionDate"?
 * checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: new Date('2025-01-10T09:00:00+07:00') }).decisionDate //=> '2025-01-10'
 * ```
 */
export function checkEligibility(
  award: AwardId,
  record: RecordInput,
  options: EligibilityOptions,
): EligibilityVerdict {
  if (!AwardIdSchema.safeParse(award).success) throw invalidArgument('award', award, `one of ${AwardIdSchema.options.join(', ')}`)
  if (options === undefined || options === null || typeof options !== 'object') throw wrongType('options', options, 'an object { year, decisionDate?, regime? }')
  const o = readEligibilityOptions(readOptions(options, ELIGIBILITY_OPTION_NAMES, 'checkEligibility'))
  return judge(award, parseRecord(record), o, 'record.years')
}

/**
 * Titles judged on the facts of the year alone: the year must be in the
 * record. Chain awards (provincial and national titles, Bằng khen, the Labour
 * Order) read earlier years and may be proposed in a year without its own
 * entry (e.g. Chiến sĩ thi đua toàn quốc proposed years after the second
 * provincial title); their missing years give `unknown` criteria instead.
 */
const SINGLE_YEAR_TITLES: ReadonlySet<AwardId> = new Set(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'])

/**
 * The judged year must be one of the record's years: for a title judged on
 * the facts of one year, a year absent from the record is a wrong call (a
 * typo in the year or in the data), not a "no".
 * @internal
 */
export function requireYearInRecord(rec: IndividualRecord | CollectiveRecord, year: unknown, where: string): void {
  if (typeof year !== 'number' || !Number.isInteger(year)) return // selectRegime names the bad year
  if (Object.prototype.hasOwnProperty.call(rec.years, String(year))) return
  const have = Object.keys(rec.years)
  throw invalidArgument('year', year, have.length ? `a year present in ${where} (${have.join(', ')})` : `a year present in ${where}, which is empty`)
}

/** {@link checkEligibility} on a record already parsed by its schema. @internal */
export function judge(award: AwardId, rec: IndividualRecord | CollectiveRecord, options: JudgeOptions, requireYearIn?: string): EligibilityVerdict {
  const { year, decisionDate } = options
  const selection = selectRegimeOn(year, decisionDate)
  if (requireYearIn !== undefined && SINGLE_YEAR_TITLES.has(award)) requireYearInRecord(rec, year, requireYearIn)
  // A rule with dated values is read on the decision date, or at the end of the achievement year.
  const regime = regimeOnDay(resolveRegime(options.regime, selection.regime), decisionDate ?? `${year}-12-31`)
  const warnings: Label[] = options.regime === undefined ? [...selection.warnings] : []
  let criteria: EmulationCriterion[]
  const ctxBase = { regime, year, warnings, ...(decisionDate !== undefined ? { decisionDate } : {}) }
  if (INDIVIDUAL_AWARDS.has(award)) {
    if (rec.kind !== 'individual') throw invalidArgument('record.kind', rec.kind, `'individual' for ${award}`)
    criteria = INDIVIDUAL_TITLES[award]!({ ...ctxBase, record: rec })
  } else if (COLLECTIVE_AWARDS.has(award)) {
    if (rec.kind !== 'collective') throw invalidArgument('record.kind', rec.kind, `'collective' for ${award}`)
    criteria = COLLECTIVE_TITLES[award]!({ ...ctxBase, record: rec } as CheckContext<CollectiveRecord>)
  } else {
    criteria = COMMENDATIONS[award]!({ ...ctxBase, record: rec } as CheckContext<IndividualRecord | CollectiveRecord>)
  }
  return verdictOf(award, year, decisionDate, regime, criteria, warnings)
}

/** @internal */
export function verdictOf(award: AwardId, year: number, decisionDate: string | undefined, regime: Regime, criteria: EmulationCriterion[], warnings: Label[]): EligibilityVerdict {
  const ok = criteria.length > 0 && criteria.every((c) => c.ok)
  const failed = criteria.filter((c) => !c.ok)
  for (const c of failed) {
    if (c.uncertain) {
      warnings.push({
        vi: `Tiêu chí "${c.label.vi}" dựa trên quy định chưa được xác nhận: ${c.uncertain}.`,
        en: `Criterion "${c.label.en}" rests on an UNCONFIRMED rule: ${c.uncertain}.`,
      })
    }
  }
  const name = AWARD_LABELS[award]
  const summary: Label = ok
    ? { vi: `Đủ điều kiện xét ${name.vi} năm ${year}.`, en: `Eligible for ${name.en} (${year}).` }
    : {
        vi: `Chưa đủ điều kiện xét ${name.vi} năm ${year}: ${failed.map((c) => `${c.detail.vi} (${c.basis.map((b) => formatLegalBasis(b)).join('; ')})`).join(' ')}`,
        en: `Not eligible for ${name.en} (${year}): ${failed.map((c) => `${c.detail.en} (${c.basis.map((b) => formatLegalBasis(b, 'en')).join('; ')})`).join(' ')}`,
      }
  const v: EligibilityVerdict = {
    ok,
    award,
    year,
    regime: regime.variant ? `${regime.id}/${regime.variant}` : regime.id,
    criteria,
    warnings,
    summary,
  }
  if (decisionDate !== undefined) v.decisionDate = decisionDate
  return v
}

/**
 * Records already validated, by object identity, with the JSON text they had
 * then. Validation with zod is most of the cost of a check, and a council
 * judges the same record for many awards and years; comparing the JSON text
 * (about a tenth of the cost of validating) keeps a record that was changed
 * in place from being answered from its old facts. The parsed record is
 * shared between calls, so no check may change it (the tests judge
 * deep-frozen records to hold this).
 */
const validated = new WeakMap<object, { json: string; parsed: IndividualRecord | CollectiveRecord }>()

function jsonText(record: object): string | undefined {
  try {
    return JSON.stringify(record)
  } catch {
    return undefined // cycles, BigInt: not cached; the schema reports them
  }
}

/**
 * Validate an emulation record (individual or collective) with its schema,
 * without throwing: the parsed record (defaults filled, year keys as
 * strings), or the first problem at its path, in Vietnamese and English
 * (code `'not-an-object'`, `'unknown-kind'` or `'invalid-record'`; `'too-deep'`,
 * `'too-long'` or `'too-large'` for a record nested deeper than
 * {@link MAX_RECORD_DEPTH}, holding a list longer than
 * {@link MAX_RECORD_LIST_LENGTH} or more than {@link MAX_RECORD_VALUES}
 * objects and arrays, refused before its schema runs). The record is only read, never written. A record
 * is validated once per object and content: the parsed record is kept by
 * object identity with its JSON text, so judging the same object again does
 * not validate it again. {@link parseRecord} is the throwing form.
 *
 * @example
 * ```ts
 * import { safeParseRecord } from 'hanhchinh/emulation'
 * const r = safeParseRecord({ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } })
 * r.ok //=> true
 * const bad = safeParseRecord({ kind: 'individual', years: { 2024: { rating: 'gioi' } } })
 * bad.ok //=> false
 * !bad.ok && bad.reason.en.startsWith('Invalid record.years.2024.rating') //=> true
 * !bad.ok && bad.reason.vi.startsWith('Hồ sơ thi đua không hợp lệ tại record.years.2024.rating: "gioi"') //=> true
 * safeParseRecord({ kind: 'unit', years: {} }) //=> { ok: false, code: 'unknown-kind' }
 * ```
 */
export function safeParseRecord(record: unknown): ParseResult<EmulationRecord> {
  if (record === null || typeof record !== 'object') {
    return failure(wrongType('record', record, "an object { kind: 'individual' | 'collective', years }"), 'Hồ sơ thi đua phải là một đối tượng { kind, years }', 'not-an-object')
  }
  // Measured before anything else reads it: the JSON text and the schema
  // would walk a 4-billion-item sparse list, or overflow on a 20,000-deep one.
  const size = recordSizeProblem(record, 'record')
  if (size !== undefined) return refuse(`${size.vi}.`, size.en, size.code)
  const json = jsonText(record)
  const cached = validated.get(record)
  if (cached !== undefined && json !== undefined && cached.json === json) return accept(cached.parsed)
  const kind = (record as { kind?: unknown }).kind
  const schema = kind === 'individual' ? IndividualRecordSchema : kind === 'collective' ? CollectiveRecordSchema : undefined
  if (!schema) return failure(invalidArgument('record.kind', kind, "'individual' or 'collective'"), `Loại hồ sơ record.kind = ${describeValue(kind)} không hợp lệ (cá nhân 'individual' hoặc tập thể 'collective')`, 'unknown-kind')
  const r = schema.safeParse(record)
  if (!r.success) {
    const p = schemaProblem('record', record, r.error.issues[0]!)
    return failure(invalidArgument(p.path, p.value, p.expected), `Hồ sơ thi đua không hợp lệ tại ${p.path}: ${describeValue(p.value)} (yêu cầu: ${p.expected})`, 'invalid-record')
  }
  const parsed = r.data
  if (json !== undefined) validated.set(record, { json, parsed })
  return accept(parsed)
}

/**
 * Validate an emulation record as {@link safeParseRecord} does and return
 * the parsed record; a record that fails is a `RangeError` naming the
 * failing path and the value found there (a `TypeError` when it is not an
 * object at all), with the refusal's `code` on the error.
 *
 * @example
 * ```ts
 * import { parseRecord } from 'hanhchinh/emulation'
 * parseRecord({ kind: 'collective', years: { 2024: { members: 12, tasksCompleted: true } } }).years['2024']?.tasksCompleted //=> 12
 * parseRecord({ kind: 'individual', years: { 2024: { monthsWorked: 13 } } }) //=> throws RangeError: record.years.2024.monthsWorked
 * parseRecord(null) //=> throws TypeError: record
 * ```
 */
export function parseRecord(record: unknown): EmulationRecord {
  const r = safeParseRecord(record)
  if (r.ok) return r.value
  const error = r.code === 'not-an-object' ? new TypeError(r.reason.en) : new RangeError(r.reason.en)
  ;(error as Error & { code?: string | undefined }).code = r.code
  throw error
}

function failure(error: Error, vi: string, code: string): ParseResult<never> {
  return refuse(`${vi}.`, error.message, code)
}
