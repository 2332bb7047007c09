import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { positionOf } from 'hanhchinh/rankings'

describe('positionOf', () => {
  it('Cao Bằng PAR 2024 63/63 is 0, first place is 1, 19/63 and 5/34 compare on one scale', () => {
    expect(positionOf(63, 63).toString()).toBe('0')
    expect(positionOf(1, 34).toString()).toBe('1')
    expect(positionOf(19, 63).toFixed(4)).toBe('0.7097')
    expect(positionOf(5, 34).toFixed(4)).toBe('0.8788')
    expect(positionOf(1, 1).toString()).toBe('1')
    expect(positionOf(1.5, 2).toString()).toBe('0.5')
  })

  it('refuses a rank outside 1..of', () => {
    expect(() => positionOf(0, 63)).toThrow(/rank: 0/)
    expect(() => positionOf(2, 1)).toThrow(/rank/)
    expect(() => positionOf(1, 0)).toThrow(/of: 0/)
  })

  it('is in [0, 1] and strictly decreasing in rank', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 }))), ([n, r]) => {
      const p = positionOf(r, n)
      expect(p.greaterThanOrEqualTo(0) && p.lessThanOrEqualTo(1)).toBe(true)
      expect(positionOf(r + 1, n).lessThan(p)).toBe(true)
    }))
  })
})
