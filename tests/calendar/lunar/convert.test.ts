/// <reference path="../../../node_modules/date-chinese/types/index.d.ts" />
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CalendarChinese } from 'date-chinese'
import { canChi, fromLunar, leapMonthOf, lunarMonthLength, lunarMonths, lunarNewYear, toLunar } from 'hanhchinh/calendar'
import { addDays, fromDayNumber, toDayNumber } from 'hanhchinh/core'

/** date-chinese (MIT, independent Meeus/VSOP87 implementation) computed at a fixed offset. */
class FixedOffsetCalendar extends CalendarChinese {
  constructor(private readonly hours: number) {
    super()
  }
  override timeshiftUTC(): number {
    return this.hours / 24
  }
}

function iso(g: { year: number; month: number; day: number }): string {
  return `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`
}

function oracleDate(cal: CalendarChinese, gregorianYear: number, month: number, day: number): string {
  // a day inside lunar year `gregorianYear`: [cycle, year, month, leap, day]
  const [cycle, year] = cal.fromGregorian(gregorianYear, 6, 1).get() as [number, number]
  cal.set(cycle, year, month, 0, day)
  return iso(cal.toGregorian(gregorianYear))
}

// Rules digest §4.2 (2000–2035): year, Tết, last day of the old year (29/30), Giỗ Tổ, leap month, Tết at UTC+8.
const TABLE_4_2: [number, string, string, 29 | 30, string, number | undefined, string][] = [
  [2000, 'Canh Thìn', '2000-02-05', 29, '2000-04-14', undefined, '2000-02-05'],
  [2001, 'Tân Tỵ', '2001-01-24', 29, '2001-04-03', 4, '2001-01-24'],
  [2002, 'Nhâm Ngọ', '2002-02-12', 30, '2002-04-22', undefined, '2002-02-12'],
  [2003, 'Quý Mùi', '2003-02-01', 29, '2003-04-11', undefined, '2003-02-01'],
  [2004, 'Giáp Thân', '2004-01-22', 30, '2004-04-28', 2, '2004-01-22'],
  [2005, 'Ất Dậu', '2005-02-09', 30, '2005-04-18', undefined, '2005-02-09'],
  [2006, 'Bính Tuất', '2006-01-29', 29, '2006-04-07', 7, '2006-01-29'],
  [2007, 'Đinh Hợi', '2007-02-17', 29, '2007-04-26', undefined, '2007-02-18'],
  [2008, 'Mậu Tý', '2008-02-07', 30, '2008-04-15', undefined, '2008-02-07'],
  [2009, 'Kỷ Sửu', '2009-01-26', 30, '2009-04-04', 5, '2009-01-26'],
  [2010, 'Canh Dần', '2010-02-14', 30, '2010-04-23', undefined, '2010-02-14'],
  [2011, 'Tân Mão', '2011-02-03', 30, '2011-04-12', undefined, '2011-02-03'],
  [2012, 'Nhâm Thìn', '2012-01-23', 29, '2012-03-31', 4, '2012-01-23'],
  [2013, 'Quý Tỵ', '2013-02-10', 29, '2013-04-19', undefined, '2013-02-10'],
  [2014, 'Giáp Ngọ', '2014-01-31', 30, '2014-04-09', 9, '2014-01-31'],
  [2015, 'Ất Mùi', '2015-02-19', 30, '2015-04-28', undefined, '2015-02-19'],
  [2016, 'Bính Thân', '2016-02-08', 29, '2016-04-16', undefined, '2016-02-08'],
  [2017, 'Đinh Dậu', '2017-01-28', 30, '2017-04-06', 6, '2017-01-28'],
  [2018, 'Mậu Tuất', '2018-02-16', 30, '2018-04-25', undefined, '2018-02-16'],
  [2019, 'Kỷ Hợi', '2019-02-05', 30, '2019-04-14', undefined, '2019-02-05'],
  [2020, 'Canh Tý', '2020-01-25', 30, '2020-04-02', 4, '2020-01-25'],
  [2021, 'Tân Sửu', '2021-02-12', 30, '2021-04-21', undefined, '2021-02-12'],
  [2022, 'Nhâm Dần', '2022-02-01', 29, '2022-04-10', undefined, '2022-02-01'],
  [2023, 'Quý Mão', '2023-01-22', 30, '2023-04-29', 2, '2023-01-22'],
  [2024, 'Giáp Thìn', '2024-02-10', 30, '2024-04-18', undefined, '2024-02-10'],
  [2025, 'Ất Tỵ', '2025-01-29', 29, '2025-04-07', 6, '2025-01-29'],
  [2026, 'Bính Ngọ', '2026-02-17', 29, '2026-04-26', undefined, '2026-02-17'],
  [2027, 'Đinh Mùi', '2027-02-06', 29, '2027-04-16', undefined, '2027-02-06'],
  [2028, 'Mậu Thân', '2028-01-26', 29, '2028-04-04', 5, '2028-01-26'],
  [2029, 'Kỷ Dậu', '2029-02-13', 29, '2029-04-23', undefined, '2029-02-13'],
  [2030, 'Canh Tuất', '2030-02-02', 29, '2030-04-12', undefined, '2030-02-03'],
  [2031, 'Tân Hợi', '2031-01-23', 29, '2031-04-01', 3, '2031-01-23'],
  [2032, 'Nhâm Tý', '2032-02-11', 29, '2032-04-19', undefined, '2032-02-11'],
  [2033, 'Quý Sửu', '2033-01-31', 30, '2033-04-09', 11, '2033-01-31'],
  [2034, 'Giáp Dần', '2034-02-19', 30, '2034-04-28', undefined, '2034-02-19'],
  [2035, 'Ất Mão', '2035-02-08', 30, '2035-04-17', undefined, '2035-02-08'],
]

