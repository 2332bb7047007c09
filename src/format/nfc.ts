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
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false
  }
  return true
}

/** `s.normalize('NFC')`, without the call when `s` is certainly NFC already. @internal */
export function toNfc(s: string): string {
  return isSurelyNfc(s) ? s : s.normalize('NFC')
}
