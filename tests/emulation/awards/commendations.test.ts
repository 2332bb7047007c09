import { describe, expect, it } from 'vitest'
import { REGIME_B, REGIME_C, checkEligibility, parseRecord, type EligibilityVerdict, type Regime } from 'hanhchinh/emulation'
import type { Label } from 'hanhchinh/core'
import { COMMENDATIONS, checkBangKhenTinh } from '../../../src/emulation/awards/commendations.js'

const ctx = (regime: Regime, year: number, record: unknown) => ({ regime, year, record: parseRecord(record), warnings: [] as Label[] })

describe('awards/commendations', () => {
  it('Bằng khen of the provincial chairman: two consecutive CSTĐCS qualify on their own (Law 2022 Art 74.1.d)', () => {
    const twice = { kind: 'individual', years: { 2023: { rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'] }, 2024: { rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'] } } }
    expect(checkBangKhenTinh(ctx(REGIME_B, 2024, twice)).find((x) => x.id === 'consecutive-co-so-or-htxs-initiatives')).toMatchObject({ ok: true, status: 'met' })
    const once = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] } } }
    expect(checkBangKhenTinh(ctx(REGIME_B, 2024, once)).every((x) => x.ok)).toBe(false)
  })
  it('a collective: two consecutive years rated HTXS (or holding TTLĐXS)', () => {
    const col = (r2023: string) => ({ kind: 'collective', years: { 2023: { members: 8, rating: r2023 }, 2024: { members: 8, rating: 'hoan-thanh-xuat-sac' } } })
    const c = ctx(REGIME_C, 2024, col('hoan-thanh-xuat-sac'))
    expect(checkBangKhenTinh(c).every((x) => x.ok)).toBe(true)
    // The discretionary limbs are left to the council, and said so.
    expect(c.warnings.some((w) => w.en.includes('emulation council'))).toBe(true)
    expect(checkBangKhenTinh(ctx(REGIME_C, 2024, col('hoan-thanh-tot'))).every((x) => x.ok)).toBe(false)
  })
  it('every commendation has a check that names at least one criterion', () => {
    const rec = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-xuat-sac' } } }
    for (const [award, check] of Object.entries(COMMENDATIONS)) expect(check!(ctx(REGIME_C, 2024, rec)).length, award).toBeGreaterThan(0)
  })
})

