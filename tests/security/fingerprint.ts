// Prints one hash per exported function of its answers to a fixed sample of
// arguments; run under several TZ values by time-zones.test.ts, which
// demands the same hashes everywhere.
import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { drive, exportedFunctions } from './exports.js'

const sampleArgs = fc.sample(
  fc.array(
    fc.oneof(
      fc.anything({ maxDepth: 2, withDate: true }),
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.integer({ min: -60, max: 60 }),
      fc.constantFrom('2024-02-10', '2026-02-17', '2025-07-01', '2026-03-31', '2024-04-26T15:30:00+07:00', '3162/QĐ-UBND', '30/04/2025', '84,79%'),
    ),
    { maxLength: 3 },
  ),
  { seed: 42, numRuns: 60 },
)

function encode(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`
    if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`
    if (v instanceof Map) return ['Map', [...v]]
    if (v instanceof Set) return ['Set', [...v]]
    if (typeof v === 'function') return 'fn'
    return v
  }) ?? String(value)
}

const out: Record<string, string> = {}
for (const f of await exportedFunctions()) {
  const h = createHash('sha256')
  for (const args of sampleArgs) {
    try {
      const r = f.fn.apply(f.self, args)
      await drive(r)
      h.update(encode(r instanceof Promise ? await r : r))
    } catch (e) {
      h.update(e instanceof Error ? `${e.name}:${e.message}` : 'throw')
    }
  }
  out[f.name] = h.digest('hex').slice(0, 16)
}
console.log(JSON.stringify(out))
