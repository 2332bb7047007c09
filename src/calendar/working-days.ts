// Working-day arithmetic over the per-year tables: O(1) per call (one
// constant step per calendar year crossed, never a loop over days).
// addWorkingDays first tries one lookup in the year's window table
// (year-tables.ts), which overlaps its neighbours by 256 days.
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { FIRST_SUPPORTED_DAY, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_DAY, LAST_SUPPORTED_YEAR, isoOfDay, parseYearDay, yearDayKey, yearOfDay } from './day-number.js'
import { WINDOW_PAD, WINDOW_REACH, type YearTable, type YearTables } from './year-tables.js'

/** Days before month m (1..12) in a common year. */
const MONTH_START = new Int32Array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334])

/** The working-day arithmetic of one calendar, on ISO dates and on day numbers. @internal */
export interface WorkingDayArithmetic {
  /** Whether an ISO date is a working day (hot path). */
  isWorkingDay(date: string): boolean
  /** The n-th working day after / before an ISO date (hot path). */
  addWorkingDays(date: string, n: number): IsoDate
  isWorkingDn(dn: number): boolean
  /** The n-th working day after (n > 0) / before (n < 0) day `dn`; `dn` itself for 0. */
  addDn(dn: number, n: number, argument: string, value?: unknown): number
  /** ISO text of the day `addDn` just returned. */
  landedIso(dn: number): IsoDate
  /** Working days in (a, b], a ≤ b. */
  countAfterThrough(a: number, b: number): number
  /** Working days in (a, b] when a ≤ b; minus those in [b, a) when a > b. */
  betweenDn(a: number, b: number): number
}

/** Check an integer argument (the count `n`). @internal */
export function checkInteger(value: unknown, argument: string): number {
  if (typeof value !== 'number') throw wrongType(argument, value, 'an integer')
  if (!Number.isInteger(value)) throw invalidArgument(argument, value, 'an integer')
  return value
}

/** The error for a step that would leave 1900–2199. @internal */
export function outOfRange(argument: string, value: unknown): RangeError {
  return invalidArgument(argument, value, 'a value whose result falls from 1900-01-01 to 2199-12-31')
}

