import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  compareRankings,
  MERGED_BASELINES,
  positionOf,
  rankingProvinces,
  provinceSuccession2025,
  rankChange,
  type MergedBaseline,
  type Succession,
} from 'hanhchinh/rankings'

// Illustrative rankings (no 2025 index has been published: rules §5): the 63
// pre-2025 units ranked in registry order, the 34 current units in reverse order.
const before = rankingProvinces({ era: 'pre-2025' }).map((u, i) => ({ id: u.id, rank: i + 1, of: 63, score: (90 - i / 10).toFixed(2) }))
const after = [...rankingProvinces({ era: 'current' })].reverse().map((u, i) => ({ id: u.id, rank: i + 1, of: 34, score: (95 - i / 10).toFixed(2) }))
const prevRank = (id: string) => before.find((r) => r.id === id)!.rank

describe('compareRankings across the 2025 merger (63 → 34)', () => {
  it('gives no plain rank difference, detects the provincial succession and says why', () => {
    const c = compareRankings(before, after)
    expect(c.plain).toBe(false)
    expect(c.succession).toBe('provinces-2025')
    expect(c.reason?.en).toMatch(/reorganised/)
    expect(c.previousOf).toBe(63)
    expect(c.currentOf).toBe(34)
    expect(c.units).toHaveLength(34)
    expect(c.units.every((u) => u.change === undefined)).toBe(true)
    expect(c.absorbed).toHaveLength(29)
    expect(c.absorbed).toContainEqual({ id: 'thai-binh', into: 'hung-yen', name: 'Thái Bình', intoName: 'Hưng Yên' })
    expect(c.goneUnits).toEqual([])
    expect(c.newUnits).toEqual([])
  })

  it('an unchanged unit (Quảng Ninh) is compared by normalised position', () => {
    const c = compareRankings(before, after)
    const qn = c.units.find((u) => u.id === 'quang-ninh')!
    const cur = after.find((r) => r.id === 'quang-ninh')!
    expect(qn.status).toBe('same-unit')
    expect(qn.baseline).toMatchObject({ method: 'same-unit', from: ['quang-ninh'], rank: prevRank('quang-ninh'), of: 63 })
    expect(qn.positionChange!.equals(positionOf(cur.rank, 34).minus(positionOf(prevRank('quang-ninh'), 63)))).toBe(true)
    expect(qn.phrase.vi).toContain(`từ ${prevRank('quang-ninh')}/63 đến ${cur.rank}/34`)
  })

  it("a merged unit's baseline follows the option chosen (Bắc Ninh = Bắc Giang + Bắc Ninh, centre in Bắc Giang)", () => {
    const cur = after.find((r) => r.id === 'bac-ninh')!
    const pBG = positionOf(prevRank('bac-giang'), 63)
    const pBN = positionOf(prevRank('bac-ninh'), 63)
    const expected: Record<Exclude<MergedBaseline, 'none'>, { from: string[]; position: string }> = {
      'name-kept': { from: ['bac-ninh'], position: pBN.toString() },
      'admin-centre': { from: ['bac-giang'], position: pBG.toString() },
      best: { from: [pBG.greaterThan(pBN) ? 'bac-giang' : 'bac-ninh'], position: (pBG.greaterThan(pBN) ? pBG : pBN).toString() },
      worst: { from: [pBG.lessThan(pBN) ? 'bac-giang' : 'bac-ninh'], position: (pBG.lessThan(pBN) ? pBG : pBN).toString() },
      mean: { from: ['bac-giang', 'bac-ninh'], position: pBG.plus(pBN).div(2).toString() },
    }
    for (const method of MERGED_BASELINES) {
      const u = compareRankings(before, after, { baseline: method }).units.find((x) => x.id === 'bac-ninh')!
      expect(u.status).toBe('merged')
      expect(u.predecessors?.map((p) => p.id)).toEqual(['bac-giang', 'bac-ninh'])
      if (method === 'none') {
        expect(u.baseline).toBeUndefined()
        expect(u.positionChange).toBeUndefined()
        expect(u.phrase.vi).toBe(`đơn vị hợp nhất, không so sánh (xếp thứ ${cur.rank}/34)`)
        continue
      }
      expect(u.baseline?.method).toBe(method)
      expect(u.baseline?.from).toEqual(expected[method].from)
      expect(u.baseline?.position.toString()).toBe(expected[method].position)
      expect(u.positionChange?.toString()).toBe(positionOf(cur.rank, 34).minus(u.baseline!.position).toString())
    }
  })

  it('the mean baseline averages the scores of all predecessors (Ninh Bình = Hà Nam + Nam Định + Ninh Bình)', () => {
    const u = compareRankings(before, after, { baseline: 'mean' }).units.find((x) => x.id === 'ninh-binh')!
    const scores = ['ha-nam', 'nam-dinh', 'ninh-binh'].map((id) => Number(before.find((r) => r.id === id)!.score))
    expect(u.baseline?.rank).toBeUndefined()
    expect(Number(u.baseline!.score!.toString())).toBeCloseTo(scores.reduce((a, b) => a + b) / 3, 10)
    expect(u.scoreChange!.plus(u.baseline!.score!).equals(after.find((r) => r.id === 'ninh-binh')!.score)).toBe(true)
  })

  it('resolves province names and aliases on both sides (auto succession)', () => {
    const c = compareRankings(
      [{ id: 'Thái Bình', rank: 28, of: 63 }, { id: 'Hưng Yên', rank: 40, of: 63 }, { id: 'TT-Huế', rank: 6, of: 63 }],
      [{ id: 'Hưng Yên', rank: 10, of: 34 }, { id: 'Huế', rank: 3, of: 34 }],
      { baseline: 'best' },
    )
    expect(c.succession).toBe('provinces-2025')
    expect(c.units.find((u) => u.id === 'Hưng Yên')?.baseline).toMatchObject({ method: 'best', from: ['Thái Bình'], rank: 28 })
    expect(c.units.find((u) => u.id === 'Huế')?.status).toBe('same-unit')
    expect(c.absorbed).toEqual([{ id: 'Thái Bình', into: 'Hưng Yên', name: 'Thái Bình', intoName: 'Hưng Yên' }])
  })

  it('does not read two pre-2025 tables as the merger: PCI 2021 top 10 → PCI 2022 top 10, both out of 63', () => {
    // PCI 2021 (pcivietnam.vn): Quảng Ninh 1, Hải Phòng 2, Bình Dương 6, Bắc Ninh 7;
    // PCI 2022 (investinquangninh.vn/vi/pci): Quảng Ninh 1, Hải Phòng 3, Bắc Ninh 7 — Bình Dương left the top 10
    // and every 2022 name still exists after 1/7/2025, but a ranking out of 63 is not a post-merger ranking
    const c = compareRankings(
      [{ id: 'Quảng Ninh', rank: 1, of: 63 }, { id: 'Hải Phòng', rank: 2, of: 63 }, { id: 'Bình Dương', rank: 6, of: 63 }, { id: 'Bắc Ninh', rank: 7, of: 63 }],
      [{ id: 'Quảng Ninh', rank: 1, of: 63 }, { id: 'Hải Phòng', rank: 3, of: 63 }, { id: 'Bắc Ninh', rank: 7, of: 63 }],
    )
    expect(c.succession).toBeUndefined()
    expect(c.units.map((u) => [u.id, u.status])).toEqual([['Quảng Ninh', 'same-unit'], ['Hải Phòng', 'same-unit'], ['Bắc Ninh', 'same-unit']])
    expect(c.units[1]?.phrase.vi).toBe('từ 2/63 đến 3/63: vị trí chuẩn hóa 0,98 → 0,97, giảm 0,02')
    expect(c.goneUnits).toEqual(['Bình Dương'])
    expect(c.absorbed).toEqual([])
    // the same rows with the current table out of 34 are read as the merger
    const merged = compareRankings(
      [{ id: 'Quảng Ninh', rank: 1, of: 63 }, { id: 'Bình Dương', rank: 6, of: 63 }],
      [{ id: 'Quảng Ninh', rank: 1, of: 34 }, { id: 'TP.HCM', rank: 2, of: 34 }],
    )
    expect(merged.succession).toBe('provinces-2025')
    expect(merged.absorbed).toEqual([{ id: 'Bình Dương', into: 'TP.HCM', name: 'Bình Dương', intoName: 'TP. Hồ Chí Minh' }])
  })

  it('refuses two rows naming one unit (TT-Huế and Huế) instead of keeping one of them silently', () => {
    expect(() => compareRankings(
      [{ id: 'Huế', rank: 2, of: 63 }, { id: 'Thái Bình', rank: 3, of: 63 }, { id: 'TT-Huế', rank: 1, of: 63 }],
      [{ id: 'Huế', rank: 1, of: 34 }],
    )).toThrow('Invalid previous[2].id: "TT-Huế" (expected a different unit from previous[0].id "Huế" (both are hue): one row per unit)')
    expect(() => compareRankings(
      [{ id: 'Thái Bình', rank: 3, of: 63 }],
      [{ id: 'hue', rank: 1, of: 34 }, { id: 'Thành phố Huế', rank: 2, of: 34 }],
      { succession: provinceSuccession2025() },
    )).toThrow(/current\[1\]\.id: "Thành phố Huế".*current\[0\]\.id "hue"/)
    // without a succession ids are compared as given, so distinct spellings are distinct units
    expect(compareRankings([{ id: 'TT-Huế', rank: 1 }, { id: 'Huế', rank: 2 }], [{ id: 'TT-Huế', rank: 2 }, { id: 'Huế', rank: 1 }], { succession: 'none' }).plain).toBe(true)
  })

  it("with succession 'none', ids are matched as given: Thái Bình is gone, Hưng Yên is compared with itself", () => {
    const c = compareRankings(before, after, { succession: 'none' })
    expect(c.succession).toBeUndefined()
    expect(c.plain).toBe(false)
    expect(c.goneUnits).toContain('thai-binh')
    expect(c.goneUnits).toHaveLength(29)
    expect(c.units.find((u) => u.id === 'hung-yen')?.status).toBe('same-unit')
  })
})

