import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'

/**
 * The ids of the eight fields (lĩnh vực) of the provincial PAR INDEX (Chỉ
 * số cải cách hành chính) under QĐ 876/QĐ-BNV (2022–2030), in their
 * published order. Reform plans, tasks and scorecards are organised by these
 * fields.
 *
 * @example
 * ```ts
 * import { PAR_FIELD_IDS } from 'hanhchinh/reform'
 * PAR_FIELD_IDS.length //=> 8
 * PAR_FIELD_IDS[2] //=> 'thu-tuc-hanh-chinh'
 * ```
 */
export const PAR_FIELD_IDS = [
  'chi-dao-dieu-hanh',
  'the-che',
  'thu-tuc-hanh-chinh',
  'to-chuc-bo-may',
  'che-do-cong-vu',
  'tai-chinh-cong',
  'chinh-quyen-so',
  'tac-dong',
] as const

/**
 * One of the eight PAR fields ({@link PAR_FIELD_IDS}).
 *
 * @example
 * ```ts
 * import type { ParFieldId } from 'hanhchinh/reform'
 * const field: ParFieldId = 'che-do-cong-vu'
 * field //=> 'che-do-cong-vu'
 * ```
 */
export type ParFieldId = (typeof PAR_FIELD_IDS)[number]

/**
 * The instrument that defines the PAR INDEX of ministries and provinces for
 * 2022–2030: QĐ 876/QĐ-BNV of 10/11/2022 (effective on signing, replacing
 * QĐ 1149/QĐ-BNV). The field names are inferred from the ministry list of
 * the Đề án plus the provincial "impact" field and from how the 2023–2024
 * results were reported, hence `unconfirmed`.
 *
 * @example
 * ```ts
 * import { PAR_INDEX_BASIS } from 'hanhchinh/reform'
 * PAR_INDEX_BASIS.instrument //=> '876/QĐ-BNV'
 * PAR_INDEX_BASIS.issued //=> '2022-11-10'
 * ```
 */
export const PAR_INDEX_BASIS: LegalBasis = {
  instrument: '876/QĐ-BNV',
  title:
    'Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" giai đoạn 2022–2030',
  issued: '2022-11-10' as IsoDate,
  effectiveFrom: '2022-11-10' as IsoDate,
  unconfirmed:
    'field names of the provincial set inferred from the ministry list of QĐ 876 and from 2023–2024 result reports; the text of the provincial criteria set was not retrieved',
  note: 'https://bacninh.gov.vn/news/-/details/20182/quyet-inh-876-q-bnv-cua-bo-noi-vu-phe-duyet-e-an-xac-inh-chi-so-cai-cach-hanh-chinh-cua-cac-bo-co-quan-ngang-bo-ubnd-tinh-thanh-pho-truc-thuoc-trung-uong-giai-oan-2022-2030-42322197',
}

/**
 * A PAR field with its order in the index and its bilingual label.
 *
 * @example
 * ```ts
 * import { PAR_FIELDS, type ParField } from 'hanhchinh/reform'
 * const first: ParField = PAR_FIELDS[0]!
 * first.label.vi //=> 'Công tác chỉ đạo, điều hành cải cách hành chính'
 * ```
 */
export interface ParField {
  id: ParFieldId
  /** 1-based order in the published index. */
  order: number
  label: Label
}

/**
 * The eight fields of the provincial PAR INDEX under QĐ 876/QĐ-BNV
 * ({@link PAR_INDEX_BASIS}), with bilingual labels.
 *
 * @example
 * ```ts
 * import { PAR_FIELDS } from 'hanhchinh/reform'
 * PAR_FIELDS.map((f) => f.id).slice(0, 3) //=> ['chi-dao-dieu-hanh', 'the-che', 'thu-tuc-hanh-chinh']
 * PAR_FIELDS[6]!.label.en //=> 'Building and developing e-government and digital government'
 * ```
 */
