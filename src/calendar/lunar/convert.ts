import { invalidArgument, wrongType } from '../../core/errors.js'
import { fromDayNumber, toDayNumber, toIsoDate, type IsoDate } from '../../core/iso-date.js'
import type { LunarDate, LunarDateInput } from './schema.js'
import type { LunarMonthEntry, LunarYearTable } from './lunar-year.js'
import { packedLunarYear } from './packed-table.js'

const FIRST_DAY = -25567 // 1900-01-01
const LAST_DAY = 84005 // 2199-12-31
const FIRST_LUNAR_YEAR = 1899 // 1900-01-01 is in lunar year 1899 (Kỷ Hợi)
const LAST_LUNAR_YEAR = 2199
const RANGE_TEXT = 'a date from 1900-01-01 to 2199-12-31'

/**
 * The Gregorian dates the lunar calendar functions support: 1900-01-01 to
 * 2199-12-31 inclusive. Lunar years 1899 (from its month 12) to 2199 (to its
 * month 11) overlap this range.
 *
 * @example
 * ```ts
 * import { LUNAR_CALENDAR_RANGE } from 'hanhchinh/calendar'
 * LUNAR_CALENDAR_RANGE //=> { from: '1900-01-01', to: '2199-12-31' }
 * ```
 */
export const LUNAR_CALENDAR_RANGE: { readonly from: IsoDate; readonly to: IsoDate } = Object.freeze({
  from: '1900-01-01' as IsoDate,
  to: '2199-12-31' as IsoDate,
})

/** The Vietnamese calendar (105°E meridian, UTC+07:00), from the precomputed table. */
function table(year: number): LunarYearTable {
  return packedLunarYear(year)
}

function checkLunarYear(year: unknown, argument: string, first = FIRST_LUNAR_YEAR): number {
  if (typeof year !== 'number') throw wrongType(argument, year, 'an integer lunar year')
  if (!Number.isInteger(year) || year < first || year > LAST_LUNAR_YEAR) {
    throw invalidArgument(argument, year, `an integer lunar year from ${first} to ${LAST_LUNAR_YEAR}`)
  }
  return year
}

function checkMonth(month: unknown, argument: string): number {
  if (typeof month !== 'number') throw wrongType(argument, month, 'an integer month 1..12')
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalidArgument(argument, month, 'an integer month 1..12')
  return month
}

function checkLeap(leap: unknown, argument: string): boolean {
  if (leap === undefined) return false
  if (typeof leap !== 'boolean') throw wrongType(argument, leap, 'a boolean')
  return leap
}

function findMonth(t: LunarYearTable, year: number, month: number, leap: boolean, leapArgument: string): LunarMonthEntry {
  const entry = t.months.find((m) => m.month === month && m.leap === leap)
  if (entry) return entry
  // Only a leap month can be missing.
  const why =
    t.leapMonth === undefined
      ? `lunar year ${year} has no leap month`
      : `month ${month} of lunar year ${year} is not a leap month; the leap month of ${year} is ${t.leapMonth}`
  throw invalidArgument(leapArgument, leap, `false: ${why}`)
}

function describeMonth(year: number, month: number, leap: boolean): string {
  return `${leap ? 'leap ' : ''}month ${month} of lunar year ${year}`
}

/**
 * Convert a Gregorian civil date to the Vietnamese lunar calendar (âm lịch).
 *
 * @param date - an ISO date `YYYY-MM-DD` from 1900-01-01 to 2199-12-31
 * @returns the lunar date; `year` is the Gregorian year in which that lunar year's month 1 begins
 * @throws RangeError if `date` is not an existing ISO date or is outside 1900-01-01..2199-12-31
 *
 * @remarks
 * Rules (the traditional lunisolar rules as used in Vietnam, see the
 * calendar guide `docs/calendar-lunar.md`): a month begins on the civil day,
 * at UTC+07:00 (the 105°E meridian), that contains the instant of the true
 * new moon (điểm Sóc); month 11 is the month containing the December
 * solstice (Đông chí); when 13 new moons begin between two consecutive
 * month-11s, the first of those months that contains no principal term
 * (trung khí: the Sun's apparent longitude a multiple of 30°) is the leap
 * month and repeats the number of the month before it. New moons follow
 * Meeus, "Astronomical Algorithms", ch. 49 (all periodic and planetary terms);
 * the Sun's longitude follows ch. 25 (truncated VSOP87 with FK5, nutation and
 * aberration), and principal-term instants are solved for, not sampled. The
 * one new moon of 1900–2199 that Meeus puts on the wrong side of midnight
 * (1967-07-08 00:00:03 at UTC+7 by the ELP/MPP02 lunar theory) is corrected.
 * All of this is computed once, by a generator in the repository, into a
 * table of about 1.2 KB: nothing is computed at run time.
 *
 * Historical caveat: Vietnam has used a calendar computed for UTC+7 since
 * 1968 (North Vietnam's decision of 08/08/1967; South Vietnam from 1975).
 * Before that the calendar in use followed China's (UTC+8). This function
 * applies the UTC+7 rule to every year, so dates before 1968 are the
 * proleptic UTC+7 calendar and can differ from almanacs of the time by one
 * day at a month boundary — e.g. Tết 1968 was 29/01 in the North (UTC+7,
 * what this returns) but 30/01 in the South.
 *
 * @example
 * ```ts
 * import { toLunar } from 'hanhchinh/calendar'
 * toLunar('2026-02-17') //=> { year: 2026, month: 1, day: 1, leap: false }
 * toLunar('2026-02-16') //=> { year: 2025, month: 12, day: 29, leap: false }
 * toLunar('2025-07-25') //=> { year: 2025, month: 6, day: 1, leap: true }
 * toLunar('2007-02-17') //=> { year: 2007, month: 1, day: 1, leap: false }
 * toLunar('1967-07-08') //=> { year: 1967, month: 6, day: 1, leap: false }
 * toLunar('1899-12-31') //=> throws RangeError: Invalid date: "1899-12-31"
 * ```
 */