describe('compareRankings within one set of units', () => {
  it('same size and units: the plain rank change (Thái Bình PCI 2021 → 2022 "tăng 19 bậc")', () => {
    const prev = [{ id: 'thai-binh', rank: 47, of: 63 }, { id: 'nghe-an', rank: 30, of: 63 }]
    const cur = [{ id: 'thai-binh', rank: 28, of: 63 }, { id: 'nghe-an', rank: 23, of: 63 }]
    const c = compareRankings(prev, cur)
    expect(c.plain).toBe(true)
    expect(c.reason).toBeUndefined()
    expect(c.units.map((u) => [u.id, u.change?.change, u.phrase.vi])).toEqual([
      ['nghe-an', 7, 'tăng 7 bậc'],
      ['thai-binh', 19, 'tăng 19 bậc'],
    ])
  })

  it('PAPI 2022 (63) → 2023 (61: no results for Quảng Ninh and Bình Dương): compared by position, two gone', () => {
    const ids = rankingProvinces({ era: 'pre-2025' }).map((u) => u.id)
    const prev = ids.map((id, i) => ({ id, rank: i + 1 }))
    const cur = ids.filter((id) => id !== 'quang-ninh' && id !== 'binh-duong').map((id, i) => ({ id, rank: i + 1 }))
    const c = compareRankings(prev, cur)
    expect(c.plain).toBe(false)
    expect(c.succession).toBeUndefined()
    expect(c.reason?.vi).toBe('Số đơn vị khác nhau (63 và 61): so sánh theo vị trí chuẩn hóa')
    expect(c.goneUnits.sort()).toEqual(['binh-duong', 'quang-ninh'])
    expect(c.units.every((u) => u.positionChange !== undefined && u.change === undefined)).toBe(true)
  })

  it('a partial table (PCI 2023 publishes only the top 30 of 63) keeps N = 63 through `of`', () => {
    const c = compareRankings([{ id: 'a', rank: 12, of: 63 }], [{ id: 'a', rank: 10, of: 63 }])
    expect(c.previousOf).toBe(63)
    expect(c.plain).toBe(true)
    expect(c.units[0]?.phrase.en).toBe('up 2 places')
  })

  it('a custom succession (a commune merger) with a new unit and one gone', () => {
    const xa: Succession = {
      id: 'xa',
      label: { vi: 'Sắp xếp xã', en: 'Commune merger' },
      basis: [{ instrument: 'illustration', unconfirmed: 'test data' }],
      units: [{ id: 'xa-moi', predecessors: ['xa-a', 'xa-b'], adminCentreIn: 'xa-b' }],
    }
    const c = compareRankings(
      [{ id: 'xa-a', rank: 1 }, { id: 'xa-b', rank: 3 }, { id: 'xa-c', rank: 2 }, { id: 'xa-d', rank: 4 }],
      [{ id: 'xa-moi', rank: 1 }, { id: 'xa-c', rank: 2 }, { id: 'xa-e', rank: 3 }],
      { succession: xa, baseline: 'admin-centre' },
    )
    expect(c.units[0]).toMatchObject({ id: 'xa-moi', status: 'merged', baseline: { from: ['xa-b'], rank: 3, of: 4 } })
    expect(c.newUnits).toEqual(['xa-e'])
    expect(c.goneUnits).toEqual(['xa-d'])
    // name-kept baseline without a kept name: no baseline
    expect(compareRankings([{ id: 'xa-a', rank: 1 }], [{ id: 'xa-moi', rank: 1 }], { succession: xa, baseline: 'name-kept' }).units[0]?.baseline).toBeUndefined()
  })

  it('a plain { newId: [predecessors] } object is a succession (name kept when the id is a predecessor)', () => {
    const c = compareRankings(
      [{ id: 'xa-a', rank: 1 }, { id: 'xa-b', rank: 2 }, { id: 'xa-c', rank: 3 }],
      [{ id: 'xa-a', rank: 2 }, { id: 'xa-c', rank: 1 }],
      { succession: { 'xa-a': ['xa-a', 'xa-b'] }, baseline: 'name-kept' },
    )
    expect(c.plain).toBe(false)
    expect(c.succession).toBe('custom')
    expect(c.units.find((u) => u.id === 'xa-a')).toMatchObject({ status: 'merged', baseline: { method: 'name-kept', from: ['xa-a'], rank: 1, of: 3 } })
    expect(c.absorbed).toEqual([{ id: 'xa-b', into: 'xa-a' }])
  })

  it('refuses invalid rows and options', () => {
    expect(() => compareRankings([{ id: 'a', rank: 2, of: 1 }], [])).toThrow(/previous\[0\]\.rank: 2/)
    expect(() => compareRankings([{ id: 'a', rank: 1, of: 2 }, { id: 'b', rank: 2, of: 3 }], [])).toThrow(/previous\[1\]\.of/)
    expect(() => compareRankings([], [{ id: 'a', rank: 1 }, { id: 'a', rank: 2 }])).toThrow(/current\[1\]\.id/)
    expect(() => compareRankings([], [], { baseline: 'median' as MergedBaseline })).toThrow(/options.baseline/)
    expect(() => compareRankings([], [], { succession: 'yes' as 'auto' })).toThrow(/options.succession/)
    expect(() => compareRankings([], [], { succession: { a: 'b' } as never })).toThrow(/options.succession/)
    expect(() => compareRankings(5 as never, [])).toThrow(TypeError)
    expect(() => compareRankings([], [], 'admin-centre' as never)).toThrow('Invalid type for compareRankings options: "admin-centre"')
    expect(() => compareRankings([], [], { baseLine: 'best' } as never)).toThrow('Unknown option "baseLine" of compareRankings (did you mean "baseline"?')
  })

  it('refuses a baseline that succession "none" would ignore (no unit is merged without a succession)', () => {
    const before = [{ id: 'thai-binh', rank: 28, of: 63 }, { id: 'hung-yen', rank: 40, of: 63 }]
    const after = [{ id: 'hung-yen', rank: 10, of: 34 }]
    expect(() => compareRankings(before, after, { succession: 'none', baseline: 'best' })).toThrow(
      'Option "baseline" of compareRankings is used only with succession',
    )
    // the default baseline, or none at all, is accepted with succession 'none'
    expect(compareRankings(before, after, { succession: 'none', baseline: 'none' }).units[0]?.status).toBe('same-unit')
    expect(compareRankings(before, after, { succession: 'none' }).units[0]?.baseline?.method).toBe('same-unit')
    // with a succession the baseline is used
    expect(compareRankings(before, after, { baseline: 'best' }).units[0]?.baseline).toMatchObject({ method: 'best', from: ['thai-binh'] })
  })
})

