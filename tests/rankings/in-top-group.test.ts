import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { inTopGroup, rank } from 'hanhchinh/rankings'

describe('inTopGroup', () => {
  it('"nhóm 16 tỉnh dẫn đầu": ranks 1..16 are in, 17 is out', () => {
    expect(inTopGroup(1, 16)).toBe(true)
    expect(inTopGroup(16, 16)).toBe(true)
    expect(inTopGroup(17, 16)).toBe(false)
  })

  it('PCI 2022 top 10: Long An #10 is in the top 10, not in the top 5', () => {
    // https://baonghean.vn/...post267904.html: Long An 10th in PCI 2022
    expect(inTopGroup(10, 10)).toBe(true)
    expect(inTopGroup(10, 5)).toBe(false)
  })

  it('a shared competition rank on the boundary puts every tied unit in the group', () => {
    const r = rank(
      [
        { id: 'a', score: '70' },
        { id: 'b', score: '69' },
        { id: 'c', score: '69' },
        { id: 'd', score: '68' },
      ],
      { ties: 'competition' },
    )
    expect(r.filter((x) => inTopGroup(x.rank, 2)).map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })

  it('refuses non-positive and non-integer arguments, naming them', () => {
    expect(() => inTopGroup(0, 16)).toThrow(RangeError)
    expect(() => inTopGroup(-1, 16)).toThrow(/rank/)
    expect(() => inTopGroup(1.5, 16)).toThrow(/rank: 1.5/)
    expect(() => inTopGroup(3, 0)).toThrow(/k: 0/)
    expect(() => inTopGroup(3, 2.5)).toThrow(/k/)
    expect(() => inTopGroup(Number.NaN, 2)).toThrow(RangeError)
    expect(() => inTopGroup('3' as unknown as number, 2)).toThrow(RangeError)
  })

  it('is monotone: in the top k implies in the top k+1, and rank ≤ k exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (r, k) => {
        expect(inTopGroup(r, k)).toBe(r <= k)
        if (inTopGroup(r, k)) expect(inTopGroup(r, k + 1)).toBe(true)
      }),
    )
  })
})
