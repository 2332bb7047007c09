import { percentOf } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import type { CellValue, Table, TableColumn } from '../tables/index.js'
import type { LetterReport, LetterReportSection } from './report.js'
import { LETTER_KINDS, LETTER_KIND_LABELS } from './schema.js'

/**
 * Options of {@link letterReportTable}: the title and the language of the
 * text cells (the headings are always bilingual).
 *
 * @example
 * ```ts
 * import type { LetterReportTableOptions } from 'hanhchinh/petitions'
 * const o: LetterReportTableOptions = { title: 'Báo cáo tháng 3/2026', language: 'vi' }
 * o.language //=> 'vi'
 * ```
 */
export interface LetterReportTableOptions {
  /** @defaultValue "Kết quả tiếp nhận, xử lý đơn thư" with the period */
  title?: Label | string | undefined
  /** @defaultValue `'vi'` */
  language?: 'vi' | 'en' | undefined
}

const OPTION_NAMES: OptionNames<LetterReportTableOptions> = { title: true, language: true }

const col = (id: string, vi: string, en: string, type: TableColumn['type'], width?: number): TableColumn =>
  width === undefined ? { id, label: { vi, en }, type } : { id, label: { vi, en }, type, width }

const COLUMNS: readonly TableColumn[] = [
  col('total', 'Tổng số phải xử lý', 'To be handled', 'integer'),
  col('received', 'Tiếp nhận trong kỳ', 'Received in the period', 'integer'),
  col('carriedOver', 'Kỳ trước chuyển sang', 'Carried over', 'integer'),
  col('classified', 'Đã phân loại, xử lý', 'Classified', 'integer'),
  col('accepted', 'Đã thụ lý', 'Accepted', 'integer'),
  col('forwarded', 'Đã chuyển đơn', 'Forwarded', 'integer'),
  col('settled', 'Đã giải quyết xong', 'Settled', 'integer'),
  col('onTime', 'Giải quyết đúng hạn', 'Handled on time', 'integer'),
  col('late', 'Giải quyết quá hạn', 'Handled late', 'integer'),
  col('open', 'Đang giải quyết, trong hạn', 'Open, within time', 'integer'),
  col('overdue', 'Chưa giải quyết, quá hạn', 'Open, overdue', 'integer'),
  col('withdrawn', 'Rút đơn', 'Withdrawn', 'integer'),
  col('handledRate', 'Tỷ lệ đã giải quyết', 'Handled rate', 'percent'),
  col('onTimeRate', 'Tỷ lệ giải quyết đúng hạn', 'On-time rate', 'percent'),
]

function row(kind: string, s: LetterReportSection, where: string): Record<string, CellValue> {
  const c = s?.counts
  if (c === null || typeof c !== 'object') throw wrongType(where, s, 'a section { counts, onTimeRate } of a LetterReport')
  return {
    kind,
    total: c.total, received: c.received, carriedOver: c.carriedOver, classified: c.classified, accepted: c.accepted,
    forwarded: c.forwarded, settled: c.settled, onTime: c.onTime, late: c.late, open: c.open, overdue: c.overdue, withdrawn: c.withdrawn,
    handledRate: percentOf(c.onTime + c.late, c.total) ?? null,
    onTimeRate: s.onTimeRate ?? null,
  }
}

