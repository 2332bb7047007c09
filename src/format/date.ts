import { describeValue } from '../core/errors.js'
import { formatVietnamDateTime, toEpochMs, toVietnamTime, type Instant } from '../core/instant.js'
import { daysInMonth, toIsoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { foldVietnamese, normalizeVietnamese } from './text.js'

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

// The usual cells, scanned by character code (no match array, no substrings): a date d/m/yyyy or dd/mm/yyyy
// (separator /, . or -, the same twice) at the start of `s`, as /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})/
// reads it. Returns the index after the year, or -1; the numbers are left in scanned.
const scanned = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48 // NaN past the end
  return c >= 0 && c <= 9 ? c : -1
}
function scanDmy(s: string): number {
  let c = digitAt(s, 0)
  if (c < 0) return -1
  let day = c, i = 1
  if ((c = digitAt(s, 1)) >= 0) { day = day * 10 + c; i = 2 }
  const sep = s.charCodeAt(i)
  if (sep !== 47 && sep !== 46 && sep !== 45) return -1
  if ((c = digitAt(s, ++i)) < 0) return -1
  let month = c
  if ((c = digitAt(s, ++i)) >= 0) { month = month * 10 + c; i++ }
  if (s.charCodeAt(i) !== sep) return -1
  let year = 0
  for (let k = i + 1; k < i + 5; k++) {
    if ((c = digitAt(s, k)) < 0) return -1
    year = year * 10 + c
  }
  if (digitAt(s, i + 5) >= 0) return -1 // a longer year is read by the general path
  scanned.year = year; scanned.month = month; scanned.day = day
  return i + 5
}
// The time after a date and one space, as ` (\d{1,2}):(\d{2})(?::(\d{2}))?$` reads it: true when `s` ends there.
function scanTime(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 32) return false
  let c = digitAt(s, ++i)
  if (c < 0) return false
  let hour = c
  if ((c = digitAt(s, ++i)) >= 0) { hour = hour * 10 + c; i++ }
  if (s.charCodeAt(i) !== 58) return false
  const m1 = digitAt(s, i + 1), m2 = digitAt(s, i + 2)
  if (m1 < 0 || m2 < 0) return false
  i += 3
  let second = -1
  if (i < s.length) {
    const s1 = digitAt(s, i + 1), s2 = digitAt(s, i + 2)
    if (s.charCodeAt(i) !== 58 || s1 < 0 || s2 < 0 || i + 3 !== s.length) return false
    second = s1 * 10 + s2
  }
  scanned.hour = hour; scanned.minute = m1 * 10 + m2; scanned.second = second
  return true
}
const DMY_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d+)$/
const LONG_RE = /^(?:ngay\s*)?(\d{1,2})\s*(?:thang)\s*(\d{1,2})\s*,?\s*(?:nam)\s*(\d+)$/

/**
 * The longest text the date and date-time readers of this module read (256
 * characters): the longest real form, "15 giờ 30 phút 45 giây, ngày 20
 * tháng 12 năm 2021", has 49. A longer text is refused at once, with a
 * message naming the limit, before any normalisation or matching — a 1 MB
 * cell that should be a date costs nothing.
 *
 * @example
 * ```ts
 * import { MAX_DATE_TEXT, safeParseVnDate } from 'hanhchinh/format'
 * MAX_DATE_TEXT //=> 256
 * const r = safeParseVnDate('1'.repeat(1_000_000))
 * r.ok ? '' : r.reason.en //=> 'the text has 1000000 characters: a date or date-time is at most 256'
 * ```
 */
export const MAX_DATE_TEXT = 256

function tooLong(text: string): ParseResult<never> | undefined {
  return text.length > MAX_DATE_TEXT
    ? refuse(
      `chuỗi dài ${text.length} ký tự: ngày hoặc ngày giờ dài tối đa ${MAX_DATE_TEXT} ký tự`,
      `the text has ${text.length} characters: a date or date-time is at most ${MAX_DATE_TEXT}`,
    )
    : undefined
}

