// Day-number access to the calendars this library builds, for the deadline engine of
// hanhchinh/dossiers: the same answers as the public methods, by day number (days from
// 1970-01-01), without an ISO text in or out. Kept by identity: a calendar made from one of ours
// (spread, wrapped, or with ours as its prototype) is a different object and is never mistaken
// for it — its own methods answer.

/** The day-number side of a calendar built by this library. @internal */
export interface CalendarDayNumbers {
  /** First and last day numbers the calendar answers (1900-01-01, 2199-12-31). */
  readonly first: number
  readonly last: number
  /** `isWorkingDay` of day `dn`, first ≤ dn ≤ last. */
  isWorking(dn: number): boolean
  /**
   * `addWorkingDaysDetailed(day, n).date` as a day number, first ≤ dn ≤ last: the n-th working
   * day after `dn` (n > 0), before it (n < 0), `dn` for 0; the same RangeError (naming `n`) when
   * the answer would leave the calendar's range.
   */
  add(dn: number, n: number): number
  /** `provisional` of an answer that touches the years of days `a` and `b` and those between. */
  provisionalBetween(a: number, b: number): boolean
}

const registry = new WeakMap<object, CalendarDayNumbers>()

/** Record the day-number side of a calendar this library built. @internal */
export function registerDayNumbers(calendar: object, numbers: CalendarDayNumbers): void {
  registry.set(calendar, numbers)
}

/** The day-number side of `calendar` when this library built that very object, else undefined. @internal */
export function dayNumbersOf(calendar: object): CalendarDayNumbers | undefined {
  return registry.get(calendar)
}
