import { describe, expect, expectTypeOf, it } from 'vitest'
import fc from 'fast-check'
import { announcedSchedules, createWorkCalendar, holidaysOf, vietnamCivilService as cs, type DayInfo, type DetailedDate, type Holiday, type WorkCalendar } from 'hanhchinh/calendar'
import { addDays, toDayNumber, fromDayNumber, type IsoDate, type Label, type LegalBasis } from 'hanhchinh/core'
import { readCalendarOptions } from '../../src/calendar/calendar-options.js'
import { createOfficeTime } from '../../src/calendar/office-time.js'
import { createWorkingDayArithmetic } from '../../src/calendar/working-days.js'
import { createYearTables } from '../../src/calendar/year-tables.js'

describe('vietnamCivilService: announced schedules (issue 2 checks)', () => {
  it('2024: 29/04 is off, Saturday 04/05 works (CV 2450/VPCP-KGVX)', () => {
    expect(cs.isWorkingDay('2024-04-29')).toBe(false)
    expect(cs.isWorkingDay('2024-05-04')).toBe(true)
    expect(cs.dayInfo('2024-05-04')).toMatchObject({ kind: 'make-up-working-day', basis: { instrument: 'CV 2450/VPCP-KGVX' } })
    expect(cs.dayInfo('2024-04-29')).toMatchObject({ working: false, kind: 'swapped-off' })
  })
  it('2026: 02/01 off, Saturday 10/01 works (CV 12729/VPCP-KGVX)', () => {
    expect(cs.isWorkingDay('2026-01-02')).toBe(false)
    expect(cs.isWorkingDay('2026-01-10')).toBe(true)
    expect(cs.dayInfo('2026-01-10').basis?.instrument).toBe('CV 12729/VPCP-KGVX')
  })
  it('Tết 2026 is off 14/02–22/02, 13/02 and 23/02 work', () => {
    for (let d = toDayNumber('2026-02-14'); d <= toDayNumber('2026-02-22'); d++) expect(cs.isWorkingDay(fromDayNumber(d))).toBe(false)
    expect(cs.isWorkingDay('2026-02-13')).toBe(true)
    expect(cs.isWorkingDay('2026-02-23')).toBe(true)
  })
  it('Quốc khánh 2026: 29/08–02/09 off, Saturday 22/08/2026 works', () => {
    for (const d of ['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02']) expect(cs.isWorkingDay(d)).toBe(false)
    expect(cs.isWorkingDay('2026-08-22')).toBe(true)
    expect(cs.isWorkingDay('2026-09-03')).toBe(true)
  })
  it('2025: 30/04–04/05 off, Saturday 26/04 works; Tết 25/01–02/02', () => {
    for (const d of ['2025-04-30', '2025-05-01', '2025-05-02']) expect(cs.isWorkingDay(d)).toBe(false)
    expect(cs.isWorkingDay('2025-04-26')).toBe(true)
    expect(cs.isWorkingDay('2025-01-24')).toBe(true)
    expect(cs.isWorkingDay('2025-02-03')).toBe(true)
    expect(cs.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1)
  })
  it('2023: compensatory days 02/01, 25–26/01, 02–03/05, 04/09 (Art 111(3))', () => {
    const comp = holidaysOf(2023).filter((h) => h.kind === 'compensatory').map((h) => h.date)
    expect(comp).toEqual(['2023-01-02', '2023-01-25', '2023-01-26', '2023-05-02', '2023-05-03', '2023-09-04'])
    expect(cs.isWorkingDay('2023-05-04')).toBe(true)
  })
})

