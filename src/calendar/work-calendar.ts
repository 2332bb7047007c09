// The public factory of work calendars: createWorkCalendar reads its
// options (calendar-options.ts), builds per-year tables lazily
// (year-tables.ts) and answers with the working-day arithmetic
// (working-days.ts), day descriptions (day-info.ts) and office time
// (office-time.ts).
import type { AsOf } from '../core/as-of.js'
import { invalidArgument } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readCalendarOptions, type WorkCalendarOptions } from './calendar-options.js'
import { holidayRegimes } from './data/regimes.js'
import { FIRST_SUPPORTED_DAY, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_DAY, LAST_SUPPORTED_YEAR, parseSupportedDate, yearOfDay } from './day-number.js'
import { registerDayNumbers } from './day-numbers.js'
import { dayInfoOf, type DayInfo } from './day-info.js'
import { createOfficeTime, type DetailedInstant } from './office-time.js'
import { provisionalReasons } from './provisional-reasons.js'
import { isScheduleProvisional } from './schedule-entries.js'
import type { Holiday, OfficeSession } from './schema.js'
import { checkInteger, createWorkingDayArithmetic } from './working-days.js'
import { createYearTables } from './year-tables.js'

export type { WorkCalendarOptions } from './calendar-options.js'
export type { DayInfo, DayKind } from './day-info.js'
export type { DetailedInstant } from './office-time.js'

/**
 * A date computed by the calendar, with whether it depends on a year that has
 * no confirmed announced schedule (`provisional`) and why (`reasons`: one
 * bilingual {@link Label} `{ vi, en }` per such run of years).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedDate } from 'hanhchinh/calendar'
 * const r: DetailedDate = vietnamCivilService.addWorkingDaysDetailed('2026-12-28', 5)
 * r //=> { date: '2027-01-05', provisional: true }
 * r.reasons.length //=> 1
 * r.reasons[0]?.vi.startsWith('2027: chưa có lịch nghỉ được công bố') //=> true
 * r.reasons[0]?.en.startsWith('2027: no announced civil-service schedule') //=> true
 * ```
 */
