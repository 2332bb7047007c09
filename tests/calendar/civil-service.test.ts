import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createWorkCalendar, holidaysOf, vietnamCivilService } from 'hanhchinh/calendar'
import { fromDayNumber, toDayNumber } from 'hanhchinh/core'

describe('vietnamCivilService', () => {
  it('answers exactly like a calendar created with the default options', () => {
    const fresh = createWorkCalendar()
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2018-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber), fc.integer({ min: -90, max: 90 }), (d, n) => {
        expect(vietnamCivilService.isWorkingDay(d)).toBe(fresh.isWorkingDay(d))
        expect(vietnamCivilService.addWorkingDaysDetailed(d, n)).toEqual(fresh.addWorkingDaysDetailed(d, n))
        expect(vietnamCivilService.dayInfo(d)).toEqual(fresh.dayInfo(d))
      }),
    )
    expect(vietnamCivilService.coverage()).toEqual(fresh.coverage())
    expect(vietnamCivilService.officeHours).toEqual(fresh.officeHours)
  })
  it('is frozen', () => {
    expect(Object.isFrozen(vietnamCivilService)).toBe(true)
    expect(() => {
      ;(vietnamCivilService as { isWorkingDay: unknown }).isWorkingDay = () => true
    }).toThrow(TypeError)
  })
  it('holidaysOf(year) is the official calendar’s list', () => {
    expect(holidaysOf(2025)).toEqual(vietnamCivilService.holidaysOf(2025))
    expect(holidaysOf(2025).map((h) => `${h.date}:${h.kind}`)).toEqual([
      '2025-01-01:statutory',
      '2025-01-27:statutory',
      '2025-01-28:statutory',
      '2025-01-29:statutory',
      '2025-01-30:statutory',
      '2025-01-31:statutory',
      '2025-04-07:statutory',
      '2025-04-26:make-up-working-day',
      '2025-04-30:statutory',
      '2025-05-01:statutory',
      '2025-05-02:swapped-off',
      '2025-09-01:statutory',
      '2025-09-02:statutory',
    ])
  })
})
