import { describe, expect, it } from 'vitest'
import { getProvince, provinceKey, provinces, resolveProvince, type ProvinceUnit } from 'hanhchinh/rankings'

const ok = (name: string, era?: 'pre-2025' | 'current'): ProvinceUnit => {
  const r = resolveProvince(name, era ? { era } : {})
  if (!r.ok) throw new Error(`${name}: ${r.message.en}`)
  return r.unit
}

describe('province registry', () => {
  it('has the 63 pre-2025 units and the 34 current ones (28 provinces + 6 cities)', () => {
    const pre = provinces({ era: 'pre-2025' })
    const cur = provinces({ era: 'current' })
    expect(pre).toHaveLength(63)
    expect(cur).toHaveLength(34)
    expect(new Set(pre.map((u) => u.id)).size).toBe(63)
    expect(cur.filter((u) => u.type === 'tinh')).toHaveLength(28)
    expect(cur.filter((u) => u.type === 'thanh-pho').map((u) => u.officialName)).toEqual([
      'Thành phố Hà Nội', 'Thành phố Huế', 'Thành phố Hải Phòng', 'Thành phố Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Thành phố Cần Thơ',
    ])
    expect(cur.filter((u) => u.merged)).toHaveLength(23)
    expect(cur.filter((u) => !u.merged)).toHaveLength(11)
    expect(cur.filter((u) => u.merged).flatMap((u) => u.predecessors)).toHaveLength(52)
    expect(pre.every((u) => cur.some((c) => c.id === u.successor))).toBe(true)
    expect(cur.every((u) => u.basis?.instrument === '202/2025/QH15')).toBe(true)
  })

  it('admin centres placed in a predecessor other than the one whose name was kept (rules §5)', () => {
    const centre = (name: string) => getProvince(name, { era: 'current' }).adminCentreIn
    expect(centre('Bắc Ninh')).toBe('bac-giang')
    expect(centre('Tây Ninh')).toBe('long-an')
    expect(centre('Đồng Tháp')).toBe('tien-giang')
    expect(centre('Gia Lai')).toBe('binh-dinh')
    expect(centre('Quảng Trị')).toBe('quang-binh')
    expect(centre('Lào Cai')).toBe('yen-bai')
    expect(getProvince('An Giang', { era: 'current' }).unconfirmed).toMatch(/admin centre/)
    expect(getProvince('Cà Mau', { era: 'current' }).unconfirmed).toMatch(/admin centre/)
  })

  it('every alias, name, official name and id resolves to its unit, in its era', () => {
    for (const era of ['pre-2025', 'current'] as const) {
      for (const u of provinces({ era })) {
        for (const name of [u.id, u.name, u.officialName, ...u.aliases]) {
          expect(ok(name, era).id, `${name} (${era})`).toBe(u.id)
          expect(ok(name).id, `${name}`).toBe(u.id)
        }
      }
    }
  })

  it('the aliases offices use: TT-Huế / Thừa Thiên Huế / Huế, BRVT, TP.HCM, ASCII forms', () => {
    expect(new Set(['TT-Huế', 'Thừa Thiên Huế', 'Huế', 'Thua Thien Hue', 'TTH', 'Thừa Thiên - Huế'].map((n) => ok(n).id))).toEqual(new Set(['hue']))
    expect(ok('Huế').officialName).toBe('Thành phố Huế')
    expect(ok('BRVT', 'pre-2025').officialName).toBe('Tỉnh Bà Rịa - Vũng Tàu')
    expect(ok('BR-VT').id).toBe('ba-ria-vung-tau')
    expect(ok('TP.HCM').officialName).toBe('Thành phố Hồ Chí Minh')
    expect(ok('TP. Hồ Chí Minh', 'pre-2025').id).toBe('ho-chi-minh')
    expect(ok('HCMC').id).toBe('ho-chi-minh')
    expect(ok('Quang Ninh').id).toBe('quang-ninh')
    expect(ok('DAK LAK').id).toBe('dak-lak')
    expect(ok('Khánh Hoà').id).toBe('khanh-hoa') // old-style tone placement
    expect(ok('Khanh Hoa province').id).toBe('khanh-hoa')
    expect(ok('Tỉnh Thái Bình').id).toBe('thai-binh')
    expect(ok('  hà   nội ').id).toBe('ha-noi')
  })

  it('the ASCII names of the English PCI pages (pcivietnam.vn/en, PCI 2019) all resolve', () => {
    const names = ['HCMC', 'Quang Ninh', 'Dong Thap', 'Vinh Long', 'Bac Ninh', 'Da Nang', 'Quang Nam', 'Ben Tre', 'Long An',
      'Ha Noi', 'Hai Phong', 'Can Tho', 'Thai Nguyen', 'Binh Duong', 'Tay Ninh', 'BRVT', 'Vinh Phuc', 'Nghe An', 'Binh Dinh',
      'TT-Hue', 'An Giang', 'Lam Dong', 'Dong Nai', 'Thanh Hoa']
    const ids = names.map((n) => ok(n, 'pre-2025').id)
    expect(new Set(ids).size).toBe(names.length)
    expect(ids.slice(0, 3)).toEqual(['ho-chi-minh', 'quang-ninh', 'dong-thap'])
  })

  it('a name kept by a merged unit resolves to the current unit, with the pre-2025 record alongside', () => {
    const r = resolveProvince('Hưng Yên')
    expect(r).toMatchObject({ ok: true, unit: { id: 'hung-yen', merged: true, predecessors: ['thai-binh', 'hung-yen'] }, pre2025: { id: 'hung-yen', successor: 'hung-yen' } })
    expect(ok('Hưng Yên', 'pre-2025').eras).toEqual(['pre-2025'])
  })

  it('never guesses: ambiguous initials list every candidate and say why', () => {
    const r = resolveProvince('QN')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toBe('ambiguous')
    expect(r.candidates.map((u) => u.id)).toEqual(['quang-ninh', 'quang-nam', 'quang-ngai'])
    expect(r.message.en).toMatch(/Ambiguous province "QN": could be Tỉnh Quảng Ninh/)
    expect(r.message.vi).toMatch(/không rõ/)
    const bd = resolveProvince('BD')
    expect(bd.ok ? [] : bd.candidates.map((u) => u.id)).toEqual(['binh-dinh', 'binh-duong'])
    const dn = resolveProvince('ĐN', { era: 'current' })
    expect(dn.ok ? [] : dn.candidates.map((u) => u.id)).toEqual(['da-nang', 'dong-nai'])
    expect(() => getProvince('QN')).toThrow(/Ambiguous province "QN"/)
  })

  it('unknown names are errors that say why, with a hint for a unit of the other era', () => {
    const r = resolveProvince('Thái Bình', { era: 'current' })
    expect(r).toMatchObject({ ok: false, reason: 'unknown', candidates: [{ id: 'thai-binh' }] })
    expect(r.ok ? '' : r.message.en).toMatch(/now part of Tỉnh Hưng Yên/)
    expect(r.ok ? '' : r.message.vi).toMatch(/nay thuộc Tỉnh Hưng Yên/)
    expect(resolveProvince('Hà Tây')).toMatchObject({ ok: false, reason: 'unknown', candidates: [] })
    expect(resolveProvince('   ')).toMatchObject({ ok: false, reason: 'empty' })
    expect(() => getProvince('Atlantis')).toThrow(/Unknown province "Atlantis"/)
    expect(() => resolveProvince(42 as unknown as string)).toThrow(TypeError)
    expect(() => resolveProvince('Huế', { era: '2024' as 'current' })).toThrow(/options.era/)
  })

  it('provinceKey ignores accents, case, punctuation and the unit type', () => {
    expect(provinceKey('Thành phố Hồ Chí Minh')).toBe(provinceKey('Ho Chi Minh City'))
    expect(provinceKey('Bà Rịa-Vũng Tàu')).toBe(provinceKey('ba ria vung tau'))
    expect(provinceKey('Đắk Nông')).toBe('daknong')
  })

  it('units are frozen', () => {
    const u = getProvince('Hà Nội')
    expect(Object.isFrozen(u)).toBe(true)
    expect(Object.isFrozen(u.aliases)).toBe(true)
  })
})