describe('arithmetic conventions', () => {
  it('addWorkingDays: strictly after / before, 0 is the date itself', () => {
    expect(cs.addWorkingDays('2024-04-26', 1)).toBe('2024-05-02')
    expect(cs.addWorkingDays('2024-05-02', -1)).toBe('2024-04-26')
    expect(cs.addWorkingDays('2024-04-28', 0)).toBe('2024-04-28')
    expect(cs.addWorkingDays('2024-04-27', -1)).toBe('2024-04-26')
    expect(cs.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04')
    expect(cs.nextWorkingDay('2024-04-26')).toBe('2024-05-02')
    expect(cs.previousWorkingDay('2024-05-02')).toBe('2024-04-26')
  })
  it('workingDaysBetween: (a, b] forward, -[b, a) backward', () => {
    expect(cs.workingDaysBetween('2024-04-26', '2024-05-06')).toBe(4) // 02, 03, 04 (Sat make-up), 06
    expect(cs.workingDaysBetween('2024-05-06', '2024-04-26')).toBe(-4)
    expect(cs.workingDaysBetween('2024-05-06', '2024-05-06')).toBe(0)
    expect(cs.workingDaysBetween('2023-12-29', '2024-01-02')).toBe(1)
  })
  it('crosses years', () => {
    expect(cs.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05')
    expect(cs.addWorkingDays('2026-01-05', -1)).toBe('2025-12-31')
    expect(cs.workingDaysBetween('2020-01-01', '2026-12-31')).toBe(
      [2020, 2021, 2022, 2023, 2024, 2025, 2026].reduce((s, y) => s + cs.workingDaysBetween(`${y - 1}-12-31`, `${y}-12-31`), 0) -
        (cs.isWorkingDay('2020-01-01') ? 1 : 0),
    )
  })
  it('property: workingDaysBetween(d, addWorkingDays(d, n)) === n for n in [-400, 400]', () => {
    const day = fc.integer({ min: toDayNumber('1902-01-01'), max: toDayNumber('2197-12-31') })
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (dn, n) => {
        const d = fromDayNumber(dn)
        const r = cs.addWorkingDays(d, n)
        expect(cs.workingDaysBetween(d, r)).toBe(n)
        if (n !== 0) expect(cs.isWorkingDay(r)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
  it('property: agrees with a naive day-by-day count', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2028-12-31') }), fc.integer({ min: 0, max: 40 }), (dn, len) => {
        const a = fromDayNumber(dn)
        const b = addDays(a, len)
        let naive = 0
        for (let i = 1; i <= len; i++) if (cs.isWorkingDay(addDays(a, i))) naive++
        expect(cs.workingDaysBetween(a, b)).toBe(naive)
        expect(cs.workingDaysBetween(b, a)).toBe(0 - (naive + (cs.isWorkingDay(a) ? 1 : 0) - (cs.isWorkingDay(b) ? 1 : 0)))
      }),
    )
  })
})

describe('more properties', () => {
  const anyDay = fc.integer({ min: toDayNumber('1901-06-01'), max: toDayNumber('2198-06-30') }).map(fromDayNumber)
  it('nextWorkingDay / previousWorkingDay are the nearest working days strictly after / before', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const next = cs.nextWorkingDay(d)
        const prev = cs.previousWorkingDay(d)
        expect(next > d && prev < d).toBe(true)
        expect(cs.isWorkingDay(next) && cs.isWorkingDay(prev)).toBe(true)
        expect(cs.workingDaysBetween(d, addDays(next, -1))).toBe(0)
        expect(cs.workingDaysBetween(prev, d)).toBe(cs.isWorkingDay(d) ? 1 : 0)
        expect(cs.previousWorkingDay(next)).toBe(cs.isWorkingDay(d) ? d : prev)
        expect(cs.nextWorkingDay(prev)).toBe(cs.isWorkingDay(d) ? d : next)
      }),
      { numRuns: 2000 },
    )
  })
  it('addWorkingDays composes: (d + a) + b === d + (a + b) for a, b of the same sign', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }), fc.boolean(), (d, a, b, back) => {
        const s = back ? -1 : 1
        expect(cs.addWorkingDays(cs.addWorkingDays(d, s * a), s * b)).toBe(cs.addWorkingDays(d, s * (a + b)))
      }),
    )
  })
  it('provisional exactly when a touched year is outside the confirmed 2019–2026', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2029-12-31') }).map(fromDayNumber), fc.integer({ min: -400, max: 400 }), (d, n) => {
        const r = cs.addWorkingDaysDetailed(d, n)
        const lo = Math.min(Number(d.slice(0, 4)), Number(r.date.slice(0, 4)))
        const hi = Math.max(Number(d.slice(0, 4)), Number(r.date.slice(0, 4)))
        const expected = lo < 2019 || hi > 2026
        expect(r.provisional).toBe(expected)
        expect(r.reasons.length > 0).toBe(expected)
        expect(r.date).toBe(cs.addWorkingDays(d, n))
        const c = cs.workingDaysBetweenDetailed(d, r.date)
        expect(c).toEqual({ days: n, provisional: expected, reasons: r.reasons })
        // a swapped day is settled by its own schedule: 31/12/2018 by the confirmed 2019 one
        expect(cs.dayInfo(d).provisional).toBe(d === '2018-12-31' ? false : cs.isProvisional(Number(d.slice(0, 4))))
      }),
    )
  })
})