describe('toLunar / fromLunar', () => {
  it('round-trips every day 1900-01-01..2199-12-31 and advances one lunar day at a time', () => {
    const first = toDayNumber('1900-01-01')
    const last = toDayNumber('2199-12-31')
    let prev = toLunar('1900-01-01')
    expect(fromLunar(prev)).toBe('1900-01-01')
    for (let dn = first + 1; dn <= last; dn++) {
      const date = fromDayNumber(dn)
      const l = toLunar(date)
      if (fromLunar(l) !== date) expect(fromLunar(l)).toBe(date)
      const continues = l.day === prev.day + 1 && l.month === prev.month && l.leap === prev.leap && l.year === prev.year
      const newMonth = l.day === 1 && (prev.day === 29 || prev.day === 30)
      if (!continues && !newMonth) expect({ date, l, prev }).toBe('consecutive lunar days')
      prev = l
    }
  })

  it('matches the rules digest §4.2 table 2000–2035', () => {
    for (const [year, name, tet, lastDay, gioTo, leap, tetChina] of TABLE_4_2) {
      expect(lunarNewYear(year), `${year}`).toBe(tet)
      expect(toLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false })
      expect(toLunar(addDays(tet, -1)), `${year} last day`).toEqual({ year: year - 1, month: 12, day: lastDay, leap: false })
      expect(lunarMonthLength(year - 1, 12)).toBe(lastDay)
      expect(fromLunar({ year, month: 3, day: 10 }), `${year} Giỗ Tổ`).toBe(gioTo)
      expect(leapMonthOf(year), `${year} leap`).toBe(leap)
      expect(canChi(year).vi).toBe(name)
      if (tetChina !== tet) expect([2007, 2030]).toContain(year)
    }
  })

  it('2031 leap month 3 starts 2031-04-21 (digest §4.2); Giỗ Tổ uses the regular month 3', () => {
    const leap3 = lunarMonths(2031).find((m) => m.leap)
    expect(leap3).toMatchObject({ month: 3, start: '2031-04-21' })
    expect(fromLunar({ year: 2031, month: 3, day: 10, leap: true })).toBe('2031-04-30')
  })

  it('agrees with date-chinese at UTC+7 on every Tết and Giỗ Tổ 1900–2199', () => {
    const vn = new FixedOffsetCalendar(7)
    for (let y = 1900; y <= 2199; y++) {
      expect(lunarNewYear(y), `Tết ${y}`).toBe(oracleDate(vn, y, 1, 1))
      expect(fromLunar({ year: y, month: 3, day: 10 }), `Giỗ Tổ ${y}`).toBe(oracleDate(vn, y, 3, 10))
    }
  })

  it('differs from the Chinese calendar (UTC+8) exactly in the documented years', () => {
    const cn = new FixedOffsetCalendar(8)
    const tet: number[] = []
    const gio: number[] = []
    for (let y = 1900; y <= 2199; y++) {
      if (lunarNewYear(y) !== oracleDate(cn, y, 1, 1)) tet.push(y)
      if (fromLunar({ year: y, month: 3, day: 10 }) !== oracleDate(cn, y, 3, 10)) gio.push(y)
    }
    // Digest §4.3 (1968–2100): Tết 1968, 1969, 1985, 2007, 2030, 2053; Giỗ Tổ 1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100.
    expect(tet.filter((y) => y >= 1968 && y <= 2100)).toEqual([1968, 1969, 1985, 2007, 2030, 2053])
    expect(gio.filter((y) => y >= 1968 && y <= 2100)).toEqual([1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100])
    // Outside 1968–2100, as listed in docs/calendar-lunar.md.
    expect(tet.filter((y) => y < 1968 || y > 2100)).toEqual([1903, 1916, 1935, 1965, 2148, 2153, 2175, 2199])
    expect(gio.filter((y) => y < 1968 || y > 2100)).toEqual([1916, 1917, 1939, 2104, 2107, 2123, 2148, 2163, 2167, 2176])
    expect(lunarNewYear(1985)).toBe('1985-01-21')
    expect(oracleDate(cn, 1985, 1, 1)).toBe('1985-02-20')
  })

  it('property: fromLunar(toLunar(d)) === d', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }), (dn) => {
        const d = fromDayNumber(dn)
        expect(fromLunar(toLunar(d))).toBe(d)
      }),
    )
  })

  it('rejects dates and lunar dates outside the range or invalid', () => {
    expect(() => toLunar('1899-12-31')).toThrow(RangeError)
    expect(() => toLunar('2200-01-01')).toThrow(RangeError)
    expect(() => toLunar('2024-02-30')).toThrow(/2024-02-30/)
    expect(() => fromLunar({ year: 2025, month: 12, day: 30 })).toThrow(/has 29 days/)
    expect(() => fromLunar({ year: 2026, month: 6, day: 1, leap: true })).toThrow(/no leap month/)
    expect(() => fromLunar({ year: 2026, month: 13, day: 1 })).toThrow(RangeError)
    expect(() => fromLunar({ year: 2026, month: 1, day: Number.NaN })).toThrow(RangeError)
  })

  it('refuses a misspelt key instead of ignoring it (leep: true would give the regular month)', () => {
    const misspelt = { year: 2025, month: 6, day: 1, leep: true } as unknown as Parameters<typeof fromLunar>[0]
    expect(() => fromLunar(misspelt)).toThrow('Invalid lunarDate.leep: true')
    expect(fromLunar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25')
    expect(fromLunar({ year: 2025, month: 6, day: 1 })).toBe('2025-06-25')
    expect(fromLunar(toLunar('2025-07-25'))).toBe('2025-07-25')
  })
})
