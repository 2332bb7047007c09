import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bandOf, PAPI_GROUPS, papiGroups, PAR_INDEX_BANDS, rank, type BandSet } from 'hanhchinh/rankings'
import { LegalBasisSchema } from 'hanhchinh/core'

describe('bandOf with the PAR INDEX groups', () => {
  it('classifies published PAR INDEX figures', () => {
    // Hải Phòng 2024 96.17%; Quảng Ninh 2020 91.04%; Hà Nội 2023 91.43%; Đồng Tháp 2020 86.77%;
    // national mean 2022 84.79%; An Giang 2023 81.32%
    expect(['96.17', '91.04', '91.43', '86.77', '84.79', '81.32'].map((s) => bandOf(s, PAR_INDEX_BANDS)?.id)).toEqual(['A', 'A', 'A', 'B', 'B', 'B'])
  })

  it('bounds: A from 90 inclusive, B below 90, C from 70, nothing below 70', () => {
    expect(bandOf('90.00', PAR_INDEX_BANDS)?.id).toBe('A')
    expect(bandOf('89.99', PAR_INDEX_BANDS)?.id).toBe('B')
    expect(bandOf('80', PAR_INDEX_BANDS)?.id).toBe('B')
    expect(bandOf('79.999999', PAR_INDEX_BANDS)?.id).toBe('C')
    expect(bandOf(70, PAR_INDEX_BANDS)?.id).toBe('C')
    expect(bandOf('69.99', PAR_INDEX_BANDS)).toBeUndefined()
  })

  it('carries its basis as valid LegalBasis data, marked unconfirmed', () => {
    for (const b of PAR_INDEX_BANDS.basis) expect(() => LegalBasisSchema.parse(b)).not.toThrow()
    expect(PAR_INDEX_BANDS.basis[0]?.unconfirmed).toBeTruthy()
    expect(PAR_INDEX_BANDS.bands.map((b) => b.label.vi)).toEqual(['Nhóm A', 'Nhóm B', 'Nhóm C'])
  })

  it('replaceable: overlapping bands are refused, bad scores too', () => {
    const bad: BandSet = { ...PAR_INDEX_BANDS, bands: [{ id: 'x', label: { vi: 'x', en: 'x' }, min: '0' }, { id: 'y', label: { vi: 'y', en: 'y' }, min: '50' }] }
    expect(() => bandOf(60, bad)).toThrow(/bands/)
    // the whole set is checked, whatever the score: 95 falls in one band only, yet the set overlaps
    expect(() => bandOf(95, { ...PAR_INDEX_BANDS, bands: [...PAR_INDEX_BANDS.bands, { id: 'D', label: { vi: 'D', en: 'D' }, min: '60', max: '75' }] }))
      .toThrow('Invalid bands: ["C","D"] (expected bands that do not overlap)')
    // a band with max ≤ min would silently match nothing
    expect(() => bandOf(85, { ...PAR_INDEX_BANDS, bands: [{ id: 'B', label: { vi: 'B', en: 'B' }, min: '90', max: '80' }] }))
      .toThrow('Invalid bands.B.max: "80" (expected a bound greater than min (90))')
    expect(() => bandOf('84,79', PAR_INDEX_BANDS)).toThrow(/score/)
    expect(() => bandOf(1, null as never)).toThrow(TypeError)
  })

  it('every score from 70 up falls in exactly one band, in band order', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), (x) => {
      const s = (x / 100).toFixed(2)
      const b = bandOf(s, PAR_INDEX_BANDS)
      const v = x / 100
      expect(b?.id).toBe(v >= 90 ? 'A' : v >= 80 ? 'B' : v >= 70 ? 'C' : undefined)
    }))
  })
})

