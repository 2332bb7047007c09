import { describe, expect, it } from 'vitest'
import { communes, districts, predecessorsOf, provinces, resolveCommune, safeSuccessorOf, successorOf } from 'hanhchinh/units'

describe('successorOf', () => {
  it('Phường Phúc Xá (Hà Nội) went whole into Phường Hồng Hà', () => {
    const s = successorOf('Phường Phúc Xá', { province: 'Hà Nội' })
    expect(s).toHaveLength(1)
    expect(s[0]).toMatchObject({ part: 'whole', share: 1, change: 'whole', from: { code: '00001' }, to: { code: '00097', name: 'Phường Hồng Hà' } })
    expect(s[0]!.basis[0]!.instrument).toBe('1656/NQ-UBTVQH15')
    expect(successorOf('00001')).toEqual(s)
    expect(successorOf(resolveCommune('Phúc Xá', { asOf: '2025-06-30', province: '01' }))).toEqual(s)
  })
  it('a split lists every new unit, without share', () => {
    const s = successorOf('Xã Kỳ Lợi')
    expect(s.map((x) => x.to.name).sort()).toEqual(['Phường Hoành Sơn', 'Phường Sông Trí', 'Phường Vũng Áng'])
    expect(s.every((x) => x.part === 'part' && x.share === undefined)).toBe(true)
  })
  it('every old commune has a successor in the same new province its old province became', () => {
    const newProvince = new Map(provinces({ asOf: '2025-06-30' }).map((p) => [p.code, successorOf(p)[0]!.to.code]))
    let links = 0
    for (const c of communes({ asOf: '2025-06-30' })) {
      const s = successorOf(c)
      expect(s.length).toBeGreaterThan(0)
      for (const x of s) expect(x.to.provinceCode).toBe(newProvince.get(c.provinceCode))
      links += s.length
    }
    expect(links).toBe(10570 - 5)
  })
  it('districts: the union of their communes; the island districts whole into their special zone', () => {
    expect(successorOf('Huyện Côn Đảo').map((x) => [x.to.name, x.part])).toEqual([['Đặc khu Côn Đảo', 'whole']])
    const baDinh = successorOf('Quận Ba Đình')
    expect(baDinh.map((x) => x.to.name)).toContain('Phường Hồng Hà')
    expect(baDinh.every((x) => x.part === 'part')).toBe(true)
    expect(districts({ asOf: '2025-06-30' }).every((d) => successorOf(d).length > 0)).toBe(true)
  })
  it('provinces: whole into the new province; Thừa Thiên Huế → Thành phố Huế (01/01/2025)', () => {
    expect(successorOf('02')[0]).toMatchObject({ part: 'whole', change: 'whole', to: { name: 'Tỉnh Tuyên Quang', validFrom: '2025-07-01' } })
    expect(successorOf('01')[0]).toMatchObject({ change: 'unchanged', to: { code: '01', validFrom: '2025-07-01' } })
    const tth = provinces({ asOf: '2024-01-01' }).find((p) => p.code === '46')!
    expect(successorOf(tth)[0]).toMatchObject({ change: 'reclassified', to: { name: 'Thành phố Huế', validFrom: '2025-01-01' } })
  })
  it('disputed links carry unconfirmed; a unit from 01/07/2025 has no successor', () => {
    expect(successorOf('23938')[0]!.unconfirmed).toMatch(/dvhcvn/)
    expect(successorOf(resolveCommune('Phường Hồng Hà', { province: 'Hà Nội' }))).toEqual([])
  })
  it('refusals: unknown, ambiguous, wrong province', () => {
    expect(safeSuccessorOf('99999')).toMatchObject({ ok: false, code: 'unknown' })
    expect(safeSuccessorOf('Phường Hồng Hà')).toMatchObject({ ok: false, code: 'ambiguous' })
    expect(safeSuccessorOf('Phường Phúc Xá', { province: 'Đà Nẵng' })).toMatchObject({ ok: false, code: 'unknown' })
    expect(() => successorOf('Phường Hồng Hà', { province: 'Hà Nội' })).toThrow(RangeError)
    expect(() => successorOf('Phúc Xá', { provinces: 'Hà Nội' } as never)).toThrow(/Unknown option/)
  })
})

describe('predecessorsOf', () => {
  it('Phường Hồng Hà was formed from 12 old wards, Phúc Xá among them', () => {
    const p = predecessorsOf('Phường Hồng Hà', { province: 'Hà Nội' })
    expect(p).toHaveLength(12)
    expect(p[0]).toMatchObject({ from: { code: '00001', name: 'Phường Phúc Xá' }, part: 'whole' })
    expect(predecessorsOf('00097')).toEqual(p)
  })
  it('every new unit has at least one predecessor; the links mirror successorOf', () => {
    for (const u of communes({ asOf: '2025-07-01' })) {
      const p = predecessorsOf(u)
      expect(p.length).toBeGreaterThan(0)
      for (const link of p) expect(successorOf(link.from)).toContain(link)
    }
  })
  it('provinces and special zones', () => {
    expect(predecessorsOf('Tỉnh Tuyên Quang').map((x) => x.from.name)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang'])
    expect(predecessorsOf('Đặc khu Côn Đảo').map((x) => x.from.name)).toEqual(['Huyện Côn Đảo'])
    expect(() => predecessorsOf('Tuyên Quang')).toThrow(/Ambiguous/)
  })
})
