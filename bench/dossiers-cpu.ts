// Benchmark (issue 19, point 3), CPU-time view: `dossierReport` and `createClassifier` per dossier
// against the hand loop (`vietnamCivilService.addWorkingDays` + a date compare per dossier) on the
// same 300,000 dossiers held in an array — the dossiers, the hand loop and the contenders are those
// of bench/dossiers-report.ts (shared through bench/lib/dossier-workload.ts). The three are checked to agree
// first. Prints the medians of CPU time (process.cpuUsage, user + system) and of wall-clock time
// over interleaved rounds, with the ratios to the hand loop. On a shared machine CPU time is the
// steadier of the two; bench/dossiers-report.ts holds the wall-clock check (exit 1 above 1.0×).
import type { DossierLike } from 'hanhchinh/dossiers'
import {
  checkAgreement, classifierCounts as classifier, generateDossiers as generate, handLoop, reportCounts as ours, type HandCounts,
} from './lib/dossier-workload.js'

const CHECK_COUNT = Number(process.env.BENCH_CHECK_COUNT ?? 300_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9)

// ---- CPU time, interleaved --------------------------------------------------------------------
const checkSet = [...generate(CHECK_COUNT, 11)]
if (checkAgreement(checkSet).mismatch !== undefined) { console.error('disagree'); process.exit(1) }
const contenders: Record<string, (s: Iterable<DossierLike>) => HandCounts> = { dossierReport: ours, createClassifier: classifier, 'hand loop': handLoop }
const names = Object.keys(contenders)
const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
const wall: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(r + k) % names.length]!
    globalThis.gc?.()
    const c0 = process.cpuUsage(); const t0 = performance.now()
    contenders[name]!(checkSet)
    const c = process.cpuUsage(c0)
    wall[name]!.push(performance.now() - t0); cpu[name]!.push((c.user + c.system) / 1000)
  }
}
const med = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]! }
const hc = med(cpu['hand loop']!), hw = med(wall['hand loop']!)
for (const n of names) console.log(`${n.padEnd(18)} cpu ${med(cpu[n]!).toFixed(0).padStart(5)} ms (${(med(cpu[n]!) / hc).toFixed(2)}×, min ${Math.min(...cpu[n]!).toFixed(0)})  wall ${med(wall[n]!).toFixed(0).padStart(5)} ms (${(med(wall[n]!) / hw).toFixed(2)}×)`)
