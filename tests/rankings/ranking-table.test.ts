import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareRankings,
  comparisonTable,
  rank,
  rankingProvinces,
  rankingTable,
  withProvinceNames,
} from 'hanhchinh/rankings'
import { TableSchema, toCsv, toHtml, toXlsx } from 'hanhchinh/tables'

// PCI 2022 top 10 as published by VCCI (examples/data/pci-2021-2022.csv), with the 2021 ranks of 63.
const PCI = [
  { id: 'quang-ninh', score: '72.95', r2022: 1, r2021: 1 },
  { id: 'bac-giang', score: '72.80', r2022: 2, r2021: 31 },
  { id: 'hai-phong', score: '70.76', r2022: 3, r2021: 2 },
  { id: 'ba-ria-vung-tau', score: '70.26', r2022: 4, r2021: 9 },
  { id: 'dong-thap', score: '69.68', r2022: 5, r2021: 3 },
  { id: 'hue', score: '69.36', r2022: 6, r2021: 8 },
  { id: 'bac-ninh', score: '69.08', r2022: 7, r2021: 7 },
  { id: 'vinh-phuc', score: '68.91', r2022: 8, r2021: 5 },
  { id: 'da-nang', score: '68.52', r2022: 9, r2021: 4 },
  { id: 'long-an', score: '68.45', r2022: 10, r2021: 16 },
]
const y2022 = PCI.map((p) => ({ id: p.id, rank: p.r2022, of: 63, score: p.score }))
const y2021 = PCI.map((p) => ({ id: p.id, rank: p.r2021, of: 63 }))

