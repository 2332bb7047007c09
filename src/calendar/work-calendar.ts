import { invalidArgument, wrongType } from '../core/errors.js'
import { formatVietnamDateTime, toVietnamTime, type Instant } from '../core/instant.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { LegalBasisSchema, type LegalBasis } from '../core/legal-basis.js'
import { announcedSchedules } from './data/schedules.js'
import { holidayRegimes, officeWeekBasis } from './data/regimes.js'
import {
  FIRST_SUPPORTED_DAY,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_DAY,
  LAST_SUPPORTED_YEAR,
  daysFromCivil,
  isoOfDay,
  parseSupportedDate,
  parseYearDay,
  yearOfDay,
} from './day-number.js'
import { holidayRegimeOf } from './holidays.js'
import { defaultOfficeHours, officeMsBefore, parseOfficeHours, timeAtOfficeMs } from './office-hours.js'
import { isScheduleProvisional, scheduleEntries } from './schedule-entries.js'
import {
  AnnouncedScheduleSchema,
  type AnnouncedSchedule,
  type AnnouncedScheduleInput,
  type ExtraDay,
  type Holiday,
  type HolidayKind,
  type OfficeSession,
} from './schema.js'

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
 * announced schedule.
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

/**
 * A date computed by the calendar, with whether it depends on a year that has
 * no confirmed announced schedule (`provisional`) and why (`reasons`: one
 * bilingual {@link Label} `{ vi, en }` per such run of years).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedDate } from 'hanhchinh/calendar'
 * const r: DetailedDate = vietnamCivilService.addWorkingDaysDetailed('2026-12-28', 5)
 * r //=> { date: '2027-01-05', provisional: true }
 * r.reasons.length //=> 1
 * r.reasons[0]?.vi.startsWith('2027: chưa có lịch nghỉ được công bố') //=> true
 * r.reasons[0]?.en.startsWith('2027: no announced civil-service schedule') //=> true
 * ```
 */
