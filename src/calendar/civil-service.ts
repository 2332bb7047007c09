import type { Holiday } from './schema.js'
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY } from './day-number.js'
import { dayNumbersOf, registerDayNumbers, type CalendarDayNumbers } from './day-numbers.js'
import { createWorkCalendar, type WorkCalendar } from './work-calendar.js'

/**
 * The official working-day calendar of Vietnamese civil and public servants
 * (cán bộ, công chức, viên chức): Monday–Friday (QĐ 188/1999/QĐ-TTg), the
 * statutory holidays (BLLĐ 1994 Art 73 until 30/04/2013, BLLĐ 2012 Art 115 until 2020, BLLĐ 2019 Art 112 from
 * 2021), compensatory days (Art 111(3)) and the announced schedules shipped
 * with the library (day swaps and make-up Saturdays, each with its
 * instrument). Years without an announced schedule are answered from the
 * statutory rules and flagged `provisional`. Nothing is computed at import
 * time: the calendar is created on first use, and each year's table when
 * that year is first needed.
 *
 * @example
 * ```ts
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * vietnamCivilService.isWorkingDay('2024-04-29') //=> false
 * vietnamCivilService.isWorkingDay('2024-05-04') //=> true
 * vietnamCivilService.addWorkingDays('2024-04-26', 1) //=> '2024-05-02'
 * vietnamCivilService.workingDaysBetween('2026-02-13', '2026-02-23') //=> 1
 * vietnamCivilService.coverage().announced //=> [2013, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * vietnamCivilService.coverage().unconfirmed //=> [2014, 2015, 2016, 2017, 2018]
 * vietnamCivilService.isWorkingDay('2019-05-04') //=> true
 * ```
 */
export const vietnamCivilService: WorkCalendar = /* @__PURE__ */ lazyCalendar()

/** A calendar that creates the default one on first use and delegates to it. */
function lazyCalendar(): WorkCalendar {
  let instance: WorkCalendar | undefined
  const get = (): WorkCalendar => (instance ??= createWorkCalendar())
  let numbers: CalendarDayNumbers | undefined
  const num = (): CalendarDayNumbers => (numbers ??= dayNumbersOf(get())!)
  const lazy: WorkCalendar = Object.freeze({
    isWorkingDay: (date) => get().isWorkingDay(date),
    dayInfo: (date) => get().dayInfo(date),
    addWorkingDays: (date, n) => get().addWorkingDays(date, n),
    addWorkingDaysDetailed: (date, n) => get().addWorkingDaysDetailed(date, n),
    workingDaysBetween: (a, b) => get().workingDaysBetween(a, b),
    workingDaysBetweenDetailed: (a, b) => get().workingDaysBetweenDetailed(a, b),
    nextWorkingDay: (date) => get().nextWorkingDay(date),
    previousWorkingDay: (date) => get().previousWorkingDay(date),
    isProvisional: (year) => get().isProvisional(year),
    coverage: () => get().coverage(),
    holidaysOf: (year) => get().holidaysOf(year),
    get officeHours() {
      return get().officeHours
    },
    addWorkingHours: (instant, hours) => get().addWorkingHours(instant, hours),
    workingMinutesBetween: (a, b) => get().workingMinutesBetween(a, b),
  } satisfies WorkCalendar)
  registerDayNumbers(lazy, {
    first: FIRST_SUPPORTED_DAY,
    last: LAST_SUPPORTED_DAY,
    isWorking: (dn) => num().isWorking(dn),
    add: (dn, n) => num().add(dn, n),
    provisionalBetween: (a, b) => num().provisionalBetween(a, b),
  })
  return lazy
}

/**
 * The holiday entries of the official civil-service calendar
 * ({@link vietnamCivilService}) whose date falls in `year`, sorted by date:
 * statutory holidays (including those on a weekend), compensatory days
 * (nghỉ bù), swapped-off days and make-up working days, each with a bilingual
 * name, its kind, the occasion and its legal basis.
 *
 * @example
 * ```ts
 * import { holidaysOf } from 'hanhchinh/calendar'
 * const h = holidaysOf(2024)
 * h.find((x) => x.date === '2024-05-04') //=> { kind: 'make-up-working-day', occasion: 'ngay-chien-thang', provisional: false }
 * h.find((x) => x.date === '2024-05-04')?.basis.instrument //=> 'CV 2450/VPCP-KGVX'
 * holidaysOf(2026).filter((x) => x.kind === 'swapped-off').map((x) => x.date) //=> ['2026-01-02', '2026-08-31']
 * holidaysOf(2200) //=> throws RangeError: year
 * ```
 */
export function holidaysOf(year: number): Holiday[] {
  return vietnamCivilService.holidaysOf(year)
}