function checkDay(text: string, year: number, month: number, day: number): ParseResult<IsoDate> {
  if (year < 1000) {
    // 01/01/0001 is how .NET-based exports write "no date" (DateTime.MinValue): never a real date here
    return refuse(
      `"${text}": năm ${String(year).padStart(4, '0')} không phải là năm thật (thường là giá trị thay cho ô trống, như 01/01/0001)`,
      `"${text}": the year ${String(year).padStart(4, '0')} is not a real year (usually a stand-in for an empty cell, as 01/01/0001 is)`,
    )
  }
  if (month < 1 || month > 12) {
    return refuse(`"${text}": tháng ${month} không tồn tại`, `"${text}": there is no month ${month}`)
  }
  const dim = daysInMonth(year, month)
  if (day < 1 || day > dim) {
    return refuse(
      `"${text}": ngày ${day} không tồn tại (tháng ${month}/${year} có ${dim} ngày)`,
      `"${text}": day ${day} does not exist (${year}-${String(month).padStart(2, '0')} has ${dim} days)`,
    )
  }
  return accept(`${year}-${pad2(month)}-${pad2(day)}` as IsoDate) // year ≥ 1000: four digits
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

function yearOf(text: string, digits: string): ParseResult<number> {
  if (digits.length !== 4) {
    return refuse(
      `"${text}": năm phải viết đủ 4 chữ số (năm 2 chữ số như "${digits}" dễ nhầm thế kỷ)`,
      `"${text}": the year must have 4 digits (a ${digits.length}-digit year such as "${digits}" is ambiguous)`,
    )
  }
  return accept(Number(digits))
}

// Parse a date whose text is already NFC-normalised, folded and lower case.
function parseFoldedDate(original: string, s: string): ParseResult<IsoDate> {
  let m = ISO_RE.exec(s)
  if (m) {
    if (m[2]!.length !== 2 || m[3]!.length !== 2) {
      return refuse(`"${original}": ngày ISO phải có dạng YYYY-MM-DD`, `"${original}": an ISO date is written YYYY-MM-DD`)
    }
    return checkDay(original, Number(m[1]), Number(m[2]), Number(m[3]))
  }
  m = DMY_RE.exec(s)
  if (m) {
    const y = yearOf(original, m[4]!)
    return y.ok ? checkDay(original, y.value, Number(m[3]), Number(m[1])) : y
  }
  m = LONG_RE.exec(s)
  if (m) {
    const y = yearOf(original, m[3]!)
    return y.ok ? checkDay(original, y.value, Number(m[2]), Number(m[1])) : y
  }
  return refuse(
    `"${original}" không phải là ngày (dạng dd/mm/yyyy, dd-mm-yyyy, "ngày dd tháng mm năm yyyy" hoặc yyyy-mm-dd)`,
    `"${original}" is not a date (expected dd/mm/yyyy, dd-mm-yyyy, "ngày dd tháng mm năm yyyy" or yyyy-mm-dd)`,
  )
}

/**
 * Parse a civil date as Vietnamese exports write it — `20/12/2021`,
 * `5-1-2020`, `20.12.2021`, `ngày 05 tháng 01 năm 2020` (accents optional),
 * or ISO `2021-12-20` — into an {@link IsoDate}, or a refusal. Day first,
 * always: `05/01/2020` is 5 January. Dates that do not exist (`30/02/2024`),
 * two-digit years (`20/12/21`) and years before 1000 (`01/01/0001`, the
 * "no date" placeholder of .NET exports) are refused, never adjusted.
 *
 * @example
 * ```ts
 * import { safeParseVnDate } from 'hanhchinh/format'
 * safeParseVnDate('20/12/2021') //=> { ok: true, value: '2021-12-20' }
 * const r = safeParseVnDate('30/02/2024')
 * r.ok //=> false
 * r.ok ? '' : r.reason.en //=> '"30/02/2024": day 30 does not exist (2024-02 has 29 days)'
 * r.ok ? '' : r.reason.vi //=> '"30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)'
 * ```
 */
export function safeParseVnDate(text: unknown): ParseResult<IsoDate> {
  if (typeof text !== 'string') {
    return refuse(`cần một ngày, nhận được ${describeValue(text)}`, `expected the text of a date, received ${describeValue(text)}`)
  }
  const long = tooLong(text)
  if (long) return long
  // fast path for the usual dd/mm/yyyy cell; everything else goes through normalisation
  if (scanDmy(text) === text.length) return checkDay(text, scanned.year, scanned.month, scanned.day)
  const n = normalizeVietnamese(text)
  if (n === '') return refuse('ô trống, cần một ngày', 'empty, expected a date')
  return parseFoldedDate(n, foldVietnamese(n).toLowerCase())
}

/**
 * Parse a civil date (see {@link safeParseVnDate} for the accepted forms) or
 * throw a `RangeError` naming the value.
 *
 * @example
 * ```ts
 * import { parseVnDate } from 'hanhchinh/format'
 * parseVnDate('20/12/2021') //=> '2021-12-20'
 * parseVnDate('20-12-2021') //=> '2021-12-20'
 * parseVnDate('ngày 05 tháng 01 năm 2020') //=> '2020-01-05'
 * parseVnDate('Ngay 5 thang 1 nam 2020') //=> '2020-01-05'
 * parseVnDate('2021-12-20') //=> '2021-12-20'
 * parseVnDate('30/02/2024') //=> throws RangeError: "30/02/2024"
 * parseVnDate('20/12/21') //=> throws RangeError: 4 digits
 * parseVnDate('01/01/0001') //=> throws RangeError: not a real year
 * ```
 */
export function parseVnDate(text: string): IsoDate {
  return parseOrThrow(safeParseVnDate(text), 'date', text)
}

// The time of day, anchored by the callers below (never searched from every position of a long text).
const TIME = String.raw`(\d{1,2}) ?(?::|h|gio) ?(\d{2})(?: ?(?::|phut) ?(\d{2})(?: ?giay)?| ?phut)?`
// A time of day at the end, after a space or comma (and "lúc"/"vào"): tried at each position, but every
// attempt is bounded (the text is normalised: one space at most between words), so the search is linear.
const TIME_AT_END_RE = new RegExp(String.raw`[ ,](?:luc |vao )?${TIME}$`)
// A time of day at the start (sticky: one attempt).
const TIME_AT_START_RE = new RegExp(`^${TIME}`)
const ISO_LOCAL_RE = /^(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})(?::(\d{2}))?$/
const ISO_OFFSET_RE = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}:?\d{2})$/

