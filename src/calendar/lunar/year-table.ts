// Per-year tables of the lunisolar calendar computed from the astronomy.
// Used by the generator of the precomputed table (scripts/lunar/) and by the
// tests; the public API (convert.ts) reads the precomputed table
// (table-data.ts via packed-table.ts) and never runs this code. The offset
// from UTC is a parameter so that the same engine gives the Chinese calendar
// (UTC+8). Internal module.

import {
  approximateDecemberSolstice,
  localDayNumber,
  nearestLunation,
  solarLongitudeInstant,
  trueNewMoonJde,
} from './astronomy.js'
import type { LunarMonthEntry, LunarYearTable } from './lunar-year.js'

export type { LunarMonthEntry, LunarYearTable } from './lunar-year.js'

/**
 * The months of a "suì": from month 11 (the month containing the December
 * solstice of `solsticeYear - 1`) up to, not including, the month 11 that
 * contains the December solstice of `solsticeYear`.
 */
interface Sui {
  readonly months: readonly LunarMonthEntry[]
}

/**
 * A correction of the civil day of a new moon: given lunation `k` (k = 0 is
 * the new moon of 2000-01-06) and the day Meeus ch. 49 puts it on, the day a
 * more precise theory puts it on. @internal
 */
export type NewMoonDayCorrection = (k: number, day: number) => number

/**
 * A memoised builder of lunar year tables from the astronomy at a fixed
 * offset from UTC (hours), with an optional correction of new-moon days.
 * @internal
 */
export function createAstronomicalLunarYears(offsetHours: number, correct?: NewMoonDayCorrection): (year: number) => LunarYearTable {
  const suiCache = new Map<number, Sui>()
  const yearCache = new Map<number, LunarYearTable>()

  /** Day number of the new moon of lunation k. */
  function newMoonDay(k: number, offsetHours: number): number {
    const day = localDayNumber(trueNewMoonJde(k), offsetHours)
    return correct ? correct(k, day) : day
  }

  /** The lunation starting the month that contains a given day (latest new-moon day ≤ day). */
  function lunationOfMonthContaining(day: number, nearJde: number, offsetHours: number): number {
    let k = nearestLunation(nearJde)
    while (newMoonDay(k, offsetHours) > day) k--
    while (newMoonDay(k + 1, offsetHours) <= day) k++
    return k
  }

  function buildSui(solsticeYear: number, offsetHours: number): Sui {
    // Principal terms (zhōngqì, trung khí): solar longitude 270°, 300°, ..., 240°, 270°.
    const startSolstice = solarLongitudeInstant(270, approximateDecemberSolstice(solsticeYear - 1))
    const termDays: number[] = [localDayNumber(startSolstice, offsetHours)]
    let previous = startSolstice
    for (let j = 1; j <= 12; j++) {
      const instant = solarLongitudeInstant((270 + 30 * j) % 360, previous + 30.44)
      termDays.push(localDayNumber(instant, offsetHours))
      previous = instant
    }
    const endSolstice = previous
    const k0 = lunationOfMonthContaining(termDays[0]!, startSolstice, offsetHours)
    const k1 = lunationOfMonthContaining(termDays[12]!, endSolstice, offsetHours)
    const count = k1 - k0
    const starts: number[] = []
    for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k, offsetHours))

    // In a 13-month suì, the first month with no principal term is the leap month.
    let leapIndex = -1
    if (count === 13) {
      for (let i = 1; i < count; i++) {
        const from = starts[i]!
        const to = starts[i + 1]!
        if (!termDays.some((d) => d >= from && d < to)) {
          leapIndex = i
          break
        }
      }
      if (leapIndex === -1) throw new Error(`internal: no month without a principal term in suì ${solsticeYear}`)
    } else if (count !== 12) {
      throw new Error(`internal: suì ${solsticeYear} has ${count} months`)
    }

    const months: LunarMonthEntry[] = []
    let month = 11
    for (let i = 0; i < count; i++) {
      const leap = i === leapIndex
      if (i > 0 && !leap) month = (month % 12) + 1
      months.push({ month, leap, start: starts[i]!, length: starts[i + 1]! - starts[i]! })
    }
    return { months }
  }

  function sui(solsticeYear: number, offsetHours: number): Sui {
    let s = suiCache.get(solsticeYear)
    if (!s) {
      s = buildSui(solsticeYear, offsetHours)
      suiCache.set(solsticeYear, s)
    }
    return s
  }

  function buildYear(year: number, offsetHours: number): LunarYearTable {
    const current = sui(year, offsetHours).months
    const next = sui(year + 1, offsetHours).months
    const firstIndex = current.findIndex((m) => m.month === 1 && !m.leap)
    const nextFirstIndex = next.findIndex((m) => m.month === 1 && !m.leap)
    const months = [...current.slice(firstIndex), ...next.slice(0, nextFirstIndex)]
    const leap = months.find((m) => m.leap)
    const last = months[months.length - 1]!
    return {
      year,
      months,
      leapMonth: leap?.month,
      newYearDay: months[0]!.start,
      endDay: last.start + last.length,
    }
  }

  return (year: number): LunarYearTable => {
    let t = yearCache.get(year)
    if (!t) {
      t = buildYear(year, offsetHours)
      yearCache.set(year, t)
    }
    return t
  }
}
