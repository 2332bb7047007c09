import type { LegalBasis } from '../../core/legal-basis.js'

/**
 * Legal basis of the 2025 arrangement of provincial-level units (63 → 34):
 * Nghị quyết 202/2025/QH15 of the National Assembly, passed 12/6/2025 and
 * effective on passage; the new provincial governments operate from 1/7/2025.
 *
 * @example
 * ```ts
 * import { RESOLUTION_202_2025 } from 'hanhchinh/rankings'
 * RESOLUTION_202_2025.instrument //=> '202/2025/QH15'
 * RESOLUTION_202_2025.effectiveFrom //=> '2025-06-12'
 * ```
 */
export const RESOLUTION_202_2025: LegalBasis = {
  instrument: '202/2025/QH15',
  title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
  issued: '2025-06-12' as LegalBasis['issued'],
  effectiveFrom: '2025-06-12' as LegalBasis['effectiveFrom'],
  note:
    'Passed 12/6/2025, effective on passage; new provincial governments operate from 1/7/2025. ' +
    'Names and admin centres per the Nghị quyết 60-NQ/TW list (vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html; ' +
    'en.qdnd.vn; zh.vietnamplus.vn/article-post239334.vnp).',
}

/**
 * Raw row of a pre-2025 unit: `[id, short name, type, extra aliases]`.
 *
 * @example
 * ```ts
 * import { PRE_2025_PROVINCE_ROWS, type Pre2025ProvinceRow } from 'hanhchinh/rankings'
 * const row: Pre2025ProvinceRow | undefined = PRE_2025_PROVINCE_ROWS.find((r) => r[0] === 'thai-binh')
 * row?.[1] //=> 'Thái Bình'
 * ```
 */
export type Pre2025ProvinceRow = readonly [id: string, name: string, type: 'tinh' | 'thanh-pho', aliases: readonly string[]]

/**
 * The 63 provincial-level units before 1/7/2025, as raw rows
 * `[id, name, type, aliases]` (ids are ASCII slugs; GSO codes are not used
 * because no cited source in this project gives them). Names are those of
 * 30/6/2025: Thừa Thiên Huế appears as Huế (the source list writes
 * "Huế (Thừa Thiên Huế)"), with its earlier names as aliases, so index
 * tables up to 2024 that print "Thừa Thiên Huế" or "TT-Huế" still resolve.
 *
 * @example
 * ```ts
 * import { PRE_2025_PROVINCE_ROWS } from 'hanhchinh/rankings'
 * PRE_2025_PROVINCE_ROWS.length //=> 63
 * PRE_2025_PROVINCE_ROWS[0] //=> ['ha-noi', 'Hà Nội', 'thanh-pho', ['Hanoi', 'TP Hà Nội']]
 * PRE_2025_PROVINCE_ROWS[1]?.[3].includes('TT-Huế') //=> true
 * ```
 */
