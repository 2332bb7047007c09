import { vietnamCivilService } from '../calendar/index.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { daysInMonth, fromDayNumber, isIsoDate, toDayNumber, type IsoDate } from '../core/iso-date.js'
import { formatVietnamDateTime, parseTimeOfDay, toEpochMs, vietnamEpochMs, type Instant } from '../core/instant.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { DOSSIER_BASIS } from './basis.js'
import type { DossierEvent, DossierLike, TimeLimit, TimeLimitUnit } from './schema.js'

/**
 * What the deadline functions need from a working-day calendar: the
 * `WorkCalendar` of `hanhchinh/calendar` (such as `vietnamCivilService`, the
 * default) has all of it; a local calendar (a province that opens on
 * Saturday mornings, say) can be built with `createWorkCalendar`.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar } from 'hanhchinh/dossiers'
 * import { vietnamCivilService } from 'hanhchinh/calendar'
 * const cal: DeadlineCalendar = vietnamCivilService
 * cal.isWorkingDay('2026-02-16') //=> false
 * ```
 */
export interface DeadlineCalendar {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean
  /** The n-th working day after `date`, with `provisional` and `reasons`. */
  addWorkingDaysDetailed(date: string, n: number): { date: string; provisional: boolean; reasons: readonly unknown[] }
  /**
   * Add office hours to an instant. The deadline engine computes the same count itself from
   * `officeHours`, `isWorkingDay` and `addWorkingDaysDetailed` (office time of working days, from
   * the instant or the next opening, to the earliest instant the amount has elapsed), and calls
   * this method only when `officeHours` is empty or not in order.
   */
  addWorkingHours(instant: Instant, hours: number): { at: string; provisional: boolean; reasons: readonly unknown[] }
  /** Working days in `(a, b]`. */
  workingDaysBetween(a: string, b: string): number
  /** Office sessions of a working day. */
  readonly officeHours: ReadonlyArray<{ readonly start: string; readonly end: string }>
}

/**
 * How a supplement request (yêu cầu bổ sung) affects the clock:
 *
 * - `'restart'` — the time limit is counted again from the beginning once the full dossier is
 *   received (NĐ 61/2018 Art 19(4)); the due date is recomputed from the supplement's receipt;
 * - `'pause'` — the waiting time (supplement received − supplement requested, elapsed time) is
 *   added to the due instant, which is the same as subtracting it from the processing time, as
 *   the national portal's 766 rule does.
 *
 * @example
 * ```ts
 * import type { SupplementPolicy } from 'hanhchinh/dossiers'
 * const p: SupplementPolicy = 'pause'
 * p //=> 'pause'
 * ```
 */
export type SupplementPolicy = 'restart' | 'pause'

/**
 * The time of day a day-based period ends on its last day:
 *
 * - `'end-of-day'` — 24:00, per Bộ luật Dân sự 2015 Art 148(1) and (6) (written as
 *   `23:59:59.999+07:00`, the last representable instant of the day);
 * - `'end-of-office-hours'` — the end of the calendar's last office session (16:30 in the default calendar), the
 *   hour many one-stop desks print on the appointment slip.
 *
 * @example
 * ```ts
 * import type { DueTime } from 'hanhchinh/dossiers'
 * const t: DueTime = 'end-of-office-hours'
 * t //=> 'end-of-office-hours'
 * ```
 */
export type DueTime = 'end-of-day' | 'end-of-office-hours'

/**
 * Options of {@link dueDate} (and of {@link classifyDossier} and
 * {@link dossierReport}, which compute due dates the same way). Every default
 * is listed in `docs/dossiers.md` with its legal basis.
 *
 * @example
 * ```ts
 * import { dueDate, type DueDateOptions } from 'hanhchinh/dossiers'
 * const options: DueDateOptions = { cutoff: '15:00', supplement: 'pause', dueTime: 'end-of-office-hours' }
 * dueDate({ receivedAt: '2026-03-02T16:00:00+07:00', timeLimit: { amount: 1, unit: 'working-days' } }, options).due
 * //=> '2026-03-04T16:30:00+07:00'
 * ```
 */
export interface DueDateOptions {
  /** The working-day calendar. @defaultValue `vietnamCivilService` from `hanhchinh/calendar` */
  calendar?: DeadlineCalendar | undefined
  /**
   * Receipt cut-off `'HH:mm'` in Vietnam time (e.g. `'15:00'`, NĐ 61/2018 Art 18 by analogy —
   * UNCONFIRMED as a receipt rule): a dossier received after it, or on a non-working day, counts
   * as received on the next working day (at the start of office hours for hour limits); one
   * received before the opening of a working day counts from the opening.
   * @defaultValue none — the receipt instant counts as given
   */
  cutoff?: string | undefined
  /** Effect of a supplement request on the clock. @defaultValue `'restart'` (NĐ 61/2018 Art 19(4)) */
  supplement?: SupplementPolicy | undefined
  /** End of the last day of a day-based period. @defaultValue `'end-of-day'` (BLDS 2015 Art 148) */
  dueTime?: DueTime | undefined
  /**
   * The apology-and-extension rule (NĐ 61/2018 Art 19(9), UNCONFIRMED after 2025-07-01):
   * `maxCount` extensions allowed (more is an error), notified at least `minNoticeDays` calendar
   * days before the due date; a late notice is `'ignore'`d (the due date does not move) or
   * `'apply'`-ed anyway.
   * @defaultValue `{ maxCount: 1, minNoticeDays: 1, late: 'ignore' }`
   */
  extension?: { maxCount?: number | undefined; minNoticeDays?: number | undefined; late?: 'ignore' | 'apply' | undefined } | undefined
  /**
   * Use the appointment recorded by the one-stop system (`appointmentAt`) instead of computing
   * one from the time limit, when the dossier has it. Events still apply on top of it: an
   * extension moves it, `'pause'` adds the supplement waiting time (as the 766 rule does), and
   * `'restart'` recomputes it from the limit once the full dossier is received. @defaultValue false
   */
  useRecordedAppointment?: boolean | undefined
  /** Only events at or before this instant are taken into account. @defaultValue all events */
  asOf?: Instant | undefined
}

