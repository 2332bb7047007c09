import { addDays, type IsoDate } from '../../core/iso-date.js'
import type { Label } from '../../core/label.js'
import type { LegalBasis } from '../../core/legal-basis.js'
import { UNITS_LEGAL_BASES } from '../../units/basis.js'
import type { HeldAwardId } from '../schema.js'
import { cite, LAW_2003, LAW_2022, ND_129_2025 } from './bases.js'
import { datedRule, type DatedRule } from './dated.js'

// Who decides each title and commendation (thẩm quyền quyết định khen
// thưởng), as dated data read by `awardAuthority` through `atDate`. The
// period boundaries come from the instruments' own dates, never from a date
// written in a function. Sources: shared/rules/emulation-awards.md §2.5, §3.1,
// §6 and corrections-and-additions.md §1; the text of Law 2022 Art 80 in the
// Công báo (số 571+572, 15/07/2022, p. 57, as transcribed on vi.wikisource);
// the order of Chapter IV of Law 2003 (vietjack.me, chương 4).

/**
 * Where the recipient of an award sits, for {@link awardAuthority}:
 * `'agency'` — an agency, organisation or unit with legal personality (a
 * provincial department such as the Văn phòng UBND tỉnh, a unit under a
 * ministry); `'province'` — the province as a whole (awards the province
 * itself decides); `'district'` — a district-level unit or an office within
 * it (until 30/06/2025 only); `'commune'` — a commune-level unit (xã,
 * phường, thị trấn; from 01/07/2025 xã, phường, đặc khu).
 *
 * @example
 * ```ts
 * import type { RecipientLevel } from 'hanhchinh/emulation'
 * const level: RecipientLevel = 'commune'
 * level //=> 'commune'
 * ```
 */
export type RecipientLevel = 'province' | 'district' | 'commune' | 'agency'

/**
 * The recipient levels {@link awardAuthority} knows, in order.
 *
 * @example
 * ```ts
 * import { RECIPIENT_LEVELS } from 'hanhchinh/emulation'
 * RECIPIENT_LEVELS //=> ['province', 'district', 'commune', 'agency']
 * ```
 */
export const RECIPIENT_LEVELS: readonly RecipientLevel[] = Object.freeze(['province', 'district', 'commune', 'agency'] as const)

/**
 * Who may decide an award (người có thẩm quyền quyết định khen thưởng), as
 * a stable ASCII id; labels in {@link AWARD_DECIDERS}.
 *
 * @example
 * ```ts
 * import type { DeciderId } from 'hanhchinh/emulation'
 * const who: DeciderId = 'chu-tich-ubnd-xa'
 * who //=> 'chu-tich-ubnd-xa'
 * ```
 */
export type DeciderId =
  | 'chu-tich-nuoc'
  | 'chinh-phu'
  | 'thu-tuong'
  | 'bo-truong'
  | 'chu-tich-ubnd-tinh'
  | 'chu-tich-ubnd-huyen'
  | 'chu-tich-ubnd-xa'
  | 'thu-truong-co-quan'

/**
 * A decider: its bilingual title and the level it sits at (`'central'` for
 * the President, the Government and the Prime Minister).
 *
 * @example
 * ```ts
 * import { AWARD_DECIDERS, type Decider } from 'hanhchinh/emulation'
 * const d: Decider = AWARD_DECIDERS['chu-tich-ubnd-tinh']
 * d.level //=> 'province'
 * ```
 */
export interface Decider {
  readonly id: DeciderId
  readonly label: Label
  readonly level: 'central' | 'ministry' | 'province' | 'district' | 'commune' | 'agency'
}

const decider = (id: DeciderId, level: Decider['level'], vi: string, en: string): Decider =>
  Object.freeze({ id, level, label: Object.freeze({ vi, en }) })

/**
 * The deciders by id, with their Vietnamese and English titles.
 *
 * @example
 * ```ts
 * import { AWARD_DECIDERS } from 'hanhchinh/emulation'
 * AWARD_DECIDERS['chu-tich-ubnd-xa'].label.vi //=> 'Chủ tịch Ủy ban nhân dân cấp xã'
 * AWARD_DECIDERS['thu-truong-co-quan'].label.en //=> 'Head of the agency, organisation or unit'
 * ```
 */
