// Monthly report of a one-stop centre (Trung tâm Phục vụ hành chính công), October 2024.
//
// Reads the centre's dossier export (bundled sample: examples/data/dossiers-2024-10.csv — synthetic
// data in the layout of a provincial one-stop system's export, ';'-separated, Vietnamese headers),
// imports it with hanhchinh/format's importRecords (bad rows are reported, not dropped silently),
// checks each timeline, computes the month's figures in one pass, warns about dossiers about to go
// overdue, and checks the published summary line before it goes out.
//
//   node --import tsx examples/monthly-report.ts
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatVnDate, formatVnNumber, formatVnPercent, importRecords } from 'hanhchinh/format'
import { toCsv } from 'hanhchinh/tables'
import {
  DOSSIER_IMPORT_COLUMNS,
  dossierAlerts,
  lateDossiers,
  reportTable,
  score766,
  DossierImportSchema,
  dossierFromImportRow,
  dossierReport,
  reconcileFigures,
  validateTimeline,
  type DossierReportOptions,
} from 'hanhchinh/dossiers'

const csvPath = fileURLToPath(new URL('./data/dossiers-2024-10.csv', import.meta.url))
const csv = readFileSync(csvPath, 'utf8')

// 1. Import: Vietnamese headers, dates dd/mm/yyyy HH:mm, "05 ngày làm việc", status labels.
const imported = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
const dossiers = imported.records.map(dossierFromImportRow)

// 2. The rules of the report. The appointment recorded by the system (Hạn xử lý) is the one
//    compared against, as the national portal's 766 rule does; a supplement restarts the clock
//    (NĐ 61/2018 Art 19(4)); "finished" = processing done (Đã xử lý xong).
const options: DossierReportOptions = {
  asOf: '2024-10-31', // a plain date: the end of 31/10/2024, Vietnam time
  period: { from: '2024-10-01', to: '2024-10-31' },
  useRecordedAppointment: true,
  supplement: 'restart',
  finishedBy: 'processed',
  groupBy: 'procedure',
  invalid: 'skip',
}
const names = new Map(dossiers.map((d) => [d.procedure.code, d.procedure.name]))
const { asOf: _asOf, period: _period, finishedBy: _finishedBy, groupBy: _groupBy, invalid: _invalid, ...rules } = options
const timelineProblems = dossiers.flatMap((d) => validateTimeline(d, rules).map((issue) => ({ code: d.code, issue })))
const report = dossierReport(dossiers, options)

const n = (x: number): string => formatVnNumber(x)
const pct = (x: { toString(): string } | undefined): string => (x === undefined ? '—' : formatVnPercent(x.toString(), { decimals: 2 }))
const dec = (x: { toString(): string } | undefined): string => (x === undefined ? '—' : formatVnNumber(x.toString()))
const c = report.counts

console.log('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG — BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THÁNG 10/2024')
console.log(`(số liệu đến hết ngày ${formatVnDate(report.settings.asOf.slice(0, 10))})`)
console.log('')
console.log(`Dữ liệu: ${n(imported.stats.read)} dòng, nhận ${n(imported.stats.accepted)}, loại ${n(imported.stats.rejected)}`)
for (const issue of imported.issues) {
  console.log(`  - dòng ${issue.line ?? issue.row}, cột "${issue.column ?? issue.field}": ${issue.message.vi}`)
}
for (const { code, issue } of timelineProblems) console.log(`  - hồ sơ ${code}: ${issue.message.vi}`)
console.log('')
console.log(`Hồ sơ cần giải quyết: ${n(c.total)} (tiếp nhận trong tháng ${n(c.received)}, tháng trước chuyển sang ${n(c.carriedOver)})`)
const p = report.percentages
console.log(
  `${n(report.finished)} hồ sơ: trước hạn ${n(c.early)} (${pct(p?.early)}), đúng hạn ${n(c.onTime)}, quá hạn ${n(c.late)}`,
)
console.log(`  Tỷ lệ giải quyết trước hạn và đúng hạn: ${pct(report.onTimeRate)}`)
console.log(`  Đang giải quyết: trong hạn ${n(c.inProgress)} (chờ bổ sung ${n(c.awaitingSupplement)}), quá hạn ${n(c.inProgressOverdue)}`)
console.log(`  Từ chối ${n(c.refused)}, dừng xử lý ${n(c.stopped)}, công dân rút hồ sơ ${n(c.withdrawn)}; có gia hạn ${n(c.extended)}`)
console.log(`Chỉ số 766 "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn": ${pct(report.indicator766.rate)} (${n(report.indicator766.onTime)}/${n(report.indicator766.total)})`)
console.log(`Điểm thời gian giải quyết (TT 01/2018/TT-VPCP, Điều 13, chỉ số 1): ${dec(report.timelinessScore)}/2`)
console.log(`Thời gian giải quyết trung bình: ${dec(report.averageProcessing.workingDays)} ngày làm việc`)
console.log('')
console.log('Theo thủ tục hành chính (bảng hanhchinh/tables, CSV):')
console.log(toCsv(reportTable(report, { groupLabel: { vi: 'Thủ tục', en: 'Procedure' }, names: Object.fromEntries(names) })))