describe('provisional years', () => {
  it('flags years without an announced schedule', () => {
    expect(cs.isProvisional(2024)).toBe(false)
    expect(cs.isProvisional(2027)).toBe(true)
    expect(cs.addWorkingDaysDetailed('2024-04-26', 1)).toEqual({ date: '2024-05-02', provisional: false, reasons: [] })
    const d = cs.addWorkingDaysDetailed('2026-12-30', 3)
    expect(d.provisional).toBe(true)
    expect(d.reasons).toEqual([
      {
        vi: '2027: chưa có lịch nghỉ được công bố cho cán bộ, công chức, viên chức; tính theo quy định của Bộ luật Lao động 2019, với ngày nghỉ Tết và ngày liền kề Quốc khánh mặc định, không hoán đổi ngày làm việc',
        en: '2027: no announced civil-service schedule; computed from the statutory rules (Labour Code 2019) with the default Tết and Quốc khánh choices and no day swaps',
      },
    ])
    expect(cs.workingDaysBetweenDetailed('2026-01-01', '2026-12-31').provisional).toBe(false)
  })
  it('reasons are bilingual, one per run of years, naming every Labour Code the run touches', () => {
    const d = cs.workingDaysBetweenDetailed('2012-06-01', '2028-06-01')
    expect(d.reasons.map((r) => r.en.split(/; |: The /)[0])).toEqual([
      '2012: no announced civil-service schedule',
      '2014: the schedule in use is unconfirmed',
      '2015: the schedule in use is unconfirmed',
      '2016: the schedule in use is unconfirmed',
      '2017: the schedule in use is unconfirmed',
      '2018: the schedule in use is unconfirmed',
      '2027–2028: no announced civil-service schedule',
    ])
    expect(d.reasons[0]!.vi).toContain('Bộ luật Lao động 1994 (sửa đổi 2002, 2007)')
    expect(d.reasons[1]!.en).toContain('CV 10525/VPCP-KGVX')
    expect(d.reasons[6]!.en).toContain('(Labour Code 2019)')
    const spanning = createWorkCalendar({ includeAnnouncedSchedules: false }).addWorkingDaysDetailed('2020-12-30', 5)
    expect(spanning.reasons).toHaveLength(1)
    expect(spanning.reasons[0]!.en).toContain('2020–2021: no announced civil-service schedule; computed from the statutory rules (Labour Code 2012 and Labour Code 2019)')
    expect(spanning.reasons[0]!.vi).toContain('Bộ luật Lao động 2012 và Bộ luật Lao động 2019')
    const unconfirmed = createWorkCalendar({ schedules: [{ year: 2027, basis: [{ instrument: 'a news report' }], unconfirmed: 'the dispatch was not found' }] })
    expect(unconfirmed.addWorkingDaysDetailed('2027-03-01', 1).reasons).toEqual([
      { vi: '2027: lịch nghỉ đã nạp chưa được xác nhận: the dispatch was not found', en: '2027: the schedule in use is unconfirmed: the dispatch was not found' },
    ])
  })
  it('coverage lists the announced years', () => {
    expect(cs.coverage()).toMatchObject({ announced: [2013, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], unconfirmed: [2014, 2015, 2016, 2017, 2018], statutoryFrom: 1900, statutoryTo: 2199 })
  })
})

