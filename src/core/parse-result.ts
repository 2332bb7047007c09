import { describeValue, wrongType } from './errors.js'
import type { Label } from './label.js'

/**
 * The answer of every `safeParseX` reader of the library: the value, or the
 * reason it was refused as a bilingual {@link Label} (with a stable `code`
 * where the reader has one). Data errors are returned, never thrown; the
 * matching `parseX` throws instead (see {@link parseOrThrow}).
 *
 * @example
 * ```ts
 * import type { ParseResult } from 'hanhchinh/core'
 * import { safeParseVnNumber } from 'hanhchinh/format'
 * const r: ParseResult<unknown> = safeParseVnNumber('1.5')
 * r.ok //=> false
 * ```
 */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure

/**
 * The successful branch of a {@link ParseResult}.
 *
 * @example
 * ```ts
 * import { accept, type ParseSuccess } from 'hanhchinh/core'
 * const r: ParseSuccess<number> = accept(7)
 * r.value //=> 7
 * ```
 */
export interface ParseSuccess<T> {
  readonly ok: true
  readonly value: T
}

/**
 * The refused branch of a {@link ParseResult}: why, in Vietnamese and
 * English, and a stable machine-readable `code` when the reader gives one.
 *
 * @example
 * ```ts
 * import { refuse, type ParseFailure } from 'hanhchinh/core'
 * const r: ParseFailure = refuse('không đọc được', 'cannot be read', 'unreadable')
 * r.reason.en //=> 'cannot be read'
 * r.code //=> 'unreadable'
 * ```
 */
export interface ParseFailure {
  readonly ok: false
  readonly reason: Label
  readonly code?: string
}

/**
 * Build the successful branch of a {@link ParseResult}.
 *
 * @example
 * ```ts
 * import { accept } from 'hanhchinh/core'
 * accept('2024-04-26') //=> { ok: true, value: '2024-04-26' }
 * ```
 */
export function accept<T>(value: T): ParseSuccess<T> {
  return { ok: true, value }
}

/**
 * Build the refused branch of a {@link ParseResult} from its Vietnamese and
 * English reasons and an optional stable code.
 *
 * @example
 * ```ts
 * import { refuse } from 'hanhchinh/core'
 * refuse('thiếu số', 'the number is missing') //=> { ok: false, reason: { vi: 'thiếu số', en: 'the number is missing' } }
 * ```
 */
export function refuse(vi: string, en: string, code?: string): ParseFailure {
  if (typeof vi !== 'string' || typeof en !== 'string') throw wrongType('reason', { vi, en }, 'two strings, Vietnamese and English')
  return code === undefined ? { ok: false, reason: { vi, en } } : { ok: false, reason: { vi, en }, code }
}

/**
 * Turn the answer of a `safeParseX` into the value of the matching `parseX`:
 * the value, or a `RangeError` (a `TypeError` when the input is not even a
 * string) whose message names the argument, the input and the English reason.
 * Every `parseX`/`safeParseX` pair of the library is built this way, so the
 * two always agree.
 *
 * @param result - what the safe reader answered
 * @param argument - the name of the argument, for the message (`'text'`, `'number'`)
 * @param input - the input the reader was given
 *
 * @example
 * ```ts
 * import { parseOrThrow, refuse, accept } from 'hanhchinh/core'
 * parseOrThrow(accept(5), 'text', '5') //=> 5
 * parseOrThrow(refuse('sai', 'not a number'), 'text', 'x') //=> throws RangeError: Invalid text: "x" (not a number)
 * ```
 */
export function parseOrThrow<T>(result: ParseResult<T>, argument: string, input: unknown): T {
  if (result === null || typeof result !== 'object' || typeof result.ok !== 'boolean') {
    throw wrongType('result', result, 'a ParseResult { ok, value } or { ok: false, reason }')
  }
  if (result.ok) return result.value
  if (result.reason === null || typeof result.reason !== 'object' || typeof result.reason.en !== 'string') {
    throw wrongType('result.reason', result.reason, 'a bilingual reason { vi, en }')
  }
  const message = `Invalid ${argument}: ${describeValue(input)} (${result.reason.en})`
  const error = typeof input === 'string' ? new RangeError(message) : new TypeError(message)
  if (result.code !== undefined) (error as Error & { code?: string }).code = result.code
  return throwError(error)
}

function throwError(error: Error): never {
  throw error
}