export const PRE_2025_PROVINCE_ROWS: readonly Pre2025ProvinceRow[] = [
  ['ha-noi', 'Hà Nội', 'thanh-pho', ['Hanoi', 'TP Hà Nội']],
  ['hue', 'Huế', 'thanh-pho', ['Thừa Thiên Huế', 'TT-Huế', 'TT Huế', 'TTH', 'Thừa Thiên - Huế', 'Hue', 'TP Huế', 'Thua Thien Hue', 'Huế (Thừa Thiên Huế)']],
  ['lai-chau', 'Lai Châu', 'tinh', []],
  ['dien-bien', 'Điện Biên', 'tinh', []],
  ['son-la', 'Sơn La', 'tinh', []],
  ['lang-son', 'Lạng Sơn', 'tinh', []],
  ['quang-ninh', 'Quảng Ninh', 'tinh', []],
  ['thanh-hoa', 'Thanh Hóa', 'tinh', []],
  ['nghe-an', 'Nghệ An', 'tinh', []],
  ['ha-tinh', 'Hà Tĩnh', 'tinh', []],
  ['cao-bang', 'Cao Bằng', 'tinh', []],
  ['ha-giang', 'Hà Giang', 'tinh', []],
  ['tuyen-quang', 'Tuyên Quang', 'tinh', []],
  ['yen-bai', 'Yên Bái', 'tinh', []],
  ['lao-cai', 'Lào Cai', 'tinh', []],
  ['bac-kan', 'Bắc Kạn', 'tinh', ['Bắc Cạn']],
  ['thai-nguyen', 'Thái Nguyên', 'tinh', []],
  ['vinh-phuc', 'Vĩnh Phúc', 'tinh', []],
  ['hoa-binh', 'Hòa Bình', 'tinh', []],
  ['phu-tho', 'Phú Thọ', 'tinh', []],
  ['bac-giang', 'Bắc Giang', 'tinh', []],
  ['bac-ninh', 'Bắc Ninh', 'tinh', []],
  ['thai-binh', 'Thái Bình', 'tinh', []],
  ['hung-yen', 'Hưng Yên', 'tinh', []],
  ['hai-duong', 'Hải Dương', 'tinh', []],
  ['hai-phong', 'Hải Phòng', 'thanh-pho', ['Haiphong']],
  ['ha-nam', 'Hà Nam', 'tinh', []],
  ['nam-dinh', 'Nam Định', 'tinh', []],
  ['ninh-binh', 'Ninh Bình', 'tinh', []],
  ['quang-binh', 'Quảng Bình', 'tinh', []],
  ['quang-tri', 'Quảng Trị', 'tinh', []],
  ['quang-nam', 'Quảng Nam', 'tinh', []],
  ['da-nang', 'Đà Nẵng', 'thanh-pho', ['Danang']],
  ['kon-tum', 'Kon Tum', 'tinh', ['Kontum']],
  ['quang-ngai', 'Quảng Ngãi', 'tinh', []],
  ['gia-lai', 'Gia Lai', 'tinh', []],
  ['binh-dinh', 'Bình Định', 'tinh', []],
  ['ninh-thuan', 'Ninh Thuận', 'tinh', []],
  ['khanh-hoa', 'Khánh Hòa', 'tinh', []],
  ['lam-dong', 'Lâm Đồng', 'tinh', []],
  ['dak-nong', 'Đắk Nông', 'tinh', ['Đắc Nông', 'Daknong']],
  ['binh-thuan', 'Bình Thuận', 'tinh', []],
  ['dak-lak', 'Đắk Lắk', 'tinh', ['Đắc Lắc', 'Daklak', 'Đắk Lắc']],
  ['phu-yen', 'Phú Yên', 'tinh', []],
  ['ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 'tinh', ['BRVT', 'BR-VT', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu']],
  ['binh-duong', 'Bình Dương', 'tinh', []],
  ['ho-chi-minh', 'Hồ Chí Minh', 'thanh-pho', ['TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Ho Chi Minh City', 'TP. Hồ Chí Minh', 'Sài Gòn']],
  ['binh-phuoc', 'Bình Phước', 'tinh', []],
  ['dong-nai', 'Đồng Nai', 'tinh', []],
  ['long-an', 'Long An', 'tinh', []],
  ['tay-ninh', 'Tây Ninh', 'tinh', []],
  ['soc-trang', 'Sóc Trăng', 'tinh', []],
  ['hau-giang', 'Hậu Giang', 'tinh', []],
  ['can-tho', 'Cần Thơ', 'thanh-pho', ['Cantho']],
  ['ben-tre', 'Bến Tre', 'tinh', []],
  ['tra-vinh', 'Trà Vinh', 'tinh', []],
  ['vinh-long', 'Vĩnh Long', 'tinh', []],
  ['tien-giang', 'Tiền Giang', 'tinh', []],
  ['dong-thap', 'Đồng Tháp', 'tinh', []],
  ['bac-lieu', 'Bạc Liêu', 'tinh', []],
  ['ca-mau', 'Cà Mau', 'tinh', []],
  ['kien-giang', 'Kiên Giang', 'tinh', []],
  ['an-giang', 'An Giang', 'tinh', []],
]