describe('validation', () => {
  it('rejects invalid dates, NaN and non-integer n with a RangeError naming the argument', () => {
    expect(() => cs.addWorkingDays('2024-02-30', 1)).toThrow(/Invalid date: "2024-02-30"/)
    expect(() => cs.addWorkingDays('2024-02-01', Number.NaN)).toThrow(RangeError)
    expect(() => cs.addWorkingDays('2024-02-01', 1.5)).toThrow(/Invalid n: 1.5/)
    expect(() => cs.workingDaysBetween('2024-01-01', '2024-13-01')).toThrow(/Invalid b/)
    expect(() => cs.isWorkingDay('1899-12-31')).toThrow(RangeError)
    expect(() => cs.addWorkingDays('2199-12-30', 10)).toThrow(RangeError)
    expect(() => cs.isProvisional(2200)).toThrow(RangeError)
    expect(() => cs.isWorkingDay(20240101 as unknown as string)).toThrow(TypeError)
  })
  it('names the date (not the step) when no working day exists inside 1900–2199', () => {
    expect(() => cs.nextWorkingDay('2199-12-31')).toThrow('Invalid date: "2199-12-31"')
    expect(() => cs.previousWorkingDay('1900-01-01')).toThrow('Invalid date: "1900-01-01"')
    expect(() => cs.addWorkingHours('2199-12-31T17:00:00+07:00', 1)).toThrow('Invalid hours: 1 (expected a value whose result falls from 1900-01-01 to 2199-12-31)')
    expect(() => cs.addWorkingHours('2199-12-30T08:00:00+07:00', 100)).toThrow('Invalid hours: 100')
  })
  it('refuses misspelt options and malformed extra days instead of ignoring them', () => {
    const misspelt = { extraDayOff: ['2024-01-02'] } as unknown as Parameters<typeof createWorkCalendar>[0]
    expect(() => createWorkCalendar(misspelt)).toThrow(RangeError)
    expect(() => createWorkCalendar(misspelt)).toThrow('Unknown option "extraDayOff" of createWorkCalendar (did you mean "extraDaysOff"?')
    expect(() => createWorkCalendar(null as never)).toThrow(TypeError)
    expect(() => createWorkCalendar({ extraDaysOff: [{ date: '2024-01-02', nmae: 'x' } as never] })).toThrow(/options.extraDaysOff\[0\].nmae/)
    const asDate = new Date('2024-01-02T00:00:00+07:00') as unknown as string
    expect(() => createWorkCalendar({ extraDaysOff: [asDate] })).toThrow(TypeError)
    expect(() => createWorkCalendar({ extraDaysOff: [asDate] })).toThrow(/options.extraDaysOff\[0\]: Date\(2024-01-01T17:00:00.000Z\)/)
    const basis = [{ instrument: 'test' }]
    // `swap` for `swaps`: the 2027 swap would be dropped and 03/05/2027 counted as a working day
    const typo = { year: 2027, swap: [{ off: '2027-05-03', work: '2027-05-08', occasion: 'quoc-te-lao-dong', basis }], basis }
    expect(() => createWorkCalendar({ schedules: [typo as never] })).toThrow(/options.schedules\[0\]/)
    expect(createWorkCalendar({ schedules: [{ year: 2027, swaps: [{ off: '2027-05-03', work: '2027-05-08', occasion: 'quoc-te-lao-dong', basis }], basis }] }).isWorkingDay('2027-05-03')).toBe(false)
  })
})