describe('rankingTable', () => {
  it('ranks the published scores back to the published order, named for 2022, with what each became', () => {
    const ranked = rank(PCI.map((p) => ({ id: p.id, score: p.score })))
    const t = rankingTable(withProvinceNames(ranked, { asOf: '2022-12-31' }))
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.rows.map((r) => r.rank)).toEqual(PCI.map((p) => p.r2022))
    expect(t.rows.map((r) => r.name)).toEqual([
      'Quảng Ninh', 'Bắc Giang', 'Hải Phòng', 'Bà Rịa - Vũng Tàu', 'Đồng Tháp', 'Thừa Thiên Huế', 'Bắc Ninh', 'Vĩnh Phúc', 'Đà Nẵng', 'Long An',
    ])
    expect(t.columns.map((c) => [c.id, c.type])).toEqual([['rank', 'integer'], ['name', 'text'], ['score', 'decimal'], ['successor', 'text']])
    // scores are exact decimals, not floats
    expect(String(t.rows[1]!.score)).toBe('72.8')
    expect(t.rows[0]!.successor).toBeNull() // Quảng Ninh was not merged
    expect(t.rows[1]!.successor).toBe('Bắc Ninh (nhập toàn bộ, từ 01/07/2025)')
    expect(t.rows[5]!.successor).toBe('Huế (chuyển loại hình, từ 01/01/2025)')
    expect(t.rows[3]!.successor).toBe('TP. Hồ Chí Minh (nhập toàn bộ, từ 01/07/2025)')
    const csv = toCsv(t).split('\r\n')
    expect(csv[0]).toBe('Hạng,Đơn vị,Điểm,Đơn vị sau sắp xếp')
    expect(csv[1]).toBe('1,Quảng Ninh,"72,95",')
    expect(toCsv(t, { format: 'iso', language: 'en' }).split('\r\n')[0]).toBe('Rank,Unit,Score,Became')
    expect(t.notes).toEqual([{ vi: 'Xếp hạng trên 10 đơn vị.', en: 'Ranked out of 10 units.' }])
    expect(toHtml(t)).toContain('<td class="hc-num">72,95</td>')
    expect(toXlsx(t)[0]).toBe(0x50)
  })

  it('takes the names from names, then the entry given to rank, then the id; English successor text', () => {
    const ranked = rank([{ id: 'a', score: 2, name: 'Sở Tư pháp' }, { id: 'b', score: 1 }, { id: 'c', score: 3, name: 'Sở Nội vụ' }])
    expect(rankingTable(ranked, { names: { c: 'Sở Nội vụ tỉnh' } }).rows.map((r) => r.name)).toEqual(['Sở Nội vụ tỉnh', 'Sở Tư pháp', 'b'])
    const named = withProvinceNames(rank([{ id: 'ha-giang', score: '60.1' }]), { asOf: '2024-12-31' })
    expect(rankingTable(named, { language: 'en' }).rows[0]!.successor).toBe('Tuyên Quang (merged whole, from 2025-07-01)')
    // names given by the caller win over the period's name
    expect(rankingTable(named, { names: { 'ha-giang': 'Tỉnh Hà Giang' } }).rows[0]!.name).toBe('Tỉnh Hà Giang')
  })

  it('types the rank column decimal for fractional ties and leaves out a score column without scores', () => {
    const t = rankingTable(rank([{ id: 'a', score: 1 }, { id: 'b', score: 1 }, { id: 'c', score: 0 }], { ties: 'fractional' }))
    expect(t.rows.map((r) => r.rank)).toEqual([1.5, 1.5, 3])
    expect(t.columns[0]!.type).toBe('decimal')
    expect(toCsv(t).split('\r\n')[1]).toBe('"1,5",a,1')
    const noScores = rankingTable([{ id: 'thai-binh', rank: 28, of: 63 }])
    expect(noScores.columns.map((c) => c.id)).toEqual(['rank', 'name'])
    expect(noScores.notes?.[0]).toEqual({ vi: 'Xếp hạng trên 63 đơn vị.', en: 'Ranked out of 63 units.' })
  })

  it('adds the plain change vs PCI 2021 from compareRankings', () => {
    const c = compareRankings(y2021, y2022)
    expect(c.plain).toBe(true)
    const t = rankingTable(y2022, { comparison: c })
    expect(t.columns.map((x) => x.id)).toEqual(['rank', 'name', 'score', 'previousRank', 'rankChange', 'phrase'])
    expect(t.rows.map((r) => r.previousRank)).toEqual(PCI.map((p) => p.r2021))
    expect(t.rows.map((r) => r.rankChange)).toEqual(PCI.map((p) => p.r2021 - p.r2022))
    expect(t.rows[1]!.phrase).toBe('tăng 29 bậc')
    expect(t.rows[8]!.phrase).toBe('giảm 5 bậc')
    expect(toCsv(t).split('\r\n')[9]).toBe('9,da-nang,"68,52",4,-5,giảm 5 bậc')
    expect(t.notes?.[1]).toEqual({ vi: 'Kỳ trước xếp hạng trên 63 đơn vị.', en: 'The previous ranking was out of 63 units.' })
  })

  it('compares by normalised position across the 2025 merger, never by a rank difference', () => {
    const after = [{ id: 'bac-ninh', rank: 2, of: 34, score: '71.00' }, { id: 'quang-ninh', rank: 1, of: 34, score: '72.00' }]
    const c = compareRankings(y2022, after, { baseline: 'admin-centre', previousAsOf: '2022-12-31', currentAsOf: '2025-12-31' })
    const t = rankingTable(after, { comparison: c })
    expect(t.columns.map((x) => x.id)).toEqual(['rank', 'name', 'score', 'previousRank', 'positionChange', 'scoreChange', 'phrase'])
    expect(t.columns.some((x) => x.id === 'rankChange')).toBe(false)
    const bn = t.rows.find((r) => r.name === 'bac-ninh')!
    expect(bn.previousRank).toBe(2) // Bắc Giang, seat of the new Bắc Ninh
    // (34 − 2)/33 − (63 − 2)/62 = −0.014174… → −0.0142
    expect(String(bn.positionChange)).toBe('-0.0142')
    expect(String(bn.scoreChange)).toBe('-1.8') // 71.00 − 72.80 (Bắc Giang's PCI 2022 score)
    expect(t.notes?.some((n) => typeof n !== 'string' && n.en.startsWith('Units were reorganised'))).toBe(true)
    expect(t.notes?.some((n) => typeof n !== 'string' && n.vi.includes('Bắc Giang → Bắc Ninh'))).toBe(true)
  })

  it('refuses bad input, naming the argument', () => {
    const c = compareRankings(y2021, y2022)
    expect(() => rankingTable([{ id: 'nowhere', rank: 1 }], { comparison: c })).toThrow(/rows\[0\]\.id/)
    expect(() => rankingTable(y2022, { comparison: {} as never })).toThrow(TypeError)
    expect(() => rankingTable(y2022, { langauge: 'en' } as never)).toThrow(/did you mean "language"/)
    expect(() => rankingTable(y2022, { language: 'fr' } as never)).toThrow(RangeError)
    expect(() => rankingTable([{ id: 'a', rank: 0 }])).toThrow(/rows\[0\]\.rank/)
    expect(() => rankingTable([{ id: 'a', rank: 1, score: '84,79' }])).toThrow(/rows\[0\]\.score/)
    expect(() => rankingTable(null as never)).toThrow(TypeError)
    expect(() => rankingTable(y2022, { title: 5 } as never)).toThrow(/options\.title/)
  })

  it('gives a table every writer accepts for any ranking (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.option(fc.integer({ min: -10_000, max: 10_000 }), { nil: null }), { minLength: 1, maxLength: 30 }),
      fc.constantFrom('ordinal', 'competition', 'dense', 'fractional' as const),
      (scores, ties) => {
        const ranked = rank(scores.map((s, i) => ({ id: `u${i}`, score: s === null ? null : (s / 100).toFixed(2) })), { ties })
        const t = rankingTable(ranked)
        expect(TableSchema.safeParse(t).success).toBe(true)
        expect(t.rows).toHaveLength(ranked.length)
        expect(toCsv(t).split('\r\n')).toHaveLength(ranked.length + 2)
      },
    ), { numRuns: 100, seed: 20260331 })
  })
})

