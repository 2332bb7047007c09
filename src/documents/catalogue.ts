import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { documentRulesBasis } from './basis.js'

/**
 * Ids of the 29 administrative document types of Decree 30/2020/NĐ-CP Art 7
 * (in the order of the article) and of the three kinds of copy (Phụ lục III).
 *
 * @example
 * ```ts
 * import type { AdministrativeTypeId } from 'hanhchinh/documents'
 * const id: AdministrativeTypeId = 'quyet-dinh'
 * id //=> 'quyet-dinh'
 * ```
 */
export type AdministrativeTypeId =
  | 'nghi-quyet' | 'quyet-dinh' | 'chi-thi' | 'quy-che' | 'quy-dinh' | 'thong-cao' | 'thong-bao'
  | 'huong-dan' | 'chuong-trinh' | 'ke-hoach' | 'phuong-an' | 'de-an' | 'du-an' | 'bao-cao'
  | 'bien-ban' | 'to-trinh' | 'hop-dong' | 'cong-van' | 'cong-dien' | 'ban-ghi-nho'
  | 'ban-thoa-thuan' | 'giay-uy-quyen' | 'giay-moi' | 'giay-gioi-thieu' | 'giay-nghi-phep'
  | 'phieu-gui' | 'phieu-chuyen' | 'phieu-bao' | 'thu-cong'
  | 'ban-sao-y' | 'ban-trich-sao' | 'ban-sao-luc'
  // types found only in pre-2020 numbers (Circular 01/2011/TT-BNV)
  | 'ban-cam-ket' | 'giay-chung-nhan' | 'giay-di-duong' | 'giay-bien-nhan'

/**
 * One administrative document type: its id, names, official abbreviation
 * (none for công văn and thư công) and whether it is one of the 29 types of
 * Art 7, a copy, or a pre-2020 type.
 *
 * @example
 * ```ts
 * import { administrativeDocumentTypes, type AdministrativeDocumentType } from 'hanhchinh/documents'
 * const plan: AdministrativeDocumentType | undefined = administrativeDocumentTypes().find((t) => t.id === 'ke-hoach')
 * plan?.abbreviation //=> 'KH'
 * ```
 */
export interface AdministrativeDocumentType {
  id: AdministrativeTypeId
  /** Official abbreviation (chữ viết tắt tên loại), e.g. `'QĐ'`; `undefined` for công văn and thư công. */
  abbreviation: string | undefined
  /** Name, singular, as in Art 7 (`{ vi: 'Quyết định (cá biệt)', en: 'Decision (individual)' }`). */
  label: Label
  /** Lower-case plural used in counts: `{ vi: 'quyết định', en: 'decisions' }`. */
  plural: Label
  /** `'art-7'` for the 29 types, `'copy'` for SY/TrS/SL, `'pre-2020'` for types no longer listed. */
  group: 'art-7' | 'copy' | 'pre-2020'
}

function t(
  id: AdministrativeTypeId, abbreviation: string | undefined, vi: string, en: string, viPlural: string, enPlural: string,
  group: AdministrativeDocumentType['group'] = 'art-7',
): AdministrativeDocumentType {
  return { id, abbreviation, label: { vi, en }, plural: { vi: viPlural, en: enPlural }, group }
}

/**
 * The catalogue of administrative document types: the 29 types of Decree
 * 30/2020/NĐ-CP Art 7 in the article's order with the abbreviations of
 * Phụ lục III, then the three kinds of copy (SY, TrS, SL), then the types
 * of Circular 01/2011/TT-BNV that the 2020 decree no longer lists (for
 * historical numbers). A fresh array on each call.
 *
 * @example
 * ```ts
 * import { administrativeDocumentTypes } from 'hanhchinh/documents'
 * const types = administrativeDocumentTypes()
 * types.filter((t) => t.group === 'art-7').length //=> 29
 * types.find((t) => t.id === 'cong-van')?.abbreviation //=> undefined
 * types.find((t) => t.id === 'quy-dinh')?.abbreviation //=> 'QyĐ'
 * ```
 */
