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
  value.forEach((s: unknown, i) => {
    const session = s as Partial<OfficeSession> | null
    const start = parseTimeOfDay(session?.start as string, `${argument}[${i}].start`)
    const end = parseTimeOfDay(session?.end as string, `${argument}[${i}].end`)
    if (end <= start) throw invalidArgument(`${argument}[${i}].end`, session?.end, `a time after ${session?.start as string}`)
    if (start < previousEnd) {
      throw invalidArgument(`${argument}[${i}].start`, session?.start, 'sessions in order and not overlapping')
    }
    previousEnd = end
    sessions.push([start * 60_000, end * 60_000] as const)
    text.push(Object.freeze({ start: session!.start!, end: session!.end! }))
  })
  return { sessions, dailyMs: sessions.reduce((sum, [a, b]) => sum + b - a, 0), text: Object.freeze(text) }
}

/** Office milliseconds of a working day before a time of day (ms after midnight). @internal */
export function officeMsBefore(hours: ParsedOfficeHours, msOfDay: number): number {
  let acc = 0
  for (const [a, b] of hours.sessions) {
    if (msOfDay <= a) break
    acc += Math.min(msOfDay, b) - a
  }
  return acc
}

/** The earliest time of day at which `officeMs` (0 < officeMs ≤ dailyMs) office time has elapsed. @internal */
export function timeAtOfficeMs(hours: ParsedOfficeHours, officeMs: number): number {
  let acc = 0
  for (const [a, b] of hours.sessions) {
    if (officeMs <= acc + (b - a)) return a + (officeMs - acc)
    acc += b - a
  }
  return hours.sessions[hours.sessions.length - 1]![1]
}
