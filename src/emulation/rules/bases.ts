import type { LegalBasis } from '../../core/legal-basis.js'

type DatesAsStrings<T> = { [K in keyof T]: K extends 'effectiveFrom' | 'effectiveTo' | 'issued' ? string : T[K] }

/**
 * Hand-written legal-basis data: the dates are literal strings (validated by
 * the tests against `LegalBasisSchema`).
 * @internal
 */
export function basis(b: DatesAsStrings<LegalBasis>): LegalBasis {
  return b as LegalBasis
}

// Instruments cited by the emulation rules (see docs/emulation.md and
// shared/rules/emulation-awards.md §0). Plain data; `cite` adds the article.

/** @internal */
export const LAW_2003: LegalBasis = basis({
  instrument: '15/2003/QH11',
  title: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2009, 2013)',
  effectiveFrom: '2004-07-01',
  effectiveTo: '2023-12-31',
})
/** @internal */
export const ND_91_2017: LegalBasis = basis({
  instrument: '91/2017/NĐ-CP',
  title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  issued: '2017-07-31',
  effectiveFrom: '2017-10-01',
  effectiveTo: '2023-12-31',
})
/** @internal */
export const TT_12_2019: LegalBasis = basis({
  instrument: '12/2019/TT-BNV',
  title: 'Thông tư quy định chi tiết thi hành Nghị định 91/2017/NĐ-CP',
  issued: '2019-11-04',
  effectiveFrom: '2020-01-01',
  effectiveTo: '2023-12-31',
})
/** @internal */
export const LAW_2022: LegalBasis = basis({
  instrument: '06/2022/QH15',
  title: 'Luật Thi đua, khen thưởng 2022',
  issued: '2022-06-15',
  effectiveFrom: '2024-01-01',
})
/** @internal */
export const ND_98_2023: LegalBasis = basis({
  instrument: '98/2023/NĐ-CP',
  title: 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  issued: '2023-12-31',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
})
/** @internal */
export const TT_01_2024: LegalBasis = basis({
  instrument: '01/2024/TT-BNV',
  title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
  issued: '2024-02-24',
  effectiveFrom: '2024-04-15',
  note: 'Issue and effective dates as reported by secondary sources',
})
/** @internal */
export const ND_152_2025: LegalBasis = basis({
  instrument: '152/2025/NĐ-CP',
  title: 'Nghị định quy định chi tiết Luật Thi đua, khen thưởng và phân cấp trong thi đua, khen thưởng',
  issued: '2025-06-14',
  effectiveFrom: '2025-07-01',
})
/** @internal */
export const ND_129_2025: LegalBasis = basis({
  instrument: '129/2025/NĐ-CP',
  title: 'Nghị định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
  effectiveFrom: '2025-07-01',
  note: 'Art 59 as transcribed by a legal Q&A (thuvienphapluat, mirrored in tnt305/tai_lieu_noi_bo c365dc62838fd8ab.md)',
  unconfirmed: 'Date of signature not found and title as reported; in force 01/07/2025 with the decentralisation decrees (laodong.vn 1622713)',
})
/** @internal */
export const TT_15_2025: LegalBasis = basis({
  instrument: '15/2025/TT-BNV',
  title: 'Thông tư quy định biện pháp thi hành Luật Thi đua, khen thưởng và Nghị định 152/2025/NĐ-CP',
  issued: '2025-08-04',
  unconfirmed: 'Effective date and clause-level content not retrieved',
})
/** @internal */
export const ND_90_2020: LegalBasis = basis({
  instrument: '90/2020/NĐ-CP',
  title: 'Nghị định về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức',
  issued: '2020-08-13',
  effectiveFrom: '2020-08-20',
})
/** @internal */
export const ND_48_2023: LegalBasis = basis({
  instrument: '48/2023/NĐ-CP',
  title: 'Nghị định sửa đổi, bổ sung Nghị định 90/2020/NĐ-CP',
  issued: '2023-07-17',
  effectiveFrom: '2023-09-15',
})
/** @internal */
export const LAW_80_2025: LegalBasis = basis({
  instrument: '80/2025/QH15',
  title: 'Luật Cán bộ, công chức 2025',
  issued: '2025-06-24',
  effectiveFrom: '2026-01-01',
  note: 'Evaluation section (Art 25–27) in force from 01/01/2026 (Art 44.2)',
})
/** @internal */
export const ND_335_2025: LegalBasis = basis({
  instrument: '335/2025/NĐ-CP',
  title: 'Nghị định về đánh giá, xếp loại chất lượng đối với cơ quan hành chính nhà nước và công chức',
  issued: '2025-12-21',
  effectiveFrom: '2026-01-01',
})
/** @internal */
export const QD_132_2018: LegalBasis = basis({
  instrument: '132-QĐ/TW',
  title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm (with HD 21-HD/BTCTW of 18/10/2019)',
  issued: '2018-03-08',
})
/** @internal */
export const QD_124_2023: LegalBasis = basis({
  instrument: '124-QĐ/TW',
  title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
  unconfirmed: 'Date and the exact HTXS rate not retrieved; the 20% of QĐ 132/HD 21 is assumed',
})
/** @internal */
export const QD_366_2025: LegalBasis = basis({
  instrument: '366-QĐ/TW',
  title: 'Quy định về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
  issued: '2025-08-30',
})
/** @internal */
export const CV_5007_2023: LegalBasis = basis({
  instrument: 'CV 5007/BNV-TĐKT',
  title: 'Công văn hướng dẫn khen thưởng (mục III.5.c: mỗi sáng kiến chỉ làm căn cứ một lần)',
  issued: '2023-09-05',
})

/**
 * A citation: an instrument with its article, clause and point.
 * @internal
 */
