import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayNumbersOf } from '../../src/calendar/day-numbers.js'
import { createWorkCalendar, vietnamCivilService } from '../../src/calendar/index.js'
import { fromDayNumber, toDayNumber } from '../../src/core/iso-date.js'
import { outcome } from '../support/outcome.js'

// The day-number side of the calendars this library builds (read by the deadline engine of
// hanhchinh/dossiers) must answer exactly as their public methods, and belong to those very
// objects only.
describe('dayNumbersOf', () => {
  const province = createWorkCalendar({ extraWorkingDays: ['2024-05-11'], extraDaysOff: ['2024-01-02'] })

  it('belongs to the calendars this library built, and to no copy of them', () => {
    expect(dayNumbersOf(vietnamCivilService)).toBeDefined()
    expect(dayNumbersOf(province)).toBeDefined()
    expect(dayNumbersOf({ ...vietnamCivilService })).toBeUndefined()
    expect(dayNumbersOf(Object.create(vietnamCivilService) as object)).toBeUndefined()
    expect(dayNumbersOf(new Proxy(vietnamCivilService, {}))).toBeUndefined()
  })

  it('Tết Ất Tỵ: 28/01–02/02/2025 off, so the working day after 24/01/2025 is 03/02/2025', () => {
    const n = dayNumbersOf(vietnamCivilService)!
    expect(n.isWorking(toDayNumber('2025-01-28'))).toBe(false)
    expect(fromDayNumber(n.add(toDayNumber('2025-01-24'), 1))).toBe('2025-02-03')
    expect(n.provisionalBetween(toDayNumber('2025-01-24'), toDayNumber('2025-02-03'))).toBe(false)
    expect(n.provisionalBetween(toDayNumber('2026-12-31'), toDayNumber('2027-01-04'))).toBe(true) // 2027 has no schedule yet
    expect(n.provisionalBetween(toDayNumber('2016-03-01'), toDayNumber('2016-03-01'))).toBe(true) // 2016 unconfirmed
  })

  it('answers as the public methods on every day and count, errors included', () => {
    for (const calendar of [vietnamCivilService, province]) {
      const n = dayNumbersOf(calendar)!
      fc.assert(
        fc.property(fc.integer({ min: n.first, max: n.last }), fc.integer({ min: -400, max: 400 }), (dn, k) => {
          const iso = fromDayNumber(dn)
          expect(n.isWorking(dn)).toBe(calendar.isWorkingDay(iso))
          const detailed = outcome(() => calendar.addWorkingDaysDetailed(iso, k))
          const ours = outcome(() => n.add(dn, k))
          if (typeof ours === 'number') {
            const d = detailed as { date: string; provisional: boolean }
            expect(fromDayNumber(ours)).toBe(d.date)
            expect(n.provisionalBetween(dn, ours)).toBe(d.provisional)
          } else expect(ours).toEqual(detailed)
        }),
        { numRuns: 2000 },
      )
    }
  })
})
