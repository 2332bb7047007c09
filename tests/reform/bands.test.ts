import { describe, expect, it } from 'vitest'
import { indexBand, PAR_BANDS, PAR_BANDS_BASIS } from 'hanhchinh/reform'

describe('indexBand', () => {
  it('PAR 2022 provinces: A ≥ 90, B 80–<90, C 70–<80 (Hải Phòng 90,09 in A; national mean 84,79 in B)', () => {
    expect(indexBand('90.09')?.id).toBe('A')
    expect(indexBand('84.79')?.id).toBe('B')
    expect(indexBand('0')).toBeUndefined()
    expect(indexBand('100')?.id).toBe('A')
    expect(PAR_BANDS_BASIS.unconfirmed).toMatch(/band thresholds/)
  })
  it('any order of custom bands', () => {
    const bands = [...PAR_BANDS].reverse()
    expect(indexBand('75', bands)?.id).toBe('C')
  })
  it('refuses an index outside 0..100 and malformed bands', () => {
    expect(() => indexBand(-1)).toThrow(/index/)
    expect(() => indexBand('abc')).toThrow(RangeError)
    expect(() => indexBand(50, [{ id: 'x', min: 'y', label: { vi: 'x', en: 'x' } }])).toThrow(/bands\[0\]\.min/)
  })
})
