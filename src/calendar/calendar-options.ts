// Reading and checking the options of createWorkCalendar, once, when the
// calendar is created: the caller's extra days, weekly rest days, office hours
// and added schedules, normalised into the settings the year tables use.
import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { isoOfDay, parseSupportedDate, yearOfDay } from './day-number.js'
import { holidayRegimeAt, holidayRegimeOf } from './holidays.js'
import { defaultOfficeHours, parseOfficeHours, type ParsedOfficeHours } from './office-hours.js'
import type { AnnouncedSchedule, AnnouncedScheduleInput, ExtraDay, Holiday, OfficeSession } from './schema.js'
import { readAnnouncedSchedule, readLegalBasis } from './validate.js'

/**
 * Options of {@link createWorkCalendar}.
 *
 * - `extraDaysOff` / `extraWorkingDays`: days a province or body adds (its own
 *   days off, Saturdays on which the one-stop desk works under QĐ 14/2010/QĐ-TTg
 *   if you count them as working days — UNCONFIRMED, so not the default). Extra
 *   working days win over everything else, then extra days off.
 * - `weekend`: weekly rest days, 0 = Sunday … 6 = Saturday (default `[0, 6]`, QĐ 188/1999/QĐ-TTg).
 * - `officeHours`: office sessions of a working day (default 07:30–12:00 and
 *   13:00–16:30 — a local choice, UNCONFIRMED as a national rule).
 * - `schedules`: announced schedules to add; one for a year already shipped replaces it.
 * - `includeAnnouncedSchedules`: `false` drops the shipped schedules (statutory rules
 *   only, e.g. an enterprise that does not follow the civil-service swaps).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type WorkCalendarOptions } from 'hanhchinh/calendar'
 * const options: WorkCalendarOptions = { extraDaysOff: [{ date: '2026-11-24', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } }] }
 * createWorkCalendar(options).isWorkingDay('2026-11-24') //=> false
 * ```
 */
export interface WorkCalendarOptions {
  extraDaysOff?: readonly (string | ExtraDay)[]
  extraWorkingDays?: readonly (string | ExtraDay)[]
  weekend?: readonly number[]
  officeHours?: readonly OfficeSession[]
  schedules?: readonly AnnouncedScheduleInput[]
  includeAnnouncedSchedules?: boolean
}

const WORK_CALENDAR_OPTION_NAMES: OptionNames<WorkCalendarOptions> = {
  extraDaysOff: true,
  extraWorkingDays: true,
  weekend: true,
  officeHours: true,
  schedules: true,
  includeAnnouncedSchedules: true,
}

/** The options of a calendar, checked and normalised. @internal */
export interface CalendarSettings {
  /** Weekly rest days, sorted. */
  readonly weekend: readonly number[]
  readonly weekendSet: ReadonlySet<number>
  readonly office: ParsedOfficeHours
  /** The caller's extra days off and working days, by year. */
  readonly extrasByYear: ReadonlyMap<number, readonly Holiday[]>
  /** The caller's schedules (checked). */
  readonly ownSchedules: readonly AnnouncedSchedule[]
  /** Whether the shipped announced schedules are used. */
  readonly includeAnnouncedSchedules: boolean
}

const DEFAULT_EXTRA_OFF_NAME: Label = { vi: 'Ngày nghỉ bổ sung', en: 'Additional day off' }
const DEFAULT_EXTRA_WORK_NAME: Label = { vi: 'Ngày làm việc bổ sung', en: 'Additional working day' }
const CALLER_BASIS: LegalBasis = { instrument: 'createWorkCalendar options', note: 'Day added by the caller; no legal basis given.' }

/**
 * Read the options of {@link createWorkCalendar} (core `readOptions`: an
 * unknown name is a `RangeError` naming it) and check every value at once,
 * so a mistake shows when the calendar is created rather than on first use. @internal
 */
export function readCalendarOptions(options: WorkCalendarOptions | undefined): CalendarSettings {
  const o = readOptions(options, WORK_CALENDAR_OPTION_NAMES, 'createWorkCalendar')
  const weekend = readWeekend(o.weekend)
  const office = parseOfficeHours(o.officeHours ?? defaultOfficeHours)
  const extraOff = normaliseExtras(o.extraDaysOff, 'options.extraDaysOff')
  const extraWork = normaliseExtras(o.extraWorkingDays, 'options.extraWorkingDays')
  const offDays = new Set(extraOff.map((e) => e.day))
  for (const [i, e] of extraWork.entries()) {
    if (offDays.has(e.day)) throw invalidArgument(`options.extraWorkingDays[${i}]`, e.date, 'a date not also listed in options.extraDaysOff')
  }
  const ownSchedules = readSchedules(o.schedules, weekend)
  const include = o.includeAnnouncedSchedules ?? true
  if (typeof include !== 'boolean') throw wrongType('options.includeAnnouncedSchedules', include, 'a boolean')

  const extrasByYear = new Map<number, Holiday[]>()
  const pushExtra = (e: NormalisedExtra, kind: 'extra-day-off' | 'extra-working-day'): void => {
    const y = yearOfDay(e.day)
    const basis = e.basis ?? CALLER_BASIS
    const entry: Holiday = {
      date: e.date,
      name: e.name ?? (kind === 'extra-day-off' ? DEFAULT_EXTRA_OFF_NAME : DEFAULT_EXTRA_WORK_NAME),
      kind,
      occasion: 'other',
      basis,
      bases: [basis],
      provisional: false,
    }
    const list = extrasByYear.get(y)
    if (list) list.push(entry)
    else extrasByYear.set(y, [entry])
  }
  for (const e of extraOff) pushExtra(e, 'extra-day-off')
  for (const e of extraWork) pushExtra(e, 'extra-working-day')
  return { weekend, weekendSet: new Set(weekend), office, extrasByYear, ownSchedules, includeAnnouncedSchedules: include }
}