/**
 * Raw row of a current unit: `[id, short name, type, predecessor ids, id of
 * the predecessor hosting the admin centre, extra aliases]`.
 *
 * @example
 * ```ts
 * import { PROVINCE_SUCCESSION_ROWS_2025, type ProvinceSuccessionRow2025 } from 'hanhchinh/rankings'
 * const row: ProvinceSuccessionRow2025 | undefined = PROVINCE_SUCCESSION_ROWS_2025.find((r) => r[0] === 'tay-ninh')
 * row?.[4] //=> 'long-an'
 * ```
 */
export type ProvinceSuccessionRow2025 = readonly [
  id: string,
  name: string,
  type: 'tinh' | 'thanh-pho',
  predecessors: readonly string[],
  adminCentreIn: string,
  aliases: readonly string[],
]

/**
 * The 34 provincial-level units from 1/7/2025 as raw rows
 * `[id, name, type, predecessors, adminCentreIn, aliases]`, transcribed from
 * `merger-2025-provinces.csv` (Nghị quyết 202/2025/QH15). `adminCentreIn` is
 * the predecessor that hosts the political-administrative centre.
 *
 * @example
 * ```ts
 * import { PROVINCE_SUCCESSION_ROWS_2025 } from 'hanhchinh/rankings'
 * PROVINCE_SUCCESSION_ROWS_2025.length //=> 34
 * PROVINCE_SUCCESSION_ROWS_2025.find((r) => r[0] === 'hung-yen')?.[3] //=> ['thai-binh', 'hung-yen']
 * ```
 */
