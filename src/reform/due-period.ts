import { readAsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { daysInMonth, isIsoDate, isoDate, type IsoDate } from '../core/iso-date.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { accentInsensitiveKey } from '../format/text.js'
import type { DuePeriod } from './due-period-schema.js'

/**
 * The longest deadline wording {@link parseDuePeriod} reads: 200 characters.
 * A deadline in a plan is a short phrase ("Hoàn thành chậm nhất trong 6
 * tháng đầu năm 2022" has 48); longer text is refused at once (code
 * `'too-long'`), naming this limit, before any other work.
 *
 * @example
 * ```ts
 * import { MAX_DUE_PERIOD_LENGTH, safeParseDuePeriod } from 'hanhchinh/reform'
 * MAX_DUE_PERIOD_LENGTH //=> 200
 * safeParseDuePeriod('Quý II' + ' '.repeat(300)) //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_DUE_PERIOD_LENGTH = 200

/** Strip diacritics, lower-case, collapse spaces: "Quý  II/2022" → "quy ii/2022". */
function fold(text: string): string {
  // accentInsensitiveKey collapses every run of spaces to one and trims
  const key = accentInsensitiveKey(text)
  // trailing ". ; , :" by a scan from the end (a /[.;,:]+$/ search would retry every run: quadratic)
  let end = key.length
  while (end > 0 && TRAILING.has(key.charCodeAt(end - 1))) end--
  return key.slice(0, end).split('/').map((part) => part.trim()).join('/').trim()
}

const TRAILING: ReadonlySet<number> = new Set([46, 59, 44, 58]) // . ; , :

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 }

// "by the end of" wording that may precede a period; "trước" is accepted only before a
// day ("trước 30/6"), because "trước quý II" could mean "before quarter II starts".
const BY = '(?:(?:hoan thanh |thuc hien |hoan tat )?(?:trong|het|cuoi|cham nhat|den het|den cuoi|han|vao)(?: ngay)? )?'
const YEAR = '(?:(?: nam |/| - )(\\d{4}))?'

function withYear<T extends object>(period: T, year: string | undefined, text: string): T & { year?: number; text: string } {
  return year === undefined ? { ...period, text } : { ...period, year: Number(year), text }
}

/**
 * Parse the Vietnamese wording of a deadline in a reform plan into a
 * {@link DuePeriod}. Understood (case and diacritics are ignored):
 *
 * - "Quý II", "quý 2", "Quý II/2022", "trong quý II năm 2022" → quarter
 * - "6 tháng đầu năm" / "6 tháng cuối năm" → half 1 / 2
 * - "Tháng 6", "tháng 6/2022", "trong tháng 6" → month
 * - "Năm 2022", "cả năm", "trong năm", "cuối năm" → year
 * - "Trước 30/6/2022", "30/6/2022", "trước ngày 30/6" → a date (day and
 *   month only: in the plan year); "trước" is read as an inclusive deadline
 * - "Thường xuyên", "hằng tháng", "hàng quý", "định kỳ" → recurring
 * - an ISO date `2022-06-30`
 *
 * Anything else, text longer than {@link MAX_DUE_PERIOD_LENGTH}, and
 * "trước" before a month or quarter (ambiguous: before it starts or before
 * it ends?), is refused: a `RangeError` naming the text and
 * the reason. {@link safeParseDuePeriod} returns the refusal instead.
 *
 * @example
 * ```ts
 * import { parseDuePeriod } from 'hanhchinh/reform'
 * parseDuePeriod('quý II') //=> { period: 'quarter', quarter: 2 }
 * parseDuePeriod('6 tháng đầu năm') //=> { period: 'half', half: 1 }
 * parseDuePeriod('thường xuyên') //=> { period: 'recurring' }
 * parseDuePeriod('tháng 6') //=> { period: 'month', month: 6 }
 * parseDuePeriod('trước 30/6/2022') //=> { period: 'date', date: '2022-06-30' }
 * parseDuePeriod('năm 2022') //=> { period: 'year', year: 2022 }
 * parseDuePeriod('khi có yêu cầu') //=> throws RangeError: Invalid text: "khi có yêu cầu" (Deadline not understood
 * ```
 */
export function parseDuePeriod(text: string): DuePeriod {
  return parseOrThrow(safeParseDuePeriod(text), 'text', text)
}

