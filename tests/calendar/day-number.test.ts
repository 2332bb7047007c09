import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fromDayNumber, toDayNumber } from 'hanhchinh/core'
import { parseSupportedDate, parseYearDay, safeParseSupportedDate, safeParseYearDay, yearDayKey } from '../../src/calendar/day-number'

describe('day-number readers: parseX / safeParseX pairs', () => {
  it('safeParseSupportedDate returns the day number or a bilingual refusal', () => {
    expect(safeParseSupportedDate('2026-02-17')).toEqual({ ok: true, value: toDayNumber('2026-02-17') })
    expect(safeParseSupportedDate('1900-01-01')).toEqual({ ok: true, value: -25567 })
    const bad = safeParseSupportedDate('2024-02-30')
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.code).toBe('invalid-date')
      expect(bad.reason.vi).toContain('ngày ISO')
      expect(bad.reason.en).toContain('1900-01-01 to 2199-12-31')
    }
    expect(safeParseSupportedDate('2200-01-01')).toMatchObject({ ok: false, code: 'invalid-date' })
    expect(safeParseSupportedDate(20260217)).toMatchObject({ ok: false, code: 'not-text' })
  })
  it('safeParseYearDay returns the year-table key', () => {
    expect(safeParseYearDay('1900-01-01')).toEqual({ ok: true, value: 0 })
    expect(safeParseYearDay('2024-12-31')).toEqual({ ok: true, value: 124 * 512 + 365 })
    expect(safeParseYearDay('2023-12-31')).toEqual({ ok: true, value: 123 * 512 + 364 })
    expect(safeParseYearDay('2024-13-01')).toMatchObject({ ok: false, code: 'invalid-date' })
    expect(safeParseYearDay(null)).toMatchObject({ ok: false, code: 'not-text' })
  })
  it('parseX throws what safeParseX refuses: RangeError for text, TypeError otherwise, naming the argument', () => {
    expect(() => parseSupportedDate('2024-02-30', 'date')).toThrow(RangeError)
    expect(() => parseSupportedDate('2024-02-30', 'date')).toThrow('Invalid date: "2024-02-30" (expected an ISO date YYYY-MM-DD that exists, from 1900-01-01 to 2199-12-31)')
    expect(() => parseYearDay(new Date(0), 'b')).toThrow(TypeError)
    expect(() => parseYearDay(new Date(0), 'b')).toThrow(/^Invalid b: Date\(1970-01-01T00:00:00.000Z\)/)
    try {
      parseYearDay('2024-02-30', 'date')
      expect.unreachable()
    } catch (e) {
      expect((e as Error & { code?: string }).code).toBe('invalid-date')
    }
  })
  it('property: both readers agree with each other and with the core on every day 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }), (dn) => {
        const iso = fromDayNumber(dn)
        expect(parseSupportedDate(iso, 'date')).toBe(dn)
        const key = parseYearDay(iso, 'date')
        expect(key).toBe(yearDayKey(iso))
        expect(key >> 9).toBe(Number(iso.slice(0, 4)) - 1900)
        expect(dn - toDayNumber(`${iso.slice(0, 4)}-01-01`)).toBe(key & 511)
      }),
      { numRuns: 3000 },
    )
  })
  it('property: text that is not a supported date is refused by both', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const a = safeParseSupportedDate(text)
        const b = safeParseYearDay(text)
        expect(a.ok).toBe(b.ok)
        expect(yearDayKey(text) >= 0).toBe(a.ok)
      }),
    )
  })
})
