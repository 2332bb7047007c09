import { vietnamCivilService, type WorkCalendar } from '../calendar/index.js'
import { readAsOf } from '../core/as-of.js'
import { wrongType } from '../core/errors.js'
import { addDays, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { PETITION_BASIS as B } from './basis.js'
import type { DayLimit } from './rules.js'

/**
 * What the letters' deadlines need from a working-day calendar: the
 * `WorkCalendar` of `hanhchinh/calendar` (`vietnamCivilService` by default)
 * has all of it.
 *
 * @example
 * ```ts
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * import type { LetterCalendar } from 'hanhchinh/petitions'
 * const cal: LetterCalendar = vietnamCivilService
 * cal.isWorkingDay('2026-02-17') //=> false
 * ```
 */
export type LetterCalendar = Pick<WorkCalendar, 'addWorkingDaysDetailed' | 'isWorkingDay' | 'nextWorkingDay' | 'isProvisional'>

/**
 * One deadline of a letter: the last day (inclusive, ends at 24:00 Vietnam
 * time), the day the count starts from (not counted), the limit in calendar
 * or working days, its legal basis, whether it rests on a year whose
 * civil-service schedule is not announced (`provisional`), and why it is
 * UNCONFIRMED when it is.
 *
 * @example
 * ```ts
 * import { complaintDeadlines, type LetterDeadline } from 'hanhchinh/petitions'
 * const d: LetterDeadline = complaintDeadlines({ round: 1, receivedAt: '2026-03-02' }).steps.accept
 * d //=> { date: '2026-03-16', from: '2026-03-02', amount: 10, unit: 'working-days' }
 * ```
 */
export interface LetterDeadline {
  /** The last day to act (inclusive). */
  date: IsoDate
  /** The day the count starts from (the day itself is not counted). */
  from: IsoDate
  amount: number
  unit: 'days' | 'working-days'
  label: Label
  basis: LegalBasis[]
  /** The count crosses a year whose civil-service schedule is not announced. */
  provisional: boolean
  /** Why the limit is UNCONFIRMED, when it is. */
  unconfirmed?: string
}

/** Read a date argument (ISO date, date-time with offset, Date) as its civil date in Vietnam time. @internal */
export function civilDate(value: unknown, argument: string): IsoDate {
  return readAsOf(value, argument).date
}

/** Check and return the calendar option. @internal */
export function readCalendar(value: unknown, argument = 'options.calendar'): LetterCalendar {
  if (value === undefined) return vietnamCivilService
  if (value === null || typeof value !== 'object' || typeof (value as LetterCalendar).addWorkingDaysDetailed !== 'function'
    || typeof (value as LetterCalendar).isWorkingDay !== 'function' || typeof (value as LetterCalendar).nextWorkingDay !== 'function'
    || typeof (value as LetterCalendar).isProvisional !== 'function') {
    throw wrongType(argument, value, 'a working-day calendar (such as vietnamCivilService)')
  }
  return value as LetterCalendar
}

/**
 * Count a limit from a day: working days → the n-th working day after it;
 * calendar days → the day n days after it, rolled to the next working day
 * when it is a rest day (BLDS 2015 Art 147(2), 148(5)). @internal
 */
export function countFrom(from: IsoDate, lim: DayLimit, label: Label, calendar: LetterCalendar, extraDays = 0): LetterDeadline {
  const amount = lim.amount + extraDays
  let date: IsoDate
  let provisional: boolean
  const basis: LegalBasis[] = [...lim.basis]
  if (lim.unit === 'working-days') {
    const r = calendar.addWorkingDaysDetailed(from, amount)
    date = r.date
    provisional = r.provisional
    basis.push(B.firstDayNotCounted)
  } else {
    const end = addDays(from, amount)
    date = calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end)
    provisional = calendar.isProvisional(Number(end.slice(0, 4))) || calendar.isProvisional(Number(date.slice(0, 4)))
    if (!basis.some((b) => b.article === '147' && b.instrument === B.firstDayNotCounted.instrument)) basis.push(B.firstDayNotCounted)
    if (date !== end) basis.push(B.rollToWorkingDay)
  }
  const out: LetterDeadline = { date, from, amount, unit: lim.unit, label, basis, provisional }
  if (lim.unconfirmed !== undefined) out.unconfirmed = lim.unconfirmed
  return out
}
