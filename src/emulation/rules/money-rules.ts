import type { LegalBasis } from '../../core/legal-basis.js'
import type { MoneyRecipient } from '../money.js'
import type { HeldAwardId } from '../schema/awards.js'
import {
  basis,
  cite,
  ND_152_2025,
  ND_161_2026,
  ND_22_2011,
  ND_24_2023,
  ND_28_2010,
  ND_31_2012,
  ND_33_2009,
  ND_38_2019,
  ND_47_2016,
  ND_47_2017,
  ND_66_2013,
  ND_72_2018,
  ND_73_2024,
  ND_91_2017,
  ND_98_2023,
} from './bases.js'
import { datedRule, type DatedRule } from './dated.js'

/**
 * The award-money rules of one decree: the coefficients (decimal strings,
 * times the base salary) of the titles and of the commendation forms, the
 * articles they are in, and the article that rounds the amount up to tens of
 * thousands of đồng. An award missing from `titles` and `forms` has no
 * confirmed coefficient under that decree; `notes` says why a coefficient is
 * UNCONFIRMED where it is.
 *
 * @example
 * ```ts
 * import { AWARD_MONEY_DECREE, atDate, type AwardMoneyRules } from 'hanhchinh/emulation'
 * const r: AwardMoneyRules | undefined = atDate(AWARD_MONEY_DECREE, '2019-12-20')?.value
 * r?.titles['lao-dong-tien-tien'] //=> '0.3'
 * r?.forms['bang-khen-thu-tuong'] //=> { individual: '3.5', collective: '7.0' }
 * ```
 */
export interface AwardMoneyRules {
  /** Article of the title coefficients (Decree 91/2017 Art 69; Decree 98/2023 Art 54; Decree 152/2025 Art 50). */
  titleArticle: string
  /** Article of the Bằng khen / giấy khen coefficients, when it is known (Decree 91/2017 Art 73; Decree 98/2023 Art 58, whose coefficients were not found; Decree 152/2025 Art 54). */
  formsArticle?: string
  titles: Readonly<Partial<Record<HeldAwardId, string>>>
  forms: Readonly<Partial<Record<HeldAwardId, Readonly<Partial<Record<MoneyRecipient, string>>>>>>
  /** The provision that rounds the amount up to tens of thousands of đồng. */
  rounding: LegalBasis
  /** Why the rounding provision is not fully confirmed, when it is not. */
  roundingUncertain?: string
  /** Why a coefficient is UNCONFIRMED, by award. */
  notes?: Readonly<Partial<Record<HeldAwardId, string>>>
  /** What no source gave under this decree (e.g. its Bằng khen rates): added to the reason when an award has no coefficient. */
  missing?: Readonly<{ vi: string; en: string }>
}

// Decree 42/2010/NĐ-CP (notes/award-money.md §2.2 bis). Its money articles
// were not seen: the title coefficients below are those of a provincial table
// that applies it (Bến Tre 1628/QĐ-UBND of 14/07/2016), whose amounts on the
// 1,210,000 base match ceil(coefficient × base) to tens of thousands.
const ND_42_2010: LegalBasis = basis({
  instrument: '42/2010/NĐ-CP',
  title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng',
  issued: '2010-04-15',
  effectiveFrom: '2010-06-01',
  effectiveTo: '2017-09-30',
  note: 'Amended by Decree 39/2012/NĐ-CP and, for Art 4, 12–33, 41 and 49 (repealed), by Decree 65/2014/NĐ-CP Art 30.1 (in force 20/08/2014), which left the money articles in force and has no money article of its own',
  unconfirmed: 'Effective date 01/06/2010 not seen in a source; the money chapter is Art 70–76 by a provincial table (Bình Định 2091/QĐ-UBND: "Điều 71, 72, 73, 75 và 76"), the titles taken as Art 71',
})

const TITLES_42_2010: AwardMoneyRules['titles'] = {
  'chien-si-thi-dua-toan-quoc': '4.5',
  'chien-si-thi-dua-cap-tinh': '3.0',
  'chien-si-thi-dua-co-so': '1.0',
  'lao-dong-tien-tien': '0.3',
  'tap-the-lao-dong-xuat-sac': '1.5',
  'tap-the-lao-dong-tien-tien': '0.8',
  'co-thi-dua-chinh-phu': '24.5',
  'co-thi-dua-cap-tinh': '15.5',
}

