import type { Label } from '../core/label.js'

/**
 * The result of a `safeParse…` function of `hanhchinh/format`: the value, or
 * the reason it was refused as a bilingual {@link Label}. Data errors are
 * returned, never thrown.
 *
 * @example
 * ```ts
 * import { safeParseVnNumber, type ParseResult } from 'hanhchinh/format'
 * import type { Decimal } from 'hanhchinh'
 * const r: ParseResult<Decimal> = safeParseVnNumber('1.5')
 * r.ok //=> false
 * ```
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: Label }

// Internal helper: a refusal with its bilingual reason (not part of the public API).
export function refuse(vi: string, en: string): { ok: false; reason: Label } {
  return { ok: false, reason: { vi, en } }
}
