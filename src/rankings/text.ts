import type { Decimal } from '../core/decimal.js'
import { formatVnNumber } from '../format/number.js'
import { accentInsensitiveKey } from '../format/text.js'
import { invalidArgument } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import type { Era, ProvinceOptions } from './provinces.js'

/**
 * Comparison key of a name or phrase: the accent-insensitive key of
 * `hanhchinh/format` (accents folded, `đ` → `d`, lower case), with every
 * character other than letters, digits and `/ % , .` turned into a space and
 * spaces collapsed. Both tone-mark placements (`Hòa`/`Hoà`) and ASCII input
 * (`Hoa Binh`) give the same key. Internal to rankings (not exported).
 */
export function foldVietnamese(text: string): string {
  return accentInsensitiveKey(text)
    .replace(/[^a-z0-9/%,.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Write a number as the press does, exactly: decimal comma in Vietnamese
 * (`1,42`), decimal point in English (`1.42`), through `formatVnNumber` of
 * `hanhchinh/format`. `decimals` fixes the number of places (half-up).
 * Internal to rankings (not exported).
 */
export function formatDecimal(value: Decimal | number, language: 'vi' | 'en', decimals?: number): string {
  const options = decimals === undefined ? {} : { decimals }
  return formatVnNumber(value, language === 'vi' ? options : { ...options, decimalSeparator: '.' })
}

/**
 * A decimal number with a point, optional sign and exponent (`'84.79'`,
 * `'-1e-3'`). Every quantifier is followed by a character it cannot match,
 * so a match attempt is linear in the text (`'1'.repeat(32000) + 'x'` fails
 * in one pass). Internal.
 */
export const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

/**
 * Whether a score is missing: `null`, `undefined`, `NaN` or a blank string
 * (the unit is then not ranked). Internal.
 */
export function isMissingScore(score: unknown): score is null | undefined {
  return (
    score === null ||
    score === undefined ||
    (typeof score === 'number' && Number.isNaN(score)) ||
    (typeof score === 'string' && score.trim() === '')
  )
}

const PROVINCE_OPTION_NAMES: OptionNames<ProvinceOptions> = { era: true }

/**
 * Read the options of a province function (`rankingProvinces`, `resolveProvince`,
 * `provinceName` ...): names checked by core `readOptions`, `era` checked.
 * Internal to rankings (not exported).
 */
export function readProvinceOptions(options: ProvinceOptions | undefined, where: string): Era | undefined {
  const era = readOptions(options, PROVINCE_OPTION_NAMES, where).era
  if (era === undefined) return undefined
  if (era !== 'pre-2025' && era !== 'current') throw invalidArgument('options.era', era, "'pre-2025' or 'current'")
  return era
}