describe('createWorkCalendar options', () => {
  it('extra days off and working days', () => {
    const cal = createWorkCalendar({ extraDaysOff: [{ date: '2026-11-24', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } }], extraWorkingDays: ['2026-11-28'] })
    expect(cal.isWorkingDay('2026-11-24')).toBe(false)
    expect(cal.isWorkingDay('2026-11-28')).toBe(true)
    expect(cal.dayInfo('2026-11-24')).toMatchObject({ kind: 'extra-day-off', name: { en: 'Vietnam Culture Day' } })
    expect(cs.isWorkingDay('2026-11-24')).toBe(true)
    expect(() => createWorkCalendar({ extraDaysOff: ['2026-11-24'], extraWorkingDays: ['2026-11-24'] })).toThrow(/extraWorkingDays\[0\]/)
  })
  it('without the shipped schedules there are no swaps', () => {
    const statutory = createWorkCalendar({ includeAnnouncedSchedules: false })
    expect(statutory.isWorkingDay('2024-05-04')).toBe(false)
    expect(statutory.isWorkingDay('2024-04-29')).toBe(true)
    expect(statutory.isProvisional(2024)).toBe(true)
  })
  it('a six-day week', () => {
    const cal = createWorkCalendar({ weekend: [0] })
    expect(cal.isWorkingDay('2024-05-11')).toBe(true)
    expect(cal.isWorkingDay('2024-05-12')).toBe(false)
  })
  it('added schedules replace and extend', () => {
    const cal = createWorkCalendar({
      schedules: [{ year: 2027, tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], basis: [{ instrument: 'test' }] }, basis: [{ instrument: 'test' }] }],
    })
    expect(cal.isProvisional(2027)).toBe(false)
    expect(cal.isWorkingDay('2027-02-04')).toBe(false)
    expect(cal.coverage().announced).toContain(2027)
  })
  it('rejects a malformed schedule when the calendar is created', () => {
    const basis = [{ instrument: 'test' }]
    expect(() => createWorkCalendar({ schedules: [{ year: 2027, tet: { days: ['2027-02-05'], basis }, basis }] })).toThrow(/options.schedules\[0\].tet.days/)
    expect(() => createWorkCalendar({ schedules: [{ year: 2027, nationalDayAdjacent: { days: ['2027-09-04'], basis }, basis }] })).toThrow(/nationalDayAdjacent/)
    expect(() => createWorkCalendar({ schedules: [{ year: 2027, swaps: [{ off: '2027-05-03', work: '2027-05-05', occasion: 'quoc-te-lao-dong', basis }], basis }] })).toThrow(/swaps\[0\].work/)
    expect(() => createWorkCalendar({ schedules: [{ year: 2027, basis: [] }] })).toThrow(/options.schedules\[0\]/)
    expect(() => createWorkCalendar({ schedules: [{ year: 2027, basis }, { year: 2027, basis }] })).toThrow(/one schedule per year/)
    // the Labour Code 2012 (the regime of 2020 in the dated regime data) grants no adjacent day: refused, not dropped
    expect(() => createWorkCalendar({ schedules: [{ year: 2020, nationalDayAdjacent: { days: ['2020-09-01'], basis }, basis }] })).toThrow(
      'Invalid options.schedules[0].nationalDayAdjacent: "2020-09-01" (expected no adjacent day: Labour Code 2012 grants 1 Quốc khánh day)',
    )
    // the number of Tết days comes from the regime of the year
    expect(() => createWorkCalendar({ schedules: [{ year: 2019, tet: { days: ['2019-02-04'], basis }, basis }] })).toThrow(/the 5 Tết days of Labour Code 2012 \(Art 115\)/)
  })
  it('the shipped schedules pass the same checks', () => {
    expect(() => createWorkCalendar({ schedules: announcedSchedules })).not.toThrow()
  })
})