export interface DetailedDate {
  date: IsoDate
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/**
 * A count of working days with its provisional flag and reasons (see {@link DetailedDate}).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedCount } from 'hanhchinh/calendar'
 * const c: DetailedCount = vietnamCivilService.workingDaysBetweenDetailed('2024-04-26', '2024-05-06')
 * c //=> { days: 4, provisional: false, reasons: [] }
 * ```
 */
export interface DetailedCount {
  days: number
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/**
 * An instant computed by {@link WorkCalendar.addWorkingHours}: `at` is an ISO
 * date-time in Vietnam time (`+07:00`).
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type DetailedInstant } from 'hanhchinh/calendar'
 * const r: DetailedInstant = vietnamCivilService.addWorkingHours('2024-04-26T15:30:00+07:00', 4)
 * r.at //=> '2024-05-02T10:30:00+07:00'
 * ```
 */
export interface DetailedInstant {
  at: string
  provisional: boolean
  /** Why the answer is provisional, in Vietnamese and English; empty when it is not. */
  reasons: Label[]
}

/**
 * Which years of a calendar rest on an announced civil-service schedule:
 * `announced` (confirmed schedules), `unconfirmed` (a schedule is shipped but
 * could not be verified: such years are provisional), and the range of years
 * the statutory rules cover (`statutoryFrom`..`statutoryTo`, 1900–2199), with
 * the regime governing each period.
 *
 * @example
 * ```ts
 * import { vietnamCivilService, type CalendarCoverage } from 'hanhchinh/calendar'
 * const c: CalendarCoverage = vietnamCivilService.coverage()
 * c.announced.includes(2024) //=> true
 * c.statutoryFrom //=> 1900
 * ```
 */
export interface CalendarCoverage {
  announced: number[]
  unconfirmed: number[]
  statutoryFrom: number
  statutoryTo: number
  regimes: { id: string; fromYear: number; toYear?: number; basis: LegalBasis }[]
}

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

/**
 * A calendar of working days (ngày làm việc) with O(1) arithmetic (prefix
 * sums over lazily built per-year tables; one constant step per calendar
 * year crossed, never a loop over days). All dates
 * are ISO strings `YYYY-MM-DD` from 1900-01-01 to 2199-12-31; an invalid date
 * (`'2024-02-30'`), `NaN` or a non-integer count throws a `RangeError` naming
 * the argument.
 *
 * Interval conventions:
 * - `addWorkingDays(d, n)`: `n > 0` → the n-th working day strictly after `d`;
 *   `n < 0` → the |n|-th working day strictly before `d`; `0` → `d` itself
 *   (even when `d` is not a working day).
 * - `workingDaysBetween(a, b)`: `a ≤ b` → the number of working days in `(a, b]`;
 *   `a > b` → minus the number in `[b, a)`. Hence
 *   `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
 * - `nextWorkingDay(d)` / `previousWorkingDay(d)`: strictly after / before `d`.
 * - `addWorkingHours(instant, hours)`: counts only office hours of working days,
 *   starting from the instant (or from the next opening if outside office hours), and
 *   returns the earliest instant at which that much office time has elapsed.
 *
 * @example
 * ```ts
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * vietnamCivilService.addWorkingDays('2024-04-26', 1) //=> '2024-05-02'
 * const d = vietnamCivilService.addWorkingDaysDetailed('2030-01-02', 3)
 * d.provisional //=> true
 * vietnamCivilService.addWorkingDays('2024-02-30', 1) //=> throws RangeError: 2024-02-30
 * vietnamCivilService.addWorkingDays('2024-02-01', 1.5) //=> throws RangeError: Invalid n
 * ```
 */
export interface WorkCalendar {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean
  /** Status, kind, name and basis of `date`. */
  dayInfo(date: string): DayInfo
  /** The n-th working day after (n > 0) or before (n < 0) `date`; `date` itself for 0. */
  addWorkingDays(date: string, n: number): IsoDate
  /** {@link WorkCalendar.addWorkingDays} with `provisional` and `reasons`. */
  addWorkingDaysDetailed(date: string, n: number): DetailedDate
  /** Working days in `(a, b]` when a ≤ b; minus those in `[b, a)` when a > b. */
  workingDaysBetween(a: string, b: string): number
  /** {@link WorkCalendar.workingDaysBetween} with `provisional` and `reasons`. */
  workingDaysBetweenDetailed(a: string, b: string): DetailedCount
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): IsoDate
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): IsoDate
  /** Whether `year` has no confirmed announced schedule (answers come from the statutory rules). */
  isProvisional(year: number): boolean
  /** Which years have an announced schedule. */
  coverage(): CalendarCoverage
  /** The holiday entries whose date falls in `year` (including the caller's extra days), by date. */
  holidaysOf(year: number): Holiday[]
  /** The office sessions of a working day, Vietnam time. */
  readonly officeHours: ReadonlyArray<Readonly<OfficeSession>>
  /** Add `hours` (≥ 0) of office time to an instant. */
  addWorkingHours(instant: Instant, hours: number): DetailedInstant
  /** Office minutes between two instants (negative when `b` is before `a`). */
  workingMinutesBetween(a: Instant, b: Instant): number
}

interface YearTable {
  year: number
  start: number
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

const DEFAULT_EXTRA_OFF_NAME: Label = { vi: 'Ngày nghỉ bổ sung', en: 'Additional day off' }
const DEFAULT_EXTRA_WORK_NAME: Label = { vi: 'Ngày làm việc bổ sung', en: 'Additional working day' }
const CALLER_BASIS: LegalBasis = { instrument: 'createWorkCalendar options', note: 'Day added by the caller; no legal basis given.' }
const WEEKEND_NAME: Label = { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly rest day' }

function checkInteger(value: unknown, argument: string): number {
  if (typeof value !== 'number') throw wrongType(argument, value, 'an integer')
  if (!Number.isInteger(value)) throw invalidArgument(argument, value, 'an integer')
  return value
}

function checkYear(value: unknown, argument = 'year'): number {
  const y = checkInteger(value, argument)
  if (y < FIRST_SUPPORTED_YEAR || y > LAST_SUPPORTED_YEAR) {
    throw invalidArgument(argument, value, `a year from ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`)
  }
  return y
}

interface NormalisedExtra {
  day: number
  date: IsoDate
  name?: Label | undefined
  basis?: LegalBasis | undefined
}

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
    const unknownKey = Object.keys(item).find((k) => k !== 'date' && k !== 'name' && k !== 'basis')
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
      const parsed = LegalBasisSchema.safeParse(o.basis)
      if (!parsed.success) throw invalidArgument(`${where}.basis`, o.basis, `a LegalBasis (${parsed.error.issues[0]?.message ?? 'invalid'})`)
      basis = parsed.data
    }
    return { day, date: isoOfDay(day), name, basis }
  })
}

