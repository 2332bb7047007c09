// checkEligibility over 20,000 generated individual records (a mix of the
// nine awards' individual cases and years 2019–2026), beside a baseline in the
// same run: validating the same records with IndividualRecordSchema alone
// (the cheapest thing checkEligibility must do anyway). Prints each and the
// ratios to the baseline.
//
// checkEligibility validates each record object once per content (a WeakMap
// cache checked against the record's JSON text), so every timed run is given
// fresh copies of the records, made outside the timer:
// - "one award": the first check of a record (validate + judge);
// - "7 awards, same object": what a council does with a record (validate
//   once, compare the JSON text and judge 7 times);
// - "7 awards, new object each": the same work when every call gets a new
//   object, i.e. validating 7 times (the cost before the cache).
// Times are process CPU time (user + system), the median of 5 rounds, so
// that other processes on a shared machine disturb them less than wall time.
// Run: npm run bench -- emulation
import { IndividualRecordSchema, checkEligibility, type AwardId, type IndividualRecordInput } from 'hanhchinh/emulation'

const N = 20_000
const ROUNDS = 5
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
type Case = (typeof cases)[number]
/** Fresh record objects (so no validation is cached), built outside the timer. */
const fresh = (): Case[] => cases.map((c) => ({ ...c, rec: structuredClone(c.rec) }))

function time(label: string, prepare: () => Case[][], fn: (data: Case[][]) => number): number {
  const runs: number[] = []
  let check = 0
  fn(prepare()) // warm-up on copies of the same data
  for (let i = 0; i < ROUNDS; i++) {
    const data = prepare()
    gc?.()
    const c0 = process.cpuUsage()
    check = fn(data)
    const d = process.cpuUsage(c0)
    runs.push((d.user + d.system) / 1000)
  }
  const ms = runs.sort((a, b) => a - b)[ROUNDS >> 1]!
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms CPU  ${((N / ms) * 1000).toFixed(0).padStart(8)} records/s  (check ${check})`)
  return ms
}

const once = () => [fresh()]
const baseline = time('baseline: IndividualRecordSchema.parse', once, ([data]) => {
  let n = 0
  for (const c of data!) n += Object.keys(IndividualRecordSchema.parse(c.rec).years).length
  return n
})
const one = time('checkEligibility, one award (validate + judge)', once, ([data]) => {
  let ok = 0
  for (const c of data!) if (checkEligibility(c.award, c.rec, { year: c.year }).ok) ok++
  return ok
})
const same = time('checkEligibility, 7 awards, same object', once, ([data]) => {
  let ok = 0
  for (const c of data!) for (const award of AWARDS) if (checkEligibility(award, c.rec, { year: c.year }).ok) ok++
  return ok
})
const copies = time('checkEligibility, 7 awards, new object each', () => AWARDS.map(fresh), (data) => {
  let ok = 0
  for (let i = 0; i < N; i++) {
    for (let a = 0; a < AWARDS.length; a++) {
      const c = data[a]![i]!
      if (checkEligibility(AWARDS[a]!, c.rec, { year: c.year }).ok) ok++
    }
  }
  return ok
})
console.log(`ratio one award / baseline:                  ${(one / baseline).toFixed(2)}×  (${N.toLocaleString('en')} records, 8 years each)`)
console.log(`ratio 7 awards, same object / baseline:      ${(same / baseline).toFixed(2)}×`)
console.log(`ratio 7 awards, new object each / baseline:  ${(copies / baseline).toFixed(2)}×  (cache saves ${(((copies - same) / copies) * 100).toFixed(0)}%)`)