export interface DetailedDate {
  date: IsoDate
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/**
 * A count of working days with its provisional flag and reasons (see {@link DetailedDate}).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedCount } from 'hanhchinh/calendar'
 * const c: DetailedCount = vietnamCivilService.workingDaysBetweenDetailed('2024-04-26', '2024-05-06')
 * c //=> { days: 4, provisional: false, reasons: [] }
 * ```
 */
export interface DetailedCount {
  days: number
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/**
 * Which years of a calendar rest on an announced civil-service schedule:
 * `announced` (confirmed schedules), `unconfirmed` (a schedule is shipped but
 * could not be verified: such years are provisional), and the range of years
 * the statutory rules cover (`statutoryFrom`..`statutoryTo`, 1900–2199), with
 * the regime governing each period.
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type CalendarCoverage } from 'hanhchinh/calendar'
 * const c: CalendarCoverage = vietnamCivilService.coverage()
 * c.announced.includes(2024) //=> true
 * c.statutoryFrom //=> 1900
 * ```
 */
export interface CalendarCoverage {
  announced: number[]
  unconfirmed: number[]
  statutoryFrom: number
  statutoryTo: number
  regimes: { id: string; fromYear: number; toYear?: number; basis: LegalBasis }[]
}

/**
 * A calendar of working days (ngày làm việc) with O(1) arithmetic (prefix
 * sums over lazily built per-year tables; one constant step per calendar
 * year crossed, never a loop over days). All dates
 * are ISO strings `YYYY-MM-DD` from 1900-01-01 to 2199-12-31; an invalid date
 * (`'2024-02-30'`), `NaN` or a non-integer count throws a `RangeError` naming
 * the argument.
 *
 * Interval conventions:
 * - `addWorkingDays(d, n)`: `n > 0` → the n-th working day strictly after `d`;
 *   `n < 0` → the |n|-th working day strictly before `d`; `0` → `d` itself
 *   (even when `d` is not a working day).
 * - `workingDaysBetween(a, b)`: `a ≤ b` → the number of working days in `(a, b]`;
 *   `a > b` → minus the number in `[b, a)`. Hence
 *   `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
 * - `nextWorkingDay(d)` / `previousWorkingDay(d)`: strictly after / before `d`.
 * - `addWorkingHours(instant, hours)`: counts only office hours of working days,
 *   starting from the instant (or from the next opening if outside office hours), and
 *   returns the earliest instant at which that much office time has elapsed. Instants
 *   are an ISO date-time with offset, a `Date`, or an ISO date (the end of that day in
 *   Vietnam time), as every `asOf` of the library.
 *
 * @example
 * ```ts
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * vietnamCivilService.addWorkingDays('2024-04-26', 1) //=> '2024-05-02'
 * const d = vietnamCivilService.addWorkingDaysDetailed('2030-01-02', 3)
 * d.provisional //=> true
 * vietnamCivilService.addWorkingDays('2024-02-30', 1) //=> throws RangeError: 2024-02-30
 * vietnamCivilService.addWorkingDays('2024-02-01', 1.5) //=> throws RangeError: Invalid n
 * // instants are read like every asOf: a plain ISO date is the end of that day in Vietnam time
 * vietnamCivilService.addWorkingHours('2024-04-26', 1).at //=> '2024-05-02T08:30:00+07:00'
 * ```
 */
export interface WorkCalendar {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean
  /** Status, kind, name and basis of `date`. */
  dayInfo(date: string): DayInfo
  /** The n-th working day after (n > 0) or before (n < 0) `date`; `date` itself for 0. */
  addWorkingDays(date: string, n: number): IsoDate
  /** {@link WorkCalendar.addWorkingDays} with `provisional` and `reasons`. */
  addWorkingDaysDetailed(date: string, n: number): DetailedDate
  /** Working days in `(a, b]` when a ≤ b; minus those in `[b, a)` when a > b. */
  workingDaysBetween(a: string, b: string): number
  /** {@link WorkCalendar.workingDaysBetween} with `provisional` and `reasons`. */
  workingDaysBetweenDetailed(a: string, b: string): DetailedCount
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): IsoDate
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): IsoDate
  /** Whether `year` has no confirmed announced schedule (answers come from the statutory rules). */
  isProvisional(year: number): boolean
  /** Which years have an announced schedule. */
  coverage(): CalendarCoverage
  /** The holiday entries whose date falls in `year` (including the caller's extra days), by date. */
  holidaysOf(year: number): Holiday[]
  /** The office sessions of a working day, Vietnam time. */
  readonly officeHours: ReadonlyArray<Readonly<OfficeSession>>
  /** Add `hours` (≥ 0) of office time to an instant (an ISO date-time with offset, a `Date`, or an ISO date: the end of that day in Vietnam time). */
  addWorkingHours(instant: AsOf, hours: number): DetailedInstant
  /** Office minutes between two instants, read like `addWorkingHours`'s (negative when `b` is before `a`). */
  workingMinutesBetween(a: AsOf, b: AsOf): number
}

/**
 * Create a calendar of working days. Without options it is the official
 * calendar of civil and public servants ({@link vietnamCivilService}): Monday
 * to Friday (QĐ 188/1999/QĐ-TTg), minus the statutory holidays of the Labour
 * Code in force on each holiday (BLLĐ 1994 Art 73 until 30/04/2013, BLLĐ 2012 Art 115 until 2020, BLLĐ 2019 Art 112 from 2021)
 * with the compensatory days (Art 111(3)), and the announced civil-service
 * schedules (Tết days, Quốc khánh adjacent day, day swaps and make-up
 * Saturdays) shipped in {@link announcedSchedules}. Years with no announced
 * schedule are answered from the statutory rules and flagged provisional.
 *
 * Options are checked at once (RangeError/TypeError naming the option; an
 * unknown option name is refused, so a misspelt one cannot be ignored); the
 * per-year tables are built lazily on first use and cached in the calendar.
 *
 * @example
 * ```ts
 * import { createWorkCalendar } from 'hanhchinh/calendar'
 * // A province that receives dossiers on Saturday 11/05/2024 and closes on 02/01/2024
 * const province = createWorkCalendar({ extraWorkingDays: ['2024-05-11'], extraDaysOff: ['2024-01-02'] })
 * province.isWorkingDay('2024-05-11') //=> true
 * province.addWorkingDays('2023-12-29', 1) //=> '2024-01-03'
 * createWorkCalendar({ weekend: [7] }) //=> throws RangeError: options.weekend[0]
 * createWorkCalendar({ extraDayOff: ['2024-01-02'] } as never) //=> throws RangeError: Unknown option "extraDayOff" of createWorkCalendar
 * ```
 */
