import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkQuota } from 'hanhchinh/emulation'

describe('CSTĐCS cap (Decree 91/2017 Art 9.3)', () => {
  it('a unit in 2019 with 62 LĐTT and 13 CSTĐCS is flagged; the same counts in 2024 are not', () => {
    const r2019 = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2019 })
    expect(r2019.regime).toBe('A')
    expect(r2019.ok).toBe(false)
    expect(r2019.caps).toHaveLength(1)
    expect(r2019.caps[0]).toMatchObject({ id: 'chien-si-thi-dua-co-so', count: 13, limit: 9, excess: 4, base: 62, of: 'lao-dong-tien-tien', rounding: 'floor' })
    expect(r2019.caps[0]!.percent.toString()).toBe('15')
    expect(r2019.caps[0]!.exactLimit.toString()).toBe('9.3')
    expect(r2019.caps[0]!.basis[0]).toMatchObject({ instrument: '91/2017/NĐ-CP', article: '9', clause: '3' })
    expect(r2019.caps[0]!.uncertain).toBeDefined()
    const r2024 = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2024 })
    expect(r2024.regime).toBe('B')
    expect(r2024.ok).toBe(true)
    expect(r2024.caps).toEqual([])
    expect(r2024.notes[0]!.vi).toContain('không có giới hạn')
  })

  it('W5: 30 LĐTT in 2022 ⇒ cap floor(15% × 30) = 4; the rounding is an option', () => {
    expect(checkQuota({ laoDongTienTien: 30, chienSiThiDuaCoSo: 6 }, { year: 2022 }).caps[0]).toMatchObject({ limit: 4, excess: 2 })
    expect(checkQuota({ laoDongTienTien: 30, chienSiThiDuaCoSo: 6 }, { year: 2022, rounding: 'half-up' }).caps[0]).toMatchObject({ limit: 5, excess: 1 })
    expect(checkQuota({ laoDongTienTien: 30, chienSiThiDuaCoSo: 6 }, { year: 2022, rounding: 'ceil' }).caps[0]).toMatchObject({ limit: 5 })
    expect(checkQuota({ laoDongTienTien: 30, chienSiThiDuaCoSo: 6 }, { year: 2024 }).caps).toEqual([])
  })

  it('a forced regime decides the cap', () => {
    expect(checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2023, decisionDate: '2024-02-01' }).caps).toEqual([])
    expect(checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2023, decisionDate: '2024-02-01', regime: 'A' }).ok).toBe(false)
  })
})

describe('HTXS rating cap', () => {
  it('W20: 2026, 15 rated HTT and 6 scoring ≥ 90 ⇒ at most floor(20% × 15) = 3 [ND 335/2025]', () => {
    const r = checkQuota({ hoanThanhTot: 15, hoanThanhXuatSac: 6 }, { year: 2026 })
    expect(r.caps[0]).toMatchObject({ id: 'hoan-thanh-xuat-sac', limit: 3, count: 6, excess: 3, of: 'hoan-thanh-tot' })
    expect(r.caps[0]!.basis[0]!.instrument).toBe('335/2025/NĐ-CP')
  })
  it('W21: 2025, 30 rated HTT ⇒ ≤ 6; outstanding ⇒ ≤ 7 (25% × 30 = 7.5, floor) [QĐ 366 Art 11; ND 48/2023 Art 2.6]', () => {
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025 }).caps[0]).toMatchObject({ limit: 6, excess: 1 })
    const out = checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025, outstanding: true }).caps[0]!
    expect(out).toMatchObject({ limit: 7, excess: 0, ok: true })
    expect(out.exactLimit.toString()).toBe('7.5')
    expect(out.basis.map((b) => b.instrument)).toEqual(['48/2023/NĐ-CP', '366-QĐ/TW'])
  })
  it('no cap found before the 2023 rating year; the 2023–2024 Party rate is flagged UNCONFIRMED', () => {
    const r = checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 20 }, { year: 2022 })
    expect(r.caps).toEqual([])
    expect(r.notes.some((n) => n.en.includes('UNCONFIRMED'))).toBe(true)
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2024 }).caps[0]!.uncertain).toContain('124')
  })
  it('a caller-supplied rate replaces the default', () => {
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025, htxsPercent: 10 }).caps[0]).toMatchObject({ limit: 3, excess: 4 })
  })
  it('rejects bad counts and options', () => {
    expect(() => checkQuota({ laoDongTienTien: 1.5 }, { year: 2019 })).toThrow(RangeError)
    expect(() => checkQuota({ laoDongTienTien: '3' as unknown as number }, { year: 2019 })).toThrow(TypeError)
    expect(() => checkQuota({}, { year: 2019, rounding: 'up' as 'floor' })).toThrow(/options.rounding/)
  })
})

describe('quota laws', () => {
  it('limit is monotone in the base, floor ≤ half-up ≤ ceil, and excess = max(0, count − limit)', () => {
    fc.assert(
      // A CSTĐCS is one of those counted as LĐTT, so the count never exceeds the base.
      fc.property(fc.integer({ min: 0, max: 5000 }).chain((base) => fc.tuple(fc.constant(base), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: base }))), ([base, extra, count]) => {
        const a = checkQuota({ laoDongTienTien: base, chienSiThiDuaCoSo: count }, { year: 2019 }).caps[0]!
        const b = checkQuota({ laoDongTienTien: base + extra, chienSiThiDuaCoSo: count }, { year: 2019 }).caps[0]!
        const h = checkQuota({ laoDongTienTien: base, chienSiThiDuaCoSo: count }, { year: 2019, rounding: 'half-up' }).caps[0]!
        const c = checkQuota({ laoDongTienTien: base, chienSiThiDuaCoSo: count }, { year: 2019, rounding: 'ceil' }).caps[0]!
        expect(a.limit).toBeLessThanOrEqual(b.limit)
        expect(a.limit).toBeLessThanOrEqual(h.limit)
        expect(h.limit).toBeLessThanOrEqual(c.limit)
        expect(c.limit - a.limit).toBeLessThanOrEqual(1)
        expect(a.excess).toBe(Math.max(0, count - a.limit))
        expect(a.ok).toBe(count <= a.limit)
        // floor never lets the cap be exceeded: limit × 100 ≤ 15 × base
        expect(a.limit * 100).toBeLessThanOrEqual(15 * base)
      }),
    )
  })
})
