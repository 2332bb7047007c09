// Benchmark (issue 19, point 3): `dossierReport`, and `createClassifier` called per dossier,
// against the HAND LOOP a user would write instead — `vietnamCivilService.addWorkingDays` and a
// date compare per dossier — on the SAME realistic dossiers, in the same run.
//
// The dossiers (two months of a provincial one-stop centre, 50 procedures): 80% working-day
// limits, 20% calendar-day limits; 6% with a supplement round (requested, then supplied:
// the clock restarts); 2% refused; ~10% still open at `asOf` (no end yet, or an end after it);
// a finished dossier is processed, then its result returned. Instants are `…+07:00` texts, each
// a FRESH flat string cut from one buffer, as a CSV/JSON parser hands them over.
//
// The hand loop applies fewer rules than the library: the due date is counted from the civil
// date of receipt (or of the last supplement) with `addWorkingDays`, a calendar-day limit rolls
// to the next working day (`addWorkingDays(addDays(start, n - 1), 1)`, the cheapest form), and a
// finished dossier is early / on time / late by comparing ISO date texts; no 766 rule, no
// processing time, no validation of the input, no provisional flag. The counts of the two are
// checked equal first (on the 300,000 dossiers), so both do at least the same classification.
//
// Timing: WALL-CLOCK medians of interleaved rounds (A B C D, B C D A, …), so that load on the
// shared machine falls on every contender alike; each contender consumes the dossiers the same
// way. Two sizes:
//   - 1,000,000 dossiers streamed from a generator (memory flat): generation is timed in the
//     same rounds and the ratios are printed gross and net of it;
//   - 300,000 dossiers held in an array (generated once, untimed): THE CHECK — dossierReport's
//     median ≤ 1.0× the hand loop's median.
// Memory: separate, untimed passes of the report accumulator and of the classifier over 100,000
// and 1,000,000 streamed dossiers sample the live heap after a full GC (run with --expose-gc,
// as `npm run bench` does); the peaks must be about equal.
// Exits 1 when the check fails or memory is not flat.
import { vietnamCivilService as cs } from 'hanhchinh/calendar'
import { addDays } from 'hanhchinh/core'
import {
  createClassifier, createReportAccumulator, dossierReport, type DossierEvent, type DossierLike, type DossierStatus,
} from 'hanhchinh/dossiers'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)
const CHECK_COUNT = Number(process.env.BENCH_CHECK_COUNT ?? 300_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
const ASOF = '2024-11-15T23:59:59+07:00'
const ASOF_DATE = ASOF.slice(0, 10)

// Deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Instants are whole minutes of 150 days from 2024-09-01 (Vietnam time), `YYYY-MM-DDTHH:mm:ss+07:00`,
// in one fixed buffer (5.4 MB, not ∝ dossiers); every dossier gets fresh strings cut from it.
const BASE = Date.UTC(2024, 8, 1) - 7 * 3_600_000
const MINUTES = 150 * 1440
const TEXT = Buffer.alloc(MINUTES * 25)
for (let m = 0; m < MINUTES; m++) {
  TEXT.write(`${new Date(BASE + 7 * 3_600_000 + m * 60_000).toISOString().slice(0, 19)}+07:00`, m * 25, 'latin1')
}
const stamp = (ms: number): string => {
  const at = Math.min(MINUTES - 1, Math.floor((ms - BASE) / 60_000)) * 25
  return TEXT.toString('latin1', at, at + 25)
}
const DAY = 86_400_000
const PROCEDURES = Array.from({ length: 50 }, (_, k) => ({ code: `1.00${1000 + k}`, name: 'Thủ tục hành chính' }))

/** Two months of a provincial centre (see the header). */
function* generate(count: number, seed: number): Generator<DossierLike> {
  const random = rng(seed)
  for (let i = 0; i < count; i++) {
    const received = BASE + Math.floor(random() * 61) * DAY + (7 * 60 + 30 + Math.floor(random() * 540)) * 60_000
    const timeLimit: DossierLike['timeLimit'] = random() < 0.8
      ? { amount: 1 + Math.floor(random() * 20), unit: 'working-days' }
      : { amount: 5 + Math.floor(random() * 25), unit: 'days' }
    const events: DossierEvent[] = []
    let t = received
    if (random() < 0.06) {
      t += 3_600_000 + Math.floor(random() * 3 * DAY)
      events.push({ type: 'supplement-requested', at: stamp(t) })
      t += 3_600_000 + Math.floor(random() * 5 * DAY)
      events.push({ type: 'supplement-supplied', at: stamp(t) })
    }
    const e = random()
    if (e < 0.9) {
      t += 3_600_000 + Math.floor(random() * 25 * DAY)
      events.push({ type: 'processed', at: stamp(t) })
      events.push({ type: 'returned', at: stamp(t + Math.floor(random() * 2 * DAY)) })
    } else if (e < 0.92) events.push({ type: 'refused', at: stamp(t + DAY) })
    yield { receivedAt: stamp(received), timeLimit, events, procedure: PROCEDURES[i % 50]! }
  }
}

// ---- the hand loop ----------------------------------------------------------------------------
interface HandCounts { total: number; early: number; onTime: number; late: number; inProgress: number; overdue: number; refused: number }
const handCounts = (): HandCounts => ({ total: 0, early: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0, refused: 0 })
/** What a user writes: civil dates as text, `addWorkingDays`, a text compare; counts per procedure. */
function handLoop(source: Iterable<DossierLike>): HandCounts {
  const totals = handCounts()
  const groups = new Map<string, HandCounts>()
  for (const d of source) {
    let start = (d.receivedAt as string).slice(0, 10) // the texts are in Vietnam time
    let end = ''
    let refused = false
    for (const e of d.events!) {
      const at = e.at as string
      if (at > ASOF) break
      if (e.type === 'supplement-supplied') start = at.slice(0, 10)
      else if (e.type === 'processed' || e.type === 'returned') { end = at.slice(0, 10); break }
      else if (e.type === 'refused') { refused = true; break }
    }
    const n = d.timeLimit.amount
    const due = d.timeLimit.unit === 'working-days' ? cs.addWorkingDays(start, n) : cs.addWorkingDays(addDays(start, n - 1), 1)
    const key = d.procedure!.code
    let g = groups.get(key)
    if (g === undefined) groups.set(key, (g = handCounts()))
    totals.total++
    g.total++
    if (refused) { totals.refused++; g.refused++ }
    else if (end === '') {
      if (ASOF_DATE > due) { totals.overdue++; g.overdue++ }
      else { totals.inProgress++; g.inProgress++ }
    } else if (end < due) { totals.early++; g.early++ }
    else if (end === due) { totals.onTime++; g.onTime++ }
    else { totals.late++; g.late++ }
  }
  return totals
}

// ---- the contenders ---------------------------------------------------------------------------
const ours = (source: Iterable<DossierLike>): HandCounts => {
  const c = dossierReport(source, { asOf: ASOF, groupBy: 'procedure' }).counts
  return { total: c.total, early: c.early, onTime: c.onTime, late: c.late, inProgress: c.inProgress, overdue: c.inProgressOverdue, refused: c.refused }
}
const STATUS_KEY: Partial<Record<DossierStatus, keyof HandCounts>> = {
  early: 'early', 'on-time': 'onTime', late: 'late', 'in-progress': 'inProgress', 'in-progress-overdue': 'overdue', refused: 'refused',
}
/** `createClassifier`, called per dossier, its statuses counted per procedure like the hand loop's. */
const classifier = (source: Iterable<DossierLike>): HandCounts => {
  const classify = createClassifier({ asOf: ASOF })
  const totals = handCounts()
  const groups = new Map<string, HandCounts>()
  for (const d of source) {
    const k = STATUS_KEY[classify(d).status]!
    const key = d.procedure!.code
    let g = groups.get(key)
    if (g === undefined) groups.set(key, (g = handCounts()))
    totals.total++
    g.total++
    totals[k]++
    g[k]++
  }
  return totals
}
const generationOnly = (source: Iterable<DossierLike>): HandCounts => {
  const c = handCounts()
  for (const d of source) if (d.events !== undefined) c.total++
  return c
}

// ---- measurement ------------------------------------------------------------------------------
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
type Run = (source: Iterable<DossierLike>) => HandCounts
/** Wall-clock times of `rounds` interleaved rounds; the order rotates every round. */
function interleaved(contenders: Record<string, Run>, source: () => Iterable<DossierLike>, rounds: number): Record<string, number[]> {
  const names = Object.keys(contenders)
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!
      globalThis.gc?.()
      const t0 = performance.now()
      contenders[name]!(source())
      times[name]!.push(performance.now() - t0)
    }
  }
  return times
}
const fmt = (n: number): string => Math.round(n).toLocaleString('en')
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)
const pad = (s: string, n: number): string => s.padEnd(n)

