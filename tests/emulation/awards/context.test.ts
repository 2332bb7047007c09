import { describe, expect, it } from 'vitest'
import { listYears } from '../../../src/emulation/awards/context.js'

describe('awards/context: listYears', () => {
  it('lists the years of a run, or says there are none, in each language', () => {
    expect(listYears([2022, 2023, 2024], 'vi')).toBe('2022, 2023, 2024')
    expect(listYears([], 'vi')).toBe('không có')
    expect(listYears([], 'en')).toBe('none')
  })
})
