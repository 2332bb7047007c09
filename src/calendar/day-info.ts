// What one day of a work calendar is: working or not, and the entry (holiday,
// swap, make-up day, caller's extra day) or weekly rest day that makes it so.
import type { LegalBasis } from '../core/legal-basis.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { officeWeekBasis } from './data/regimes.js'
import { isoOfDay, yearOfDay } from './day-number.js'
import type { HolidayKind } from './schema.js'
import type { YearTables } from './year-tables.js'

/**
 * What kind of day {@link WorkCalendar.dayInfo} reports: a {@link HolidayKind}
 * or `'weekend'` (the weekly rest day, Saturday and Sunday by QĐ 188/1999/QĐ-TTg).
 * An ordinary working day has no kind.
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DayKind } from 'hanhchinh/calendar'
 * const k: DayKind | undefined = vietnamCivilService.dayInfo('2024-05-05').kind
 * k //=> 'weekend'
 * ```
 */
export type DayKind = HolidayKind | 'weekend'

/**
 * The status of one day in a {@link WorkCalendar}: whether it is a working
 * day (ngày làm việc) and, when something special applies, its kind, name and
 * legal basis. `provisional` is `true` when the day's year has no confirmed
 * announced schedule — for a swapped day, when the schedule that decided the
 * swap is not confirmed (31/12/2018, off by the confirmed 2019 schedule, is
 * not provisional though 2018's schedule is).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DayInfo } from 'hanhchinh/calendar'
 * const info: DayInfo = vietnamCivilService.dayInfo('2024-05-04')
 * info //=> { date: '2024-05-04', working: true, kind: 'make-up-working-day', provisional: false }
 * info.basis?.instrument //=> 'CV 2450/VPCP-KGVX'
 * ```
 */
export interface DayInfo {
  date: IsoDate
  working: boolean
  kind?: DayKind
  name?: Label
  basis?: LegalBasis
  provisional: boolean
}

const WEEKEND_NAME: Label = { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' }

/** The {@link DayInfo} of day number `dn` in these tables. @internal */
export function dayInfoOf(tables: YearTables, weekendSet: ReadonlySet<number>, dn: number): DayInfo {
  const y = yearOfDay(dn)
  const t = tables.table(y)
  const i = dn - t.start
  const info: DayInfo = { date: isoOfDay(dn), working: t.working[i] === 1, provisional: tables.provisionalYear(y) }
  const e = t.entryAt[i]!
  if (e >= 0) {
    const h = t.entries[e]!
    info.kind = h.kind
    info.name = h.name
    info.basis = h.basis
    // a swap is settled by the schedule that decided it, which may be the next year's
    // (31/12/2018 off by the 2019 schedule, CV 6519/VPCP-KGVX)
    if (h.kind === 'swapped-off' || h.kind === 'make-up-working-day') info.provisional = h.provisional
  } else if (weekendSet.has((((dn + 4) % 7) + 7) % 7)) {
    info.kind = 'weekend'
    info.name = WEEKEND_NAME
    info.basis = officeWeekBasis
  }
  return info
}
