import { describe, expect, it } from 'vitest'
import { AdministrativeUnitSchema, communes, districts, provinces } from 'hanhchinh/units'

const count = <T>(xs: readonly T[], key: (x: T) => string): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1
  return out
}

describe('communes from 01/07/2025', () => {
  const after = communes({ asOf: '2025-07-01' })
  it('3,321 units: 2,621 xã, 687 phường, 13 đặc khu, in 34 provinces', () => {
    expect(after).toHaveLength(3321)
    expect(count(after, (u) => u.kind)).toEqual({ xa: 2621, phuong: 687, 'dac-khu': 13 })
    expect(new Set(after.map((u) => u.provinceCode)).size).toBe(34)
  })
  it('every code has 5 digits and is unique; every unit cites its province resolution of 16/06/2025', () => {
    expect(after.every((u) => /^\d{5}$/.test(u.code))).toBe(true)
    expect(new Set(after.map((u) => u.code)).size).toBe(3321)
    const resolutions = new Set(after.map((u) => u.basis[0]!.instrument))
    expect(resolutions.size).toBe(34)
    for (const r of resolutions) expect(r).toMatch(/^(16[5-8]\d)\/NQ-UBTVQH15$/)
    expect(after.every((u) => u.basis[0]!.issued === '2025-06-16' && u.basis[1]!.instrument === '19/2025/QĐ-TTg')).toBe(true)
    expect(after.every((u) => u.basis[1]!.unconfirmed !== undefined)).toBe(true)
  })
  it('units are valid records of the schema, from 01/07/2025, without district', () => {
    for (const u of after) expect(AdministrativeUnitSchema.safeParse(u).success).toBe(true)
    expect(after.every((u) => u.validFrom === '2025-07-01' && u.validTo === undefined && u.districtCode === undefined)).toBe(true)
    expect(Object.isFrozen(after[0])).toBe(true)
  })
  it('Xã Ia Mơ carries code 23938 and says it is unconfirmed', () => {
    const iaMo = after.find((u) => u.name === 'Xã Ia Mơ')!
    expect(iaMo.code).toBe('23938')
    expect(iaMo.unconfirmed).toMatch(/23737/)
    expect(after.some((u) => u.code === '23737')).toBe(false)
  })
  it('per-province totals match the resolutions (Hà Nội 126, Huế 40)', () => {
    expect(communes({ asOf: '2025-07-01', province: 'Hà Nội' })).toHaveLength(126)
    expect(communes({ asOf: '2025-07-01', province: '46' })).toHaveLength(40)
  })
})

describe('units in force on 30/06/2025', () => {
  const before = communes({ asOf: '2025-06-30' })
  it('10,035 communes: 7,692 xã, 1,726 phường, 617 thị trấn, each in a district of its province', () => {
    expect(before).toHaveLength(10035)
    expect(count(before, (u) => u.kind)).toEqual({ xa: 7692, phuong: 1726, 'thi-tran': 617 })
    const ds = new Map(districts({ asOf: '2025-06-30' }).map((d) => [d.code, d]))
    expect(before.every((u) => /^\d{5}$/.test(u.code) && ds.get(u.districtCode!)?.provinceCode === u.provinceCode)).toBe(true)
    expect(before.every((u) => u.validTo === '2025-06-30')).toBe(true)
  })
  it('the 12 GSO codes missing from the NSO table are not in force', () => {
    const codes = new Set(before.map((u) => u.code))
    for (const c of ['07693', '07732', '07744', '16387', '16411', '18448', '20176', '20674', '25102', '25174', '25177', '25186']) {
      expect(codes.has(c)).toBe(false)
    }
  })
  it('696 districts: 508 huyện, 49 quận, 52 thị xã, 87 thành phố; none from 01/07/2025', () => {
    const ds = districts({ asOf: '2025-06-30' })
    expect(ds).toHaveLength(696)
    expect(count(ds, (u) => u.kind)).toEqual({ huyen: 508, quan: 49, 'thi-xa': 52, 'thanh-pho': 87 })
    expect(ds.every((d) => /^\d{3}$/.test(d.code) && d.basis.some((b) => b.instrument === '72/2025/QH15' && b.unconfirmed))).toBe(true)
    expect(districts({ asOf: '2025-07-01' })).toEqual([])
    expect(districts()).toHaveLength(696)
  })
  it('the GSO capitalisation of kind words is normalised (Thị Trấn → Thị trấn)', () => {
    expect(before.find((u) => u.code === '03172')!.name).toBe('Thị trấn Mường Chà')
  })
})

