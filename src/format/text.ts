import { wrongType } from '../core/errors.js'

const WHITESPACE_RUN = /[\s\u00a0\u202f\u200b\ufeff]+/g
const COMBINING_MARKS = /[\u0300-\u036f]/g
const NON_ASCII = /[^\x00-\x7f]/
// Whitespace that normalisation changes: at either end, two in a row, or any but a plain space.
const NEEDS_COLLAPSE = /^[\s\u200b]|[\s\u200b]$|[\s\u200b]{2}|[^\S ]|\u200b/

/**
 * Normalise Vietnamese text as it arrives from exports: Unicode NFC (exports
 * from some systems are in NFD, where `ệ` is `e` + two combining marks), trim,
 * and collapse runs of whitespace (including no-break spaces and zero-width
 * spaces) into one space.
 *
 * @example
 * ```ts
 * import { normalizeVietnamese } from 'hanhchinh/format'
 * normalizeVietnamese('  Sở\u00a0Tư   pháp ') //=> 'Sở Tư pháp'
 * normalizeVietnamese('Tie\u0302\u0301p nha\u0323\u0302n') //=> 'Tiếp nhận'
 * normalizeVietnamese('Tie\u0302\u0301p nha\u0323\u0302n').length //=> 9
 * ```
 */
export function normalizeVietnamese(text: string): string {
  if (typeof text !== 'string') throw wrongType('text', text, 'a string')
  const s = NON_ASCII.test(text) ? text.normalize('NFC') : text
  // fast path: nothing to collapse (the usual cell) — no new string built
  return NEEDS_COLLAPSE.test(s) ? s.replace(WHITESPACE_RUN, ' ').trim() : s
}

/**
 * Remove Vietnamese diacritics (tone marks and the vowel marks of `ă â ê ô
 * ơ ư`) and write `đ`/`Đ` as `d`/`D`; case is kept. Used to match labels
 * typed without accents (`Dung han` for `Đúng hạn`).
 *
 * @example
 * ```ts
 * import { foldVietnamese } from 'hanhchinh/format'
 * foldVietnamese('Đúng hạn') //=> 'Dung han'
 * foldVietnamese('Ủy ban nhân dân tỉnh Quảng Ninh') //=> 'Uy ban nhan dan tinh Quang Ninh'
 * ```
 */
export function foldVietnamese(text: string): string {
  if (typeof text !== 'string') throw wrongType('text', text, 'a string')
  if (!NON_ASCII.test(text)) return text
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}

/**
 * The key under which two labels are considered the same: accents folded
 * ({@link foldVietnamese}), lower case, whitespace normalised
 * ({@link normalizeVietnamese}). `Ngày tiếp nhận`, `NGÀY TIẾP NHẬN`,
 * `ngay tiep  nhan` and the NFD form all share one key.
 *
 * @remarks Folding can make two different Vietnamese words equal
 * (`Đã` and `Da`); callers that match labels should prefer an exact
 * (normalised) match and fall back to this key only when it is unambiguous,
 * as {@link vnEnum} does.
 *
 * @example
 * ```ts
 * import { accentInsensitiveKey } from 'hanhchinh/format'
 * accentInsensitiveKey('  Ngày  Tiếp nhận ') //=> 'ngay tiep nhan'
 * accentInsensitiveKey('NGÀY TIẾP NHẬN') === accentInsensitiveKey('ngay tiep nhan') //=> true
 * accentInsensitiveKey(null as never) //=> throws TypeError: Invalid type for text: null
 * ```
 */
export function accentInsensitiveKey(text: string): string {
  if (typeof text !== 'string') throw wrongType('text', text, 'a string')
  return normalizeVietnamese(foldVietnamese(text)).toLowerCase()
}