export function administrativeDocumentTypes(): AdministrativeDocumentType[] {
  return [
    t('nghi-quyet', 'NQ', 'Nghị quyết (cá biệt)', 'Resolution (individual)', 'nghị quyết', 'resolutions'),
    t('quyet-dinh', 'QĐ', 'Quyết định (cá biệt)', 'Decision (individual)', 'quyết định', 'decisions'),
    t('chi-thi', 'CT', 'Chỉ thị', 'Directive', 'chỉ thị', 'directives'),
    t('quy-che', 'QC', 'Quy chế', 'Rules', 'quy chế', 'sets of rules'),
    t('quy-dinh', 'QyĐ', 'Quy định', 'Regulation', 'quy định', 'regulations'),
    t('thong-cao', 'TC', 'Thông cáo', 'Communiqué', 'thông cáo', 'communiqués'),
    t('thong-bao', 'TB', 'Thông báo', 'Notice', 'thông báo', 'notices'),
    t('huong-dan', 'HD', 'Hướng dẫn', 'Guidance', 'hướng dẫn', 'guidance documents'),
    t('chuong-trinh', 'CTr', 'Chương trình', 'Programme', 'chương trình', 'programmes'),
    t('ke-hoach', 'KH', 'Kế hoạch', 'Plan', 'kế hoạch', 'plans'),
    t('phuong-an', 'PA', 'Phương án', 'Scheme', 'phương án', 'schemes'),
    t('de-an', 'ĐA', 'Đề án', 'Proposal', 'đề án', 'proposals'),
    t('du-an', 'DA', 'Dự án', 'Project', 'dự án', 'projects'),
    t('bao-cao', 'BC', 'Báo cáo', 'Report', 'báo cáo', 'reports'),
    t('bien-ban', 'BB', 'Biên bản', 'Minutes', 'biên bản', 'sets of minutes'),
    t('to-trinh', 'TTr', 'Tờ trình', 'Submission', 'tờ trình', 'submissions'),
    t('hop-dong', 'HĐ', 'Hợp đồng', 'Contract', 'hợp đồng', 'contracts'),
    t('cong-van', undefined, 'Công văn', 'Official letter', 'công văn', 'official letters'),
    t('cong-dien', 'CĐ', 'Công điện', 'Official dispatch (telegram)', 'công điện', 'official dispatches'),
    t('ban-ghi-nho', 'BGN', 'Bản ghi nhớ', 'Memorandum of understanding', 'bản ghi nhớ', 'memoranda of understanding'),
    t('ban-thoa-thuan', 'BTT', 'Bản thỏa thuận', 'Agreement', 'bản thỏa thuận', 'agreements'),
    t('giay-uy-quyen', 'GUQ', 'Giấy ủy quyền', 'Letter of authorisation', 'giấy ủy quyền', 'letters of authorisation'),
    t('giay-moi', 'GM', 'Giấy mời', 'Invitation', 'giấy mời', 'invitations'),
    t('giay-gioi-thieu', 'GGT', 'Giấy giới thiệu', 'Letter of introduction', 'giấy giới thiệu', 'letters of introduction'),
    t('giay-nghi-phep', 'GNP', 'Giấy nghỉ phép', 'Leave permit', 'giấy nghỉ phép', 'leave permits'),
    t('phieu-gui', 'PG', 'Phiếu gửi', 'Dispatch slip', 'phiếu gửi', 'dispatch slips'),
    t('phieu-chuyen', 'PC', 'Phiếu chuyển', 'Transfer slip', 'phiếu chuyển', 'transfer slips'),
    t('phieu-bao', 'PB', 'Phiếu báo', 'Notification slip', 'phiếu báo', 'notification slips'),
    t('thu-cong', undefined, 'Thư công', 'Public letter', 'thư công', 'public letters'),
    t('ban-sao-y', 'SY', 'Bản sao y', 'True copy', 'bản sao y', 'true copies', 'copy'),
    t('ban-trich-sao', 'TrS', 'Bản trích sao', 'Extract copy', 'bản trích sao', 'extract copies', 'copy'),
    t('ban-sao-luc', 'SL', 'Bản sao lục', 'Transcribed copy', 'bản sao lục', 'transcribed copies', 'copy'),
    t('ban-cam-ket', 'CK', 'Bản cam kết', 'Undertaking', 'bản cam kết', 'undertakings', 'pre-2020'),
    t('giay-chung-nhan', 'CN', 'Giấy chứng nhận', 'Certificate', 'giấy chứng nhận', 'certificates', 'pre-2020'),
    t('giay-di-duong', 'ĐĐ', 'Giấy đi đường', 'Travel paper', 'giấy đi đường', 'travel papers', 'pre-2020'),
    t('giay-bien-nhan', 'BN', 'Giấy biên nhận hồ sơ', 'Dossier receipt', 'giấy biên nhận hồ sơ', 'dossier receipts', 'pre-2020'),
  ]
}

