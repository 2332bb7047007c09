// Kiểm tra sổ đăng ký văn bản đến (incoming-document register) of a provincial
// People's Committee office, as exported from its e-office system (CSV, ";",
// dates dd/mm/yyyy): numbering (duplicates, gaps, date order, 1 January
// restart, separate series for classified documents — Decree 30/2020/NĐ-CP
// Art 15, 22), documents overdue for transfer or handling on a given day
// (Art 4(2), 23, 24, counted in civil-service working days), and counts by
// document type for the report.
//
// The tables are printed from `registerTable` (hanhchinh/documents); with
// HANHCHINH_DEMO_OUT set to a folder (`npm run demo` does), they are also
// written there as register-check.xlsx (toXlsx) and register-check.html
// (toHtml, a standalone page to print).
//
// The register in examples/data is illustrative sample data.
// Run from the repository root: node --import tsx examples/register-check.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Decimal } from 'hanhchinh/core'
import {
  checkRegister,
  documentStatistics,
  extractCitations,
  importRegister,
  overdueDocuments,
  registerTable,
  urgencyLevels,
  type RegisterLine,
} from 'hanhchinh/documents'
import { formatVnDate, formatVnNumber, formatVnPercent } from 'hanhchinh/format'
import { toHtml, toText, toXlsx } from 'hanhchinh/tables'


const csv = readFileSync(fileURLToPath(new URL('./data/incoming-register-2024.csv', import.meta.url)), 'utf8')
const asOf = '2024-02-20'

// 1. Read the export: valid lines become a register, invalid ones are listed.
const { register, issues: importIssues, stats } = importRegister(csv, { direction: 'incoming', organisation: 'Văn phòng UBND tỉnh' })
console.log(`KIỂM TRA SỔ ĐĂNG KÝ VĂN BẢN ĐẾN — ${register.organisation?.toUpperCase()}`)
console.log(`Dữ liệu: ${stats.read} dòng, hợp lệ ${stats.accepted}, lỗi ${stats.rejected} — tính đến ngày ${formatVnDate(asOf)}`)
for (const issue of importIssues) console.log(`   ! Dòng ${issue.row}, cột "${issue.column ?? issue.field}": ${issue.message.vi}`)
console.log('')

// 2. Numbering: one series for ordinary documents, one for classified ones.
const check = checkRegister(register)
console.log('1. Đánh số văn bản đến (Điều 22 Nghị định 30/2020/NĐ-CP)')
const seriesTable = registerTable(check, { part: 'series' })
console.log(toText(seriesTable, { indent: 3 }))
const issuesTable = registerTable(check)
if (check.issues.length === 0) console.log('   Không phát hiện sai sót.')
else {
  console.log('')
  console.log(toText(issuesTable, { columns: ['no', 'kind', 'numbers', 'line', 'message'], indent: 3 }))
  console.log(`   ${(issuesTable.notes?.[0] as { vi: string }).vi}`)
}
console.log('')

// 3. Deadlines: transfer the same or the next working day, urgent documents immediately;
//    handling by the deadline the director set.
const late = overdueDocuments(register, { asOf })
const urgencyName = new Map(urgencyLevels().map((l) => [l.id, l.label.vi]))
console.log(`2. Văn bản quá hạn tại ngày ${formatVnDate(asOf)} (Điều 4, 23, 24 Nghị định 30/2020/NĐ-CP)`)
if (late.length === 0) console.log('   Không có văn bản quá hạn.')
for (const o of late) {
  const entry = register.entries[o.index]
  const urgency = entry?.urgency === undefined ? '' : ` [${urgencyName.get(entry.urgency)}]`
  console.log(`   • ${o.message.vi}${urgency} — ${entry?.documentNumber ?? ''} của ${entry?.issuer ?? '?'}`)
}
const doneLate = overdueDocuments(register, { asOf, includeLate: true }).filter((o) => o.status === 'late')
console.log(`   Đã xử lý nhưng trễ hạn: ${doneLate.length} (${doneLate.map((o) => `số ${o.number}`).join(', ')})`)
console.log('')

// 4. Counts by type, as the office reports them.
const stat = documentStatistics(register.entries, { period: { year: 2024, month: 1 }, direction: 'incoming' })
const statTable = registerTable(stat)
console.log(`3. Văn bản đến tháng 01/2024: ${formatVnNumber(stat.total)} văn bản, gồm ${stat.sentence.vi}`)
console.log(toText(statTable, { columns: ['type', 'incoming', 'total'], indent: 3 }))
console.log('')

// 5. Which documents do the summaries cite?
console.log('4. Văn bản được viện dẫn trong trích yếu')
for (const e of register.entries) {
  for (const c of extractCitations(e.summary ?? '')) {
    const when = c.date === undefined ? '' : ` ngày ${formatVnDate(c.date)}`
    const who = c.issuer === undefined ? '' : ` của ${c.issuer}`
    console.log(`   • Số đến ${e.number}: ${c.typeName ?? 'Văn bản'} số ${c.number}${when}${who}`)
  }
}

// 6. From 01/07/2025 there is no district level (Law 72/2025/QH15): a district
//    People's Committee document dated after that is flagged (a warning).
const july2025Entries: RegisterLine[] = [
  { number: 1, date: '2025-07-01', documentDate: '2025-06-30', documentNumber: '1531/UBND-VP', issuerLevel: 'district' },
  { number: 2, date: '2025-07-02', documentNumber: '12/UBND-VP', issuerLevel: 'district' },
  { number: 3, date: '2025-07-02', documentNumber: '05/UBND-VP', issuerLevel: 'commune' },
]
const july2025 = checkRegister(july2025Entries)
const levelTable = registerTable(july2025, { title: { vi: 'Sổ văn bản đến tháng 7/2025: cấp cơ quan ban hành', en: 'Incoming register, July 2025: issuer levels' } })
console.log('')
console.log(`5. Cấp cơ quan ban hành sau ngày 01/07/2025 — ${july2025.ok ? 'không có lỗi đánh số' : 'có lỗi đánh số'}, ${july2025.counts.levelNotInForce} cảnh báo`)
console.log(toText(levelTable, { columns: ['no', 'severity', 'numbers', 'message'], indent: 3 }))

// With HANHCHINH_DEMO_OUT set (npm run demo), write the report for Excel and for print.
const out = process.env.HANHCHINH_DEMO_OUT
if (out !== undefined && out !== '') {
  writeFileSync(join(out, 'register-check.xlsx'), toXlsx([issuesTable, seriesTable, statTable, levelTable], { sheetNames: ['Sai sót', 'Các sổ', 'Theo loại', 'Cấp ban hành'] }))
  writeFileSync(join(out, 'register-check.html'), toHtml(issuesTable, { standalone: true }))
}
