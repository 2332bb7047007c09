import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REGIME_B, atDate, checkEligibility, customizeRegime, datedRule, type DatedValue, type RegimeRule } from 'hanhchinh/emulation'

const ND_73 = { instrument: '73/2024/NĐ-CP', article: '3', clause: '2' }
const salary = datedRule('base salary', [
  { from: '2023-07-01', to: '2024-06-30', value: 1_800_000, basis: [{ instrument: '24/2023/NĐ-CP' }] },
  { from: '2024-07-01', value: 2_340_000, basis: [ND_73] },
])

describe('datedRule', () => {
  it('checks its data once: real dates, from ≤ to, date order, no overlap', () => {
    expect(() => datedRule('x', [{ from: '2024-02-30', value: 1, basis: [] }])).toThrow(/x\.values\[0\]\.from/)
    expect(() => datedRule('x', [{ from: '2024-03-01', to: '2024-02-01', value: 1, basis: [] }])).toThrow(/x\.values\[0\]\.to/)
    expect(() => datedRule('x', [{ from: '2024-01-01', to: '2024-12-31', value: 1, basis: [] }, { from: '2024-12-31', value: 2, basis: [] }])).toThrow(/not overlapping/)
    expect(() => datedRule('x', [{ from: '2024-01-01', value: 1, basis: [] }, { from: '2025-01-01', value: 2, basis: [] }])).toThrow(/open-ended/)
    expect(() => datedRule('x', [{ from: '2024-01-01', to: '2024-06-30', value: 1, basis: [] }, { from: '2024-09-01', value: 2, basis: [] }])).not.toThrow()
  })
})

describe('atDate: the one lookup by date', () => {
  it('answers the value in force, with its basis, on both sides of a boundary', () => {
    expect(atDate(salary, '2024-06-30')?.value).toBe(1_800_000)
    expect(atDate(salary, '2024-07-01')).toEqual({ from: '2024-07-01', value: 2_340_000, basis: [ND_73] })
    expect(atDate(salary, '2023-06-30')).toBeUndefined()
  })
  it('takes what asOf takes, read as the civil date in Vietnam time', () => {
    // 30/06/2024 17:30 UTC is already 01/07/2024 00:30 in Vietnam.
    expect(atDate(salary, '2024-06-30T17:30:00Z')?.value).toBe(2_340_000)
    expect(atDate(salary, '2024-06-30T16:59:59Z')?.value).toBe(1_800_000)
    expect(atDate(salary, new Date('2024-07-01T00:00:00+07:00'))?.value).toBe(2_340_000)
    expect(() => atDate(salary, '2024-07-01T00:00:00')).toThrow(RangeError)
    expect(() => atDate(salary, '01/07/2024', 'options.decisionDate')).toThrow(/options\.decisionDate/)
    expect(() => atDate(salary, 20240701 as never)).toThrow(TypeError)
  })
  it('a gap between values answers undefined', () => {
    const gap = datedRule('gap', [{ from: '2024-01-01', to: '2024-06-30', value: 'a', basis: [] }, { from: '2024-09-01', value: 'b', basis: [] }])
    expect(atDate(gap, '2024-07-15')).toBeUndefined()
    expect(atDate(gap, '2024-09-01')?.value).toBe('b')
  })
  it('reads a regime rule: its undated value for the whole regime, or its dated values', () => {
    const undated = REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien
    expect(atDate(undated, '2024-05-01')).toMatchObject({ value: { percent: 70, strict: false }, basis: undated.basis, uncertain: undated.uncertain })
    const values: DatedValue<{ percent: number; strict: boolean }>[] = [
      { from: '2024-01-01', to: '2025-12-14', value: { percent: 70, strict: false }, basis: [{ instrument: '06/2022/QH15', article: '27' }] },
      { from: '2025-12-15', value: { percent: 75, strict: false }, basis: [{ instrument: '86/2025/QĐ-UBND', article: '4', clause: '2' }] },
    ]
    const dated: RegimeRule<{ percent: number; strict: boolean }> = { value: { percent: 75, strict: false }, basis: values[1]!.basis, values }
    const bacNinh = customizeRegime(REGIME_B, 'Bắc Ninh', { tapTheLaoDongTienTien: { minLaoDongTienTien: dated } })
    expect(atDate(bacNinh.tapTheLaoDongTienTien.minLaoDongTienTien, '2025-12-14')?.value.percent).toBe(70)
    expect(atDate(bacNinh.tapTheLaoDongTienTien.minLaoDongTienTien, '2025-12-15')?.value.percent).toBe(75)
    // The verdict reads the dated rule on the decision date: 18 of 25 (72%) meets 70% but not 75%.
    const unit = { kind: 'collective', years: { 2025: { members: 25, laoDongTienTien: 18, tasksCompleted: true, rating: 'hoan-thanh-tot' } } } as const
    const share = (decisionDate: string) => checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2025, decisionDate, regime: bacNinh }).criteria.find((c) => c.id === 'lao-dong-tien-tien-share')!
    expect(share('2025-12-14')).toMatchObject({ ok: true, basis: [{ instrument: '06/2022/QH15', article: '27' }] })
    expect(share('2026-01-20')).toMatchObject({ ok: false, basis: [{ instrument: '86/2025/QĐ-UBND' }] })
  })
  it('at most one value holds on any day, and the lookup agrees with a scan of the periods', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 365 * 4 }), (n) => {
      const day = new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
      const matching = salary.values.filter((v) => v.from <= day && (v.to === undefined || day <= v.to))
      expect(matching.length).toBeLessThanOrEqual(1)
      expect(atDate(salary, day)).toBe(matching[0])
    }))
  })
})