describe('compareRankings properties', () => {
  const rankingArb = fc.integer({ min: 2, max: 30 }).chain((n) =>
    fc.tuple(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })),
  )

  it('same units and size: the change equals rankChange and is antisymmetric', () => {
    fc.assert(fc.property(rankingArb, ([a, b]) => {
      const prev = a.map((u, i) => ({ id: `u${u}`, rank: i + 1 }))
      const cur = b.map((u, i) => ({ id: `u${u}`, rank: i + 1 }))
      const x = compareRankings(prev, cur)
      const y = compareRankings(cur, prev)
      expect(x.plain).toBe(true)
      for (const u of x.units) {
        const p = prev.find((r) => r.id === u.id)!
        expect(u.change?.change).toBe(rankChange(p, u.current).change)
        expect(u.change!.change + y.units.find((v) => v.id === u.id)!.change!.change).toBe(0)
      }
      expect(x.units.reduce((s, u) => s + u.change!.change, 0)).toBe(0)
    }))
  })

  it('positions are in [0, 1] and position changes in [−1, 1], antisymmetric between sizes', () => {
    fc.assert(fc.property(rankingArb, fc.integer({ min: 0, max: 5 }), ([a, b], extra) => {
      const prev = a.map((u, i) => ({ id: `u${u}`, rank: i + 1, of: a.length + extra }))
      const cur = b.map((u, i) => ({ id: `u${u}`, rank: i + 1 }))
      const x = compareRankings(prev, cur)
      const y = compareRankings(cur, prev)
      for (const u of x.units) {
        expect(u.current.position.greaterThanOrEqualTo(0) && u.current.position.lessThanOrEqualTo(1)).toBe(true)
        const d = extra === 0 ? u.change!.change : u.positionChange!
        if (extra > 0) {
          expect(u.positionChange!.abs().lessThanOrEqualTo(1)).toBe(true)
          expect(u.positionChange!.plus(y.units.find((v) => v.id === u.id)!.positionChange!).isZero()).toBe(true)
        } else expect(typeof d).toBe('number')
      }
    }))
  })
})

