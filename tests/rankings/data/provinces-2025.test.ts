import { describe, expect, it } from 'vitest'
import { PRE_2025_PROVINCE_ROWS, PROVINCE_SUCCESSION_ROWS_2025, RESOLUTION_202_2025, UNCONFIRMED_ADMIN_CENTRES_2025 } from 'hanhchinh/rankings'
import { LegalBasisSchema } from 'hanhchinh/core'

describe('2025 provincial succession data (merger-2025-provinces.csv, Nghị quyết 202/2025/QH15)', () => {
  it('cites Resolution 202/2025/QH15, passed and effective 12/6/2025', () => {
    expect(LegalBasisSchema.parse(RESOLUTION_202_2025)).toMatchObject({ instrument: '202/2025/QH15', issued: '2025-06-12', effectiveFrom: '2025-06-12' })
    expect(RESOLUTION_202_2025.note).toMatch(/1\/7\/2025/)
  })

  it('matches the CSV checks: 34 rows, 63 distinct old units, 23 merged units absorbing 52, 11 unchanged', () => {
    expect(PROVINCE_SUCCESSION_ROWS_2025).toHaveLength(34)
    const olds = PROVINCE_SUCCESSION_ROWS_2025.flatMap((r) => r[3])
    expect(olds).toHaveLength(63)
    expect(new Set(olds)).toEqual(new Set(PRE_2025_PROVINCE_ROWS.map((r) => r[0])))
    const merged = PROVINCE_SUCCESSION_ROWS_2025.filter((r) => r[3].length > 1)
    expect(merged).toHaveLength(23)
    expect(merged.flatMap((r) => r[3])).toHaveLength(52)
    // every admin centre is one of the unit's predecessors; every name is a predecessor's
    for (const [id, , , preds, centre] of PROVINCE_SUCCESSION_ROWS_2025) {
      expect(preds).toContain(centre)
      expect(preds).toContain(id)
    }
  })

  it('transcribes sample rows of the CSV', () => {
    const row = (id: string) => PROVINCE_SUCCESSION_ROWS_2025.find((r) => r[0] === id)
    expect(row('phu-tho')?.[3]).toEqual(['vinh-phuc', 'hoa-binh', 'phu-tho'])
    expect(row('ho-chi-minh')?.slice(1, 5)).toEqual(['Hồ Chí Minh', 'thanh-pho', ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh'], 'ho-chi-minh'])
    expect(row('lam-dong')?.[3]).toEqual(['lam-dong', 'dak-nong', 'binh-thuan'])
    expect(row('an-giang')?.[4]).toBe('kien-giang')
    expect(Object.keys(UNCONFIRMED_ADMIN_CENTRES_2025).sort()).toEqual(['an-giang', 'ca-mau'])
  })
})
