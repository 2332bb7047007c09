// Every function the package exports, found by enumerating the subpath
// modules named in package.json: a new subpath or export is covered without
// editing the guards.
import { readFileSync } from 'node:fs'

export interface ExportedFunction {
  /** `calendar.addWorkingDays`, `calendar.vietnamCivilService.isWorkingDay` */
  name: string
  fn: (...args: unknown[]) => unknown
  self: unknown
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> }

/** The subpaths of the package (`core`, `calendar`, …), without the root (it re-exports them). */
export const SUBPATHS: string[] = Object.keys(pkg.exports)
  .filter((k) => k.startsWith('./') && k !== './package.json')
  .map((k) => k.slice(2))

const isClass = (f: unknown): boolean => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f))

export async function exportedFunctions(): Promise<ExportedFunction[]> {
  const out: ExportedFunction[] = []
  const seen = new Set<unknown>()
  for (const sub of SUBPATHS) {
    const mod = (await import(`../../src/${sub}/index.ts`)) as Record<string, unknown>
    for (const [key, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value === 'function') {
        // Decimal and other classes are covered through the functions that build them.
        if (isClass(value) || key === 'Decimal' || seen.has(value)) continue
        seen.add(value)
        out.push({ name: `${sub}.${key}`, fn: value as ExportedFunction['fn'], self: undefined })
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && !('_zod' in value)) {
        // Objects of methods, such as vietnamCivilService.
        for (const [m, f] of Object.entries(value)) {
          if (typeof f === 'function' && !seen.has(f) && !isClass(f)) {
            seen.add(f)
            out.push({ name: `${sub}.${key}.${m}`, fn: f as ExportedFunction['fn'], self: value })
          }
        }
      }
    }
  }
  return out
}

// Messages the JavaScript engine or a dependency writes: an exported function
// must never let one of these through (it checks its arguments first).
const ENGINE_MESSAGES = [
  /Cannot read propert/, /Cannot set propert/, /is not a function/, /is not iterable/, /Cannot use 'in' operator/,
  /Cannot convert/, /Cannot create property/, /Cannot assign to read only/, /not extensible/, /Cannot add property/,
  /Cannot destructure/, /Invalid array length/, /Maximum call stack/, /Invalid time value/, /toFixed\(\) digits/,
  /Invalid string length/, /Reduce of empty array/, /is not a constructor/, /BigInt/, /circular structure/,
  // not /Symbol/: the library's own messages describe a symbol argument as Symbol(x)
  /Symbol value/, /Invalid regular expression/, /Invalid code point/, /Invalid count value/, /DecimalError/,
  /undefined is not/, /null is not/, /of undefined/, /of null/, /Object prototype may only/, /Cannot delete/,
  /Cannot redefine property/, /Method .* called on incompatible/, /Right-hand side of 'instanceof'/,
  /Spread syntax requires/, /object null is not/, /Iterator result/, /is not a valid/,
]

/** The error a documented throw of the library may be. */
export function documentedError(e: unknown): string | undefined {
  if (e instanceof ThrowingGetterError) return undefined
  if (!(e instanceof Error)) return `threw a non-Error: ${String(e)}`
  const zod = e.name === 'ZodError' || e.constructor?.name === 'ZodError'
  if (!(e instanceof TypeError) && !(e instanceof RangeError) && !zod) return `${e.name}: ${e.message}`
  if (zod) return undefined
  for (const re of ENGINE_MESSAGES) if (re.test(e.message)) return `engine message in ${e.name}: ${e.message}`
  return undefined
}

/** What a throwing getter in a fuzzed input throws: letting it propagate is correct. */
export class ThrowingGetterError extends Error {
  constructor() {
    super('a getter of the caller threw')
    this.name = 'ThrowingGetterError'
  }
}

/** Run a call to its end: await promises and read a few items of lazy results. */
export async function drive(value: unknown): Promise<void> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return
  if (typeof (value as PromiseLike<unknown>).then === 'function') {
    await drive(await (value as PromiseLike<unknown>))
    return
  }
  if (Array.isArray(value) || typeof value === 'function') return
  const asyncIt = (value as AsyncIterable<unknown>)[Symbol.asyncIterator]
  if (typeof asyncIt === 'function') {
    let n = 0
    for await (const _ of value as AsyncIterable<unknown>) if (++n > 50) break
    return
  }
  const it = (value as Iterable<unknown>)[Symbol.iterator]
  if (typeof it === 'function' && !(value instanceof Map) && !(value instanceof Set) && typeof value !== 'string') {
    let n = 0
    for (const _ of value as Iterable<unknown>) if (++n > 50) break
  }
}

export function deepFreeze<T>(value: T): T {
  // Iterative: the fuzz inputs include 20,000-deep structures.
  const seen = new Set<unknown>()
  const stack: unknown[] = [value]
  while (stack.length) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object' || seen.has(v)) continue
    seen.add(v)
    if (ArrayBuffer.isView(v)) continue // typed arrays with elements cannot be frozen
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)
      if (d && 'value' in d) stack.push(d.value)
    }
    Object.freeze(v)
  }
  return value
}