export const PROVINCE_SUCCESSION_ROWS_2025: readonly ProvinceSuccessionRow2025[] = [
  ['ha-noi', 'Hà Nội', 'thanh-pho', ['ha-noi'], 'ha-noi', []],
  ['hue', 'Huế', 'thanh-pho', ['hue'], 'hue', []],
  ['lai-chau', 'Lai Châu', 'tinh', ['lai-chau'], 'lai-chau', []],
  ['dien-bien', 'Điện Biên', 'tinh', ['dien-bien'], 'dien-bien', []],
  ['son-la', 'Sơn La', 'tinh', ['son-la'], 'son-la', []],
  ['lang-son', 'Lạng Sơn', 'tinh', ['lang-son'], 'lang-son', []],
  ['quang-ninh', 'Quảng Ninh', 'tinh', ['quang-ninh'], 'quang-ninh', []],
  ['thanh-hoa', 'Thanh Hóa', 'tinh', ['thanh-hoa'], 'thanh-hoa', []],
  ['nghe-an', 'Nghệ An', 'tinh', ['nghe-an'], 'nghe-an', []],
  ['ha-tinh', 'Hà Tĩnh', 'tinh', ['ha-tinh'], 'ha-tinh', []],
  ['cao-bang', 'Cao Bằng', 'tinh', ['cao-bang'], 'cao-bang', []],
  ['tuyen-quang', 'Tuyên Quang', 'tinh', ['ha-giang', 'tuyen-quang'], 'tuyen-quang', []],
  ['lao-cai', 'Lào Cai', 'tinh', ['yen-bai', 'lao-cai'], 'yen-bai', []],
  ['thai-nguyen', 'Thái Nguyên', 'tinh', ['bac-kan', 'thai-nguyen'], 'thai-nguyen', []],
  ['phu-tho', 'Phú Thọ', 'tinh', ['vinh-phuc', 'hoa-binh', 'phu-tho'], 'phu-tho', []],
  ['bac-ninh', 'Bắc Ninh', 'tinh', ['bac-giang', 'bac-ninh'], 'bac-giang', []],
  ['hung-yen', 'Hưng Yên', 'tinh', ['thai-binh', 'hung-yen'], 'hung-yen', []],
  ['hai-phong', 'Hải Phòng', 'thanh-pho', ['hai-duong', 'hai-phong'], 'hai-phong', ['Haiphong']],
  ['ninh-binh', 'Ninh Bình', 'tinh', ['ha-nam', 'nam-dinh', 'ninh-binh'], 'ninh-binh', []],
  ['quang-tri', 'Quảng Trị', 'tinh', ['quang-binh', 'quang-tri'], 'quang-binh', []],
  ['da-nang', 'Đà Nẵng', 'thanh-pho', ['quang-nam', 'da-nang'], 'da-nang', ['Danang']],
  ['quang-ngai', 'Quảng Ngãi', 'tinh', ['kon-tum', 'quang-ngai'], 'quang-ngai', []],
  ['gia-lai', 'Gia Lai', 'tinh', ['gia-lai', 'binh-dinh'], 'binh-dinh', []],
  ['khanh-hoa', 'Khánh Hòa', 'tinh', ['ninh-thuan', 'khanh-hoa'], 'khanh-hoa', []],
  ['lam-dong', 'Lâm Đồng', 'tinh', ['lam-dong', 'dak-nong', 'binh-thuan'], 'lam-dong', []],
  ['dak-lak', 'Đắk Lắk', 'tinh', ['dak-lak', 'phu-yen'], 'dak-lak', ['Đắc Lắc', 'Daklak', 'Đắk Lắc']],
  ['ho-chi-minh', 'Hồ Chí Minh', 'thanh-pho', ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh'], 'ho-chi-minh', ['TP.HCM', 'TP HCM', 'TPHCM', 'HCM', 'HCMC', 'Ho Chi Minh City', 'TP. Hồ Chí Minh', 'Sài Gòn']],
  ['dong-nai', 'Đồng Nai', 'tinh', ['binh-phuoc', 'dong-nai'], 'dong-nai', []],
  ['tay-ninh', 'Tây Ninh', 'tinh', ['long-an', 'tay-ninh'], 'long-an', []],
  ['can-tho', 'Cần Thơ', 'thanh-pho', ['soc-trang', 'hau-giang', 'can-tho'], 'can-tho', ['Cantho']],
  ['vinh-long', 'Vĩnh Long', 'tinh', ['ben-tre', 'tra-vinh', 'vinh-long'], 'vinh-long', []],
  ['dong-thap', 'Đồng Tháp', 'tinh', ['tien-giang', 'dong-thap'], 'tien-giang', []],
  ['ca-mau', 'Cà Mau', 'tinh', ['bac-lieu', 'ca-mau'], 'ca-mau', []],
  ['an-giang', 'An Giang', 'tinh', ['kien-giang', 'an-giang'], 'kien-giang', []],
]

/**
 * Current units whose admin-centre assignment could not be confirmed in the
 * retrieved text of the source list (CSV header: "admin centres of An Giang
 * (in Kiên Giang) and Cà Mau (in Cà Mau) not visible in retrieved text").
 *
 * @example
 * ```ts
 * import { UNCONFIRMED_ADMIN_CENTRES_2025 } from 'hanhchinh/rankings'
 * Object.keys(UNCONFIRMED_ADMIN_CENTRES_2025) //=> ['an-giang', 'ca-mau']
 * ```
 */
export const UNCONFIRMED_ADMIN_CENTRES_2025: Readonly<Record<string, string>> = {
  'an-giang': 'admin centre (in ex-Kiên Giang) not visible in the retrieved text of the Nghị quyết 60-NQ/TW list',
  'ca-mau': 'admin centre (in ex-Cà Mau) not visible in the retrieved text of the Nghị quyết 60-NQ/TW list',
}