/**
 * Read the wording of a deadline like {@link parseDuePeriod}, without
 * throwing: `{ ok: true, value }` with the period, or `{ ok: false, reason }`
 * (input that is not text included).
 *
 * @example
 * ```ts
 * import { safeParseDuePeriod } from 'hanhchinh/reform'
 * safeParseDuePeriod('Quý IV/2022') //=> { ok: true, value: { period: 'quarter', quarter: 4, year: 2022 } }
 * safeParseDuePeriod('trước quý II') //=> { ok: false, code: 'ambiguous' }
 * safeParseDuePeriod(42) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeParseDuePeriod(text: unknown): ParseResult<DuePeriod> {
  if (typeof text !== 'string') return refuse('Thời hạn phải là chuỗi ký tự', 'a deadline must be text', 'not-text')
  if (text.length > MAX_DUE_PERIOD_LENGTH) {
    return refuse(
      `Chuỗi dài ${text.length} ký tự, quá giới hạn ${MAX_DUE_PERIOD_LENGTH} ký tự của một thời hạn`,
      `Text of ${text.length} characters is longer than the ${MAX_DUE_PERIOD_LENGTH} characters a deadline may have`,
      'too-long',
    )
  }
  const original = text.trim().replace(/\s+/g, ' ')
  const s = fold(text)
  const fail = (vi: string, en: string, code = 'not-understood'): ParseResult<DuePeriod> => refuse(`${vi}: "${original}"`, `${en}: "${original}"`, code)
  if (s === '') return fail('Thời hạn trống', 'Empty deadline', 'empty')
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return isIsoDate(s) ? accept({ period: 'date', date: s, text: original }) : fail('Ngày không tồn tại', 'No such date')
  }
  let m: RegExpExecArray | null
  // recurring
  m = /^(?:thuc hien )?(thuong xuyen|lien tuc|dinh ky|hang tuan|hang thang|hang quy|hang nam|hang ngay)(?:[ ,].*)?$/.exec(s)
  if (m) {
    const every = { 'hang tuan': 'week', 'hang thang': 'month', 'hang quy': 'quarter', 'hang nam': 'year' } as const
    const word = /\bhang (tuan|thang|quy|nam)\b/.exec(s)
    const e = word ? every[`hang ${word[1]}` as keyof typeof every] : undefined
    return accept(e ? { period: 'recurring', every: e, text: original } : { period: 'recurring', text: original })
  }
  if (/^truoc (?:ngay )?(?:quy|thang|6 thang)/.test(s)) {
    return fail('Thời hạn "trước" một tháng/quý là không rõ (trước khi bắt đầu hay kết thúc?)', 'Deadline "before" a month/quarter is ambiguous (before it starts or ends?)', 'ambiguous')
  }
  // quarter
  m = new RegExp(`^${BY}quy (iv|iii|ii|i|[1-4])${YEAR}$`).exec(s)
  if (m) return accept(withYear({ period: 'quarter' as const, quarter: ROMAN[m[1]!]! }, m[2], original))
  // half
  m = new RegExp(`^${BY}(?:6|sau) thang (dau|cuoi) nam(?:(?: |/| - )(\\d{4}))?$`).exec(s)
  if (m) return accept(withYear({ period: 'half' as const, half: m[1] === 'dau' ? (1 as const) : (2 as const) }, m[2], original))
  // month
  m = new RegExp(`^${BY}thang (\\d{1,2})${YEAR}$`).exec(s)
  if (m) {
    const month = Number(m[1])
    if (month < 1 || month > 12) return fail('Tháng không hợp lệ', 'No such month')
    return accept(withYear({ period: 'month' as const, month }, m[2], original))
  }
  // year
  m = new RegExp(`^${BY}(?:ca nam|nam|trong nam)(?: (\\d{4}))?$`).exec(s)
  if (m) return accept(m[1] === undefined ? { period: 'year', text: original } : { period: 'year', year: Number(m[1]), text: original })
  // day / date
  m = /^(?:(?:hoan thanh |thuc hien )?(?:truoc|cham nhat|den|han|vao|trong)(?: ngay)? |ngay )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(s)
  if (m) {
    const day = Number(m[1])
    const month = Number(m[2])
    if (m[3] !== undefined) {
      const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      return isIsoDate(iso) ? accept({ period: 'date', date: iso, text: original }) : fail('Ngày không tồn tại', 'No such date')
    }
    if (month < 1 || month > 12 || day < 1 || day > (month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31)) {
      return fail('Ngày không tồn tại', 'No such date')
    }
    return accept({ period: 'day', month, day, text: original })
  }
  return fail('Không hiểu thời hạn', 'Deadline not understood')
}

function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month))
}

/**
 * Resolve a due date to the civil date of the deadline in the plan year:
 * an ISO date is itself; a period resolves to its last day (quý II → 30/06,
 * 6 tháng đầu năm → 30/06, tháng 2 → last day of February, năm → 31/12);
 * a period carrying its own `year` uses that year; an instant (`Date`,
 * date-time with offset) is its civil date in Vietnam time. Recurring tasks
 * ("thường xuyên") have no deadline: `undefined`. Vietnamese wording is
 * parsed with {@link parseDuePeriod}; wording it does not understand, or a
 * day that does not exist in that year, is a `RangeError`.
 *
 * @param due - an ISO date, a `DuePeriod`, Vietnamese wording, or an instant (`Date`, date-time with offset)
 * @param planYear - the year of the plan
 *
 * @example
 * ```ts
 * import { resolveDueDate } from 'hanhchinh/reform'
 * resolveDueDate({ period: 'quarter', quarter: 2 }, 2022) //=> '2022-06-30'
 * resolveDueDate('6 tháng đầu năm', 2022) //=> '2022-06-30'
 * resolveDueDate({ period: 'month', month: 2 }, 2024) //=> '2024-02-29'
 * resolveDueDate('Quý IV/2023', 2022) //=> '2023-12-31'
 * resolveDueDate('thường xuyên', 2022) //=> undefined
 * resolveDueDate('2022-07-15', 2022) //=> '2022-07-15'
 * resolveDueDate('2022-07-15T20:00:00Z', 2022) //=> '2022-07-16'
 * resolveDueDate('sớm', 2022) //=> throws RangeError: Invalid dueDate
 * ```
 */