describe('provinces', () => {
  it('63 before, 34 from 01/07/2025, 98 records in all', () => {
    expect(provinces({ asOf: '2025-06-30' })).toHaveLength(63)
    const after = provinces({ asOf: '2025-07-01' })
    expect(after).toHaveLength(34)
    expect(after.filter((p) => p.kind === 'thanh-pho-truc-thuoc-trung-uong').map((p) => p.shortName)).toEqual([
      'Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ',
    ])
    expect(after.every((p) => p.basis[0]!.instrument === '202/2025/QH15')).toBe(true)
    expect(provinces()).toHaveLength(98)
  })
  it('code 46: Tỉnh Thừa Thiên Huế until 31/12/2024, Thành phố Huế from 01/01/2025', () => {
    const at = (d: string) => provinces({ asOf: d }).find((p) => p.code === '46')!
    expect(at('2022-12-31')).toMatchObject({ name: 'Tỉnh Thừa Thiên Huế', kind: 'tinh' })
    expect(at('2024-12-31').name).toBe('Tỉnh Thừa Thiên Huế')
    expect(at('2025-01-01')).toMatchObject({ name: 'Thành phố Huế', kind: 'thanh-pho-truc-thuoc-trung-uong', validFrom: '2025-01-01' })
    expect(provinces({ asOf: '2022-12-31' })).toHaveLength(63)
  })
  it('refuses dates the data does not cover and unknown options', () => {
    expect(() => provinces({ asOf: '2008-07-31' })).toThrow(RangeError)
    expect(() => communes({ asOf: '2025-02-28' })).toThrow(/01\/03\/2025/)
    expect(() => communes({ asof: '2025-07-01' } as never)).toThrow(/did you mean "asOf"/)
  })
})

describe('asOf in its three forms and the switch at midnight, Vietnam time', () => {
  it('an ISO date is the end of that day', () => {
    expect(communes({ asOf: '2025-06-30' })).toHaveLength(10035)
  })
  it('an ISO date-time with offset', () => {
    expect(communes({ asOf: '2025-06-30T23:59:59.999+07:00' })).toHaveLength(10035)
    expect(communes({ asOf: '2025-07-01T00:00:00+07:00' })).toHaveLength(3321)
    expect(communes({ asOf: '2025-06-30T17:00:00Z' })).toHaveLength(3321)
  })
  it('a Date', () => {
    expect(communes({ asOf: new Date('2025-06-30T16:59:59Z') })).toHaveLength(10035)
    expect(communes({ asOf: new Date('2025-06-30T17:00:00Z') })).toHaveLength(3321)
  })
  it('a date-time without offset is refused', () => {
    expect(() => communes({ asOf: '2025-07-01T08:00:00' })).toThrow(RangeError)
  })
})

describe('province filter by name or code', () => {
  it('name, ASCII name, code and record agree', () => {
    const byName = communes({ asOf: '2025-06-30', province: 'Hà Nội' })
    expect(byName).toHaveLength(526)
    expect(communes({ asOf: '2025-06-30', province: 'ha noi' })).toEqual(byName)
    expect(communes({ asOf: '2025-06-30', province: '01' })).toEqual(byName)
    expect(communes({ asOf: '2025-06-30', province: 'Thành phố Hà Nội' })).toEqual(byName)
    const record = provinces({ asOf: '2025-06-30' }).find((p) => p.code === '01')!
    expect(communes({ province: record })).toEqual(byName)
  })
  it('an old province in the new period is refused with what it became', () => {
    expect(() => communes({ asOf: '2025-07-01', province: 'Hà Giang' })).toThrow(/now part of Tỉnh Tuyên Quang/)
    expect(communes({ asOf: '2025-06-30', province: 'Hà Giang' }).every((u) => u.provinceCode === '02')).toBe(true)
  })
  it('Thừa Thiên Huế and TT-Huế name province 46 before 01/07/2025; TP.HCM names 79', () => {
    expect(communes({ asOf: '2025-06-30', province: 'Thừa Thiên Huế' })).toHaveLength(communes({ asOf: '2025-06-30', province: '46' }).length)
    expect(communes({ asOf: '2025-06-30', province: 'TT-Huế' }).length).toBeGreaterThan(0)
    expect(communes({ asOf: '2025-07-01', province: 'TP.HCM' })).toHaveLength(168)
  })
  it('without asOf, the province of that name in both periods', () => {
    expect(communes({ province: 'Hà Nội' })).toHaveLength(526 + 126)
    expect(communes()).toHaveLength(10035 + 3321)
  })
  it('an unknown province or a wrong type is an error', () => {
    expect(() => communes({ province: 'Atlantis' })).toThrow(RangeError)
    expect(() => communes({ province: 1 as never })).toThrow(TypeError)
  })
})
