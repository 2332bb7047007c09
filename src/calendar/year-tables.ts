// The per-year tables of a work calendar: for each year, which days are
// working days, the prefix sums of working days over the year's day numbers
// and the positions of the working days — built lazily, once per year and
// calendar, so that every working-day question is answered in O(1).
import type { IsoDate } from '../core/iso-date.js'
import type { CalendarSettings } from './calendar-options.js'
import { announcedSchedules } from './data/schedules.js'
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, daysFromCivil, isoOfDay, yearOfDay } from './day-number.js'
import { readAnnouncedSchedule } from './validate.js'
import { isScheduleProvisional, scheduleEntries } from './schedule-entries.js'
import type { AnnouncedSchedule, Holiday, HolidayKind } from './schema.js'

/** One year of a work calendar. @internal */
export interface YearTable {
  year: number
  /** Day number of 1 January. */
  start: number
  /** 1 for a working day, by day of the year (from 0). */
  working: Uint8Array
  /** cum[i] = working days among the first i days of the year. */
  cum: Int32Array
  /** Offsets (from `start`) of the working days, in order. */
  positions: Int32Array
  total: number
  /** Index into `entries` of the entry describing each day, or -1. */
  entryAt: Int16Array
  entries: Holiday[]
  /** ISO text of each day, filled on demand. */
  iso: (IsoDate | undefined)[]
}

/**
 * Days of the neighbouring years on each side of a {@link WindowTable}
 * (256 days hold at least 182 weekdays). @internal
 */
export const WINDOW_PAD = 256
/**
 * The largest |n| that `addWorkingDays` tries in a window before walking the
 * years (the window may still be too short for a calendar with many days off:
 * the lookup then falls back to the walk). @internal
 */
export const WINDOW_REACH = 160

/**
 * One year of a work calendar with {@link WINDOW_PAD} days of each neighbouring
 * year on either side (the windows of adjacent years overlap), for the hot path
 * of `addWorkingDays`: a count that stays in the window is one lookup, with no
 * year boundary to cross. Days outside 1900–2199 count as days off, so a
 * count leaving the supported range runs past the window's end and takes the
 * checked path. @internal
 */
export interface WindowTable {
  /** cum[i] = working days among the first i days of the window; the window starts {@link WINDOW_PAD} days before 1 January. */
  cum: Int32Array
  /** The ISO text of the window's working days, in order (shared with the year tables' `iso`). */
  workingIso: IsoDate[]
  /** Working days in the window (`workingIso.length`). */
  total: number
}

/**
 * The lazily built tables of one calendar. `byIndex[year - 1900]` is the
 * table of a year once built (the hot path reads it directly). @internal
 */
export interface YearTables {
  readonly byIndex: (YearTable | undefined)[]
  /** The table of `year` (built on first use). */
  table(year: number): YearTable
  /** `windows[year - 1900]`: the window table of a year once built (the hot path reads it directly). */
  readonly windows: (WindowTable | undefined)[]
  /** The window table of `year` (built on first use, with the year tables of its neighbours). */
  window(year: number): WindowTable
  /** ISO text of a day number, cached in its year table. */
  isoAt(dn: number): IsoDate
  /** The announced schedules in use, by year. */
  schedules(): ReadonlyMap<number, AnnouncedSchedule>
  /** Whether `year` has no confirmed announced schedule. */
  provisionalYear(year: number): boolean
}

const KIND_ORDER: Record<HolidayKind, number> = {
  statutory: 0,
  compensatory: 1,
  'swapped-off': 2,
  'make-up-working-day': 3,
  'extra-day-off': 4,
  'extra-working-day': 5,
}
/** Which entry describes a day when several apply (higher wins). */
const DISPLAY_PRIORITY: Record<HolidayKind, number> = {
  'swapped-off': 0,
  compensatory: 1,
  statutory: 2,
  'make-up-working-day': 3,
  'extra-day-off': 4,
  'extra-working-day': 5,
}
/** Precedence of the passes over a year's entries: schedule days off, make-up days, extra days off, extra working days. */
const PASSES: readonly (readonly HolidayKind[])[] = [['statutory', 'compensatory', 'swapped-off'], ['make-up-working-day'], ['extra-day-off'], ['extra-working-day']]

