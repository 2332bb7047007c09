// Internal to the library (not exported from the format entry): NFC without calling ICU for the
// text that is already NFC, which is nearly every cell of an export.

/**
 * Whether `s` is certainly in NFC without normalising it: every code unit is below U+0300 (ASCII,
 * Latin-1, Latin Extended-A/B, IPA, spacing modifiers — no combining mark, no character that NFC
 * changes or composes) or in Latin Extended Additional U+1E00–U+1EFF (the precomposed Vietnamese
 * letters ạ…ỹ, starters that NFC keeps and never composes with what follows). Anything else
 * (combining marks, U+2000/U+2001, CJK compatibility ideographs, Hangul…) answers false, and the
 * caller normalises.
 * @internal
 */
export function isSurelyNfc(s: string): boolean {
  return !MAYBE_NOT_NFC.test(s) // a regex scans a cell sliced from a CSV chunk faster than a charCodeAt loop
}
const MAYBE_NOT_NFC = /[^\u0000-\u02ff\u1e00-\u1eff]/

/** `s.normalize('NFC')`, without the call when `s` is certainly NFC already. @internal */
export function toNfc(s: string): string {
  return isSurelyNfc(s) ? s : s.normalize('NFC')
}
