// A PCI ranking table with changes across two years, then the comparison across
// the 2025 provincial merger (63 → 34 units, Nghị quyết 202/2025/QH15). The tables
// come from rankingTable and comparisonTable as Tables of hanhchinh/tables and are
// printed through toCsv (Vietnamese number format, ';' separated); with
// HANHCHINH_DEMO_OUT set (npm run demo) they are also written as ranking-table.xlsx
// and ranking-table.html.
// Run: node --import tsx examples/ranking-table.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toCsv, toHtml, toXlsx } from 'hanhchinh/tables'
import * as z from 'zod'
import { formatVnNumber, importRecords, vnCount, vnNumber } from 'hanhchinh/format'
import {
  compareRankings,
  comparisonTable,
  formatRankPhrase,
  inTopGroup,
  MERGED_BASELINES,
  provinceAt,
  provinceName,
  rank,
  rankChange,
  rankingTable,
  resolveProvince,
  safeParseRankPhrase,
  withProvinceNames,
} from 'hanhchinh/rankings'

/** The CSV text of a bundled file, without its `#` source notes. */
function readData(name: string): string {
  const text = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')
  return text.split(/\r?\n/).filter((l) => !l.startsWith('#')).join('\n')
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length))

// ─── 1. PCI 2022: rank the published top 10 from their scores, with change vs 2021 ───
// The table is in Vietnamese format ("72,95", ";" separated); names are resolved
// to ids ("TT-Huế" → hue, "BRVT" → ba-ria-vung-tau) and every bad row is reported.
const PciRow = z.object({
  id: provinceName({ era: 'pre-2025' }),
  score: vnNumber().optional(),
  rank2022: vnCount(),
  rank2021: vnCount().optional(),
  rank2020: vnCount().optional(),
})
const imported = importRecords(PciRow, readData('pci-2021-2022.csv'), {
  delimiter: ';',
  columns: { 'Tỉnh, thành phố': 'id', 'Điểm PCI 2022': 'score', 'Hạng 2022': 'rank2022', 'Hạng 2021': 'rank2021', 'Hạng 2020': 'rank2020' },
})
for (const issue of imported.issues) console.log(`Dòng ${issue.row}, cột ${issue.column ?? issue.field}: ${issue.message.vi}`)
// each unit under the name it had in 2022 ("Thừa Thiên Huế", not "Huế"), with what it became
const pci = imported.records.map((r) => {
  const then = provinceAt(r.id, { asOf: '2022-12-31' })
  const s = then.successor
  const now = s === undefined || s.name === then.name ? '' : s.id === then.id ? ` (nay là ${s.officialName})` : ` (nay thuộc ${s.name})`
  return { ...r, name: then.name, now }
})
const table = rank(pci.filter((r) => r.score !== undefined && r.rank2022 <= 10).map((r) => ({ id: r.id, score: r.score })))

console.log('BẢNG XẾP HẠNG PCI 2022 — 10 địa phương dẫn đầu (xếp lại từ điểm công bố)')
console.log('─'.repeat(78))
console.log(`${pad('Hạng', 6)}${pad('Tỉnh, thành phố', 20)}${pad('Điểm', 8)}${pad('Công bố', 9)}So với PCI 2021`)
const notes: string[] = []
for (const row of table) {
  const src = pci.find((r) => r.id === row.id)!
  const published = src.rank2022
  const before = src.rank2021
  const change = before === undefined ? 'chưa có số liệu 2021' : rankChange({ rank: before, of: 63 }, { rank: published, of: 63 }).phrase.vi
  const mark = published === row.rank ? '✓' : `≠ ${published}`
  if (src.now) notes.push(`${src.name}${src.now}`)
  console.log(`${pad(String(row.rank), 6)}${pad(src.name, 20)}${pad(formatVnNumber(src.score!, { decimals: 2 }), 8)}${pad(mark, 9)}${change}${before ? ` (${before}/63 → ${published}/63)` : ''}`)
}
if (notes.length) console.log(`Tên đơn vị theo năm 2022; ${notes.join('; ')}.`)
const top5 = table.filter((r) => inTopGroup(r.rank, 5)).map((r) => pci.find((p) => p.id === r.id)!.name)
console.log(`Nhóm 5 địa phương dẫn đầu: ${top5.join(', ')}.`)

console.log('\nCÁC ĐỊA PHƯƠNG KHÁC ĐƯỢC BÁO CHÍ NÊU')
for (const r of pci.filter((p) => p.rank2022 > 10 && p.rank2021 !== undefined)) {
  const now = r.rank2022
  const before = r.rank2021!
  const c = rankChange({ rank: before, of: 63 }, { rank: now, of: 63 })
  const place = formatRankPhrase({ kind: 'place', rank: now, of: 63 }).vi
  console.log(`  ${pad(r.name, 17)}${place}, ${c.phrase.vi} so với 2021${inTopGroup(now, 30) ? ' — thuộc nhóm 30 (từ PCI 2023 chỉ công bố 30 địa phương đầu)' : ''}`)
}

