// Builds the holiday entries (statutory, compensatory, swapped-off,
// make-up working day) that one year's schedule produces. Internal.
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { compensatoryDays, holidayNames, holidayRegimeAt, statutoryHolidays, type StatutoryHolidayOptions } from './holidays.js'
import type { AnnouncedSchedule, Holiday } from './schema.js'

function fmt(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
}

/** Whether a schedule year is provisional: no schedule, or an unconfirmed one. @internal */
export function isScheduleProvisional(schedule: AnnouncedSchedule | undefined): boolean {
  return schedule === undefined || schedule.unconfirmed !== undefined
}

/**
 * The entries produced by the schedule of year `year` (or, without one, by
 * the statutory rules with the default choices), sorted by date. Swap dates
 * may fall outside `year` (a swap announced with the next year's Tết
 * Dương lịch). @internal
 */
export function scheduleEntries(year: number, schedule: AnnouncedSchedule | undefined, weekend: readonly number[]): Holiday[] {
  const provisional = isScheduleProvisional(schedule)
  const options: StatutoryHolidayOptions = {}
  if (schedule?.tet) {
    options.tetDays = schedule.tet.days
    options.tetBasis = schedule.tet.basis
  }
  if (schedule?.nationalDayAdjacent && holidayRegimeAt(`${year}-09-02`).nationalDayDays === 2) {
    options.nationalDayAdjacent = schedule.nationalDayAdjacent.days[0]!
    options.nationalDayAdjacentBasis = schedule.nationalDayAdjacent.basis
  }
  if (schedule?.hungKings) {
    options.hungKings = schedule.hungKings.days[0]!
    options.hungKingsBasis = schedule.hungKings.basis
  }
  const statutory = statutoryHolidays(year, options)
  const swaps = schedule?.swaps ?? []
  const swapEntries: Holiday[] = []
  for (const swap of swaps) {
    const occasion = holidayNames[swap.occasion]
    const basis: LegalBasis = swap.basis[0]!
    const offName: Label = {
      vi: `Nghỉ hoán đổi (${occasion.vi}), làm bù ngày ${fmt(swap.work)}`,
      en: `Day off by swap (${occasion.en}), worked on ${fmt(swap.work)}`,
    }
    const workName: Label = {
      vi: `Làm bù cho ngày nghỉ ${fmt(swap.off)} (${occasion.vi})`,
      en: `Make-up working day for ${fmt(swap.off)} (${occasion.en})`,
    }
    swapEntries.push(
      { date: swap.off, name: offName, kind: 'swapped-off', occasion: swap.occasion, basis, bases: [...swap.basis], provisional },
      { date: swap.work, name: workName, kind: 'make-up-working-day', occasion: swap.occasion, basis, bases: [...swap.basis], provisional },
    )
  }
  const compensatory = compensatoryDays(statutory, weekend, swaps.map((s) => s.off))
  const all = [...statutory, ...compensatory, ...swapEntries]
  for (const h of all) h.provisional = provisional
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
