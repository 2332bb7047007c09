import type { IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { CIVIL_CODE_2015 } from '../core/legal-basis.js'

// Dates are cast: LegalBasisSchema's date fields currently infer the branded IsoDate
// (core's IsoDateStringSchema refines with a type guard), so plain literals do not type-check.
const day = (d: string): IsoDate => d as IsoDate

const CIVIL_CODE = CIVIL_CODE_2015
const DECREE_61 = {
  instrument: '61/2018/NĐ-CP',
  title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  effectiveFrom: day('2018-06-21'),
  effectiveTo: day('2025-06-30'),
}
const AFTER_118 =
  'Decree 61/2018 was superseded by Decree 118/2025/NĐ-CP from 2025-07-01; whether this rule is restated there was not verified (UNCONFIRMED)'

/**
 * The legal bases the dossier rules cite, as data. Each entry is a
 * {@link LegalBasis}; rules whose survival under Decree 118/2025/NĐ-CP (in
 * force from 2025-07-01) could not be verified carry `unconfirmed`.
 *
 * @example
 * ```ts
 * import { DOSSIER_BASIS } from 'hanhchinh/dossiers'
 * DOSSIER_BASIS.firstDayNotCounted.article //=> '147'
 * DOSSIER_BASIS.supplementRestart.clause //=> '4'
 * typeof DOSSIER_BASIS.extensionOnce.unconfirmed //=> 'string'
 * ```
 */
export const DOSSIER_BASIS = {
  /** Periods in days/months: the first day is not counted (BLDS 2015 Art 147(2)). */
  firstDayNotCounted: { ...CIVIL_CODE, article: '147', clause: '2' },
  /** Periods in hours start at the stated moment (BLDS 2015 Art 147(1)). */
  hoursFromMoment: { ...CIVIL_CODE, article: '147', clause: '1' },
  /** A day period ends at 24:00 of its last day (BLDS 2015 Art 148(1), (6)). */
  endOfLastDay: { ...CIVIL_CODE, article: '148', clause: '1', note: 'and clause 6: the last day ends at 24:00' },
  /** A month period ends on the corresponding day of the last month, or its last day (BLDS 2015 Art 148(3)). */
  monthPeriod: {
    ...CIVIL_CODE,
    article: '148',
    clause: '3',
    unconfirmed: 'The project rules digest quotes Art 148(1), (5), (6) only; clause 3 (months) is applied from the text of the Code as commonly published',
  },
  /** A period whose last day is a rest day or holiday ends at the end of the next working day (BLDS 2015 Art 148(5)). */
  rollToWorkingDay: { ...CIVIL_CODE, article: '148', clause: '5' },
  /** Paper dossiers received after 15:00 are forwarded the next working day (NĐ 61/2018 Art 18). */
  cutoff15: {
    ...DECREE_61,
    article: '18',
    note: 'the 15:00 rule governs transfer of paper dossiers; sector rules (NĐ 23/2015 Art 7, NĐ 99/2022 Art 16) use it for results',
    unconfirmed: `Used here as a receipt cut-off by convention, not by a general rule. ${AFTER_118}`,
  },
  /** The time limit is counted again from the beginning once the full dossier is received (NĐ 61/2018 Art 19(4)). */
  supplementRestart: { ...DECREE_61, article: '19', clause: '4', unconfirmed: AFTER_118 },
  /** The national portal subtracts the waiting time of a supplement request (QĐ 766/QĐ-TTg, portal formula). */
  supplementPause: {
    instrument: '766/QĐ-TTg',
    title: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp',
    issued: day('2022-06-23'),
    note: 'Indicator 2.1 as implemented by the national public-service portal (formula description)',
    unconfirmed: 'Known from a public transcription of the portal formula document, not from the decision text',
  },
  /** Apology and new appointment no later than 1 day before the due date, only once (NĐ 61/2018 Art 19(9)). */
  extensionOnce: { ...DECREE_61, article: '19', clause: '9', unconfirmed: AFTER_118 },
  /** Scoring of processing time: shorter = 2 (early), equal = 1 (on time), longer = 0 (late) (TT 01/2018/TT-VPCP Art 13). */
  timelinessScore: {
    instrument: '01/2018/TT-VPCP',
    title: 'Thông tư hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP',
    article: '13',
    effectiveFrom: day('2019-01-06'),
  },
  /** The 766 indicator "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn" (QĐ 766/QĐ-TTg, group 2, indicator 2.1). */
  indicator766: {
    instrument: '766/QĐ-TTg',
    title: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp',
    issued: day('2022-06-23'),
    note: 'Indicator 2.1; end of processing ≤ appointment, supplement time subtracted, >1 supplement request = overdue, in-progress counted at the end of the period',
    unconfirmed: 'Counting rules known from the portal formula description (public transcription), not the decision text',
  },
  /** Dossier code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX (NĐ 61/2018 Art 26; TT 01/2018 Art 19). */
  dossierCode: {
    instrument: '01/2018/TT-VPCP',
    article: '19',
    note: 'format defined by NĐ 61/2018 Art 26',
    unconfirmed: 'Whether TT 03/2025/TT-VPCP changed the format was not verified; 5–7-digit sequences from ministry portals are accepted',
  },
} satisfies Record<string, LegalBasis>
