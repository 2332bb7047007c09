import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import type { Table, TableColumn } from '../tables/index.js'
import type { DossierReport, ReportSection } from './report.js'

/**
 * Options of {@link reportTable}: the title, the heading of the group column
 * and display names of the group keys (procedure names for procedure codes…).
 *
 * @example
 * ```ts
 * import type { ReportTableOptions } from 'hanhchinh/dossiers'
 * const o: ReportTableOptions = { groupLabel: { vi: 'Thủ tục', en: 'Procedure' }, names: { '1.001612': 'Cấp giấy phép xây dựng' } }
 * o.names?.['1.001612'] //=> 'Cấp giấy phép xây dựng'
 * ```
 */
export interface ReportTableOptions {
  /** @defaultValue "Kết quả giải quyết hồ sơ TTHC" with the period */
  title?: Label | string | undefined
  /** Heading of the first column. @defaultValue `{ vi: 'Nhóm', en: 'Group' }` */
  groupLabel?: Label | undefined
  /** Display name per group key; the key itself otherwise. */
  names?: Readonly<Record<string, string>> | undefined
}

const TABLE_OPTION_NAMES: OptionNames<ReportTableOptions> = { title: true, groupLabel: true, names: true }

const col = (id: string, vi: string, en: string, type: TableColumn['type']): TableColumn => ({ id, label: { vi, en }, type })

const COLUMNS: TableColumn[] = [
  col('total', 'Tổng số cần giải quyết', 'To be handled', 'integer'),
  col('received', 'Tiếp nhận trong kỳ', 'Received in the period', 'integer'),
  col('carriedOver', 'Kỳ trước chuyển sang', 'Carried over', 'integer'),
  col('finished', 'Đã giải quyết', 'Finished', 'integer'),
  col('early', 'Trước hạn', 'Early', 'integer'),
  col('onTime', 'Đúng hạn', 'On time', 'integer'),
  col('late', 'Quá hạn', 'Late', 'integer'),
  col('inProgress', 'Đang giải quyết trong hạn', 'In progress, within time', 'integer'),
  col('inProgressOverdue', 'Đang giải quyết quá hạn', 'In progress, overdue', 'integer'),
  col('awaitingSupplement', 'Chờ bổ sung', 'Awaiting a supplement', 'integer'),
  col('refused', 'Từ chối', 'Refused', 'integer'),
  col('stopped', 'Dừng xử lý', 'Stopped', 'integer'),
  col('withdrawn', 'Rút hồ sơ', 'Withdrawn', 'integer'),
  col('onTimeRate', 'Tỷ lệ trước hạn, đúng hạn', 'Early or on-time rate', 'percent'),
  col('indicator766', 'Chỉ số 766 (2.1)', 'QĐ 766 indicator 2.1', 'percent'),
  col('averageWorkingDays', 'Thời gian TB (ngày làm việc)', 'Average time (working days)', 'decimal'),
]

function row(group: string, s: ReportSection): Record<string, string | number | null | import('../core/decimal.js').Decimal> {
  const c = s.counts
  return {
    group, total: c.total, received: c.received, carriedOver: c.carriedOver, finished: s.finished, early: c.early, onTime: c.onTime,
    late: c.late, inProgress: c.inProgress, inProgressOverdue: c.inProgressOverdue, awaitingSupplement: c.awaitingSupplement,
    refused: c.refused, stopped: c.stopped, withdrawn: c.withdrawn,
    onTimeRate: s.onTimeRate ?? null, indicator766: s.indicator766.rate ?? null, averageWorkingDays: s.averageProcessing.workingDays ?? null,
  }
}

/**
 * A dossier report as a `Table` of `hanhchinh/tables`, ready for `toCsv`,
 * `toHtml` and `toXlsx`: one row per group (sorted by key) and a total row,
 * with the counts, the on-time rate, the QĐ 766 indicator 2.1 and the
 * average processing time; the report's `asOf` as a note, its legal basis
 * under the table. Empty rates (nothing finished) are empty cells.
 *
 * @throws TypeError when `report` is not a DossierReport; RangeError for an unknown option
 *
 * @example
 * ```ts
 * import { dossierReport, reportTable } from 'hanhchinh/dossiers'
 * import { toCsv } from 'hanhchinh/tables'
 * const r = dossierReport([{ channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' },
 *   events: [{ type: 'returned', at: '2026-03-04T08:00:00+07:00' }] }], { asOf: '2026-03-31', groupBy: 'channel' })
 * const t = reportTable(r, { names: { online: 'Trực tuyến' } })
 * t.rows.map((x) => [x.group, x.early, String(x.onTimeRate)]) //=> [['Trực tuyến', 1, '100'], ['Tổng cộng', 1, '100']]
 * toCsv(t).split('\r\n')[1]?.startsWith('Trực tuyến,1,1,0,1,1,') //=> true
 * ```
 */
export function reportTable(report: DossierReport, options?: ReportTableOptions): Table {
  if (report === null || typeof report !== 'object' || report.counts === undefined || report.groups === undefined || report.settings === undefined) {
    throw wrongType('report', report, 'a DossierReport')
  }
  const o = readOptions(options, TABLE_OPTION_NAMES, 'reportTable')
  const names = o.names ?? {}
  if (names === null || typeof names !== 'object') throw wrongType('options.names', names, 'an object of display names')
  const p = report.settings.period
  const title = o.title ?? {
    vi: `Kết quả giải quyết hồ sơ thủ tục hành chính${p === null ? '' : ` từ ${p.from} đến ${p.to}`}`,
    en: `Administrative-procedure dossiers${p === null ? '' : ` from ${p.from} to ${p.to}`}`,
  }
  if (typeof title !== 'string' && (title === null || typeof title !== 'object')) throw invalidArgument('options.title', title, 'a label { vi, en } or a text')
  const rows = Object.keys(report.groups).map((key) => row(Object.prototype.hasOwnProperty.call(names, key) ? names[key]! : key, report.groups[key]!))
  rows.push(row('Tổng cộng', report))
  return {
    title,
    columns: [{ id: 'group', label: o.groupLabel ?? { vi: 'Nhóm', en: 'Group' }, type: 'text' }, ...COLUMNS],
    rows,
    notes: [{ vi: `Số liệu đến ${report.settings.asOf}`, en: `Figures as of ${report.settings.asOf}` }],
    basis: report.basis,
  }
}
