// Per-year tables of the lunisolar calendar, built lazily from the astronomy
// and memoised. The offset from UTC is a parameter of the builder so that the
// tests can compute the Chinese calendar (UTC+8) with the same engine; the
// public API (convert.ts) always uses UTC+7. Internal module.

import {
  approximateDecemberSolstice,
  localDayNumber,
  nearestLunation,
  solarLongitudeInstant,
  trueNewMoonJde,
} from './astronomy.js'

/** One lunar month of a year table. @internal */
export interface LunarMonthEntry {
  /** Month number 1..12. */
  readonly month: number
  /** Whether this is the intercalary (leap, nhuận) month that repeats `month`. */
  readonly leap: boolean
  /** Day number (days since 1970-01-01) of day 1 of the month. */
  readonly start: number
  /** 29 or 30 days. */
  readonly length: number
}

/** A lunar year: Tết (month 1, day 1) to the eve of the next Tết. @internal */
export interface LunarYearTable {
  /** The Gregorian year in which month 1 of this lunar year begins. */
  readonly year: number
  /** Months in order, 12 or 13 entries. */
  readonly months: readonly LunarMonthEntry[]
  /** The leap month number, if the year has one. */
  readonly leapMonth: number | undefined
  /** Day number of Tết. */
  readonly newYearDay: number
  /** Day number of the next Tết (exclusive end). */
  readonly endDay: number
}

/**
 * The months of a "suì": from month 11 (the month containing the December
 * solstice of `solsticeYear - 1`) up to, not including, the month 11 that
 * contains the December solstice of `solsticeYear`.
 */
interface Sui {
  readonly months: readonly LunarMonthEntry[]
}

const suiCache = new Map<string, Sui>()
const yearCache = new Map<string, LunarYearTable>()

/** Day number of the new moon of lunation k at an offset. */
function newMoonDay(k: number, offsetHours: number): number {
  return localDayNumber(trueNewMoonJde(k), offsetHours)
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
  const key = `${offsetHours}:${solsticeYear}`
  let s = suiCache.get(key)
  if (!s) {
    s = buildSui(solsticeYear, offsetHours)
    suiCache.set(key, s)
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

/**
 * The table of lunar year `year` (the one whose month 1 begins in Gregorian
 * year `year`) computed for a fixed offset from UTC in hours: 7 for the
 * Vietnamese calendar, 8 for the Chinese one. Built on first use and memoised.
 * No range check here — callers check the range.
 * @internal
 */
export function lunarYearTable(year: number, offsetHours = 7): LunarYearTable {
  const key = `${offsetHours}:${year}`
  let t = yearCache.get(key)
  if (!t) {
    t = buildYear(year, offsetHours)
    yearCache.set(key, t)
  }
  return t
}
