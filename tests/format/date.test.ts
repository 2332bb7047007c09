import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromDayNumber, toDayNumber } from 'hanhchinh/core'
import {
  formatVnDate, formatVnDateTime, parseVnDate, parseVnDateTime, safeParseVnDate, safeParseVnDateTime,
} from 'hanhchinh/format'
import { MAX_DATE_TEXT, parseVnDateTime as parseDateTimeForTiming, safeParseVnDate as safeDate, safeParseVnDateTime as safeDateTime } from 'hanhchinh/format'

describe('parseVnDate', () => {
  it('reads the forms exports use', () => {
    expect(parseVnDate('20/12/2021')).toBe('2021-12-20')
    expect(parseVnDate('20-12-2021')).toBe('2021-12-20')
    expect(parseVnDate('20.12.2021')).toBe('2021-12-20')
    expect(parseVnDate('5-1-2020')).toBe('2020-01-05')
    expect(parseVnDate('05/01/2020')).toBe('2020-01-05')
    expect(parseVnDate('ngày 05 tháng 01 năm 2020')).toBe('2020-01-05')
    expect(parseVnDate('Ngày 20 tháng 12 năm 2021')).toBe('2021-12-20')
    expect(parseVnDate('ngay 20 thang 12 nam 2021')).toBe('2021-12-20')
    expect(parseVnDate('nga\u0300y 20 tha\u0301ng 12 na\u0306m 2021')).toBe('2021-12-20') // NFD
    expect(parseVnDate('2021-12-20')).toBe('2021-12-20')
    expect(parseVnDate('29/02/2024')).toBe('2024-02-29')
  })
  it('refuses impossible and ambiguous dates', () => {
    for (const bad of ['30/02/2024', '29/02/2023', '31/04/2021', '00/01/2021', '12/13/2021', '20/12/21', '20/12/202', '2021/12/20',
      '20/12-2021', 'abc', '', '2021-2-3', '2021-12-20T00:00:00', '20/12/2021 10:00', 'ngày 30 tháng 2 năm 2024']) {
      expect(safeParseVnDate(bad).ok, bad).toBe(false)
      expect(() => parseVnDate(bad), bad).toThrow(RangeError)
    }
    const r = safeParseVnDate('20/12/21')
    expect(!r.ok && r.reason.en).toContain('4 digits')
    // the "no date" stand-in of .NET exports (DateTime.MinValue) is not read as 1 January of year 1
    for (const placeholder of ['01/01/0001', '0001-01-01', '1/1/0000', 'ngày 01 tháng 01 năm 0001']) {
      const p = safeParseVnDate(placeholder)
      expect(p.ok, placeholder).toBe(false)
      expect(!p.ok && p.reason.vi, placeholder).toContain('không phải là năm thật')
    }
    expect(parseVnDate('01/01/1000')).toBe('1000-01-01')
    expect(parseVnDate('02/09/1945')).toBe('1945-09-02')
  })
  it('round-trips through formatVnDate in both styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1000-01-01'), max: 2_900_000 }), (n) => {
        const iso = fromDayNumber(n)
        expect(parseVnDate(formatVnDate(iso))).toBe(iso)
        expect(parseVnDate(formatVnDate(iso, { style: 'long' }))).toBe(iso)
      }),
    )
  })
})

