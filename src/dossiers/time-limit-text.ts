import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { describeValue } from '../core/errors.js'
import { safeParseVnNumber } from '../format/number.js'
import { accentInsensitiveKey } from '../format/text.js'
import { MAX_TIME_LIMIT_AMOUNT, TIME_LIMIT_UNIT_LABELS, type TimeLimit, type TimeLimitUnit } from './schema.js'

const UNIT_WORDS: ReadonlyArray<readonly [string, TimeLimitUnit]> = [
  ['ngay lam viec', 'working-days'],
  ['gio lam viec', 'working-hours'],
  ['ngay', 'days'],
  ['gio', 'hours'],
  ['thang', 'months'],
  ['working days', 'working-days'],
  ['working-days', 'working-days'],
  ['working hours', 'working-hours'],
  ['working-hours', 'working-hours'],
  ['days', 'days'],
  ['hours', 'hours'],
  ['months', 'months'],
]

/**
 * The longest text {@link safeParseTimeLimit} reads (and the `vnTimeLimit`
 * import cell): the longest wording, `1.234,5 giờ làm việc`, is a fraction of
 * it. A longer text is refused at once (`'too-long'`), without being read.
 *
 * @example
 * ```ts
 * import { MAX_TIME_LIMIT_TEXT_LENGTH, safeParseTimeLimit } from 'hanhchinh/dossiers'
 * MAX_TIME_LIMIT_TEXT_LENGTH //=> 100
 * safeParseTimeLimit('5 ' + ' '.repeat(200) + 'ngày') //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_TIME_LIMIT_TEXT_LENGTH = 100

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11 ||
  c === 0x202f || c === 0x2007 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029

/**
 * Split `  05 ngày làm việc ` into the amount (`05`, `1,5`) and the unit words,
 * one pass over the text (no backtracking); undefined when it has another shape.
 */
function splitAmountAndUnit(text: string): [string, string] | undefined {
  let i = 0, end = text.length
  while (i < end && isSpace(text.charCodeAt(i))) i++
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--
  const start = i
  const digit = (c: number): boolean => c >= 48 && c <= 57
  while (i < end && digit(text.charCodeAt(i))) i++
  if (i === start) return undefined
  if (i < end && text.charCodeAt(i) === 44 && i + 1 < end && digit(text.charCodeAt(i + 1))) {
    i++
    while (i < end && digit(text.charCodeAt(i))) i++
  }
  const amountEnd = i
  while (i < end && isSpace(text.charCodeAt(i))) i++
  if (i === end) return undefined
  return [text.slice(start, amountEnd), text.slice(i, end)]
}

/**
 * Read a time limit as exports and TTHC publications write it — `05 ngày làm
 * việc`, `15 ngày`, `4 giờ làm việc`, `1,5 giờ`, `3 tháng` — into a
 * {@link TimeLimit}, or the reason it cannot be read. Unit words match without
 * accents or case (`ngay lam viec`); the amount is a vi-VN number (decimal
 * comma, read by `hanhchinh/format`). Day and month limits must be whole, hour
 * limits whole minutes. Texts longer than {@link MAX_TIME_LIMIT_TEXT_LENGTH} and amounts beyond
 * {@link MAX_TIME_LIMIT_AMOUNT} are refused (`'too-long'`). Reading is one pass over the text.
 * Never throws.
 *
 * @example
 * ```ts
 * import { safeParseTimeLimit } from 'hanhchinh/dossiers'
 * safeParseTimeLimit('05 ngày làm việc') //=> { ok: true, value: { amount: 5, unit: 'working-days' } }
 * safeParseTimeLimit('0,5 ngày làm việc').ok //=> false
 * safeParseTimeLimit('15 tuần') //=> { ok: false, code: 'unknown-unit' }
 * safeParseTimeLimit(15) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeParseTimeLimit(text: unknown): ParseResult<TimeLimit> {
  if (typeof text !== 'string') {
    return refuse(`cần văn bản thời hạn, nhận được ${describeValue(text)}`, `expected the text of a time limit, received ${describeValue(text)}`, 'not-text')
  }
  if (text.length > MAX_TIME_LIMIT_TEXT_LENGTH) {
    return refuse(
      `Thời hạn dài quá ${MAX_TIME_LIMIT_TEXT_LENGTH} ký tự (${text.length} ký tự)`,
      `A time limit has at most ${MAX_TIME_LIMIT_TEXT_LENGTH} characters (MAX_TIME_LIMIT_TEXT_LENGTH); received ${text.length}`,
      'too-long',
    )
  }
  const m = splitAmountAndUnit(text)
  const words = m ? accentInsensitiveKey(m[1]).replace(/\s+/g, ' ') : ''
  const unit = UNIT_WORDS.find(([w]) => w === words)?.[1]
  const number = m ? safeParseVnNumber(m[0]) : undefined
  if (!m || unit === undefined || number === undefined || !number.ok) {
    return refuse(
      `"${text}": không đọc được thời hạn (ví dụ "05 ngày làm việc", "15 ngày", "4 giờ làm việc", "3 tháng")`,
      `"${text}": not a time limit (e.g. "05 ngày làm việc", "15 ngày", "4 giờ làm việc", "3 tháng")`,
      'unknown-unit',
    )
  }
  const amount = number.value.toNumber()
  const hours = unit === 'hours' || unit === 'working-hours'
  if (hours ? !number.value.times(60).isInteger() : !number.value.isInteger()) {
    return refuse(
      `"${text}": thời hạn tính theo ngày, tháng phải là số nguyên; theo giờ phải tròn phút`,
      `"${text}": day and month limits must be whole numbers; hour limits whole minutes`,
      'not-whole',
    )
  }
  if (amount > MAX_TIME_LIMIT_AMOUNT[unit]) {
    return refuse(
      `"${text}": thời hạn quá dài (tối đa ${MAX_TIME_LIMIT_AMOUNT[unit]} ${TIME_LIMIT_UNIT_LABELS[unit].vi})`,
      `"${text}": beyond the longest time limit, ${MAX_TIME_LIMIT_AMOUNT[unit]} ${TIME_LIMIT_UNIT_LABELS[unit].en} (MAX_TIME_LIMIT_AMOUNT)`,
      'too-long',
    )
  }
  return accept({ amount, unit })
}

/**
 * Read a time limit (`05 ngày làm việc`, see {@link safeParseTimeLimit}), or
 * throw a `RangeError` naming the text (a `TypeError` when it is not text).
 *
 * @example
 * ```ts
 * import { parseTimeLimit } from 'hanhchinh/dossiers'
 * parseTimeLimit('4 giờ làm việc') //=> { amount: 4, unit: 'working-hours' }
 * parseTimeLimit('3 tháng') //=> { amount: 3, unit: 'months' }
 * parseTimeLimit('15 tuần') //=> throws RangeError: Invalid time limit: "15 tuần"
 * ```
 */
export function parseTimeLimit(text: string): TimeLimit {
  return parseOrThrow(safeParseTimeLimit(text), 'time limit', text)
}