export function cite(base: LegalBasis, article?: string, clause?: string, point?: string, extra: Partial<LegalBasis> = {}): LegalBasis {
  const out: LegalBasis = { ...base, ...extra }
  if (article !== undefined) out.article = article
  if (clause !== undefined) out.clause = clause
  if (point !== undefined) out.point = point
  return out
}
/** @internal */
export const QD_86_2025_BAC_NINH: LegalBasis = basis({
  instrument: '86/2025/QĐ-UBND',
  title: 'Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh (provincial restatement of Law 2022)',
  issued: '2025-12-03',
  effectiveFrom: '2025-12-15',
})
/** @internal */
export const SECTOR_CIRCULARS_ND91: LegalBasis = basis({
  instrument: '07/2018/TT-BKHĐT',
  title: 'Sector circular under Decree 91/2017 restating the Bằng khen standard (also TT 08/2019/TT-BLĐTBXH Art 18)',
  article: '18',
  clause: '1',
})
/** @internal */
export const ND_73_2024: LegalBasis = basis({
  instrument: '73/2024/NĐ-CP',
  title: 'Nghị định quy định mức lương cơ sở',
  article: '3',
  clause: '2',
  effectiveFrom: '2024-07-01',
  effectiveTo: '2026-06-30',
})

// The base salary (mức lương cơ sở; "mức lương tối thiểu chung" until
// 30/06/2013) by period. Research notes of issue 18 (notes/award-money.md §1):
// 66/2013, 73/2024 and 161/2026 seen in the text; the others from several
// consistent official tables (BHXH Việt Nam, Sở Nội vụ), the decree text not seen.
const SECONDARY = 'Amount and start date from consistent secondary tables (BHXH, Sở Nội vụ); the decree text was not seen'

/** @internal */
export const ND_33_2009: LegalBasis = basis({ instrument: '33/2009/NĐ-CP', title: 'Nghị định quy định mức lương tối thiểu chung', effectiveFrom: '2009-05-01', effectiveTo: '2010-04-30', note: SECONDARY })
/** @internal */
export const ND_28_2010: LegalBasis = basis({ instrument: '28/2010/NĐ-CP', title: 'Nghị định quy định mức lương tối thiểu chung', issued: '2010-03-25', effectiveFrom: '2010-05-01', effectiveTo: '2011-04-30', note: SECONDARY })
/** @internal */
export const ND_22_2011: LegalBasis = basis({ instrument: '22/2011/NĐ-CP', title: 'Nghị định quy định mức lương tối thiểu chung', issued: '2011-04-04', effectiveFrom: '2011-05-01', effectiveTo: '2012-04-30', note: SECONDARY })
/** @internal */
export const ND_31_2012: LegalBasis = basis({ instrument: '31/2012/NĐ-CP', title: 'Nghị định quy định mức lương tối thiểu chung', issued: '2012-04-12', effectiveFrom: '2012-05-01', effectiveTo: '2013-06-30', note: SECONDARY })
/** @internal */
export const ND_66_2013: LegalBasis = basis({
  instrument: '66/2013/NĐ-CP',
  title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
  article: '3',
  clause: '2',
  issued: '2013-06-27',
  effectiveFrom: '2013-07-01',
  effectiveTo: '2016-04-30',
  note: 'Art 5: in force 15/08/2013; the base salary is paid from 01/07/2013 and replaces "mức lương tối thiểu chung"',
})
/** @internal */
export const ND_47_2016: LegalBasis = basis({
  instrument: '47/2016/NĐ-CP',
  title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
  effectiveFrom: '2016-05-01',
  effectiveTo: '2017-06-30',
  note: `Signed 26/05/2016, applying from 01/05/2016. ${SECONDARY}`,
})
/** @internal */
export const ND_47_2017: LegalBasis = basis({ instrument: '47/2017/NĐ-CP', title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang', issued: '2017-04-24', effectiveFrom: '2017-07-01', effectiveTo: '2018-06-30', note: SECONDARY })
/** @internal */
export const ND_72_2018: LegalBasis = basis({ instrument: '72/2018/NĐ-CP', title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang', issued: '2018-05-15', effectiveFrom: '2018-07-01', effectiveTo: '2019-06-30', note: SECONDARY })
/** @internal */
export const ND_38_2019: LegalBasis = basis({
  instrument: '38/2019/NĐ-CP',
  title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang',
  issued: '2019-05-09',
  effectiveFrom: '2019-07-01',
  effectiveTo: '2023-06-30',
  note: `The 1,600,000 planned from 01/07/2020 (Resolution 86/2019/QH14) was postponed (Resolution 122/2020/QH14). ${SECONDARY}`,
})
/** @internal */
export const ND_24_2023: LegalBasis = basis({ instrument: '24/2023/NĐ-CP', title: 'Nghị định quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang', issued: '2023-05-14', effectiveFrom: '2023-07-01', effectiveTo: '2024-06-30', note: SECONDARY })
/** @internal */
export const ND_161_2026: LegalBasis = basis({
  instrument: '161/2026/NĐ-CP',
  title: 'Nghị định quy định mức lương cơ sở',
  article: '3',
  clause: '2',
  issued: '2026-05-15',
  effectiveFrom: '2026-07-01',
  note: 'Art 6.1: in force 01/07/2026; Art 6.2 ends Decree 73/2024/NĐ-CP',
})
/** @internal */
export const HD_21_2019: LegalBasis = basis({
  instrument: '21-HD/BTCTW',
  title: 'Hướng dẫn một số vấn đề cụ thể về kiểm điểm và đánh giá, xếp loại chất lượng (QĐ 132-QĐ/TW)',
  issued: '2019-10-18',
})