/** The year tables of a calendar with these settings; nothing is built until asked. @internal */
export function createYearTables(settings: CalendarSettings): YearTables {
  const { weekend, weekendSet, extrasByYear, ownSchedules, includeAnnouncedSchedules } = settings
  let scheduleMap: Map<number, AnnouncedSchedule> | undefined
  const scheduleCache = new Map<number, Holiday[]>()
  const byIndex: (YearTable | undefined)[] = new Array<YearTable | undefined>(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1).fill(undefined)

  function schedules(): Map<number, AnnouncedSchedule> {
    if (!scheduleMap) {
      scheduleMap = new Map()
      if (includeAnnouncedSchedules) for (const s of announcedSchedules) scheduleMap.set(s.year, readAnnouncedSchedule(s, 'announcedSchedules'))
      for (const s of ownSchedules) scheduleMap.set(s.year, s)
    }
    return scheduleMap
  }

  function entriesOfScheduleYear(year: number): Holiday[] {
    let list = scheduleCache.get(year)
    if (!list) {
      list = scheduleEntries(year, schedules().get(year), weekend)
      scheduleCache.set(year, list)
    }
    return list
  }

  function build(year: number): YearTable {
    const start = daysFromCivil(year, 1, 1)
    const length = daysFromCivil(year + 1, 1, 1) - start
    const entries: Holiday[] = []
    // a schedule may place days in the neighbouring years (a swap announced with next year's Tết Dương lịch)
    for (let y = year - 1; y <= year + 1; y++) {
      if (y < FIRST_SUPPORTED_YEAR || y > LAST_SUPPORTED_YEAR) continue
      for (const h of entriesOfScheduleYear(y)) if (h.date.startsWith(`${year}-`)) entries.push(h)
    }
    entries.push(...(extrasByYear.get(year) ?? []))
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]))
    const working = new Uint8Array(length)
    const entryAt = new Int16Array(length).fill(-1)
    const firstDow = (((start + 4) % 7) + 7) % 7
    for (let i = 0; i < length; i++) working[i] = weekendSet.has((firstDow + i) % 7) ? 0 : 1
    const offsetOf = (h: Holiday): number => daysFromCivil(year, Number(h.date.slice(5, 7)), Number(h.date.slice(8, 10))) - start
    for (const pass of PASSES) {
      for (const h of entries) if (pass.includes(h.kind)) working[offsetOf(h)] = h.kind === 'make-up-working-day' || h.kind === 'extra-working-day' ? 1 : 0
    }
    entries.forEach((h, idx) => {
      const i = offsetOf(h)
      const current = entryAt[i]!
      if (current < 0 || DISPLAY_PRIORITY[h.kind] > DISPLAY_PRIORITY[entries[current]!.kind]) entryAt[i] = idx
    })
    const cum = new Int32Array(length + 1)
    for (let i = 0; i < length; i++) cum[i + 1] = cum[i]! + working[i]!
    const total = cum[length]!
    const positions = new Int32Array(total)
    for (let i = 0, k = 0; i < length; i++) if (working[i]) positions[k++] = i
    return { year, start, working, cum, positions, total, entryAt, entries, iso: new Array<IsoDate | undefined>(length) }
  }

  function table(year: number): YearTable {
    const i = year - FIRST_SUPPORTED_YEAR
    let t = byIndex[i]
    if (!t) {
      t = build(year)
      byIndex[i] = t
    }
    return t
  }

  const windows: (WindowTable | undefined)[] = new Array<WindowTable | undefined>(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1).fill(undefined)

  function isoIn(t: YearTable, i: number): IsoDate {
    return t.iso[i] ?? (t.iso[i] = isoOfDay(t.start + i))
  }

  function buildWindow(year: number): WindowTable {
    const t = table(year)
    const before = year > FIRST_SUPPORTED_YEAR ? table(year - 1) : undefined
    const after = year < LAST_SUPPORTED_YEAR ? table(year + 1) : undefined
    const length = WINDOW_PAD + t.working.length + WINDOW_PAD
    const cum = new Int32Array(length + 1)
    const workingIso: IsoDate[] = []
    let i = 0
    const add = (from: YearTable | undefined, first: number, end: number): void => {
      for (let j = first; j < end; j++, i++) {
        const w = from !== undefined && from.working[j] === 1
        cum[i + 1] = cum[i]! + (w ? 1 : 0)
        if (w) workingIso.push(isoIn(from, j))
      }
    }
    // WINDOW_PAD ≤ 365: the pads come from the adjacent years only
    add(before, before === undefined ? 0 : before.working.length - WINDOW_PAD, before === undefined ? WINDOW_PAD : before.working.length)
    add(t, 0, t.working.length)
    add(after, 0, WINDOW_PAD)
    return { cum, workingIso, total: workingIso.length }
  }

  return {
    byIndex,
    table,
    windows,
    window(year) {
      const i = year - FIRST_SUPPORTED_YEAR
      return (windows[i] ??= buildWindow(year))
    },
    isoAt(dn) {
      const t = table(yearOfDay(dn))
      return isoIn(t, dn - t.start)
    },
    schedules,
    provisionalYear(year) {
      return isScheduleProvisional(schedules().get(year))
    },
  }
}
