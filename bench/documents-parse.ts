// Benchmark: safeParseDocumentNumber (the reader behind parseDocumentNumber) over 1,000,000 document numbers as they appear in registers
// (administrative, công văn, legal normative with year, National Assembly terms, dotted numbers;
// one in four written messily: "Số:" prefix, spaces, lower case, D for Đ, NFD), beside a
// baseline that only splits clean text with one regular expression (no validation, no
// normalisation, no type lookup). Prints both timings and the ratio (the price of doing the job).
import { safeParseDocumentNumber } from 'hanhchinh/documents'

const COUNT = 1_000_000

let seed = 20211220
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T

const adminTypes = ['QĐ', 'KH', 'TB', 'BC', 'TTr', 'CT', 'HD', 'GM', 'CĐ', 'QyĐ', 'CTr', 'SY']
const issuers = ['UBND', 'VPUB', 'TTg', 'SNV', 'STC', 'SYT', 'BNV', 'HĐND', 'VPCP']
const units = ['VX', 'KT', 'NC', 'TH', 'KGVX', 'CCHC', 'VP']
const legal = ['NĐ-CP', 'TT-VPCP', 'TT-BNV', 'QĐ-TTg', 'NQ-HĐND', 'QĐ-UBND', 'NQ-CP', 'TTLT-BTC-BNV']

function clean(): string {
  const r = random()
  const n = 1 + Math.floor(random() * 4999)
  const num = n < 10 ? `0${n}` : String(n)
  if (r < 0.5) return `${num}/${pick(adminTypes)}-${pick(issuers)}`
  if (r < 0.8) return `${num}/${pick(issuers)}-${pick(units)}`
  if (r < 0.95) return `${num}/${2010 + Math.floor(random() * 17)}/${pick(legal)}`
  if (r < 0.98) return `${num}/${2016 + Math.floor(random() * 9)}/QH${14 + Math.floor(random() * 2)}`
  return `${n}.${1 + Math.floor(random() * 40)}/2026/NQ-CP`
}
function messy(s: string): string {
  let m = s
  if (random() < 0.5) m = `Số: ${m}`
  if (random() < 0.5) m = m.replace(/\//g, ' / ')
  if (random() < 0.3) m = m.toLowerCase()
  if (random() < 0.3) m = m.replace(/Đ/g, 'D')
  if (random() < 0.2) m = m.normalize('NFD')
  return m
}
const raw: string[] = []
for (let i = 0; i < COUNT; i++) raw.push(random() < 0.25 ? messy(clean()) : clean())
// Flat strings, as read from CSV or JSON.
const input: string[] = JSON.parse(JSON.stringify(raw)) as string[]

/** Baseline: one regular expression split of clean text, no validation or normalisation. */
const SPLIT = /^(\d+(?:\.\d+)?)\/(?:(\d{4})\/)?([^-]+)(?:-(.+))?$/
function baseline(text: string): { number: string; year: string | undefined; first: string; rest: string | undefined } | undefined {
  const m = SPLIT.exec(text)
  return m === null ? undefined : { number: m[1] as string, year: m[2], first: m[3] as string, rest: m[4] }
}

// Warm up and check ours accepts everything generated.
let refused = 0
for (let i = 0; i < 50_000; i++) {
  if (!safeParseDocumentNumber(input[i] as string).ok) refused++
  baseline(input[i] as string)
}
if (refused) {
  console.error(`FAIL: ${refused} of 50,000 generated numbers refused`)
  process.exit(1)
}

function run(fn: (s: string) => unknown): number {
  globalThis.gc?.()
  let sink = 0
  const t0 = process.cpuUsage()
  for (let i = 0; i < COUNT; i++) if (fn(input[i] as string) !== undefined) sink++
  const used = process.cpuUsage(t0)
  if (sink === 42) console.log('')
  return (used.user + used.system) / 1000
}

const ROUNDS = 3
const oursMs: number[] = []
const baseMs: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  oursMs.push(run((s) => safeParseDocumentNumber(s)))
  baseMs.push(run(baseline))
}
const show = (label: string, ms: number[]): number => {
  const best = Math.min(...ms)
  console.log(`${label.padEnd(34)} ${COUNT.toLocaleString('en')} numbers  best ${best.toFixed(1).padStart(8)} ms CPU (${((best * 1e6) / COUNT).toFixed(0)} ns/number; rounds ${ms.map((x) => x.toFixed(0)).join(', ')} ms)`)
  return best
}
console.log(`safeParseDocumentNumber, 25% messy input, ${ROUNDS} alternating rounds`)
const ours = show('safeParseDocumentNumber', oursMs)
const base = show('baseline: one regex split', baseMs)
console.log(`ratio: safeParseDocumentNumber takes ${(ours / base).toFixed(1)}× the time of a bare regex split (which neither validates, normalises nor classifies)`)
