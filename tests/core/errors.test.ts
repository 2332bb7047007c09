import { describe, expect, it } from 'vitest'
import { describeValue, invalidArgument, wrongType } from 'hanhchinh/core'

describe('errors', () => {
  it('name the argument and show the value', () => {
    expect(invalidArgument('n', 1.5, 'an integer')).toBeInstanceOf(RangeError)
    expect(invalidArgument('date', '2024-02-30', 'an ISO date').message).toBe('Invalid date: "2024-02-30" (expected an ISO date)')
    expect(wrongType('date', undefined, 'a string')).toBeInstanceOf(TypeError)
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date')
    expect(describeValue({ a: 1 })).toBe('{"a":1}')
    expect(describeValue('x'.repeat(200)).length).toBeLessThan(210)
  })
})
