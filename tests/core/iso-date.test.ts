import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  addDays, compareIsoDates, dayOfWeek, daysFromCivil, daysInMonth, fromDayNumber, isIsoDate, isoDate, IsoDateSchema,
  toDayNumber, toIsoDate, type IsoDate,
} from 'hanhchinh/core'

describe('IsoDate', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2024-02-30')).toBe(false)
    expect(isIsoDate('2024-13-01')).toBe(false)
    expect(isIsoDate('2024-00-10')).toBe(false)
    expect(isIsoDate('20/12/2021')).toBe(false)
    expect(isIsoDate('2024-5-4')).toBe(false)
    expect(isIsoDate(20240504)).toBe(false)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2000-02-29')).toBe(true)
  })

  it('throws RangeError naming the argument and the value', () => {
    expect(() => toIsoDate('2024-02-30', 'receivedOn')).toThrow(RangeError)
    expect(() => toIsoDate('2024-02-30', 'receivedOn')).toThrow(/receivedOn.*"2024-02-30"/)
    expect(() => toIsoDate(Number.NaN)).toThrow(TypeError)
    expect(() => toIsoDate(Number.NaN)).toThrow(/NaN/)
    expect(() => isoDate(2024, 2, 30)).toThrow(RangeError)
  })

  it('converts to and from day numbers, independent of the host zone', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(fromDayNumber(toDayNumber('2026-02-17'))).toBe('2026-02-17')
    expect(dayOfWeek('2024-05-04')).toBe(6) // Saturday make-up working day
    expect(dayOfWeek('2026-01-10')).toBe(6)
    expect(dayOfWeek('2024-04-29')).toBe(1)
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(['2026-02-17', '2024-02-10', '2025-01-29'].sort(compareIsoDates)).toEqual(['2024-02-10', '2025-01-29', '2026-02-17'])
  })

  it('round-trips every day number in 1900..2199', () => {
    fc.assert(fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }), (n) => {
      const d = fromDayNumber(n)
      return isIsoDate(d) && toDayNumber(d) === n && dayOfWeek(d) === ((n % 7) + 7 + 4) % 7
    }))
  })

  it('schema validates and brands', () => {
    expect(IsoDateSchema.safeParse('2024-02-30').success).toBe(false)
    const parsed = IsoDateSchema.parse('2024-05-04')
    expectTypeOf(parsed).toEqualTypeOf<IsoDate>()
    expectTypeOf(toIsoDate('2024-05-04')).toEqualTypeOf<IsoDate>()
    // a plain string is not an IsoDate until checked
    expectTypeOf<string>().not.toMatchTypeOf<IsoDate>()
  })
})

describe('daysFromCivil', () => {
  it('equals the day number of every date, including years 0–99', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
      const iso = fromDayNumber(n)
      return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) === n && toDayNumber(iso) === n
    }))
  })
})