/**
 * An abbreviation no longer listed by Decree 30/2020 but found in numbers of
 * documents issued before 05/03/2020 (Circular 01/2011/TT-BNV and earlier
 * practice), with the type it stood for. The list is UNCONFIRMED (see
 * `unconfirmed`); parsing accepts these and marks the result `historical`.
 *
 * @example
 * ```ts
 * import { historicalAbbreviations, type HistoricalAbbreviation } from 'hanhchinh/documents'
 * const ts: HistoricalAbbreviation | undefined = historicalAbbreviations().find((h) => h.abbreviation === 'TS')
 * ts?.typeId //=> 'ban-trich-sao'
 * ```
 */
export interface HistoricalAbbreviation {
  abbreviation: string
  typeId: AdministrativeTypeId
  /** The abbreviation used since 05/03/2020, when the type still exists. */
  replacedBy: string | undefined
  /** Why the entry is not confirmed. */
  unconfirmed: string
}

/**
 * The pre-2020 abbreviations accepted when parsing historical numbers:
 * UQ (giấy ủy quyền, now GUQ), NP (giấy nghỉ phép, now GNP), TS (bản trích
 * sao, now TrS), GT (giấy giới thiệu, now GGT), GN (bản ghi nhớ, now BGN),
 * TTh (bản thỏa thuận, now BTT), and the abbreviations of the types Decree
 * 30/2020 dropped (CK, CN, ĐĐ, BN). All UNCONFIRMED: the text of
 * Circular 01/2011/TT-BNV was not read; replace the list through the
 * `historicalAbbreviations` option of {@link parseDocumentNumber} if you know better.
 *
 * @example
 * ```ts
 * import { historicalAbbreviations } from 'hanhchinh/documents'
 * historicalAbbreviations().map((h) => h.abbreviation).includes('UQ') //=> true
 * historicalAbbreviations()[0]?.replacedBy //=> 'GUQ'
 * ```
 */
export function historicalAbbreviations(): HistoricalAbbreviation[] {
  const why = 'Circular 01/2011/TT-BNV (repealed by Decree 30/2020/NĐ-CP) was not read; abbreviation recalled from secondary sources'
  return [
    { abbreviation: 'UQ', typeId: 'giay-uy-quyen', replacedBy: 'GUQ', unconfirmed: why },
    { abbreviation: 'NP', typeId: 'giay-nghi-phep', replacedBy: 'GNP', unconfirmed: why },
    { abbreviation: 'TS', typeId: 'ban-trich-sao', replacedBy: 'TrS', unconfirmed: why },
    { abbreviation: 'GT', typeId: 'giay-gioi-thieu', replacedBy: 'GGT', unconfirmed: why },
    { abbreviation: 'GN', typeId: 'ban-ghi-nho', replacedBy: 'BGN', unconfirmed: why },
    { abbreviation: 'TTh', typeId: 'ban-thoa-thuan', replacedBy: 'BTT', unconfirmed: why },
    { abbreviation: 'CK', typeId: 'ban-cam-ket', replacedBy: undefined, unconfirmed: why },
    { abbreviation: 'CN', typeId: 'giay-chung-nhan', replacedBy: undefined, unconfirmed: why },
    { abbreviation: 'ĐĐ', typeId: 'giay-di-duong', replacedBy: undefined, unconfirmed: why },
    { abbreviation: 'BN', typeId: 'giay-bien-nhan', replacedBy: undefined, unconfirmed: why },
  ]
}