// 3. The lists every report ends with: late dossiers (with the delay in working days) and alerts.
const { period: _p, groupBy: _g, invalid: _i, ...listOptions } = options
console.log('Hồ sơ trễ hạn trong tháng (đã trả trễ, hoặc đang quá hạn):')
const late = lateDossiers(dossiers, { ...listOptions, period: options.period })
for (const l of late.slice(0, 8)) {
  console.log(`  - ${l.code ?? ''} ${l.agency ?? ''}: hẹn ${formatVnDate(l.dueDate)}, chậm ${l.delay.workingDays} ngày làm việc (${l.delay.days} ngày)${l.status === 'late' ? '' : ', đang giải quyết'}`)
}
if (late.length > 8) console.log(`  … và ${n(late.length - 8)} hồ sơ khác`)
console.log('')
console.log('Cảnh báo đến hết 31/10/2024 (sắp đến hạn trong 2 ngày làm việc, quá hạn, chờ bổ sung lâu, dữ liệu bất thường):')
const alerts = dossierAlerts(dossiers, { ...listOptions, dueWithin: 2, awaitingLongerThan: 5 })
const byKind = new Map<string, number>()
for (const a of alerts) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1)
console.log(`  ${[...byKind].map(([k, v]) => `${k}: ${n(v)}`).join(', ') || '(không có)'}`)
for (const a of alerts.slice(0, 6)) console.log(`  - ${a.message.vi}`)

// The QĐ 766 scorecard: 2.1, 2.2 from the dossiers; 3.6 from payment figures (illustrative: 118 of 150 fee-bearing
// dossiers paid online); every other indicator is not measurable without its input, and says which.
const score = score766({ dossiers, asOf: options.asOf, period: options.period!, useRecordedAppointment: true, inputs: { online: { paidOnline: { count: 118, of: 150 } } } })
console.log('')
console.log(`Bộ chỉ số 766: ${dec(score.total)} điểm trên ${score.measuredMax} điểm đo được (tối đa ${score.max})`)
for (const g of score.groups) {
  const measured = g.indicators.filter((i) => i.status === 'measured').map((i) => `${i.id}: ${dec(i.points)}/${i.max}`)
  console.log(`  Nhóm ${g.id} ${g.label.vi} (${g.max}): ${measured.join(', ') || 'chưa đo được'}`)
}

// 4. Before publishing: check the summary line, and a draft typed by hand with a slip.
console.log('')
const published = {
  total: report.finished,
  parts: { early: c.early, onTime: c.onTime, late: c.late },
  percentages: { early: pct(p?.early), onTime: pct(p?.onTime), late: pct(p?.late) },
  names: { early: 'trước hạn', onTime: 'đúng hạn', late: 'quá hạn' },
}
const check = reconcileFigures(published)
console.log(`Kiểm tra số liệu công bố: ${check.length === 0 ? 'khớp' : check.map((i) => i.message.vi).join('; ')}`)
const draft = { ...published, parts: { ...published.parts, onTime: c.onTime - 4 } }
for (const issue of reconcileFigures(draft)) console.log(`  Bản nháp có lỗi: ${issue.message.vi}`)
