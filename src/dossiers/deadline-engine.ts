import { invalidArgument } from '../core/errors.js'
import { daysInMonth, fromDayNumber, isIsoDate, toDayNumber } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { dayNumbersOf, type CalendarDayNumbers } from '../calendar/day-numbers.js'
import {
  landOfficeTime, officeClosingMs, officeOpeningMs, parseOfficeHours, type OfficeLanding, type ParsedOfficeHours,
} from '../calendar/office-hours.js'
import type { DeadlineCalendar, PolicyReading, ResolvedDuePolicy } from './deadline-policy.js'
import { NO_REASONS, reasonTexts } from './explanation.js'
import { keepIdleInstance } from './idle-instances.js'
import { instantMs, MS_DAY, OFFSET_MS, vnDay } from './instants.js'
import { MAX_TIME_LIMIT_AMOUNT, type TimeLimit } from './schema.js'

// The deadline arithmetic: the due instant of a time limit counted from a receipt (or restart)
// instant, under the policy, with the calendar's working days (cached per engine) and the
// calendar's office-time arithmetic (hanhchinh/calendar office-hours). No explanation, no
// timeline: see timeline.ts and explanation.ts.

/** The due of a limit counted from one instant (a scratch record, read at once by the caller). @internal */
export interface BaseDue {
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

interface DayResult { readonly day: number; readonly provisional: boolean; readonly reasons: readonly Label[] }

/** Widest span of days covered by an engine's running count of working days (about 22 years). */
const MAX_WINDOW = 8192

/** The due-day rows of an engine (see `Engine.dueRows`): start days covered, amounts below. */
const ROW_DAYS = 2048, ROW_AMOUNTS = 64

const UNIT_WORKING_DAYS = 0, UNIT_DAYS = 1, UNIT_MONTHS = 2, UNIT_WORKING_HOURS = 3, UNIT_HOURS = 4
/** {@link MAX_TIME_LIMIT_AMOUNT} indexed by the unit numbers above. */
const MAX_AMOUNT: readonly number[] = [
  MAX_TIME_LIMIT_AMOUNT['working-days'], MAX_TIME_LIMIT_AMOUNT.days, MAX_TIME_LIMIT_AMOUNT.months,
  MAX_TIME_LIMIT_AMOUNT['working-hours'], MAX_TIME_LIMIT_AMOUNT.hours,
]

/**
 * The counting engine behind every due date: options checked once, calendar look-ups cached in
 * the instance (never in the module), no allocation per dossier once the caches are warm.
 * @internal
 */
export class Engine {
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
  private readonly landing: OfficeLanding = { workingDays: 0, msOfDay: 0 }
  private readonly dayCache = new Map<number, DayResult>()
  private readonly startCache = new Map<number, DayResult>()
  /** The calendar's office hours, read on first use. */
  private office: ParsedOfficeHours | null = null

  /** The calendar's day-number side when it is one this library built (see `addDetailed`). */
  private readonly dayNumbers: CalendarDayNumbers | undefined

  constructor(reading: PolicyReading, calendar: DeadlineCalendar) {
    this.policy = reading.policy
    this.cutoffMs = reading.cutoffMs
    this.calendar = calendar
    this.dayNumbers = dayNumbersOf(calendar)
    keepIdleInstance(Engine, () => new Engine(reading, calendar))
  }

  /** The calendar's office sessions, parsed once (a RangeError naming `calendar.officeHours` when unusable). */
  private officeHours(): ParsedOfficeHours {
    return this.office ??= parseOfficeHours(this.calendar.officeHours, 'calendar.officeHours')
  }

  /**
   * `calendar.addWorkingDaysDetailed(day, n)` as a day result. A calendar this library built
   * answers by day number (no text, no reasons to read unless the answer is provisional); any
   * other calendar, or a day outside its range (then the calendar's own RangeError), by its method.
   */
  private addDetailed(day: number, n: number): DayResult {
    const numbers = this.dayNumbers
    if (numbers !== undefined && day >= numbers.first && day <= numbers.last) {
      const r = numbers.add(day, n)
      if (!numbers.provisionalBetween(day, r)) return { day: r, provisional: false, reasons: NO_REASONS }
    }
    const d = this.calendar.addWorkingDaysDetailed(fromDayNumber(day), n)
    return { day: toDayNumber(d.date), provisional: d.provisional, reasons: reasonTexts(d.reasons) }
  }

  /** Whether a day number is a working day (cached). */
  isWorking(day: number): boolean {
    let r = this.workingCache.get(day)
    if (r === undefined) {
      const numbers = this.dayNumbers
      r = numbers !== undefined && day >= numbers.first && day <= numbers.last ? numbers.isWorking(day) : this.calendar.isWorkingDay(fromDayNumber(day))
      if (this.workingCache.size > 200_000) this.workingCache.clear()
      this.workingCache.set(day, r)
    }
    return r
  }