/**
 * Ids of the legal normative document types (văn bản quy phạm pháp luật):
 * those of Law 64/2025/QH15 Art 4 as amended by Law 87/2025/QH15, and the
 * older ones (`'chi-thi-qppl'`, `'quyet-dinh-bo-truong'`) still met in citations.
 *
 * @example
 * ```ts
 * import type { LegalNormativeTypeId } from 'hanhchinh/documents'
 * const decree: LegalNormativeTypeId = 'nghi-dinh'
 * decree //=> 'nghi-dinh'
 * ```
 */
export type LegalNormativeTypeId =
  | 'hien-phap' | 'bo-luat' | 'luat' | 'nghi-quyet-quoc-hoi' | 'phap-lenh' | 'nghi-quyet-ubtvqh'
  | 'nghi-quyet-lien-tich' | 'lenh-chu-tich-nuoc' | 'quyet-dinh-chu-tich-nuoc' | 'nghi-dinh'
  | 'nghi-quyet-chinh-phu' | 'quyet-dinh-thu-tuong' | 'nghi-quyet-hdtp' | 'thong-tu'
  | 'thong-tu-lien-tich' | 'quyet-dinh-tong-kiem-toan' | 'nghi-quyet-hdnd' | 'quyet-dinh-ubnd'
  | 'quyet-dinh-chu-tich-ubnd-tinh' | 'chi-thi-qppl' | 'quyet-dinh-bo-truong'

/**
 * One legal normative document type: names, the notation pattern (`{n}` is
 * the number, `{yyyy}` the year, `{k}` the National Assembly term), the
 * numbering rule and the type abbreviation used in the notation.
 *
 * @example
 * ```ts
 * import { legalNormativeDocumentTypes, type LegalNormativeDocumentType } from 'hanhchinh/documents'
 * const law: LegalNormativeDocumentType | undefined = legalNormativeDocumentTypes().find((t) => t.id === 'luat')
 * law?.pattern //=> '{n}/{yyyy}/QH{k}'
 * law?.numbering //=> 'per-term'
 * ```
 */
export interface LegalNormativeDocumentType {
  id: LegalNormativeTypeId
  label: Label
  plural: Label
  /** Type abbreviation in the notation (`'NĐ'`), `undefined` where the notation has none (laws: `QH15`). */
  abbreviation: string | undefined
  /** Issuer code(s) of the notation, e.g. `['CP']`, `['QH']`; empty when variable (ministries). */
  issuers: string[]
  /** Notation pattern, e.g. `'{n}/{yyyy}/NĐ-CP'`; `undefined` for the Constitution. */
  pattern: string | undefined
  /** `'per-year'`: restarts at 01 each 1 January; `'per-term'`: runs through a National Assembly term. */
  numbering: 'per-year' | 'per-term' | 'none'
  /** `true` for types no longer issued as legal normative documents (kept for citations). */
  historical: boolean
  /**
   * The legal basis of the type and its numbering: Law 80/2015/QH13 Art 10 (notation and
   * numbering), Law 64/2025/QH15 Art 4 (system of types) and, for the types it added,
   * Law 87/2025/QH15.
   */
  basis: LegalBasis[]
}

function l(
  id: LegalNormativeTypeId, vi: string, en: string, viPlural: string, enPlural: string,
  abbreviation: string | undefined, issuers: string[], pattern: string | undefined,
  numbering: LegalNormativeDocumentType['numbering'] = 'per-year', historical = false,
): LegalNormativeDocumentType {
  const b = documentRulesBasis()
  const basis = [b.legalNormative2015, b.legalNormative2025]
  if (id === 'quyet-dinh-chu-tich-ubnd-tinh') basis.push(b.legalNormative2025Amended)
  if (historical) {
    // the years in the labels are not in the sources read for this library
    basis.push({
      instrument: id === 'chi-thi-qppl' ? '80/2015/QH13' : '(earlier law on legal normative documents)',
      title: 'End of the type as a legal normative document',
      unconfirmed: id === 'chi-thi-qppl'
        ? 'that directives stopped being legal normative documents with Law 80/2015/QH13 (from 2016) is recalled, not found in the sources read'
        : 'that ministers\' decisions stopped being legal normative documents in 2008 is recalled, not found in the sources read',
    })
  }
  return { id, label: { vi, en }, plural: { vi: viPlural, en: enPlural }, abbreviation, issuers, pattern, numbering, historical, basis }
}