/**
 * The policy a due date was computed under, with every default filled in.
 *
 * @example
 * ```ts
 * import { dueDate, type ResolvedDuePolicy } from 'hanhchinh/dossiers'
 * const p: ResolvedDuePolicy = dueDate({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'days' } }).policy
 * p //=> { cutoff: null, supplement: 'restart', dueTime: 'end-of-day' }
 * ```
 */
export interface ResolvedDuePolicy {
  cutoff: string | null
  supplement: SupplementPolicy
  dueTime: DueTime
  extension: { maxCount: number; minNoticeDays: number; late: 'ignore' | 'apply' }
  useRecordedAppointment: boolean
}

/**
 * The appointment (hẹn trả) of a dossier and how it was reached.
 *
 * @example
 * ```ts
 * import { dueDate, type DueDateResult } from 'hanhchinh/dossiers'
 * const r: DueDateResult = dueDate({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } })
 * r.dueDate //=> '2026-03-05'
 * ```
 */
export interface DueDateResult {
  /** The due instant, ISO date-time in Vietnam time (`+07:00`). */
  due: string
  /** Same as `due`. */
  dueAt: string
  /** The civil date of `due` in Vietnam time — the date printed on the receipt. */
  dueDate: IsoDate
  /** When the clock started (after the cut-off, or after the last supplement under `'restart'`). */
  startedAt: string
  /** The civil date counted as the day of receipt (not itself counted, BLDS Art 147(2)). */
  startDate: IsoDate
  /** Due instant before an extension moved it, if one did. */
  originalDue?: string
  /** Whether an extension moved the due date. */
  extended: boolean
  /** Elapsed milliseconds added for supplements under `'pause'`. */
  pausedMs: number
  /** Set while a supplement request is unanswered: the clock is suspended since this instant. */
  suspendedSince?: string
  /** True when the calendar had to guess (a year whose schedule is not announced). */
  provisional: boolean
  /** Why the result is provisional, and the policy decisions that shaped it, in Vietnamese and English. */
  reasons: Label[]
  /** The rules applied. */
  basis: LegalBasis[]
  policy: ResolvedDuePolicy
}

const MS_DAY = 86_400_000
const MS_HOUR = 3_600_000
const OFFSET_MS = 7 * MS_HOUR

/** Vietnam-time day number of an epoch time. */
export const vnDay = (ms: number): number => Math.floor((ms + OFFSET_MS) / MS_DAY)

/** Days before the first of each month (1-based) in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/**
 * Epoch milliseconds of the common `YYYY-MM-DDTHH:mm:ss+07:00` / `...Z`
 * shapes (years 0001–9999), or NaN when the string has another shape (or is
 * not a real date): one read of each character, integer arithmetic only, no
 * allocation. Anything it declines goes to the general parser of the core.
 */
function fastMs(s: string): number {
  const n = s.length
  let offset = 0
  if (n === 25) {
    // '+07:00'
    if (s.charCodeAt(19) !== 43 || s.charCodeAt(20) !== 48 || s.charCodeAt(21) !== 55 || s.charCodeAt(22) !== 58 ||
      s.charCodeAt(23) !== 48 || s.charCodeAt(24) !== 48) return NaN
    offset = OFFSET_MS
  } else if (n !== 20 || s.charCodeAt(19) !== 90) return NaN
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return NaN
  }
  const c0 = s.charCodeAt(0) - 48, c1 = s.charCodeAt(1) - 48, c2 = s.charCodeAt(2) - 48, c3 = s.charCodeAt(3) - 48
  const c5 = s.charCodeAt(5) - 48, c6 = s.charCodeAt(6) - 48, c8 = s.charCodeAt(8) - 48, c9 = s.charCodeAt(9) - 48
  const c11 = s.charCodeAt(11) - 48, c12 = s.charCodeAt(12) - 48, c14 = s.charCodeAt(14) - 48, c15 = s.charCodeAt(15) - 48
  const c17 = s.charCodeAt(17) - 48, c18 = s.charCodeAt(18) - 48
  // Every digit in 0..9: a character below '0' makes the OR negative, one above '?' makes it > 15.
  if ((c0 | c1 | c2 | c3 | c5 | c6 | c8 | c9 | c11 | c12 | c14 | c15 | c17 | c18) >>> 0 > 15 ||
    c0 > 9 || c1 > 9 || c2 > 9 || c3 > 9 || c5 > 9 || c6 > 9 || c8 > 9 || c9 > 9 || c11 > 9 || c12 > 9 ||
    c14 > 9 || c15 > 9 || c17 > 9 || c18 > 9) return NaN
  const y = c0 * 1000 + c1 * 100 + c2 * 10 + c3, mo = c5 * 10 + c6, d = c8 * 10 + c9
  const h = c11 * 10 + c12, mi = c14 * 10 + c15, sec = c17 * 10 + c18
  if (y === 0 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return NaN
  const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)
  if (d > 28 && d > (mo === 2 ? (leap ? 29 : 28) : 30 + ((mo + (mo >> 3)) & 1))) return NaN
  // Days from 1970-01-01: whole years (with their leap days; 477 leap days before 1970), then the month and day.
  const y1 = y - 1
  const days = 365 * (y - 1970) + ((y1 / 4) | 0) - ((y1 / 100) | 0) + ((y1 / 400) | 0) - 477 +
    DAYS_BEFORE_MONTH[mo]! + (leap && mo > 2 ? 1 : 0) + d - 1
  return days * MS_DAY + ((h * 60 + mi) * 60 + sec) * 1000 - offset
}

