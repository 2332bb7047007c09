// Year-end emulation review of a unit (bình xét thi đua, khen thưởng cuối năm):
// what the unit's emulation council reads before it meets — every member's
// titles and forms with the reasons for each "no", the collective's titles,
// the quota checks of the year and the award money.
//
// The proposal list is printed from `reviewCampaignTable` (hanhchinh/emulation);
// with HANHCHINH_DEMO_OUT set to a folder (`npm run demo` does), it is also
// written there as award-review.xlsx (toXlsx) and award-review.html (toHtml,
// a standalone page to print).
//
// Run: node --import tsx examples/award-review.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatLegalBasis, type Decimal } from 'hanhchinh/core'
import { formatVnDate, formatVnNumber, formatVnPercent } from 'hanhchinh/format'
import {
  AWARD_LABELS, RATING_LABELS, UnitRecordSchema, assessRating, awardMoney, payableAwards, reviewCampaign, reviewCampaignTable, reviewUnit, type AwardId,
} from 'hanhchinh/emulation'
import { toHtml, toText, toXlsx } from 'hanhchinh/tables'


const raw = JSON.parse(readFileSync(new URL('./data/award-review-unit.json', import.meta.url), 'utf8')) as { year: number; decisionDate: string }
const unit = UnitRecordSchema.parse(raw)
const { year, decisionDate } = raw

const review = reviewUnit(unit, { year, decisionDate })
const cite = (basis: Parameters<typeof formatLegalBasis>[0][]) => basis.map((b) => formatLegalBasis(b)).join('; ')

console.log(`BÌNH XÉT THI ĐUA, KHEN THƯỞNG NĂM ${year}`)
console.log(`${review.name ?? ''}`)
console.log(`Ngày quyết định dự kiến: ${formatVnDate(decisionDate)} — chế độ pháp lý áp dụng: ${review.regime}`)
for (const w of review.warnings) console.log(`  ⚠ ${w.vi}`)

// The awards worth showing a "no" for: the annual titles, and any higher form
// whose chain is under way (its anchor is held or its first criterion is met).
const ANNUAL: AwardId[] = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']

console.log('\nI. CÁ NHÂN')
for (const [i, m] of review.members.entries()) {
  const person = unit.members[i]!
  const rating = assessRating(person, year)
  const ratingText = rating.effective ? RATING_LABELS[rating.effective].vi : rating.rated ? 'chưa có' : 'không xếp loại'
  console.log(`\n${i + 1}. ${m.name} (${person.position ?? ''}) — xếp loại năm ${year}: ${ratingText}`)
  for (const r of rating.reasons) console.log(`     · ${r.label.vi} (${cite(r.basis)})`)
  console.log(`   Đề nghị: ${m.eligible.length ? m.eligible.map((a) => AWARD_LABELS[a].vi).join(', ') : 'không'}`)
  for (const v of m.verdicts) {
    const started = v.criteria[0]?.ok === true && v.criteria.length > 1
    if (v.ok || !(ANNUAL.includes(v.award) || started)) continue
    console.log(`   ✗ ${AWARD_LABELS[v.award].vi}:`)
    for (const c of v.criteria.filter((x) => !x.ok)) {
      console.log(`       - ${c.detail.vi} [${cite(c.basis)}]${c.uncertain ? ' (quy định chưa xác nhận)' : ''}`)
    }
  }
  // Money for the titles of the year (only the highest title of one period is paid).
  const money = payableAwards(m.eligible.filter((a) => ANNUAL.includes(a)).map((award) => ({ award, period: year }))).map((p) => awardMoney(p.award, { decisionDate }))
  for (const x of money) {
    if (x.ok) console.log(`   Tiền thưởng ${AWARD_LABELS[x.award].vi}: ${formatVnNumber(x.amount)} đồng (${formatVnNumber(x.coefficient)} × ${formatVnNumber(x.baseSalary)}, làm tròn lên hàng chục nghìn)`)
  }
}

console.log('\nII. TẬP THỂ')
const c = review.collective
console.log(`${c.name}: ${c.counts.members} người, ${c.counts.laoDongTienTien} Lao động tiên tiến, ${c.counts.chienSiThiDuaCoSo} Chiến sĩ thi đua cơ sở, ${c.counts.tasksCompleted} hoàn thành nhiệm vụ`)
for (const v of c.verdicts) {
  console.log(`  ${v.ok ? '✓' : '✗'} ${AWARD_LABELS[v.award].vi}`)
  for (const x of v.criteria) console.log(`       ${x.ok ? '·' : '-'} ${x.detail.vi} [${cite(x.basis)}]`)
}

console.log('\nIII. TỶ LỆ, GIỚI HẠN')
for (const q of review.quota.caps) console.log(`  ${q.ok ? '✓' : '✗'} ${q.label.vi}: ${q.detail.vi} [${cite(q.basis)}]${q.uncertain ? ' (cách làm tròn/phạm vi chưa xác nhận)' : ''}`)
for (const n of review.quota.notes) console.log(`  · ${n.vi}`)

// The list the council signs: the proposals of the year as a table.
const proposals = reviewCampaignTable(reviewCampaign({ year, decisionDate, units: [unit] }))
console.log('\nIV. DANH SÁCH ĐỀ NGHỊ')
console.log(toText(proposals, { columns: ['no', 'name', 'award', 'amount'], indent: 3 }))

// With HANHCHINH_DEMO_OUT set (npm run demo), write the list for Excel and for print.
const out = process.env.HANHCHINH_DEMO_OUT
if (out !== undefined && out !== '') {
  writeFileSync(join(out, 'award-review.xlsx'), toXlsx(proposals, { sheetNames: ['Đề nghị khen thưởng'] }))
  writeFileSync(join(out, 'award-review.html'), toHtml(proposals, { standalone: true }))
}
