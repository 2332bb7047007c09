import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { describeValue } from '../core/errors.js'
import { safeParseVnNumber } from '../format/number.js'
import { accentInsensitiveKey } from '../format/text.js'
import type { TimeLimit, TimeLimitUnit } from './schema.js'

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

const AMOUNT_AND_UNIT = /^\s*(\d+(?:,\d+)?)\s*(.+?)\s*$/

/**
 * Read a time limit as exports and TTHC publications write it — `05 ngày làm
 * việc`, `15 ngày`, `4 giờ làm việc`, `1,5 giờ`, `3 tháng` — into a
 * {@link TimeLimit}, or the reason it cannot be read. Unit words match without
 * accents or case (`ngay lam viec`); the amount is a vi-VN number (decimal
 * comma, read by `hanhchinh/format`). Day and month limits must be whole, hour
 * limits whole minutes. Never throws.
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
  const m = AMOUNT_AND_UNIT.exec(text)
  const words = m ? accentInsensitiveKey(m[2]!).replace(/\s+/g, ' ') : ''
  const unit = UNIT_WORDS.find(([w]) => w === words)?.[1]
  const number = m ? safeParseVnNumber(m[1]) : undefined
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
