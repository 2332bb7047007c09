// Every export, called with arbitrary values, answers or throws a documented
// TypeError/RangeError/ZodError — never an engine error, a hang, a mutation of
// a frozen input, or a polluted prototype. Seeds are printed; reproduce with
// FUZZ_SEED=<seed> FUZZ_RUNS=<n> npx vitest run tests/security/fuzz-exports.test.ts
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { deepFreeze, documentedError, drive, exportedFunctions, SUBPATHS, ThrowingGetterError, type ExportedFunction } from './exports.js'

const SEED = Number(process.env.FUZZ_SEED ?? 20261204)
const RUNS = Number(process.env.FUZZ_RUNS ?? 40)
console.log(`fuzz-exports: seed ${SEED}, ${RUNS} runs per export`)

function deep(depth: number): unknown {
  let v: unknown = 'leaf'
  for (let i = 0; i < depth; i++) v = i % 2 ? { next: v } : [v]
  return v
}

function throwingGetter(): object {
  return Object.defineProperty({}, 'value', { enumerable: true, get: () => { throw new ThrowingGetterError() } })
}

const special = fc.constantFrom<unknown>(
  NaN, -0, Infinity, -Infinity, 1e308, -1e308, 2 ** 53 + 2, 1e21, 545020998, 1e9, '', ' ', '\u0000', '1e9000000000000000',
  '__proto__', 'constructor', new Date(NaN), new Date(8.64e15), [], [, , 1], new Array(5), {}, Object.create(null),
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  Symbol('x'), 10n, () => 1, new Uint8Array([0xff, 0xfe, 0x00]), new Map([['a', 1]]), new Set([1]),
)
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.anything({ maxDepth: 3, withBoxedValues: true, withNullPrototype: true, withObjectString: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true, withMap: true, withSet: true }) },
  { weight: 2, arbitrary: special },
  { weight: 1, arbitrary: fc.constant(null).map(() => throwingGetter()) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.record({ asOf: fc.anything({ maxDepth: 1 }), year: fc.anything({ maxDepth: 1 }) }, { requiredKeys: [] }) },
)
const argsArb = fc.array(value, { minLength: 0, maxLength: 3 }).map((args) => args.map((a) => deepFreeze(a)))

const failures: string[] = []

async function callOnce(f: ExportedFunction, args: unknown[]): Promise<string | undefined> {
  try {
    await drive(f.fn.apply(f.self, args))
  } catch (e) {
    return documentedError(e)
  }
  return undefined
}

let functions: ExportedFunction[] = []

describe('every export under arbitrary arguments', () => {
  for (const sub of SUBPATHS) {
    it(`hanhchinh/${sub}`, async () => {
      if (functions.length === 0) functions = await exportedFunctions()
      const mine = functions.filter((f) => f.name.startsWith(`${sub}.`))
      expect(mine.length).toBeGreaterThan(0)
      for (const f of mine) {
        let found: string | undefined
        await fc.assert(
          fc.asyncProperty(argsArb, async (args) => {
            const bad = await callOnce(f, args)
            if (bad !== undefined) found ??= `${f.name}: ${bad}`
            return bad === undefined
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        ).catch((e: Error) => failures.push(`${found ?? f.name}\n    ${e.message.split('\n').slice(0, 3).join('\n    ')}`))
      }
      // 20,000-deep inputs: recursion on caller data must be bounded or iterative.
      const deepArgs = deepFreeze(deep(20_000))
      for (const f of mine) {
        for (const args of [[deepArgs], ['2024-01-01', deepArgs], [deepArgs, deepArgs]]) {
          const bad = await callOnce(f, args)
          if (bad !== undefined) failures.push(`${f.name} on a 20,000-deep input: ${bad}`)
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(failures.filter((x) => x.startsWith(`${sub}.`))).toEqual([])
    })
  }
})

afterAll(() => {
  if (failures.length) console.log(`fuzz-exports (seed ${SEED}) found:\n${failures.join('\n')}`)
})