export const AWARD_DECIDERS: Readonly<Record<DeciderId, Decider>> = Object.freeze({
  'chu-tich-nuoc': decider('chu-tich-nuoc', 'central', 'Chủ tịch nước', 'President of the State'),
  'chinh-phu': decider('chinh-phu', 'central', 'Chính phủ', 'The Government'),
  'thu-tuong': decider('thu-tuong', 'central', 'Thủ tướng Chính phủ', 'Prime Minister'),
  'bo-truong': decider('bo-truong', 'ministry', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ', 'Minister or head of a ministry-level agency'),
  'chu-tich-ubnd-tinh': decider('chu-tich-ubnd-tinh', 'province', 'Chủ tịch Ủy ban nhân dân cấp tỉnh', "Chairman of the provincial People's Committee"),
  'chu-tich-ubnd-huyen': decider('chu-tich-ubnd-huyen', 'district', 'Chủ tịch Ủy ban nhân dân cấp huyện', "Chairman of the district People's Committee"),
  'chu-tich-ubnd-xa': decider('chu-tich-ubnd-xa', 'commune', 'Chủ tịch Ủy ban nhân dân cấp xã', "Chairman of the commune People's Committee"),
  'thu-truong-co-quan': decider('thu-truong-co-quan', 'agency', 'Thủ trưởng cơ quan, tổ chức, đơn vị', 'Head of the agency, organisation or unit'),
})

/**
 * One power to decide: a decider, the awards it decides, for recipients at
 * which levels, with its legal basis (and why it is UNCONFIRMED, when it is).
 *
 * @example
 * ```ts
 * import { AWARD_AUTHORITIES, atDate, type AuthorityGrant } from 'hanhchinh/emulation'
 * const grants: readonly AuthorityGrant[] = atDate(AWARD_AUTHORITIES, '2025-09-01')?.value.grants ?? []
 * grants.find((g) => g.decider === 'chu-tich-ubnd-xa')?.awards.includes('chien-si-thi-dua-co-so') //=> true
 * ```
 */
export interface AuthorityGrant {
  readonly decider: DeciderId
  readonly awards: readonly HeldAwardId[]
  /** The recipients it decides for; the closest decider of a level comes first in the table. */
  readonly recipientLevels: readonly RecipientLevel[]
  readonly basis: readonly LegalBasis[]
  /** Why the grant (or part of it) is UNCONFIRMED, when it is. */
  readonly uncertain?: string
}

/**
 * The authority rules of one period: the recipient levels that exist then
 * (with the basis of that structure of local government) and the grants, in
 * order from the decider closest to the recipient.
 *
 * @example
 * ```ts
 * import { AWARD_AUTHORITIES, atDate, type AuthorityRules } from 'hanhchinh/emulation'
 * const rules: AuthorityRules | undefined = atDate(AWARD_AUTHORITIES, '2024-12-20')?.value
 * rules?.levels //=> ['province', 'district', 'commune', 'agency']
 * ```
 */
export interface AuthorityRules {
  readonly levels: readonly RecipientLevel[]
  readonly levelsBasis: readonly LegalBasis[]
  readonly grants: readonly AuthorityGrant[]
}

const grant = (decider: DeciderId, awards: readonly HeldAwardId[], recipientLevels: readonly RecipientLevel[], basis: readonly LegalBasis[], uncertain?: string): AuthorityGrant =>
  Object.freeze({
    decider,
    awards: Object.freeze([...awards]),
    recipientLevels: Object.freeze([...recipientLevels]),
    basis: Object.freeze([...basis]),
    ...(uncertain !== undefined ? { uncertain } : {}),
  })

const LAW_72 = UNITS_LEGAL_BASES.localGovernmentLaw2025
const TWO_LEVELS_FROM = LAW_72.effectiveFrom as IsoDate
const ALL: readonly RecipientLevel[] = RECIPIENT_LEVELS
const TWO_LEVELS: readonly RecipientLevel[] = ['province', 'commune', 'agency']

const BASE_TITLES: readonly HeldAwardId[] = ['tap-the-lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'lao-dong-tien-tien', 'giay-khen']
const PROVINCE_AWARDS: readonly HeldAwardId[] = ['bang-khen-chu-tich-ubnd-tinh', 'co-thi-dua-cap-tinh', 'tap-the-lao-dong-xuat-sac', 'chien-si-thi-dua-cap-tinh']
const ORDERS: readonly HeldAwardId[] = ['huan-chuong-lao-dong-hang-ba', 'huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-nhat']

// Law 2003 (as amended 2005, 2013): the text of Chapter IV was read in its
// 2003 wording, in article order, without the article numbers.
const A_ORDER = 'Article number inferred from the order of Chapter IV of 15/2003/QH11 as read (vietjack.me transcription, 2003 wording); the 2005 and 2013 amendments of the article were not read'
const A_LOCAL =
  `${A_ORDER}. The transcription read lists "Chiến sỹ thi đua cấp cơ sở" and "Lao động tiên tiến" and is cut after them: ` +
  '"Tập thể lao động tiên tiến" and giấy khen for this decider come from the rules digest (emulation-awards.md §6), not from the text'
const A_COMMUNE =
  'The commune chairman’s power under Law 2003 (giấy khen; whether also "Lao động tiên tiến") was not read in the text; the digest lists no commune decider before 2024'
const A_COMMUNE_REACH = 'Derived: the district chairman decides for the commune-level officials of the district (commune officials under the district in the three-level structure)'
// Law 2022: Art 80 read in the Công báo; the higher deciders' article numbers were not read.
const B_HIGHER = 'Article number not read in the text of 06/2022/QH15 (best knowledge of its Chapter IV); the deciders themselves agree with the rules digest'
const B_COMMUNE_REACH = 'Derived: Art 80(2) gives the district chairman these titles for the district, which holds the communes; Art 80(3) gives the commune chairman only "Lao động tiên tiến" and giấy khen'

const A_TO = LAW_2003.effectiveTo as IsoDate
const B_FROM = LAW_2022.effectiveFrom as IsoDate

/**
 * Who decides each title and commendation, by date, as one dated rule read
 * with `atDate` (what {@link awardAuthority} does):
 *
 * - **01/07/2004 – 31/12/2023** — Law on Emulation and Commendation
 *   15/2003/QH11 as amended: the President (Art 77), the Government and the
 *   Prime Minister (Art 78), ministers and the provincial chairman (Art 79),
 *   heads of agencies and the district chairman (Art 80); the commune
 *   chairman's giấy khen UNCONFIRMED.
 * - **01/01/2024 – 30/06/2025** — Law 06/2022/QH15 Art 80: heads of agencies
 *   (80.1) and the district chairman (80.2) decide TTLĐTT, CSTĐCS, LĐTT and
 *   giấy khen; the commune chairman (80.3) LĐTT and giấy khen.
 * - **from 01/07/2025** — no district level (Law on Organisation of Local
 *   Government 72/2025/QH15); Decree 129/2025/NĐ-CP Art 59: the commune
 *   chairman decides TTLĐTT, CSTĐCS, LĐTT and giấy khen.
 *
 * The boundaries are the instruments' own dates (`LAW_2003.effectiveTo`,
 * `LAW_2022.effectiveFrom`, `UNITS_LEGAL_BASES.localGovernmentLaw2025`).
 * Facts the digests do not confirm carry `uncertain` on their grant.
 *
 * @example
 * ```ts
 * import { AWARD_AUTHORITIES, atDate } from 'hanhchinh/emulation'
 * AWARD_AUTHORITIES.values.map((v) => [v.from, v.to ?? null])
 * //=> [['2004-07-01', '2023-12-31'], ['2024-01-01', '2025-06-30'], ['2025-07-01', null]]
 * atDate(AWARD_AUTHORITIES, '2025-09-01')?.value.levels //=> ['province', 'commune', 'agency']
 * atDate(AWARD_AUTHORITIES, '2025-09-01')?.basis.map((b) => b.instrument) //=> ['06/2022/QH15', '129/2025/NĐ-CP', '72/2025/QH15']
 * atDate(AWARD_AUTHORITIES, '2003-12-31') //=> undefined
 * ```
 */
export const AWARD_AUTHORITIES: DatedRule<AuthorityRules> = datedRule('AWARD_AUTHORITIES', [
  {
    from: LAW_2003.effectiveFrom as IsoDate,
    to: A_TO,
    basis: [cite(LAW_2003, '77'), cite(LAW_2003, '78'), cite(LAW_2003, '79'), cite(LAW_2003, '80')],
    uncertain: A_ORDER,
    value: Object.freeze({
      levels: ALL,
      levelsBasis: Object.freeze([cite(LAW_2003, '80')]),
      grants: Object.freeze([
        grant('thu-truong-co-quan', BASE_TITLES, ['agency'], [cite(LAW_2003, '80', '1')], A_LOCAL),
        grant('chu-tich-ubnd-xa', ['giay-khen'], ['commune'], [cite(LAW_2003, '80')], A_COMMUNE),
        grant('chu-tich-ubnd-huyen', BASE_TITLES, ['district', 'commune'], [cite(LAW_2003, '80', '1')], `${A_LOCAL}. ${A_COMMUNE_REACH}`),
        grant('chu-tich-ubnd-tinh', PROVINCE_AWARDS, ALL, [cite(LAW_2003, '79')], A_ORDER),
        grant('bo-truong', ['bang-khen-bo-nganh'], ALL, [cite(LAW_2003, '79')], A_ORDER),
        grant('chinh-phu', ['co-thi-dua-chinh-phu'], ALL, [cite(LAW_2003, '78')], A_ORDER),
        grant('thu-tuong', ['chien-si-thi-dua-toan-quoc', 'bang-khen-thu-tuong'], ALL, [cite(LAW_2003, '78')], A_ORDER),
        grant('chu-tich-nuoc', ORDERS, ALL, [cite(LAW_2003, '77')], A_ORDER),
      ]),
    }),
  },
  {
    from: B_FROM,
    to: addDays(TWO_LEVELS_FROM, -1),
    basis: [cite(LAW_2022, '80')],
    value: Object.freeze({
      levels: ALL,
      levelsBasis: Object.freeze([cite(LAW_2022, '80', '2')]),
      grants: Object.freeze([
        grant('thu-truong-co-quan', BASE_TITLES, ['agency'], [cite(LAW_2022, '80', '1')]),
        grant('chu-tich-ubnd-xa', ['lao-dong-tien-tien', 'giay-khen'], ['commune'], [cite(LAW_2022, '80', '3')]),
        grant('chu-tich-ubnd-huyen', BASE_TITLES, ['district', 'commune'], [cite(LAW_2022, '80', '2')], B_COMMUNE_REACH),
        grant('chu-tich-ubnd-tinh', PROVINCE_AWARDS, ALL, [cite(LAW_2022, '78', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('bo-truong', ['bang-khen-bo-nganh'], ALL, [cite(LAW_2022, '78', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('thu-tuong', ['co-thi-dua-chinh-phu', 'chien-si-thi-dua-toan-quoc', 'bang-khen-thu-tuong'], ALL, [cite(LAW_2022, '77', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('chu-tich-nuoc', ORDERS, ALL, [cite(LAW_2022, '76', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
      ]),
    }),
  },
  {
    from: TWO_LEVELS_FROM,
    basis: [cite(LAW_2022, '80'), cite(ND_129_2025, '59'), LAW_72],
    value: Object.freeze({
      levels: TWO_LEVELS,
      levelsBasis: Object.freeze([LAW_72]),
      grants: Object.freeze([
        grant('thu-truong-co-quan', BASE_TITLES, ['agency'], [cite(LAW_2022, '80', '1')]),
        grant('chu-tich-ubnd-xa', BASE_TITLES, ['commune'], [cite(LAW_2022, '80', '3'), cite(ND_129_2025, '59')]),
        grant('chu-tich-ubnd-tinh', PROVINCE_AWARDS, TWO_LEVELS, [cite(LAW_2022, '78', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('bo-truong', ['bang-khen-bo-nganh'], TWO_LEVELS, [cite(LAW_2022, '78', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('thu-tuong', ['co-thi-dua-chinh-phu', 'chien-si-thi-dua-toan-quoc', 'bang-khen-thu-tuong'], TWO_LEVELS, [cite(LAW_2022, '77', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
        grant('chu-tich-nuoc', ORDERS, TWO_LEVELS, [cite(LAW_2022, '76', undefined, undefined, { unconfirmed: B_HIGHER })], B_HIGHER),
      ]),
    }),
  },
])