  /**
   * Office hours added to an instant, with the calendar's rule (`landOfficeTime` of the
   * calendar's office-hours arithmetic, the rule of its `addWorkingHours`) and the engine's
   * cached working days. The due instant is written to `out.ms`; the day result carries
   * `provisional`/`reasons`.
   */
  private workingHours(startMs: number, hours: number, out: BaseDue): DayResult {
    const office = this.officeHours()
    const ms = Math.round(hours * 3_600_000)
    const dn = vnDay(startMs)
    if (ms === 0) {
      out.ms = startMs
      return this.nthWorking(dn, 0)
    }
    const landing = landOfficeTime(office, this.isWorking(dn), startMs + OFFSET_MS - dn * MS_DAY, ms, this.landing)
    const d = this.nthWorking(dn, landing.workingDays)
    out.ms = d.day * MS_DAY - OFFSET_MS + landing.msOfDay
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
    const r = this.addDetailed(day, n)
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
    // small enough to be inlined where it is called per dossier: the rest is another call
    const lo = this.countLo
    const counts = this.counts
    if (a <= b && a >= lo && b + 1 < lo + counts.length) return counts[b + 1 - lo]! - counts[a + 1 - lo]!
    return this.workingDaysBetweenDaysSlow(a, b)
  }

  private workingDaysBetweenDaysSlow(a: number, b: number): number {
    if (a <= b && this.growCounts(a, b + 1)) return this.counts[b + 1 - this.countLo]! - this.counts[a + 1 - this.countLo]!
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
      r = this.addDetailed(strict ? day : day - 1, 1)
      if (this.startCache.size > 200_000) this.startCache.clear()
      this.startCache.set(key, r)
    }
    return r
  }

  /**
   * Due days of day-based limits with no reasons and not provisional, one row per start day
   * (index: start day − `rowsLo`), each slot `amount × 3 + unit` holding the due day + 1 (0 when
   * not cached, or when the result has reasons — those stay in `dayCache`). `ROW_DAYS` start days
   * around the first one seen, amounts below `ROW_AMOUNTS`. A row of 192 slots is made when its start
   * day is first asked, so the cache serves from the first dossier and a small report allocates a
   * few rows, not the whole table.
   */
  private dueRows: (number[] | undefined)[] | null = null
  private rowsLo = 0

