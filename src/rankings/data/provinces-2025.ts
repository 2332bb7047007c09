import type { LegalBasis } from '../../core/legal-basis.js'
import { UNITS_LEGAL_BASES } from '../../units/basis.js'

/**
 * Legal basis of the 2025 arrangement of provincial-level units (63 → 34):
 * Nghị quyết 202/2025/QH15 of the National Assembly, passed 12/06/2025 and
 * effective on passage; the new provincial governments operate from
 * 01/07/2025. The same record as `UNITS_LEGAL_BASES.provinces2025` of
 * `hanhchinh/units`, which holds the units themselves.
 *
 * @example
 * ```ts
 * import { RESOLUTION_202_2025 } from 'hanhchinh/rankings'
 * import { UNITS_LEGAL_BASES } from 'hanhchinh/units'
 * RESOLUTION_202_2025.instrument //=> '202/2025/QH15'
 * RESOLUTION_202_2025.effectiveFrom //=> '2025-06-12'
 * RESOLUTION_202_2025 === UNITS_LEGAL_BASES.provinces2025 //=> true
 * ```
 */
export const RESOLUTION_202_2025: LegalBasis = UNITS_LEGAL_BASES.provinces2025

/**
 * Where {@link ADMIN_CENTRES_2025} comes from: the 2025 arrangement
 * (Nghị quyết 202/2025/QH15), with the centres as the press reported the
 * list of Nghị quyết 60-NQ/TW, transcribed in `merger-2025-provinces.csv`.
 *
 * @example
 * ```ts
 * import { ADMIN_CENTRES_2025_BASIS } from 'hanhchinh/rankings'
 * ADMIN_CENTRES_2025_BASIS.instrument //=> '202/2025/QH15'
 * ADMIN_CENTRES_2025_BASIS.note?.includes('60-NQ/TW') //=> true
 * ```
 */
export const ADMIN_CENTRES_2025_BASIS: LegalBasis = Object.freeze({
  instrument: '202/2025/QH15',
  title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
  note:
    'Political-administrative centres per the Nghị quyết 60-NQ/TW list as reported ' +
    '(vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html; en.qdnd.vn; zh.vietnamplus.vn/article-post239334.vnp), ' +
    'transcribed in merger-2025-provinces.csv.',
  unconfirmed: 'the centres are taken from press reports of the list; the text of the resolution was not read for them',
})

/**
 * Where each of the 34 provincial-level units from 01/07/2025 has its
 * political-administrative centre (trung tâm hành chính - chính trị): the id
 * of the predecessor hosting it, by the id of the new unit. This is not in
 * the units data of `hanhchinh/units` (which has names, codes and
 * successions); it is transcribed from `merger-2025-provinces.csv`
 * (Nghị quyết 202/2025/QH15; names and centres per the Nghị quyết 60-NQ/TW
 * list as reported: vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html,
 * en.qdnd.vn, zh.vietnamplus.vn/article-post239334.vnp). The centre is not
 * always in the predecessor whose name was kept: Bắc Ninh's is in ex-Bắc
 * Giang, Tây Ninh's in ex-Long An.
 *
 * @example
 * ```ts
 * import { ADMIN_CENTRES_2025 } from 'hanhchinh/rankings'
 * Object.keys(ADMIN_CENTRES_2025).length //=> 34
 * ADMIN_CENTRES_2025['bac-ninh'] //=> 'bac-giang'
 * ADMIN_CENTRES_2025['tay-ninh'] //=> 'long-an'
 * ```
 */
export const ADMIN_CENTRES_2025: Readonly<Record<string, string>> = Object.freeze({
  'ha-noi': 'ha-noi',
  'cao-bang': 'cao-bang',
  'tuyen-quang': 'tuyen-quang',
  'dien-bien': 'dien-bien',
  'lai-chau': 'lai-chau',
  'son-la': 'son-la',
  'lao-cai': 'yen-bai',
  'thai-nguyen': 'thai-nguyen',
  'lang-son': 'lang-son',
  'quang-ninh': 'quang-ninh',
  'bac-ninh': 'bac-giang',
  'phu-tho': 'phu-tho',
  'hai-phong': 'hai-phong',
  'hung-yen': 'hung-yen',
  'ninh-binh': 'ninh-binh',
  'thanh-hoa': 'thanh-hoa',
  'nghe-an': 'nghe-an',
  'ha-tinh': 'ha-tinh',
  'quang-tri': 'quang-binh',
  hue: 'hue',
  'da-nang': 'da-nang',
  'quang-ngai': 'quang-ngai',
  'gia-lai': 'binh-dinh',
  'khanh-hoa': 'khanh-hoa',
  'dak-lak': 'dak-lak',
  'lam-dong': 'lam-dong',
  'dong-nai': 'dong-nai',
  'ho-chi-minh': 'ho-chi-minh',
  'tay-ninh': 'long-an',
  'dong-thap': 'tien-giang',
  'vinh-long': 'vinh-long',
  'an-giang': 'kien-giang',
  'can-tho': 'can-tho',
  'ca-mau': 'ca-mau',
})

/**
 * Units from 01/07/2025 whose admin-centre assignment could not be confirmed
 * in the retrieved text of the source list (CSV header: "admin centres of An
 * Giang (in Kiên Giang) and Cà Mau (in Cà Mau) not visible in retrieved
 * text").
 *
 * @example
 * ```ts
 * import { UNCONFIRMED_ADMIN_CENTRES_2025 } from 'hanhchinh/rankings'
 * Object.keys(UNCONFIRMED_ADMIN_CENTRES_2025) //=> ['an-giang', 'ca-mau']
 * ```
 */
export const UNCONFIRMED_ADMIN_CENTRES_2025: Readonly<Record<string, string>> = Object.freeze({
  'an-giang': 'admin centre (in ex-Kiên Giang) not visible in the retrieved text of the Nghị quyết 60-NQ/TW list',
  'ca-mau': 'admin centre (in ex-Cà Mau) not visible in the retrieved text of the Nghị quyết 60-NQ/TW list',
})

/**
 * Spellings of province names found in ranking tables and office exports
 * that are not the unit's name (accents, case, punctuation and a leading
 * "Tỉnh"/"Thành phố"/"TP" are ignored anyway, and former names come from
 * `hanhchinh/units`), by unit id. They apply to every record of that id.
 *
 * @example
 * ```ts
 * import { PROVINCE_ALIASES } from 'hanhchinh/rankings'
 * PROVINCE_ALIASES['ba-ria-vung-tau'] //=> ['BRVT', 'BR-VT', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu']
 * PROVINCE_ALIASES.hue?.includes('TT-Huế') //=> true
 * ```
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'ha-noi': ['Hanoi', 'TP Hà Nội'],
  hue: ['TT-Huế', 'TT Huế', 'TTH', 'Thừa Thiên - Huế', 'Hue', 'TP Huế', 'Thua Thien Hue', 'Huế (Thừa Thiên Huế)'],
  'bac-kan': ['Bắc Cạn'],
  'hai-phong': ['Haiphong'],
  'da-nang': ['Danang'],
  'kon-tum': ['Kontum'],
  'dak-nong': ['Đắc Nông', 'Daknong'],
  'dak-lak': ['Đắc Lắc', 'Daklak', 'Đắk Lắc'],
  'ba-ria-vung-tau': ['BRVT', 'BR-VT', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu'],
  'ho-chi-minh': ['TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Ho Chi Minh City', 'TP. Hồ Chí Minh', 'Sài Gòn'],
  'can-tho': ['Cantho'],
})
