import DecimalGlobal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh'
import { percentOf, toDecimal } from 'hanhchinh/core'

describe('Decimal', () => {
  it('is a clone: the global decimal.js settings are untouched', () => {
    expect(DecimalGlobal.precision).toBe(20)
    expect(Decimal.precision).toBe(40)
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP)
    expect(Decimal).not.toBe(DecimalGlobal)
  })

  it('computes published figures exactly', () => {
    expect(percentOf(42657, 50308)!.toFixed(2)).toBe('84.79')
    expect(percentOf(7608, 50308)!.toFixed(2)).toBe('15.12')
    expect(percentOf(43, 50308)!.toFixed(2)).toBe('0.09')
    expect(percentOf(1044, 1056)!.toFixed(2)).toBe('98.86')
    expect(percentOf(5, 0)).toBeUndefined()
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3')
    // half-up, not banker's rounding: 0.125 -> 0.13
    expect(percentOf(1, 800, 2)!.toFixed(2)).toBe('0.13')
  })

  it('refuses NaN and infinities naming the argument', () => {
    expect(() => toDecimal(Number.NaN, 'score')).toThrow(/score/)
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => toDecimal('50.308,5')).toThrow(RangeError)
  })

  it('accepts Decimals from another copy of decimal.js', () => {
    expect(toDecimal(new DecimalGlobal('84.79')).toString()).toBe('84.79')
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 1 }), (a, b) => percentOf(a, b)!.equals(new Decimal(a).times(100).div(b).toDecimalPlaces(2))))
  })
})

describe('toDecimal input types', () => {
  it('throws TypeError for null, undefined and booleans, RangeError for bad text', () => {
    for (const v of [null, undefined, true]) expect(() => toDecimal(v as never, 'score')).toThrow(TypeError)
    expect(() => toDecimal('84,79%', 'score')).toThrow(RangeError)
    expect(() => toDecimal('84,79%', 'score')).toThrow(/score/)
  })
})

describe('toDecimal on hostile input (issue 13)', () => {
  it('refuses objects and absurd exponents with documented errors', () => {
    expect(() => toDecimal({} as never)).toThrow(TypeError)
    expect(() => toDecimal({} as never)).toThrow(/^Invalid type for value: \{\}/)
    const t0 = performance.now()
    expect(() => toDecimal('1e9000000000000000')).toThrow(/exponent lies within ±1000/)
    expect(() => toDecimal(new DecimalGlobal('1e9000000000000000'))).toThrow(RangeError)
    expect(performance.now() - t0).toBeLessThan(500)
  })
})
