// Limits on what the emulation functions read, so that every call does
// bounded work whatever it is given (issue 13): a record is measured by an
// iterative walk before its schema or its JSON text is computed, a rating
// text by its length before it is folded.

/**
 * The deepest nesting of objects and arrays an emulation record may have
 * (the deepest field of the schema, `years.2024.titles.0.period.from`, is 6
 * levels down; fields the schema does not know count too). A deeper record —
 * or a record that contains itself — is refused at once (code
 * `'too-deep'`), before its schema runs.
 *
 * @example
 * ```ts
 * import { MAX_RECORD_DEPTH, safeParseRecord } from 'hanhchinh/emulation'
 * MAX_RECORD_DEPTH //=> 32
 * let deep: unknown = {}
 * for (let i = 0; i < 40; i++) deep = { next: deep }
 * safeParseRecord({ kind: 'individual', years: {}, note: deep }) //=> { ok: false, code: 'too-deep' }
 * ```
 */
export const MAX_RECORD_DEPTH = 32

/**
 * The longest list (array) an emulation record may hold anywhere: a longer
 * one — such as a sparse `new Array(2 ** 32 - 1)` given as `titles` — is
 * refused at once (code `'too-long'`), before its items are read.
 *
 * @example
 * ```ts
 * import { MAX_RECORD_LIST_LENGTH, safeParseRecord } from 'hanhchinh/emulation'
 * MAX_RECORD_LIST_LENGTH //=> 10000
 * safeParseRecord({ kind: 'individual', years: { 2024: { titles: new Array(2 ** 32 - 1) } } }) //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_RECORD_LIST_LENGTH = 10_000

/**
 * The most objects and arrays an emulation record may hold, counted along
 * every path (an object shared by two places counts twice): a record built
 * as `v = [v, v]` thirty times over is tiny in memory but has 2^30 paths, and
 * its JSON text or any walk of it would never end. A record past this is
 * refused (code `'too-large'`) before its schema runs. A real record — even
 * every year from 1945 to 9999 with titles — holds far fewer.
 *
 * @example
 * ```ts
 * import { MAX_RECORD_VALUES, safeParseRecord } from 'hanhchinh/emulation'
 * MAX_RECORD_VALUES //=> 1000000
 * let shared: unknown = {}
 * for (let i = 0; i < 25; i++) shared = [shared, shared]
 * safeParseRecord({ kind: 'individual', years: {}, note: shared }) //=> { ok: false, code: 'too-large' }
 * ```
 */
export const MAX_RECORD_VALUES = 1_000_000

/**
 * The longest text {@link safeParseRatingText} reads (the longest rating,
 * "Không hoàn thành nhiệm vụ được giao", has 35 characters): a longer text
 * is refused at once (code `'too-long'`), naming this limit.
 *
 * @example
 * ```ts
 * import { MAX_RATING_TEXT_LENGTH, safeParseRatingText } from 'hanhchinh/emulation'
 * MAX_RATING_TEXT_LENGTH //=> 200
 * safeParseRatingText('Hoàn thành tốt '.repeat(100)) //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_RATING_TEXT_LENGTH = 200

/**
 * The most years a set of years given to {@link consecutiveRun} may hold
 * (every year from 1945 to 9999 fits many times over); a longer iterable is
 * a `RangeError` (it may be endless).
 *
 * @example
 * ```ts
 * import { consecutiveRun, MAX_RUN_YEARS } from 'hanhchinh/emulation'
 * MAX_RUN_YEARS //=> 100000
 * consecutiveRun(new Array(MAX_RUN_YEARS + 1).fill(2023), 2023) //=> throws RangeError: Invalid test
 * ```
 */
export const MAX_RUN_YEARS = 100_000

/** What is wrong with the size of a value, for a refusal. @internal */
export interface SizeProblem {
  code: 'too-deep' | 'too-long' | 'too-large'
  path: string
  en: string
  vi: string
}

interface Frame {
  value: object
  depth: number
  parent: Frame | undefined
  key: string
}

function pathOf(frame: Frame, root: string): string {
  const keys: string[] = []
  for (let f: Frame | undefined = frame; f?.parent !== undefined; f = f.parent) keys.push(f.key.length > 40 ? `${f.key.slice(0, 37)}...` : f.key)
  const path = [root, ...keys.reverse()].join('.')
  return path.length > 300 ? `${path.slice(0, 297)}...` : path
}

