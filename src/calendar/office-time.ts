// Office time of a work calendar: adding office hours to an instant and
// measuring office minutes between two instants, over the working days.
import { invalidArgument, wrongType } from '../core/errors.js'
import { readAsOf, type AsOf } from '../core/as-of.js'
import { formatVietnamDateTime } from '../core/instant.js'
import type { Label } from '../core/label.js'
import { FIRST_SUPPORTED_DAY, LAST_SUPPORTED_DAY, yearOfDay } from './day-number.js'
import { officeMsBefore, timeAtOfficeMs, type ParsedOfficeHours } from './office-hours.js'
import type { WorkingDayArithmetic } from './working-days.js'

/**
 * An instant computed by {@link WorkCalendar.addWorkingHours}: `at` is an ISO
 * date-time in Vietnam time (`+07:00`).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedInstant } from 'hanhchinh/calendar'
 * const r: DetailedInstant = vietnamCivilService.addWorkingHours('2024-04-26T15:30:00+07:00', 4)
 * r.at //=> '2024-05-02T10:30:00+07:00'
 * ```
 */
export interface DetailedInstant {
  at: string
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/** The office-time functions of one calendar. @internal */
export interface OfficeTime {
  addWorkingHours(instant: AsOf, hours: number): DetailedInstant
  workingMinutesBetween(a: AsOf, b: AsOf): number
}

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const VIETNAM_OFFSET_MS = 7 * HOUR_MS

/**
 * An instant argument read the library's one way (core `readAsOf`: an ISO
 * date is the end of that day in Vietnam time, a date-time needs an offset, or
 * a `Date`), as its Vietnam day number and time of day.
 */
function readInstant(instant: AsOf, argument: string): { dn: number; msOfDay: number; epochMs: number } {
  const { epochMs } = readAsOf(instant, argument)
  const dn = Math.floor((epochMs + VIETNAM_OFFSET_MS) / DAY_MS)
  if (dn < FIRST_SUPPORTED_DAY || dn > LAST_SUPPORTED_DAY) {
    throw invalidArgument(argument, instant, 'an instant from 1900-01-01 to 2199-12-31 (Vietnam time)')
  }
  return { dn, msOfDay: epochMs + VIETNAM_OFFSET_MS - dn * DAY_MS, epochMs }
}

/** Office time over these working days and office hours. @internal */
export function createOfficeTime(
  days: WorkingDayArithmetic,
  office: ParsedOfficeHours,
  reasonsFor: (fromYear: number, toYear: number) => Label[],
): OfficeTime {
  const { isWorkingDn, addDn, countAfterThrough } = days

  /** Office milliseconds from the start of day `ref` to the instant (dn, msOfDay). */
  function officeOffset(ref: number, dn: number, msOfDay: number): number {
    const w = isWorkingDn(dn)
    let n: number
    if (dn >= ref) n = countAfterThrough(ref, dn) + (isWorkingDn(ref) ? 1 : 0) - (w ? 1 : 0)
    else n = 0 - (countAfterThrough(dn, ref) + (w ? 1 : 0) - (isWorkingDn(ref) ? 1 : 0))
    return n * office.dailyMs + (w ? officeMsBefore(office, msOfDay) : 0)
  }

  return {
    addWorkingHours(instant, hours) {
      const { dn, msOfDay, epochMs } = readInstant(instant, 'instant')
      if (typeof hours !== 'number') throw wrongType('hours', hours, 'a finite number of hours ≥ 0')
      if (!Number.isFinite(hours) || hours < 0) throw invalidArgument('hours', hours, 'a finite number of hours ≥ 0')
      const ms = Math.round(hours * HOUR_MS)
      if (ms === 0) {
        const reasons = reasonsFor(yearOfDay(dn), yearOfDay(dn))
        return { at: formatVietnamDateTime(epochMs), provisional: reasons.length > 0, reasons }
      }
      let base: number
      let elapsed: number
      if (isWorkingDn(dn)) {
        base = dn
        elapsed = officeMsBefore(office, msOfDay)
      } else {
        base = addDn(dn, 1, 'instant', instant)
        elapsed = 0
      }
      const target = elapsed + ms
      const q = Math.floor(target / office.dailyMs)
      const r = target - q * office.dailyMs
      let day: number
      let time: number
      if (r === 0) {
        day = addDn(base, q - 1, 'hours', hours)
        time = office.sessions[office.sessions.length - 1]![1]
      } else {
        day = addDn(base, q, 'hours', hours)
        time = timeAtOfficeMs(office, r)
      }
      const at = formatVietnamDateTime(day * DAY_MS - VIETNAM_OFFSET_MS + time)
      const reasons = reasonsFor(yearOfDay(dn), yearOfDay(day))
      return { at, provisional: reasons.length > 0, reasons }
    },
    workingMinutesBetween(a, b) {
      const ia = readInstant(a, 'a')
      const ib = readInstant(b, 'b')
      return (officeOffset(ia.dn, ib.dn, ib.msOfDay) - officeOffset(ia.dn, ia.dn, ia.msOfDay)) / 60_000
    },
  }
}