interface NormalisedExtra {
  day: number
  date: IsoDate
  name?: Label | undefined
  basis?: LegalBasis | undefined
}

const EXTRA_DAY_KEYS: OptionNames<ExtraDay> = { date: true, name: true, basis: true }

function normaliseExtras(value: unknown, argument: string): NormalisedExtra[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw wrongType(argument, value, 'an array of ISO dates or { date, name?, basis? }')
  return value.map((item: unknown, i) => {
    const where = `${argument}[${i}]`
    if (typeof item === 'string') {
      const day = parseSupportedDate(item, where)
      return { day, date: isoOfDay(day) }
    }
    if (typeof item !== 'object' || item === null || item instanceof Date) {
      throw wrongType(where, item, 'an ISO date string YYYY-MM-DD or { date, name?, basis? }')
    }
    const unknownKey = Object.keys(item).find((k) => !Object.prototype.hasOwnProperty.call(EXTRA_DAY_KEYS, k))
    if (unknownKey !== undefined) throw invalidArgument(`${where}.${unknownKey}`, (item as Record<string, unknown>)[unknownKey], 'no other keys than date, name and basis')
    const o = item as { date?: unknown; name?: unknown; basis?: unknown }
    const day = parseSupportedDate(o.date, `${where}.date`)
    let name: Label | undefined
    if (o.name !== undefined) {
      const n = o.name as Partial<Label> | null
      if (typeof n !== 'object' || n === null || typeof n.vi !== 'string' || typeof n.en !== 'string' || !n.vi || !n.en) {
        throw invalidArgument(`${where}.name`, o.name, '{ vi, en } non-empty strings')
      }
      name = { vi: n.vi, en: n.en }
    }
    let basis: LegalBasis | undefined
    if (o.basis !== undefined) {
      basis = readLegalBasis(o.basis, `${where}.basis`)
    }
    return { day, date: isoOfDay(day), name, basis }
  })
}

function readWeekend(value: unknown): number[] {
  if (value === undefined) return [0, 6]
  if (!Array.isArray(value)) throw wrongType('options.weekend', value, 'an array of weekdays 0 (Sunday) .. 6 (Saturday)')
  const set = new Set<number>()
  value.forEach((d: unknown, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
      throw invalidArgument(`options.weekend[${i}]`, d, 'an integer weekday 0 (Sunday) .. 6 (Saturday)')
    }
    set.add(d)
  })
  if (set.size > 6) throw invalidArgument('options.weekend', value, 'at most 6 weekly rest days')
  return [...set].sort()
}

function readSchedules(value: unknown, weekend: readonly number[]): AnnouncedSchedule[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw wrongType('options.schedules', value, 'an array of announced schedules')
  const seen = new Set<number>()
  return value.map((s: unknown, i) => {
    const sc = readAnnouncedSchedule(s, `options.schedules[${i}]`)
    if (seen.has(sc.year)) throw invalidArgument(`options.schedules[${i}].year`, sc.year, 'one schedule per year')
    seen.add(sc.year)
    checkScheduleDates(sc, `options.schedules[${i}]`, weekend)
    return sc
  })
}

/** Programmer errors in a schedule, caught when the calendar is created rather than on first use. */
function checkScheduleDates(sc: AnnouncedSchedule, where: string, weekend: readonly number[]): void {
  const y = sc.year
  const dow = (date: string): number => (((parseSupportedDate(date, where) + 4) % 7) + 7) % 7
  if (sc.tet) {
    // the number of Tết days is that of the regime in force at Tết (dated data), not a constant of this function
    const regime = holidayRegimeOf(y)
    if (sc.tet.days.length !== regime.tetDays) {
      throw invalidArgument(`${where}.tet.days`, sc.tet.days, `the ${regime.tetDays} Tết days of ${regime.label.en} (Art ${regime.basis.article ?? '?'})`)
    }
    sc.tet.days.forEach((d, j) => {
      if (!d.startsWith(`${y}-`)) throw invalidArgument(`${where}.tet.days[${j}]`, d, `a date in ${y}`)
    })
  }
  const adjacent = sc.nationalDayAdjacent?.days[0]
  // an adjacent day under a regime that grants none would be dropped in silence: refuse it
  const regimeOfYear = holidayRegimeAt(`${y}-09-02`)
  if (adjacent !== undefined && regimeOfYear.nationalDayDays !== 2) {
    throw invalidArgument(`${where}.nationalDayAdjacent`, adjacent, `no adjacent day: ${regimeOfYear.label.en} grants ${regimeOfYear.nationalDayDays} Quốc khánh day`)
  }
  if (adjacent !== undefined && adjacent !== `${y}-09-01` && adjacent !== `${y}-09-03`) {
    throw invalidArgument(`${where}.nationalDayAdjacent.days[0]`, adjacent, `${y}-09-01 or ${y}-09-03`)
  }
  const hung = sc.hungKings?.days[0]
  if (hung !== undefined && !hung.startsWith(`${y}-`)) throw invalidArgument(`${where}.hungKings.days[0]`, hung, `a date in ${y}`)
  sc.swaps.forEach((w, j) => {
    if (!weekend.includes(dow(w.work))) throw invalidArgument(`${where}.swaps[${j}].work`, w.work, 'a weekly rest day worked in exchange')
    if (weekend.includes(dow(w.off))) throw invalidArgument(`${where}.swaps[${j}].off`, w.off, 'a working weekday given off')
  })
}