export function createWorkCalendar(options?: WorkCalendarOptions): WorkCalendar {
  const settings = readCalendarOptions(options)
  const tables = createYearTables(settings)
  const days = createWorkingDayArithmetic(tables)
  const reasonsFor = (fromYear: number, toYear: number): Label[] => provisionalReasons(tables.schedules(), fromYear, toYear)
  const officeTime = createOfficeTime(days, settings.office, reasonsFor)
  const { addDn, betweenDn, landedIso } = days

  const calendar: WorkCalendar = {
    // the two hot paths are the arithmetic's own functions, not wrappers
    isWorkingDay: days.isWorkingDay,
    addWorkingDays: days.addWorkingDays,
    dayInfo(date) {
      return dayInfoOf(tables, settings.weekendSet, parseSupportedDate(date, 'date'))
    },
    addWorkingDaysDetailed(date, n) {
      const dn = parseSupportedDate(date, 'date')
      const r = addDn(dn, checkInteger(n, 'n'), 'n')
      const reasons = reasonsFor(yearOfDay(dn), yearOfDay(r))
      return { date: tables.isoAt(r), provisional: reasons.length > 0, reasons }
    },
    workingDaysBetween(a, b) {
      return betweenDn(parseSupportedDate(a, 'a'), parseSupportedDate(b, 'b'))
    },
    workingDaysBetweenDetailed(a, b) {
      const da = parseSupportedDate(a, 'a')
      const db = parseSupportedDate(b, 'b')
      const reasons = reasonsFor(yearOfDay(da), yearOfDay(db))
      return { days: betweenDn(da, db), provisional: reasons.length > 0, reasons }
    },
    nextWorkingDay(date) {
      return landedIso(addDn(parseSupportedDate(date, 'date'), 1, 'date', date))
    },
    previousWorkingDay(date) {
      return landedIso(addDn(parseSupportedDate(date, 'date'), -1, 'date', date))
    },
    isProvisional(year) {
      return tables.provisionalYear(checkYear(year))
    },
    coverage() {
      const map = tables.schedules()
      const years = [...map.keys()].sort((a, b) => a - b)
      return {
        announced: years.filter((y) => !isScheduleProvisional(map.get(y))),
        unconfirmed: years.filter((y) => isScheduleProvisional(map.get(y))),
        statutoryFrom: FIRST_SUPPORTED_YEAR,
        statutoryTo: LAST_SUPPORTED_YEAR,
        regimes: holidayRegimes.map((r) => ({
          id: r.id,
          fromYear: r.fromYear,
          ...(r.toYear === undefined ? {} : { toYear: r.toYear }),
          basis: r.basis,
        })),
      }
    },
    holidaysOf(year) {
      return structuredClone(tables.table(checkYear(year)).entries)
    },
    officeHours: settings.office.text,
    addWorkingHours: officeTime.addWorkingHours,
    workingMinutesBetween: officeTime.workingMinutesBetween,
  }
  registerDayNumbers(calendar, {
    first: FIRST_SUPPORTED_DAY,
    last: LAST_SUPPORTED_DAY,
    isWorking: days.isWorkingDn,
    add: (dn, n) => addDn(dn, n, 'n'),
    provisionalBetween(a, b) {
      // the years addWorkingDaysDetailed's reasons cover (provisionalReasons: one per year without a confirmed schedule)
      const ya = yearOfDay(a)
      const yb = yearOfDay(b)
      for (let y = Math.min(ya, yb); y <= Math.max(ya, yb); y++) if (tables.provisionalYear(y)) return true
      return false
    },
  })
  return Object.freeze(calendar)
}

function checkYear(value: unknown, argument = 'year'): number {
  const y = checkInteger(value, argument)
  if (y < FIRST_SUPPORTED_YEAR || y > LAST_SUPPORTED_YEAR) {
    throw invalidArgument(argument, value, `a year from ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`)
  }
  return y
}