/**
 * Epoch milliseconds of an instant, with a fast path for the common
 * `YYYY-MM-DDTHH:mm:ss+07:00` / `...Z` shapes and `Date`; anything else goes
 * through `toEpochMs` of the core (same result, same errors).
 * @internal
 */
export function instantMs(value: Instant, argument = 'instant'): number {
  if (typeof value === 'string') {
    const ms = fastMs(value)
    return ms === ms ? ms : toEpochMs(value, argument)
  }
  if (value instanceof Date) return toEpochMs(value, argument)
  throw wrongType(argument, value, 'an ISO date-time string with offset, or a Date')
}

/** {@link instantMs} of `dossier.events[i].at`, building the argument name only on error. */
function eventMs(value: Instant, i: number): number {
  if (typeof value === 'string') {
    const ms = fastMs(value)
    if (ms === ms) return ms
  } else if (value instanceof Date) {
    const t = value.getTime()
    if (t === t) return t
  }
  return instantMs(value, `dossier.events[${i}].at`)
}

interface BaseDue {
  /** Due epoch ms. */
  ms: number
  /** Vietnam day number of the due instant. */
  day: number
  /** Day number counted as the day of receipt. */
  startDay: number
  /** Instant the clock started. */
  startMs: number
  provisional: boolean
  reasons: readonly Label[]
}

interface DayResult { day: number; provisional: boolean; reasons: readonly Label[] }

const NO_REASONS: readonly Label[] = Object.freeze([])

/** A calendar's reasons as labels: labels as they are; plain text (a custom calendar) in both slots. */
function reasonTexts(reasons: readonly unknown[]): readonly Label[] {
  if (reasons.length === 0) return NO_REASONS
  return reasons.map((r): Label => {
    if (r !== null && typeof r === 'object' && typeof (r as { en?: unknown }).en === 'string') {
      const l = r as { vi?: unknown; en: string }
      return { vi: typeof l.vi === 'string' ? l.vi : l.en, en: l.en }
    }
    const text = typeof r === 'string' ? r : JSON.stringify(r)
    return { vi: text, en: text }
  })
}

function resolvePolicy(options: DueDateOptions): ResolvedDuePolicy & { cutoffMs: number } {
  if (options === null || typeof options !== 'object') throw wrongType('options', options, 'an options object')
  const supplement = options.supplement ?? 'restart'
  if (supplement !== 'restart' && supplement !== 'pause') throw invalidArgument('options.supplement', supplement, "'restart' or 'pause'")
  const dueTime = options.dueTime ?? 'end-of-day'
  if (dueTime !== 'end-of-day' && dueTime !== 'end-of-office-hours') {
    throw invalidArgument('options.dueTime', dueTime, "'end-of-day' or 'end-of-office-hours'")
  }
  const cutoff = options.cutoff ?? null
  const cutoffMs = cutoff === null ? -1 : parseTimeOfDay(cutoff, 'options.cutoff') * 60_000
  const ext = options.extension ?? {}
  const maxCount = ext.maxCount ?? 1
  const minNoticeDays = ext.minNoticeDays ?? 1
  const late = ext.late ?? 'ignore'
  if (!Number.isInteger(maxCount) || maxCount < 0) throw invalidArgument('options.extension.maxCount', maxCount, 'a non-negative integer')
  if (!Number.isInteger(minNoticeDays) || minNoticeDays < 0) {
    throw invalidArgument('options.extension.minNoticeDays', minNoticeDays, 'a non-negative integer')
  }
  if (late !== 'ignore' && late !== 'apply') throw invalidArgument('options.extension.late', late, "'ignore' or 'apply'")
  return {
    cutoff, cutoffMs, supplement, dueTime,
    extension: { maxCount, minNoticeDays, late },
    useRecordedAppointment: options.useRecordedAppointment ?? false,
  }
}

/**
 * A due-date calculator with its options checked once and a per-instance
 * cache of calendar look-ups, so that computing the deadlines of a million
 * dossiers costs a few hash look-ups each. Build one with
 * {@link createDeadlineEngine} to reuse the cache across calls; the cache
 * belongs to the engine, never to the module.
 *
 * @example
 * ```ts
 * import { createDeadlineEngine, type DeadlineEngine } from 'hanhchinh/dossiers'
 * const engine: DeadlineEngine = createDeadlineEngine({ cutoff: '15:00' })
 * engine.dueDate({ receivedAt: '2026-02-12T15:30:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }).dueDate
 * //=> '2026-02-27'
 * ```
 */
export interface DeadlineEngine {
  /** The calendar in use. */
  readonly calendar: DeadlineCalendar
  /** The policy, with every default filled in. */
  readonly policy: ResolvedDuePolicy
  /** The appointment of one dossier, taking into account events up to `asOf` (all when omitted). */
  dueDate(dossier: DossierLike, asOf?: Instant): DueDateResult
}

/** Widest span of days covered by an engine's running count of working days (about 22 years). */
const MAX_WINDOW = 8192

/** The engine behind {@link dueDate}. @internal */
export class Engine implements DeadlineEngine {
  /** The calendar in use. */
  readonly calendar: DeadlineCalendar
  /** The resolved policy. */
  readonly policy: ResolvedDuePolicy
  /** Cut-off in ms after midnight, or -1. */
  private readonly cutoffMs: number
  private readonly workingCache = new Map<number, boolean>()
  private readonly betweenCache = new Map<number, number>()
  /** Running count of working days (see `growCounts`). */
  private counts = new Int32Array(0)
  private countLo = 0
  /** Scratch result of {@link Engine.base}. */
  private readonly scratch: BaseDue = { ms: 0, day: 0, startDay: 0, startMs: 0, provisional: false, reasons: NO_REASONS }
  /** Scratch for event times and kinds (reused: no allocation per dossier). */
  private times = new Float64Array(16)
  private kinds = new Int8Array(16)
  private readonly dayCache = new Map<number, DayResult>()
  private readonly startCache = new Map<number, DayResult>()
  private officeStartMin = -1
  private officeEndMin = -1
  /** Office sessions as [start, end, start, end…] ms after midnight (null: not usable, ask the calendar). */
  private sessions: number[] | null = null
  private dailyMs = 0
  /** Result instant of `workingHours`. */
  private hoursMs = 0

