import { describe, expect, it } from 'vitest'
import { REGIME_A, REGIME_B, REGIME_C, parseRecord, type IndividualRecord, type Regime } from 'hanhchinh/emulation'
import type { Label } from 'hanhchinh/core'
import { INDIVIDUAL_TITLES, checkChienSiThiDuaCoSo, checkLaoDongTienTien, usableInitiatives } from '../../../src/emulation/awards/individual-titles.js'

const ctx = (regime: Regime, year: number, record: unknown, decisionDate?: string) => ({
  regime,
  year,
  record: parseRecord(record) as IndividualRecord,
  warnings: [] as Label[],
  ...(decisionDate !== undefined ? { decisionDate } : {}),
})

describe('awards/individual-titles', () => {
  it('Lao động tiên tiến: the new-recruit bar, with the recruitment date written the Vietnamese way', () => {
    const recruit = { kind: 'individual', recruitedOn: '2024-08-01', years: { 2024: { rating: 'hoan-thanh-tot' } } }
    const b = checkLaoDongTienTien(ctx(REGIME_B, 2024, recruit)).find((c) => c.id === 'service-months')!
    expect(b.ok).toBe(false)
    expect(b.detail.vi).toBe('Tuyển dụng ngày 01/08/2024: chỉ 5 tháng trong năm, dưới 6 tháng nên không xét.')
    expect(b.basis[0]?.instrument).toBe('01/2024/TT-BNV')
    // Regime A: 10 months (Decree 91/2017 Art 10).
    const a = checkLaoDongTienTien(ctx(REGIME_A, 2022, { ...recruit, recruitedOn: '2022-03-01', years: { 2022: { rating: 'hoan-thanh-tot' } } })).find((c) => c.id === 'service-months')!
    expect(a).toMatchObject({ ok: true, basis: [{ instrument: '91/2017/NĐ-CP', article: '10' }] })
  })
  it('Chiến sĩ thi đua cơ sở: the HTXS route exists from Law 2022 only', () => {
    const htxs = { kind: 'individual', years: { 2023: { rating: 'hoan-thanh-xuat-sac' }, 2024: { rating: 'hoan-thanh-xuat-sac' } } }
    expect(checkChienSiThiDuaCoSo(ctx(REGIME_A, 2023, htxs)).every((c) => c.ok)).toBe(false)
    expect(checkChienSiThiDuaCoSo(ctx(REGIME_B, 2024, htxs)).every((c) => c.ok)).toBe(true)
  })
  it('one initiative supports one award only (Official Letter 5007/BNV-TĐKT)', () => {
    const rec = parseRecord({ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', initiatives: [{ id: 'SK-01', level: 'co-so', usedFor: 'bang-khen-chu-tich-ubnd-tinh' }, { id: 'SK-02', level: 'co-so' }] } } }) as IndividualRecord
    expect(usableInitiatives(rec, [2024], 'chien-si-thi-dua-co-so', 'co-so', 'level').map((i) => i.id)).toEqual(['SK-02'])
  })
  it('every individual title has a check, and each check names at least one criterion with a basis', () => {
    const rec = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }
    for (const [award, check] of Object.entries(INDIVIDUAL_TITLES)) {
      for (const regime of [REGIME_A, REGIME_B, REGIME_C]) {
        const criteria = check!(ctx(regime, 2024, rec))
        expect(criteria.length, award).toBeGreaterThan(0)
        for (const c of criteria) expect(c.basis.length, `${award} ${c.id}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('CSTĐ tỉnh entered without its period (issue 18.5): read with the standard period, with a warning', () => {
  const national = [{ level: 'cap-tinh' as const, scope: 'toan-quoc' as const }]
  it('bare titles of 2011 and 2014 with no CSTĐCS entered in between: the 2014 title is read as 2012–2014, consecutive [A; Law 2003 Art 21–22]', () => {
    const rec = { kind: 'individual', years: { 2011: { titles: ['chien-si-thi-dua-cap-tinh'] }, 2013: { initiatives: national }, 2014: { titles: ['chien-si-thi-dua-cap-tinh'] } } }
    const c = ctx(REGIME_A, 2014, rec, '2015-04-20')
    const out = INDIVIDUAL_TITLES['chien-si-thi-dua-toan-quoc']!(c)
    expect(out.find((x) => x.id === 'consecutive-cap-tinh')).toMatchObject({ ok: true, observed: [2011, 2014] })
    expect(out.find((x) => x.id === 'consecutive-cap-tinh')!.uncertain).toContain('standard period')
    expect(c.warnings.map((w) => w.vi)).toEqual([expect.stringContaining('đọc theo thời gian chuẩn 3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2012–2014)')])
    // The initiative window is the two titles' periods: 2009–2014.
    expect(out.find((x) => x.id === 'initiative-scope')).toMatchObject({ ok: true })
  })
  it('bare titles one year apart (2013, 2014) overlap under the standard period: not consecutive, and the warning says why', () => {
    const rec = { kind: 'individual', years: { 2013: { titles: ['chien-si-thi-dua-cap-tinh'], initiatives: national }, 2014: { titles: ['chien-si-thi-dua-cap-tinh'] } } }
    const c = ctx(REGIME_A, 2014, rec, '2015-04-20')
    expect(INDIVIDUAL_TITLES['chien-si-thi-dua-toan-quoc']!(c).find((x) => x.id === 'consecutive-cap-tinh')).toMatchObject({ ok: false, observed: [2014] })
    expect(c.warnings[0]!.en).toContain('2013 and 2014 entered without their periods; with the standard period of 3 years they overlap')
  })
  it('titles entered with their periods need no reading and carry no warning [B; Law 2022 Art 21.a]', () => {
    const rec = {
      kind: 'individual',
      years: {
        2021: { titles: [{ award: 'chien-si-thi-dua-cap-tinh', period: { from: 2019, to: 2021 } }] },
        2023: { initiatives: national },
        2024: { titles: [{ award: 'chien-si-thi-dua-cap-tinh', period: { from: 2022, to: 2024 } }] },
      },
    }
    const c = ctx(REGIME_B, 2024, rec)
    expect(INDIVIDUAL_TITLES['chien-si-thi-dua-toan-quoc']!(c).find((x) => x.id === 'consecutive-cap-tinh')).toMatchObject({ ok: true, observed: [2021, 2024] })
    expect(c.warnings).toEqual([])
  })
})
