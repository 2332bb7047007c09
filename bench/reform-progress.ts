// planProgress over a 100,000-task reform plan (deadlines as Vietnamese
// periods, ISO dates and "thường xuyên", 8 PAR fields, 40 owner units),
// beside a baseline from the same run: a hand-written loop over the same
// tasks with the deadlines already resolved to ISO strings, counting
// completed / overdue / open with string comparisons only (no validation,
// no grouping, no Decimal, no per-task output). Prints the median time of
// each, tasks/s and the ratio. Run: npm run bench -- reform
import { performance } from 'node:perf_hooks'
import { PAR_FIELD_IDS, planProgress, resolveDueDate, type ProgressTaskInput } from '../src/reform/index.js'

const TASKS = Number(process.env.TASKS ?? 100_000)
const RUNS = Number(process.env.RUNS ?? 7)
const YEAR = 2022
const AS_OF = '2022-06-30'
const DUE = ['Quý I', 'Quý II', 'quý III', 'Quý IV', '6 tháng đầu năm', '6 tháng cuối năm', 'Thường xuyên', 'tháng 5', 'Trước 15/6/2022']
const pad = (n: number) => String(n).padStart(2, '0')

const tasks: ProgressTaskInput[] = []
for (let i = 0; i < TASKS; i++) {
  const iso = i % 10 === 9
  const dueDate = iso ? `${YEAR}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}` : DUE[i % DUE.length]!
  const done = i % 5 < 3
  tasks.push({
    id: `T${i}`,
    title: `Nhiệm vụ ${i}`,
    field: PAR_FIELD_IDS[i % 8]!,
    owner: `Đơn vị ${i % 40}`,
    dueDate,
    ...(done ? { completedAt: `${YEAR}-${pad(1 + (i % 9))}-${pad(1 + (i % 27))}` } : {}),
    ...(i % 17 === 0 ? { status: 'not-started' as const } : {}),
  })
}
const plan = { id: '02/KH-VPUB', year: YEAR, tasks }

// baseline input: the same tasks with deadlines resolved beforehand (not timed)
const resolved = tasks.map((t) => ({ due: resolveDueDate(t.dueDate, YEAR), done: t.completedAt }))

function baseline(): { completed: number; overdue: number; open: number } {
  let completed = 0
  let overdue = 0
  let open = 0
  for (const t of resolved) {
    if (t.done !== undefined && t.done <= AS_OF) completed++
    else if (t.due !== undefined && t.due < AS_OF) overdue++
    else open++
  }
  return { completed, overdue, open }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

// agreement check before timing
const p = planProgress(plan, { asOf: AS_OF })
const b = baseline()
if (p.completed !== b.completed || p.overdue !== b.overdue) {
  console.error('planProgress and the baseline disagree', { planProgress: [p.completed, p.overdue], baseline: [b.completed, b.overdue] })
  process.exit(1)
}

for (let i = 0; i < 2; i++) { planProgress(plan, { asOf: AS_OF }); baseline() } // warm-up
const ours: number[] = []
const base: number[] = []
for (let i = 0; i < RUNS; i++) {
  ours.push(time(() => planProgress(plan, { asOf: AS_OF })))
  base.push(time(baseline))
}
const o = median(ours)
const bl = median(base)
const rate = (ms: number) => Math.round(TASKS / (ms / 1000)).toLocaleString('en-US')
console.log(`planProgress, ${TASKS.toLocaleString('en-US')} tasks (median of ${RUNS}): ${o.toFixed(1)} ms  (${rate(o)} tasks/s)`)
console.log(`baseline loop on pre-resolved deadlines:          ${bl.toFixed(1)} ms  (${rate(bl)} tasks/s)`)
console.log(`ratio planProgress / baseline: ${(o / bl).toFixed(1)}×`)
console.log(`result: ${p.summary.vi}; ${Object.keys(p.byOwner).length} owners, ${Object.keys(p.byField).length} fields`)
