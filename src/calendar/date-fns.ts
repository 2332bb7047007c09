// A date-fns-style face of the working-day calendar: `Date`, `TZDate` or a
// timestamp in, the caller's date class out (date-fns `constructFrom`), the
// `in` context option honoured, the civil date always read in Vietnam time.
import { TZDate, tz } from '@date-fns/tz'
import { constructFrom, format, type ContextFn, type DateArg } from 'date-fns'
import { vi } from 'date-fns/locale/vi'
import { readAsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { vietnamCivilService } from './civil-service.js'
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, isoOfDay, parseSupportedDate } from './day-number.js'
import type { WorkCalendar } from './work-calendar.js'
import { checkInteger } from './working-days.js'

/**
 * The IANA name of Vietnam time, for `@date-fns/tz` (`TZDate`, `tz`). The
 * library reads civil dates at UTC+07:00, which is what this zone has been
 * since 13/06/1975.
 *
 * @example
 * ```ts
 * import { VIETNAM_TIME_ZONE } from 'hanhchinh/calendar'
 * VIETNAM_TIME_ZONE //=> 'Asia/Ho_Chi_Minh'
 * ```
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * The date-fns context of Vietnam time: pass it as the `in` option of a
 * date-fns function (or of this module's adapters) to get a `TZDate` in
 * `Asia/Ho_Chi_Minh` back, whatever the class of the argument. Called
 * directly, it takes a `Date`, a timestamp or a date string; any other value
 * is a `TypeError`.
 *
 * @example
 * ```ts
 * import { addWorkingDays, vietnamTime } from 'hanhchinh/calendar'
 * const d = addWorkingDays(new Date('2026-02-13T09:00:00+07:00'), 1, { in: vietnamTime })
 * d.timeZone //=> 'Asia/Ho_Chi_Minh'
 * d.toISOString() //=> '2026-02-23T09:00:00.000+07:00'
 * vietnamTime(Date.UTC(2026, 1, 13, 2)).getHours() //=> 9
 * vietnamTime({} as never) //=> throws TypeError: Invalid type for value: {}
 * ```
 */
export const vietnamTime: ContextFn<TZDate> = /* @__PURE__ */ checkedContext(tz(VIETNAM_TIME_ZONE))

// date-fns calls a context with a Date, a timestamp or a date string; anything
// else would reach the Date constructor's coercion (an engine error for a
// symbol, a BigInt or an object without a primitive value).
function checkedContext(context: ContextFn<TZDate>): ContextFn<TZDate> {
  return (value) => {
    if (!(value instanceof Date) && typeof value !== 'number' && typeof value !== 'string') {
      throw wrongType('value', value, 'a Date, a timestamp in milliseconds or a date string')
    }
    return context(value)
  }
}

/**
 * Options of the adapters that return a date ({@link addWorkingDays},
 * {@link nextWorkingDay}, {@link previousWorkingDay}):
 *
 * - `in`: the date-fns context of the answer (e.g. {@link vietnamTime} or
 *   `tz('Asia/Ho_Chi_Minh')`); without it the answer has the argument's class
 *   (a `TZDate` in gives a `TZDate` in the same zone out; a timestamp or a
 *   string gives a `Date`).
 * - `calendar`: the work calendar to count on (default {@link vietnamCivilService}).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type WorkingDayAdapterOptions } from 'hanhchinh/calendar'
 * const options: WorkingDayAdapterOptions = { calendar: createWorkCalendar({ extraDaysOff: ['2026-11-24'] }) }
 * options.calendar?.isWorkingDay('2026-11-24') //=> false
 * ```
 */
export interface WorkingDayAdapterOptions<DateType extends Date = Date> {
  in?: ContextFn<DateType> | undefined
  calendar?: WorkCalendar | undefined
}

