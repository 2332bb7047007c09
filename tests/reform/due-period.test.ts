import { describe, expect, it } from 'vitest'
import { isRecurring, MAX_DUE_PERIOD_LENGTH, parseDuePeriod, resolveDueDate, safeParseDuePeriod } from 'hanhchinh/reform'

const parsed = (text: string) => {
  const r = safeParseDuePeriod(text)
  if (!r.ok) return r.reason.en
  const { text: _t, ...rest } = r.value
  return rest
}

describe('parseDuePeriod', () => {
  it('reads the deadline wordings of reform plans', () => {
    expect(parsed('Quý II')).toEqual({ period: 'quarter', quarter: 2 })
    expect(parsed('quý 3/2022')).toEqual({ period: 'quarter', quarter: 3, year: 2022 })
    expect(parsed('Trong quý II năm 2022')).toEqual({ period: 'quarter', quarter: 2, year: 2022 })
    expect(parsed('Hết quý III')).toEqual({ period: 'quarter', quarter: 3 })
    expect(parsed('6 tháng đầu năm')).toEqual({ period: 'half', half: 1 })
    expect(parsed('6 tháng đầu năm 2022')).toEqual({ period: 'half', half: 1, year: 2022 })
    expect(parsed('Sáu tháng cuối năm')).toEqual({ period: 'half', half: 2 })
    expect(parsed('Tháng 12/2022')).toEqual({ period: 'month', month: 12, year: 2022 })
    expect(parsed('Năm 2022')).toEqual({ period: 'year', year: 2022 })
    expect(parsed('Cuối năm')).toEqual({ period: 'year' })
    expect(parsed('Trước ngày 30/6/2022')).toEqual({ period: 'date', date: '2022-06-30' })
    expect(parsed('Trước 15/02')).toEqual({ period: 'day', month: 2, day: 15 })
    expect(parsed('2022-09-30')).toEqual({ period: 'date', date: '2022-09-30' })
  })

  it('reads recurring wordings', () => {
    expect(parsed('Thường xuyên')).toEqual({ period: 'recurring' })
    expect(parsed('Thường xuyên, liên tục')).toEqual({ period: 'recurring' })
    expect(parsed('Hằng tháng')).toEqual({ period: 'recurring', every: 'month' })
    expect(parsed('Định kỳ hằng quý')).toEqual({ period: 'recurring', every: 'quarter' })
    expect(parsed('THUONG XUYEN')).toEqual({ period: 'recurring' })
  })

  it('returns reasons for what it does not understand', () => {
    expect(parsed('Trước quý III')).toMatch(/ambiguous/)
    expect(parsed('Trước 31/02')).toMatch(/No such date/)
    expect(parsed('tháng 13')).toMatch(/No such month/)
    expect(parsed('2022-02-30')).toMatch(/No such date/)
    expect(parsed('Quý I - II')).toMatch(/not understood/)
    expect(parsed('')).toMatch(/Empty/)
    expect(safeParseDuePeriod(6)).toMatchObject({ ok: false, code: 'not-text' })
    expect(() => parseDuePeriod(6 as unknown as string)).toThrow(TypeError)
    expect(() => parseDuePeriod('Trước quý III')).toThrow(RangeError)
    expect(() => parseDuePeriod('Trước quý III')).toThrow(/Invalid text: "Trước quý III" \(Deadline "before" a month\/quarter is ambiguous/)
  })

  it('parseDuePeriod returns the period itself, safeParseDuePeriod the same under value', () => {
    expect(parseDuePeriod('Quý II/2022')).toEqual({ period: 'quarter', quarter: 2, year: 2022, text: 'Quý II/2022' })
    expect(safeParseDuePeriod('Quý II/2022')).toEqual({ ok: true, value: parseDuePeriod('Quý II/2022') })
  })
})

describe('resolveDueDate', () => {
  it('resolves a period to its last day in the plan year', () => {
    expect(resolveDueDate('Quý I', 2022)).toBe('2022-03-31')
    expect(resolveDueDate('Quý II', 2022)).toBe('2022-06-30')
    expect(resolveDueDate('quý III', 2022)).toBe('2022-09-30')
    expect(resolveDueDate('Quý IV', 2022)).toBe('2022-12-31')
    expect(resolveDueDate('6 tháng đầu năm', 2022)).toBe('2022-06-30')
    expect(resolveDueDate('6 tháng cuối năm', 2022)).toBe('2022-12-31')
    expect(resolveDueDate('tháng 2', 2023)).toBe('2023-02-28')
    expect(resolveDueDate('tháng 2', 2024)).toBe('2024-02-29')
    expect(resolveDueDate({ period: 'day', month: 2, day: 29 }, 2024)).toBe('2024-02-29')
    expect(resolveDueDate('Năm 2023', 2022)).toBe('2023-12-31')
    expect(resolveDueDate('Thường xuyên', 2022)).toBeUndefined()
  })

  it('refuses what cannot be a deadline', () => {
    expect(() => resolveDueDate({ period: 'day', month: 2, day: 29 }, 2023)).toThrow(RangeError)
    expect(() => resolveDueDate('sớm', 2022)).toThrow(/dueDate/)
    expect(() => resolveDueDate('Quý I', 2022.5)).toThrow(/planYear/)
    expect(() => resolveDueDate(42 as unknown as string, 2022)).toThrow(TypeError)
  })

  it('isRecurring', () => {
    expect(isRecurring('Hằng quý')).toBe(true)
    expect(isRecurring('2022-06-30')).toBe(false)
    expect(isRecurring({ period: 'quarter', quarter: 2 })).toBe(false)
  })
})

describe('resolveDueDate with instants', () => {
  it('reads a Date or a date-time as its civil date in Vietnam time, never the host zone', () => {
    expect(resolveDueDate(new Date(Date.UTC(2022, 5, 30, 17)), 2022)).toBe('2022-07-01') // 00:00 on 01/07 in Vietnam
    expect(resolveDueDate(new Date(Date.UTC(2022, 5, 30, 16, 59)), 2022)).toBe('2022-06-30')
    expect(resolveDueDate('2022-06-30T23:59:00+07:00', 2022)).toBe('2022-06-30')
    expect(() => resolveDueDate(new Date(NaN), 2022, 'plan.tasks[0].dueDate')).toThrow(/plan\.tasks\[0\]\.dueDate/)
  })
})

describe('hostile input', () => {
  it('strips trailing punctuation in linear time (no retry of every run)', () => {
    expect(parseDuePeriod('Quý II/2022.;')).toMatchObject({ period: 'quarter', quarter: 2, year: 2022 })
    const dots = '.'.repeat(MAX_DUE_PERIOD_LENGTH - 1) + 'x'
    expect(safeParseDuePeriod(dots)).toMatchObject({ ok: false, code: 'not-understood' })
  })

  it('refuses wording longer than MAX_DUE_PERIOD_LENGTH at once, naming the limit', () => {
    expect(MAX_DUE_PERIOD_LENGTH).toBe(200)
    const cell = '.'.repeat(1_000_000) + 'x'
    const t0 = performance.now()
    expect(safeParseDuePeriod(cell)).toMatchObject({ ok: false, code: 'too-long' })
    expect(isRecurring(cell)).toBe(false)
    expect(() => resolveDueDate(cell, 2022)).toThrow(/longer than the 200 characters/)
    expect(performance.now() - t0).toBeLessThan(100)
    expect(parseDuePeriod(`  Quý II/2022${' '.repeat(MAX_DUE_PERIOD_LENGTH - 14)}`)).toMatchObject({ period: 'quarter', quarter: 2 })
  })

  it('names wrong types instead of answering', () => {
    expect(() => resolveDueDate('Quý II', '2022' as never)).toThrow(/^Invalid type for planYear: "2022"/)
    expect(() => resolveDueDate('Quý II', Symbol('y') as never)).toThrow(TypeError)
    expect(() => resolveDueDate({ period: 'quarter', quarter: 2, year: 1e9 }, 2022)).toThrow(/Invalid dueDate\.year: 1000000000/)
    expect(() => resolveDueDate({ period: 'year', year: 'x' } as never, 2022)).toThrow(/Invalid type for dueDate\.year/)
    expect(() => isRecurring(42 as never)).toThrow(/^Invalid type for due: 42/)
    expect(() => isRecurring(null as never)).toThrow(TypeError)
  })
})

describe('resolveDueDate — a day period of the wrong shape', () => {
  it('names the month or day', () => {
    expect(() => resolveDueDate({ period: 'day', month: Object.create(null), day: 30 } as never, 2022)).toThrow(/Invalid dueDate\.month/)
    expect(() => resolveDueDate({ period: 'day', month: 6, day: 32 }, 2022)).toThrow(/Invalid dueDate\.day: 32/)
    expect(resolveDueDate({ period: 'day', month: 6, day: 30 }, 2022)).toBe('2022-06-30')
  })
})
