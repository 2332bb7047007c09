// Monthly report of a provincial Citizen Reception Board (Ban Tiếp công dân), March 2026.
//
// Reads the board's register of letters (bundled sample: examples/data/petitions-2026-03.json —
// synthetic letters in the shape of LetterSchema), checks each with the schema, reports the month in
// the Decree 09/2019/NĐ-CP data window (15/02–14/03/2026), lists the letters that are overdue and
// prints the deadlines of one complaint and one denunciation with their articles.
//
//   node --import tsx examples/petitions-monthly.ts
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatVnDate, formatVnPercent } from 'hanhchinh/format'
import {
  LETTER_KINDS,
  LETTER_KIND_LABELS,
  LetterSchema,
  complaintDeadlines,
  createLetterClassifier,
  denunciationDeadlines,
  letterReport,
  reportPeriod,
} from 'hanhchinh/petitions'
import { formatLegalBasis } from 'hanhchinh/core'

const path = fileURLToPath(new URL('./data/petitions-2026-03.json', import.meta.url))
const raw: unknown[] = JSON.parse(readFileSync(path, 'utf8'))

// 1. Check every row with the schema; report the bad ones instead of dropping them silently.
const letters = raw.flatMap((row, i) => {
  const r = LetterSchema.safeParse(row)
  if (!r.success) {
    console.log(`Row ${i + 1} refused: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    return []
  }
  return [r.data]
})

// 2. The Decree 09/2019 window of the March report.
const period = reportPeriod({ kind: 'monthly', year: 2026, month: 3 })
console.log(`${period.label.vi}: số liệu từ ${formatVnDate(period.from)} đến ${formatVnDate(period.to)} (${formatLegalBasis(period.basis[0]!)})`)

// 3. The report, by kind.
const report = letterReport(letters, { period })
const heads = ['Tổng', 'Mới', 'Kỳ trước', 'Đúng hạn', 'Trễ hạn', 'Đang GQ', 'Quá hạn', 'Rút']
console.log(`\n${'Loại đơn'.padEnd(12)}${heads.map((h) => h.padStart(10)).join('')}`)
for (const kind of [...LETTER_KINDS]) {
  const c = report.byKind[kind].counts
  console.log(`${LETTER_KIND_LABELS[kind].vi.padEnd(12)}${[c.total, c.received, c.carriedOver, c.onTime, c.late, c.open, c.overdue, c.withdrawn].map((n) => String(n).padStart(10)).join('')}`)
}
console.log(`Tỷ lệ giải quyết đúng hạn: ${report.onTimeRate === undefined ? '—' : formatVnPercent(report.onTimeRate)}`)

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
