import { describe, expect, it } from 'vitest'
import { landOfficeTime, officeClosingMs, officeMsBefore, officeOpeningMs, parseOfficeHours, timeAtOfficeMs } from '../../src/calendar/office-hours.js'

const H = 3_600_000
const M = 60_000
// The default office day: 07:30–12:00 and 13:00–16:30 (8 hours).
const office = parseOfficeHours([{ start: '07:30', end: '12:00' }, { start: '13:00', end: '16:30' }])

describe('office-hours arithmetic', () => {
  it('reads the sessions, the opening and the closing', () => {
    expect(office.dailyMs).toBe(8 * H)
    expect(officeOpeningMs(office)).toBe(7 * H + 30 * M)
    expect(officeClosingMs(office)).toBe(16 * H + 30 * M)
    expect(() => parseOfficeHours([{ start: '13:00', end: '12:00' }], 'calendar.officeHours')).toThrow(/calendar\.officeHours\[0\]\.end/)
  })

  it('office time before a time of day, and the time of day an amount runs out', () => {
    expect(officeMsBefore(office, 7 * H)).toBe(0)
    expect(officeMsBefore(office, 12 * H + 30 * M)).toBe(4.5 * H)
    expect(officeMsBefore(office, 14 * H)).toBe(5.5 * H)
    expect(officeMsBefore(office, 20 * H)).toBe(8 * H)
    expect(timeAtOfficeMs(office, 4.5 * H)).toBe(12 * H) // the earliest instant: the end of the morning
    expect(timeAtOfficeMs(office, 5 * H)).toBe(13 * H + 30 * M)
  })

  it('landOfficeTime: where an amount counted from an instant runs out', () => {
    const out = { workingDays: -1, msOfDay: -1 }
    // Friday 15:30 + 4 h on a working day: 1 h left on Friday, 3 h on the next working day → 10:30
    expect(landOfficeTime(office, true, 15 * H + 30 * M, 4 * H, out)).toEqual({ workingDays: 1, msOfDay: 10 * H + 30 * M })
    // exactly the rest of the day: the closing of that same day, not the next opening
    expect(landOfficeTime(office, true, 8 * H + 30 * M, 7 * H, out)).toEqual({ workingDays: 0, msOfDay: 16 * H + 30 * M })
    // a non-working day counts from the next opening: 8 h → the closing of the first working day after
    expect(landOfficeTime(office, false, 10 * H, 8 * H, out)).toEqual({ workingDays: 1, msOfDay: 16 * H + 30 * M })
    // before the opening on a working day: 16 h → the closing of the next working day
    expect(landOfficeTime(office, true, 6 * H, 16 * H, out)).toEqual({ workingDays: 1, msOfDay: 16 * H + 30 * M })
  })
})

describe('parseOfficeHours on hostile input (issue 13)', () => {
  it('a hole in a sparse array of sessions is an error, not a skipped session', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => parseOfficeHours([, { start: '13:00', end: '16:30' }], 'calendar.officeHours')).toThrow(/^Invalid calendar\.officeHours\[0\]: undefined/)
    expect(() => parseOfficeHours([null], 'calendar.officeHours')).toThrow(RangeError)
  })
})
