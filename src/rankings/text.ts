import type { Decimal } from '../core/decimal.js'

/**
 * Fold a Vietnamese name or phrase to a comparison key: lower case, accents
 * removed (`đ` → `d`), every character other than letters, digits and
 * `/ % , .` turned into a space, spaces collapsed.
 * Both tone-mark placements (`Hòa`/`Hoà`) and ASCII input (`Hoa Binh`) give
 * the same key. Used by resolveProvince and parseRankPhrase. Internal (not exported).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9/%,.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Write a decimal number as the press does: decimal comma in Vietnamese
 * (`1,42`), decimal point in English (`1.42`); no thousands separators.
 * `decimals` fixes the number of places (rounded half-up); by default the
 * value is written exactly.
 */
export function formatDecimal(value: Decimal | number, language: 'vi' | 'en', decimals?: number): string {
  const text =
    typeof value === 'number'
      ? decimals === undefined ? String(value) : value.toFixed(decimals)
      : decimals === undefined ? value.toFixed() : value.toFixed(decimals)
  return language === 'vi' ? text.replace('.', ',') : text
}
