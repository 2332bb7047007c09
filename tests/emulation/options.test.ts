import { describe, expect, it } from 'vitest'
import { awardMoney, checkEligibility, checkQuota, reviewUnit, selectRegime } from 'hanhchinh/emulation'

const person = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } } as const

describe('options: one reader, misspelt names refused', () => {
  it('checkEligibility(a, r, { decisonDate }) is a RangeError naming the option, the function and the right name', () => {
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisonDate: '2025-01-10' } as never)).toThrow(RangeError)
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisonDate: '2025-01-10' } as never)).toThrow(/Unknown option "decisonDate" of checkEligibility \(did you mean "decisionDate"\?.*year, decisionDate, regime/)
  })
  it('every exported function with options refuses unknown names', () => {
    expect(() => checkQuota({ laoDongTienTien: 10, chienSiThiDuaCoSo: 1 }, { year: 2019, rouding: 'ceil' } as never)).toThrow(/Unknown option "rouding" of checkQuota/)
    expect(() => awardMoney('lao-dong-tien-tien', { decisionDate: '2025-01-10', recipent: 'collective' } as never)).toThrow(/Unknown option "recipent" of awardMoney \(did you mean "recipient"/)
    expect(() => reviewUnit({ members: [] }, { year: 2024, outstandnig: true } as never)).toThrow(/Unknown option "outstandnig" of reviewUnit/)
    expect(() => reviewUnit({ members: [] }, { year: 2024, htxsPercent: 30 } as never)).toThrow(/Unknown option "htxsPercent" of reviewUnit/)
  })
  it('options the chosen mode ignores are refused: the HTXS options in a year without an HTXS cap', () => {
    expect(() => checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 9 }, { year: 2019, outstanding: true })).toThrow(/Option "outstanding" of checkQuota is used only with a rating year with an HTXS cap \(from 2023\)/)
    expect(() => checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 9 }, { year: 2022, htxsPercent: 30 })).toThrow(/"htxsPercent"/)
    expect(() => checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 9 }, { year: 2022, htxsBase: 'htt-and-htxs' })).toThrow(/"htxsBase"/)
    expect(() => reviewUnit({ members: [person] }, { year: 2019, outstanding: false } as never)).toThrow(/Option "outstanding" of reviewUnit/)
    // ... and accepted where they apply.
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2023, outstanding: true, htxsBase: 'htt-only' }).caps[0]).toMatchObject({ limit: 7, ok: true })
  })
  it('options that are not an object are a TypeError', () => {
    expect(() => checkEligibility('lao-dong-tien-tien', person, 2024 as never)).toThrow(TypeError)
    expect(() => awardMoney('lao-dong-tien-tien', undefined as never)).toThrow(TypeError)
    expect(() => checkQuota({ laoDongTienTien: 1 }, [] as never)).toThrow(TypeError)
  })
})

describe('dates: year is the year judged; every decision date is read as asOf is', () => {
  // The year is a number (the achievement year); a date is an ISO date, an ISO date-time with offset, or a Date.
  const forms = ['2025-06-30', '2025-06-30T16:59:59.999Z', '2025-06-30T23:59:00+07:00', new Date('2025-06-30T12:00:00+07:00')]
  it('the three forms read the same civil date in Vietnam time', () => {
    for (const d of forms) {
      expect(selectRegime(2024, d).regime).toBe('B')
      expect(checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: d }).decisionDate).toBe('2025-06-30')
      expect(awardMoney('lao-dong-tien-tien', { decisionDate: d })).toMatchObject({ ok: true, uncertain: expect.stringContaining('Decree 98/2023') })
    }
    // 30/06/2025 17:00 UTC is 01/07/2025 00:00 in Vietnam: Decree 152/2025 is in force.
    expect(selectRegime(2024, '2025-06-30T17:00:00Z').regime).toBe('C')
    expect(checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2025-06-30T17:00:00Z' })).toMatchObject({ regime: 'C', decisionDate: '2025-07-01' })
    expect(reviewUnit([person], { year: 2024, decisionDate: new Date('2025-07-01T08:00:00+07:00') }).regime).toBe('C')
    expect(checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2023, decisionDate: '2023-12-31T23:00:00+07:00' }).regime).toBe('A')
  })
  it('a date-time without offset, a Vietnamese date or a number is refused, naming the option', () => {
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2025-01-10T09:00:00' })).toThrow(/options\.decisionDate/)
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '10/01/2025' })).toThrow(RangeError)
    expect(() => awardMoney('lao-dong-tien-tien', { decisionDate: 20250110 as never })).toThrow(TypeError)
    expect(() => awardMoney('lao-dong-tien-tien', {} as never)).toThrow(/Missing options\.decisionDate/)
    expect(() => selectRegime(2024, new Date(Number.NaN))).toThrow(/decisionDate/)
  })
})
