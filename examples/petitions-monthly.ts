// Monthly report of a provincial Citizen Reception Board (Ban Tiếp công dân), March 2026.
//
// Reads the board's register of letters (bundled sample: examples/data/petitions-2026-03.json —
// synthetic letters in the shape of LetterSchema), checks each with the schema and with validateLetter
// (the letters with errors are listed, not reported; warnings are printed), reports the month in the
// Decree 09/2019/NĐ-CP data window (15/02–14/03/2026) through letterReportTable, lists the letters that
// are overdue and prints the deadlines of one complaint and one denunciation with their articles. With
// HANHCHINH_DEMO_OUT set to a folder (`npm run demo` does), the report is also written there as
// petitions-monthly.xlsx (toXlsx) and petitions-monthly.html (toHtml, a standalone page to print).
//
//   node --import tsx examples/petitions-monthly.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Decimal } from 'hanhchinh/core'
import { formatVnDate, formatVnNumber, formatVnPercent } from 'hanhchinh/format'
import {
  LETTER_KIND_LABELS,
  LetterSchema,
  complaintDeadlines,
  createLetterClassifier,
  denunciationDeadlines,
  letterReport,
  letterReportTable,
  reportPeriod,
  validateLetter,
} from 'hanhchinh/petitions'
import { formatLegalBasis } from 'hanhchinh/core'
import { toHtml, toText, toXlsx } from 'hanhchinh/tables'


const path = fileURLToPath(new URL('./data/petitions-2026-03.json', import.meta.url))
const raw: unknown[] = JSON.parse(readFileSync(path, 'utf8'))
// A row keyed in by hand at the reception desk, with a third extension the law does not allow
// (Art 30 Law 25/2018/QH14: at most two): validateLetter keeps it out of the report and says why.
raw.push({
  id: 'TC-2026-011', kind: 'denunciation', received: '2026-01-05', channel: 'in-person', especiallyComplex: true,
  events: [
    { type: 'accepted', at: '2026-01-12' },
    { type: 'extended', at: '2026-02-10' },
    { type: 'extended', at: '2026-03-10' },
    { type: 'extended', at: '2026-03-12' },
  ],
})

// 1. The Decree 09/2019 window of the March report.
const period = reportPeriod({ kind: 'monthly', year: 2026, month: 3 })
console.log(`${period.label.vi}: số liệu từ ${formatVnDate(period.from)} đến ${formatVnDate(period.to)} (${formatLegalBasis(period.basis[0]!)})`)

// 2. Check every row with the schema, then with validateLetter at the end of the window: a letter with
//    an error (a third extension, settled before it was accepted…) is listed, not reported; warnings
//    are printed and the letter is kept. Nothing is dropped silently.
const letters = raw.flatMap((row, i) => {
  const r = LetterSchema.safeParse(row)
  if (!r.success) {
    console.log(`Dòng ${i + 1} bị loại (schema): ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    return []
  }
  const issues = validateLetter(r.data, { asOf: period.to })
  for (const issue of issues) console.log(`Dòng ${i + 1} (${r.data.id ?? '?'}) ${issue.severity === 'error' ? 'bị loại' : 'lưu ý'}: ${issue.message.vi} [${issue.path.join('.')}]`)
  return issues.some((x) => x.severity === 'error') ? [] : [r.data]
})

// 3. The report, by kind, as a Table (printed here; written to Excel and HTML below).
const report = letterReport(letters, { period })
const table = letterReportTable(report)
console.log(`\n${typeof table.title === 'string' ? table.title : table.title.vi}`)
console.log(toText(table, { columns: ['kind', 'total', 'received', 'carriedOver', 'accepted', 'onTime', 'late', 'open', 'overdue', 'withdrawn', 'onTimeRate'] }))

// 4. Letters overdue at the end of the window, with the due date and its basis.
const classify = createLetterClassifier({ asOf: period.to })
for (const l of letters) {
  const c = classify(l)
  if (c.status === 'overdue') console.log(`Quá hạn: ${l.id ?? '?'} (${LETTER_KIND_LABELS[l.kind].vi}) — hạn ${formatVnDate(c.due)}, ${formatLegalBasis(c.basis[0]!)}`)
}

// 5. Deadlines of a complex first-round complaint and of a denunciation extended once.
const complaint = complaintDeadlines({ round: 1, receivedAt: '2026-03-02', acceptedAt: '2026-03-09', complex: true })
console.log(`\nKhiếu nại lần đầu (phức tạp): thụ lý trước ${formatVnDate(complaint.acceptBy)}, giải quyết trước ${formatVnDate(complaint.settleBy)} (${formatLegalBasis(complaint.steps.settle.basis[0]!)})`)
const denunciation = denunciationDeadlines({ receivedAt: '2026-03-02', acceptedAt: '2026-03-11', extensions: 1 })
console.log(`Tố cáo gia hạn 1 lần: giải quyết trước ${formatVnDate(denunciation.settleBy)} (${formatLegalBasis(denunciation.steps.settleExtended.basis[1]!)})`)
console.log(`Chưa xác nhận (UNCONFIRMED): ${complaint.unconfirmed.length} ghi chú — xem docs/petitions.md`)

// With HANHCHINH_DEMO_OUT set (npm run demo), write the report for Excel and for print.
const out = process.env.HANHCHINH_DEMO_OUT
if (out !== undefined && out !== '') {
  writeFileSync(join(out, 'petitions-monthly.xlsx'), toXlsx(table, { sheetNames: ['Tháng 3-2026'] }))
  writeFileSync(join(out, 'petitions-monthly.html'), toHtml(table, { standalone: true }))
}
