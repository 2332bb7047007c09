// Kiểm tra sổ đăng ký văn bản đến (incoming-document register) of a provincial
// People's Committee office, as exported from its e-office system (CSV, ";",
// dates dd/mm/yyyy): numbering (duplicates, gaps, date order, 1 January
// restart, separate series for classified documents — Decree 30/2020/NĐ-CP
// Art 15, 22), documents overdue for transfer or handling on a given day
// (Art 4(2), 23, 24, counted in civil-service working days), and counts by
// document type for the report.
//
// The register in examples/data is illustrative sample data.
// Run from the repository root: node --import tsx examples/register-check.ts
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  checkRegister,
  documentStatistics,
  extractCitations,
  importRegister,
  overdueDocuments,
  urgencyLevels,
} from 'hanhchinh/documents'
import { formatVnDate, formatVnNumber } from 'hanhchinh/format'

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
for (const s of check.series) {
  const name = s.seriesKind === 'classified' ? 'Sổ văn bản mật' : s.seriesKind === 'copy' ? 'Sổ bản sao' : 'Sổ văn bản thường'
  console.log(`   - ${name} năm ${s.year}: ${s.entries} văn bản, số ${s.first} đến ${s.last}, thiếu ${s.missing} số`)
}
if (check.ok) console.log('   Không phát hiện sai sót.')
else {
  console.log(`   Phát hiện ${check.issues.length} sai sót: ${check.counts.duplicates} số trùng, ${check.counts.gaps} khoảng trống (${check.counts.missingNumbers} số), ${check.counts.outOfOrder} số không theo thứ tự ngày, ${check.counts.noRestart} năm không bắt đầu lại từ số 01`)
  for (const issue of check.issues) console.log(`   • ${issue.message.vi}`)
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
console.log(`3. Văn bản đến tháng 01/2024: ${formatVnNumber(stat.total)} văn bản, gồm ${stat.sentence.vi}`)
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