  constructor(options: DueDateOptions = {}) {
    const { cutoffMs, ...policy } = resolvePolicy(options)
    this.policy = policy
    this.cutoffMs = cutoffMs
    this.calendar = options.calendar ?? vietnamCivilService
  }

  private officeBounds(): void {
    if (this.officeStartMin >= 0) return
    const hours = this.calendar.officeHours
    if (!hours || hours.length === 0) {
      this.officeStartMin = 0
      this.officeEndMin = 1440
      return
    }
    let start = 1440, end = 0
    let previousEnd = -1
    const sessions: number[] = []
    for (const s of hours) {
      const a = parseTimeOfDay(s.start, 'calendar.officeHours.start')
      const b = parseTimeOfDay(s.end, 'calendar.officeHours.end')
      start = Math.min(start, a)
      end = Math.max(end, b)
      if (a < previousEnd || b <= a) previousEnd = Infinity // not in order: leave hours to the calendar
      else previousEnd = b
      sessions.push(a * 60_000, b * 60_000)
    }
    this.officeStartMin = start
    this.officeEndMin = end
    if (previousEnd !== Infinity) {
      this.sessions = sessions
      let daily = 0
      for (let i = 0; i < sessions.length; i += 2) daily += sessions[i + 1]! - sessions[i]!
      this.dailyMs = daily
    }
  }

  /** Office milliseconds of a working day before a time of day (ms after midnight). */
  private officeMsBefore(msOfDay: number): number {
    const s = this.sessions!
    let acc = 0
    for (let i = 0; i < s.length; i += 2) {
      const a = s[i]!
      if (msOfDay <= a) break
      const b = s[i + 1]!
      acc += (msOfDay < b ? msOfDay : b) - a
    }
    return acc
  }

  /** The earliest time of day at which `officeMs` (0 < officeMs ≤ daily) office time has elapsed. */
  private timeAtOfficeMs(officeMs: number): number {
    const s = this.sessions!
    let acc = 0
    for (let i = 0; i < s.length; i += 2) {
      const len = s[i + 1]! - s[i]!
      if (officeMs <= acc + len) return s[i]! + (officeMs - acc)
      acc += len
    }
    return s[s.length - 1]!
  }

  /** Whether a day number is a working day (cached). */
  isWorking(day: number): boolean {
    let r = this.workingCache.get(day)
    if (r === undefined) {
      r = this.calendar.isWorkingDay(fromDayNumber(day))
      if (this.workingCache.size > 200_000) this.workingCache.clear()
      this.workingCache.set(day, r)
    }
    return r
  }

  /**
   * Add office hours to an instant: `calendar.addWorkingHours`, computed here from the calendar's
   * `officeHours` and its cached working days (the same rule: count office time of working days
   * from the instant, or from the next opening, and stop at the earliest instant the amount has
   * elapsed). The due instant goes to `hoursMs`; the day result carries `provisional`/`reasons`.
   */
  private workingHours(startMs: number, hours: number): DayResult {
    this.officeBounds()
    const ms = Math.round(hours * 3_600_000)
    const sessions = this.sessions
    if (sessions === null || this.dailyMs <= 0) {
      const r = this.calendar.addWorkingHours(new Date(startMs), hours)
      this.hoursMs = toEpochMs(r.at, 'calendar.addWorkingHours().at')
      return { day: vnDay(this.hoursMs), provisional: r.provisional, reasons: reasonTexts(r.reasons) }
    }
    const dn = vnDay(startMs)
    if (ms === 0) {
      this.hoursMs = startMs
      return this.nthWorking(dn, 0)
    }
    const msOfDay = startMs + OFFSET_MS - dn * MS_DAY
    let k = 0
    let elapsed = 0
    if (this.isWorking(dn)) elapsed = this.officeMsBefore(msOfDay)
    else k = 1
    const target = elapsed + ms
    const daily = this.dailyMs
    const q = Math.floor(target / daily)
    const rest = target - q * daily
    let time: number
    if (rest === 0) {
      k += q - 1
      time = sessions[sessions.length - 1]!
    } else {
      k += q
      time = this.timeAtOfficeMs(rest)
    }
    const d = this.nthWorking(dn, k)
    this.hoursMs = d.day * MS_DAY - OFFSET_MS + time
    return d
  }

  /** `calendar.addWorkingDaysDetailed(day, n)` for n ≥ 0 (`day` itself for 0), cached. */
  private nthWorking(day: number, n: number): DayResult {
    const cacheable = n < 2048
    const key = day * 8192 + n * 4 + 3
    if (cacheable) {
      const hit = this.dayCache.get(key)
      if (hit !== undefined) return hit
    }
    const d = this.calendar.addWorkingDaysDetailed(fromDayNumber(day), n)
    const r: DayResult = { day: toDayNumber(d.date), provisional: d.provisional, reasons: reasonTexts(d.reasons) }
    if (cacheable) {
      if (this.dayCache.size > 500_000) this.dayCache.clear()
      this.dayCache.set(key, r)
    }
    return r
  }

  /**
   * Working days in (a, b] for day numbers. For a ≤ b within a window of at most
   * `MAX_WINDOW` days, a difference of two entries of a running count built from
   * the cached working days (the calendar's `workingDaysBetween` counts the same days);
   * otherwise the calendar's answer, cached per pair.
   */
  workingDaysBetweenDays(a: number, b: number): number {
    if (a <= b) {
      const lo = this.countLo
      const counts = this.counts
      if (a >= lo && b + 1 < lo + counts.length) return counts[b + 1 - lo]! - counts[a + 1 - lo]!
      if (this.growCounts(a, b + 1)) return this.counts[b + 1 - this.countLo]! - this.counts[a + 1 - this.countLo]!
    }
    if (b - a > 4000 || a - b > 4000) return this.calendar.workingDaysBetween(fromDayNumber(a), fromDayNumber(b))
    const key = a * 8192 + (b - a + 4096)
    let r = this.betweenCache.get(key)
    if (r === undefined) {
      r = this.calendar.workingDaysBetween(fromDayNumber(a), fromDayNumber(b))
      if (this.betweenCache.size > 500_000) this.betweenCache.clear()
      this.betweenCache.set(key, r)
    }
    return r
  }