describe('office hours', () => {
  it('defaults to 07:30–12:00 and 13:00–16:30', () => {
    expect(cs.officeHours).toEqual([{ start: '07:30', end: '12:00' }, { start: '13:00', end: '16:30' }])
  })
  it('validates office hours, instants and hours', () => {
    expect(() => createWorkCalendar({ officeHours: [{ start: '12:00', end: '08:00' }] })).toThrow(/options.officeHours\[0\].end/)
    expect(() => createWorkCalendar({ officeHours: [{ start: '07:30', end: '12:00' }, { start: '11:00', end: '16:00' }] })).toThrow(RangeError)
    expect(() => createWorkCalendar({ officeHours: [] })).toThrow(RangeError)
    expect(() => cs.addWorkingHours('2024-04-26T15:30:00', 1)).toThrow(/instant/)
    expect(() => cs.addWorkingHours('2024-04-26T15:30:00+07:00', -1)).toThrow(/Invalid hours/)
    expect(() => cs.addWorkingHours('2024-04-26T15:30:00+07:00', Number.NaN)).toThrow(RangeError)
    expect(cs.addWorkingHours('2024-04-27T09:00:00+07:00', 0).at).toBe('2024-04-27T09:00:00+07:00')
  })
  it('a custom office day', () => {
    const commune = createWorkCalendar({ officeHours: [{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }] })
    expect(commune.officeHours).toEqual([{ start: '07:00', end: '11:30' }, { start: '13:30', end: '17:00' }])
    expect(commune.addWorkingHours('2024-04-26T16:00:00+07:00', 2).at).toBe('2024-05-02T08:00:00+07:00')
    expect(commune.workingMinutesBetween('2024-05-02T07:00:00+07:00', '2024-05-02T17:00:00+07:00')).toBe(480)
  })
  it('instants are read like every asOf of the library (core readAsOf)', () => {
    // a plain ISO date is the end of that day in Vietnam time: counting starts at the next opening
    expect(cs.addWorkingHours('2024-04-26', 1).at).toBe('2024-05-02T08:30:00+07:00')
    expect(cs.addWorkingHours(new Date('2024-04-26T08:30:00Z'), 1).at).toBe('2024-04-26T16:30:00+07:00')
    expect(cs.workingMinutesBetween('2024-05-02', '2024-05-03')).toBe(480)
    expect(cs.workingMinutesBetween('2024-05-02T07:30:00+07:00', '2024-05-02')).toBe(480)
    expect(() => cs.addWorkingHours('26/04/2024', 1)).toThrow(/Invalid instant/)
    expect(() => cs.workingMinutesBetween('2024-05-02', 5 as never)).toThrow(TypeError)
  })
  it('addWorkingHours is provisional in years without a schedule', () => {
    expect(cs.addWorkingHours('2026-12-31T15:00:00+07:00', 8)).toMatchObject({ at: '2027-01-04T15:00:00+07:00', provisional: true })
  })
  it('addWorkingHours counts only office time on working days', () => {
    expect(cs.addWorkingHours('2024-04-26T15:30:00+07:00', 4).at).toBe('2024-05-02T10:30:00+07:00')
    expect(cs.addWorkingHours('2024-04-26T15:30:00+07:00', 1).at).toBe('2024-04-26T16:30:00+07:00')
    expect(cs.addWorkingHours('2024-04-26T11:00:00+07:00', 2).at).toBe('2024-04-26T14:00:00+07:00')
    expect(cs.addWorkingHours('2024-04-27T09:00:00+07:00', 1).at).toBe('2024-05-02T08:30:00+07:00')
    expect(cs.addWorkingHours('2024-04-26T01:00:00Z', 8).at).toBe('2024-05-02T08:00:00+07:00')
  })
  it('workingMinutesBetween is consistent with addWorkingHours', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2022-01-01'), max: toDayNumber('2027-12-31') }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 200 }), (dn, minute, h) => {
        const start = `${fromDayNumber(dn)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+07:00`
        const end = cs.addWorkingHours(start, h / 4).at
        expect(cs.workingMinutesBetween(start, end)).toBe(h * 15)
      }),
    )
  })
})

