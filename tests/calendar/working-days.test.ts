// The hot path of addWorkingDays (date text read by char codes, one lookup in the year's
// window table) against a day-by-day reference built on isWorkingDay, and its fallbacks:
// a window not built yet, a count leaving the window, a calendar with few working days,
// the edges of the supported range, and text that is not an ISO date.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createWorkCalendar, vietnamCivilService as cs, type WorkCalendar } from 'hanhchinh/calendar'
import { fromDayNumber, toDayNumber } from 'hanhchinh/core'
import { yearDayKey } from '../../src/calendar/day-number.js'
import { WINDOW_PAD, WINDOW_REACH } from '../../src/calendar/year-tables.js'

const FIRST = toDayNumber('1900-01-01')
const LAST = toDayNumber('2199-12-31')

/** Step one calendar day at a time; undefined when the count leaves 1900–2199. */
function reference(cal: WorkCalendar, date: string, n: number): string | undefined {
  let d = toDayNumber(date)
  const step = n > 0 ? 1 : -1
  for (let left = Math.abs(n); left > 0; ) {
    d += step
    if (d < FIRST || d > LAST) return undefined
    if (cal.isWorkingDay(fromDayNumber(d))) left--
  }
  return fromDayNumber(d)
}

function expectSame(cal: WorkCalendar, date: string, n: number): void {
  const want = reference(cal, date, n)
  if (want === undefined) expect(() => cal.addWorkingDays(date, n), `${date} ${n}`).toThrow(/Invalid n: /)
  else expect(cal.addWorkingDays(date, n), `${date} ${n}`).toBe(want)
}

describe('addWorkingDays: the window lookup', () => {
  it('agrees with the day-by-day reference on any day 1900–2199, counts inside and past the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: -2 * WINDOW_PAD, max: 2 * WINDOW_PAD }), (dn, n) => {
        // a fresh calendar per run too, so that both the first (building) and the later (lookup) call are checked
        const fresh = createWorkCalendar()
        const date = fromDayNumber(dn)
        expectSame(fresh, date, n)
        expectSame(fresh, date, n)
        expectSame(cs, date, n)
      }),
      { seed: 20261204, numRuns: 300 },
    )
  })
  it('crosses the year boundary inside the window: Tết Dương lịch and Tết of 2024–2027', () => {
    // 31/12/2025 (Wed) + 1 → 02/01/2026 is off by swap (CV 12729/VPCP-KGVX), 01/01 a holiday: Monday 05/01/2026
    expect(cs.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05')
    expect(cs.addWorkingDays('2026-01-05', -1)).toBe('2025-12-31')
    // Tết Bính Ngọ: 13/02/2026 (Fri) is worked, 14–22/02 off
    expect(cs.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23')
    for (const [date, n] of [['2024-12-20', 10], ['2025-01-10', -10], ['2026-12-15', 40], ['2027-01-20', -60], ['2024-06-01', WINDOW_REACH], ['2024-06-01', -WINDOW_REACH]] as const) {
      expectSame(cs, date, n)
    }
  })
  it('n = 0 gives the date itself, a working day or not', () => {
    expect(cs.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17')
    expect(cs.addWorkingDays('2026-03-04', 0)).toBe('2026-03-04')
    expect(createWorkCalendar().addWorkingDays('1900-01-01', 0)).toBe('1900-01-01')
  })
  it('a calendar with one working day a week: short counts leave the window and take the walk', () => {
    const sundaysOnly = createWorkCalendar({ weekend: [1, 2, 3, 4, 5, 6], includeAnnouncedSchedules: false })
    // its window of 2026 (877 days) holds about 125 Sundays, fewer after the compensatory days of Tết 2026
    // (the Sundays 22/02, 01/03 and 08/03 are taken off for the Tết days that fell on a rest day)
    expect(sundaysOnly.addWorkingDays('2026-03-04', 1)).toBe('2026-03-22')
    for (const n of [1, 36, 37, WINDOW_REACH, -WINDOW_REACH, -37]) expectSame(sundaysOnly, '2026-03-04', n)
    expectSame(sundaysOnly, '2199-06-01', 40)
  })
  it('the edges of the range: days outside 1900–2199 are never reached', () => {
    expect(cs.addWorkingDays('2199-12-30', 1)).toBe('2199-12-31')
    expect(() => cs.addWorkingDays('2199-12-31', 1)).toThrow(/Invalid n: 1/)
    expect(() => cs.addWorkingDays('1900-01-02', -1)).toThrow(/Invalid n: -1/)
    expect(cs.addWorkingDays('1900-01-03', -1)).toBe('1900-01-02')
    expect(cs.addWorkingDays('2199-12-31', -1)).toBe('2199-12-30')
  })
})

describe('addWorkingDays: the text and the count', () => {
  // characters next to the digits in the code table ('/', ':', '*', '-', '+', ' ') and look-alikes
  // ('０', full width), where a char-code shortcut would go wrong
  const CHARS = ['0', '1', '2', '3', '5', '9', '/', ':', '*', '-', '+', ' ', '.', '０', 'a', '٣']
  const dateLike = fc
    .tuple(fc.integer({ min: 1880, max: 2220 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...CHARS)), { maxLength: 2 }))
    .map(([y, m, d, edits]) => {
      const chars = [...`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]
      for (const [at, c] of edits) chars[at] = c
      return chars.join('')
    })
  it('reads exactly the ISO dates the core reader reads, and refuses the rest with the same error', () => {
    fc.assert(
      fc.property(dateLike, fc.integer({ min: -70, max: 70 }), (text, n) => {
        if (yearDayKey(text) >= 0) expectSame(cs, text, n)
        else expect(() => cs.addWorkingDays(text, n), text).toThrow(RangeError)
      }),
      { seed: 19670708, numRuns: 2000 },
    )
  })
  it('refuses what is not an integer count or not text, naming the argument', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5]) expect(() => cs.addWorkingDays('2026-03-04', n)).toThrow(/Invalid n: /)
    expect(() => cs.addWorkingDays('2026-03-04', '1' as never)).toThrow(TypeError)
    expect(() => cs.addWorkingDays(20260304 as never, 1)).toThrow(TypeError)
    expect(() => cs.addWorkingDays('2026-3-4', 1)).toThrow(/Invalid date: "2026-3-4"/)
    // a count object is not converted (no valueOf call)
    let called = false
    const sneaky = { valueOf: () => ((called = true), 1) }
    expect(() => cs.addWorkingDays('2026-03-04', sneaky as never)).toThrow(TypeError)
    expect(called).toBe(false)
    // 2^31 and beyond are integers outside the fast path's 32-bit check
    expect(() => cs.addWorkingDays('2026-03-04', 2 ** 31)).toThrow(/Invalid n: 2147483648/)
    expect(cs.addWorkingDays('2026-03-04', -0)).toBe('2026-03-04')
  })
})
