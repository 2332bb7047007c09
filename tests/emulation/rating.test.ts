import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessRating, ratingRank, scoreToRating } from 'hanhchinh/emulation'

describe('scoreToRating (Decree 335/2025 Art 20)', () => {
  it('the band edges', () => {
    expect([100, 90, 89.99, 70, 69.99, 50, 49.99, 0].map(scoreToRating)).toEqual([
      'hoan-thanh-xuat-sac', 'hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh-tot', 'hoan-thanh', 'hoan-thanh', 'khong-hoan-thanh', 'khong-hoan-thanh',
    ])
    expect(() => scoreToRating(-1)).toThrow(RangeError)
    expect(() => scoreToRating(NaN)).toThrow(/score/)
  })
  it('is monotone', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
      if (a <= b) expect(ratingRank(scoreToRating(a))).toBeLessThanOrEqual(ratingRank(scoreToRating(b)))
    }))
  })
})

describe('assessRating (Decree 90/2020 Art 2 as amended by 48/2023)', () => {
  it('under 6 months worked without maternity leave ⇒ not rated; with maternity ⇒ rated', () => {
    expect(assessRating({ years: { 2024: { rating: 'hoan-thanh-tot', monthsWorked: 5 } } }, 2024)).toMatchObject({ rated: false })
    expect(assessRating({ years: { 2024: { rating: 'hoan-thanh-tot', monthsWorked: 5, leave: { maternityMonths: 7 } } } }, 2024)).toMatchObject({ rated: true, effective: 'hoan-thanh-tot' })
    expect(assessRating({ recruitedOn: '2024-09-01', years: { 2024: { rating: 'hoan-thanh-tot' } } }, 2024)).toMatchObject({ rated: false, monthsWorked: 4 })
  })
  it('absence of 3 to under 6 months caps at HT; 6 months or more is the not-rated case', () => {
    expect(assessRating({ years: { 2022: { rating: 'hoan-thanh-xuat-sac', leave: { otherMonths: 3 } } } }, 2022).effective).toBe('hoan-thanh')
    expect(assessRating({ years: { 2022: { rating: 'hoan-thanh-xuat-sac', leave: { otherMonths: 2 } } } }, 2022).effective).toBe('hoan-thanh-xuat-sac')
    expect(assessRating({ years: { 2022: { rating: 'hoan-thanh-xuat-sac', leave: { otherMonths: 7 } } } }, 2022).rated).toBe(false)
  })
  it('discipline ⇒ KHT from the 2023 rating (Decree 48/2023); not before', () => {
    expect(assessRating({ years: { 2023: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach' } } } }, 2023).effective).toBe('khong-hoan-thanh')
    expect(assessRating({ years: { 2022: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach' } } } }, 2022).effective).toBe('hoan-thanh-tot')
  })
  it('W22: 2026 score 92 ⇒ HTXS; with duty-related khiển trách ⇒ KHT; private conduct ignored (Law 80/2025 Art 38.4)', () => {
    expect(assessRating({ years: { 2026: { score: 92 } } }, 2026).effective).toBe('hoan-thanh-xuat-sac')
    expect(assessRating({ years: { 2026: { score: 92, discipline: { form: 'khien-trach' } } } }, 2026).effective).toBe('khong-hoan-thanh')
    const r = assessRating({ years: { 2026: { score: 92, discipline: { form: 'khien-trach', dutyRelated: false } } } }, 2026)
    expect(r.effective).toBe('hoan-thanh-xuat-sac')
    expect(r.reasons.map((x) => x.basis[0]!.instrument)).toEqual(['335/2025/NĐ-CP', '80/2025/QH15'])
  })
  it('a score before 2026 is not a rating: without a rating it is a data error, with one it is ignored', () => {
    expect(() => assessRating({ years: { 2025: { score: 95 } } }, 2025)).toThrow(/record\.years\.2025\.score: 95/)
    expect(assessRating({ years: { 2025: { score: 95, rating: 'hoan-thanh-tot' } } }, 2025).effective).toBe('hoan-thanh-tot')
  })
  it('adding leave never improves the rating', () => {
    fc.assert(fc.property(fc.constantFrom('hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh' as const), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (rating, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a]
      const r1 = assessRating({ years: { 2024: { rating, leave: { otherMonths: lo } } } }, 2024)
      const r2 = assessRating({ years: { 2024: { rating, leave: { otherMonths: hi } } } }, 2024)
      const rank = (r: typeof r1) => (r.effective === undefined ? -1 : ratingRank(r.effective))
      expect(rank(r2)).toBeLessThanOrEqual(rank(r1))
    }))
  })
})