/**
 * The catalogue of legal normative document types with their notation
 * (Law 80/2015/QH13 Art 10; Law 64/2025/QH15 Art 4 as amended by Law
 * 87/2025/QH15): laws and National Assembly resolutions `45/2019/QH14`,
 * ordinances and Standing Committee resolutions `…/UBTVQH14`, the others
 * `61/2018/NĐ-CP`, `01/2018/TT-VPCP`. A fresh array on each call.
 *
 * @example
 * ```ts
 * import { legalNormativeDocumentTypes } from 'hanhchinh/documents'
 * const types = legalNormativeDocumentTypes()
 * types.find((t) => t.id === 'nghi-dinh')?.pattern //=> '{n}/{yyyy}/NĐ-CP'
 * types.find((t) => t.id === 'thong-tu')?.abbreviation //=> 'TT'
 * ```
 */
export function legalNormativeDocumentTypes(): LegalNormativeDocumentType[] {
  return [
    l('hien-phap', 'Hiến pháp', 'Constitution', 'hiến pháp', 'constitutions', undefined, ['QH'], undefined, 'none'),
    l('bo-luat', 'Bộ luật', 'Code', 'bộ luật', 'codes', undefined, ['QH'], '{n}/{yyyy}/QH{k}', 'per-term'),
    l('luat', 'Luật', 'Law', 'luật', 'laws', undefined, ['QH'], '{n}/{yyyy}/QH{k}', 'per-term'),
    l('nghi-quyet-quoc-hoi', 'Nghị quyết của Quốc hội', 'Resolution of the National Assembly', 'nghị quyết của Quốc hội', 'National Assembly resolutions', undefined, ['QH'], '{n}/{yyyy}/QH{k}', 'per-term'),
    l('phap-lenh', 'Pháp lệnh', 'Ordinance', 'pháp lệnh', 'ordinances', undefined, ['UBTVQH'], '{n}/{yyyy}/UBTVQH{k}', 'per-term'),
    l('nghi-quyet-ubtvqh', 'Nghị quyết của Ủy ban Thường vụ Quốc hội', 'Resolution of the National Assembly Standing Committee', 'nghị quyết của Ủy ban Thường vụ Quốc hội', 'Standing Committee resolutions', undefined, ['UBTVQH'], '{n}/{yyyy}/UBTVQH{k}', 'per-term'),
    l('nghi-quyet-lien-tich', 'Nghị quyết liên tịch', 'Joint resolution', 'nghị quyết liên tịch', 'joint resolutions', 'NQLT', [], '{n}/{yyyy}/NQLT-{issuers}'),
    l('lenh-chu-tich-nuoc', 'Lệnh của Chủ tịch nước', 'Order of the President', 'lệnh của Chủ tịch nước', 'presidential orders', 'L', ['CTN'], '{n}/{yyyy}/L-CTN'),
    l('quyet-dinh-chu-tich-nuoc', 'Quyết định của Chủ tịch nước', 'Decision of the President', 'quyết định của Chủ tịch nước', 'presidential decisions', 'QĐ', ['CTN'], '{n}/{yyyy}/QĐ-CTN'),
    l('nghi-dinh', 'Nghị định', 'Decree', 'nghị định', 'decrees', 'NĐ', ['CP'], '{n}/{yyyy}/NĐ-CP'),
    l('nghi-quyet-chinh-phu', 'Nghị quyết của Chính phủ', 'Resolution of the Government', 'nghị quyết của Chính phủ', 'Government resolutions', 'NQ', ['CP'], '{n}/{yyyy}/NQ-CP'),
    l('quyet-dinh-thu-tuong', 'Quyết định của Thủ tướng Chính phủ', 'Decision of the Prime Minister', 'quyết định của Thủ tướng Chính phủ', 'Prime Minister\'s decisions', 'QĐ', ['TTg'], '{n}/{yyyy}/QĐ-TTg'),
    l('nghi-quyet-hdtp', 'Nghị quyết của Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'Resolution of the Council of Judges of the Supreme People\'s Court', 'nghị quyết của Hội đồng Thẩm phán', 'Council of Judges resolutions', 'NQ', ['HĐTP'], '{n}/{yyyy}/NQ-HĐTP'),
    l('thong-tu', 'Thông tư', 'Circular', 'thông tư', 'circulars', 'TT', [], '{n}/{yyyy}/TT-{issuer}'),
    l('thong-tu-lien-tich', 'Thông tư liên tịch', 'Joint circular', 'thông tư liên tịch', 'joint circulars', 'TTLT', [], '{n}/{yyyy}/TTLT-{issuers}'),
    l('quyet-dinh-tong-kiem-toan', 'Quyết định của Tổng Kiểm toán nhà nước', 'Decision of the State Auditor General', 'quyết định của Tổng Kiểm toán nhà nước', 'State Auditor General decisions', 'QĐ', ['KTNN'], '{n}/{yyyy}/QĐ-KTNN'),
    l('nghi-quyet-hdnd', 'Nghị quyết của Hội đồng nhân dân', 'Resolution of a People\'s Council', 'nghị quyết quy phạm pháp luật', 'legal normative resolutions', 'NQ', ['HĐND'], '{n}/{yyyy}/NQ-HĐND'),
    l('quyet-dinh-ubnd', 'Quyết định của Ủy ban nhân dân', 'Decision of a People\'s Committee', 'quyết định quy phạm pháp luật', 'legal normative decisions', 'QĐ', ['UBND'], '{n}/{yyyy}/QĐ-UBND'),
    l('quyet-dinh-chu-tich-ubnd-tinh', 'Quyết định của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'Decision of the chair of a provincial People\'s Committee', 'quyết định quy phạm pháp luật của Chủ tịch UBND tỉnh', 'legal normative decisions of the provincial chair', 'QĐ', [], undefined),
    l('chi-thi-qppl', 'Chỉ thị (quy phạm pháp luật, trước 2016)', 'Directive (legal normative, before 2016)', 'chỉ thị quy phạm pháp luật', 'legal normative directives', 'CT', ['TTg', 'UBND'], '{n}/{yyyy}/CT-{issuer}', 'per-year', true),
    l('quyet-dinh-bo-truong', 'Quyết định của Bộ trưởng (quy phạm pháp luật, trước 2008)', 'Decision of a minister (legal normative, before 2008)', 'quyết định quy phạm pháp luật của bộ', 'ministerial legal normative decisions', 'QĐ', [], '{n}/{yyyy}/QĐ-{issuer}', 'per-year', true),
  ]
}