describe('papiGroups', () => {
  // synthetic distinct 4-decimal scores; the group sizes are the published facts
  const scores63 = Array.from({ length: 63 }, (_, i) => ({ id: `p${i}`, score: (35 + ((i * 37) % 63) * 0.2137).toFixed(4) }))
  const bestFirst = (entries: Array<{ id: string; score: string | null }>) => rank(entries).map((r) => r.id)

  it('63 provinces, default: 16 best, 16 high-average, 15 low-average, 16 poor performers (PAPI 2020, vietnamplus.vn 200139)', () => {
    const g = papiGroups(scores63)
    expect(g.counts).toEqual({ highest: 16, 'high-average': 16, 'low-average': 15, lowest: 16 })
    // groups follow rank: the 16 best are the highest group
    const top16 = new Set(bestFirst(scores63).slice(0, 16))
    expect(g.units.filter((u) => u.group === 'highest').every((u) => top16.has(u.id))).toBe(true)
  })

  it("63 provinces, atCut 'lower-group': the 25th is one of 15 high-average units (PAPI 2021: Hải Dương 42.68, 25th, haiduongnews.com 203251)", () => {
    const g = papiGroups(scores63, { atCut: 'lower-group' })
    expect(g.counts).toEqual({ highest: 16, 'high-average': 15, 'low-average': 16, lowest: 16 })
    const order = bestFirst(scores63)
    const groupOf = (id: string) => g.units.find((u) => u.id === id)!.group
    expect(groupOf(order[24]!)).toBe('high-average')
    // only the median unit (32nd) moves between the two rules
    const d = papiGroups(scores63)
    expect(order.filter((id) => groupOf(id) !== d.units.find((u) => u.id === id)!.group)).toEqual([order[31]])
  })

  it("61 ranked (PAPI 2023: no results for Quảng Ninh and Bình Dương), atCut 'lower-group': 15 highest with Hà Nội 15th, 16 lowest (hanoitimes.vn 326500)", () => {
    const entries = Array.from({ length: 63 }, (_, i) => ({ id: `p${i}`, score: i < 2 ? null : (40 + i / 10).toFixed(4) }))
    const g = papiGroups(entries, { atCut: 'lower-group' })
    expect(g.units).toHaveLength(61)
    expect(g.counts).toEqual({ highest: 15, 'high-average': 15, 'low-average': 15, lowest: 16 })
    const order = bestFirst(entries)
    const groupOf = (id: string) => g.units.find((u) => u.id === id)!.group
    expect([groupOf(order[14]!), groupOf(order[15]!)]).toEqual(['highest', 'high-average'])
    // the default puts the three units lying exactly on a cut one group higher: 16/15/15/15, not the published sizes
    expect(papiGroups(entries).counts).toEqual({ highest: 16, 'high-average': 15, 'low-average': 15, lowest: 15 })
  })

  it('34 units (post-2025): no unit lies on a cut, both rules agree', () => {
    const entries = scores63.slice(0, 34)
    expect(papiGroups(entries, { atCut: 'lower-group' })).toEqual(papiGroups(entries))
    expect(papiGroups(entries).counts).toEqual({ highest: 9, 'high-average': 8, 'low-average': 8, lowest: 9 })
  })

  it('refuses an unknown atCut', () => {
    expect(() => papiGroups(scores63, { atCut: 'up' as 'lower-group' })).toThrow('Invalid options.atCut: "up"')
    expect(() => papiGroups(scores63, 'lower-group' as never)).toThrow(TypeError)
    expect(() => papiGroups(scores63, { atcut: 'lower-group' } as never)).toThrow('Unknown option "atcut" of papiGroups (did you mean "atCut"? valid options: atCut)')
  })

  it('uses published 4-decimal scores exactly and interpolates percentiles', () => {
    const g = papiGroups([{ id: 'hue', score: '47.8763' }, { id: 'brvt', score: '45.7875' }, { id: 'x', score: '43.4778' }])
    expect(g.thresholds.p75.toString()).toBe('46.8319')
    expect(g.thresholds.p50.toString()).toBe('45.7875')
    expect(g.units.map((u) => u.group)).toEqual(['highest', 'high-average', 'lowest'])
    expect(g.units[0]?.label).toEqual(PAPI_GROUPS[0]?.label)
  })

  it('refuses an empty ranking', () => {
    expect(() => papiGroups([])).toThrow(/at least one/)
  })

  it('groups are ordered like scores and their counts add up (both atCut rules)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 800000 }), { minLength: 1, maxLength: 80 }), fc.constantFrom('higher-group' as const, 'lower-group' as const), (xs, atCut) => {
      const g = papiGroups(xs.map((x, i) => ({ id: `u${i}`, score: (x / 10000).toFixed(4) })), { atCut })
      const order = ['lowest', 'low-average', 'high-average', 'highest']
      for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) {
        if (xs[i]! > xs[j]!) expect(order.indexOf(g.units[i]!.group)).toBeGreaterThanOrEqual(order.indexOf(g.units[j]!.group))
      }
      expect(Object.values(g.counts).reduce((a, b) => a + b, 0)).toBe(xs.length)
    }))
  })
})

describe('bands on hostile input (issue 13)', () => {
  it('refuses holes in a sparse band list and in papiGroups entries', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = { ...PAR_INDEX_BANDS, bands: [, ...PAR_INDEX_BANDS.bands] } as unknown as BandSet
    expect(() => bandOf('90.10', sparse)).toThrow(TypeError)
    expect(() => bandOf('90.10', sparse)).toThrow(/^Invalid type for bands.bands\[0\]: undefined/)
    // eslint-disable-next-line no-sparse-arrays
    expect(() => papiGroups([{ id: 'hue', score: '47.8763' }, , { id: 'quang-ninh', score: '45.7' }] as never)).toThrow(/^Invalid type for entries\[1\]: undefined/)
    expect(() => papiGroups([{ id: 7, score: '47.8763' }] as never)).toThrow(/^Invalid type for entries\[0\].id: 7/)
  })
})
