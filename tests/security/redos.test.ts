// Every text entry point runs in time linear in its input. Each exported
// function is given adversarial texts of growing length (repeated separators,
// digit runs, spaces, slashes, unbalanced quotes, combining marks); doubling
// the length must not more than triple the time. Codecs are reached through
// importRecords with the adversarial text in one cell.
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { DossierImportSchema } from 'hanhchinh/dossiers'
import { importRecords, vnDate, vnDateTime, vnNumber, vnPercent } from 'hanhchinh/format'
import { drive, exportedFunctions } from './exports.js'

const PATTERNS: Record<string, (n: number) => string> = {
  commas: (n) => ','.repeat(n),
  dots: (n) => '.'.repeat(n),
  'dots then a letter': (n) => '.'.repeat(n) + 'x',
  'semicolons then a letter': (n) => ';'.repeat(n) + 'x',
  'commas then a letter': (n) => ','.repeat(n) + 'x',
  slashes: (n) => '/'.repeat(n),
  dashes: (n) => '-'.repeat(n),
  colons: (n) => ':'.repeat(n),
  spaces: (n) => ' '.repeat(n) + 'x',
  tabs: (n) => '\t'.repeat(n) + 'x',
  'digit run then letter': (n) => '1'.repeat(n) + 'x',
  'digits and commas': (n) => '1,'.repeat(n / 2) + 'x',
  'digits and dots': (n) => '1.'.repeat(n / 2) + 'x',
  'digits and spaces': (n) => '1 '.repeat(n / 2) + 'x',
  'date-like': (n) => '01/'.repeat(n / 3) + 'x',
  'date then commas': (n) => '01/01/2024' + ','.repeat(n),
  'exponent': (n) => '1e' + '9'.repeat(n),
  'unbalanced quote': (n) => '"' + 'a'.repeat(n),
  'quotes': (n) => 'a"'.repeat(n / 2),
  'combining marks': (n) => 'a\u0301'.repeat(n / 2),
  'document-number-like': (n) => '12/QĐ-'.repeat(n / 6) + '!',
  'words': (n) => 'hạng '.repeat(n / 5) + '?',
  'CRLF': (n) => '\r\n'.repeat(n / 2) + 'x',
  'percent': (n) => '%'.repeat(n) + '1',
}

const N = 16_384
const FLOOR_MS = 6 // below this at 2N, timing noise dominates: linear enough
const CAP_MS = 1_500 // one call slower than this at 2N fails at once

async function time(call: () => unknown): Promise<number> {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    try {
      await drive(call())
    } catch {
      // a refusal is an answer: only its time matters here
    }
    const t = performance.now() - t0
    best = Math.min(best, t)
    if (t > CAP_MS) break
  }
  return best
}

async function growth(name: string, build: (s: string) => () => unknown, bad: string[]): Promise<void> {
  for (const [pattern, make] of Object.entries(PATTERNS)) {
    const big = await time(build(make(2 * N)))
    if (big > CAP_MS) {
      bad.push(`${name} / ${pattern}: ${big.toFixed(0)} ms at ${2 * N} characters`)
      continue
    }
    if (big < FLOOR_MS) continue
    let small = await time(build(make(N)))
    let large = Math.min(big, await time(build(make(2 * N)))) // a second look: one slow round is not a trend
    // The other security files run beside this one on 2 cores: a pause of a few ms (GC, a child process)
    // can land on any single measurement. A super-linear reader is slow in every round, so look again
    // (best time of each length over the rounds) before calling it a trend.
    for (let round = 0; round < 3 && large / Math.max(small, 0.05) > 3; round++) {
      small = Math.min(small, await time(build(make(N))))
      large = Math.min(large, await time(build(make(2 * N))))
    }
    const ratio = large / Math.max(small, 0.05)
    if (ratio > 3) bad.push(`${name} / ${pattern}: ${small.toFixed(1)} ms at ${N}, ${large.toFixed(1)} ms at ${2 * N} (×${ratio.toFixed(1)})`)
  }
}

describe('no text reader is super-linear', () => {
  it('every exported function, the text as each argument', async () => {
    const bad: string[] = []
    for (const f of await exportedFunctions()) {
      const arity = Math.max(1, Math.min(f.fn.length, 3))
      for (let at = 0; at < arity; at++) {
        await growth(`${f.name}(arg ${at})`, (s) => () => f.fn.apply(f.self, Array.from({ length: at + 1 }, (_, k) => (k === at ? s : k === 0 ? '2024-01-01' : undefined))), bad)
      }
    }
    expect(bad).toEqual([])
  })

  it('import cells: every codec reached through importRecords', async () => {
    const bad: string[] = []
    const schemas: Record<string, z.ZodType> = {
      vnDate: z.object({ a: vnDate() }),
      vnDateTime: z.object({ a: vnDateTime() }),
      vnNumber: z.object({ a: vnNumber() }),
      vnPercent: z.object({ a: vnPercent() }),
    }
    for (const [name, schema] of Object.entries(schemas)) {
      await growth(`importRecords ${name} cell`, (s) => () => importRecords(schema, `a\r\n"${s.replaceAll('"', '""')}"\r\n`), bad)
    }
    for (const column of ['Ngày tiếp nhận', 'Ngày hẹn trả', 'Mã hồ sơ', 'Trạng thái']) {
      await growth(`importRecords DossierImportSchema "${column}"`, (s) => () => importRecords(DossierImportSchema, `${column}\r\n"${s.replaceAll('"', '""')}"\r\n`), bad)
    }
    expect(bad).toEqual([])
  })
})
