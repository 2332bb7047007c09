import { describe, expect, it } from 'vitest'
import { LegalBasisSchema } from 'hanhchinh/core'
import { REGIME_A, REGIME_B, REGIME_C, checkEligibility, checkQuota, customizeRegime, type Regime } from 'hanhchinh/emulation'

function rules(regime: Regime): Array<[string, { value: unknown; basis: unknown[]; uncertain?: string }]> {
  const out: Array<[string, { value: unknown; basis: unknown[]; uncertain?: string }]> = []
  for (const [group, v] of Object.entries(regime)) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || group === 'label') continue
    for (const [name, rule] of Object.entries(v as Record<string, { value: unknown; basis: unknown[] }>)) out.push([`${group}.${name}`, rule])
  }
  return out
}

describe('regime data', () => {
  it.each([REGIME_A, REGIME_B, REGIME_C])('every rule of regime $id carries a valid legal basis', (regime) => {
    const all = rules(regime)
    expect(all.length).toBeGreaterThan(30)
    for (const [name, rule] of all) {
      expect(rule.basis.length, name).toBeGreaterThan(0)
      for (const b of rule.basis) expect(LegalBasisSchema.safeParse(b).success, name).toBe(true)
    }
    for (const b of regime.instruments) expect(LegalBasisSchema.safeParse(b).success).toBe(true)
  })
  it('the comparison table of the rules file (§6)', () => {
    expect([REGIME_A, REGIME_B, REGIME_C].map((r) => r.laoDongTienTien.minServiceMonths.value)).toEqual([10, 6, 6])
    expect([REGIME_A, REGIME_B, REGIME_C].map((r) => r.chienSiThiDuaCoSo.htxsRoute.value)).toEqual([false, true, true])
    expect([REGIME_A, REGIME_B, REGIME_C].map((r) => r.chienSiThiDuaCoSo.quotaPercentOfLaoDongTienTien.value)).toEqual([15, null, null])
    expect([REGIME_A, REGIME_B, REGIME_C].map((r) => r.tapTheLaoDongTienTien.minLaoDongTienTien.value)).toEqual([{ percent: 50, strict: true }, { percent: 70, strict: false }, { percent: 70, strict: false }])
    expect([REGIME_A, REGIME_B].map((r) => r.bangKhenThuTuong.minRating.value)).toEqual(['hoan-thanh-xuat-sac', 'hoan-thanh-tot'])
    expect(REGIME_C.decisionsTo).toBeUndefined()
    expect(REGIME_C.instruments.map((i) => i.instrument)).toEqual(['06/2022/QH15', '152/2025/NĐ-CP', '15/2025/TT-BNV'])
  })
  it('UNCONFIRMED facts are marked', () => {
    expect(REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien.uncertain).toBeDefined()
    expect(REGIME_C.laoDongTienTien.minServiceMonths.uncertain).toBeDefined()
    expect(REGIME_A.bangKhenTinh.htxsYears.uncertain).toBeDefined()
    expect(REGIME_B.laoDongTienTien.minServiceMonths.uncertain).toBeUndefined()
  })
})

describe('customizeRegime: provincial parameters without forking', () => {
  const stricter = customizeRegime(REGIME_B, 'Tỉnh X', {
    tapTheLaoDongTienTien: { minLaoDongTienTien: { value: { percent: 80, strict: false }, basis: [{ instrument: '12/2024/QĐ-UBND', article: '7', clause: '2' }] } },
  })
  const unit = { kind: 'collective' as const, years: { 2024: { members: 20, laoDongTienTien: 15, rating: 'hoan-thanh-tot' as const } } }
  it('a province raises the TTLĐTT threshold; the verdict cites the provincial decision and names the variant', () => {
    expect(checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024 }).ok).toBe(true)
    const v = checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024, regime: stricter })
    expect(v.ok).toBe(false)
    expect(v.regime).toBe('B/Tỉnh X')
    expect(v.criteria.find((c) => !c.ok)).toMatchObject({ id: 'lao-dong-tien-tien-share', basis: [{ instrument: '12/2024/QĐ-UBND' }] })
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