/**
 * Options of the adapters that answer a boolean, a count or a text
 * ({@link isWorkingDay}, {@link differenceInWorkingDays},
 * {@link formatWorkingDayVi}): only the calendar — they return no date, so
 * there is no `in` to honour (passing it is refused, not ignored).
 *
 * @example
 * ```ts
 * import { isWorkingDay, vietnamCivilService, type WorkingDayCalendarOption } from 'hanhchinh/calendar'
 * const options: WorkingDayCalendarOption = { calendar: vietnamCivilService }
 * isWorkingDay(new Date('2024-05-04T10:00:00+07:00'), options) //=> true
 * ```
 */
export interface WorkingDayCalendarOption {
  calendar?: WorkCalendar | undefined
}

const ADAPTER_OPTION_NAMES: OptionNames<WorkingDayAdapterOptions> = { in: true, calendar: true }
const CALENDAR_OPTION_NAMES: OptionNames<WorkingDayCalendarOption> = { calendar: true }

const DAY_MS = 86_400_000
const VIETNAM_OFFSET_MS = 7 * 3_600_000

interface ReadDate {
  /** The instant, epoch milliseconds. */
  epochMs: number
  /** Its day number in Vietnam time. */
  dn: number
  /** Its civil date in Vietnam time. */
  iso: IsoDate
}

/**
 * A date argument: a `Date` (or `TZDate`, or any `Date` subclass), a
 * timestamp in milliseconds, or text read like every instant of the library
 * (`readAsOf`: an ISO date-time with offset, or an ISO date = the end of that
 * day in Vietnam time). Its civil date is read in Vietnam time (UTC+07:00),
 * never in the host's zone nor in a `TZDate`'s own zone.
 */
function readDate(value: unknown, argument: string): ReadDate {
  let epochMs: number
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(argument, value, 'a finite timestamp in milliseconds')
    epochMs = value
  } else {
    epochMs = readAsOf(value, argument).epochMs
  }
  const dn = Math.floor((epochMs + VIETNAM_OFFSET_MS) / DAY_MS)
  if (dn < FIRST_SUPPORTED_DAY || dn > LAST_SUPPORTED_DAY) {
    throw invalidArgument(argument, value, 'an instant from 1900-01-01 to 2199-12-31 (Vietnam time)')
  }
  return { epochMs, dn, iso: isoOfDay(dn) }
}

function readCalendar(value: unknown, where: string): WorkCalendar {
  if (value === undefined) return vietnamCivilService
  if (typeof value !== 'object' || value === null || typeof (value as Partial<WorkCalendar>).addWorkingDays !== 'function') {
    throw wrongType(`${where} options.calendar`, value, 'a WorkCalendar (createWorkCalendar(...) or vietnamCivilService)')
  }
  return value as WorkCalendar
}

function readContext(value: unknown, where: string): ContextFn<Date> | undefined {
  if (value !== undefined && typeof value !== 'function') {
    throw wrongType(`${where} options.in`, value, "a date-fns context function, e.g. tz('Asia/Ho_Chi_Minh')")
  }
  return value as ContextFn<Date> | undefined
}

/** The same Vietnam wall-clock time on the civil date `target`, in the class date-fns would answer with. */
function moveTo<R extends Date>(date: unknown, from: ReadDate, target: IsoDate, context: ContextFn<Date> | undefined): R {
  const ms = from.epochMs + (parseSupportedDate(target, 'target') - from.dn) * DAY_MS
  return constructFrom((context ?? date) as DateArg<Date>, ms) as R
}

