import { readAsOf, requireAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { addDays, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { formatVnDate } from '../format/date.js'
import { UNITS_LEGAL_BASES } from '../units/basis.js'
import { documentRulesBasis } from './basis.js'
import type { IssuerLevel, SecrecyLevel, UrgencyLevel } from './schema.js'

/**
 * One urgency or secrecy level as data: id, rank (1 = highest), the word
 * stamped on the document, bilingual label, stamp size and legal basis.
 *
 * @example
 * ```ts
 * import { urgencyLevels, type DocumentLevel } from 'hanhchinh/documents'
 * const top: DocumentLevel<'hoa-toc' | 'thuong-khan' | 'khan'> | undefined = urgencyLevels()[0]
 * top?.stamp //=> 'HỎA TỐC'
 * ```
 */
export interface DocumentLevel<Id extends string> {
  id: Id
  /** 1 = most urgent / most secret. */
  rank: number
  /** The word on the stamp, upper case: `'HỎA TỐC'`, `'MẬT'`. */
  stamp: string
  label: Label
  /** Stamp size in millimetres where the rules give one (urgency stamps: 30×8, 40×8, 20×8). */
  stampSizeMm: readonly [number, number] | undefined
  /** What the level means (for secrecy: the harm a disclosure causes). */
  description: Label
  basis: LegalBasis
}

/**
 * The three urgency levels as data — Hỏa tốc > Thượng khẩn > Khẩn
 * (Decree 30/2020/NĐ-CP Phụ lục I III.2(b)): the drafter proposes, the signer
 * decides; documents with any level are registered, presented and
 * transferred immediately (Art 4(2)(c)). No statutory delivery time per
 * level was found (UNCONFIRMED; see the basis).
 *
 * @example
 * ```ts
 * import { urgencyLevels } from 'hanhchinh/documents'
 * urgencyLevels().map((l) => l.label.vi) //=> ['Hỏa tốc', 'Thượng khẩn', 'Khẩn']
 * urgencyLevels()[1]?.stampSizeMm //=> [40, 8]
 * ```
 */
export function urgencyLevels(): Array<DocumentLevel<UrgencyLevel>> {
  const basis = documentRulesBasis().urgencyLevels
  const immediately = { vi: 'Đăng ký, trình, chuyển giao và xử lý ngay khi nhận được', en: 'Registered, presented, transferred and handled immediately on receipt' }
  return [
    { id: 'hoa-toc', rank: 1, stamp: 'HỎA TỐC', label: { vi: 'Hỏa tốc', en: 'Top urgent (express)' }, stampSizeMm: [30, 8], description: immediately, basis },
    { id: 'thuong-khan', rank: 2, stamp: 'THƯỢNG KHẨN', label: { vi: 'Thượng khẩn', en: 'Very urgent' }, stampSizeMm: [40, 8], description: immediately, basis },
    { id: 'khan', rank: 3, stamp: 'KHẨN', label: { vi: 'Khẩn', en: 'Urgent' }, stampSizeMm: [20, 8], description: immediately, basis },
  ]
}

/**
 * Which law on state secrets names the secrecy levels, by date: one row per
 * law with the period it is in force (`from`, `to`, ISO dates, `to`
 * inclusive or open) and the key of its basis in `documentRulesBasis()`.
 * Read once by date by {@link secrecyLevels}; no rule date sits in the
 * function.
 *
 * @example
 * ```ts
 * import { SECRECY_LEVEL_RULES } from 'hanhchinh/documents'
 * SECRECY_LEVEL_RULES.map((r) => [r.from, r.basis]) //=> [['2020-07-01', 'secrecyLevels'], ['2026-03-01', 'secrecyLevels2025']]
 * ```
 */
export const SECRECY_LEVEL_RULES: ReadonlyArray<{ readonly from: string; readonly to: string | undefined; readonly basis: 'secrecyLevels' | 'secrecyLevels2025' }> = Object.freeze([
  Object.freeze({ from: '2020-07-01', to: '2026-02-28', basis: 'secrecyLevels' as const }),
  Object.freeze({ from: '2026-03-01', to: undefined, basis: 'secrecyLevels2025' as const }),
])

/**
 * Options of {@link secrecyLevels}.
 *
 * @example
 * ```ts
 * import { secrecyLevels, type SecrecyLevelsOptions } from 'hanhchinh/documents'
 * const options: SecrecyLevelsOptions = { asOf: '2026-03-01' }
 * secrecyLevels(options)[2]?.basis.instrument //=> '117/2025/QH15'
 * ```
 */
export interface SecrecyLevelsOptions {
  /**
   * The moment whose law applies, the library's one `asOf`: an ISO date
   * (that whole day), an ISO date-time with offset or a `Date`. Default:
   * the first law of {@link SECRECY_LEVEL_RULES} (Law 29/2018/QH14).
   */
  asOf?: AsOf | undefined
}

const SECRECY_OPTIONS: OptionNames<SecrecyLevelsOptions> = { asOf: true }

/**
 * The three secrecy levels as data — Tuyệt mật > Tối mật > Mật (Law
 * 29/2018/QH14 Art 8, in force 01/07/2020–28/02/2026). The replacing Law
 * 117/2025/QH15 applies from 01/03/2026; that it keeps the same three names is
 * UNCONFIRMED (pass `asOf` to get the basis in force on a date).
 *
 * @example
 * ```ts
 * import { secrecyLevels } from 'hanhchinh/documents'
 * secrecyLevels().map((l) => l.stamp) //=> ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT']
 * secrecyLevels({ asOf: '2026-06-01' })[0]?.basis.instrument //=> '117/2025/QH15'
 * secrecyLevels({ asOf: '2026-02-28T23:00:00+07:00' })[0]?.basis.instrument //=> '29/2018/QH14'
 * secrecyLevels({ asOf: '01/06/2026' }) //=> throws RangeError: options.asOf
 * secrecyLevels({ asof: '2026-06-01' } as never) //=> throws RangeError: Unknown option "asof" of secrecyLevels
 * ```
 */
export function secrecyLevels(options?: SecrecyLevelsOptions): Array<DocumentLevel<SecrecyLevel>> {
  const { asOf } = readOptions(options, SECRECY_OPTIONS, 'secrecyLevels')
  const date = asOf === undefined ? undefined : readAsOf(asOf).date
  // one lookup by date in the dated table; before the first law (or without a date), the first row
  const rule = (date === undefined ? undefined : SECRECY_LEVEL_RULES.find((r) => date >= r.from && (r.to === undefined || date <= r.to))) ?? SECRECY_LEVEL_RULES[0]!
  const basis = documentRulesBasis()[rule.basis]
  return [
    {
      id: 'tuyet-mat', rank: 1, stamp: 'TUYỆT MẬT', label: { vi: 'Tuyệt mật', en: 'Top secret' }, stampSizeMm: undefined, basis,
      description: { vi: 'Nếu bị lộ, bị mất có thể gây nguy hại đặc biệt nghiêm trọng đến lợi ích quốc gia, dân tộc', en: 'Disclosure or loss may cause especially serious harm to national interests' },
    },
    {
      id: 'toi-mat', rank: 2, stamp: 'TỐI MẬT', label: { vi: 'Tối mật', en: 'Secret' }, stampSizeMm: undefined, basis,
      description: { vi: 'Nếu bị lộ, bị mất có thể gây nguy hại rất nghiêm trọng đến lợi ích quốc gia, dân tộc', en: 'Disclosure or loss may cause very serious harm to national interests' },
    },
    {
      id: 'mat', rank: 3, stamp: 'MẬT', label: { vi: 'Mật', en: 'Confidential' }, stampSizeMm: undefined, basis,
      description: { vi: 'Nếu bị lộ, bị mất có thể gây nguy hại nghiêm trọng đến lợi ích quốc gia, dân tộc', en: 'Disclosure or loss may cause serious harm to national interests' },
    },
  ]
}

/**
 * A level of local government (chính quyền địa phương): `'province'`,
 * `'district'` or `'commune'`.
 *
 * @example
 * ```ts
 * import type { LocalGovernmentLevel } from 'hanhchinh/documents'
 * const level: LocalGovernmentLevel = 'commune'
 * level //=> 'commune'
 * ```
 */
export type LocalGovernmentLevel = Exclude<IssuerLevel, 'central'>

/**
 * One period of a local-government level: the level, its bilingual label,
 * the days it covers (`from`/`to`, ISO dates, inclusive; `undefined` = open),
 * the legal basis that starts or ends the period, and what changed.
 *
 * @example
 * ```ts
 * import { LOCAL_GOVERNMENT_LEVEL_PERIODS, type LocalGovernmentLevelPeriod } from 'hanhchinh/documents'
 * const district: LocalGovernmentLevelPeriod | undefined = LOCAL_GOVERNMENT_LEVEL_PERIODS.find((p) => p.level === 'district')
 * district?.to //=> '2025-06-30'
 * ```
 */
export interface LocalGovernmentLevelPeriod {
  readonly level: LocalGovernmentLevel
  readonly label: Label
  /** First day of the period; `undefined`: since before the data starts. */
  readonly from: IsoDate | undefined
  /** Last day of the period; `undefined`: still in force. */
  readonly to: IsoDate | undefined
  readonly basis: LegalBasis
  readonly note: Label
}

const LAW_72 = UNITS_LEGAL_BASES.localGovernmentLaw2025
// the dates of the periods come from the basis, not from a literal in a function
const TWO_LEVELS_FROM = LAW_72.effectiveFrom as IsoDate
const THREE_LEVELS_TO = addDays(TWO_LEVELS_FROM, -1)
const LEVEL_LABELS: Readonly<Record<LocalGovernmentLevel, Label>> = Object.freeze({
  province: Object.freeze({ vi: 'Cấp tỉnh', en: 'Province' }),
  district: Object.freeze({ vi: 'Cấp huyện', en: 'District' }),
  commune: Object.freeze({ vi: 'Cấp xã', en: 'Commune' }),
})

/**
 * The levels of local government as dated data. Until 30/06/2025 three
 * levels: province, district (huyện, quận, thị xã, thành phố thuộc tỉnh)
 * and commune (xã, phường, thị trấn). From 01/07/2025 two: province and
 * commune (xã, phường, đặc khu) — the district level ends and the commune
 * level takes over many of its procedures and documents, under the Law on
 * Organisation of Local Government 72/2025/QH15, in force 01/07/2025
 * (`UNITS_LEGAL_BASES.localGovernmentLaw2025` of `hanhchinh/units`; its
 * article is UNCONFIRMED there). The boundary dates are read from that
 * basis. Read by date with {@link localGovernmentLevelAt}.
 *
 * @example
 * ```ts
 * import { LOCAL_GOVERNMENT_LEVEL_PERIODS } from 'hanhchinh/documents'
 * LOCAL_GOVERNMENT_LEVEL_PERIODS.map((p) => [p.level, p.from ?? null, p.to ?? null])
 * //=> [['province', null, null], ['district', null, '2025-06-30'], ['commune', null, '2025-06-30'], ['commune', '2025-07-01', null]]
 * LOCAL_GOVERNMENT_LEVEL_PERIODS[1]?.basis.instrument //=> '72/2025/QH15'
 * ```
 */
export const LOCAL_GOVERNMENT_LEVEL_PERIODS: readonly LocalGovernmentLevelPeriod[] = Object.freeze([
  Object.freeze({
    level: 'province' as const, label: LEVEL_LABELS.province, from: undefined, to: undefined, basis: LAW_72,
    note: Object.freeze({
      vi: 'Cấp tỉnh có trước và sau ngày 01/07/2025 (34 tỉnh, thành phố từ ngày đó)',
      en: 'The province level exists before and after 01/07/2025 (34 provinces from that day)',
    }),
  }),
  Object.freeze({
    level: 'district' as const, label: LEVEL_LABELS.district, from: undefined, to: THREE_LEVELS_TO, basis: LAW_72,
    note: Object.freeze({
      vi: `Cấp huyện kết thúc hoạt động từ ngày ${formatVnDate(TWO_LEVELS_FROM)} (chính quyền địa phương hai cấp)`,
      en: `The district level ends on ${TWO_LEVELS_FROM} (two-level local government)`,
    }),
  }),
  Object.freeze({
    level: 'commune' as const, label: LEVEL_LABELS.commune, from: undefined, to: THREE_LEVELS_TO, basis: LAW_72,
    note: Object.freeze({ vi: 'Cấp xã dưới cấp huyện (xã, phường, thị trấn)', en: 'Communes below the district level (xã, phường, thị trấn)' }),
  }),
  Object.freeze({
    level: 'commune' as const, label: LEVEL_LABELS.commune, from: TWO_LEVELS_FROM, to: undefined, basis: LAW_72,
    note: Object.freeze({
      vi: 'Cấp xã trực thuộc cấp tỉnh (xã, phường, đặc khu), thực hiện nhiều thủ tục trước đây của cấp huyện',
      en: 'Communes directly under the province (xã, phường, đặc khu), taking over many procedures of the former district level',
    }),
  }),
])

/**
 * The period of a local-government level in force at a moment, or
 * `undefined` when the level did not exist then (the district level from
 * 01/07/2025) — the one dated lookup over
 * {@link LOCAL_GOVERNMENT_LEVEL_PERIODS}. `asOf` is the library's one
 * `asOf`: an ISO date (that whole day), an ISO date-time with offset or a
 * `Date` (its civil date in Vietnam time).
 *
 * @example
 * ```ts
 * import { localGovernmentLevelAt } from 'hanhchinh/documents'
 * localGovernmentLevelAt('district', '2025-06-30')?.to //=> '2025-06-30'
 * localGovernmentLevelAt('district', '2025-07-01') //=> undefined
 * localGovernmentLevelAt('commune', '2025-07-01')?.note.en
 * //=> 'Communes directly under the province (xã, phường, đặc khu), taking over many procedures of the former district level'
 * localGovernmentLevelAt('district', '2025-06-30T17:30:00Z') //=> undefined
 * localGovernmentLevelAt('huyen' as never, '2025-06-30') //=> throws RangeError: Invalid level: "huyen"
 * ```
 */
export function localGovernmentLevelAt(level: LocalGovernmentLevel, asOf: AsOf): LocalGovernmentLevelPeriod | undefined {
  if (typeof level !== 'string') throw wrongType('level', level, "'province', 'district' or 'commune'")
  if (!Object.prototype.hasOwnProperty.call(LEVEL_LABELS, level)) throw invalidArgument('level', level, "'province', 'district' or 'commune'")
  const date = requireAsOf(asOf, 'asOf').date
  return LOCAL_GOVERNMENT_LEVEL_PERIODS.find((p) => p.level === level && (p.from === undefined || date >= p.from) && (p.to === undefined || date <= p.to))
}
