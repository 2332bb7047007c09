import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  getProvince,
  provinceKey,
  rankingProvinces,
  resolveProvince,
  safeResolveProvince,
  type ProvinceFailure,
  type ProvinceUnit,
} from 'hanhchinh/rankings'
import type { ParseResult } from 'hanhchinh/core'
import { provinceKey as keyOfProvince } from 'hanhchinh/rankings'

const ok = (name: string, era?: 'pre-2025' | 'current'): ProvinceUnit => resolveProvince(name, era ? { era } : {})

describe('province registry', () => {
  it('has the 63 pre-2025 units and the 34 current ones (28 provinces + 6 cities)', () => {
    const pre = rankingProvinces({ era: 'pre-2025' })
    const cur = rankingProvinces({ era: 'current' })
    expect(pre).toHaveLength(63)
    expect(cur).toHaveLength(34)
    expect(new Set(pre.map((u) => u.id)).size).toBe(63)
    expect(cur.filter((u) => u.type === 'tinh')).toHaveLength(28)
    expect(cur.filter((u) => u.type === 'thanh-pho').map((u) => u.officialName)).toEqual([
      'Thành phố Hà Nội', 'Thành phố Hải Phòng', 'Thành phố Huế', 'Thành phố Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Thành phố Cần Thơ',
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
      for (const u of rankingProvinces({ era })) {
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

  it('a name kept by a merged unit resolves to the current unit; the pre-2025 record is asked for by era', () => {
    expect(resolveProvince('Hưng Yên')).toMatchObject({ id: 'hung-yen', merged: true, predecessors: ['hung-yen', 'thai-binh'] })
    expect(safeResolveProvince('Hưng Yên')).toMatchObject({ ok: true, value: { id: 'hung-yen', eras: ['current'] } })
    expect(resolveProvince('Hưng Yên', { era: 'pre-2025' })).toMatchObject({ id: 'hung-yen', successor: 'hung-yen', eras: ['pre-2025'] })
    expect(ok('Hưng Yên', 'pre-2025').eras).toEqual(['pre-2025'])
  })

  it('never guesses: ambiguous initials list every candidate and say why', () => {
    const r = safeResolveProvince('QN')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe('ambiguous')
    expect(r.candidates.map((u) => u.id)).toEqual(['quang-ninh', 'quang-nam', 'quang-ngai'])
    expect(r.reason.en).toMatch(/Ambiguous province "QN": could be Tỉnh Quảng Ninh/)
    expect(r.reason.en).toMatch(/write the full name$/)
    expect(r.reason.vi).toMatch(/không rõ/)
    const bd = safeResolveProvince('BD')
    expect(bd.ok ? [] : bd.candidates.map((u) => u.id)).toEqual(['binh-dinh', 'binh-duong'])
    const dn = safeResolveProvince('ĐN', { era: 'current' })
    expect(dn.ok ? [] : dn.candidates.map((u) => u.id)).toEqual(['da-nang', 'dong-nai'])
    expect(() => resolveProvince('QN')).toThrow(/^Invalid name: "QN" \(Ambiguous province "QN": could be Tỉnh Quảng Ninh/)
    expect(() => getProvince('QN')).toThrow(/Ambiguous province "QN"/)
    let code: unknown
    try {
      resolveProvince('BD')
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError)
      code = (e as { code?: string }).code
    }
    expect(code).toBe('ambiguous')
  })

  it('unknown names are refusals that say why, with a hint for a unit of the other era', () => {
    const r = safeResolveProvince('Thái Bình', { era: 'current' })
    expect(r).toMatchObject({ ok: false, code: 'unknown', candidates: [{ id: 'thai-binh' }] })
    expect(r.ok ? '' : r.reason.en).toMatch(/now part of Tỉnh Hưng Yên/)
    expect(r.ok ? '' : r.reason.vi).toMatch(/nay thuộc Tỉnh Hưng Yên/)
    expect(safeResolveProvince('Hà Tây')).toMatchObject({ ok: false, code: 'unknown', candidates: [] })
    expect(safeResolveProvince('   ')).toMatchObject({ ok: false, code: 'empty', reason: { vi: 'Chưa nhập tên tỉnh, thành phố', en: 'Empty province name' } })
    expect(() => resolveProvince('   ')).toThrow(RangeError)
    expect(() => getProvince('Atlantis')).toThrow(/Unknown province "Atlantis"/)
    expect(() => resolveProvince('Atlantis')).toThrow(RangeError)
  })

  it('a name that is not text is refused by the safe reader and a TypeError from the throwing one', () => {
    expect(safeResolveProvince(42)).toMatchObject({ ok: false, code: 'not-text', candidates: [] })
    expect(() => resolveProvince(42 as unknown as string)).toThrow(TypeError)
  })

  it('options are read by one helper: unknown names and bad eras throw, in the safe reader too', () => {
    expect(() => resolveProvince('Huế', { era: '2024' as 'current' })).toThrow(/options.era/)
    expect(() => safeResolveProvince('Huế', { era: '2024' as 'current' })).toThrow(/options.era/)
    expect(() => resolveProvince('Huế', { eras: 'current' } as never)).toThrow('Unknown option "eras" of resolveProvince (did you mean "era"?')
    expect(() => safeResolveProvince('Huế', { Era: 'current' } as never)).toThrow(/Unknown option "Era" of safeResolveProvince/)
    expect(() => rankingProvinces({ year: 2025 } as never)).toThrow(/Unknown option "year" of rankingProvinces \(valid options: era\)/)
    expect(() => rankingProvinces('current' as never)).toThrow(TypeError)
  })

  it('types: the safe reader is a core ParseResult of a unit, the throwing one gives the unit', () => {
    expectTypeOf(resolveProvince).returns.toEqualTypeOf<ProvinceUnit>()
    expectTypeOf(safeResolveProvince('Huế')).toMatchTypeOf<ParseResult<ProvinceUnit>>()
    const r = safeResolveProvince('QN')
    if (!r.ok) expectTypeOf(r).toEqualTypeOf<ProvinceFailure>()
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

describe('provinceKey on hostile input (issue 13)', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => keyOfProvince(null as never)).toThrow(TypeError)
    expect(() => keyOfProvince(null as never)).toThrow(/^Invalid type for name: null/)
    expect(keyOfProvince('Tỉnh Thái Bình')).toBe('thaibinh')
  })
})