// Issue 18: "liên tục từ 05 năm trở lên … trong thời gian đó" counts over the
// whole continuous run from the anchor award to the proposal, not its last
// five years. Each case pins the window (start, end), what is counted and the
// article; each would have been refused when only the last five years counted.
describe('"trong thời gian đó": the whole run from the anchor to the proposal', () => {
  const art = (v: EligibilityVerdict, id: string) => v.criteria.find((c) => c.id === id)!.basis.map((b) => [`${b.instrument} Art ${b.article}`, b.clause, b.point].filter(Boolean).join('.'))
  const get = (v: EligibilityVerdict, id: string) => v.criteria.find((c) => c.id === id)!

  it('BK TTg, regime A (Decree 91/2017 Art 38.1.c): BK Bộ for 2011–2012, HTXS 2013–2020, initiatives 2013 (2), 2014 (1), 2019, 2020 ⇒ 5 in 2013–2020, eligible', () => {
    const years: Record<number, object> = { 2012: { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }], commendations: [{ award: 'bang-khen-bo-nganh', decision: { number: '1234/QĐ-BNV', date: '2013-01-20' }, period: { from: 2011, to: 2012 } }] } }
    for (let y = 2013; y <= 2020; y++) years[y] = { rating: 'hoan-thanh-xuat-sac' }
    years[2013] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }, { level: 'co-so' }] }
    years[2014] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] }
    years[2019] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] }
    years[2020] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] }
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years }, { year: 2020, decisionDate: '2021-05-10' })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(true)
    expect(get(v, 'consecutive-years').observed).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020])
    // The initiative of 2012 belongs to the anchor's period and is not counted.
    expect(get(v, 'initiatives').observed).toEqual({ window: { from: 2013, to: 2020 }, years: [2013, 2014, 2019, 2020], count: 5 })
    expect(art(v, 'initiatives')).toEqual(['91/2017/NĐ-CP Art 38.1.c'])
    expect(get(v, 'initiatives').detail.vi).toContain('2013–2020 (8 năm)')
    // The last five years alone (2016–2020) hold 2 initiatives: a run broken in 2015 leaves only them.
    const broken: Record<number, object> = { ...years, 2015: { rating: 'hoan-thanh-tot' } }
    const no = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years: broken }, { year: 2020, decisionDate: '2021-05-10' })
    expect(no.ok).toBe(false)
    expect(get(no, 'initiatives').observed).toEqual({ window: { from: 2016, to: 2020 }, years: [2019, 2020], count: 2 })
  })

  it('BK TTg, regime B (Law 2022 Art 73.1.b): BK tỉnh 2016, HTT+ 2017–2024, CSTĐCS 2017, 2018, 2019 (more than five years back) ⇒ eligible', () => {
    const years: Record<number, object> = { 2016: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'], commendations: [{ award: 'bang-khen-chu-tich-ubnd-tinh', decision: { number: '245/QĐ-UBND', date: '2017-02-10' }, period: { from: 2015, to: 2016 } }] } }
    for (let y = 2017; y <= 2024; y++) years[y] = { rating: 'hoan-thanh-tot', titles: y <= 2019 ? ['chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'] }
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years }, { year: 2024, decisionDate: '2025-03-20' })
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    // The CSTĐCS of 2016 is in the anchor's period: not counted.
    expect(get(v, 'chien-si-thi-dua-co-so').observed).toEqual({ window: { from: 2017, to: 2024 }, years: [2017, 2018, 2019], count: 3 })
    expect(art(v, 'chien-si-thi-dua-co-so')).toEqual(['06/2022/QH15 Art 73.1.b'])
    // A KHT year in 2020 breaks the run: the window restarts in 2021 and holds no CSTĐCS.
    const no = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years: { ...years, 2020: { rating: 'khong-hoan-thanh' } } }, { year: 2024, decisionDate: '2025-03-20' })
    expect(no.ok).toBe(false)
    expect(get(no, 'consecutive-years').observed).toEqual([2021, 2022, 2023, 2024])
  })

  it('BK TTg, regime C (Law 2022 Art 73.1.b): BK tỉnh 2017 (no period: counted after its decision year 2018), HTT 2018–2025, CSTĐCS 2018, 2019, 2020 ⇒ eligible', () => {
    const years: Record<number, object> = { 2017: { commendations: [{ award: 'bang-khen-chu-tich-ubnd-tinh', decision: { number: '3162/QĐ-UBND', date: '2018-01-15' } }] } }
    for (let y = 2018; y <= 2025; y++) years[y] = { rating: 'hoan-thanh-tot', titles: y <= 2020 ? ['chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'] }
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years }, { year: 2025, decisionDate: '2026-03-02' })
    expect(v.regime).toBe('C')
    expect(v.ok).toBe(true)
    expect(get(v, 'chien-si-thi-dua-co-so').observed).toEqual({ window: { from: 2018, to: 2025 }, years: [2018, 2019, 2020], count: 3 })
  })

  it('HCLĐ hạng Ba, regime A (Decree 91/2017 Art 24): BK TTg for 2010–2014, excellent 2015–2022, two provincial-scope initiatives in 2015 and 2016 ⇒ eligible', () => {
    const years: Record<number, object> = { 2014: { commendations: [{ award: 'bang-khen-thu-tuong', decision: { number: '1520/QĐ-TTg', date: '2015-09-15' }, period: { from: 2010, to: 2014 } }], initiatives: [{ level: 'cap-tinh', scope: 'cap-tinh' }] } }
    for (let y = 2015; y <= 2022; y++) years[y] = { rating: 'hoan-thanh-xuat-sac', ...(y <= 2016 ? { initiatives: [{ level: 'cap-tinh', scope: 'cap-tinh' }] } : {}) }
    const v = checkEligibility('huan-chuong-lao-dong-hang-ba', { kind: 'individual', years }, { year: 2022, decisionDate: '2023-06-01' })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(true)
    expect(get(v, 'initiatives').observed).toEqual({ window: { from: 2015, to: 2022 }, years: [2015, 2016], count: 2 })
    expect(art(v, 'initiatives')).toEqual(['91/2017/NĐ-CP Art 24'])
  })

  it('HCLĐ hạng Ba, regimes B and C (Law 2022 Art 44.1.e): the HTXS year and the 3 CSTĐCS may lie more than five years back', () => {
    const years: Record<number, object> = { 2016: { commendations: [{ award: 'bang-khen-thu-tuong', decision: { number: '1520/QĐ-TTg', date: '2017-09-15' }, period: { from: 2012, to: 2016 } }] } }
    for (let y = 2017; y <= 2025; y++) years[y] = { rating: y === 2017 ? 'hoan-thanh-xuat-sac' : 'hoan-thanh-tot', titles: y <= 2019 ? ['chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'] }
    const b = checkEligibility('huan-chuong-lao-dong-hang-ba', { kind: 'individual', years }, { year: 2024, decisionDate: '2025-04-10' })
    expect(b.regime).toBe('B')
    expect(b.ok).toBe(true)
    expect(get(b, 'htxs-years').observed).toEqual({ window: { from: 2017, to: 2024 }, years: [2017], count: 1 })
    expect(get(b, 'chien-si-thi-dua-co-so').observed).toEqual({ window: { from: 2017, to: 2024 }, years: [2017, 2018, 2019], count: 3 })
    expect(art(b, 'htxs-years')).toEqual(['06/2022/QH15 Art 44.1.e'])
    const c = checkEligibility('huan-chuong-lao-dong-hang-ba', { kind: 'individual', years }, { year: 2025, decisionDate: '2026-04-10' })
    expect(c.regime).toBe('C')
    expect(c.ok).toBe(true)
    expect(get(c, 'htxs-years').observed).toMatchObject({ window: { from: 2017, to: 2025 } })
  })

  it('BK tỉnh (Law 2022 Art 74.1.d; regime A: sector circulars under Decree 91/2017 Art 39): the initiatives of a run of three HTXS years count, the earliest too', () => {
    const rec = {
      kind: 'individual',
      years: {
        2021: { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] },
        2022: { rating: 'hoan-thanh-xuat-sac' },
        2023: { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] },
        2024: { rating: 'hoan-thanh-xuat-sac' },
      },
    } as const
    const b = checkEligibility('bang-khen-chu-tich-ubnd-tinh', rec, { year: 2024 })
    expect(b.regime).toBe('B')
    expect(b.ok).toBe(true)
    expect(b.criteria[0]!.observed).toMatchObject({ htxsYears: [2021, 2022, 2023, 2024], initiatives: 2 })
    const a = checkEligibility('bang-khen-chu-tich-ubnd-tinh', rec, { year: 2023, decisionDate: '2023-12-20' })
    expect(a.regime).toBe('A')
    expect(a.ok).toBe(true)
    expect(a.criteria[0]!.observed).toMatchObject({ htxsYears: [2021, 2022, 2023], initiatives: 2 })
  })
})
