import { Decimal, MAX_DECIMAL_EXPONENT, MAX_DECIMAL_TEXT, toDecimal, type DecimalInput } from '../core/decimal.js'
import { describeValue, invalidArgument } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'

/**
 * How numbers are written. `','` (the default) is vi-VN: `.` groups
 * thousands and `,` starts the decimals (`1.234,5`). `'.'` is the style of
 * English-language exports: `,` groups thousands and `.` starts the decimals
 * (`1,234.5`). A space or no-break space may also group thousands in either
 * style.
 *
 * @example
 * ```ts
 * import { parseVnNumber, type NumberOptions } from 'hanhchinh/format'
 * const en: NumberOptions = { decimalSeparator: '.' }
 * parseVnNumber('1,234.5', en) //=> '1234.5'
 * ```
 */
export interface NumberOptions {
  /** The decimal separator; the other of `','` / `'.'` groups thousands. @defaultValue `','` */
  decimalSeparator?: ',' | '.'
}

const GROUP_SPACES = ' \u00a0\u202f'

// Shared by numbers and percentages: parse the numeric part of `text` (already trimmed, non-empty).
function parseNumeric(s: string, decimalSeparator: ',' | '.'): ParseResult<Decimal> {
  const thousands = decimalSeparator === ',' ? '.' : ','
  let i = 0
  let sign = ''
  const first = s[0]
  if (first === '-' || first === '\u2212') { sign = '-'; i = 1 } else if (first === '+') { i = 1 }
  const body = s.slice(i)
  const decimalAt = body.indexOf(decimalSeparator)
  if (decimalAt !== -1 && body.indexOf(decimalSeparator, decimalAt + 1) !== -1) {
    return refuse(
      `"${s}" có nhiều hơn một dấu thập phân "${decimalSeparator}"`,
      `"${s}" has more than one decimal separator "${decimalSeparator}"`,
    )
  }
  const intPart = decimalAt === -1 ? body : body.slice(0, decimalAt)
  const fracPart = decimalAt === -1 ? '' : body.slice(decimalAt + 1)
  if (decimalAt !== -1 && !/^\d+$/.test(fracPart)) {
    if (fracPart.includes(thousands)) {
      return refuse(
        `"${s}" đặt dấu phân cách hàng nghìn "${thousands}" sau dấu thập phân "${decimalSeparator}" (kiểu viết khác vi-VN?)`,
        `"${s}" has the thousands separator "${thousands}" after the decimal separator "${decimalSeparator}" (written in another style? see the decimalSeparator option)`,
      )
    }
    return refuse(`"${s}" không phải là số`, `"${s}" is not a number`)
  }
  let digits: string
  if (/^\d+$/.test(intPart)) {
    digits = intPart
  } else {
    const sep = [...intPart].find((c) => c < '0' || c > '9')
    const groupable = sep === thousands || (sep !== undefined && GROUP_SPACES.includes(sep))
    if (!groupable || intPart === '') {
      return refuse(`"${s}" không phải là số`, `"${s}" is not a number`)
    }
    const groups = intPart.split(sep)
    const valid = groups.every((g, k) => (k === 0 ? /^[1-9]\d{0,2}$/ : /^\d{3}$/).test(g))
    if (!valid) {
      return refuse(
        `"${s}" có nhóm chữ số không hợp lệ: "${sep}" là dấu phân cách hàng nghìn, sau nó phải có đúng 3 chữ số (số thập phân viết bằng "${decimalSeparator}")`,
        `"${s}" has a malformed digit group: "${sep}" separates thousands and must be followed by exactly 3 digits (decimals are written with "${decimalSeparator}")`,
      )
    }
    digits = groups.join('')
  }
  // through core toDecimal: its exponent bound applies to every number read here
  try {
    return accept(toDecimal(`${sign}${digits}${fracPart ? `.${fracPart}` : ''}`, 'number'))
  } catch {
    return refuse(
      `"${s}" quá lớn hoặc quá nhỏ: số mũ thập phân phải trong khoảng ±${MAX_DECIMAL_EXPONENT}`,
      `"${s}" is too large or too small: the decimal exponent must lie within ±${MAX_DECIMAL_EXPONENT}`,
    )
  }
}

// A number text longer than core's MAX_DECIMAL_TEXT is refused before it is scanned.
function tooLong(text: string): ParseResult<never> | undefined {
  return text.length > MAX_DECIMAL_TEXT
    ? refuse(
      `chuỗi dài ${text.length} ký tự: một số dài tối đa ${MAX_DECIMAL_TEXT} ký tự`,
      `the text has ${text.length} characters: a number is at most ${MAX_DECIMAL_TEXT}`,
    )
    : undefined
}

