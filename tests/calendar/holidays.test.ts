import { describe, expect, it } from 'vitest'
import * as root from 'hanhchinh'
import type { IsoDate } from 'hanhchinh/core'
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  compensatoryDays,
  defaultNationalDayAdjacent,
  defaultTetDays,
  holidayNames,
  holidayRegimeAt,
  holidayRegimeOf,
  holidayRegimes,
  holidaysOf,
  hungKingsDay,
  statutoryHolidays,
  vietnamCivilService as cs,
} from 'hanhchinh/calendar'

describe('statutory regimes', () => {
  it('Labour Code 2012 Art 115 until 2020 (10 days), Labour Code 2019 Art 112 from 2021 (11 days)', () => {
    expect(holidayRegimeOf(2020)).toMatchObject({ id: 'labour-code-2012', basis: { instrument: '10/2012/QH13', article: '115' } })
    expect(holidayRegimeOf(2021)).toMatchObject({ id: 'labour-code-2019', basis: { instrument: '45/2019/QH14', article: '112' } })
    expect(statutoryHolidays(2020)).toHaveLength(10)
    expect(statutoryHolidays(2021)).toHaveLength(11)
  })
  it('Labour Code 1994 as amended (Art 73, Tết 4 days) up to 30/04/2013: each holiday under the regime of its own date', () => {
    // the regimes are dated data that tile the range without gaps
    expect(holidayRegimes.map((r) => [r.id, r.from, r.to])).toEqual([
      ['labour-code-1994', '1900-01-01', '2013-04-30'],
      ['labour-code-2012', '2013-05-01', '2020-12-31'],
      ['labour-code-2019', '2021-01-01', undefined],
    ])
    expect(holidayRegimeAt('2013-04-30')).toMatchObject({ id: 'labour-code-1994', tetDays: 4, nationalDayDays: 1, basis: { instrument: '35-L/CTN', article: '73' } })
    expect(holidayRegimeAt('2013-05-01').id).toBe('labour-code-2012')
    expect(holidayRegimeAt('2020-12-31').id).toBe('labour-code-2012')
    expect(holidayRegimeAt('2021-01-01').id).toBe('labour-code-2019')
    expect(() => holidayRegimeAt('2013-02-29')).toThrow(/Invalid date: "2013-02-29"/)
    expect(() => holidayRegimeAt('2200-01-01')).toThrow(RangeError)
    // the Tết of 2013 (10/02/2013) came before the 2012 code: 4 days; 2014 has 5
    expect(holidayRegimeOf(2013).id).toBe('labour-code-1994')
    expect(holidayRegimeOf(2014).id).toBe('labour-code-2012')
    expect(defaultTetDays(2013)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12'])
    expect(defaultTetDays(2013, 0)).toEqual(['2013-02-10', '2013-02-11', '2013-02-12', '2013-02-13'])
    expect(() => defaultTetDays(2013, 5)).toThrow(/Invalid daysBefore: 5 \(expected an integer from 0 to 4/)
    expect(defaultTetDays(2014)).toHaveLength(5)
    const h2013 = statutoryHolidays(2013)
    expect(h2013).toHaveLength(9)
    expect(h2013.map((h) => `${h.date} ${h.basis.instrument}`)).toEqual([
      '2013-01-01 35-L/CTN',
      '2013-02-09 35-L/CTN',
      '2013-02-10 35-L/CTN',
      '2013-02-11 35-L/CTN',
      '2013-02-12 35-L/CTN',
      '2013-04-19 35-L/CTN',
      '2013-04-30 35-L/CTN',
      '2013-05-01 10/2012/QH13',
      '2013-09-02 10/2012/QH13',
    ])
    // a regime named in the options governs the whole year: 5 Tết days under the 2012 code
    expect(statutoryHolidays(2013, { regime: 'labour-code-2012' }).filter((h) => h.occasion === 'tet-am-lich')).toHaveLength(5)
    expect(() => statutoryHolidays(2013, { tetDays: ['2013-02-08', '2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12'] })).toThrow(/expected 4 dates \(Labour Code 1994/)
    // compensatory days carry the basis of the regime of the holiday they compensate
    expect(compensatoryDays(h2013).map((h) => `${h.date} ${h.basis.instrument}`)).toEqual(['2013-02-13 35-L/CTN', '2013-02-14 35-L/CTN'])
  })
  it('the second Quốc khánh day exists from 2021', () => {
    const qk = (y: number): string[] => holidaysOf(y).filter((h) => h.occasion === 'quoc-khanh' && h.kind === 'statutory').map((h) => h.date)
    expect(qk(2020)).toEqual(['2020-09-02'])
    expect(qk(2021)).toEqual(['2021-09-02', '2021-09-03'])
    expect(qk(2024)).toEqual(['2024-09-02', '2024-09-03'])
    expect(holidaysOf(2021).find((h) => h.date === '2021-09-03')?.basis).toMatchObject({ instrument: '45/2019/QH14', article: '112' })
  })
  it('compensatory days cite Art 111(3) from 2021 and Art 115(3) before', () => {
    expect(holidaysOf(2020).find((h) => h.date === '2020-01-28')).toMatchObject({ kind: 'compensatory', occasion: 'tet-am-lich', basis: { article: '115', clause: '3' } })
    expect(holidaysOf(2026).find((h) => h.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      occasion: 'gio-to-hung-vuong',
      basis: { instrument: '45/2019/QH14', article: '111', clause: '3' },
      name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)' },
    })
  })
})

describe('default rules for years without a schedule', () => {
  it('derive Tết, Giỗ Tổ and compensatory days and flag them provisional', () => {
    // Tết 2027 = Saturday 06/02 → default days 04–08/02, 06 and 07 on the weekend → nghỉ bù 09, 10/02.
    expect(defaultTetDays(2027)).toEqual(['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'])
    const h2027 = holidaysOf(2027)
    expect(h2027.every((h) => h.provisional)).toBe(true)
    expect(h2027.filter((h) => h.kind === 'compensatory' && h.occasion === 'tet-am-lich').map((h) => h.date)).toEqual(['2027-02-09', '2027-02-10'])
    expect(cs.dayInfo('2027-02-10')).toMatchObject({ working: false, kind: 'compensatory', provisional: true })
    expect(holidaysOf(2026).some((h) => h.provisional)).toBe(false)
    expect(hungKingsDay(2027)).toBe('2027-04-16')
    expect(defaultNationalDayAdjacent(2027)).toBe('2027-09-03')
  })
  it('compensatory days cascade past holidays and other compensatory days', () => {
    // 2023: Giỗ Tổ Sat 29/04, 30/04 Sun, 01/05 Mon → Tue 02/05 and Wed 03/05.
    const c = compensatoryDays(statutoryHolidays(2023, { tetDays: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'], nationalDayAdjacent: '2023-09-01' }))
    expect(c.filter((h) => h.date.startsWith('2023-05')).map((h) => h.date)).toEqual(['2023-05-02', '2023-05-03'])
  })
  it('Giỗ Tổ on 30/04 (1947) keeps both holidays and gives no extra day', () => {
    const h1947 = statutoryHolidays(1947).filter((h) => h.date === '1947-04-30')
    expect(h1947.map((h) => h.occasion).sort()).toEqual(['gio-to-hung-vuong', 'ngay-chien-thang'])
  })
  it('an invalid adjacent day or year is rejected', () => {
    expect(() => statutoryHolidays(2024, { nationalDayAdjacent: '2024-09-04' })).toThrow(RangeError)
    expect(() => holidaysOf(1899)).toThrow(/Invalid year: 1899/)
    expect(() => holidaysOf(2024.5)).toThrow(RangeError)
  })
  it('statutoryHolidays and compensatoryDays name the bad argument instead of answering wrongly', () => {
    const tet2024 = ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12']
    // a Tết day or Giỗ Tổ of another year (a copy-paste slip) is refused, not silently listed under 2024
    expect(() => statutoryHolidays(2024, { tetDays: ['2023-02-08', ...tet2024.slice(1)] })).toThrow('Invalid options.tetDays[0]: "2023-02-08" (expected a date in 2024)')
    expect(() => statutoryHolidays(2024, { hungKings: '2025-04-18' })).toThrow('Invalid options.hungKings: "2025-04-18"')
    expect(() => statutoryHolidays(2024, null as never)).toThrow(TypeError)
    expect(() => statutoryHolidays(2024, { regime: 'labour-code-1995' as never })).toThrow('Invalid options.regime: "labour-code-1995"')
    // options are read by core readOptions: a misspelt name is refused, naming it and the valid names
    expect(() => statutoryHolidays(2024, { tetDay: tet2024 } as never)).toThrow('Unknown option "tetDay" of statutoryHolidays (did you mean "tetDays"?')
    // options the regime or the other options make useless are refused, not ignored
    expect(() => statutoryHolidays(2020, { nationalDayAdjacent: '2020-09-01' })).toThrow('Option "nationalDayAdjacent" of statutoryHolidays is used only with a regime with a Quốc khánh adjacent day (Labour Code 2012 has 1)')
    expect(() => statutoryHolidays(2024, { regime: 'labour-code-2012', nationalDayAdjacentBasis: [{ instrument: 'x' }] })).toThrow(/nationalDayAdjacentBasis/)
    expect(() => statutoryHolidays(2024, { tetDays: tet2024, tetDaysBefore: 1 })).toThrow('Option "tetDaysBefore" of statutoryHolidays is used only with no options.tetDays')
    expect(statutoryHolidays(2026, { tetDaysBefore: 1 }).filter((h) => h.occasion === 'tet-am-lich')[0]!.date).toBe('2026-02-16')
    expect(statutoryHolidays(2021, { nationalDayAdjacent: '2021-09-03' }).filter((h) => h.occasion === 'quoc-khanh').map((h) => h.date)).toEqual(['2021-09-02', '2021-09-03'])
    const h2023 = statutoryHolidays(2023, { tetDays: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'], nationalDayAdjacent: '2023-09-01' })
    // weekday 7 does not exist: it would have given no compensatory day at all
    expect(() => compensatoryDays(h2023, [7])).toThrow('Invalid weekend[0]: 7')
    expect(() => compensatoryDays(h2023, '06' as never)).toThrow(TypeError)
    expect(() => compensatoryDays(h2023, [0, 6], ['2023-02-30'])).toThrow('Invalid otherDaysOff[0]: "2023-02-30"')
    expect(() => compensatoryDays('2023' as never)).toThrow('Invalid type for holidays: "2023"')
    // Sunday-only rest: 01/01, 22/01 (Tết) and 30/04 fall on Sunday; 01/05 is itself a holiday
    expect(compensatoryDays(h2023, [0]).map((h) => h.date)).toEqual(['2023-01-02', '2023-01-25', '2023-05-02'])
  })
  it('the supported range is exported under calendar-specific names (the root entry re-exports it)', () => {
    expect([CALENDAR_MIN_YEAR, CALENDAR_MAX_YEAR]).toEqual([1900, 2199])
    expect(holidaysOf(CALENDAR_MIN_YEAR)[0]?.date).toBe('1900-01-01')
    expect(holidaysOf(CALENDAR_MAX_YEAR).at(-1)?.date).toBe('2199-09-03')
    expect(() => holidaysOf(CALENDAR_MAX_YEAR + 1)).toThrow(/Invalid year: 2200/)
    expect(root.CALENDAR_MIN_YEAR).toBe(1900)
    expect('MIN_YEAR' in root || 'MAX_YEAR' in root).toBe(false)
  })
})

describe('holidaysOf', () => {
  it('lists bilingual, sorted entries of the year', () => {
    for (let y = 2020; y <= 2030; y++) {
      const list = holidaysOf(y)
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort())
      for (const h of list) {
        expect(h.date.startsWith(`${y}-`)).toBe(true)
        expect(h.name.vi.length > 0 && h.name.en.length > 0).toBe(true)
        expect(h.bases[0]).toEqual(h.basis)
      }
    }
    expect(holidayNames['quoc-khanh']).toEqual({ vi: 'Quốc khánh', en: 'National Day' })
  })
  it('returns copies: mutating the result does not change the calendar', () => {
    const list = holidaysOf(2024)
    list.length = 0
    expect(holidaysOf(2024).length).toBeGreaterThan(10)
  })
})

describe('compensatoryDays — hostile input', () => {
  const holidays2023 = statutoryHolidays(2023, { tetDays: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'], nationalDayAdjacent: '2023-09-01' })
  it('names holes and wrong shapes instead of skipping them or reading null', () => {
    expect(() => compensatoryDays([, ...holidays2023] as never)).toThrow(/^Invalid type for holidays\[0\]: undefined/)
    expect(() => compensatoryDays([null] as never)).toThrow(/holidays\[0\]: null/)
    expect(() => compensatoryDays([{ kind: 'statutory', date: '2023-04-29' }] as never)).toThrow(/holidays\[0\]\.name/)
    expect(() => compensatoryDays([{ ...holidays2023[0]!, date: '0001-01-06' as IsoDate }])).toThrow(/Invalid holidays\[0\]\.date: "0001-01-06"/)
    expect(() => compensatoryDays(holidays2023, [, 6] as never)).toThrow(/weekend\[0\]: undefined/)
    expect(() => compensatoryDays(holidays2023, [0, 6], [, '2023-05-02'] as never)).toThrow(/otherDaysOff\[0\]: undefined/)
  })
  it('gives a TypeError for a year that is not a number', () => {
    expect(() => statutoryHolidays('2024' as never)).toThrow(TypeError)
    expect(() => holidayRegimeOf({} as never)).toThrow(/^Invalid type for year: \{\}/)
    expect(() => holidayRegimeOf(1e9)).toThrow(RangeError)
  })
})