/** The arithmetic over these year tables. @internal */
export function createWorkingDayArithmetic(tables: YearTables): WorkingDayArithmetic {
  const byIndex = tables.byIndex
  const table = tables.table

  function isWorkingDn(dn: number): boolean {
    const t = table(yearOfDay(dn))
    return t.working[dn - t.start] === 1
  }

  let landedTable: YearTable | undefined
  function addDn(dn: number, n: number, argument: string, value: unknown = n): number {
    let y = yearOfDay(dn)
    let t = table(y)
    if (n === 0) {
      landedTable = t
      return dn
    }
    const idx = dn - t.start
    // each working day takes at least one calendar day: a count past the edge of the range is
    // refused before the year walk builds every table up to it
    if (n > LAST_SUPPORTED_DAY - dn || n < FIRST_SUPPORTED_DAY - dn) throw outOfRange(argument, value)
    if (n > 0) {
      let target = t.cum[idx + 1]! + n
      while (target > t.total) {
        target -= t.total
        if (++y > LAST_SUPPORTED_YEAR) throw outOfRange(argument, value)
        t = table(y)
      }
      landedTable = t
      return t.start + t.positions[target - 1]!
    }
    let k = t.cum[idx]! + n
    while (k < 0) {
      if (--y < FIRST_SUPPORTED_YEAR) throw outOfRange(argument, value)
      t = table(y)
      k += t.total
    }
    landedTable = t
    return t.start + t.positions[k]!
  }

  function countAfterThrough(a: number, b: number): number {
    const ya = yearOfDay(a)
    const yb = yearOfDay(b)
    const ta = table(ya)
    if (ya === yb) return ta.cum[b - ta.start + 1]! - ta.cum[a - ta.start + 1]!
    let sum = ta.total - ta.cum[a - ta.start + 1]!
    for (let y = ya + 1; y < yb; y++) sum += table(y).total
    const tb = table(yb)
    return sum + tb.cum[b - tb.start + 1]!
  }

  const windows = tables.windows

  /**
   * The hot path: the date text read by fixed positions and char codes, then one
   * lookup in the year's window table (no year boundary within ±256 days, no
   * allocation). Anything else — a window not built yet, a count leaving the
   * window, a bad argument — goes to {@link addChecked}.
   */
  function addWorkingDays(date: string, n: number): IsoDate {
    if (typeof date === 'string' && typeof n === 'number' && date.length === 10 && (n | 0) === n && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
      const c0 = date.charCodeAt(0) - 48
      const c1 = date.charCodeAt(1) - 48
      const c2 = date.charCodeAt(2) - 48
      const c3 = date.charCodeAt(3) - 48
      const c5 = date.charCodeAt(5) - 48
      const c6 = date.charCodeAt(6) - 48
      const c8 = date.charCodeAt(8) - 48
      const c9 = date.charCodeAt(9) - 48
      // every character a digit: no value below 0 (no sign bit in the OR), and each value + 6 in 6..15 (no bit above
      // the low four in the OR) exactly when the value is at most 9
      if ((c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9) >= 0 && ((c0 + 6) | (c1 + 6) | (c2 + 6) | (c3 + 6) | (c5 + 6) | (c6 + 6) | (c8 + 6) | (c9 + 6)) < 16) {
        const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3
        const m = c5 * 10 + c6
        const d = c8 * 10 + c9
        const t = windows[y - FIRST_SUPPORTED_YEAR]
        if (t !== undefined && m >= 1 && m <= 12 && d >= 1) {
          const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)
          if (d <= (m === 2 ? (leap ? 29 : 28) : 30 + ((m + (m >> 3)) & 1))) {
            if (n === 0) return date as IsoDate
            const i = WINDOW_PAD + MONTH_START[m]! + (leap && m > 2 ? 1 : 0) + d - 1
            if (n > 0) {
              const k = t.cum[i + 1]! + n - 1
              if (k < t.total) return t.workingIso[k]!
            } else {
              const k = t.cum[i]! + n
              if (k >= 0) return t.workingIso[k]!
            }
          }
        }
      }
    }
    return addChecked(date, n)
  }

  /** `addWorkingDays` with every check: builds the window, or walks the years for a long count. */
  function addChecked(date: unknown, n: unknown): IsoDate {
    const found = yearDayKey(date)
    const key = found >= 0 ? found : parseYearDay(date, 'date') // parseYearDay throws the right error
    const count = checkInteger(n, 'n')
    const y = FIRST_SUPPORTED_YEAR + (key >> 9)
    const idx = key & 511
    if (count === 0) return tables.isoAt(table(y).start + idx)
    if (count <= WINDOW_REACH && count >= -WINDOW_REACH) {
      const w = tables.window(y)
      const i = WINDOW_PAD + idx
      const k = count > 0 ? w.cum[i + 1]! + count - 1 : w.cum[i]! + count
      if (k >= 0 && k < w.total) return w.workingIso[k]!
    }
    return landedIso(addDn(table(y).start + idx, count, 'n'))
  }

  function landedIso(dn: number): IsoDate {
    const t = landedTable!
    const i = dn - t.start
    return t.iso[i] ?? (t.iso[i] = isoOfDay(dn))
  }

  return {
    isWorkingDay(date) {
      const found = yearDayKey(date)
      const key = found >= 0 ? found : parseYearDay(date, 'date') // parseYearDay throws the right error
      return (byIndex[key >> 9] ?? table(FIRST_SUPPORTED_YEAR + (key >> 9))).working[key & 511] === 1
    },
    addWorkingDays,
    isWorkingDn,
    addDn,
    landedIso,
    countAfterThrough,
    betweenDn(a, b) {
      if (a <= b) return countAfterThrough(a, b)
      // -(working days in [b, a)) = -((b, a] + [b] - [a])
      return 0 - (countAfterThrough(b, a) + (isWorkingDn(b) ? 1 : 0) - (isWorkingDn(a) ? 1 : 0))
    },
  }
}
