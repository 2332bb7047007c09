// The shape of one lunar year, shared by the astronomical builder
// (year-table.ts, used by the generator and the tests) and the reader of the
// precomputed table (packed-table.ts, used at run time). Internal module.

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