// Titles: the same coefficients in Decree 91/2017 Art 69, Decree 98/2023
// Art 54 and Decree 152/2025 Art 50 (notes/award-money.md §2).
const TITLES: AwardMoneyRules['titles'] = {
  'chien-si-thi-dua-toan-quoc': '4.5',
  'chien-si-thi-dua-cap-tinh': '3.0',
  'chien-si-thi-dua-co-so': '1.0',
  'lao-dong-tien-tien': '0.3',
  'chien-si-tien-tien': '0.3',
  'tap-the-lao-dong-xuat-sac': '1.5',
  'tap-the-lao-dong-tien-tien': '0.8',
  'co-thi-dua-chinh-phu': '12.0',
  'co-thi-dua-cap-tinh': '8.0',
}

/**
 * The decree that sets the award money, by decision date, with its
 * coefficient tables: Decree 91/2017/NĐ-CP from 01/10/2017 (Art 68.1: the
 * base salary in force on the decision date; Art 68.2: rounded up to tens of
 * thousands; Art 69 titles; Art 73 Bằng khen and giấy khen — Bằng khen of
 * the Prime Minister 3,5, of a ministry or province 1,0, collectives double);
 * Decree 98/2023/NĐ-CP from 01/01/2024 (titles in Art 54; Bằng khen and
 * giấy khen in Art 58, whose Bằng khen rates were found in no source —
 * `missing` names them and the little that is known: a commune chairman's
 * giấy khen 0,15, collectives double); Decree 152/2025/NĐ-CP from
 * 01/07/2025 (titles in Art 50, Bằng khen and giấy khen in Art 54 — BK bộ/
 * tỉnh 1,5, giấy khen 0,3 —, rounding in Art 49).
 * Before: Decree 42/2010/NĐ-CP from 01/06/2010 (effective date UNCONFIRMED)
 * to 30/09/2017, titles only — CSTĐTQ 4,5, CSTĐ tỉnh 3,0, CSTĐCS 1,0, LĐTT
 * 0,3, TTLĐXS 1,5, TTLĐTT 0,8, Cờ thi đua của Chính phủ 24,5, cờ tỉnh 15,5,
 * UNCONFIRMED (a provincial table, not the decree's text); its Bằng khen and
 * giấy khen rates were found nowhere (`missing`). Decree 65/2014/NĐ-CP did
 * not change the money articles. Nothing before 01/06/2010.
 *
 * @example
 * ```ts
 * import { AWARD_MONEY_DECREE, atDate } from 'hanhchinh/emulation'
 * atDate(AWARD_MONEY_DECREE, '2025-01-15')?.value.titleArticle //=> '54'
 * atDate(AWARD_MONEY_DECREE, '2025-01-15')?.value.formsArticle //=> '58'
 * atDate(AWARD_MONEY_DECREE, '2025-01-15')?.value.forms //=> {}
 * atDate(AWARD_MONEY_DECREE, '2025-07-01')?.value.forms['bang-khen-chu-tich-ubnd-tinh'] //=> { individual: '1.5', collective: '3.0' }
 * atDate(AWARD_MONEY_DECREE, '2025-08-01')?.basis[0]?.instrument //=> '152/2025/NĐ-CP'
 * atDate(AWARD_MONEY_DECREE, '2020-03-01')?.value.rounding //=> { instrument: '91/2017/NĐ-CP', article: '68', clause: '2' }
 * atDate(AWARD_MONEY_DECREE, '2017-09-30')?.basis[0]?.instrument //=> '42/2010/NĐ-CP'
 * atDate(AWARD_MONEY_DECREE, '2014-12-20')?.value.titles['co-thi-dua-chinh-phu'] //=> '24.5'
 * atDate(AWARD_MONEY_DECREE, '2014-12-20')?.value.forms //=> {}
 * atDate(AWARD_MONEY_DECREE, '2010-05-31') //=> undefined
 * ```
 */