/**
 * date-fns-style {@link WorkCalendar.addWorkingDays}: the n-th working day
 * after (`amount > 0`) or before (`amount < 0`) the civil date of `date` in
 * Vietnam time, at the same Vietnam time of day, as the caller's date class
 * (date-fns `constructFrom`: a `TZDate` in gives a `TZDate` out) or in the
 * `in` context. `amount` 0 gives `date` itself. Dates are read the same on
 * every host time zone.
 *
 * @param date - a `Date`/`TZDate`, a timestamp, or an ISO date-time with offset
 * @param amount - the number of working days (an integer)
 * @param options - `in` (the context of the answer) and `calendar` (default {@link vietnamCivilService})
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'hanhchinh/calendar'
 * import { TZDate } from '@date-fns/tz'
 * // Friday 13/02/2026, the last working day before Tết Bính Ngọ: next is Monday 23/02
 * const friday = new TZDate(2026, 1, 13, 9, 30, 'Asia/Ho_Chi_Minh')
 * const r = addWorkingDays(friday, 1)
 * r instanceof TZDate //=> true
 * r.toISOString() //=> '2026-02-23T09:30:00.000+07:00'
 * addWorkingDays(new Date('2024-04-26T10:00:00+07:00'), 1).toISOString() //=> '2024-05-02T03:00:00.000Z'
 * addWorkingDays(new Date('2024-04-26T10:00:00+07:00'), 1.5) //=> throws RangeError: Invalid amount: 1.5
 * addWorkingDays(new Date(0), 1, { calender: undefined } as never) //=> throws RangeError: Unknown option "calender" of addWorkingDays
 * ```
 */
export function addWorkingDays<DateType extends Date, ResultDate extends Date = DateType>(
  date: DateArg<DateType>,
  amount: number,
  options?: WorkingDayAdapterOptions<ResultDate>,
): ResultDate {
  const o = readOptions(options, ADAPTER_OPTION_NAMES, 'addWorkingDays')
  const calendar = readCalendar(o.calendar, 'addWorkingDays')
  const context = readContext(o.in, 'addWorkingDays')
  const n = checkInteger(amount, 'amount')
  const from = readDate(date, 'date')
  return moveTo<ResultDate>(date, from, calendar.addWorkingDays(from.iso, n), context)
}

/**
 * date-fns-style {@link WorkCalendar.nextWorkingDay}: the first working day
 * strictly after the civil date of `date` (Vietnam time), at the same Vietnam
 * time of day, in the caller's date class or the `in` context.
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'hanhchinh/calendar'
 * import { tz } from '@date-fns/tz'
 * // 26/04/2024 (Friday) → 02/05/2024: 27–28/04 weekend, 29/04 swapped off, 30/04 and 01/05 holidays
 * const r = nextWorkingDay(Date.parse('2024-04-26T16:00:00+07:00'), { in: tz('Asia/Ho_Chi_Minh') })
 * r.toISOString() //=> '2024-05-02T16:00:00.000+07:00'
 * ```
 */
export function nextWorkingDay<DateType extends Date, ResultDate extends Date = DateType>(
  date: DateArg<DateType>,
  options?: WorkingDayAdapterOptions<ResultDate>,
): ResultDate {
  const o = readOptions(options, ADAPTER_OPTION_NAMES, 'nextWorkingDay')
  const calendar = readCalendar(o.calendar, 'nextWorkingDay')
  const context = readContext(o.in, 'nextWorkingDay')
  const from = readDate(date, 'date')
  return moveTo<ResultDate>(date, from, calendar.nextWorkingDay(from.iso), context)
}

/**
 * date-fns-style {@link WorkCalendar.previousWorkingDay}: the last working
 * day strictly before the civil date of `date` (Vietnam time), at the same
 * Vietnam time of day, in the caller's date class or the `in` context.
 *
 * @example
 * ```ts
 * import { previousWorkingDay } from 'hanhchinh/calendar'
 * previousWorkingDay(new Date('2026-02-23T08:00:00+07:00')).toISOString() //=> '2026-02-13T01:00:00.000Z'
 * ```
 */
export function previousWorkingDay<DateType extends Date, ResultDate extends Date = DateType>(
  date: DateArg<DateType>,
  options?: WorkingDayAdapterOptions<ResultDate>,
): ResultDate {
  const o = readOptions(options, ADAPTER_OPTION_NAMES, 'previousWorkingDay')
  const calendar = readCalendar(o.calendar, 'previousWorkingDay')
  const context = readContext(o.in, 'previousWorkingDay')
  const from = readDate(date, 'date')
  return moveTo<ResultDate>(date, from, calendar.previousWorkingDay(from.iso), context)
}

