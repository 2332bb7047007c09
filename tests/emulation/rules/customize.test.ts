import { describe, expect, it } from 'vitest'
import { REGIME_B, checkEligibility, checkQuota, customizeRegime } from 'hanhchinh/emulation'

describe('customizeRegime: provincial parameters without forking', () => {
  const stricter = customizeRegime(REGIME_B, 'Tỉnh X', {
    tapTheLaoDongTienTien: { minLaoDongTienTien: { value: { percent: 80, strict: false }, basis: [{ instrument: 'Quyết định của UBND Tỉnh X (ví dụ)', article: '7', clause: '2' }] } },
  })
  const unit = { kind: 'collective' as const, years: { 2024: { members: 20, laoDongTienTien: 15, rating: 'hoan-thanh-tot' as const } } }
  it('a province raises the TTLĐTT threshold; the verdict cites the provincial decision and names the variant', () => {
    expect(checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024 }).ok).toBe(true)
    const v = checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024, regime: stricter })
    expect(v.ok).toBe(false)
    expect(v.regime).toBe('B/Tỉnh X')
    expect(v.criteria.find((c) => !c.ok)).toMatchObject({ id: 'lao-dong-tien-tien-share', basis: [{ instrument: 'Quyết định của UBND Tỉnh X (ví dụ)' }] })
    expect(v.criteria.find((c) => !c.ok)!.uncertain).toBeUndefined()
  })
  it('leaves the base regime untouched and chains variants', () => {
    expect(REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien.value.percent).toBe(70)
    const sector = customizeRegime(stricter, 'ngành Y tế', { laoDongTienTien: { minServiceMonths: { value: 8, basis: [{ instrument: '05/2024/TT-BYT' }] } } })
    expect(sector.variant).toBe('Tỉnh X; ngành Y tế')
    expect(sector.tapTheLaoDongTienTien.minLaoDongTienTien.value.percent).toBe(80)
    expect(sector.laoDongTienTien.minServiceMonths.value).toBe(8)
    expect(sector.laoDongTienTien.minRating).toBe(REGIME_B.laoDongTienTien.minRating)
  })
  it('a province sets its own CSTĐCS rate under Law 2022; checkQuota applies it', () => {
    const local = customizeRegime(REGIME_B, 'Tỉnh Y', { chienSiThiDuaCoSo: { quotaPercentOfLaoDongTienTien: { value: 20, basis: [{ instrument: '25/2024/QĐ-UBND', article: '9' }] } } })
    const r = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2024, regime: local })
    expect(r.regime).toBe('B/Tỉnh Y')
    expect(r.caps[0]).toMatchObject({ limit: 12, excess: 1, basis: [{ instrument: '25/2024/QĐ-UBND' }] })
    expect(r.caps[0]!.uncertain).toBeUndefined()
  })
  it('rejects unknown groups, unknown rules and rules without a basis', () => {
    expect(() => customizeRegime(REGIME_B, 'X', { nope: {} } as never)).toThrow(/patch/)
    expect(() => customizeRegime(REGIME_B, 'X', { laoDongTienTien: { nope: { value: 1, basis: [{ instrument: 'x' }] } } as never })).toThrow(/patch.laoDongTienTien/)
    expect(() => customizeRegime(REGIME_B, 'X', { laoDongTienTien: { minServiceMonths: { value: 8, basis: [] } } })).toThrow(/minServiceMonths/)
  })
})