describe('types (part of the contract)', () => {
  it('exposes the agreed signatures', () => {
    expectTypeOf(cs).toEqualTypeOf<WorkCalendar>()
    expectTypeOf(cs.addWorkingDays).returns.toEqualTypeOf<IsoDate>()
    expectTypeOf(cs.addWorkingDaysDetailed).returns.toEqualTypeOf<DetailedDate>()
    expectTypeOf(cs.workingDaysBetween).returns.toEqualTypeOf<number>()
    expectTypeOf(cs.dayInfo).returns.toEqualTypeOf<DayInfo>()
    expectTypeOf(holidaysOf).returns.toEqualTypeOf<Holiday[]>()
    expectTypeOf<Holiday['basis']>().toEqualTypeOf<LegalBasis>()
    expectTypeOf<DetailedDate['reasons']>().toEqualTypeOf<Label[]>()
    expectTypeOf<Holiday['kind']>().toEqualTypeOf<'statutory' | 'compensatory' | 'swapped-off' | 'make-up-working-day' | 'extra-day-off' | 'extra-working-day'>()
    expectTypeOf(createWorkCalendar).parameter(0).toMatchTypeOf<{ extraDaysOff?: readonly (string | { date: string })[] } | undefined>()
    expect(Object.isFrozen(cs)).toBe(true)
  })
})

describe('hostile counts', () => {
  it('refuses a count past the supported range at once, before any year table past the start is built', () => {
    // the same pieces createWorkCalendar assembles, so that the built year tables can be counted
    const settings = readCalendarOptions(undefined)
    const tables = createYearTables(settings)
    const days = createWorkingDayArithmetic(tables)
    const officeTime = createOfficeTime(days, settings.office, () => [])
    const built = (): number[] => tables.byIndex.flatMap((t) => (t ? [t.year] : []))
    for (const [n, date] of [[1e9, '2024-01-01'], [-1e9, '2024-01-01'], [109_572, '2024-01-01'], [Number.MAX_SAFE_INTEGER, '1900-01-01']] as const) {
      expect(() => days.addWorkingDays(date, n)).toThrow(/Invalid n: /)
      expect(() => days.addDn(toDayNumber(date), n, 'n')).toThrow(/Invalid n: /)
      // only the years of the start dates were read (2024, 1900), none on the way to the edge
      expect(built().filter((y) => y !== 2024 && y !== 1900), `${n} from ${date}`).toEqual([])
    }
    expect(() => officeTime.addWorkingHours('2024-01-01T08:00:00+07:00', 1e300)).toThrow(/Invalid hours: 1e\+300/)
    expect(built().length).toBeLessThanOrEqual(2)
    // 45,000 calendar days back from 2024 stay in range, 45,000 working days do not: that is known only by
    // walking the years, and the walk stops at 1900 (it builds the years it crosses, none outside the range)
    expect(() => days.addWorkingDays('2024-01-01', -45_000)).toThrow(/Invalid n: -45000/)
    expect(Math.min(...built())).toBe(1900)
    expect(Math.max(...built())).toBe(2024)
    // the public calendar refuses them alike
    const fresh = createWorkCalendar()
    expect(() => fresh.addWorkingDays('2024-01-01', 1e9)).toThrow(RangeError)
    expect(() => fresh.addWorkingDaysDetailed('2024-01-01', -1e9)).toThrow(/Invalid n: /)
    // the range is still reachable: the last working days of 2199 from 2024
    expect(fresh.addWorkingDays('2199-12-30', 1)).toBe('2199-12-31')
    expect(() => fresh.addWorkingDays('2199-12-31', 1)).toThrow(RangeError)
    expect(() => fresh.addWorkingDays('1900-01-02', -1)).toThrow(RangeError)
  })
})
