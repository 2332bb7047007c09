// The workload shared by bench/dossiers-report.ts and bench/dossiers-cpu.ts: the realistic
// dossiers (see the header of bench/dossiers-report.ts), the hand loop a user would write
// instead of the library, the two library contenders, and the agreement check between them.
// Nothing runs at import: the instant buffer is built by the first generator that needs it.
import { vietnamCivilService as cs } from 'hanhchinh/calendar'
import { addDays } from 'hanhchinh/core'
import {
  createClassifier, dossierReport, type DossierEvent, type DossierLike, type DossierStatus,
} from 'hanhchinh/dossiers'

/** The `asOf` of every contender. */
export const ASOF = '2024-11-15T23:59:59+07:00'
const ASOF_DATE = ASOF.slice(0, 10)

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
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
let stampFn: ((ms: number) => string) | undefined
/** The stamp function (epoch ms → a fresh `…+07:00` text); builds the buffer on the first call. */
export function instantStamp(): (ms: number) => string {
  if (stampFn !== undefined) return stampFn
  const TEXT = Buffer.alloc(MINUTES * 25)
  for (let m = 0; m < MINUTES; m++) {
    TEXT.write(`${new Date(BASE + 7 * 3_600_000 + m * 60_000).toISOString().slice(0, 19)}+07:00`, m * 25, 'latin1')
  }
  return (stampFn = (ms: number): string => {
    const at = Math.min(MINUTES - 1, Math.floor((ms - BASE) / 60_000)) * 25
    return TEXT.toString('latin1', at, at + 25)
  })
}
const DAY = 86_400_000
const PROCEDURES = Array.from({ length: 50 }, (_, k) => ({ code: `1.00${1000 + k}`, name: 'Thủ tục hành chính' }))

/** Two months of a provincial centre (see the header of bench/dossiers-report.ts). */
export function* generateDossiers(count: number, seed: number): Generator<DossierLike> {
  const stamp = instantStamp()
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
/** The counts every contender returns. */
export interface HandCounts { total: number; early: number; onTime: number; late: number; inProgress: number; overdue: number; refused: number }
/** Zero counts. */
export const handCounts = (): HandCounts => ({ total: 0, early: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0, refused: 0 })
/** What a user writes: civil dates as text, `addWorkingDays`, a text compare; counts per procedure. */
export function handLoop(source: Iterable<DossierLike>): HandCounts {
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
/** `dossierReport` grouped by procedure, its counts in the hand loop's shape. */
export const reportCounts = (source: Iterable<DossierLike>): HandCounts => {
  const c = dossierReport(source, { asOf: ASOF, groupBy: 'procedure' }).counts
  return { total: c.total, early: c.early, onTime: c.onTime, late: c.late, inProgress: c.inProgress, overdue: c.inProgressOverdue, refused: c.refused }
}
const STATUS_KEY: Partial<Record<DossierStatus, keyof HandCounts>> = {
  early: 'early', 'on-time': 'onTime', late: 'late', 'in-progress': 'inProgress', 'in-progress-overdue': 'overdue', refused: 'refused',
}
/** `createClassifier`, called per dossier, its statuses counted per procedure like the hand loop's. */
export const classifierCounts = (source: Iterable<DossierLike>): HandCounts => {
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

// ---- agreement (also warms every path up) ----------------------------------------------------
/** The outcome of {@link checkAgreement}: the hand loop's counts, and the first contender that differs. */
export interface Agreement { expected: HandCounts; mismatch?: { name: string; got: HandCounts } }
/** Runs the hand loop, then `dossierReport` and `createClassifier` (stopping at the first that differs). */
export function checkAgreement(dossiers: Iterable<DossierLike>): Agreement {
  const expected = handLoop(dossiers)
  for (const [name, run] of Object.entries({ dossierReport: reportCounts, createClassifier: classifierCounts })) {
    const got = run(dossiers)
    if (JSON.stringify(got) !== JSON.stringify(expected)) return { expected, mismatch: { name, got } }
  }
  return { expected }
}