// Drop spaces and commas at the end (from) or the start (to) of a slice, by hand: no regex backtracking.
function trimSeparatorsEnd(s: string): string {
  let e = s.length
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 44)) e--
  return s.slice(0, e)
}
function trimSeparatorsStart(s: string): string {
  let i = 0
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 44)) i++
  return s.slice(i)
}

function buildDateTime(original: string, date: ParseResult<IsoDate>, h: string, mi: string, sec: string | undefined): ParseResult<string> {
  if (!date.ok) return date
  const hour = Number(h), minute = Number(mi), second = Number(sec ?? 0)
  if (hour > 23 || minute > 59 || second > 59) {
    return refuse(`"${original}": giờ ${h}:${mi}${sec ? `:${sec}` : ''} không tồn tại`, `"${original}": ${h}:${mi}${sec ? `:${sec}` : ''} is not a time of day`)
  }
  return accept(`${date.value}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}+07:00`)
}

/**
 * Parse a date-time as Vietnamese exports write it — `20/12/2021 15:30`,
 * `20/12/2021 15:30:45`, `15h30 ngày 20/12/2021`, `15 giờ 30 phút, ngày
 * 20 tháng 12 năm 2021`, ISO with or without offset — into an ISO date-time
 * with the `+07:00` offset. A date-time without an offset is Vietnam time
 * (UTC+07:00); one with an offset is converted to Vietnam time. A date alone
 * is refused (its time is unknown).
 *
 * @example
 * ```ts
 * import { safeParseVnDateTime } from 'hanhchinh/format'
 * safeParseVnDateTime('20/12/2021 15:30') //=> { ok: true, value: '2021-12-20T15:30:00+07:00' }
 * safeParseVnDateTime('20/12/2021').ok //=> false
 * ```
 */
