import { describe, expect, it } from 'vitest'
import { LegalBasisSchema, type LegalBasis } from 'hanhchinh/core'
import { REGIME_A, REGIME_B, REGIME_C, type Regime } from 'hanhchinh/emulation'

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
  it('every value and article against the rules file (§1–§2, §6)', () => {
    const all = [REGIME_A, REGIME_B, REGIME_C]
    const art = (b: { basis: readonly LegalBasis[] }) =>
      b.basis.map((x) => [x.instrument, x.article, x.clause, x.point].filter((p) => p !== undefined).join(' '))
    // CSTĐ bộ/tỉnh: 3 consecutive CSTĐCS + bộ/tỉnh-scope initiative; CSTĐTQ: 2 consecutive CSTĐ bộ/tỉnh + national scope
    expect(all.map((r) => [r.chienSiThiDuaCapTinh.consecutiveCoSo.value, r.chienSiThiDuaCapTinh.initiativeScope.value])).toEqual([[3, 'cap-tinh'], [3, 'cap-tinh'], [3, 'cap-tinh']])
    expect(all.map((r) => [r.chienSiThiDuaToanQuoc.consecutiveCapTinh.value, r.chienSiThiDuaToanQuoc.initiativeScope.value])).toEqual([[2, 'toan-quoc'], [2, 'toan-quoc'], [2, 'toan-quoc']])
    expect(art(REGIME_A.chienSiThiDuaCapTinh.consecutiveCoSo)).toEqual(['15/2003/QH11 22', '91/2017/NĐ-CP 9 2'])
    // §2.1 gives Law 2022 Art 22 and 21 points (a), (b) without a clause number
    expect(art(REGIME_B.chienSiThiDuaCapTinh.consecutiveCoSo)).toEqual(['06/2022/QH15 22 a'])
    expect(art(REGIME_C.chienSiThiDuaToanQuoc.initiativeScope)).toEqual(['06/2022/QH15 21 b'])
    expect(art(REGIME_B.chienSiThiDuaCoSo.htxsRoute)).toEqual(['06/2022/QH15 23 2'])
    expect(art(REGIME_A.chienSiThiDuaCoSo.quotaPercentOfLaoDongTienTien)).toEqual(['91/2017/NĐ-CP 9 3'])
    expect(art(REGIME_A.laoDongTienTien.minServiceMonths)).toEqual(['91/2017/NĐ-CP 10'])
    expect(art(REGIME_B.laoDongTienTien.minServiceMonths)).toEqual(['01/2024/TT-BNV 1 5'])
    // TTLĐXS: HTXS; 100% complete; ≥ 70% LĐTT; ≥ 1 CSTĐCS; member cảnh cáo+ bar only in A (Art 27 / Art 27.1)
    expect(all.map((r) => [r.tapTheLaoDongXuatSac.minRating.value, r.tapTheLaoDongXuatSac.allMembersComplete.value, r.tapTheLaoDongXuatSac.minLaoDongTienTien.value, r.tapTheLaoDongXuatSac.minChienSiThiDuaCoSo.value, r.tapTheLaoDongXuatSac.memberDisciplineBar.value])).toEqual([
      ['hoan-thanh-xuat-sac', true, { percent: 70, strict: false }, 1, 'canh-cao'],
      ['hoan-thanh-xuat-sac', true, { percent: 70, strict: false }, 1, null],
      ['hoan-thanh-xuat-sac', true, { percent: 70, strict: false }, 1, null],
    ])
    expect(all.map((r) => r.tapTheLaoDongTienTien.memberDisciplineBar.value)).toEqual(['canh-cao', 'canh-cao', 'canh-cao'])
    expect(all.map((r) => r.laoDongTienTien.disciplineBar.value)).toEqual(['khien-trach', null, null])
    // BK bộ/tỉnh: A 2 HTXS years + 2 initiatives (UNCONFIRMED Art 39); B/C also 2 consecutive CSTĐCS (Art 74.1.d)
    expect(all.map((r) => [r.bangKhenTinh.consecutiveCoSo.value, r.bangKhenTinh.htxsYears.value, r.bangKhenTinh.initiatives.value])).toEqual([[null, 2, 2], [2, 2, 2], [2, 2, 2]])
    expect(art(REGIME_B.bangKhenTinh.consecutiveCoSo)).toEqual(['06/2022/QH15 74 1 d'])
    // BK TTg: A BK + 5 HTXS years + 5 initiatives (ND 91 Art 38.1.c); B/C BK + 5 HTT+ years + 3 CSTĐCS (Art 73.1.b)
    expect(all.map((r) => [r.bangKhenThuTuong.years.value, r.bangKhenThuTuong.minRating.value, r.bangKhenThuTuong.initiatives.value, r.bangKhenThuTuong.chienSiThiDuaCoSo.value])).toEqual([
      [5, 'hoan-thanh-xuat-sac', 5, 0],
      [5, 'hoan-thanh-tot', 0, 3],
      [5, 'hoan-thanh-tot', 0, 3],
    ])
    expect(art(REGIME_A.bangKhenThuTuong.years)).toEqual(['91/2017/NĐ-CP 38 1 c'])
    // HCLĐ III: A BK TTg + 5 years "excellent" (read as HTXS, UNCONFIRMED) + 2 bộ/tỉnh-scope initiatives (ND 91 Art 24);
    // B/C BK TTg + 5 years HTT+, ≥ 1 HTXS, 3 CSTĐCS (Art 44.1.e)
    const h = (r: Regime) => r.huanChuongLaoDongHangBa
    expect(all.map((r) => [h(r).years.value, h(r).minRating.value, h(r).htxsYears.value, h(r).initiatives.value, h(r).chienSiThiDuaCoSo.value])).toEqual([
      [5, 'hoan-thanh-xuat-sac', 5, 2, 0],
      [5, 'hoan-thanh-tot', 1, 0, 3],
      [5, 'hoan-thanh-tot', 1, 0, 3],
    ])
    expect(h(REGIME_A).initiativeScope.value).toBe('cap-tinh')
    expect(art(h(REGIME_B).years)).toEqual(['06/2022/QH15 44 1 e'])
  })
  it('a rule resting on an UNCONFIRMED instrument or on a rule carried over from another regime is itself marked uncertain', () => {
    for (const regime of [REGIME_A, REGIME_B, REGIME_C]) {
      for (const [name, rule] of rules(regime)) {
        const shaky = (rule.basis as Array<{ unconfirmed?: string; note?: string }>).some((b) => b.unconfirmed !== undefined || /carried over|assumed/i.test(b.note ?? ''))
        if (shaky) expect(rule.uncertain, `${regime.id} ${name}`).toBeDefined()
      }
    }
  })
  it('UNCONFIRMED facts are marked', () => {
    expect(REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien.uncertain).toBeDefined()
    expect(REGIME_C.laoDongTienTien.minServiceMonths.uncertain).toBeDefined()
    expect(REGIME_A.bangKhenTinh.htxsYears.uncertain).toBeDefined()
    expect(REGIME_B.laoDongTienTien.minServiceMonths.uncertain).toBeUndefined()
  })
})