describe('comparisonTable', () => {
  it('lists every current unit with its names by period, predecessors and baseline', () => {
    const after = [...rankingProvinces({ era: 'current' })].map((u, i) => ({ id: u.id, rank: i + 1, of: 34 }))
    const before = rankingProvinces({ era: 'pre-2025' }).map((u, i) => ({ id: u.id, rank: i + 1, of: 63 }))
    const c = compareRankings(before, after, { baseline: 'mean', previousAsOf: '2024-12-31', currentAsOf: '2025-12-31' })
    const t = comparisonTable(c)
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.rows).toHaveLength(34)
    expect(t.columns.map((x) => x.id)).toEqual(['rank', 'name', 'status', 'predecessors', 'baseline', 'previousRank', 'positionChange', 'phrase'])
    const merged = t.rows.filter((r) => r.status === 'Hợp nhất')
    expect(merged).toHaveLength(c.units.filter((u) => u.status === 'merged').length)
    // a mean baseline is not a rank
    expect(merged.every((r) => r.previousRank === null && String(r.baseline).endsWith('— trung bình các đơn vị cũ'))).toBe(true)
    const tq = t.rows.find((r) => r.name === 'Tuyên Quang')!
    expect(tq.predecessors).toMatch(/Hà Giang \(\d+\/63\)/)
    expect(t.title).toEqual({ vi: 'So sánh xếp hạng (63 → 34 đơn vị)', en: 'Ranking comparison (63 → 34 units)' })
    expect(toXlsx(t)[1]).toBe(0x4b)
  })

  it('shows a successor column when the current period is before a change (PCI 2021 vs 2022, named for each year)', () => {
    const c = compareRankings(y2021, y2022, { previousAsOf: '2021-12-31', currentAsOf: '2022-12-31' })
    const t = comparisonTable(c, { language: 'en' })
    expect(t.columns.map((x) => x.id)).toEqual(['rank', 'name', 'successor', 'status', 'baseline', 'previousRank', 'rankChange', 'phrase'])
    const hue = t.rows[5]!
    expect(hue).toMatchObject({ name: 'Thừa Thiên Huế', successor: 'Huế (reclassified, from 2025-01-01)', status: 'Same unit', baseline: 'Thừa Thiên Huế (8/63)', rankChange: 2, phrase: 'up 2 places' })
    expect(comparisonTable(c, { names: { hue: 'TT-Huế' } }).rows[5]!.name).toBe('TT-Huế')
  })

  it('refuses what is not a comparison, and unknown options', () => {
    expect(() => comparisonTable(null as never)).toThrow(/comparison/)
    expect(() => comparisonTable(compareRankings(y2021, y2022), { comparison: 1 } as never)).toThrow(/Unknown option "comparison" of comparisonTable/)
  })
})