/**
 * A common issuer code (chữ viết tắt tên cơ quan ban hành) with its name.
 * Issuer codes are set by each body, so this table is a convenience, not a
 * rule: parsing accepts any code, and uses the table only to restore the
 * canonical spelling (`TTg`, `HĐND` when written `TTG`, `HDND`).
 *
 * @example
 * ```ts
 * import { commonIssuers, type Issuer } from 'hanhchinh/documents'
 * const pm: Issuer | undefined = commonIssuers().find((i) => i.code === 'TTg')
 * pm?.label.vi //=> 'Thủ tướng Chính phủ'
 * ```
 */
export interface Issuer {
  code: string
  label: Label
  level: 'national' | 'ministry' | 'provincial'
  /** Set for bodies merged or renamed (e.g. the 2025 reorganisation of ministries). */
  historical?: true
}

function i(code: string, vi: string, en: string, level: Issuer['level'], historical = false): Issuer {
  return historical ? { code, label: { vi, en }, level, historical: true } : { code, label: { vi, en }, level }
}

/**
 * A small documented table of common issuer codes: national bodies (QH,
 * UBTVQH, CTN, CP, TTg, VPCP ...), ministries (current and pre-2025), and the
 * provincial bodies (UBND, HĐND, VPUB and common departments). A fresh array
 * on each call.
 *
 * @example
 * ```ts
 * import { commonIssuers } from 'hanhchinh/documents'
 * commonIssuers().find((i) => i.code === 'VPCP')?.label.en //=> 'Government Office'
 * commonIssuers().some((i) => i.code === 'HĐND') //=> true
 * ```
 */