/**
 * date-fns-style {@link WorkCalendar.isWorkingDay}: whether the civil date
 * of `date` in Vietnam time is a working day — the same answer on every host
 * time zone (23:30 in Hà Nội is still that day in Hà Nội).
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'hanhchinh/calendar'
 * isWorkingDay(new Date('2024-05-04T09:00:00+07:00')) //=> true
 * isWorkingDay(new Date('2024-05-03T17:30:00Z')) //=> true
 * isWorkingDay(new Date('2024-04-29T09:00:00+07:00')) //=> false
 * isWorkingDay(new Date('2024-04-29'), { in: undefined } as never) //=> throws RangeError: Unknown option "in" of isWorkingDay
 * ```
 */
export function isWorkingDay(date: DateArg<Date>, options?: WorkingDayCalendarOption): boolean {
  const o = readOptions(options, CALENDAR_OPTION_NAMES, 'isWorkingDay')
  return readCalendar(o.calendar, 'isWorkingDay').isWorkingDay(readDate(date, 'date').iso)
}

/**
 * date-fns-style {@link WorkCalendar.workingDaysBetween}, in date-fns's
 * argument order: the working days after the civil date of `earlierDate`
 * up to and including that of `laterDate` (Vietnam time), negative when
 * `laterDate` is before. Times of day are ignored. Hence
 * `differenceInWorkingDays(addWorkingDays(d, n), d) === n` for every `d`
 * and `n`.
 *
 * @example
 * ```ts
 * import { differenceInWorkingDays } from 'hanhchinh/calendar'
 * differenceInWorkingDays(new Date('2024-05-06T08:00:00+07:00'), new Date('2024-04-26T17:00:00+07:00')) //=> 4
 * differenceInWorkingDays(new Date('2024-04-26T17:00:00+07:00'), new Date('2024-05-06T08:00:00+07:00')) //=> -4
 * ```
 */
export function differenceInWorkingDays(laterDate: DateArg<Date>, earlierDate: DateArg<Date>, options?: WorkingDayCalendarOption): number {
  const o = readOptions(options, CALENDAR_OPTION_NAMES, 'differenceInWorkingDays')
  const calendar = readCalendar(o.calendar, 'differenceInWorkingDays')
  return calendar.workingDaysBetween(readDate(earlierDate, 'earlierDate').iso, readDate(laterDate, 'laterDate').iso)
}

/**
 * The civil date of `date` in Vietnam time, written in Vietnamese with
 * date-fns's `vi` locale (`"Thứ Ba, 17/02/2026"`), followed by what the day
 * is in the calendar: `ngày làm việc` or `ngày nghỉ`, with the name of the
 * holiday, swap or make-up day when there is one. `date` may also be an ISO
 * date (`'2026-02-17'`).
 *
 * @example
 * ```ts
 * import { formatWorkingDayVi } from 'hanhchinh/calendar'
 * formatWorkingDayVi('2026-02-17') //=> 'Thứ Ba, 17/02/2026 — ngày nghỉ: Tết Âm lịch (Tết Nguyên Đán)'
 * formatWorkingDayVi(new Date('2026-02-13T10:00:00+07:00')) //=> 'Thứ Sáu, 13/02/2026 — ngày làm việc'
 * formatWorkingDayVi('2024-05-05') //=> 'Chủ Nhật, 05/05/2024 — ngày nghỉ: Ngày nghỉ hằng tuần'
 * ```
 */
export function formatWorkingDayVi(date: DateArg<Date>, options?: WorkingDayCalendarOption): string {
  const o = readOptions(options, CALENDAR_OPTION_NAMES, 'formatWorkingDayVi')
  const calendar = readCalendar(o.calendar, 'formatWorkingDayVi')
  const { iso } = readDate(date, 'date')
  const info = calendar.dayInfo(iso)
  // midnight of the civil date in Vietnam: date-fns formats it in that zone, on any host
  const civil = new TZDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), VIETNAM_TIME_ZONE)
  const status = info.working ? 'ngày làm việc' : 'ngày nghỉ'
  return `${format(civil, 'EEEE, dd/MM/yyyy', { locale: vi })} — ${status}${info.name ? `: ${info.name.vi}` : ''}`
}