// Thái Bình across three years, from the press phrases
const thaiBinh = pci.find((r) => r.id === 'thai-binh')!
const [r2020, r2021, r2022] = [thaiBinh.rank2020!, thaiBinh.rank2021!, thaiBinh.rank2022]
const first = rankChange({ rank: r2020, of: 63 }, { rank: r2021, of: 63 })
const second = rankChange({ rank: r2021, of: 63 }, { rank: r2022, of: 63 })
console.log(`\nThái Bình: ${r2020}/63 (2020) → ${r2021}/63 (2021) → ${r2022}/63 (2022): ${first.phrase.vi}, rồi ${second.phrase.vi}.`)
const parsed = safeParseRankPhrase(`Thái Bình ${second.phrase.vi}`)
if (!parsed.ok) console.log(`  Không đọc lại được "${second.phrase.vi}": ${parsed.reason.vi}`)
else if (parsed.value.kind === 'change') {
  const change = parsed.value.change
  console.log(`  Đọc lại cụm từ "${second.phrase.vi}": thay đổi = ${change > 0 ? '+' : ''}${change} bậc (${formatRankPhrase(parsed.value).en}).`)
}

// ─── 2. Across the 2025 merger: 63 units (PCI 2022) vs 34 units (illustrative 2025) ───
const Row2025 = z.object({ id: provinceName({ era: 'current' }), rank: vnCount() })
const imported2025 = importRecords(Row2025, readData('illustrative-2025-34.csv'), {
  delimiter: ';',
  columns: { 'Tỉnh, thành phố': 'id', 'Hạng 2025': 'rank' },
})
for (const issue of imported2025.issues) console.log(`Dòng ${issue.row}, cột ${issue.column ?? issue.field}: ${issue.message.vi}`)
const y2025 = imported2025.records.map((r) => ({ ...r, of: 34 }))
const y2022 = pci.map((r) => ({ id: r.id, rank: r.rank2022, of: 63 }))

console.log('\nSO SÁNH QUA SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP TỈNH 2025 (63 → 34)')
console.log('Số liệu 2025 là MINH HỌA (chưa có kết quả chính thức); bảng 2022 chỉ gồm các địa phương được nêu ở trên.')
console.log('─'.repeat(78))
const comparison = compareRankings(y2022, y2025, { baseline: 'admin-centre', previousAsOf: '2022-12-31', currentAsOf: '2025-12-31' })
console.log(`${comparison.reason?.vi}. Không tính "tăng/giảm N bậc" khi số đơn vị khác nhau.`)
console.log('Mốc so sánh của đơn vị hợp nhất: địa phương đặt trung tâm hành chính - chính trị.\n')
for (const u of comparison.units) {
  const unit = resolveProvince(u.id, { era: 'current' })
  const status = u.status === 'merged' ? `hợp nhất từ ${unit.predecessors!.length} tỉnh` : u.status === 'same-unit' ? 'giữ nguyên đơn vị' : 'không có số liệu trước'
  console.log(`  ${pad(unit.name, 16)} ${pad(status, 22)} ${u.phrase.vi}`)
}
if (comparison.absorbed.length) {
  console.log(`\nĐã nhập vào đơn vị mới: ${comparison.absorbed.map((a) => `${a.name ?? a.id} → ${a.intoName ?? a.into}`).join('; ')}.`)
}

// One merged unit under every baseline: Bắc Ninh = Bắc Giang (2/63) + Bắc Ninh (7/63), centre in ex-Bắc Giang
console.log('\nTỈNH BẮC NINH (MỚI) THEO TỪNG CÁCH CHỌN MỐC:')
for (const baseline of MERGED_BASELINES) {
  const u = compareRankings(y2022, y2025, { baseline, previousAsOf: '2022-12-31' }).units.find((x) => x.id === 'bac-ninh')!
  console.log(`  ${pad(baseline, 13)} ${u.phrase.vi}`)
}
console.log(`\nCăn cứ: Nghị quyết ${resolveProvince('Bắc Ninh', { era: 'current' }).basis?.instrument} (sắp xếp đơn vị hành chính cấp tỉnh, chính quyền mới từ 1/7/2025).`)

// ─── 3. The same figures as Tables: PCI 2022 top 10 with the change vs 2021, and the merger comparison ───
const top10 = pci.filter((r) => r.score !== undefined && r.rank2022 <= 10)
const y2022top = top10.map((r) => ({ id: r.id, rank: r.rank2022, of: 63, score: r.score! }))
const y2021top = top10.filter((r) => r.rank2021 !== undefined).map((r) => ({ id: r.id, rank: r.rank2021!, of: 63 }))
const change = compareRankings(y2021top, y2022top, { previousAsOf: '2021-12-31', currentAsOf: '2022-12-31' })
const pciTable = rankingTable(withProvinceNames(y2022top, { asOf: '2022-12-31' }), {
  title: { vi: 'Bảng xếp hạng PCI 2022 — 10 địa phương dẫn đầu', en: 'PCI 2022 — top 10' },
  comparison: change,
})
console.log(`\n${typeof pciTable.title === 'string' ? pciTable.title : pciTable.title.vi} (CSV)`)
process.stdout.write(toCsv(pciTable, { delimiter: ';' }))
const mergerTable = comparisonTable(comparison)
console.log(`\n${typeof mergerTable.title === 'string' ? mergerTable.title : mergerTable.title.vi} (CSV)`)
process.stdout.write(toCsv(mergerTable, { delimiter: ';' }))
for (const note of mergerTable.notes ?? []) console.log(`  ${typeof note === 'string' ? note : note.vi}`)

const out = process.env.HANHCHINH_DEMO_OUT
if (out !== undefined && out !== '') {
  writeFileSync(join(out, 'ranking-table.xlsx'), toXlsx([pciTable, mergerTable], { sheetNames: ['PCI 2022', 'Sáp nhập 2025'] }))
  writeFileSync(join(out, 'ranking-table.html'), toHtml(pciTable, { standalone: true }))
}
