// Benchmark (issue 3): classify and report 1,000,000 generated dossiers in one pass
// (dossierReport over a generator, so memory stays flat), beside a naive baseline that computes
// each due date with a day-by-day loop over the same calendar and classifies with Date
// arithmetic. Both see the SAME generated dossiers; their early/on-time/late/refused counts are
// checked equal on a sample first.
//
// Timing: CPU time of this process (process.cpuUsage), so that other load on a shared machine
// does not count; best of several rounds; generation alone is timed the same way in the same
// run and subtracted ("net"). Memory: separate, untimed passes over 100,000 and 1,000,000
// dossiers sample the live heap (after a full GC; run with --expose-gc, as `npm run bench` does)
// ten times each; the peaks must be about equal.
// Target: at least 1,000,000 dossiers per second (net, one core), memory flat in the count.
import { vietnamCivilService as cs } from 'hanhchinh/calendar'
import { addDays, toEpochMs, toVietnamTime } from 'hanhchinh/core'
import { createReportAccumulator, dossierReport, type DossierEvent, type DossierLike } from 'hanhchinh/dossiers'

const COUNT = 1_000_000
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const BASELINE_COUNT = 250_000 // the day-by-day baseline is ~10× slower: time it on a quarter
const ASOF = '2024-11-30T23:59:59+07:00'

// Deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Instants are whole minutes of 150 days from 2024-09-01, written `YYYY-MM-DDTHH:mm:ss+07:00`.
// Their text sits in one fixed buffer (5.4 MB, not ∝ dossiers) and every dossier gets FRESH
// strings cut from it, as a CSV/JSON parser hands them over: flat one-byte strings, just
// allocated. (Sharing one table of string objects between all dossiers instead makes every read
// a cache miss on a 10 MB table, which streamed input never has; template literals would make
// rope strings, which real parsers do not produce either.) Cutting them is generation cost.
const BASE = Date.UTC(2024, 8, 1)
const MINUTES = 150 * 1440
const TEXT = Buffer.alloc(MINUTES * 25)
for (let m = 0; m < MINUTES; m++) TEXT.write(`${new Date(BASE + m * 60_000).toISOString().slice(0, 19)}+07:00`, m * 25, 'latin1')
const stamp = (ms: number): string => {
  const at = Math.min(MINUTES - 1, Math.floor((ms - BASE) / 60_000)) * 25
  return TEXT.toString('latin1', at, at + 25)
}

const PROCEDURES = Array.from({ length: 50 }, (_, k) => ({ code: `1.00${1000 + k}`, name: 'TTHC' }))

/** Two months of a provincial centre: mostly working-day limits, some calendar days and working hours, 5% supplements. */
function* generate(count: number, seed: number): Generator<DossierLike> {
  const random = rng(seed)
  for (let i = 0; i < count; i++) {
    const received = BASE + Math.floor(random() * 61) * 86_400_000 + (7 * 60 + 30 + Math.floor(random() * 540)) * 60_000
    const u = random()
    const timeLimit: DossierLike['timeLimit'] = u < 0.8
      ? { amount: 1 + Math.floor(random() * 20), unit: 'working-days' }
      : u < 0.95 ? { amount: 5 + Math.floor(random() * 25), unit: 'days' } : { amount: 4 + Math.floor(random() * 12), unit: 'working-hours' }
    const events: DossierEvent[] = []
    let t = received
    if (random() < 0.05) {
      t += Math.floor(random() * 3 * 86_400_000)
      events.push({ type: 'supplement-requested', at: stamp(t) })
      t += Math.floor(random() * 5 * 86_400_000)
      events.push({ type: 'supplement-supplied', at: stamp(t) })
    }
    const e = random()
    if (e < 0.9) events.push({ type: 'processed', at: stamp(t + Math.floor(random() * 25 * 86_400_000)) })
    else if (e < 0.92) events.push({ type: 'refused', at: stamp(t + 86_400_000) })
    yield { receivedAt: stamp(received), timeLimit, events, procedure: PROCEDURES[i % 50]! }
  }
}

// ---- naive baseline: day-by-day loops, Date objects, no caches --------------------------------
function naiveDue(d: DossierLike): number {
  const rec = toVietnamTime(d.receivedAt)
  const unit = d.timeLimit.unit
  if (unit === 'working-hours') return NaN // hours: not part of the day-loop baseline (counted apart)
  let day: string = rec.date
  if (unit === 'working-days') {
    let left = d.timeLimit.amount
    while (left > 0) {
      day = addDays(day, 1)
      if (cs.isWorkingDay(day)) left--
    }
    if (d.timeLimit.amount === 0) while (!cs.isWorkingDay(day)) day = addDays(day, 1)
  } else {
    day = addDays(day, d.timeLimit.amount)
    while (!cs.isWorkingDay(day)) day = addDays(day, 1)
  }
  return toEpochMs(`${day}T23:59:59.999+07:00`)
}
function naiveReport(source: Iterable<DossierLike>): Record<string, number> {
  const counts: Record<string, number> = { early: 0, onTime: 0, late: 0, open: 0, other: 0, hours: 0 }
  for (const d of source) {
    if (d.timeLimit.unit === 'working-hours') { counts.hours!++; continue }
    let due = naiveDue(d)
    let finish = NaN
    let type = ''
    for (const e of d.events ?? []) {
      if (e.type === 'supplement-supplied') {
        // restart: recompute from the supplement, day by day again
        due = naiveDue({ ...d, receivedAt: e.at })
      } else if (e.type === 'processed' || e.type === 'refused') { finish = toEpochMs(e.at); type = e.type; break }
    }
    if (type === 'refused') counts.other!++
    else if (finish !== finish) counts.open!++
    else if (finish > due) counts.late!++
    else if (toVietnamTime(new Date(finish)).date < toVietnamTime(new Date(due)).date) counts.early!++
    else counts.onTime!++
  }
  return counts
}

