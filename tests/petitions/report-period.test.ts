import { describe, expect, it } from 'vitest'
import { reportPeriod } from 'hanhchinh/petitions'

describe('reportPeriod (Decree 09/2019/NĐ-CP Art 12 windows)', () => {
  it('a month of 2026: 15th of the previous month to the 14th', () => {
    const p = reportPeriod({ kind: 'monthly', year: 2026, month: 5 })
    expect([p.from, p.to]).toEqual(['2026-04-15', '2026-05-14'])
    expect(p.basis[0]).toMatchObject({ instrument: '09/2019/NĐ-CP', article: '12' })
    expect(p.label).toEqual({ vi: 'Tháng 5/2026', en: 'May 2026' })
    expect(p.submitBy).toBeUndefined()
    expect(reportPeriod({ kind: 'monthly', year: 2026, month: 1 }).from).toBe('2025-12-15')
  })
  it('a quarter, a half and the year of 2026', () => {
    expect(reportPeriod({ kind: 'quarterly', year: 2026, quarter: 1 })).toMatchObject({ from: '2025-12-15', to: '2026-03-14', label: { vi: 'Quý I/2026' } })
    expect(reportPeriod({ kind: 'quarterly', year: 2026, quarter: 4 })).toMatchObject({ from: '2026-09-15', to: '2026-12-14' })
    expect(reportPeriod({ kind: 'six-monthly', year: 2026, half: 1 })).toMatchObject({ from: '2025-12-15', to: '2026-06-14' })
    expect(reportPeriod({ kind: 'six-monthly', year: 2026 })).toMatchObject({ from: '2025-12-15', to: '2026-06-14' })
    const second = reportPeriod({ kind: 'six-monthly', year: 2026, half: 2 })
    expect([second.from, second.to]).toEqual(['2026-06-15', '2026-12-14'])
    expect(second.basis[0]?.unconfirmed).toMatch(/second-half/)
    const year = reportPeriod({ kind: 'annual', year: 2026 })
    expect([year.from, year.to]).toEqual(['2025-12-15', '2026-12-14'])
    expect(year.basis.map((b) => b.instrument)).toEqual(['09/2019/NĐ-CP'])
  })
  it('nine months: provincial practice, cited and marked', () => {
    const p = reportPeriod({ kind: 'nine-monthly', year: 2026 })
    expect([p.from, p.to]).toEqual(['2025-12-15', '2026-09-14'])
    expect(p.basis[0]).toMatchObject({ instrument: '01/2023/QĐ-UBND', article: '4' })
    expect(p.basis[0]?.unconfirmed).toMatch(/Provincial practice/)
  })
  it('windows of consecutive months tile the year without gap or overlap', () => {
    let previousTo = reportPeriod({ kind: 'annual', year: 2025 }).to
    for (let m = 1; m <= 12; m++) {
      const p = reportPeriod({ kind: 'monthly', year: 2026, month: m })
      const next = new Date(`${previousTo}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      expect(p.from).toBe(next.toISOString().slice(0, 10))
      previousTo = p.to
    }
    expect(previousTo).toBe(reportPeriod({ kind: 'annual', year: 2026 }).to)
  })
  it('a provincial override as data: cut-off day and submission days', () => {
    const p = reportPeriod({ kind: 'monthly', year: 2026, month: 4 }, {
      override: { id: 'khanh-hoa-01-2023', submitWorkingDays: 2, basis: [{ instrument: '01/2023/QĐ-UBND', article: '4' }] },
    })
    // 14/04/2026 is a Tuesday: 2 working days → Thursday 16/04
    expect(p).toMatchObject({ from: '2026-03-15', to: '2026-04-14', submitBy: '2026-04-16', regime: 'khanh-hoa-01-2023' })
    expect(p.basis).toEqual([{ instrument: '01/2023/QĐ-UBND', article: '4' }])
    const cal = reportPeriod({ kind: 'quarterly', year: 2026, quarter: 1 }, { override: { cutoffDay: 'end-of-month' } })
    expect([cal.from, cal.to, cal.regime]).toEqual(['2026-01-01', '2026-03-31', 'override'])
    const day20 = reportPeriod({ kind: 'monthly', year: 2026, month: 3 }, { override: { cutoffDay: 20 } })
    expect([day20.from, day20.to]).toEqual(['2026-02-21', '2026-03-20'])
    // submission rolls over Tết 2026 (holiday 14–22/02/2026)
    const feb = reportPeriod({ kind: 'monthly', year: 2026, month: 2 }, { override: { cutoffDay: 13, submitWorkingDays: 1 } })
    expect(feb).toMatchObject({ to: '2026-02-13', submitBy: '2026-02-23' })
  })
  it('refuses what it cannot read', () => {
    expect(() => reportPeriod({ kind: 'monthly', year: 2026, month: 13 })).toThrow(RangeError)
    expect(() => reportPeriod({ kind: 'quarterly', year: 2026 })).toThrow(/quarter/)
    expect(() => reportPeriod({ kind: 'weekly', year: 2026 } as never)).toThrow(/period.kind/)
    expect(() => reportPeriod({ kind: 'annual', year: 2026, quarter: 1 })).toThrow(/quarterly/)
    expect(() => reportPeriod({ kind: 'annual', year: 2026 }, { overide: {} } as never)).toThrow(/did you mean "override"/)
    expect(() => reportPeriod({ kind: 'monthly', year: 2026, month: 3 }, { override: { cutoffDay: 31 } })).toThrow(/cutoffDay/)
    expect(() => reportPeriod({ kind: 'annual', year: 2018 })).toThrow(/09\/2019/)
  })
})