export function resolveDueDate(due: DuePeriod | string | Date, planYear: number, argument = 'dueDate'): IsoDate | undefined {
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument (string)')
  if (typeof planYear !== 'number') throw wrongType('planYear', planYear, 'an integer year 1900..9999')
  if (!Number.isInteger(planYear) || planYear < 1900 || planYear > 9999) throw invalidArgument('planYear', planYear, 'an integer year 1900..9999')
  // an instant (Date, date-time with offset) is a deadline on its civil date in Vietnam time
  if (due instanceof Date || (typeof due === 'string' && due.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]/.test(due))) return readAsOf(due, argument).date
  let period: DuePeriod
  if (typeof due === 'string') {
    if (isIsoDate(due)) return due
    const parsed = safeParseDuePeriod(due)
    if (!parsed.ok) throw invalidArgument(argument, due, `an ISO date or a deadline such as "Quý II", "6 tháng đầu năm", "Thường xuyên" (${parsed.reason.en})`)
    period = parsed.value
  } else if (due !== null && typeof due === 'object' && 'period' in due) {
    period = due
  } else {
    throw wrongType(argument, due, 'an ISO date, a due period object or Vietnamese deadline wording')
  }
  const year = 'year' in period && period.year !== undefined ? period.year : planYear
  if (typeof year !== 'number') throw wrongType(`${argument}.year`, year, 'an integer year 1900..9999 or undefined')
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw invalidArgument(`${argument}.year`, year, 'an integer year 1900..9999 or undefined')
  switch (period.period) {
    case 'date':
      if (!isIsoDate(period.date)) throw invalidArgument(`${argument}.date`, period.date, 'an ISO date YYYY-MM-DD that exists')
      return period.date
    case 'day':
      if (!Number.isInteger(period.month) || period.month < 1 || period.month > 12) throw invalidArgument(`${argument}.month`, period.month, 'a month 1..12')
      if (!Number.isInteger(period.day) || period.day < 1 || period.day > 31) throw invalidArgument(`${argument}.day`, period.day, 'a day 1..31')
      if (!isIsoDate(`${year}-${String(period.month).padStart(2, '0')}-${String(period.day).padStart(2, '0')}`)) {
        throw invalidArgument(argument, period, `a day that exists in ${year}`)
      }
      return isoDate(year, period.month, period.day)
    case 'month':
      if (!Number.isInteger(period.month) || period.month < 1 || period.month > 12) throw invalidArgument(`${argument}.month`, period.month, 'a month 1..12')
      return lastDayOfMonth(year, period.month)
    case 'quarter':
      if (!Number.isInteger(period.quarter) || period.quarter < 1 || period.quarter > 4) throw invalidArgument(`${argument}.quarter`, period.quarter, 'a quarter 1..4')
      return lastDayOfMonth(year, period.quarter * 3)
    case 'half':
      if (period.half !== 1 && period.half !== 2) throw invalidArgument(`${argument}.half`, period.half, '1 or 2')
      return period.half === 1 ? isoDate(year, 6, 30) : isoDate(year, 12, 31)
    case 'year':
      return isoDate(year, 12, 31)
    case 'recurring':
      return undefined
    default:
      throw invalidArgument(`${argument}.period`, (period as { period: unknown }).period, "'date', 'day', 'month', 'quarter', 'half', 'year' or 'recurring'")
  }
}

/**
 * Whether a due date is recurring ("thường xuyên", "hằng tháng" ...): such a
 * task has no deadline and is never overdue.
 *
 * @example
 * ```ts
 * import { isRecurring } from 'hanhchinh/reform'
 * isRecurring('Thường xuyên') //=> true
 * isRecurring({ period: 'recurring', every: 'month' }) //=> true
 * isRecurring('Quý II') //=> false
 * isRecurring(42 as never) //=> throws TypeError: Invalid type for due: 42
 * ```
 */
export function isRecurring(due: DuePeriod | string): boolean {
  if (typeof due === 'string') {
    if (isIsoDate(due)) return false
    const parsed = safeParseDuePeriod(due)
    return parsed.ok && parsed.value.period === 'recurring'
  }
  if (due === null || typeof due !== 'object') throw wrongType('due', due, 'a due period object or Vietnamese deadline wording')
  return due.period === 'recurring'
}
