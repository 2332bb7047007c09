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
//     median ≤ 1.0× the hand loop's median, over 21 rounds (BENCH_CHECK_ROUNDS; BENCH_ROUNDS for
//     the streamed size, 7 by default).
// Memory: separate, untimed passes of the report accumulator and of the classifier over 100,000
// and 1,000,000 streamed dossiers sample the live heap after a full GC (run with --expose-gc,
// as `npm run bench` does); the peaks must be about equal.
// Exits 1 when the check fails or memory is not flat.
import { createClassifier, createReportAccumulator, type DossierLike } from 'hanhchinh/dossiers'
import {
  ASOF, checkAgreement, classifierCounts as classifier, generateDossiers as generate, handCounts, handLoop, reportCounts as ours,
  type HandCounts,
} from './lib/dossier-workload.js'

const COUNT = Number(process.env.BENCH_COUNT ?? 1_000_000)
const CHECK_COUNT = Number(process.env.BENCH_CHECK_COUNT ?? 300_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7)
// the check is decided on more rounds (each takes ~0.1 s): at parity, a median of 7 swings ±5%
const CHECK_ROUNDS = Number(process.env.BENCH_CHECK_ROUNDS ?? 21)

// ---- the contenders (dossierReport, createClassifier, the hand loop: bench/lib/dossier-workload.ts)
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
const { expected, mismatch } = checkAgreement(checkSet)
if (mismatch !== undefined) {
  console.error(`FAIL: ${mismatch.name} and the hand loop disagree`, mismatch.got, expected)
  process.exit(1)
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
const small = interleaved({ dossierReport: ours, createClassifier: classifier, 'hand loop': handLoop }, () => checkSet, CHECK_ROUNDS)
const handSmall = median(small['hand loop']!)
console.log(`\n${fmt(CHECK_COUNT)} dossiers held in an array, wall-clock medians of ${CHECK_ROUNDS} interleaved rounds (ms)`)
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