// ---- measurement helpers ----------------------------------------------------------------------
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
/** Best CPU time (and the wall time of that round) of `rounds` runs of `run`. */
function best(rounds: number, run: () => unknown): { cpu: number; wall: number } {
  let cpu = Infinity
  let wall = Infinity
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.()
    const c0 = cpuMs()
    const w0 = performance.now()
    run()
    const c = cpuMs() - c0
    if (c < cpu) { cpu = c; wall = performance.now() - w0 }
  }
  return { cpu, wall }
}
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)
const rate = (count: number, ms: number): number => (count / Math.max(ms, 1e-6)) * 1000
const fmt = (n: number): string => Math.round(n).toLocaleString('en')

// ---- agreement check on 50,000 dossiers (also warms up both paths) ----------------------------
const sample = [...generate(50_000, 11)]
const ours = dossierReport(sample, { asOf: ASOF })
const naive = naiveReport(sample)
const oursHours = dossierReport(sample.filter((d) => d.timeLimit.unit === 'working-hours'), { asOf: ASOF })
const agree = ours.counts.early - oursHours.counts.early === naive.early &&
  ours.counts.onTime - oursHours.counts.onTime === naive.onTime &&
  ours.counts.late - oursHours.counts.late === naive.late &&
  ours.counts.refused - oursHours.counts.refused === naive.other
if (!agree) {
  console.error('FAIL: dossierReport and the naive baseline disagree on the sample', ours.counts, oursHours.counts, naive)
  process.exit(1)
}
sample.length = 0

// ---- timing -------------------------------------------------------------------------------------
let events = 0
const gen = best(ROUNDS, () => {
  events = 0
  for (const d of generate(COUNT, 7)) events += d.events!.length
})
let report = dossierReport([], { asOf: ASOF })
const oursTime = best(ROUNDS, () => {
  report = dossierReport(generate(COUNT, 7), { asOf: ASOF, groupBy: 'procedure' })
})
const genSmall = best(ROUNDS, () => {
  for (const d of generate(BASELINE_COUNT, 7)) void d
})
const naiveTime = best(Math.min(ROUNDS, 2), () => naiveReport(generate(BASELINE_COUNT, 7)))

// ---- memory: peak live heap over 100,000 vs 1,000,000 dossiers (untimed) ----------------------
// Sampled after a full GC, so that garbage not yet collected does not count: what is left is
// what the report keeps (groups, bounded per-engine caches).
const gc = globalThis.gc ?? ((): void => undefined)
function peakHeap(count: number): { before: number; peak: number } {
  gc()
  const before = process.memoryUsage().heapUsed
  let peak = before
  const acc = createReportAccumulator({ asOf: ASOF, groupBy: 'procedure' })
  let i = 0
  for (const d of generate(count, 7)) {
    acc.add(d)
    if (++i % (count / 10) === 0) {
      gc()
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
  }
  acc.report()
  return { before, peak }
}
const heapSmall = peakHeap(100_000)
const heapLarge = peakHeap(COUNT)

// ---- results ------------------------------------------------------------------------------------
const oursNet = oursTime.cpu - gen.cpu
const naiveNet = naiveTime.cpu - genSmall.cpu
const oursRate = rate(COUNT, oursNet)
const naiveRate = rate(BASELINE_COUNT, naiveNet)
const growth = heapLarge.peak - heapSmall.peak
const flat = growth < 1e6 // 1 MB for 900,000 more dossiers: about one byte each at most
console.log(`${fmt(COUNT)} generated dossiers (${fmt(events)} events), best of ${ROUNDS} rounds, CPU time`)
console.log(`  generation alone                          ${gen.cpu.toFixed(0).padStart(6)} ms`)
console.log(`  dossierReport (classify + report, 50 groups) ${oursTime.cpu.toFixed(0).padStart(6)} ms (${oursTime.wall.toFixed(0)} ms wall) → net ${oursNet.toFixed(0)} ms`)
console.log(`  naive baseline on ${fmt(BASELINE_COUNT)} (day-by-day due dates) ${naiveTime.cpu.toFixed(0).padStart(6)} ms (${naiveTime.wall.toFixed(0)} ms wall) → net ${naiveNet.toFixed(0)} ms`)
console.log(`dossiers/s (net of generation):  ours ${fmt(oursRate)}   baseline ${fmt(naiveRate)}   ratio ${(oursRate / naiveRate).toFixed(1)}×`)
console.log(`dossiers/s including generation: ours ${fmt(rate(COUNT, oursTime.cpu))}   baseline ${fmt(rate(BASELINE_COUNT, naiveTime.cpu))}`)
console.log(`peak live heap: ${mb(heapSmall.peak)} MB over 100,000 dossiers, ${mb(heapLarge.peak)} MB over 1,000,000 (difference ${mb(growth)} MB; ${mb(heapLarge.before)} MB before the pass)${globalThis.gc ? '' : ' [no --expose-gc: includes garbage]'} → memory flat: ${flat ? 'yes' : 'NO'}`)
console.log(`report: ${fmt(report.counts.total)} dossiers, early ${report.percentages?.early.toFixed(2)}%, on time ${report.percentages?.onTime.toFixed(2)}%, late ${report.percentages?.late.toFixed(2)}%`)
console.log(`target ≥ 1,000,000 dossiers/s (classification + report, one core): ${oursRate >= 1_000_000 ? 'MET' : 'NOT MET'} (${fmt(oursRate)}/s)`)