// ---- agreement on the 300,000 (also warms every path up) --------------------------------------
const checkSet = [...generate(CHECK_COUNT, 11)]
const expected = handLoop(checkSet)
for (const [name, run] of Object.entries({ dossierReport: ours, createClassifier: classifier })) {
  const got = run(checkSet)
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    console.error(`FAIL: ${name} and the hand loop disagree`, got, expected)
    process.exit(1)
  }
}
console.log(`${fmt(CHECK_COUNT)} dossiers: ${JSON.stringify(expected)} — dossierReport, createClassifier and the hand loop agree`)

// ---- 1,000,000 streamed -----------------------------------------------------------------------
const big = interleaved(
  { dossierReport: ours, createClassifier: classifier, 'hand loop': handLoop, 'generation alone': generationOnly },
  () => generate(COUNT, 7), ROUNDS,
)
const gen = median(big['generation alone']!)
const hand = median(big['hand loop']!)
console.log(`\n${fmt(COUNT)} dossiers streamed from a generator, wall-clock medians of ${ROUNDS} interleaved rounds (ms)`)
for (const name of Object.keys(big)) {
  const m = median(big[name]!)
  const extra = name === 'generation alone' ? ''
    : `  ${(COUNT / (m / 1000) / 1e6).toFixed(2)} M/s; net of generation ${fmt(m - gen)} ms` +
      (name === 'hand loop' ? '' : `; ours/hand ${(m / hand).toFixed(2)}× (net ${((m - gen) / (hand - gen)).toFixed(2)}×)`)
  console.log(`  ${pad(name, 18)} ${fmt(m).padStart(6)} [${big[name]!.map(fmt).join(' ')}]${extra}`)
}

