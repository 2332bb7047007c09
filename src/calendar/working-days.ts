// Working-day arithmetic over the per-year tables: O(1) per call (one
// constant step per calendar year crossed, never a loop over days).
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { FIRST_SUPPORTED_DAY, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_DAY, LAST_SUPPORTED_YEAR, isoOfDay, parseYearDay, yearDayKey, yearOfDay } from './day-number.js'
import type { YearTable, YearTables } from './year-tables.js'

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

  return {
    isWorkingDay(date) {
      const found = yearDayKey(date)
      const key = found >= 0 ? found : parseYearDay(date, 'date') // parseYearDay throws the right error
      return (byIndex[key >> 9] ?? table(FIRST_SUPPORTED_YEAR + (key >> 9))).working[key & 511] === 1
    },
    addWorkingDays(date, n) {
      const found = yearDayKey(date)
      const key = found >= 0 ? found : parseYearDay(date, 'date')
      if (typeof n !== 'number' || !Number.isInteger(n)) checkInteger(n, 'n')
      let y = FIRST_SUPPORTED_YEAR + (key >> 9)
      let t = byIndex[key >> 9] ?? table(y)
      const idx = key & 511
      let at: number
      // each working day takes at least one calendar day: a count past the edge of the range is
      // refused before the year walk builds every table up to it (tested only when leaving the year)
      if (n > 0) {
        let target = t.cum[idx + 1]! + n
        if (target > t.total && n > LAST_SUPPORTED_DAY - t.start - idx) throw outOfRange('n', n)
        while (target > t.total) {
          target -= t.total
          if (++y > LAST_SUPPORTED_YEAR) throw outOfRange('n', n)
          t = table(y)
        }
        at = t.positions[target - 1]!
      } else if (n < 0) {
        let k = t.cum[idx]! + n
        if (k < 0 && n < FIRST_SUPPORTED_DAY - t.start - idx) throw outOfRange('n', n)
        while (k < 0) {
          if (--y < FIRST_SUPPORTED_YEAR) throw outOfRange('n', n)
          t = table(y)
          k += t.total
        }
        at = t.positions[k]!
      } else {
        at = idx
      }
      return t.iso[at] ?? (t.iso[at] = isoOfDay(t.start + at))
    },
    isWorkingDn,
    addDn,
    landedIso(dn) {
      const t = landedTable!
      const i = dn - t.start
      return t.iso[i] ?? (t.iso[i] = isoOfDay(dn))
    },
    countAfterThrough,
    betweenDn(a, b) {
      if (a <= b) return countAfterThrough(a, b)
      // -(working days in [b, a)) = -((b, a] + [b] - [a])
      return 0 - (countAfterThrough(b, a) + (isWorkingDn(b) ? 1 : 0) - (isWorkingDn(a) ? 1 : 0))
    },
  }
}
