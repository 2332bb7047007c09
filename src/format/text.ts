import { wrongType } from '../core/errors.js'
import { isSurelyNfc } from './nfc.js'

const WHITESPACE_RUN = /[\s\u00a0\u202f\u200b\ufeff]+/g
const COMBINING_MARKS = /[\u0300-\u036f]/g
const NON_ASCII = /[^\x00-\x7f]/

// Whether a code unit is whitespace for normalizeVietnamese: JavaScript's \s (which includes the
// no-break spaces and the BOM) or the zero-width space U+200B.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
}

/**
 * Whether normalisation changes the whitespace of `s`: whitespace at either end, two in a row, or
 * any but a plain space.
 */
function needsCollapse(s: string): boolean {
  const n = s.length
  if (n === 0) return false
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return true
  let previous = false
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i)
    if (c === 32) {
      if (previous) return true
      previous = true
    } else if (c < 32 || c >= 0xa0 ? isSpace(c) : false) return true
    else previous = false
  }
  return false
}

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
  // fast paths: text already in NFC is not normalised (no call into ICU), and text with nothing to
  // collapse (the usual cell) is returned as it is — no new string built
  const s = isSurelyNfc(text) ? text : text.normalize('NFC')
  return needsCollapse(s) ? s.replace(WHITESPACE_RUN, ' ').trim() : s
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
