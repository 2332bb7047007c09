import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  addDays, compareIsoDates, dayOfWeek, daysFromCivil, daysInMonth, fromDayNumber, isIsoDate, isoDate, IsoDateSchema,
  toDayNumber, toIsoDate, type IsoDate,
} from 'hanhchinh/core'
import { dayOfWeekOfDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from 'hanhchinh/core'

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

describe('hostile input (issue 13)', () => {
  it('date arithmetic past the years 1–9999 is a RangeError, never "0NaN-NaN-NaN"', () => {
    expect(() => addDays('2024-01-01', 545020998)).toThrow(RangeError)
    expect(() => addDays('2024-01-01', 545020998)).toThrow(/Invalid days: 545020998/)
    expect(() => fromDayNumber(1e9)).toThrow(RangeError)
    expect(() => fromDayNumber(1e9)).toThrow(/Invalid dayNumber: 1000000000/)
    expect(() => fromDayNumber(-1e9)).toThrow(RangeError)
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError)
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError)
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe('0001-01-01')
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe('9999-12-31')
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31')
    expect(isIsoDate('0000-01-01')).toBe(false)
  })

  it('checks the type and range of every number argument', () => {
    const nullProto = Object.create(null) as never
    for (const call of [() => daysFromCivil(nullProto, 1, 1), () => daysFromCivil(2024, '2' as never, 1), () => isoDate(nullProto, 1, 1),
      () => isoDate(2024, Symbol('m') as never, 1), () => dayOfWeekOfDayNumber(nullProto), () => daysInMonth(2024, null as never), () => fromDayNumber('1' as never)]) {
      expect(call).toThrow(TypeError)
      expect(call).toThrow(/^Invalid type for (year|month|day|dayNumber)/)
    }
    expect(() => daysFromCivil(2024, 2, 30)).toThrow(/Invalid day: 30 \(expected a day from 1 to 29\)/)
    expect(() => daysFromCivil(2024, 13, 1)).toThrow(RangeError)
    expect(() => dayOfWeekOfDayNumber(Number.NaN)).toThrow(RangeError)
    expect(() => daysInMonth(2024, 0)).toThrow(RangeError)
    expect(dayOfWeekOfDayNumber(toDayNumber('2026-02-17'))).toBe(2) // Tết Bính Ngọ, a Tuesday
  })
})