function parseWeekend(value: unknown): number[] {
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

function parseSchedules(value: unknown, weekend: readonly number[]): AnnouncedSchedule[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw wrongType('options.schedules', value, 'an array of announced schedules')
  const seen = new Set<number>()
  return value.map((s: unknown, i) => {
    const parsed = AnnouncedScheduleSchema.safeParse(s)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw invalidArgument(`options.schedules[${i}]`, s, `an announced schedule (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`)
    }
    const sc = parsed.data
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
    if (sc.tet.days.length !== 5) throw invalidArgument(`${where}.tet.days`, sc.tet.days, 'the 5 Tết days (BLLĐ 2012 Art 115, BLLĐ 2019 Art 112)')
    sc.tet.days.forEach((d, j) => {
      if (!d.startsWith(`${y}-`)) throw invalidArgument(`${where}.tet.days[${j}]`, d, `a date in ${y}`)
    })
  }
  const adjacent = sc.nationalDayAdjacent?.days[0]
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

const OPTION_NAMES: readonly string[] = ['extraDaysOff', 'extraWorkingDays', 'weekend', 'officeHours', 'schedules', 'includeAnnouncedSchedules']

function rangeError(argument: string, value: unknown): RangeError {
  return invalidArgument(argument, value, 'a value whose result falls from 1900-01-01 to 2199-12-31')
}

/**
 * Create a calendar of working days. Without options it is the official
 * calendar of civil and public servants ({@link vietnamCivilService}): Monday
 * to Friday (QĐ 188/1999/QĐ-TTg), minus the statutory holidays of the Labour
 * Code in force (BLLĐ 2012 Art 115 until 2020, BLLĐ 2019 Art 112 from 2021)
 * with the compensatory days (Art 111(3)), and the announced civil-service
 * schedules (Tết days, Quốc khánh adjacent day, day swaps and make-up
 * Saturdays) shipped in {@link announcedSchedules}. Years with no announced
 * schedule are answered from the statutory rules and flagged provisional.
 *
 * Options are checked at once (RangeError/TypeError naming the option; an
 * unknown option name is refused, so a misspelt one cannot be ignored); the
 * per-year tables are built lazily on first use and cached in the calendar.
 *
 * @example
 * ```ts
 * import { createWorkCalendar } from 'hanhchinh/calendar'
 * // A province that receives dossiers on Saturday 11/05/2024 and closes on 02/01/2024
 * const province = createWorkCalendar({ extraWorkingDays: ['2024-05-11'], extraDaysOff: ['2024-01-02'] })
 * province.isWorkingDay('2024-05-11') //=> true
 * province.addWorkingDays('2023-12-29', 1) //=> '2024-01-03'
 * createWorkCalendar({ weekend: [7] }) //=> throws RangeError: options.weekend[0]
 * createWorkCalendar({ extraDayOff: ['2024-01-02'] } as never) //=> throws RangeError: options.extraDayOff
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  if (typeof options !== 'object' || options === null) throw wrongType('options', options, 'an options object')
  // a misspelt option (extraDayOff) would otherwise be ignored and every answer silently wrong
  const unknownOption = Object.keys(options).find((k) => !OPTION_NAMES.includes(k))
  if (unknownOption !== undefined) {
    throw invalidArgument(`options.${unknownOption}`, (options as Record<string, unknown>)[unknownOption], `one of the options ${OPTION_NAMES.join(', ')}`)
  }
  const weekend = parseWeekend(options.weekend)
  const weekendSet = new Set(weekend)
  const office = parseOfficeHours(options.officeHours ?? defaultOfficeHours)
  const extraOff = normaliseExtras(options.extraDaysOff, 'options.extraDaysOff')
  const extraWork = normaliseExtras(options.extraWorkingDays, 'options.extraWorkingDays')
  const offDays = new Set(extraOff.map((e) => e.day))
  for (const [i, e] of extraWork.entries()) {
    if (offDays.has(e.day)) throw invalidArgument(`options.extraWorkingDays[${i}]`, e.date, 'a date not also listed in options.extraDaysOff')
  }
  const ownSchedules = parseSchedules(options.schedules, weekend)
  const include = options.includeAnnouncedSchedules ?? true
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

  // Lazy state, private to this calendar.
  let schedules: Map<number, AnnouncedSchedule> | undefined
  const scheduleCache = new Map<number, Holiday[]>()
  const tables: (YearTable | undefined)[] = new Array<YearTable | undefined>(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1).fill(undefined)

  function scheduleMap(): Map<number, AnnouncedSchedule> {
    if (!schedules) {
      schedules = new Map()
      if (include) for (const s of announcedSchedules) schedules.set(s.year, AnnouncedScheduleSchema.parse(s))
      for (const s of ownSchedules) schedules.set(s.year, s)
    }
    return schedules
  }

  function provisionalYear(year: number): boolean {
    return isScheduleProvisional(scheduleMap().get(year))
  }

  function entriesOfScheduleYear(year: number): Holiday[] {
    let list = scheduleCache.get(year)
    if (!list) {
      list = scheduleEntries(year, scheduleMap().get(year), weekend)
      scheduleCache.set(year, list)
    }
    return list
  }

  function buildTable(year: number): YearTable {
    const start = daysFromCivil(year, 1, 1)
    const length = daysFromCivil(year + 1, 1, 1) - start
    const entries: Holiday[] = []
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
    // Apply in precedence order: schedule days off, make-up days, extra days off, extra working days.
    for (const pass of [['statutory', 'compensatory', 'swapped-off'], ['make-up-working-day'], ['extra-day-off'], ['extra-working-day']]) {
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
    let t = tables[i]
    if (!t) {
      t = buildTable(year)
      tables[i] = t
    }
    return t
  }

  /** ISO text of a day number, cached in its year table. */
  function isoAt(dn: number): IsoDate {
    const t = table(yearOfDay(dn))
    const i = dn - t.start
    return t.iso[i] ?? (t.iso[i] = isoOfDay(dn))
  }

  function isWorkingDn(dn: number): boolean {
    const t = table(yearOfDay(dn))
    return t.working[dn - t.start] === 1
  }

  /** The table and index of the n-th working day after (n > 0) / before (n < 0) day `dn`; `dn` itself for 0. */
  let landedTable: YearTable | undefined
  function addDn(dn: number, n: number, argument: string, value: unknown = n): number {
    let y = yearOfDay(dn)
    let t = table(y)
    if (n === 0) {
      landedTable = t
      return dn
    }
    const idx = dn - t.start
    if (n > 0) {
      let target = t.cum[idx + 1]! + n
      while (target > t.total) {
        target -= t.total
        if (++y > LAST_SUPPORTED_YEAR) throw rangeError(argument, value)
        t = table(y)
      }
      landedTable = t
      return t.start + t.positions[target - 1]!
    }
    let k = t.cum[idx]! + n
    while (k < 0) {
      if (--y < FIRST_SUPPORTED_YEAR) throw rangeError(argument, value)
      t = table(y)
      k += t.total
    }
    landedTable = t
    return t.start + t.positions[k]!
  }

  /** ISO text of the day `addDn` just returned (its table is remembered). */
  function landedIso(dn: number): IsoDate {
    const t = landedTable!
    const i = dn - t.start
    return t.iso[i] ?? (t.iso[i] = isoOfDay(dn))
  }

  /** Working days in (a, b], a ≤ b. */
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

  function betweenDn(a: number, b: number): number {
    if (a <= b) return countAfterThrough(a, b)
    // -(working days in [b, a)) = -((b, a] + [b] - [a])
    return 0 - (countAfterThrough(b, a) + (isWorkingDn(b) ? 1 : 0) - (isWorkingDn(a) ? 1 : 0))
  }

  function reasonsFor(fromYear: number, toYear: number): Label[] {
    const lo = Math.min(fromYear, toYear)
    const hi = Math.max(fromYear, toYear)
    const map = scheduleMap()
    const reasons: Label[] = []
    let runStart: number | undefined
    const flush = (end: number): void => {
      if (runStart === undefined) return
      const years = runStart === end ? `${runStart}` : `${runStart}–${end}`
      // a run may span both Labour Codes (e.g. 2019–2027 without schedules): name each regime it touches
      const regimes = [...new Set([holidayRegimeOf(runStart), holidayRegimeOf(end)])]
      reasons.push({
        vi: `${years}: chưa có lịch nghỉ được công bố cho cán bộ, công chức, viên chức; tính theo quy định của ${regimes.map((r) => r.label.vi).join(' và ')}, với ngày nghỉ Tết và ngày liền kề Quốc khánh mặc định, không hoán đổi ngày làm việc`,
        en: `${years}: no announced civil-service schedule; computed from the statutory rules (${regimes.map((r) => r.label.en).join(' and ')}) with the default Tết and Quốc khánh choices and no day swaps`,
      })
      runStart = undefined
    }
    for (let y = lo; y <= hi; y++) {
      const s = map.get(y)
      if (s === undefined) {
        if (runStart === undefined) runStart = y
        continue
      }
      flush(y - 1)
      if (s.unconfirmed !== undefined) {
        reasons.push({
          vi: `${y}: lịch nghỉ đã nạp chưa được xác nhận: ${s.unconfirmed}`,
          en: `${y}: the schedule in use is unconfirmed: ${s.unconfirmed}`,
        })
      }
    }
    flush(hi)
    return reasons
  }

  function dayInfoDn(dn: number): DayInfo {
    const y = yearOfDay(dn)
    const t = table(y)
    const i = dn - t.start
    const info: DayInfo = { date: isoOfDay(dn), working: t.working[i] === 1, provisional: provisionalYear(y) }
    const e = t.entryAt[i]!
    if (e >= 0) {
      const h = t.entries[e]!
      info.kind = h.kind
      info.name = h.name
      info.basis = h.basis
    } else if (weekendSet.has((((dn + 4) % 7) + 7) % 7)) {
      info.kind = 'weekend'
      info.name = WEEKEND_NAME
      info.basis = officeWeekBasis
    }
    return info
  }

  /** Office milliseconds from the start of day `ref` to the instant (dn, msOfDay). */
  function officeOffset(ref: number, dn: number, msOfDay: number): number {
    const w = isWorkingDn(dn)
    let days: number
    if (dn >= ref) days = countAfterThrough(ref, dn) + (isWorkingDn(ref) ? 1 : 0) - (w ? 1 : 0)
    else days = 0 - (countAfterThrough(dn, ref) + (w ? 1 : 0) - (isWorkingDn(ref) ? 1 : 0))
    return days * office.dailyMs + (w ? officeMsBefore(office, msOfDay) : 0)
  }

  function readInstant(instant: Instant, argument: string): { dn: number; msOfDay: number; epochMs: number } {
    const vt = toVietnamTime(instant, argument)
    const dn = Math.floor((vt.epochMs + 7 * 3_600_000) / 86_400_000)
    if (dn < FIRST_SUPPORTED_DAY || dn > LAST_SUPPORTED_DAY) {
      throw invalidArgument(argument, instant, 'an instant from 1900-01-01 to 2199-12-31 (Vietnam time)')
    }
    return { dn, msOfDay: vt.epochMs + 7 * 3_600_000 - dn * 86_400_000, epochMs: vt.epochMs }
  }

  const calendar: WorkCalendar = {
    isWorkingDay(date) {
      const key = parseYearDay(date, 'date')
      return table(FIRST_SUPPORTED_YEAR + (key >> 9)).working[key & 511] === 1
    },
    dayInfo(date) {
      return dayInfoDn(parseSupportedDate(date, 'date'))
    },
    addWorkingDays(date, n) {
      const key = parseYearDay(date, 'date')
      if (typeof n !== 'number' || !Number.isInteger(n)) checkInteger(n, 'n')
      let y = FIRST_SUPPORTED_YEAR + (key >> 9)
      let t = tables[key >> 9] ?? table(y)
      const idx = key & 511
      let at: number
      if (n > 0) {
        let target = t.cum[idx + 1]! + n
        while (target > t.total) {
          target -= t.total
          if (++y > LAST_SUPPORTED_YEAR) throw rangeError('n', n)
          t = table(y)
        }
        at = t.positions[target - 1]!
      } else if (n < 0) {
        let k = t.cum[idx]! + n
        while (k < 0) {
          if (--y < FIRST_SUPPORTED_YEAR) throw rangeError('n', n)
          t = table(y)
          k += t.total
        }
        at = t.positions[k]!
      } else {
        at = idx
      }
      return t.iso[at] ?? (t.iso[at] = isoOfDay(t.start + at))
    },
    addWorkingDaysDetailed(date, n) {
      const dn = parseSupportedDate(date, 'date')
      const r = addDn(dn, checkInteger(n, 'n'), 'n')
      const reasons = reasonsFor(yearOfDay(dn), yearOfDay(r))
      return { date: isoAt(r), provisional: reasons.length > 0, reasons }
    },
    workingDaysBetween(a, b) {
      return betweenDn(parseSupportedDate(a, 'a'), parseSupportedDate(b, 'b'))
    },
    workingDaysBetweenDetailed(a, b) {
      const da = parseSupportedDate(a, 'a')
      const db = parseSupportedDate(b, 'b')
      const reasons = reasonsFor(yearOfDay(da), yearOfDay(db))
      return { days: betweenDn(da, db), provisional: reasons.length > 0, reasons }
    },
    nextWorkingDay(date) {
      return landedIso(addDn(parseSupportedDate(date, 'date'), 1, 'date', date))
    },
    previousWorkingDay(date) {
      return landedIso(addDn(parseSupportedDate(date, 'date'), -1, 'date', date))
    },
    isProvisional(year) {
      return provisionalYear(checkYear(year))
    },
    coverage() {
      const map = scheduleMap()
      const years = [...map.keys()].sort((a, b) => a - b)
      return {
        announced: years.filter((y) => !isScheduleProvisional(map.get(y))),
        unconfirmed: years.filter((y) => isScheduleProvisional(map.get(y))),
        statutoryFrom: FIRST_SUPPORTED_YEAR,
        statutoryTo: LAST_SUPPORTED_YEAR,
        regimes: holidayRegimes.map((r) => ({
          id: r.id,
          fromYear: r.fromYear,
          ...(r.toYear === undefined ? {} : { toYear: r.toYear }),
          basis: r.basis,
        })),
      }
    },
    holidaysOf(year) {
      return structuredClone(table(checkYear(year)).entries)
    },
    officeHours: office.text,
    addWorkingHours(instant, hours) {
      const { dn, msOfDay, epochMs } = readInstant(instant, 'instant')
      if (typeof hours !== 'number') throw wrongType('hours', hours, 'a finite number of hours ≥ 0')
      if (!Number.isFinite(hours) || hours < 0) throw invalidArgument('hours', hours, 'a finite number of hours ≥ 0')
      const ms = Math.round(hours * 3_600_000)
      if (ms === 0) {
        const reasons = reasonsFor(yearOfDay(dn), yearOfDay(dn))
        return { at: formatVietnamDateTime(epochMs), provisional: reasons.length > 0, reasons }
      }
      let base: number
      let elapsed: number
      if (isWorkingDn(dn)) {
        base = dn
        elapsed = officeMsBefore(office, msOfDay)
      } else {
        base = addDn(dn, 1, 'instant', instant)
        elapsed = 0
      }
      const target = elapsed + ms
      const q = Math.floor(target / office.dailyMs)
      const r = target - q * office.dailyMs
      let day: number
      let time: number
      if (r === 0) {
        day = addDn(base, q - 1, 'hours', hours)
        time = office.sessions[office.sessions.length - 1]![1]
      } else {
        day = addDn(base, q, 'hours', hours)
        time = timeAtOfficeMs(office, r)
      }
      const at = formatVietnamDateTime(day * 86_400_000 - 7 * 3_600_000 + time)
      const reasons = reasonsFor(yearOfDay(dn), yearOfDay(day))
      return { at, provisional: reasons.length > 0, reasons }
    },
    workingMinutesBetween(a, b) {
      const ia = readInstant(a, 'a')
      const ib = readInstant(b, 'b')
      return (officeOffset(ia.dn, ib.dn, ib.msOfDay) - officeOffset(ia.dn, ia.dn, ia.msOfDay)) / 60_000
    },
  }
  return Object.freeze(calendar)
}
