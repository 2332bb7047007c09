import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { percentages } from 'hanhchinh/dossiers'

describe('percentages', () => {
  it('gives the published 84,79% / 15,12% / 0,09% for 42.657 / 7.608 / 43 of 50.308', () => {
    const p = percentages({ early: 42657, onTime: 7608, late: 43 }, { decimals: 2 })!
    expect(p.early.toFixed(2)).toBe('84.79')
    expect(p.onTime.toFixed(2)).toBe('15.12')
    expect(p.late.toFixed(2)).toBe('0.09')
    const lr = percentages({ early: 42657, onTime: 7608, late: 43 }, { decimals: 2, method: 'largest-remainder' })!
    expect([lr.early.toString(), lr.onTime.toString(), lr.late.toString()]).toEqual(['84.79', '15.12', '0.09'])
    expect(lr.early.plus(lr.onTime).plus(lr.late).toString()).toBe('100')
  })

  it('gives 98,86% for 1.044 of 1.056', () => {
    expect(percentages({ done: 1044, pending: 12 })!.done.toString()).toBe('98.86')
    expect(percentages({ done: 1044, pending: 12 })!.pending.toString()).toBe('1.14')
  })

  it('round-half-up per part may not add up to 100, largest remainder does (1/3 each)', () => {
    const hu = percentages({ a: 1, b: 1, c: 1 }, { decimals: 2 })!
    expect(hu.a.plus(hu.b).plus(hu.c).toString()).toBe('99.99')
    const lr = percentages({ a: 1, b: 1, c: 1 }, { decimals: 2, method: 'largest-remainder' })!
    // equal remainders and counts: key order breaks the tie
    expect([lr.a.toString(), lr.b.toString(), lr.c.toString()]).toEqual(['33.34', '33.33', '33.33'])
  })

  it('tie-break: larger remainder, then larger count, then key order', () => {
    // 1/6 = 16.666.. and 5/6 = 83.333..: at 0 decimals 16 + 83 = 99, 16 has the larger remainder (.67)
    const p = percentages({ x: 5, y: 1 }, { decimals: 0, method: 'largest-remainder' })!
    expect([p.x.toString(), p.y.toString()]).toEqual(['83', '17'])
  })

  it('is undefined when the total is 0, and refuses bad input', () => {
    expect(percentages({ early: 0, late: 0 })).toBeUndefined()
    expect(percentages({})).toBeUndefined()
    expect(() => percentages({ a: 1.5 })).toThrow(RangeError)
    expect(() => percentages({ a: -1 })).toThrow(/counts\.a/)
    expect(() => percentages({ a: 1 }, { decimals: 11 })).toThrow(/options\.decimals/)
    // @ts-expect-error wrong type on purpose
    expect(() => percentages({ a: '1' })).toThrow(TypeError)
  })

  it('property: largest remainder always adds up to exactly 100 and each part is within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (counts, decimals) => {
        const obj = Object.fromEntries(counts.map((c, i) => [`k${i}`, c]))
        const total = counts.reduce((a, b) => a + b, 0)
        const p = percentages(obj, { decimals, method: 'largest-remainder' })
        if (total === 0) return p === undefined
        const values = Object.values(p!)
        const sum = values.reduce((a, b) => a.plus(b))
        expect(sum.toString()).toBe('100')
        const unit = 10 ** -decimals
        counts.forEach((c, i) => {
          const exact = (c * 100) / total
          expect(Math.abs(p![`k${i}`]!.toNumber() - exact)).toBeLessThan(unit + 1e-9)
        })
        return true
      }),
    )
  })

  it('property: round-half-up parts are each the half-up rounding of the exact share', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        const p = percentages({ a, b }, { decimals: 2 })!
        // exact: a*100/(a+b) with 2 decimals half up via integer arithmetic
        const total = BigInt(a + b)
        const scaled = BigInt(a) * 10000n
        const q = scaled / total
        const r = scaled % total
        const rounded = 2n * r >= total ? q + 1n : q
        expect(p.a.times(100).toString()).toBe(rounded.toString())
      }),
    )
  })
})