it('provinceSuccession2025 is cited data built once', () => {
  const s = provinceSuccession2025()
  expect(s).toBe(provinceSuccession2025())
  expect(s.basis[0]?.instrument).toBe('202/2025/QH15')
  expect(s.effectiveFrom).toBe('2025-07-01')
  expect(new Set(s.units.flatMap((u) => u.predecessors)).size).toBe(63)
})

describe('compareRankings result type', () => {
  it('reason is always there when plain is false, and absent when plain is true', () => {
    const plain = compareRankings([{ id: 'a', rank: 1 }, { id: 'b', rank: 2 }], [{ id: 'a', rank: 2 }, { id: 'b', rank: 1 }])
    expect(plain.plain).toBe(true)
    expect('reason' in plain).toBe(false)
    const notPlain = compareRankings([{ id: 'a', rank: 1, of: 63 }], [{ id: 'a', rank: 1, of: 61 }])
    expect(notPlain.plain).toBe(false)
    if (!notPlain.plain) {
      expectTypeOf(notPlain.reason).toEqualTypeOf<{ vi: string; en: string }>()
      expect(notPlain.reason.en).toBe('Different sizes (63 and 61): compared by normalised position')
    }
    // key order of the published JSON is unchanged: plain first, reason last
    expect(Object.keys(notPlain)[0]).toBe('plain')
    expect(Object.keys(notPlain).at(-1)).toBe('reason')
  })
})