describe('formatVnDate', () => {
  it('follows the official long form (leading zero for days < 10 and months 1–2)', () => {
    expect(formatVnDate('2021-12-20')).toBe('20/12/2021')
    expect(formatVnDate('2020-01-05', { style: 'long' })).toBe('ngày 05 tháng 01 năm 2020')
    expect(formatVnDate('2020-02-15', { style: 'long' })).toBe('ngày 15 tháng 02 năm 2020')
    expect(formatVnDate('2021-03-09', { style: 'long' })).toBe('ngày 09 tháng 3 năm 2021')
    expect(() => formatVnDate('2024-02-30')).toThrow(RangeError)
    expect(() => formatVnDate('2021-12-20', { stlye: 'long' } as never)).toThrow(/Unknown option "stlye" of formatVnDate \(did you mean "style"\?/)
    expect(() => formatVnDate('2021-12-20', { style: 'full' } as never)).toThrow('Invalid options.style: "full"')
  })
  it('its parseX and safeParseX agree: the throw carries the safe reader\'s reason', () => {
    const r = safeParseVnDate('30/02/2024')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(() => parseVnDate('30/02/2024')).toThrow(`Invalid date: "30/02/2024" (${r.reason.en})`)
    expect(() => parseVnDate(20211220 as never)).toThrow(TypeError)
    expect(() => parseVnDateTime('20/12/2021')).toThrow('Invalid dateTime: "20/12/2021" ("20/12/2021" has a date but no time of day)')
  })
})

describe('parseVnDateTime', () => {
  it('reads Vietnam wall-clock time and writes +07:00', () => {
    expect(parseVnDateTime('20/12/2021 15:30')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('20/12/2021 15:30:45')).toBe('2021-12-20T15:30:45+07:00')
    expect(parseVnDateTime('20/12/2021, 7:05')).toBe('2021-12-20T07:05:00+07:00')
    expect(parseVnDateTime('20/12/2021 lúc 15h30')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('15:30 20/12/2021')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('15 giờ 30 phút, ngày 20 tháng 12 năm 2021')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('2021-12-20 15:30')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('2021-12-20T15:30:00')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseVnDateTime('2021-12-20T20:00:00Z')).toBe('2021-12-21T03:00:00+07:00')
    expect(parseVnDateTime('2021-12-20T15:30:00+07:00')).toBe('2021-12-20T15:30:00+07:00')
  })
  it('refuses what it cannot read exactly', () => {
    for (const bad of ['20/12/2021', '30/02/2024 10:00', '20/12/2021 24:00', '20/12/2021 10:60', '20/12/21 10:00', 'abc', '', '2021-12-20T25:00:00Z', '2021-12-20T15:30:00+25:00', '2021-12-20T15:30:00+07:60', '2021-12-20T15:30:00-1500']) {
      expect(safeParseVnDateTime(bad).ok, bad).toBe(false)
    }
    const r = safeParseVnDateTime('20/12/2021')
    expect(!r.ok && r.reason.en).toContain('no time of day')
    const offset = safeParseVnDateTime('2021-12-20T15:30:00+25:00')
    expect(!offset.ok && offset.reason.en).toContain('offset +25:00')
    for (const placeholder of ['0001-01-01T00:00:00Z', '01/01/0001 00:00', '0001-01-01 00:00']) {
      const p = safeParseVnDateTime(placeholder)
      expect(!p.ok && p.reason.en, placeholder).toContain('not a real year')
    }
    // real extreme offsets are still read: Kiribati +14:00, Baker Island -12:00
    expect(safeParseVnDateTime('2021-12-21T05:30:00+14:00')).toEqual({ ok: true, value: '2021-12-20T22:30:00+07:00' })
    expect(safeParseVnDateTime('2021-12-20T03:30:00-12:00')).toEqual({ ok: true, value: '2021-12-20T22:30:00+07:00' })
  })
  it('round-trips through formatVnDateTime to the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 4_000_000_000 }), (s) => {
        const iso = new Date(s * 1000).toISOString()
        const text = formatVnDateTime(iso)
        expect(Date.parse(parseVnDateTime(text))).toBe(s * 1000)
      }),
    )
  })
})

describe('dates on hostile input (issue 13)', () => {
  it('reads a date-time in time linear in the text (no quadratic regex)', () => {
    const t0 = performance.now()
    expect(() => parseDateTimeForTiming(','.repeat(32_000))).toThrow(RangeError)
    expect(safeDateTime(','.repeat(200)).ok).toBe(false)
    expect(safeDateTime('01/01/2024' + ','.repeat(240)).ok).toBe(false)
    expect(safeDateTime('1 '.repeat(120) + 'x').ok).toBe(false)
    expect(performance.now() - t0).toBeLessThan(500)
  })

  it('refuses a text past MAX_DATE_TEXT at once, naming the limit', () => {
    const cell = '20/12/2021 '.repeat(100_000)
    const t0 = performance.now()
    const r = safeDate(cell)
    expect(performance.now() - t0).toBeLessThan(50)
    expect(r.ok ? '' : r.reason.en).toBe(`the text has ${cell.length} characters: a date or date-time is at most ${MAX_DATE_TEXT}`)
    expect(safeDateTime(cell).ok).toBe(false)
  })

  it('still reads every documented form after the rewrite', () => {
    expect(parseDateTimeForTiming('20/12/2021, 15:30')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseDateTimeForTiming('ngày 20 tháng 12 năm 2021 lúc 15 giờ 30 phút')).toBe('2021-12-20T15:30:00+07:00')
    expect(parseDateTimeForTiming('20/12/2021 vào 8h05')).toBe('2021-12-20T08:05:00+07:00')
    expect(parseDateTimeForTiming('15:30:45, ngày 20/12/2021')).toBe('2021-12-20T15:30:45+07:00')
    expect(parseDateTimeForTiming('15 giờ 30 phút 45 giây, ngày 20 tháng 12 năm 2021')).toBe('2021-12-20T15:30:45+07:00')
    expect(safeDateTime('15:30').ok).toBe(false)
  })
})