export function safeParseVnDateTime(text: unknown): ParseResult<string> {
  if (typeof text !== 'string') {
    return refuse(`cần ngày giờ, nhận được ${describeValue(text)}`, `expected the text of a date-time, received ${describeValue(text)}`)
  }
  const long = tooLong(text)
  if (long) return long
  // fast paths for the usual cells, which normalisation leaves as they are: dd/mm/yyyy HH:mm(:ss), and a
  // date alone (refused at once, without the date-time forms tried in vain; same messages as below)
  const end = scanDmy(text)
  if (end === text.length) return dateAlone(text, checkDay(text, scanned.year, scanned.month, scanned.day))
  if (end > 0 && scanTime(text, end)) {
    const date = checkDay(text, scanned.year, scanned.month, scanned.day)
    const { hour, minute, second } = scanned
    if (date.ok && hour <= 23 && minute <= 59 && second <= 59) {
      return accept(`${date.value}T${pad2(hour)}:${pad2(minute)}:${second < 0 ? '00' : pad2(second)}+07:00`)
    }
    // a refusal: the message quotes the time as written
    const colon = text.indexOf(':', end)
    return buildDateTime(text, date, text.slice(end + 1, colon), text.slice(colon + 1, colon + 3), second < 0 ? undefined : text.slice(colon + 4))
  }
  const n = normalizeVietnamese(text)
  if (n === '') return refuse('ô trống, cần ngày giờ', 'empty, expected a date-time')
  const s = foldVietnamese(n).toLowerCase()
  if (ISO_OFFSET_RE.test(s)) {
    const offset = /([+-])(\d{2}):?(\d{2})$/.exec(s)
    if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) {
      return refuse(
        `"${n}": độ lệch múi giờ ${offset[1]}${offset[2]}:${offset[3]} không tồn tại (từ -14:00 đến +14:00)`,
        `"${n}": the UTC offset ${offset[1]}${offset[2]}:${offset[3]} does not exist (offsets run from -14:00 to +14:00)`,
      )
    }
    // years before 1000 are refused before the core reads them (it maps years 0–99 to 1900–1999)
    const written = checkDay(n, Number(s.slice(0, 4)), 1, 1)
    if (!written.ok) return written
    try {
      return accept(formatVietnamDateTime(toEpochMs(n.replace(' ', 'T').replace(/z$/, 'Z'))))
    } catch {
      return refuse(`"${n}": ngày giờ không tồn tại`, `"${n}": the date-time does not exist`)
    }
  }
  let m = ISO_LOCAL_RE.exec(s)
  if (m) return buildDateTime(n, parseFoldedDate(n, m[1]!), m[2]!, m[3]!, m[4])
  m = TIME_AT_END_RE.exec(s)
  if (m && m.index > 0) return buildDateTime(n, parseFoldedDate(n, trimSeparatorsEnd(s.slice(0, m.index))), m[1]!, m[2]!, m[3])
  m = TIME_AT_START_RE.exec(s)
  if (m) {
    const rest = trimSeparatorsStart(s.slice(m[0].length))
    if (rest !== '' && rest.length < s.length - m[0].length) {
      const date = rest.startsWith('ngay ') ? rest.slice(5) : rest
      return buildDateTime(n, parseFoldedDate(n, date), m[1]!, m[2]!, m[3])
    }
  }
  return dateAlone(n, parseFoldedDate(n, s))
}

// The refusal of a text that holds no time of day: a date alone, or not even a date.
function dateAlone(n: string, date: ParseResult<IsoDate>): ParseResult<never> {
  if (date.ok) {
    return refuse(`"${n}" chỉ có ngày, thiếu giờ`, `"${n}" has a date but no time of day`)
  }
  return refuse(
    `"${n}" không phải là ngày giờ (dạng dd/mm/yyyy HH:mm)`,
    `"${n}" is not a date-time (expected dd/mm/yyyy HH:mm)`,
  )
}

/**
 * Parse a date-time (see {@link safeParseVnDateTime}) into an ISO date-time
 * with `+07:00`, or throw a `RangeError` naming the value.
 *
 * @example
 * ```ts
 * import { parseVnDateTime } from 'hanhchinh/format'
 * parseVnDateTime('20/12/2021 15:30') //=> '2021-12-20T15:30:00+07:00'
 * parseVnDateTime('15h30 ngày 20/12/2021') //=> '2021-12-20T15:30:00+07:00'
 * parseVnDateTime('15 giờ 30 phút, ngày 20 tháng 12 năm 2021') //=> '2021-12-20T15:30:00+07:00'
 * parseVnDateTime('2021-12-20T08:30:00Z') //=> '2021-12-20T15:30:00+07:00'
 * parseVnDateTime('20/12/2021 24:10') //=> throws RangeError: 24:10
 * parseVnDateTime('2021-12-20T15:30:00+25:00') //=> throws RangeError: +25:00
 * ```
 */
