// Mid-year administrative reform report (báo cáo CCHC 6 tháng đầu năm) of a
// provincial People's Committee office: progress of its 2022 reform plan
// (Kế hoạch số 02/KH-VPUB, 50 nhiệm vụ) at 30/6/2022 — completed on time /
// late, overdue tasks, progress by PAR field and by unit — and its 2022
// targets (chỉ tiêu) read from their Vietnamese wording and evaluated
// against the mid-year figures.
//
// The tables are printed from `planProgressTable` (hanhchinh/reform); with
// HANHCHINH_DEMO_OUT set to a folder (`npm run demo` does), they are also
// written there as reform-progress.xlsx (toXlsx) and reform-progress.html
// (toHtml, a standalone page to print).
//
// Run from the repository root: node --import tsx examples/reform-progress.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Decimal } from 'hanhchinh/core'
import { formatVnDate, formatVnNumber, formatVnPercent } from 'hanhchinh/format'
import { evaluateTargets, parseTarget, planProgress, planProgressTable, ReformPlanSchema, type Target, type TargetActual } from 'hanhchinh/reform'
import { toHtml, toText, toXlsx } from 'hanhchinh/tables'


const data = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), 'utf8'))
const pct = (d: Decimal | undefined) => (d === undefined ? '—' : formatVnPercent(d, { decimals: 2 }))

// 1. The plan, validated: due dates written as "Quý II", "6 tháng đầu năm",
//    "Thường xuyên" are normalised; the id is parsed as a document number.
const plan = ReformPlanSchema.parse(data('reform-plan-2022.json'))
const asOf = '2022-06-30'
const p = planProgress(plan, { asOf })

console.log(`BÁO CÁO TIẾN ĐỘ THỰC HIỆN ${plan.title?.toUpperCase() ?? plan.id}`)
console.log(`Kế hoạch số ${plan.document?.text ?? plan.id}, ngày ${formatVnDate(plan.issuedOn ?? `${plan.year}-01-01`)} — tính đến ngày ${formatVnDate(asOf)}`)
console.log('')
console.log(`1. Kết quả chung: hoàn thành ${p.completed}/${p.assessed} nhiệm vụ (${pct(p.completionRate)})`)
console.log(`   - Hoàn thành đúng hạn: ${p.completedOnTime}; hoàn thành quá hạn: ${p.completedLate}`)
console.log(`   - Đang thực hiện: ${p.inProgress} (trong đó ${p.recurring} nhiệm vụ thường xuyên); chưa triển khai: ${p.notStarted}`)
console.log(`   - Quá hạn chưa hoàn thành: ${p.overdue} (${pct(p.ratios.overdue.percent)})`)
console.log('')
console.log('2. Nhiệm vụ quá hạn chưa hoàn thành:')
const overdueTable = planProgressTable(p, { view: 'overdue' })
console.log(toText(overdueTable, { columns: ['no', 'id', 'title', 'owner', 'dueOn', 'daysOverdue'], indent: 3 }))
const late = p.tasks.filter((t) => t.state === 'completed-late')
if (late.length > 0) {
  console.log('   Hoàn thành nhưng chậm so với thời hạn:')
  for (const t of late) console.log(`   - [${t.id}] ${t.title} — hạn ${formatVnDate(t.dueOn!)}, xong ${formatVnDate(t.completedAt!)} (chậm ${t.daysLate} ngày)`)
}
console.log('')
console.log('3. Theo lĩnh vực (Chỉ số CCHC):')
const fieldTable = planProgressTable(p)
console.log(toText(fieldTable, { columns: ['group', 'assessed', 'completed', 'overdue', 'completionRate'], indent: 3 }))
console.log('')
console.log('4. Theo đơn vị chủ trì:')
const ownerTable = planProgressTable(p, { view: 'owner' })
console.log(toText(ownerTable, { columns: ['group', 'assessed', 'completed', 'completedOnTime', 'overdue', 'completionRate', 'onTimeRate'], indent: 3 }))

// 2. The targets, from the wording of the plan, against the mid-year figures.
const t = data('reform-targets-2022.json') as {
  resolution: string
  targets: Array<{ id: string; text: string }>
  actuals: Record<string, TargetActual>
  actualsNote: string
}
// parseTarget throws a RangeError naming the wording it cannot read
const targets: Target[] = t.targets.map(({ id, text }) => parseTarget(text, { id }))
const results = evaluateTargets(targets, t.actuals)
console.log('')
console.log(`5. ${t.resolution} — ${t.actualsNote}:`)
for (const r of results) {
  const mark = r.met === true ? '✔' : r.met === false ? '✘' : '…'
  console.log(`   ${mark} ${r.sentence.vi}`)
}
const met = results.filter((r) => r.met === true).length
const notMet = results.filter((r) => r.met === false).length
const pending = results.length - met - notMet
console.log(`   Đạt ${met}/${results.length} chỉ tiêu; chưa đạt ${notMet}; chưa đánh giá được ${pending}.`)

// With HANHCHINH_DEMO_OUT set (npm run demo), write the report for Excel and for print.
const out = process.env.HANHCHINH_DEMO_OUT
if (out !== undefined && out !== '') {
  writeFileSync(join(out, 'reform-progress.xlsx'), toXlsx([fieldTable, ownerTable, overdueTable], { sheetNames: ['Theo lĩnh vực', 'Theo đơn vị', 'Quá hạn'] }))
  writeFileSync(join(out, 'reform-progress.html'), toHtml(fieldTable, { standalone: true }))
}