export const PAR_FIELDS: readonly ParField[] = Object.freeze([
  { id: 'chi-dao-dieu-hanh', order: 1, label: { vi: 'Công tác chỉ đạo, điều hành cải cách hành chính', en: 'Direction and management of administrative reform' } },
  { id: 'the-che', order: 2, label: { vi: 'Cải cách thể chế', en: 'Institutional reform' } },
  { id: 'thu-tuc-hanh-chinh', order: 3, label: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' } },
  { id: 'to-chuc-bo-may', order: 4, label: { vi: 'Cải cách tổ chức bộ máy hành chính', en: 'Reform of the administrative apparatus' } },
  { id: 'che-do-cong-vu', order: 5, label: { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' } },
  { id: 'tai-chinh-cong', order: 6, label: { vi: 'Cải cách tài chính công', en: 'Public finance reform' } },
  { id: 'chinh-quyen-so', order: 7, label: { vi: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', en: 'Building and developing e-government and digital government' } },
  { id: 'tac-dong', order: 8, label: { vi: 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', en: 'Impact of administrative reform on people, organisations and socio-economic development' } },
] satisfies ParField[])

/**
 * Look up a PAR field by id; `undefined` for an id that is not one of the
 * eight (a province may add its own fields to an internal index).
 *
 * @example
 * ```ts
 * import { parField } from 'hanhchinh/reform'
 * parField('tai-chinh-cong')?.label.vi //=> 'Cải cách tài chính công'
 * parField('khac') //=> undefined
 * ```
 */
export function parField(id: string): ParField | undefined {
  return PAR_FIELDS.find((f) => f.id === id)
}

/**
 * The published structure of the provincial PAR INDEX criteria set as
 * applied to PAR 2022 under QĐ 876/QĐ-BNV: 8 fields, 37 criteria (tiêu
 * chí), 88 sub-criteria (tiêu chí thành phần), 100 points of which 32 come
 * from the sociological survey (điều tra xã hội học) and 68 are
 * self-assessed then appraised (thẩm định). Per-field maximum points under
 * QĐ 876 are not confirmed: a scorecard must supply its own maxima.
 *
 * @example
 * ```ts
 * import { PAR_PROVINCIAL_STRUCTURE_2022 } from 'hanhchinh/reform'
 * PAR_PROVINCIAL_STRUCTURE_2022.criteria //=> 37
 * PAR_PROVINCIAL_STRUCTURE_2022.surveyPoints + PAR_PROVINCIAL_STRUCTURE_2022.assessedPoints //=> 100
 * ```
 */
export const PAR_PROVINCIAL_STRUCTURE_2022 = Object.freeze({
  fields: 8,
  criteria: 37,
  subCriteria: 88,
  maxPoints: 100,
  surveyPoints: 32,
  assessedPoints: 68,
  fieldMaxima: 'user-supplied' as const,
  basis: Object.freeze({
    ...PAR_INDEX_BASIS,
    unconfirmed:
      'structure as reported for PAR 2022 by the press (vietnambiz.vn); per-field maximum points under QĐ 876 not found; the 2024 edition amended criteria (details not found)',
    note: 'https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm',
  }) as LegalBasis,
})

/**
 * A field of the provincial PAR INDEX under QĐ 2948/QĐ-BNV (PAR 2017–2019)
 * with its number of criteria, sub-criteria and maximum points.
 *
 * @example
 * ```ts
 * import { PAR_PROVINCIAL_FIELDS_2017, type ParFieldMaxima } from 'hanhchinh/reform'
 * const f: ParFieldMaxima = PAR_PROVINCIAL_FIELDS_2017[2]!
 * f.maxPoints //=> '14.50'
 * ```
 */
export interface ParFieldMaxima {
  id: string
  label: Label
  criteria: number
  subCriteria: number
  /** Maximum points as a decimal string (exact). */
  maxPoints: string
}

/**
 * The provincial PAR INDEX fields under QĐ 2948/QĐ-BNV of 28/12/2017 (used
 * for PAR 2017–2019): 8 fields, 38 criteria, 81 sub-criteria, maxima summing
 * to 100 points. Historical data: use it to rebuild a scorecard of those
 * years; the basis is {@link PAR_INDEX_BASIS_2017}.
 *
 * @example
 * ```ts
 * import { PAR_PROVINCIAL_FIELDS_2017 } from 'hanhchinh/reform'
 * import { Decimal } from 'hanhchinh'
 * PAR_PROVINCIAL_FIELDS_2017.reduce((s, f) => s.plus(f.maxPoints), new Decimal(0)).toString() //=> '100'
 * PAR_PROVINCIAL_FIELDS_2017.reduce((s, f) => s + f.criteria, 0) //=> 39
 * ```
 */
export const PAR_PROVINCIAL_FIELDS_2017: readonly ParFieldMaxima[] = Object.freeze([
  { id: 'chi-dao-dieu-hanh', label: { vi: 'Công tác chỉ đạo, điều hành cải cách hành chính', en: 'Direction and management of administrative reform' }, criteria: 6, subCriteria: 6, maxPoints: '10.00' },
  { id: 'van-ban-qppl', label: { vi: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', en: 'Making and implementing legal normative documents in the province' }, criteria: 4, subCriteria: 6, maxPoints: '10.00' },
  { id: 'thu-tuc-hanh-chinh', label: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' }, criteria: 5, subCriteria: 16, maxPoints: '14.50' },
  { id: 'to-chuc-bo-may', label: { vi: 'Cải cách tổ chức bộ máy hành chính', en: 'Reform of the administrative apparatus' }, criteria: 4, subCriteria: 10, maxPoints: '11.00' },
  { id: 'doi-ngu-cbccvc', label: { vi: 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', en: 'Building and improving the quality of officials and public employees' }, criteria: 9, subCriteria: 16, maxPoints: '16.00' },
  { id: 'tai-chinh-cong', label: { vi: 'Cải cách tài chính công', en: 'Public finance reform' }, criteria: 3, subCriteria: 6, maxPoints: '7.00' },
  { id: 'hien-dai-hoa', label: { vi: 'Hiện đại hóa hành chính', en: 'Modernisation of administration' }, criteria: 5, subCriteria: 18, maxPoints: '16.00' },
  { id: 'tac-dong', label: { vi: 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh', en: 'Impact of administrative reform on people, organisations and the socio-economic development of the province' }, criteria: 3, subCriteria: 3, maxPoints: '15.50' },
] satisfies ParFieldMaxima[])

/**
 * Basis of {@link PAR_PROVINCIAL_FIELDS_2017}: QĐ 2948/QĐ-BNV of 28/12/2017.
 * The per-field table sums to 39 criteria although the Đề án is reported
 * as having 38, hence `unconfirmed`.
 *
 * @example
 * ```ts
 * import { PAR_INDEX_BASIS_2017 } from 'hanhchinh/reform'
 * PAR_INDEX_BASIS_2017.instrument //=> '2948/QĐ-BNV'
 * ```
 */
export const PAR_INDEX_BASIS_2017: LegalBasis = {
  instrument: '2948/QĐ-BNV',
  title:
    'Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"',
  issued: '2017-12-28' as IsoDate,
  unconfirmed: 'field table from a secondary source (bonoivu.cls.vn); its criteria column sums to 39 against the 38 reported',
  note: 'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610',
}