export const AWARD_MONEY_DECREE: DatedRule<AwardMoneyRules> = datedRule('AWARD_MONEY_DECREE', [
  {
    from: ND_42_2010.effectiveFrom!,
    to: ND_42_2010.effectiveTo!,
    value: {
      titleArticle: '71',
      titles: TITLES_42_2010,
      forms: {},
      rounding: { ...ND_42_2010, note: 'Base = "mức lương tối thiểu chung" (from 01/07/2013 "mức lương cơ sở") in force on the decision date, rounded up to tens of thousands of đồng, as copied into Ninh Thuận 75/2012/QĐ-UBND Art 3' },
      roundingUncertain: 'The Decree 42/2010 rounding rule is known from provincial decisions (Ninh Thuận 75/2012/QĐ-UBND; Bến Tre 1628/QĐ-UBND amounts); its article was not seen',
      missing: {
        vi: 'Hệ số tiền thưởng Bằng khen, giấy khen, huân chương, huy chương và danh hiệu "Chiến sĩ tiên tiến" theo Nghị định 42/2010/NĐ-CP chưa tìm thấy trong nguồn nào',
        en: 'the Decree 42/2010/NĐ-CP coefficients of Bằng khen, giấy khen, orders, medals and the "Chiến sĩ tiên tiến" title were found in no source',
      },
    },
    basis: [ND_42_2010],
    uncertain: 'Decree 42/2010 title coefficients from a provincial table (Bến Tre 1628/QĐ-UBND, 14/07/2016), not from the decree\'s text; Decree 39/2012 (amending it) not read; effective date 01/06/2010 UNCONFIRMED',
  },
  {
    from: ND_91_2017.effectiveFrom!,
    to: ND_91_2017.effectiveTo!,
    value: {
      titleArticle: '69',
      formsArticle: '73',
      titles: TITLES,
      forms: {
        'bang-khen-thu-tuong': { individual: '3.5', collective: '7.0' },
        'bang-khen-chu-tich-ubnd-tinh': { individual: '1.0', collective: '2.0' },
        'bang-khen-bo-nganh': { individual: '1.0', collective: '2.0' },
        'giay-khen': { individual: '0.3', collective: '0.6' },
      },
      rounding: cite(ND_91_2017, '68', '2'),
      notes: {
        'giay-khen': 'Decree 91/2017 Art 73.1.d: the giấy khen of the chairman of a commune People\'s Committee is 0,15 (collective 0,3), not 0,3',
        'chien-si-thi-dua-cap-tinh': 'Coefficient seen in secondary sources only (Art 69.1.b)',
      },
    },
    basis: [ND_91_2017],
  },
  {
    from: ND_98_2023.effectiveFrom!,
    to: ND_98_2023.effectiveTo!,
    value: {
      titleArticle: '54',
      titles: TITLES,
      forms: {},
      formsArticle: '58',
      rounding: { ...ND_98_2023, note: 'Rounding up to tens of thousands as quoted by the Government portal (VGP, 07/01/2024)' },
      roundingUncertain: 'The Decree 98/2023 rounding rule is known from a secondary quotation; its article number was not seen',
      missing: {
        vi: 'hệ số tiền thưởng Bằng khen của Thủ tướng Chính phủ, Bằng khen của bộ, ban, ngành, tỉnh và giấy khen (Điều 58 khoản 1 điểm a, b, e) chưa tìm thấy trong nguồn nào; chỉ biết (nguồn thứ cấp, Bộ Nội vụ trả lời): giấy khen của Chủ tịch UBND cấp xã 0,15 lần (điểm g), tập thể gấp hai lần (khoản 2 điểm c), Kỷ niệm chương của bộ, ngành, tỉnh không quá 0,6 lần (điểm d); huân chương (Điều 55), huy chương chưa được mã hoá',
        en: 'the coefficients of the Bằng khen of the Prime Minister, the Bằng khen of a ministry, sector or province and the giấy khen (Art 58.1.a, b, e) were found in no source; known only (secondary, Ministry of Home Affairs answers): the commune chairman\'s giấy khen 0,15 (Art 58.1.g), collectives double (Art 58.2.c), a ministry\'s or province\'s Kỷ niệm chương at most 0,6 (Art 58.1.d); orders (Art 55) and medals are not encoded',
      },
    },
    basis: [ND_98_2023],
  },
  {
    from: ND_152_2025.effectiveFrom!,
    value: {
      titleArticle: '50',
      formsArticle: '54',
      titles: TITLES,
      forms: {
        'bang-khen-thu-tuong': { individual: '3.5', collective: '7.0' },
        'bang-khen-chu-tich-ubnd-tinh': { individual: '1.5', collective: '3.0' },
        'bang-khen-bo-nganh': { individual: '1.5', collective: '3.0' },
        'giay-khen': { individual: '0.3', collective: '0.6' },
      },
      rounding: cite(ND_152_2025, '49'),
      notes: {
        'giay-khen': 'Decree 152/2025 Art 54.1.e: 0,3 for every giấy khen of Law Art 75.1.a–d (the commune chairman\'s included, up from 0,15 under Decree 98/2023); the individual rate is seen in secondary sources only (laodong.vn, 2025)',
      },
    },
    basis: [ND_152_2025],
  },
])