const NUMBER_OPTIONS: OptionNames<NumberOptions> = { decimalSeparator: true }
const PERCENT_OPTIONS: OptionNames<PercentOptions> = { decimalSeparator: true, percentSign: true }
const FORMAT_OPTIONS: OptionNames<FormatNumberOptions> = { decimalSeparator: true, decimals: true }

// a misspelt decimalSeperator: '.' would read '1,5' as 1.5 instead of refusing it: readOptions refuses it
function separatorOf(options: NumberOptions): ',' | '.' {
  return readChoice(options.decimalSeparator, [',', '.'], ',', 'options.decimalSeparator')
}

/**
 * Parse a number written in vi-VN style (`50.308`, `1.234,5`, `-7`) into an
 * exact `Decimal`, returning a refusal with a bilingual reason for anything
 * that is not unambiguously a number. Ambiguity is refused, never guessed:
 * in vi-VN `.` groups thousands, so `1.5` (a group of one digit) is refused
 * rather than read as 15 or 1.5.
 *
 * @param text - the text of the number, surrounding whitespace allowed
 * @param options - {@link NumberOptions}
 *
 * @example
 * ```ts
 * import { safeParseVnNumber } from 'hanhchinh/format'
 * safeParseVnNumber('50.308') //=> { ok: true, value: '50308' }
 * safeParseVnNumber('1.5') //=> { ok: false }
 * safeParseVnNumber('abc').ok //=> false
 * ```
 */
export function safeParseVnNumber(text: unknown, options?: NumberOptions): ParseResult<Decimal> {
  const sep = separatorOf(readOptions(options, NUMBER_OPTIONS, 'safeParseVnNumber'))
  if (typeof text !== 'string') {
    return refuse(`cần một chuỗi số, nhận được ${describeValue(text)}`, `expected the text of a number, received ${describeValue(text)}`)
  }
  const long = tooLong(text)
  if (long) return long
  const s = text.trim()
  if (s === '') return refuse('ô trống, cần một số', 'empty, expected a number')
  return parseNumeric(s, sep)
}

/**
 * Parse a number written in vi-VN style into an exact `Decimal`, or throw a
 * `RangeError` naming the value (a `TypeError` for a non-string). For data,
 * prefer {@link safeParseVnNumber}, which returns the refusal instead.
 *
 * @example
 * ```ts
 * import { parseVnNumber } from 'hanhchinh/format'
 * parseVnNumber('50.308') //=> '50308'
 * parseVnNumber('1.234,5') //=> '1234.5'
 * parseVnNumber('-0,25') //=> '-0.25'
 * parseVnNumber('1 234 567') //=> '1234567'
 * parseVnNumber('1.5') //=> throws RangeError: "1.5"
 * parseVnNumber('1.5', { decimalSeparator: '.' }) //=> '1.5'
 * ```
 */
export function parseVnNumber(text: string, options?: NumberOptions): Decimal {
  readOptions(options, NUMBER_OPTIONS, 'parseVnNumber')
  return parseOrThrow(safeParseVnNumber(text, options), 'number', text)
}

/**
 * Options of {@link parseVnPercent}: the number style and whether the `%` sign
 * is required (`'optional'` accepts `84,79` from a column headed "Tỷ lệ (%)").
 *
 * @example
 * ```ts
 * import { safeParseVnPercent, type PercentOptions } from 'hanhchinh/format'
 * const opts: PercentOptions = { percentSign: 'required' }
 * safeParseVnPercent('84,79', opts).ok //=> false
 * ```
 */
export interface PercentOptions extends NumberOptions {
  /** @defaultValue `'optional'` */
  percentSign?: 'required' | 'optional'
}

/**
 * Parse a percentage (`84,79%`, `84,79 %`, `100%`) into its number of
 * percentage points as an exact `Decimal` (`84.79`), or a refusal.
 *
 * @example
 * ```ts
 * import { safeParseVnPercent } from 'hanhchinh/format'
 * safeParseVnPercent('84,79%') //=> { ok: true, value: '84.79' }
 * safeParseVnPercent('84.79%').ok //=> false
 * ```
 */