// ---- 300,000 in an array: the check ------------------------------------------------------------
const small = interleaved({ dossierReport: ours, createClassifier: classifier, 'hand loop': handLoop }, () => checkSet, ROUNDS)
const handSmall = median(small['hand loop']!)
console.log(`\n${fmt(CHECK_COUNT)} dossiers held in an array, wall-clock medians of ${ROUNDS} interleaved rounds (ms)`)
for (const name of Object.keys(small)) {
  const m = median(small[name]!)
  console.log(`  ${pad(name, 18)} ${fmt(m).padStart(6)} [${small[name]!.map(fmt).join(' ')}]  ${(CHECK_COUNT / (m / 1000) / 1e6).toFixed(2)} M/s` +
    (name === 'hand loop' ? '' : `; ours/hand ${(m / handSmall).toFixed(2)}×`))
}
checkSet.length = 0

// ---- memory: peak live heap over 100,000 vs 1,000,000 dossiers (untimed) ----------------------
const gc = globalThis.gc ?? ((): void => undefined)
function peakHeap(count: number, make: () => (d: DossierLike) => void): number {
  gc()
  let peak = process.memoryUsage().heapUsed
  const add = make()
  let i = 0
  for (const d of generate(count, 7)) {
    add(d)
    if (++i % (count / 10) === 0) {
      gc()
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
  }
  return peak
}
const reportAdd = (): ((d: DossierLike) => void) => {
  const acc = createReportAccumulator({ asOf: ASOF, groupBy: 'procedure' })
  return (d) => acc.add(d)
}
const classifyAdd = (): ((d: DossierLike) => void) => {
  const classify = createClassifier({ asOf: ASOF })
  return (d) => void classify(d)
}
let flat = true
console.log('')
for (const [name, make] of [['dossierReport', reportAdd], ['createClassifier', classifyAdd]] as const) {
  const a = peakHeap(100_000, make)
  const b = peakHeap(COUNT, make)
  const ok = b - a < 1e6 // 1 MB for 900,000 more dossiers: about one byte each at most
  flat &&= ok
  console.log(`peak live heap, ${pad(name, 16)}: ${mb(a)} MB over 100,000 dossiers, ${mb(b)} MB over ${fmt(COUNT)} (difference ${mb(b - a)} MB)` +
    `${globalThis.gc ? '' : ' [no --expose-gc: includes garbage]'} → flat: ${ok ? 'yes' : 'NO'}`)
}

// ---- verdict ------------------------------------------------------------------------------------
const ratio = median(small.dossierReport!) / handSmall
const met = ratio <= 1.0
console.log(`\ncheck: dossierReport ≤ 1.0× the hand loop on the same ${fmt(CHECK_COUNT)} dossiers: ${met ? 'MET' : 'NOT MET'} (${ratio.toFixed(2)}×); memory flat: ${flat ? 'yes' : 'NO'}`)
if (!met || !flat) process.exit(1)