/**
 * The base salary in VND per month by date — "mức lương tối thiểu chung"
 * until 30/06/2013, "mức lương cơ sở" from 01/07/2013 (Decree 66/2013/NĐ-CP
 * Art 3.2): 650,000 from 01/05/2009; 730,000 from 01/05/2010; 830,000 from
 * 01/05/2011; 1,050,000 from 01/05/2012; 1,150,000 from 01/07/2013;
 * 1,210,000 from 01/05/2016 (Decree 47/2016, signed 26/05/2016: decisions of
 * 01–25/05/2016 carry a warning); 1,300,000 from 01/07/2017; 1,390,000 from
 * 01/07/2018; 1,490,000 from 01/07/2019 (the 1,600,000 planned for 2020 was
 * postponed); 1,800,000 from 01/07/2023; 2,340,000 from 01/07/2024 (Decree
 * 73/2024 Art 3.2); 2,530,000 from 01/07/2026 (Decree 161/2026 Art 3.2).
 *
 * @example
 * ```ts
 * import { BASE_SALARY, atDate } from 'hanhchinh/emulation'
 * atDate(BASE_SALARY, '2025-01-15')?.value //=> 2340000
 * atDate(BASE_SALARY, '2019-06-30')?.value //=> 1390000
 * atDate(BASE_SALARY, '2019-07-01')?.value //=> 1490000
 * atDate(BASE_SALARY, '2020-12-31')?.value //=> 1490000
 * atDate(BASE_SALARY, '2026-07-01')?.basis[0]?.instrument //=> '161/2026/NĐ-CP'
 * atDate(BASE_SALARY, '2009-04-30') //=> undefined
 * ```
 */
export const BASE_SALARY: DatedRule<number> = datedRule('BASE_SALARY', [
  { from: ND_33_2009.effectiveFrom!, to: ND_33_2009.effectiveTo!, value: 650_000, basis: [ND_33_2009] },
  { from: ND_28_2010.effectiveFrom!, to: ND_28_2010.effectiveTo!, value: 730_000, basis: [ND_28_2010] },
  { from: ND_22_2011.effectiveFrom!, to: ND_22_2011.effectiveTo!, value: 830_000, basis: [ND_22_2011] },
  { from: ND_31_2012.effectiveFrom!, to: ND_31_2012.effectiveTo!, value: 1_050_000, basis: [ND_31_2012] },
  { from: ND_66_2013.effectiveFrom!, to: ND_66_2013.effectiveTo!, value: 1_150_000, basis: [ND_66_2013] },
  {
    from: ND_47_2016.effectiveFrom!,
    to: '2016-05-25',
    value: 1_210_000,
    basis: [ND_47_2016],
    uncertain: 'Decree 47/2016/NĐ-CP was signed on 26/05/2016 and applies from 01/05/2016: a decision of 01–25/05/2016 may have been paid on 1,150,000 at the time',
  },
  { from: '2016-05-26', to: ND_47_2016.effectiveTo!, value: 1_210_000, basis: [ND_47_2016] },
  { from: ND_47_2017.effectiveFrom!, to: ND_47_2017.effectiveTo!, value: 1_300_000, basis: [ND_47_2017] },
  { from: ND_72_2018.effectiveFrom!, to: ND_72_2018.effectiveTo!, value: 1_390_000, basis: [ND_72_2018] },
  { from: ND_38_2019.effectiveFrom!, to: ND_38_2019.effectiveTo!, value: 1_490_000, basis: [ND_38_2019] },
  { from: ND_24_2023.effectiveFrom!, to: ND_24_2023.effectiveTo!, value: 1_800_000, basis: [ND_24_2023] },
  { from: ND_73_2024.effectiveFrom!, to: ND_73_2024.effectiveTo!, value: 2_340_000, basis: [ND_73_2024] },
  { from: ND_161_2026.effectiveFrom!, value: 2_530_000, basis: [ND_161_2026] },
])