/**
 * Walk a value given as a record (iteratively: a 20,000-deep value cannot
 * overflow the stack) and report the first place nested deeper than
 * {@link MAX_RECORD_DEPTH} or holding a list longer than
 * {@link MAX_RECORD_LIST_LENGTH}. Typed arrays, dates, maps and sets are not
 * entered (the schema refuses them). Reads own enumerable properties only;
 * never writes. @internal
 */
export function recordSizeProblem(value: unknown, root: string): SizeProblem | undefined {
  if (value === null || typeof value !== 'object') return undefined
  // Fast pass without paths (every check of a record runs it, cached or not);
  // the slow pass below finds the path only when something is wrong.
  const values: object[] = [value]
  const depths: number[] = [0]
  let count = 0
  while (values.length > 0) {
    const v = values.pop()!
    const depth = depths.pop()!
    if (++count > MAX_RECORD_VALUES) return tooLarge(root)
    if (depth > MAX_RECORD_DEPTH) return describeProblem(value, root)
    if (Array.isArray(v)) {
      if (v.length > MAX_RECORD_LIST_LENGTH) return describeProblem(value, root)
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i]
        if (item !== null && typeof item === 'object') {
          values.push(item)
          depths.push(depth + 1)
        }
      }
    } else if (isEntered(v)) {
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue
        const item: unknown = (v as Record<string, unknown>)[key]
        if (item !== null && typeof item === 'object') {
          values.push(item)
          depths.push(depth + 1)
        }
      }
    }
  }
  return undefined
}

/** Plain objects are entered; typed arrays, dates, maps and sets are not (the schema refuses them). */
function isEntered(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v)
  if (proto === Object.prototype || proto === null) return true
  return !(ArrayBuffer.isView(v) || v instanceof Date || v instanceof Map || v instanceof Set)
}

function tooLarge(root: string): SizeProblem {
  return {
    code: 'too-large',
    path: root,
    en: `Invalid ${root}: more than ${MAX_RECORD_VALUES} objects and arrays, counted along every path (expected at most MAX_RECORD_VALUES = ${MAX_RECORD_VALUES})`,
    vi: `Hồ sơ thi đua ${root} có hơn ${MAX_RECORD_VALUES} đối tượng và danh sách (giới hạn MAX_RECORD_VALUES = ${MAX_RECORD_VALUES})`,
  }
}

/** The slow pass: the first problem, with its path (bounded like the fast pass). */
function describeProblem(value: object, root: string): SizeProblem | undefined {
  const stack: Frame[] = [{ value, depth: 0, parent: undefined, key: '' }]
  let count = 0
  while (stack.length > 0) {
    const frame = stack.pop()!
    const v = frame.value
    if (++count > MAX_RECORD_VALUES) return tooLarge(root)
    if (frame.depth > MAX_RECORD_DEPTH) {
      const path = pathOf(frame, root)
      return {
        code: 'too-deep',
        path,
        en: `Invalid ${path}: nested more than ${MAX_RECORD_DEPTH} levels deep (expected a record no deeper than MAX_RECORD_DEPTH = ${MAX_RECORD_DEPTH}; a record that contains itself never ends)`,
        vi: `Hồ sơ thi đua lồng quá ${MAX_RECORD_DEPTH} cấp tại ${path} (giới hạn MAX_RECORD_DEPTH = ${MAX_RECORD_DEPTH})`,
      }
    }
    if (Array.isArray(v)) {
      if (v.length > MAX_RECORD_LIST_LENGTH) {
        const path = pathOf(frame, root)
        return {
          code: 'too-long',
          path,
          en: `Invalid ${path}: a list of ${v.length} items (expected at most MAX_RECORD_LIST_LENGTH = ${MAX_RECORD_LIST_LENGTH})`,
          vi: `Danh sách ${path} có ${v.length} phần tử, quá giới hạn MAX_RECORD_LIST_LENGTH = ${MAX_RECORD_LIST_LENGTH}`,
        }
      }
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i]
        if (item !== null && typeof item === 'object') stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: String(i) })
      }
      continue
    }
    if (!isEntered(v)) continue
    const keys = Object.keys(v)
    for (let i = keys.length - 1; i >= 0; i--) {
      const item: unknown = (v as Record<string, unknown>)[keys[i]!]
      if (item !== null && typeof item === 'object') stack.push({ value: item, depth: frame.depth + 1, parent: frame, key: keys[i]! })
    }
  }
  return undefined
}
