import { describe, expect, it } from 'vitest'
import { fromLunar, lunarMonthLength, toLunar } from 'hanhchinh/calendar'
import { generatedAndCommitted, nearMidnightNewMoons } from '../../../scripts/lunar/generate-lunar-table.js'
import { NEAR_MIDNIGHT_CORRECTIONS } from '../../../scripts/lunar/near-midnight.js'
import { createAstronomicalLunarYears } from '../../../src/calendar/lunar/year-table.js'
import { packedLunarYear } from '../../../src/calendar/lunar/packed-table.js'
import { FIRST_PACKED_LUNAR_YEAR, PACKED_LUNAR_YEARS } from '../../../src/calendar/lunar/table-data.js'

describe('the precomputed lunar table', () => {
  it('is what the generator computes from the astronomy now (regenerate: npx tsx scripts/lunar/generate-lunar-table.ts)', () => {
    const { generated, committed } = generatedAndCommitted()
    expect(committed).toBe(generated)
  })

  it('decodes to the astronomical years 1899–2199 (with the near-midnight correction)', () => {
    const byK = new Map(NEAR_MIDNIGHT_CORRECTIONS.map((c) => [c.k, c.day]))
    const corrected = createAstronomicalLunarYears(7, (k, day) => (byK.has(k) ? Math.round(Date.parse(byK.get(k)!) / 86_400_000) : day))
    for (let y = 1899; y <= 2199; y++) expect(packedLunarYear(y), String(y)).toEqual(corrected(y))
  })

  it('4 characters a year, 1899–2199', () => {
    expect(PACKED_LUNAR_YEARS).toHaveLength(301 * 4)
    expect(FIRST_PACKED_LUNAR_YEAR).toBe(1899)
  })
})

describe('the new moon of 8 July 1967 (ELP/MPP02: 00:00:03 at UTC+7)', () => {
  it('starts lunar month 6 of 1967 on 1967-07-08', () => {
    expect(toLunar('1967-07-07')).toEqual({ year: 1967, month: 5, day: 30, leap: false })
    expect(toLunar('1967-07-08')).toEqual({ year: 1967, month: 6, day: 1, leap: false })
    expect(lunarMonthLength(1967, 5)).toBe(30)
    expect(fromLunar({ year: 1967, month: 6, day: 1 })).toBe('1967-07-08')
  })

  it('is the correction the generator applies: Meeus alone puts it on 1967-07-07, 2.1 s before midnight', () => {
    const meeus = createAstronomicalLunarYears(7)(1967)
    const month6 = meeus.months.find((m) => m.month === 6 && !m.leap)!
    expect(month6.start).toBe(Math.round(Date.parse('1967-07-07') / 86_400_000))
    const near = nearMidnightNewMoons(10).find((n) => n.k === -402)!
    expect(near.instant.slice(0, 19)).toBe('1967-07-07T23:59:57')
    expect(near.fromMidnight).toBeCloseTo(-2.1, 1)
  })
})
