import { describe, expect, it } from 'vitest'
import { REGIME_A, REGIME_B, REGIME_C, customizeRegime, regimeById } from 'hanhchinh/emulation'
import { regimeOnDay, resolveRegime } from '../../../src/emulation/rules/by-id.js'

describe('rules/by-id', () => {
  it('regimeById answers the rule set of an id, and refuses others', () => {
    expect([regimeById('A'), regimeById('B'), regimeById('C')]).toEqual([REGIME_A, REGIME_B, REGIME_C])
    expect(() => regimeById('D' as 'A')).toThrow(/Invalid regime: "D"/)
  })
  it('resolveRegime: the selected regime, a forced id, or a whole rule set', () => {
    expect(resolveRegime(undefined, 'B')).toBe(REGIME_B)
    expect(resolveRegime('A', 'C')).toBe(REGIME_A)
    const variant = customizeRegime(REGIME_C, 'Bắc Ninh', {})
    expect(resolveRegime(variant, 'A')).toBe(variant)
    expect(() => resolveRegime({ id: 'B' }, 'B')).toThrow(/missing laoDongTienTien/)
    expect(() => resolveRegime(42, 'B')).toThrow(TypeError)
  })
  it('regimeOnDay leaves undated regimes as they are and reads dated rules on the day', () => {
    expect(regimeOnDay(REGIME_B, '2025-01-10')).toBe(REGIME_B)
    const basis = [{ instrument: '86/2025/QĐ-UBND', article: '4', clause: '2' }]
    const dated = customizeRegime(REGIME_C, 'Bắc Ninh', {
      tapTheLaoDongTienTien: {
        minLaoDongTienTien: {
          value: { percent: 75, strict: false },
          basis,
          values: [
            { from: '2025-07-01', to: '2025-12-14', value: { percent: 70, strict: false }, basis: [{ instrument: '06/2022/QH15', article: '27' }] },
            { from: '2025-12-15', value: { percent: 75, strict: false }, basis },
          ],
        },
      },
    })
    expect(regimeOnDay(dated, '2025-12-01').tapTheLaoDongTienTien.minLaoDongTienTien).toEqual({ value: { percent: 70, strict: false }, basis: [{ instrument: '06/2022/QH15', article: '27' }] })
    expect(regimeOnDay(dated, '2026-01-20').tapTheLaoDongTienTien.minLaoDongTienTien.value.percent).toBe(75)
    // Before its first dated value, the rule keeps its undated value; the input regime is not changed.
    expect(regimeOnDay(dated, '2025-01-01').tapTheLaoDongTienTien.minLaoDongTienTien.values).toHaveLength(2)
    expect(dated.tapTheLaoDongTienTien.minLaoDongTienTien.values).toHaveLength(2)
  })
})
