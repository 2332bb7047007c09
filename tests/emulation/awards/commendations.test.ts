import { describe, expect, it } from 'vitest'
import { REGIME_B, REGIME_C, parseRecord, type Regime } from 'hanhchinh/emulation'
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
