import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'

// The QĐ 766/QĐ-TTg point table as data: groups, indicators, maxima, thresholds and the input each
// indicator is measured from. Sources and what is unconfirmed: docs/dossiers.md, "QĐ 766 scorecard".

const day = (d: string): IsoDate => d as IsoDate

/**
 * Where the figures of an indicator come from: `'dossiers'` (the dossiers
 * given to `score766`), or the path of a non-dossier input in
 * {@link Score766Inputs} (`['publication', 'publishedOnTime']`).
 *
 * @example
 * ```ts
 * import type { Score766Source } from 'hanhchinh/dossiers'
 * const s: Score766Source = ['feedback', 'classified']
 * s[0] //=> 'feedback'
 * ```
 */
export type Score766Source = 'dossiers' | readonly [string, string]

/**
 * One indicator of a {@link Score766Table}: its id (the portal's numbering),
 * label, maximum points (`null` where no source gives them: the indicator is
 * then not scored until the caller's table does), the rate at and above which
 * every point is earned (`fullAt`, percent; below it points are
 * `rate × max ÷ fullAt`; `100` is plain proportional points), the source of
 * its figures, and its basis (with `unconfirmed` wherever the maximum or the
 * curve is not confirmed).
 *
 * @example
 * ```ts
 * import { SCORE_766_TABLE, type Score766IndicatorRule } from 'hanhchinh/dossiers'
 * const r: Score766IndicatorRule = SCORE_766_TABLE.groups[4]!.indicators[3]!
 * [r.id, r.max, r.fullAt] //=> ['5.4', 6, 90]
 * ```
 */
export interface Score766IndicatorRule {
  id: string
  label: Label
  max: number | null
  fullAt: number
  source: Score766Source
  /** How the rate is computed (the portal's formula, abridged). */
  formula: string
  basis: LegalBasis[]
}

/**
 * One group of a {@link Score766Table}: id `'1'`–`'5'`, label, maximum points
 * and indicators.
 *
 * @example
 * ```ts
 * import { SCORE_766_TABLE, type Score766GroupRule } from 'hanhchinh/dossiers'
 * const g: Score766GroupRule = SCORE_766_TABLE.groups[1]!
 * [g.label.vi, g.max] //=> ['Tiến độ, kết quả giải quyết', 20]
 * ```
 */
export interface Score766GroupRule {
  id: string
  label: Label
  max: number
  indicators: Score766IndicatorRule[]
}

/**
 * A dated point table of the QĐ 766 index: replaceable data (the index has
 * been refined on the portal since 2022; pass your own to `score766` when
 * your province publishes one).
 *
 * @example
 * ```ts
 * import { SCORE_766_TABLE, type Score766Table } from 'hanhchinh/dossiers'
 * const t: Score766Table = SCORE_766_TABLE
 * t.from //=> '2022-06-23'
 * ```
 */
export interface Score766Table {
  /** What the table is, for the report. */
  version: string
  /** First day it applies. */
  from: IsoDate
  /** Last day it applies, if known. */
  to?: IsoDate
  groups: Score766GroupRule[]
}

const DECISION: LegalBasis = {
  instrument: '766/QĐ-TTg',
  title: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
  issued: day('2022-06-23'),
  effectiveFrom: day('2022-06-23'),
}

const FORMULA_DOC = 'Mô tả công thức tính chỉ số 766 (Cổng Dịch vụ công quốc gia), public transcription'
const NO_POINTS = 'No source found for the maximum points of this indicator (the formula document gives none): not scored until your table gives them'
const CURVE_UNCONFIRMED = 'The scoring curve is not in the formula document: proportional points (rate × max ÷ 100) are assumed'

function rule(
  id: string, vi: string, en: string, max: number | null, fullAt: number, source: Score766Source, formula: string,
  pointsNote: string | undefined, unconfirmed: string | undefined,
): Score766IndicatorRule {
  const basis: LegalBasis[] = [
    { ...DECISION, note: `Chỉ số ${id}${pointsNote === undefined ? '' : `; ${pointsNote}`}` },
    {
      instrument: '766/QĐ-TTg',
      title: FORMULA_DOC,
      note: `Indicator ${id}: ${formula}`,
      unconfirmed: unconfirmed ?? 'Known from a public transcription of the portal formula document, not from the decision text',
    },
  ]
  return { id, label: { vi, en }, max, fullAt, source, formula, basis }
}