  /**
   * Extend the running count so that it covers days `from` to `to` (inclusive), keeping
   * what it covers already; false when that would exceed `MAX_WINDOW` days.
   * `counts[i]` is the number of working days in [countLo, countLo + i).
   */
  private growCounts(from: number, to: number): boolean {
    const old = this.counts
    let lo = from, hi = to
    if (old.length > 0) {
      lo = Math.min(lo, this.countLo)
      hi = Math.max(hi, this.countLo + old.length - 1)
    }
    // room around the asked days, so that neighbouring dossiers do not rebuild it
    lo -= 31
    hi += 62
    if (hi - lo + 1 > MAX_WINDOW) return false
    const counts = new Int32Array(hi - lo + 1)
    let n = 0
    for (let d = lo; d < hi; d++) {
      counts[d - lo] = n
      if (this.isWorking(d)) n++
    }
    counts[hi - lo] = n
    this.countLo = lo
    this.counts = counts
    return true
  }

  /** First working day on or after `day` (strictly after when `strict`), with provisional flag. */
  private firstWorking(day: number, strict: boolean): DayResult {
    const key = strict ? -day - 1 : day
    let r = this.startCache.get(key)
    if (r === undefined) {
      const d = this.calendar.addWorkingDaysDetailed(fromDayNumber(strict ? day : day - 1), 1)
      r = { day: toDayNumber(d.date), provisional: d.provisional, reasons: reasonTexts(d.reasons) }
      if (this.startCache.size > 200_000) this.startCache.clear()
      this.startCache.set(key, r)
    }
    return r
  }

