// bench/rankings-rank.ts — rank 1,000,000 entries with hanhchinh/rankings
// against a baseline in the same run: a plain Array sort by number plus a loop
// assigning ordinal ranks (no validation, no exactness, no tie handling).
// Prints the median of several runs and the ratio rank / baseline.
import { rank } from 'hanhchinh/rankings'

const N = Number(process.env.BENCH_N ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

// deterministic scores with 2 decimals (as published), many ties: 0.00..100.00
let seed = 20240406
const next = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const numbers = Array.from({ length: N }, (_, i) => ({ id: `u${i}`, score: Math.round(next() * 10000) / 100 }))
const strings = numbers.map((e) => ({ id: e.id, score: e.score.toFixed(2) }))

const gc = (globalThis as { gc?: () => void }).gc

function time(fn: () => unknown): number {
  gc?.()
  const t = performance.now()
  const out = fn()
  const ms = performance.now() - t
  if (out === undefined) throw new Error('no result')
  return ms
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function baseline(): Array<{ id: string; score: number; rank: number }> {
  const sorted = numbers.slice().sort((a, b) => b.score - a.score)
  return sorted.map((e, i) => ({ id: e.id, score: e.score, rank: i + 1 }))
}

// sanity: same order as the baseline (Array sort is stable, ties in input order)
const check = rank(numbers)
const base = baseline()
for (let i = 0; i < N; i += Math.max(1, Math.floor(N / 1000))) {
  if (check[i]!.id !== base[i]!.id || check[i]!.rank !== base[i]!.rank) throw new Error(`order differs at ${i}`)
}

const results: Record<string, number[]> = { baseline: [], 'rank(numbers)': [], "rank(numbers, competition)": [], 'rank(strings)': [] }
for (let r = 0; r < RUNS; r++) {
  results.baseline!.push(time(baseline))
  results['rank(numbers)']!.push(time(() => rank(numbers)))
  results['rank(numbers, competition)']!.push(time(() => rank(numbers, { ties: 'competition' })))
  results['rank(strings)']!.push(time(() => rank(strings)))
}

const b = median(results.baseline!)
console.log(`rank ${N.toLocaleString('en')} entries, median of ${RUNS} runs`)
for (const [name, xs] of Object.entries(results)) {
  const m = median(xs)
  console.log(`  ${name.padEnd(28)} ${m.toFixed(0).padStart(7)} ms   ${name === 'baseline' ? '(Array sort + ordinal ranks)' : `ratio ${(m / b).toFixed(2)}× baseline`}`)
}