export function commonIssuers(): Issuer[] {
  return [
    i('QH', 'Quốc hội', 'National Assembly', 'national'),
    i('UBTVQH', 'Ủy ban Thường vụ Quốc hội', 'National Assembly Standing Committee', 'national'),
    i('CTN', 'Chủ tịch nước', 'President', 'national'),
    i('CP', 'Chính phủ', 'Government', 'national'),
    i('TTg', 'Thủ tướng Chính phủ', 'Prime Minister', 'national'),
    i('VPCP', 'Văn phòng Chính phủ', 'Government Office', 'national'),
    i('HĐTP', 'Hội đồng Thẩm phán Tòa án nhân dân tối cao', 'Council of Judges of the Supreme People\'s Court', 'national'),
    i('TANDTC', 'Tòa án nhân dân tối cao', 'Supreme People\'s Court', 'national'),
    i('VKSNDTC', 'Viện kiểm sát nhân dân tối cao', 'Supreme People\'s Procuracy', 'national'),
    i('KTNN', 'Kiểm toán nhà nước', 'State Audit Office', 'national'),
    i('BNV', 'Bộ Nội vụ', 'Ministry of Home Affairs', 'ministry'),
    i('BTC', 'Bộ Tài chính', 'Ministry of Finance', 'ministry'),
    i('BTP', 'Bộ Tư pháp', 'Ministry of Justice', 'ministry'),
    i('BCA', 'Bộ Công an', 'Ministry of Public Security', 'ministry'),
    i('BQP', 'Bộ Quốc phòng', 'Ministry of National Defence', 'ministry'),
    i('BNG', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'ministry'),
    i('BYT', 'Bộ Y tế', 'Ministry of Health', 'ministry'),
    i('BGDĐT', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'ministry'),
    i('BXD', 'Bộ Xây dựng', 'Ministry of Construction', 'ministry'),
    i('BCT', 'Bộ Công Thương', 'Ministry of Industry and Trade', 'ministry'),
    i('BKHCN', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'ministry'),
    i('BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism', 'ministry'),
    i('BNNMT', 'Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment', 'ministry'),
    i('BDTTG', 'Bộ Dân tộc và Tôn giáo', 'Ministry of Ethnic and Religious Affairs', 'ministry'),
    i('NHNN', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', 'ministry'),
    i('TTCP', 'Thanh tra Chính phủ', 'Government Inspectorate', 'ministry'),
    i('BKHĐT', 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', 'ministry', true),
    i('BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs', 'ministry', true),
    i('BTNMT', 'Bộ Tài nguyên và Môi trường', 'Ministry of Natural Resources and Environment', 'ministry', true),
    i('BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Ministry of Agriculture and Rural Development', 'ministry', true),
    i('BTTTT', 'Bộ Thông tin và Truyền thông', 'Ministry of Information and Communications', 'ministry', true),
    i('BGTVT', 'Bộ Giao thông vận tải', 'Ministry of Transport', 'ministry', true),
    i('UBDT', 'Ủy ban Dân tộc', 'Committee for Ethnic Minority Affairs', 'ministry', true),
    i('UBND', 'Ủy ban nhân dân', 'People\'s Committee', 'provincial'),
    i('HĐND', 'Hội đồng nhân dân', 'People\'s Council', 'provincial'),
    i('VPUB', 'Văn phòng Ủy ban nhân dân', 'Office of the People\'s Committee', 'provincial'),
    i('VPUBND', 'Văn phòng Ủy ban nhân dân', 'Office of the People\'s Committee', 'provincial'),
    i('SNV', 'Sở Nội vụ', 'Department of Home Affairs', 'provincial'),
    i('STC', 'Sở Tài chính', 'Department of Finance', 'provincial'),
    i('STP', 'Sở Tư pháp', 'Department of Justice', 'provincial'),
    i('SYT', 'Sở Y tế', 'Department of Health', 'provincial'),
    i('SGDĐT', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', 'provincial'),
    i('SXD', 'Sở Xây dựng', 'Department of Construction', 'provincial'),
    i('SCT', 'Sở Công Thương', 'Department of Industry and Trade', 'provincial'),
    i('SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'provincial'),
    i('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', 'provincial'),
    i('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', 'provincial'),
    i('SKHĐT', 'Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', 'provincial', true),
    i('SLĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs', 'provincial', true),
    i('STNMT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment', 'provincial', true),
    i('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Department of Agriculture and Rural Development', 'provincial', true),
    i('STTTT', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications', 'provincial', true),
    i('SGTVT', 'Sở Giao thông vận tải', 'Department of Transport', 'provincial', true),
  ]
}