  /** Due day of a day-based limit counted from `startDay` (not itself counted). */
  private dueDay(startDay: number, amount: number, unit: number): DayResult {
    const cacheable = amount < 2048
    const key = startDay * 8192 + amount * 4 + unit
    if (cacheable) {
      const hit = this.dayCache.get(key)
      if (hit !== undefined) return hit
    }
    let r: DayResult
    if (unit === 0) {
      if (amount === 0) r = this.firstWorking(startDay, false)
      else {
        const d = this.calendar.addWorkingDaysDetailed(fromDayNumber(startDay), amount)
        r = { day: toDayNumber(d.date), provisional: d.provisional, reasons: reasonTexts(d.reasons) }
      }
    } else {
      let end: number
      if (unit === 1) end = startDay + amount
      else {
        const iso = fromDayNumber(startDay)
        const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), d = Number(iso.slice(8, 10))
        const months = y * 12 + (m - 1) + amount
        const ey = Math.floor(months / 12), em = (months % 12) + 1
        end = toDayNumber(`${String(ey).padStart(4, '0')}-${String(em).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ey, em))).padStart(2, '0')}`)
      }
      r = this.firstWorking(end, false) // BLDS Art 148(5): a rest day or holiday rolls to the next working day
    }
    if (cacheable) {
      if (this.dayCache.size > 500_000) this.dayCache.clear()
      this.dayCache.set(key, r)
    }
    return r
  }

  /** End instant of a due day under the `dueTime` policy. */
  private endOf(day: number): number {
    if (this.policy.dueTime === 'end-of-day') return (day + 1) * MS_DAY - OFFSET_MS - 1
    this.officeBounds()
    return day * MS_DAY - OFFSET_MS + this.officeEndMin * 60_000
  }

  /** Due of the limit counted from a receipt (or restart) instant. */
  base(receivedMs: number, limit: TimeLimit): BaseDue {
    const u = limit.unit
    const unit = u === 'working-days' ? 0 : u === 'days' ? 1 : u === 'months' ? 2 : u === 'working-hours' ? 3 : u === 'hours' ? 4 : undefined
    if (unit === undefined) throw invalidArgument('dossier.timeLimit.unit', limit.unit, "'working-days', 'days', 'working-hours', 'hours' or 'months'")
    const amount = limit.amount
    if (typeof amount !== 'number' || !(amount >= 0) || !Number.isFinite(amount) || (unit < 3 && !Number.isInteger(amount))) {
      throw invalidArgument('dossier.timeLimit.amount', amount, unit < 3 ? 'a non-negative integer' : 'a non-negative number of hours')
    }
    let startDay = vnDay(receivedMs)
    let startMs = receivedMs
    let provisional = false
    let reasons: readonly Label[] = NO_REASONS
    if (this.cutoffMs >= 0) {
      const msOfDay = receivedMs - (startDay * MS_DAY - OFFSET_MS)
      const nonWorking = !this.isWorking(startDay)
      if (nonWorking || msOfDay > this.cutoffMs) {
        const next = this.firstWorking(startDay, true)
        startDay = next.day
        provisional = next.provisional
        reasons = next.reasons
        this.officeBounds()
        startMs = startDay * MS_DAY - OFFSET_MS + this.officeStartMin * 60_000
      } else {
        // Under a cut-off policy the clock runs from office hours: an early (online) receipt on a
        // working day counts from the opening, so that the due date stays monotonic in receipt time.
        this.officeBounds()
        if (msOfDay < this.officeStartMin * 60_000) startMs = startDay * MS_DAY - OFFSET_MS + this.officeStartMin * 60_000
      }
    }
    // The result goes in a scratch record owned by the engine (read at once by the caller):
    // no allocation per dossier on the hot path.
    const out = this.scratch
    out.startDay = startDay
    out.startMs = startMs
    if (unit < 3) {
      const d = this.dueDay(startDay, amount, unit)
      out.day = d.day
      out.ms = this.endOf(d.day)
      out.provisional = provisional || d.provisional
      out.reasons = d.reasons.length === 0 ? reasons : reasons.length === 0 ? d.reasons : [...reasons, ...d.reasons]
      return out
    }
    if (unit === 4) {
      out.ms = startMs + Math.round(amount * 60) * 60_000
      out.day = vnDay(out.ms)
      out.provisional = provisional
      out.reasons = reasons
      return out
    }
    const r = this.workingHours(startMs, amount)
    out.ms = this.hoursMs
    out.day = vnDay(this.hoursMs)
    out.provisional = provisional || r.provisional
    out.reasons = r.reasons.length ? [...reasons, ...r.reasons] : reasons
    return out
  }

  /** Due instant of a date-or-instant value (a new appointment). */
  dateOrInstantMs(value: string | Date, argument: string): number {
    if (typeof value === 'string' && value.length === 10 && isIsoDate(value)) return this.endOf(toDayNumber(value))
    return instantMs(value, argument)
  }

  /**
   * Walk the timeline up to `asOfMs` under a supplement policy and return the
   * due, the end of processing and the counts the classifiers need. Cheap:
   * no allocation beyond the cached calendar look-ups when `notes` is absent.
   */
  walk(dossier: DossierLike, supplement: SupplementPolicy, asOfMs: number, out: Walk, notes?: WalkNotes): Walk {
    if (dossier === null || typeof dossier !== 'object') throw wrongType('dossier', dossier, 'a dossier object')
    const receivedMs = instantMs(dossier.receivedAt, 'dossier.receivedAt')
    const limit = dossier.timeLimit
    if (limit === null || typeof limit !== 'object') throw wrongType('dossier.timeLimit', limit, 'a time limit { amount, unit }')
    let base: BaseDue
    if (this.policy.useRecordedAppointment && dossier.appointmentAt !== undefined) {
      const ms = this.dateOrInstantMs(dossier.appointmentAt, 'dossier.appointmentAt')
      base = { ms, day: vnDay(ms), startDay: vnDay(receivedMs), startMs: receivedMs, provisional: false, reasons: NO_REASONS }
      if (notes) notes.reasons.push({ vi: 'dùng ngày hẹn trả đã ghi (appointmentAt) thay cho ngày tính được', en: 'recorded appointment (appointmentAt) used instead of the computed one' })
    } else {
      base = this.base(receivedMs, limit)
    }
    out.receivedMs = receivedMs
    out.startMs = base.startMs
    out.startDay = base.startDay
    out.dueMs = base.ms
    out.provisional = base.provisional
    out.finishMs = NaN
    out.finishType = 0
    out.requests = 0
    out.awaitingSinceMs = NaN
    out.pausedMs = 0
    out.waitingMs = 0
    out.extensions = 0
    out.originalDueMs = NaN
    if (notes && base.reasons.length) notes.reasons.push(...base.reasons)
    const events = dossier.events
    if (events === undefined || events.length === 0) return out
    if (!Array.isArray(events)) throw wrongType('dossier.events', events, 'an array of events')
    const finishByReturn = notes?.finishedBy === 'returned' || out.finishedBy === 'returned'
    const count = events.length
    if (this.times.length < count) {
      this.times = new Float64Array(Math.max(count, this.times.length * 2))
      this.kinds = new Int8Array(this.times.length)
    }
    const times = this.times
    const kinds = this.kinds
    let sorted = true
    for (let i = 0; i < count; i++) {
      const e = events[i]
      if (e === null || typeof e !== 'object') throw wrongType(`dossier.events[${i}]`, e, 'an event { type, at }')
      // every event is checked, also those after asOf or after the end: a misspelt type is an error, not a no-op
      const kind = eventKind(e.type)
      if (kind === 0) throw invalidArgument(`dossier.events[${i}].type`, e.type, `one of ${EVENT_TYPE_LIST}`)
      kinds[i] = kind
      const t = eventMs(e.at, i)
      if (i > 0 && t < times[i - 1]!) sorted = false
      times[i] = t
    }
    let order: number[] | null = null
    if (!sorted) {
      order = Array.from({ length: count }, (_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b)
    }
    for (let k = 0; k < count; k++) {
      const i = order === null ? k : order[k]!
      const t = times[i]!
      if (t > asOfMs) break
      const kind = kinds[i]!
      switch (kind) {
        case K_SUPPLEMENT_REQUESTED:
          out.requests++
          if (out.awaitingSinceMs !== out.awaitingSinceMs) out.awaitingSinceMs = t
          break
        case K_SUPPLEMENT_SUPPLIED: {
          const since = out.awaitingSinceMs
          if (since !== since) break // a supply without a request: ignored (validateTimeline reports it)
          out.awaitingSinceMs = NaN
          out.waitingMs += t - since
          if (supplement === 'restart') {
            const b = this.base(t, limit)
            out.startMs = b.startMs
            out.startDay = b.startDay
            out.dueMs = b.ms
            out.provisional ||= b.provisional
            if (notes) {
              notes.reasons.push({
                vi: `nhận hồ sơ bổ sung lúc ${formatVietnamDateTime(t)}: thời hạn được tính lại từ đầu`,
                en: `supplement received ${formatVietnamDateTime(t)}: time limit counted again from the beginning`,
              })
              if (b.reasons.length) notes.reasons.push(...b.reasons)
            }
          } else {
            out.pausedMs += t - since
            out.dueMs += t - since
            if (notes) {
              notes.reasons.push({
                vi: `chờ bổ sung từ ${formatVietnamDateTime(since)} đến ${formatVietnamDateTime(t)}: cộng thêm thời gian chờ`,
                en: `supplement awaited ${formatVietnamDateTime(since)} – ${formatVietnamDateTime(t)}: waiting time added`,
              })
            }
          }
          break
        }
        case K_EXTENDED: {
          const e = events[i] as Extract<DossierEvent, { type: 'extended' }>
          out.extensions++
          if (out.extensions > this.policy.extension.maxCount) {
            throw invalidArgument(
              `dossier.events[${i}]`, e,
              `at most ${this.policy.extension.maxCount} extension(s) — the appointment may be re-scheduled only once (NĐ 61/2018 Art 19(9))`,
            )
          }
          const newDue = this.dateOrInstantMs(e.newDue, `dossier.events[${i}].newDue`)
          const noticeDays = vnDay(out.dueMs) - vnDay(t)
          if (noticeDays < this.policy.extension.minNoticeDays && this.policy.extension.late === 'ignore') {
            if (notes) {
              notes.reasons.push({
                vi: `thông báo gia hạn lúc ${formatVietnamDateTime(t)}, chưa đủ ${this.policy.extension.minNoticeDays} ngày trước hạn: không áp dụng`,
                en: `extension notified ${formatVietnamDateTime(t)}, less than ${this.policy.extension.minNoticeDays} day(s) before the due date: not applied`,
              })
            }
            break
          }
          if (out.originalDueMs !== out.originalDueMs) out.originalDueMs = out.dueMs
          out.dueMs = newDue
          if (notes) {
            notes.reasons.push({
              vi: `hẹn trả được dời đến ${formatVietnamDateTime(newDue)} theo văn bản xin lỗi và hẹn lại`,
              en: `appointment moved to ${formatVietnamDateTime(newDue)} by apology and extension`,
            })
          }
          break
        }
        case K_PROCESSED:
        case K_REFUSED:
        case K_STOPPED:
        case K_WITHDRAWN:
          if (out.finishType === 0) { out.finishMs = t; out.finishType = kind - K_FINISH_BASE }
          break
        case K_RETURNED:
          if (out.finishType === 0 || (finishByReturn && out.finishType === 1)) { out.finishMs = t; out.finishType = 2 }
          break
        default: // consultations: recorded, no effect on the clock (NĐ 61/2018 Art 19(5))
          break
      }
      if (out.finishType !== 0 && !(finishByReturn && out.finishType === 1)) break
    }
    if (finishByReturn && out.finishType === 1) { out.finishType = 0; out.finishMs = NaN }
    return out
  }

  /**
   * The appointment of one dossier with its explanation (see {@link dueDate}).
   */
  dueDate(dossier: DossierLike, asOf?: Instant): DueDateResult {
    const asOfMs = asOf === undefined ? Infinity : instantMs(asOf, 'options.asOf')
    const notes: WalkNotes = { reasons: [] }
    const w = this.walk(dossier, this.policy.supplement, asOfMs, newWalk(), notes)
    const unit = dossier.timeLimit.unit
    const basis: LegalBasis[] = []
    if (unit === 'hours' || unit === 'working-hours') basis.push(DOSSIER_BASIS.hoursFromMoment)
    else {
      basis.push(DOSSIER_BASIS.firstDayNotCounted)
      if (unit === 'months') basis.push(DOSSIER_BASIS.monthPeriod)
      if (unit !== 'working-days') basis.push(DOSSIER_BASIS.rollToWorkingDay)
      if (this.policy.dueTime === 'end-of-day') basis.push(DOSSIER_BASIS.endOfLastDay)
    }
    if (this.policy.cutoff !== null) basis.push(DOSSIER_BASIS.cutoff15)
    if (w.requests > 0) basis.push(this.policy.supplement === 'restart' ? DOSSIER_BASIS.supplementRestart : DOSSIER_BASIS.supplementPause)
    if (w.extensions > 0) basis.push(DOSSIER_BASIS.extensionOnce)
    if (w.startMs !== w.receivedMs && w.requests === 0) {
      notes.reasons.unshift(
        w.startDay !== vnDay(w.receivedMs)
          ? {
              vi: `tiếp nhận sau giờ ${this.policy.cutoff ?? ''} hoặc vào ngày nghỉ: tính từ ngày ${fromDayNumber(w.startDay)}`,
              en: `received after the ${this.policy.cutoff ?? ''} cut-off or on a non-working day: counted from ${fromDayNumber(w.startDay)}`,
            }
          : {
              vi: `tiếp nhận trước giờ làm việc: tính từ ${formatVietnamDateTime(w.startMs)}`,
              en: `received before office hours: counted from ${formatVietnamDateTime(w.startMs)}`,
            },
      )
    }
    const due = formatVietnamDateTime(w.dueMs)
    const result: DueDateResult = {
      due,
      dueAt: due,
      dueDate: fromDayNumber(vnDay(w.dueMs)),
      startedAt: formatVietnamDateTime(w.startMs),
      startDate: fromDayNumber(w.startDay),
      extended: w.originalDueMs === w.originalDueMs,
      pausedMs: w.pausedMs,
      provisional: w.provisional,
      reasons: notes.reasons,
      basis,
      policy: this.policy,
    }
    if (w.originalDueMs === w.originalDueMs) result.originalDue = formatVietnamDateTime(w.originalDueMs)
    if (w.awaitingSinceMs === w.awaitingSinceMs) {
      result.suspendedSince = formatVietnamDateTime(w.awaitingSinceMs)
      notes.reasons.push({
        vi: 'đang chờ người nộp bổ sung hồ sơ: tạm dừng tính thời gian, hạn sẽ được tính lại',
        en: 'awaiting the applicant\'s supplement: the clock is suspended and the due date will be recomputed',
      })
    }
    return result
  }
}

