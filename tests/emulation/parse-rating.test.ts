import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RATING_LABELS, RatingIdSchema, parseRatingText } from 'hanhchinh/emulation'

describe('parseRatingText', () => {
  it('reads every official label, its id and common forms from real reports', () => {
    for (const id of RatingIdSchema.options) {
      expect(parseRatingText(RATING_LABELS[id].vi)).toBe(id)
      expect(parseRatingText(RATING_LABELS[id].vi.toUpperCase())).toBe(id)
      expect(parseRatingText(id)).toBe(id)
    }
    expect(parseRatingText('  Hoàn thành tốt nhiệm vụ được giao ')).toBe('hoan-thanh-tot')
    expect(parseRatingText('HTXS')).toBe('hoan-thanh-xuat-sac')
    expect(parseRatingText('Không hoàn thành')).toBe('khong-hoan-thanh')
    // Decomposed Unicode (as some exports write it)
    expect(parseRatingText('Hoàn thành xuất sắc'.normalize('NFD'))).toBe('hoan-thanh-xuat-sac')
  })
  it('answers undefined for anything else, never throws', () => {
    expect(parseRatingText('Xuất sắc')).toBeUndefined()
    expect(parseRatingText('')).toBeUndefined()
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseRatingText(s)
      expect(r === undefined || RatingIdSchema.options.includes(r)).toBe(true)
    }))
  })
})