/**
 * The QĐ 766/QĐ-TTg index (23/06/2022) as the national public-service portal
 * computes it: 5 groups (portal numbering; the decision text orders
 * digitisation before online services), maxima 18/20/22/22/18 = 100, and the
 * indicators of the portal's formula document. Indicator maxima: 1.2 = 4,
 * 2.1 = 20 and 5.4 = 6 are published; 3.5 = 2, 3.6 = 6, 5.1 = 5, 5.2 = 5,
 * 5.3 = 2 come from provincial dashboards (UNCONFIRMED); 2.2 is a monitoring
 * figure without points (UNCONFIRMED); the others are `null` (no source).
 * Thresholds 80 % (3.1, 3.5, 4.2, 4.3), 50 % (3.3), 90 % (5.4) are in the
 * formula document; elsewhere proportional points are assumed (UNCONFIRMED).
 *
 * @example
 * ```ts
 * import { SCORE_766_TABLE } from 'hanhchinh/dossiers'
 * SCORE_766_TABLE.groups.map((g) => g.max) //=> [18, 20, 22, 22, 18]
 * SCORE_766_TABLE.groups[1]!.indicators.map((i) => i.id) //=> ['2.1', '2.2']
 * ```
 */
export const SCORE_766_TABLE: Score766Table = {
  version: 'QĐ 766/QĐ-TTg (23/06/2022); indicators of the portal formula document "Mô tả công thức tính chỉ số 766" (undated, seen 2026)',
  from: day('2022-06-23'),
  groups: [
    {
      id: '1', label: { vi: 'Công khai, minh bạch', en: 'Openness and transparency' }, max: 18,
      indicators: [
        rule('1.1', 'Tỷ lệ TTHC công bố đúng hạn', 'Procedures announced on time', null, 100, ['publication', 'announcedOnTime'],
          'procedures announced on time ÷ procedures announced in the period; on time = decision ≤ effective date of the legal basis − 20 working days (ministry) / − 5 (province)',
          undefined, NO_POINTS),
        rule('1.2', 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', 'Procedures published on the national database on time', 4, 100,
          ['publication', 'publishedOnTime'],
          'procedures published on the national database within 10 (ministry) / 5 (province) working days of the decision ÷ procedures to be published',
          'tối đa 4 điểm', CURVE_UNCONFIRMED),
        rule('1.3', 'Tỷ lệ TTHC công khai đầy đủ bộ phận tạo thành', 'Procedures published with every component', null, 100,
          ['publication', 'complete'], 'procedures published with every component of NĐ 63/2010 Art 8(2) ÷ procedures published', undefined, NO_POINTS),
        rule('1.4', 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG', 'Dossiers synchronised to the national portal', null, 100, ['sync', 'synced'],
          'dossiers synchronised (received in the period) ÷ dossiers to count (the larger of the reporting system and the portal counts)', undefined, NO_POINTS),
      ],
    },
    {
      id: '2', label: { vi: 'Tiến độ, kết quả giải quyết', en: 'Processing progress and results' }, max: 20,
      indicators: [
        rule('2.1', 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', 'Dossiers processed early or on time', 20, 100, 'dossiers',
          'dossiers ended (first terminal status) or still open on time ÷ dossiers to be handled in the period; supplement waiting time subtracted, more than one supplement request = overdue, open dossiers judged at the end of the period',
          'tối đa 20 điểm', CURVE_UNCONFIRMED),
        rule('2.2', 'Thời gian giải quyết TTHC trung bình', 'Average processing time', 0, 100, 'dossiers',
          'sum of the processing times of the dossiers finished in the period ÷ their number, per procedure, in its unit',
          undefined, 'A monitoring figure: no points are known for it (0 assumed); shown per procedure on the portal'),
      ],
    },
    {
      id: '3', label: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online services and payment' }, max: 22,
      indicators: [
        rule('3.1', 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', 'Procedures offered online', null, 80, ['online', 'servicesOnline'],
          'procedures offered online (partly or fully) ÷ procedures within competence; full points from 80 %', undefined, NO_POINTS),
        rule('3.2', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ', 'Online services with at least one dossier', null, 100,
          ['online', 'servicesWithDossiers'], 'online services with ≥ 1 online dossier ÷ online services', undefined, NO_POINTS),
        rule('3.3', 'Tỷ lệ hồ sơ TTHC nộp trực tuyến', 'Dossiers filed online', null, 50, ['online', 'dossiersOnline'],
          'dossiers filed online (with an electronic result where the result is a paper) ÷ dossiers received, × synchronisation rate; full points from 50 %',
          undefined, NO_POINTS),
        rule('3.5', 'Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', 'Fee-bearing procedures with online payment', 2, 80,
          ['online', 'paymentIntegrated'], 'fee-bearing procedures with dossiers paid online ÷ fee-bearing procedures; full points from 80 %',
          'tối đa 2 điểm (bảng điều khiển cấp tỉnh)', 'Maximum 2 from a provincial dashboard reconciled with the portal charts, not from a published table'),
        rule('3.6', 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'Dossiers paid online', 6, 100, ['online', 'paidOnline'],
          'dossiers paid online ÷ dossiers with a non-zero fee', 'tối đa 6 điểm (bảng điều khiển cấp tỉnh)',
          'Maximum 6 and proportional points from a provincial dashboard reconciled with the portal charts, not from a published table'),
      ],
    },
    {
      id: '4', label: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' }, max: 22,
      indicators: [
        rule('4.1', 'Tỷ lệ hồ sơ có cấp kết quả điện tử', 'Dossiers with an electronic result', null, 100, ['digitisation', 'electronicResults'],
          'dossiers with an electronic result file ÷ dossiers of procedures whose result is a paper', undefined, NO_POINTS),
        rule('4.2', 'Tỷ lệ hồ sơ thực hiện số hóa', 'Dossiers digitised', null, 80, ['digitisation', 'digitised'],
          'dossiers with files attached (and an electronic result where required) ÷ dossiers within competence; full points from 80 %', undefined, NO_POINTS),
        rule('4.3', 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa', 'Dossiers reusing digitised data', null, 80, ['digitisation', 'reused'],
          'dossiers with ≥ 1 component reused from digitised data ÷ dossiers received; full points from 80 %', undefined, NO_POINTS),
        rule('4.4', 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng', 'Digitised dossiers shared for reuse', null, 100,
          ['digitisation', 'shared'], "dossiers with ≥ 1 component taken from or results sent to the citizen's data store ÷ dossiers received",
          undefined, `${NO_POINTS}; whether the 2022 text has this indicator was not verified`),
        rule('4.5', 'Ứng dụng dữ liệu dân cư', 'Use of population data', null, 100, ['digitisation', 'populationData'],
          'procedures for citizens with dossiers using VNeID or population-database data ÷ procedures for citizens', undefined,
          `${NO_POINTS}; whether the 2022 text has this indicator was not verified`),
      ],
    },
    {
      id: '5', label: { vi: 'Mức độ hài lòng', en: 'Satisfaction' }, max: 18,
      indicators: [
        rule('5.1', 'Tỷ lệ phản ánh, kiến nghị được phân loại', 'Feedback classified', 5, 100, ['feedback', 'classified'],
          'feedback (PAKN) classified ÷ feedback received in the period', 'tối đa 5 điểm (bảng điều khiển cấp tỉnh)',
          `Maximum 5 from a provincial dashboard. ${CURVE_UNCONFIRMED}`),
        rule('5.2', 'Tiến độ xử lý phản ánh, kiến nghị', 'Feedback handled on time', 5, 100, ['feedback', 'handledOnTime'],
          'feedback handled on time (refusal ≤ 2, supplement request ≤ 5, handling ≤ 15, publication ≤ 2 working days) ÷ feedback',
          'tối đa 5 điểm (bảng điều khiển cấp tỉnh)', `Maximum 5 from a provincial dashboard. ${CURVE_UNCONFIRMED}`),
        rule('5.3', 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', 'Satisfaction with the handling of feedback', 2, 100,
          ['feedback', 'satisfied'], 'feedback not rated unsatisfied, not repeated and not overdue ÷ feedback first received in the period',
          'tối đa 2 điểm (bảng điều khiển cấp tỉnh)', `Maximum 2 from a provincial dashboard. ${CURVE_UNCONFIRMED}`),
        rule('5.4', 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', 'Satisfaction with the handling of dossiers', 6, 90, 'dossiers',
          '100 % − (overdue-dossier rate + rate of dossiers with feedback or a "dislike"); full points from 90 %', 'tối đa 6 điểm',
          'The overdue rate is taken as 100 % − indicator 2.1; the formula is known from a public transcription of the portal formula document'),
      ],
    },
  ],
}