/** Finish types: 1 processed, 2 returned, 3 refused, 4 stopped, 5 withdrawn (event kind − `K_FINISH_BASE`). */
export const FINISH_TYPE = { processed: 1, returned: 2, refused: 3, stopped: 4, withdrawn: 5 } as const

/** Event kinds on the hot path (0: not an event type). */
const K_SUPPLEMENT_REQUESTED = 1, K_SUPPLEMENT_SUPPLIED = 2, K_EXTENDED = 3, K_CONSULTATION_REQUESTED = 4,
  K_CONSULTATION_ANSWERED = 5, K_PROCESSED = 6, K_RETURNED = 7, K_REFUSED = 8, K_STOPPED = 9, K_WITHDRAWN = 10
const K_FINISH_BASE = K_PROCESSED - FINISH_TYPE.processed

/** The kind of an event type, 0 when it is not one of the event type ids. */
function eventKind(type: unknown): number {
  switch (type) {
    case 'processed': return K_PROCESSED
    case 'returned': return K_RETURNED
    case 'supplement-requested': return K_SUPPLEMENT_REQUESTED
    case 'supplement-supplied': return K_SUPPLEMENT_SUPPLIED
    case 'extended': return K_EXTENDED
    case 'refused': return K_REFUSED
    case 'stopped': return K_STOPPED
    case 'withdrawn': return K_WITHDRAWN
    case 'consultation-requested': return K_CONSULTATION_REQUESTED
    case 'consultation-answered': return K_CONSULTATION_ANSWERED
    default: return 0
  }
}

