// checkEligibility over 100,000 generated individual records (a mix of the
// nine awards' individual cases and years 2019–2026), beside a baseline in the
// same run: validating the same records with IndividualRecordSchema alone
// (the cheapest thing checkEligibility must do anyway). Prints both and the
// ratio. Run: npm run bench -- emulation
import { performance } from 'node:perf_hooks'
import { IndividualRecordSchema, checkEligibility, type AwardId, type IndividualRecordInput } from 'hanhchinh/emulation'

const N = 100_000
const AWARDS: AwardId[] = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba']
const RATINGS = ['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'] as const

// Deterministic generator (mulberry32) so every run judges the same records.
let seed = 0x5eed
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!

function record(): { rec: IndividualRecordInput; year: number; award: AwardId } {
  const last = 2019 + Math.floor(rand() * 8)
  const years: NonNullable<IndividualRecordInput['years']> = {}
  for (let y = last - 7; y <= last; y++) {
    const titles: Array<'lao-dong-tien-tien' | 'chien-si-thi-dua-co-so' | 'chien-si-thi-dua-cap-tinh'> = []
    if (rand() < 0.8) titles.push('lao-dong-tien-tien')
    if (rand() < 0.4) titles.push('chien-si-thi-dua-co-so')
    if (rand() < 0.05) titles.push('chien-si-thi-dua-cap-tinh')
    years[y] = {
      rating: pick(RATINGS),
      titles,
      commendations: rand() < 0.08 ? [{ award: pick(['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong'] as const), nature: rand() < 0.8 ? 'cong-trang' : 'chuyen-de' }] : [],
      initiatives: rand() < 0.4 ? [{ level: pick(['co-so', 'co-so', 'cap-tinh', 'toan-quoc'] as const) }] : [],
      ...(rand() < 0.05 ? { discipline: { form: pick(['khien-trach', 'canh-cao'] as const) } } : {}),
      ...(rand() < 0.05 ? { leave: { maternityMonths: 6 } } : {}),
    }
  }
  return { rec: { kind: 'individual', recruitedOn: `${last - 8}-0${1 + Math.floor(rand() * 9)}-01`, years }, year: last, award: pick(AWARDS) }
}

const cases = Array.from({ length: N }, record)
const gc = (globalThis as { gc?: () => void }).gc

function time(label: string, fn: () => number): number {
  fn() // warm-up on the same data
  gc?.()
  const t0 = performance.now()
  const check = fn()
  const ms = performance.now() - t0
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  ${((N / ms) * 1000).toFixed(0).padStart(8)} records/s  (check ${check})`)
  return ms
}

const baseline = time('baseline: IndividualRecordSchema.parse', () => {
  let n = 0
  for (const c of cases) n += Object.keys(IndividualRecordSchema.parse(c.rec).years).length
  return n
})
const measured = time('checkEligibility (validate + judge)', () => {
  let ok = 0
  for (const c of cases) if (checkEligibility(c.award, c.rec, { year: c.year }).ok) ok++
  return ok
})
console.log(`ratio checkEligibility / baseline: ${(measured / baseline).toFixed(2)}×  (${N.toLocaleString('en')} records, 8 years each)`)
