import { describe, expect, expectTypeOf, it } from 'vitest'
import fc from 'fast-check'
import { TZDate, tz } from '@date-fns/tz'
import { addDays as dfAddDays } from 'date-fns'
import {
  addWorkingDays,
  createWorkCalendar,
  differenceInWorkingDays,
  formatWorkingDayVi,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  vietnamCivilService as cs,
  vietnamTime,
} from 'hanhchinh/calendar'
import { formatVietnamDateTime, fromDayNumber, toDayNumber, toVietnamTime } from 'hanhchinh/core'

/** The civil date of an instant in Vietnam time, by the core (not by the adapter under test). */
const vnDate = (d: Date | number): string => toVietnamTime(new Date(d)).date

describe('date-fns adapter: the caller’s date class comes back', () => {
  it('TZDate in → TZDate out, in the same zone', () => {
    // Friday 13/02/2026 is the last working day before Tết Bính Ngọ (14/02–22/02/2026 off)
    const hanoi = new TZDate(2026, 1, 13, 9, 30, 'Asia/Ho_Chi_Minh')
    const r = addWorkingDays(hanoi, 1)
    expect(r).toBeInstanceOf(TZDate)
    expect(r.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(r.toISOString()).toBe('2026-02-23T09:30:00.000+07:00')
    const paris = new TZDate(2026, 1, 13, 2, 0, 'Europe/Paris') // 08:00 in Hà Nội, still Friday 13/02
    const p = nextWorkingDay(paris)
    expect(p).toBeInstanceOf(TZDate)
    expect(p.timeZone).toBe('Europe/Paris')
    expect(vnDate(p)).toBe('2026-02-23')
    expect(p.getTime() - paris.getTime()).toBe(10 * 86_400_000)
  })
  it('a Date gives a Date, a timestamp gives a Date, `in` gives the context’s class', () => {
    const d = new Date('2024-04-26T10:00:00+07:00')
    const r = addWorkingDays(d, 1)
    expect(r).toBeInstanceOf(Date)
    expect(r).not.toBeInstanceOf(TZDate)
    expect(r.toISOString()).toBe('2024-05-02T03:00:00.000Z')
    expect(addWorkingDays(d.getTime(), 1).getTime()).toBe(r.getTime())
    const inVn = addWorkingDays(d, 1, { in: vietnamTime })
    expect(inVn).toBeInstanceOf(TZDate)
    expect(inVn.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(inVn.getTime()).toBe(r.getTime())
    const inNy = previousWorkingDay(new TZDate(2024, 4, 2, 8, 'Asia/Ho_Chi_Minh'), { in: tz('America/New_York') })
    expect(inNy.timeZone).toBe('America/New_York')
    expect(formatVietnamDateTime(inNy)).toBe('2024-04-26T08:00:00+07:00')
  })
  it('types follow the data', () => {
    expectTypeOf(addWorkingDays(new TZDate(2026, 1, 13, 'Asia/Ho_Chi_Minh'), 1)).toEqualTypeOf<TZDate>()
    expectTypeOf(addWorkingDays(new Date(0), 1)).toEqualTypeOf<Date>()
    expectTypeOf(addWorkingDays(new Date(0), 1, { in: vietnamTime })).toEqualTypeOf<TZDate>()
    expectTypeOf(nextWorkingDay(0, { in: tz('Asia/Ho_Chi_Minh') })).toEqualTypeOf<TZDate>()
    expectTypeOf(isWorkingDay(new Date(0))).toEqualTypeOf<boolean>()
    expectTypeOf(differenceInWorkingDays(new Date(0), new Date(0))).toEqualTypeOf<number>()
  })
})

describe('date-fns adapter: the civil date is read in Vietnam time on any host', () => {
  it('instants late in the evening UTC are the next day in Hà Nội', () => {
    // 17:30Z on Friday 03/05/2024 is 00:30 on Saturday 04/05, a make-up working day (CV 2450/VPCP-KGVX)
    expect(isWorkingDay(new Date('2024-05-03T17:30:00Z'))).toBe(true)
    expect(isWorkingDay(new Date('2024-05-04T17:30:00Z'))).toBe(false) // Sunday 05/05 00:30 in Hà Nội
    expect(isWorkingDay(new Date('2024-04-29T08:00:00+07:00'))).toBe(false) // swapped off
  })
  it('the same answers whatever process.env.TZ is', () => {
    const saved = process.env.TZ
    const instants = [
      Date.parse('2026-02-13T23:59:00+07:00'),
      Date.parse('2026-02-13T17:00:00Z'),
      Date.parse('2024-05-03T17:30:00Z'),
      Date.parse('2025-12-31T16:59:59.999Z'),
      Date.parse('2025-12-31T17:00:00Z'),
    ]
    const answers = (): unknown[] =>
      instants.map((ms) => [isWorkingDay(new Date(ms)), addWorkingDays(new Date(ms), 3).getTime(), differenceInWorkingDays(new Date(ms), new Date(Date.parse('2024-01-01T00:00:00+07:00'))), formatWorkingDayVi(new Date(ms))])
    try {
      process.env.TZ = 'UTC'
      const reference = answers()
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone
        expect(answers()).toEqual(reference)
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('date-fns adapter: round trips with the ISO functions', () => {
  const instant = fc.integer({ min: Date.parse('1950-01-01T00:00:00Z'), max: Date.parse('2150-01-01T00:00:00Z') })
  it('addWorkingDays agrees with vietnamCivilService.addWorkingDays and keeps the Vietnam time of day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -300, max: 300 }), (ms, n) => {
        const r = addWorkingDays(new Date(ms), n)
        expect(vnDate(r)).toBe(cs.addWorkingDays(vnDate(ms), n))
        expect(formatVietnamDateTime(r).slice(10)).toBe(formatVietnamDateTime(ms).slice(10))
        expect(differenceInWorkingDays(r, ms)).toBe(n)
      }),
      { numRuns: 2000 },
    )
  })
  it('isWorkingDay, next/previousWorkingDay and differenceInWorkingDays agree with the ISO methods', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const da = vnDate(a)
        const db = vnDate(b)
        expect(isWorkingDay(a)).toBe(cs.isWorkingDay(da))
        expect(vnDate(nextWorkingDay(new Date(a)))).toBe(cs.nextWorkingDay(da))
        expect(vnDate(previousWorkingDay(new Date(a)))).toBe(cs.previousWorkingDay(da))
        expect(differenceInWorkingDays(b, a)).toBe(cs.workingDaysBetween(da, db))
      }),
      { numRuns: 1000 },
    )
  })
  it('composes with date-fns: TZDate arithmetic in Vietnam time lands on the same civil dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2100-12-31') }), fc.integer({ min: 0, max: 60 }), (dn, k) => {
        const iso = fromDayNumber(dn)
        const start = new TZDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 8, 'Asia/Ho_Chi_Minh')
        const later = dfAddDays(start, k)
        expect(differenceInWorkingDays(later, start)).toBe(cs.workingDaysBetween(iso, fromDayNumber(dn + k)))
      }),
      { numRuns: 500 },
    )
  })
  it('an ISO text argument is read as every instant of the library is', () => {
    expect(isWorkingDay('2024-05-04')).toBe(true)
    expect(addWorkingDays('2024-04-26T10:00:00+07:00', 1).toISOString()).toBe('2024-05-02T03:00:00.000Z')
    // a plain ISO date is the end of that day in Vietnam time
    expect(formatVietnamDateTime(addWorkingDays('2024-04-26', 1))).toBe('2024-05-02T23:59:59.999+07:00')
  })
})