/** Whether a value is one of the event type ids. @internal */
export const isEventType = (type: unknown): boolean => eventKind(type) !== 0

/** The event type ids, for error messages. @internal */
export const EVENT_TYPE_LIST = "'supplement-requested', 'supplement-supplied', 'extended', 'consultation-requested', " +
  "'consultation-answered', 'processed', 'returned', 'refused', 'stopped' or 'withdrawn'"

/** Scratch record filled by {@link DeadlineEngine.walk}. */
export interface Walk {
  receivedMs: number
  startMs: number
  startDay: number
  dueMs: number
  originalDueMs: number
  provisional: boolean
  finishMs: number
  finishType: number
  requests: number
  awaitingSinceMs: number
  pausedMs: number
  /** Total time spent waiting for supplements, whatever the policy. */
  waitingMs: number
  extensions: number
  finishedBy: 'processed' | 'returned'
}

/** Explanations collected during a walk. */
export interface WalkNotes {
  reasons: Label[]
  finishedBy?: 'processed' | 'returned'
}

/** A fresh scratch record. */
export function newWalk(finishedBy: 'processed' | 'returned' = 'processed'): Walk {
  return {
    receivedMs: 0, startMs: 0, startDay: 0, dueMs: 0, originalDueMs: NaN, provisional: false, finishMs: NaN, finishType: 0,
    requests: 0, awaitingSinceMs: NaN, pausedMs: 0, waitingMs: 0, extensions: 0, finishedBy,
  }
}

/**
 * Build a {@link DeadlineEngine}: the options are checked once and calendar
 * look-ups are cached in the engine (never globally).
 *
 * @throws RangeError for an invalid option (a cut-off that is not `HH:mm`, an unknown policy)
 *
 * @example
 * ```ts
 * import { createDeadlineEngine } from 'hanhchinh/dossiers'
 * const engine = createDeadlineEngine({ dueTime: 'end-of-office-hours' })
 * engine.dueDate({ receivedAt: '2024-04-26T09:00:00+07:00', timeLimit: { amount: 2, unit: 'working-days' } }).due
 * //=> '2024-05-03T16:30:00+07:00'
 * createDeadlineEngine({ cutoff: '25:00' }) //=> throws RangeError: options.cutoff
 * ```
 */
export function createDeadlineEngine(options: DueDateOptions = {}): DeadlineEngine {
  return new Engine(options)
}

/**
 * The appointment (ngày hẹn trả) of a dossier: the due instant and date, and
 * why.
 *
 * - `'working-days'` — the n-th working day after the day of receipt; the day of receipt is not
 *   counted (BLDS 2015 Art 147(2)) and non-working days are skipped;
 * - `'days'` — n calendar days after the day of receipt; an end on a weekly rest day or holiday
 *   rolls to the next working day (Art 148(5));
 * - `'months'` — the corresponding day of the n-th month after (or its last day), rolled the same
 *   way (Art 148(3), (5));
 * - `'working-hours'` — counted through the calendar's office hours from the receipt instant;
 * - `'hours'` — elapsed hours from the receipt instant (Art 147(1)).
 *
 * Day-based periods end at the end of the last day (`dueTime`, default 24:00 per Art 148).
 * The optional `cutoff` moves a late or non-working-day receipt to the next working day. A
 * supplement restarts the clock (`'restart'`, default) or pauses it (`'pause'`). An extension
 * (`'extended'` event) moves the due date to its `newDue` once; a second one is a `RangeError`
 * naming the event — use {@link validateTimeline} to find such data without throwing.
 * `provisional` is true when the calendar had to guess a future year's schedule.
 *
 * @throws RangeError for an invalid dossier (bad instant, limit) or option, or more extensions
 * than allowed
 *
 * @example
 * ```ts
 * import { dueDate } from 'hanhchinh/dossiers'
 * // Received Thursday 12/02/2026, 5 working days; Tết 2026 closes offices 14–22/02
 * const d = dueDate({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } })
 * d.dueDate //=> '2026-02-26'
 * d.due //=> '2026-02-26T23:59:59.999+07:00'
 * // After the 15:00 cut-off, receipt counts from Friday 13/02
 * dueDate({ receivedAt: '2026-02-12T15:30:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }, { cutoff: '15:00' }).dueDate
 * //=> '2026-02-27'
 * dueDate({ receivedAt: '2026-02-12T10:00:00', timeLimit: { amount: 5, unit: 'working-days' } })
 * //=> throws RangeError: dossier.receivedAt
 * ```
 */
export function dueDate(dossier: DossierLike, options: DueDateOptions = {}): DueDateResult {
  return new Engine(options).dueDate(dossier, options.asOf)
}
