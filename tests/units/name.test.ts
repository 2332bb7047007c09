import { describe, expect, it } from 'vitest'
import { unitAt, unitName } from 'hanhchinh/units'

describe('unitAt and unitName', () => {
  it('names a province as in the period shown', () => {
    expect(unitName('46', { asOf: '2022-12-31' })).toBe('Tỉnh Thừa Thiên Huế')
    expect(unitName('46', { asOf: '2022-12-31', form: 'short' })).toBe('Thừa Thiên Huế')
    expect(unitName('46', { asOf: '2025-01-01', form: 'short' })).toBe('Huế')
    expect(unitName('46', { asOf: '2025-07-01' })).toBe('Thành phố Huế')
    expect(unitName('02', { asOf: '2025-06-30' })).toBe('Tỉnh Hà Giang')
    expect(() => unitName('02', { asOf: '2025-07-01' })).toThrow(/No administrative unit has code "02" on 2025-07-01/)
  })
  it('a reused code names different units in each period', () => {
    expect(unitAt('00004', { asOf: '2025-06-30' })?.name).toBe('Phường Trúc Bạch')
    expect(unitAt('00004', { asOf: '2025-07-01T00:00:00+07:00' })?.name).toBe('Phường Ba Đình')
    expect(unitAt('001', { asOf: new Date('2025-06-30T12:00:00+07:00') })?.name).toBe('Quận Ba Đình')
    expect(unitAt('001', { asOf: '2025-07-01' })).toBeUndefined()
  })
  it('requires asOf and a well-formed code; refuses uncovered dates and bad options', () => {
    expect(() => unitAt('01', {} as never)).toThrow(/never reads the clock/)
    expect(() => unitAt('1', { asOf: '2025-07-01' })).toThrow(RangeError)
    expect(() => unitAt(1 as never, { asOf: '2025-07-01' })).toThrow(TypeError)
    expect(() => unitAt('00004', { asOf: '2024-12-31' })).toThrow(/01\/03\/2025/)
    expect(() => unitName('01', { asOf: '2025-07-01', form: 'long' as never })).toThrow(RangeError)
  })
})