export function toLunar(date: string): LunarDate {
  const iso = toIsoDate(date, 'date')
  const day = toDayNumber(iso)
  if (day < FIRST_DAY || day > LAST_DAY) throw invalidArgument('date', date, RANGE_TEXT)
  let year = Number(iso.slice(0, 4))
  let t = table(year)
  if (day < t.newYearDay) t = table(--year)
  const months = t.months
  let i = months.length - 1
  while (months[i]!.start > day) i--
  const m = months[i]!
  return { year, month: m.month, day: day - m.start + 1, leap: m.leap }
}

/**
 * Convert a date of the Vietnamese lunar calendar to its Gregorian civil date.
 *
 * @param lunarDate - `{ year, month, day, leap? }`; `leap` omitted means the regular month
 * @returns the ISO civil date
 * @throws RangeError naming the field and saying why when the day does not
 * exist (day 30 of a 29-day month, `leap: true` for a month that is not the
 * leap month of that year), the result is outside 1900-01-01..2199-12-31, or
 * the object has a key other than `year`, `month`, `day` and `leap`
 *
 * @remarks
 * Same rules as {@link toLunar} (UTC+07:00 for every year). In a year with
 * a leap month the regular month comes first, then the leap month of the
 * same number: 2025 has month 6 from 2025-06-25 and leap month 6 from
 * 2025-07-25. Giỗ Tổ Hùng Vương is 10/3 âm lịch.
 *
 * @example
 * ```ts
 * import { fromLunar } from 'hanhchinh/calendar'
 * fromLunar({ year: 2026, month: 1, day: 1 }) //=> '2026-02-17'
 * fromLunar({ year: 2026, month: 3, day: 10 }) //=> '2026-04-26'
 * fromLunar({ year: 2025, month: 6, day: 1, leap: true }) //=> '2025-07-25'
 * fromLunar({ year: 2025, month: 12, day: 30 }) //=> throws RangeError: month 12 of lunar year 2025 has 29 days
 * fromLunar({ year: 2026, month: 6, day: 1, leap: true }) //=> throws RangeError: lunar year 2026 has no leap month
 * fromLunar({ year: 2025, month: 6, day: 1, leep: true } as never) //=> throws RangeError: lunarDate.leep
 * ```
 */
export function fromLunar(lunarDate: LunarDateInput): IsoDate {
  if (typeof lunarDate !== 'object' || lunarDate === null) {
    throw wrongType('lunarDate', lunarDate, 'an object { year, month, day, leap? }')
  }
  // a misspelt `leep: true` would otherwise give the regular month's date
  for (const key of Object.keys(lunarDate)) {
    if (key !== 'year' && key !== 'month' && key !== 'day' && key !== 'leap') {
      throw invalidArgument(`lunarDate.${key}`, (lunarDate as unknown as Record<string, unknown>)[key], 'no other keys than year, month, day and leap')
    }
  }
  const year = checkLunarYear(lunarDate.year, 'lunarDate.year')
  const month = checkMonth(lunarDate.month, 'lunarDate.month')
  const leap = checkLeap(lunarDate.leap, 'lunarDate.leap')
  const day = lunarDate.day
  if (typeof day !== 'number') throw wrongType('lunarDate.day', day, 'an integer day 1..30')
  if (!Number.isInteger(day) || day < 1 || day > 30) throw invalidArgument('lunarDate.day', day, 'an integer day 1..30')
  const entry = findMonth(table(year), year, month, leap, 'lunarDate.leap')
  if (day > entry.length) {
    throw invalidArgument(
      'lunarDate.day',
      day,
      `a day 1..${entry.length}: ${describeMonth(year, month, leap)} has ${entry.length} days`,
    )
  }
  const result = entry.start + day - 1
  if (result < FIRST_DAY || result > LAST_DAY) {
    throw invalidArgument('lunarDate', lunarDate, `a lunar date falling on ${RANGE_TEXT}`)
  }
  return fromDayNumber(result)
}