describe('date-fns adapter: options and refusals', () => {
  it('counts on the calendar passed', () => {
    const province = createWorkCalendar({ extraDaysOff: ['2026-11-24'] })
    const monday = new Date('2026-11-23T09:00:00+07:00')
    expect(addWorkingDays(monday, 1).toISOString()).toBe('2026-11-24T02:00:00.000Z')
    expect(addWorkingDays(monday, 1, { calendar: province }).toISOString()).toBe('2026-11-25T02:00:00.000Z')
    expect(isWorkingDay(new Date('2026-11-24T09:00:00+07:00'), { calendar: province })).toBe(false)
  })
  it('refuses unknown options, `in` where no date is returned, and bad values', () => {
    const d = new Date('2024-04-26T10:00:00+07:00')
    expect(() => addWorkingDays(d, 1, { calender: cs } as never)).toThrow('Unknown option "calender" of addWorkingDays (did you mean "calendar"?')
    expect(() => isWorkingDay(d, { in: vietnamTime } as never)).toThrow('Unknown option "in" of isWorkingDay')
    expect(() => differenceInWorkingDays(d, d, { in: vietnamTime } as never)).toThrow(RangeError)
    expect(() => addWorkingDays(d, 1, { calendar: {} as never })).toThrow(TypeError)
    expect(() => addWorkingDays(d, 1, { in: 'Asia/Ho_Chi_Minh' as never })).toThrow(TypeError)
    expect(() => addWorkingDays(d, 1.5)).toThrow('Invalid amount: 1.5')
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError)
    expect(() => addWorkingDays(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError)
    expect(() => isWorkingDay('2024-04-26T10:00:00')).toThrow(/date/) // no offset: would depend on the host
    expect(() => isWorkingDay(new Date('1899-12-31T12:00:00+07:00'))).toThrow(/1900-01-01 to 2199-12-31/)
  })
})

describe('formatWorkingDayVi', () => {
  it('writes the day in Vietnamese with what it is', () => {
    expect(formatWorkingDayVi('2026-02-17')).toBe('Thứ Ba, 17/02/2026 — ngày nghỉ: Tết Âm lịch (Tết Nguyên Đán)')
    expect(formatWorkingDayVi(new TZDate(2026, 1, 13, 23, 0, 'Asia/Ho_Chi_Minh'))).toBe('Thứ Sáu, 13/02/2026 — ngày làm việc')
    expect(formatWorkingDayVi('2024-05-04')).toBe('Thứ Bảy, 04/05/2024 — ngày làm việc: Làm bù cho ngày nghỉ 29/04/2024 (Ngày Chiến thắng)')
    expect(formatWorkingDayVi(new Date('2024-09-01T17:30:00Z'))).toMatch(/^Thứ Hai, 02\/09\/2024 — ngày nghỉ: Quốc khánh/)
  })
})

describe('vietnamTime — hostile input', () => {
  it('throws a TypeError naming the value for what is not a Date, a timestamp or a string', () => {
    for (const v of [{}, Object.create(null), Symbol('x'), 10n, null, undefined, [1]]) {
      expect(() => vietnamTime(v as never)).toThrow(/^Invalid type for value: /)
    }
    expect(vietnamTime(Date.UTC(2026, 1, 13, 2)).getHours()).toBe(9)
    expect(vietnamTime(new Date('2026-02-13T09:00:00+07:00')).getDate()).toBe(13)
  })
})
