import { invalidArgument } from '../core/errors.js'
import { parseTimeOfDay } from '../core/instant.js'
import type { OfficeSession } from './schema.js'

/**
 * The default office hours of a working day: 07:30–12:00 and 13:00–16:30
 * (8 hours), Vietnam time. UNCONFIRMED as a national rule: office hours are
 * set locally; this is the example of a provincial one-stop portal (rules
 * digest §1.4(7)) and matches the 8-hour day of the 40-hour, 5-day week
 * (QĐ 188/1999/QĐ-TTg). No national rule says how "giờ" time limits map to
 * office hours. Replace it per calendar with `createWorkCalendar({ officeHours })`.
 *
 * @example
 * ```ts
 * import { defaultOfficeHours } from 'hanhchinh/calendar'
 * defaultOfficeHours.map((s) => `${s.start}-${s.end}`) //=> ['07:30-12:00', '13:00-16:30']
 * ```
 */
export const defaultOfficeHours: ReadonlyArray<Readonly<OfficeSession>> = Object.freeze([
  Object.freeze({ start: '07:30', end: '12:00' }),
  Object.freeze({ start: '13:00', end: '16:30' }),
])

/** Parsed office hours: sessions in milliseconds after midnight, and their total. @internal */
export interface ParsedOfficeHours {
  sessions: ReadonlyArray<readonly [number, number]>
  dailyMs: number
  text: ReadonlyArray<Readonly<OfficeSession>>
}

/** Validate and parse office sessions (sorted, non-overlapping, non-empty). @internal */
export function parseOfficeHours(value: unknown, argument = 'options.officeHours'): ParsedOfficeHours {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalidArgument(argument, value, "a non-empty array of { start: 'HH:mm', end: 'HH:mm' }")
  }
  const sessions: Array<readonly [number, number]> = []
  const text: Array<Readonly<OfficeSession>> = []
  let previousEnd = -1
  // a plain loop, not forEach: a hole in a sparse array is an error, not a skipped session
  for (let i = 0; i < value.length; i++) {
    const session = value[i] as Partial<OfficeSession> | null | undefined
    if (session === null || typeof session !== 'object') throw invalidArgument(`${argument}[${i}]`, session, "a session { start: 'HH:mm', end: 'HH:mm' }")
    const start = parseTimeOfDay(session?.start as string, `${argument}[${i}].start`)
    const end = parseTimeOfDay(session?.end as string, `${argument}[${i}].end`)
    if (end <= start) throw invalidArgument(`${argument}[${i}].end`, session?.end, `a time after ${session?.start as string}`)
    if (start < previousEnd) {
      throw invalidArgument(`${argument}[${i}].start`, session?.start, 'sessions in order and not overlapping')
    }
    previousEnd = end
    sessions.push([start * 60_000, end * 60_000] as const)
    text.push(Object.freeze({ start: session.start!, end: session.end! }))
  }
  return { sessions, dailyMs: sessions.reduce((sum, [a, b]) => sum + b - a, 0), text: Object.freeze(text) }
}

/** Office milliseconds of a working day before a time of day (ms after midnight). @internal */
export function officeMsBefore(hours: ParsedOfficeHours, msOfDay: number): number {
  const s = hours.sessions
  let acc = 0
  for (let i = 0; i < s.length; i++) {
    const session = s[i]!
    const a = session[0]
    if (msOfDay <= a) break
    const b = session[1]
    acc += (msOfDay < b ? msOfDay : b) - a
  }
  return acc
}

/** The earliest time of day at which `officeMs` (0 < officeMs ≤ dailyMs) office time has elapsed. @internal */
export function timeAtOfficeMs(hours: ParsedOfficeHours, officeMs: number): number {
  const s = hours.sessions
  let acc = 0
  for (let i = 0; i < s.length; i++) {
    const session = s[i]!
    const len = session[1] - session[0]
    if (officeMs <= acc + len) return session[0] + (officeMs - acc)
    acc += len
  }
  return s[s.length - 1]![1]
}

/** The opening of the office day: the start of its first session, ms after midnight. @internal */
export function officeOpeningMs(hours: ParsedOfficeHours): number {
  return hours.sessions[0]![0]
}

/** The closing of the office day: the end of its last session, ms after midnight. @internal */
export function officeClosingMs(hours: ParsedOfficeHours): number {
  return hours.sessions[hours.sessions.length - 1]![1]
}

/**
 * Where an amount of office time, counted from an instant, runs out: the
 * working day it lands on, as a count `n` for "the n-th working day after the
 * day of the instant" (`0`: that day itself), and the time of day. This is the
 * rule of the calendar's `addWorkingHours`: only office time of working days
 * counts, from the instant (or from the next opening when the instant is on a
 * non-working day), and the answer is the earliest instant at which the
 * amount has elapsed. The caller turns `n` into a date with its own
 * working-day arithmetic. Writes into `out` (no allocation).
 *
 * @param hours - the parsed office hours
 * @param dayIsWorking - whether the day of the instant is a working day
 * @param msOfDay - the time of day of the instant, ms after midnight (Vietnam time)
 * @param amountMs - office time to add, ms (> 0)
 * @internal
 */
export function landOfficeTime(hours: ParsedOfficeHours, dayIsWorking: boolean, msOfDay: number, amountMs: number, out: OfficeLanding): OfficeLanding {
  let n = 0
  let elapsed = 0
  if (dayIsWorking) elapsed = officeMsBefore(hours, msOfDay)
  else n = 1
  const target = elapsed + amountMs
  const daily = hours.dailyMs
  const q = Math.floor(target / daily)
  const rest = target - q * daily
  if (rest === 0) {
    out.workingDays = n + q - 1
    out.msOfDay = officeClosingMs(hours)
  } else {
    out.workingDays = n + q
    out.msOfDay = timeAtOfficeMs(hours, rest)
  }
  return out
}

/** Result of {@link landOfficeTime}. @internal */
export interface OfficeLanding {
  /** The landing day as "the n-th working day after the day of the start" (0: that day). */
  workingDays: number
  /** The time of day, ms after midnight. */
  msOfDay: number
}