/**
 * The date of Tết Nguyên Đán (1/1 âm lịch) of a lunar year, in the
 * Vietnamese calendar (UTC+07:00).
 *
 * @param year - Gregorian year 1900..2199
 * @throws RangeError if `year` is not an integer in 1900..2199
 *
 * @remarks
 * Tết is the second new moon after the December solstice, or the third when
 * a leap month 11 or 12 intervenes (as in the "2033 problem" year, whose
 * leap month 11 ends lunar year 2033 and puts Tết 2034 on 2034-02-19).
 * Vietnam and China (UTC+8) celebrate Tết on different days in 1968, 1969,
 * 1985, 2007, 2030 and 2053; see {@link toLunar} for the rules and the
 * caveat for years before 1968.
 *
 * @example
 * ```ts
 * import { lunarNewYear } from 'hanhchinh/calendar'
 * lunarNewYear(2026) //=> '2026-02-17'
 * lunarNewYear(2025) //=> '2025-01-29'
 * lunarNewYear(1985) //=> '1985-01-21'
 * lunarNewYear(2300) //=> throws RangeError: Invalid year: 2300
 * ```
 */
export function lunarNewYear(year: number): IsoDate {
  return fromDayNumber(table(checkLunarYear(year, 'year', 1900)).newYearDay)
}

/**
 * The number of days (29 or 30) of a month of the Vietnamese lunar calendar.
 *
 * @param year - lunar year 1899..2199
 * @param month - month 1..12
 * @param leap - `true` for the leap month of that number (default `false`)
 * @throws RangeError for a year out of range, a month outside 1..12, or `leap` for a month that is not leap that year
 *
 * @remarks
 * A month runs from one new-moon day to the day before the next (UTC+07:00),
 * so its length is 29 or 30 days. The last day of the year (ngày cuối năm,
 * "Tất niên") is day 29 or 30 of month 12 accordingly.
 *
 * @example
 * ```ts
 * import { lunarMonthLength } from 'hanhchinh/calendar'
 * lunarMonthLength(2025, 12) //=> 29
 * lunarMonthLength(2023, 12) //=> 30
 * lunarMonthLength(2025, 6, true) //=> 29
 * lunarMonthLength(2025, 5, true) //=> throws RangeError: the leap month of 2025 is 6
 * ```
 */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const y = checkLunarYear(year, 'year')
  const m = checkMonth(month, 'month')
  return findMonth(table(y), y, m, checkLeap(leap, 'leap'), 'leap').length
}

/**
 * The leap month (tháng nhuận) of a lunar year, or `undefined` for a
 * 12-month year.
 *
 * @param year - lunar year 1899..2199
 * @throws RangeError if `year` is not an integer in 1899..2199
 *
 * @remarks
 * About 7 years in 19 have 13 months. The leap month is the first month,
 * counted from month 11 of the previous year, that contains no principal
 * term (trung khí); it takes the number of the month before it. It can be
 * month 11 or 12 (2033: leap month 11, in December 2033), in which case it
 * belongs to the lunar year that is ending.
 *
 * @example
 * ```ts
 * import { leapMonthOf } from 'hanhchinh/calendar'
 * leapMonthOf(2025) //=> 6
 * leapMonthOf(2026) //=> undefined
 * leapMonthOf(2033) //=> 11
 * ```
 */
export function leapMonthOf(year: number): number | undefined {
  return table(checkLunarYear(year, 'year')).leapMonth
}

/**
 * One month of a lunar year as listed by {@link lunarMonths}.
 *
 * @example
 * ```ts
 * import { lunarMonths, type LunarMonth } from 'hanhchinh/calendar'
 * const first: LunarMonth = lunarMonths(2026)[0]!
 * first //=> { month: 1, leap: false, start: '2026-02-17', end: '2026-03-18', length: 30 }
 * ```
 */
export interface LunarMonth {
  /** Month number 1..12. */
  readonly month: number
  /** `true` for the leap month (tháng nhuận). */
  readonly leap: boolean
  /** Gregorian date of day 1 (mùng 1) of the month. */
  readonly start: IsoDate
  /** Gregorian date of the last day (29 or 30) of the month. */
  readonly end: IsoDate
  /** Number of days, 29 or 30. */
  readonly length: number
}

/**
 * The months of a lunar year in order (12, or 13 with the leap month), each
 * with its first and last Gregorian day — the skeleton of a lịch vạn niên
 * page. Months that fall partly outside 1900-01-01..2199-12-31 are still
 * listed with their computed dates.
 *
 * @param year - lunar year 1899..2199
 * @throws RangeError if `year` is not an integer in 1899..2199
 *
 * @remarks
 * Same rules as {@link toLunar}. The list runs from Tết to the eve of the
 * next Tết.
 *
 * @example
 * ```ts
 * import { lunarMonths } from 'hanhchinh/calendar'
 * lunarMonths(2025).length //=> 13
 * lunarMonths(2025)[6] //=> { month: 6, leap: true, start: '2025-07-25', length: 29 }
 * lunarMonths(2025)[12] //=> { month: 12, leap: false, end: '2026-02-16' }
 * ```
 */
export function lunarMonths(year: number): LunarMonth[] {
  return table(checkLunarYear(year, 'year')).months.map((m) => ({
    month: m.month,
    leap: m.leap,
    start: fromDayNumber(m.start),
    end: fromDayNumber(m.start + m.length - 1),
    length: m.length,
  }))
}