export function parseVnDateTime(text: string): string {
  return parseOrThrow(safeParseVnDateTime(text), 'dateTime', text)
}

/**
 * The rule for writing dates in official documents: day numbers below 10 and
 * the months 1 and 2 take a leading zero ("ngày 05 tháng 01 năm 2020",
 * "ngày 20 tháng 3 năm 2021"), which {@link formatVnDate} follows in its
 * `'long'` style.
 *
 * @example
 * ```ts
 * import { OFFICIAL_DATE_BASIS } from 'hanhchinh/format'
 * OFFICIAL_DATE_BASIS.instrument //=> '30/2020/NĐ-CP'
 * ```
 */
export const OFFICIAL_DATE_BASIS: LegalBasis = {
  instrument: '30/2020/NĐ-CP',
  title: 'Nghị định về công tác văn thư',
  effectiveFrom: '2020-03-05' as IsoDate, // the core schema's refine narrows to IsoDate
  note: 'Phụ lục I, phần II, mục 3 (thời gian ban hành văn bản): ngày dưới 10 và tháng 1, 2 thêm số 0 ở trước',
  unconfirmed: 'read in a developer transcription of Phụ lục I (ericphan28/van-ban-plus), not in the gazette text; the rule matches the document templates in use',
}

/**
 * Options of {@link formatVnDate}.
 *
 * @example
 * ```ts
 * import { formatVnDate, type FormatDateOptions } from 'hanhchinh/format'
 * const long: FormatDateOptions = { style: 'long' }
 * formatVnDate('2021-12-20', long) //=> 'ngày 20 tháng 12 năm 2021'
 * ```
 */
export interface FormatDateOptions {
  /** `'short'`: `20/12/2021`; `'long'`: `ngày 20 tháng 12 năm 2021`. @defaultValue `'short'` */
  style?: 'short' | 'long'
}

const FORMAT_DATE_OPTIONS: OptionNames<FormatDateOptions> = { style: true }

/**
 * Write an ISO civil date the Vietnamese way: `'20/12/2021'`, or in the long
 * form of official documents `'ngày 20 tháng 12 năm 2021'` (days below 10
 * and months 1–2 with a leading zero, per {@link OFFICIAL_DATE_BASIS}).
 *
 * @example
 * ```ts
 * import { formatVnDate } from 'hanhchinh/format'
 * formatVnDate('2021-12-20') //=> '20/12/2021'
 * formatVnDate('2020-01-05', { style: 'long' }) //=> 'ngày 05 tháng 01 năm 2020'
 * formatVnDate('2021-03-09', { style: 'long' }) //=> 'ngày 09 tháng 3 năm 2021'
 * formatVnDate('2024-02-30') //=> throws RangeError: 2024-02-30
 * ```
 */
export function formatVnDate(date: string, options?: FormatDateOptions): string {
  const style = readChoice(readOptions(options, FORMAT_DATE_OPTIONS, 'formatVnDate').style, ['short', 'long'], 'short', 'options.style')
  const iso = toIsoDate(date)
  const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)]
  if (style === 'short') return `${d}/${m}/${y}`
  const month = Number(m) <= 2 ? m : String(Number(m))
  return `ngày ${d} tháng ${month} năm ${y}`
}

/**
 * Write an instant as Vietnam wall-clock time `dd/mm/yyyy HH:mm`, with
 * `:ss` when the seconds are not zero (milliseconds are not written).
 *
 * @example
 * ```ts
 * import { formatVnDateTime } from 'hanhchinh/format'
 * formatVnDateTime('2021-12-20T08:30:00Z') //=> '20/12/2021 15:30'
 * formatVnDateTime('2021-12-20T15:30:45+07:00') //=> '20/12/2021 15:30:45'
 * ```
 */
export function formatVnDateTime(instant: Instant): string {
  const t = toVietnamTime(instant)
  const seconds = Math.floor((((t.epochMs % 60_000) + 60_000) % 60_000) / 1000)
  const hh = String(Math.floor(t.minuteOfDay / 60)).padStart(2, '0')
  const mm = String(t.minuteOfDay % 60).padStart(2, '0')
  return `${formatVnDate(t.date)} ${hh}:${mm}${seconds ? `:${String(seconds).padStart(2, '0')}` : ''}`
}
