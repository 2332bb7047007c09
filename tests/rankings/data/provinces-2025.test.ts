// The rankings' own data of the 2025 arrangement is only what hanhchinh/units does not hold:
// the admin centres (merger-2025-provinces.csv, Nghị quyết 202/2025/QH15) and the spellings
// of ranking tables. Names, codes, types and the succession come from hanhchinh/units.
import { describe, expect, it } from 'vitest'
import {
  ADMIN_CENTRES_2025,
  PROVINCE_ALIASES,
  RESOLUTION_202_2025,
  UNCONFIRMED_ADMIN_CENTRES_2025,
  provinceSuccession2025,
  rankingProvinces,
} from 'hanhchinh/rankings'
import { UNITS_LEGAL_BASES, predecessorsOf, provinces, unitAt } from 'hanhchinh/units'
import { LegalBasisSchema } from 'hanhchinh/core'

describe('2025 provincial succession data (Nghị quyết 202/2025/QH15)', () => {
  it('cites Resolution 202/2025/QH15, passed and effective 12/06/2025 — the units record itself', () => {
    expect(LegalBasisSchema.parse(RESOLUTION_202_2025)).toMatchObject({ instrument: '202/2025/QH15', issued: '2025-06-12', effectiveFrom: '2025-06-12' })
    expect(RESOLUTION_202_2025.note).toMatch(/01\/07\/2025/)
    expect(RESOLUTION_202_2025).toBe(UNITS_LEGAL_BASES.provinces2025)
  })

  it('the CSV checks hold on the units data: 34 units, 63 distinct old units, 23 merged units absorbing 52, 11 unchanged', () => {
    const s = provinceSuccession2025()
    expect(s.units).toHaveLength(34)
    const olds = s.units.flatMap((u) => u.predecessors)
    expect(olds).toHaveLength(63)
    expect(new Set(olds)).toEqual(new Set(rankingProvinces({ era: 'pre-2025' }).map((u) => u.id)))
    const merged = s.units.filter((u) => u.predecessors.length > 1)
    expect(merged).toHaveLength(23)
    expect(merged.flatMap((u) => u.predecessors)).toHaveLength(52)
    // every admin centre is one of the unit's predecessors; every name is a predecessor's
    for (const u of s.units) {
      expect(u.predecessors).toContain(u.adminCentreIn)
      expect(u.predecessors).toContain(u.id)
    }
  })

  it('admin centres: one for each of the 34 units, keyed by their ids', () => {
    const ids = rankingProvinces({ era: 'current' }).map((u) => u.id)
    expect(Object.keys(ADMIN_CENTRES_2025).sort()).toEqual([...ids].sort())
    expect(ADMIN_CENTRES_2025['an-giang']).toBe('kien-giang')
    expect(ADMIN_CENTRES_2025['dong-thap']).toBe('tien-giang')
    expect(Object.keys(UNCONFIRMED_ADMIN_CENTRES_2025).sort()).toEqual(['an-giang', 'ca-mau'])
  })

  it('every alias is keyed by an id that exists', () => {
    const ids = new Set(rankingProvinces().map((u) => u.id))
    for (const id of Object.keys(PROVINCE_ALIASES)) expect(ids.has(id), id).toBe(true)
  })

  it('no duplicated data: every record is the units record of its code, and the predecessors are those of hanhchinh/units', () => {
    for (const u of rankingProvinces({ era: 'pre-2025' })) {
      expect(unitAt(u.code, { asOf: '2025-06-30' })?.name, u.id).toBe(u.officialName)
    }
    for (const u of rankingProvinces({ era: 'current' })) {
      const record = unitAt(u.code, { asOf: '2025-07-01' })!
      expect(record.name, u.id).toBe(u.officialName)
      const fromUnits = predecessorsOf(record).map((l) => l.from.code).sort()
      const fromRankings = u.predecessors!.map((id) => rankingProvinces({ era: 'pre-2025' }).find((p) => p.id === id)!.code).sort()
      expect(fromRankings, u.id).toEqual(fromUnits)
    }
    expect(rankingProvinces({ era: 'current' }).map((u) => u.code)).toEqual(provinces({ asOf: '2025-07-01' }).map((p) => p.code))
  })

  it('sample rows of the CSV', () => {
    const unit = (id: string) => provinceSuccession2025().units.find((u) => u.id === id)
    expect(unit('phu-tho')?.predecessors).toEqual(['hoa-binh', 'phu-tho', 'vinh-phuc'])
    expect(unit('ho-chi-minh')).toMatchObject({ predecessors: ['binh-duong', 'ba-ria-vung-tau', 'ho-chi-minh'], adminCentreIn: 'ho-chi-minh' })
    expect(unit('lam-dong')?.predecessors).toEqual(['binh-thuan', 'dak-nong', 'lam-dong'])
    expect(unit('an-giang')?.adminCentreIn).toBe('kien-giang')
  })
})