/**
 * A letter report ({@link letterReport}) as a `Table` of
 * `hanhchinh/tables`, ready for `toCsv`, `toHtml` and `toXlsx`: one row per
 * kind — complaints, denunciations, petitions, reflections, in that order —
 * and a total row, with the letters to be handled (received in the period
 * and carried over), those classified, accepted, forwarded and settled in
 * the period, their status at its end (handled on time, late, open within
 * time, open overdue, withdrawn) and two exact rates, `'percent'` columns
 * of `Decimal` percentage points rounded half-up to 2 places: handled ÷ to
 * be handled, and on time ÷ handled (empty when nothing was handled). The
 * period and the moment of the report are notes; the legal bases (the
 * Decree 09/2019/NĐ-CP window and the settlement limits) are cited under
 * the table.
 *
 * @throws TypeError when `report` is not a LetterReport; RangeError for an unknown option
 *
 * @example
 * ```ts
 * import { letterReport, letterReportTable, reportPeriod } from 'hanhchinh/petitions'
 * import { toCsv } from 'hanhchinh/tables'
 * const march = reportPeriod({ kind: 'monthly', year: 2026, month: 3 }) // 15/02–14/03/2026
 * const r = letterReport([
 *   { kind: 'complaint', received: '2026-02-20', events: [{ type: 'accepted', at: '2026-02-26' }] },
 *   { kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-10' }] },
 *   { kind: 'petition', received: '2026-02-02', events: [{ type: 'settled', at: '2026-02-26' }] },
 *   { kind: 'denunciation', received: '2026-03-13' },
 * ], { period: march })
 * const t = letterReportTable(r)
 * t.rows.map((x) => x.kind) //=> ['Khiếu nại', 'Tố cáo', 'Kiến nghị', 'Phản ánh', 'Tổng cộng']
 * t.rows[2] //=> { total: 2, received: 1, carriedOver: 1, settled: 2, onTime: 1, late: 1, onTimeRate: '50', handledRate: '100' }
 * toCsv(t).split('\r\n')[5] //=> 'Tổng cộng,4,3,1,0,1,0,2,1,1,2,0,0,50%,50%'
 * letterReportTable(r, { language: 'en' }).rows[4]?.kind //=> 'Total'
 * t.notes?.[0] //=> { vi: 'Số liệu từ 15/02/2026 đến 14/03/2026, tính đến 14/03/2026 23:59 (giờ Việt Nam).' }
 * letterReportTable({} as never) //=> throws TypeError: report
 * ```
 */
export function letterReportTable(report: LetterReport, options?: LetterReportTableOptions): Table {
  if (report === null || typeof report !== 'object' || report.counts === undefined || report.byKind === undefined || report.settings === undefined) {
    throw wrongType('report', report, 'a LetterReport (see letterReport)')
  }
  const o = readOptions(options, OPTION_NAMES, 'letterReportTable')
  const language = readChoice(o.language, ['vi', 'en'], 'vi', 'options.language')
  const title = o.title
  if (title !== undefined && typeof title !== 'string' && (title === null || typeof title !== 'object' || typeof title.vi !== 'string' || typeof title.en !== 'string')) {
    throw invalidArgument('options.title', title, 'a label { vi, en } or a text')
  }
  const { from, to } = report.settings.period
  const rows = LETTER_KINDS.map((k) => row(LETTER_KIND_LABELS[k][language], report.byKind[k], `report.byKind.${k}`))
  rows.push(row(language === 'vi' ? 'Tổng cộng' : 'Total', report, 'report'))
  // '2026-03-14T23:59:59.999+07:00' → 14/03/2026 23:59
  const asOf = report.settings.asOf
  const asOfVi = `${formatVnDate(asOf.slice(0, 10))} ${asOf.slice(11, 16)}`
  return {
    title: title ?? {
      vi: `Kết quả tiếp nhận, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh từ ${formatVnDate(from)} đến ${formatVnDate(to)}`,
      en: `Complaints, denunciations, petitions and reflections received and handled, ${from} to ${to}`,
    },
    columns: [col('kind', 'Loại đơn', 'Kind of letter', 'text', 16), ...COLUMNS],
    rows,
    notes: [
      {
        vi: `Số liệu từ ${formatVnDate(from)} đến ${formatVnDate(to)}, tính đến ${asOfVi} (giờ Việt Nam).`,
        en: `Figures from ${from} to ${to}, as of ${asOf}.`,
      },
      {
        vi: 'Tỷ lệ đã giải quyết = (đúng hạn + quá hạn) / tổng số phải xử lý; tỷ lệ đúng hạn = đúng hạn / (đúng hạn + quá hạn); làm tròn 2 chữ số thập phân.',
        en: 'Handled rate = (on time + late) / to be handled; on-time rate = on time / (on time + late); rounded half-up to 2 decimals.',
      },
    ],
    basis: [...report.basis],
  }
}