  /** Due day of a day-based limit counted from `startDay` (not itself counted). */
  private dueDay(startDay: number, amount: number, unit: number): DayResult {
    const cacheable = amount < 2048
    const key = startDay * 8192 + amount * 4 + unit
    if (cacheable) {
      const hit = this.dayCache.get(key)
      if (hit !== undefined) return hit
    }
    let r: DayResult
    if (unit === UNIT_WORKING_DAYS) {
      if (amount === 0) r = this.firstWorking(startDay, false)
      else r = this.addDetailed(startDay, amount)
    } else {
      let end: number
      if (unit === UNIT_DAYS) end = startDay + amount
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

  /** What `endOf` adds to `day × MS_DAY` (NaN until first needed: office hours are read lazily). */
  private dueOffsetMs = NaN

  /** End instant of a due day under the `dueTime` policy. */
  endOf(day: number): number {
    let offset = this.dueOffsetMs
    if (offset !== offset) {
      offset = this.policy.dueTime === 'end-of-day' ? MS_DAY - OFFSET_MS - 1 : officeClosingMs(this.officeHours()) - OFFSET_MS
      this.dueOffsetMs = offset
    }
    return day * MS_DAY + offset
  }

  /**
   * The due day of a day-based limit counted from a receipt on `day`, when no cut-off applies and
   * the due rows hold it (then it is neither provisional nor explained): two array reads.
   * −1 otherwise, and {@link Engine.base} answers, with its checks and reasons.
   */
  quickDueDay(day: number, limit: TimeLimit): number {
    const rows = this.dueRows
    if (rows === null || this.cutoffMs >= 0) return -1
    const amount = limit.amount
    const i = day - this.rowsLo
    // an integer from 0 to ROW_AMOUNTS − 1 (anything else, a text included, goes to `base`)
    if ((amount >>> 0) !== amount || amount >= ROW_AMOUNTS || i < 0 || i >= ROW_DAYS) return -1
    const row = rows[i]
    if (row === undefined) return -1
    const u = limit.unit
    const unit = u === 'working-days' ? UNIT_WORKING_DAYS : u === 'days' ? UNIT_DAYS : u === 'months' ? UNIT_MONTHS : -1
    return unit < 0 ? -1 : row[amount * 3 + unit]! - 1
  }

  /** Due of the limit counted from a receipt (or restart) instant (`receivedDay`: its Vietnam day number, when known). */
  base(receivedMs: number, limit: TimeLimit, receivedDay = vnDay(receivedMs)): BaseDue {
    const u = limit.unit
    const unit = u === 'working-days' ? UNIT_WORKING_DAYS : u === 'days' ? UNIT_DAYS : u === 'months' ? UNIT_MONTHS
      : u === 'working-hours' ? UNIT_WORKING_HOURS : u === 'hours' ? UNIT_HOURS : undefined
    if (unit === undefined) throw invalidArgument('dossier.timeLimit.unit', limit.unit, "'working-days', 'days', 'working-hours', 'hours' or 'months'")
    const amount = limit.amount
    const dayBased = unit < UNIT_WORKING_HOURS
    if (typeof amount !== 'number' || !(amount >= 0) || !Number.isFinite(amount) || (dayBased && !Number.isInteger(amount))) {
      throw invalidArgument('dossier.timeLimit.amount', amount, dayBased ? 'a non-negative integer' : 'a non-negative number of hours')
    }
    if (amount > MAX_AMOUNT[unit]!) {
      throw invalidArgument('dossier.timeLimit.amount', amount, `at most ${MAX_AMOUNT[unit]} ${u} (MAX_TIME_LIMIT_AMOUNT: the calendar covers 1900–2199)`)
    }
    let startDay = receivedDay
    let startMs = receivedMs
    let provisional = false
    let reasons: readonly Label[] = NO_REASONS
    if (this.cutoffMs >= 0) {
      const msOfDay = receivedMs - (startDay * MS_DAY - OFFSET_MS)
      const opening = officeOpeningMs(this.officeHours())
      if (!this.isWorking(startDay) || msOfDay > this.cutoffMs) {
        const next = this.firstWorking(startDay, true)
        startDay = next.day
        provisional = next.provisional
        reasons = next.reasons
        startMs = startDay * MS_DAY - OFFSET_MS + opening
      } else if (msOfDay < opening) {
        // Under a cut-off policy the clock runs from office hours: an early (online) receipt on a
        // working day counts from the opening, so that the due date stays monotonic in receipt time.
        startMs = startDay * MS_DAY - OFFSET_MS + opening
      }
    }
    // The result goes in a scratch record owned by the engine (read at once by the caller):
    // no allocation per dossier on the hot path.
    const out = this.scratch
    out.startDay = startDay
    out.startMs = startMs
    if (dayBased) {
      // the due rows first: two array reads for the usual limits (see `dueRows`)
      let rows = this.dueRows
      if (rows === null) {
        rows = this.dueRows = new Array<number[] | undefined>(ROW_DAYS).fill(undefined)
        this.rowsLo = startDay - (ROW_DAYS >> 2)
      }
      const i = startDay - this.rowsLo
      const row = amount < ROW_AMOUNTS && i >= 0 && i < ROW_DAYS ? rows[i] ?? (rows[i] = new Array<number>(ROW_AMOUNTS * 3).fill(0)) : undefined
      const slot = amount * 3 + unit
      if (row !== undefined && row[slot]! > 0) {
        const day = row[slot]! - 1
        out.day = day
        out.ms = this.endOf(day)
        out.provisional = provisional
        out.reasons = reasons
        return out
      }
      const d = this.dueDay(startDay, amount, unit)
      if (row !== undefined && !d.provisional && d.reasons.length === 0) row[slot] = d.day + 1
      out.day = d.day
      out.ms = this.endOf(d.day)
      out.provisional = provisional || d.provisional
      out.reasons = d.reasons.length === 0 ? reasons : reasons.length === 0 ? d.reasons : [...reasons, ...d.reasons]
      return out
    }
    if (unit === UNIT_HOURS) {
      out.ms = startMs + Math.round(amount * 60) * 60_000
      out.day = vnDay(out.ms)
      out.provisional = provisional
      out.reasons = reasons
      return out
    }
    const r = this.workingHours(startMs, amount, out)
    out.day = vnDay(out.ms)
    out.provisional = provisional || r.provisional
    out.reasons = r.reasons.length ? [...reasons, ...r.reasons] : reasons
    return out
  }

  /** Due instant of a date-or-instant value (a new appointment): a plain date is due at the end of that day. */
  dateOrInstantMs(value: string | Date, argument: string): number {
    if (typeof value === 'string' && value.length === 10 && isIsoDate(value)) return this.endOf(toDayNumber(value))
    return instantMs(value, argument)
  }
}