export function safeParseVnPercent(text: unknown, options?: PercentOptions): ParseResult<Decimal> {
  const opts = readOptions(options, PERCENT_OPTIONS, 'safeParseVnPercent')
  const sep = separatorOf(opts)
  const sign = readChoice(opts.percentSign, ['required', 'optional'], 'optional', 'options.percentSign')
  if (typeof text !== 'string') {
    return refuse(`cần một tỷ lệ phần trăm, nhận được ${describeValue(text)}`, `expected the text of a percentage, received ${describeValue(text)}`)
  }
  const long = tooLong(text)
  if (long) return long
  let s = text.trim()
  if (s === '') return refuse('ô trống, cần một tỷ lệ phần trăm', 'empty, expected a percentage')
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trimEnd()
  } else if (sign === 'required') {
    return refuse(`"${s}" thiếu dấu %`, `"${s}" lacks the % sign`)
  }
  if (s === '') return refuse('thiếu số trước dấu %', 'no number before the % sign')
  return parseNumeric(s, sep)
}

/**
 * Parse a percentage (`84,79%`) into percentage points (`84.79`), or throw a
 * `RangeError` naming the value.
 *
 * @example
 * ```ts
 * import { parseVnPercent } from 'hanhchinh/format'
 * parseVnPercent('84,79%') //=> '84.79'
 * parseVnPercent('100 %') //=> '100'
 * parseVnPercent('84,79') //=> '84.79'
 * parseVnPercent('84,79%x') //=> throws RangeError: "84,79%x"
 * ```
 */
export function parseVnPercent(text: string, options?: PercentOptions): Decimal {
  readOptions(options, PERCENT_OPTIONS, 'parseVnPercent')
  return parseOrThrow(safeParseVnPercent(text, options), 'percentage', text)
}

/**
 * Options of {@link formatVnNumber} and {@link formatVnPercent}.
 *
 * @example
 * ```ts
 * import { formatVnNumber, type FormatNumberOptions } from 'hanhchinh/format'
 * const two: FormatNumberOptions = { decimals: 2 }
 * formatVnNumber('1234.5', two) //=> '1.234,50'
 * ```
 */
export interface FormatNumberOptions extends NumberOptions {
  /** Round half-up to this many decimals and always show them; by default the value is written exactly. */
  decimals?: number
}

/**
 * Write a number in vi-VN style, exactly: thousands grouped with `.`,
 * decimals after `,`. No floating point is involved: the digits are those of
 * the `Decimal`; rounding happens only when `decimals` is given (half-up).
 *
 * @example
 * ```ts
 * import { formatVnNumber } from 'hanhchinh/format'
 * import { Decimal } from 'hanhchinh'
 * formatVnNumber(50308) //=> '50.308'
 * formatVnNumber(new Decimal('1234567.891')) //=> '1.234.567,891'
 * formatVnNumber('0.125', { decimals: 2 }) //=> '0,13'
 * formatVnNumber('-1234.5', { decimalSeparator: '.' }) //=> '-1,234.5'
 * ```
 */
export function formatVnNumber(value: DecimalInput, options?: FormatNumberOptions): string {
  return writeVnNumber(value, readOptions(options, FORMAT_OPTIONS, 'formatVnNumber'))
}

function writeVnNumber(value: DecimalInput, options: FormatNumberOptions): string {
  const sep = separatorOf(options)
  const thousands = sep === ',' ? '.' : ','
  const d = toDecimal(value, 'value')
  const { decimals } = options
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 100)) {
    throw invalidArgument('options.decimals', decimals, 'an integer from 0 to 100')
  }
  let text = decimals === undefined ? d.toFixed() : d.toFixed(decimals, Decimal.ROUND_HALF_UP)
  let sign = ''
  if (text.startsWith('-')) { sign = '-'; text = text.slice(1) }
  if (/^[0.]+$/.test(text)) sign = ''
  const dot = text.indexOf('.')
  const intPart = dot === -1 ? text : text.slice(0, dot)
  const fracPart = dot === -1 ? '' : text.slice(dot + 1)
  let grouped = ''
  for (let end = intPart.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3)
    grouped = grouped ? `${intPart.slice(start, end)}${thousands}${grouped}` : intPart.slice(start, end)
  }
  return `${sign}${grouped}${fracPart ? `${sep}${fracPart}` : ''}`
}

/**
 * Write percentage points as a vi-VN percentage: `84.79` → `'84,79%'`,
 * exactly (see {@link formatVnNumber}).
 *
 * @example
 * ```ts
 * import { formatVnPercent } from 'hanhchinh/format'
 * import { Decimal } from 'hanhchinh'
 * formatVnPercent(new Decimal('84.79')) //=> '84,79%'
 * formatVnPercent('100') //=> '100%'
 * formatVnPercent('98.857', { decimals: 2 }) //=> '98,86%'
 * ```
 */
export function formatVnPercent(value: DecimalInput, options?: FormatNumberOptions): string {
  return `${writeVnNumber(value, readOptions(options, FORMAT_OPTIONS, 'formatVnPercent'))}%`
}
