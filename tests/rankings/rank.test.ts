import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh/core'
import { rank, rankDetailed, resolveProvince, scoreValue, TIE_METHODS, type TieMethod } from 'hanhchinh/rankings'
import { safeScoreValue, ScoreSchema } from 'hanhchinh/rankings'

// PCI 2022 top 10 as published (investinquangninh.vn/vi/pci, "TOP 10 BẢNG XẾP HẠNG PCI NĂM 2022";
// Quảng Ninh 72.95, Bắc Giang 72.80, BRVT 70.26 #4, Đồng Tháp 69.68 #5 also in baonghean.vn post267904),
// in alphabetical order so that the ranking has to be computed.
const PCI_2022_TOP10: Array<[name: string, score: string, published: number]> = [
  ['Bắc Giang', '72.80', 2],
  ['Bắc Ninh', '69.08', 7],
  ['BRVT', '70.26', 4],
  ['Đà Nẵng', '68.52', 9],
  ['Đồng Tháp', '69.68', 5],
  ['Hải Phòng', '70.76', 3],
  ['Long An', '68.45', 10],
  ['Quảng Ninh', '72.95', 1],
  ['TT-Huế', '69.36', 6],
  ['Vĩnh Phúc', '68.91', 8],
]

describe('rank', () => {
  it('reproduces the published PCI 2022 top 10 from the 2-decimal scores (names resolved to ids)', () => {
    const entries = PCI_2022_TOP10.map(([name, score]) => {
      return { id: resolveProvince(name, { era: 'pre-2025' }).id, score, published: PCI_2022_TOP10.find((x) => x[0] === name)![2] }
    })
    const ranked = rank(entries)
    expect(ranked.map((r) => r.id)).toEqual([
      'quang-ninh', 'bac-giang', 'hai-phong', 'ba-ria-vung-tau', 'dong-thap',
      'hue', 'bac-ninh', 'vinh-phuc', 'da-nang', 'long-an',
    ])
    for (const r of ranked) {
      expect(r.rank).toBe(r.entry.published)
      expect(r.of).toBe(10)
    }
  })

  it('PCI 2020: equal 2-decimal scores get distinct ordinal ranks in input (published) order', () => {
    // eng.pcivietnam.org/tong-hop-chi-so: Đồng Nai 64.56 #20 / Hà Tĩnh 64.56 #21;
    // Khánh Hòa 63.98 #26 / Bắc Giang 63.98 #27; Lai Châu 61.98 #57 / Ninh Bình 61.98 #58
    const rows = [
      { id: 'dong-nai', score: '64.56' },
      { id: 'ha-tinh', score: '64.56' },
      { id: 'khanh-hoa', score: '63.98' },
      { id: 'bac-giang', score: '63.98' },
      { id: 'lai-chau', score: '61.98' },
      { id: 'ninh-binh', score: '61.98' },
    ]
    expect(rank(rows).map((r) => [r.id, r.rank])).toEqual([
      ['dong-nai', 1], ['ha-tinh', 2], ['khanh-hoa', 3], ['bac-giang', 4], ['lai-chau', 5], ['ninh-binh', 6],
    ])
    // the same rows in another input order: ordinal follows the input order among equals
    const swapped = [rows[1]!, rows[0]!, ...rows.slice(2)]
    expect(rank(swapped).slice(0, 2).map((r) => r.id)).toEqual(['ha-tinh', 'dong-nai'])
    expect(rank(rows, { ties: 'competition' }).map((r) => r.rank)).toEqual([1, 1, 3, 3, 5, 5])
    expect(rank(rows, { ties: 'dense' }).map((r) => r.rank)).toEqual([1, 1, 2, 2, 3, 3])
    expect(rank(rows, { ties: 'fractional' }).map((r) => r.rank)).toEqual([1.5, 1.5, 3.5, 3.5, 5.5, 5.5])
  })

  it('PCI 2015: 59.04 and 59 (written "59") tie exactly with "59.00"', () => {
    const rows = [
      { id: 'lam-dong', score: '59.04' },
      { id: 'soc-trang', score: 59.04 },
      { id: 'dak-lak', score: '59.00' },
      { id: 'ha-noi', score: 59 },
    ]
    expect(rank(rows, { ties: 'competition' }).map((r) => `${r.id}:${r.rank}`)).toEqual([
      'lam-dong:1', 'soc-trang:1', 'dak-lak:3', 'ha-noi:3',
    ])
  })

  it('PAR INDEX 2021: Sơn La 87.61% #15 before Bà Rịa - Vũng Tàu 87.61% #16', () => {
    const r = rank([
      { id: 'son-la', score: new Decimal('87.61') },
      { id: 'ba-ria-vung-tau', score: '87.61' },
    ])
    expect(r.map((x) => x.id)).toEqual(['son-la', 'ba-ria-vung-tau'])
    expect(r.map((x) => x.rank)).toEqual([1, 2])
  })

  it('Quảng Bình PAR 2022 departments: Sở TT&TT 95.73 #1, VP UBND tỉnh 95.43 #2, Sở Nội vụ 95.39 #3', () => {
    const r = rank([
      { id: 'so-noi-vu', score: 95.39 },
      { id: 'so-tttt', score: 95.73 },
      { id: 'vp-ubnd', score: 95.43 },
    ])
    expect(r.map((x) => x.id)).toEqual(['so-tttt', 'vp-ubnd', 'so-noi-vu'])
  })

  it('PAPI 2023: units without results are not ranked and are reported, N = 61 of 63', () => {
    const entries = Array.from({ length: 63 }, (_, i) => ({ id: `p${i}`, score: i === 5 || i === 40 ? null : (40 + i / 7).toFixed(4) }))
    const r = rankDetailed(entries)
    expect(r.of).toBe(61)
    expect(r.ranked).toHaveLength(61)
    expect(r.ranked.every((x) => x.of === 61)).toBe(true)
    expect(r.notRanked.map((x) => [x.id, x.reason])).toEqual([['p5', 'missing-score'], ['p40', 'missing-score']])
    expect(rank(entries)).toHaveLength(61)
    expect(rank(entries).notRanked.map((x) => x.id)).toEqual(['p5', 'p40'])
    expect(() => rank(entries, { missing: 'throw' })).toThrow(/entries\[5\]\.score/)
    expect(rank([{ id: 'a', score: NaN }, { id: 'b', score: '  ' }, { id: 'c', score: undefined }])).toEqual([])
  })

  it('lower-is-better order (e.g. processing time) ranks the smallest first', () => {
    const r = rank([{ id: 'a', score: '3.5' }, { id: 'b', score: '1.25' }, { id: 'c', score: 2 }], { order: 'lower-is-better' })
    expect(r.map((x) => x.id)).toEqual(['b', 'c', 'a'])
  })

  it('short and long decimal strings, signs and zeros rank exactly', () => {
    const r = rank([
      { id: 'a', score: '-0.00' },
      { id: 'b', score: '0' },
      { id: 'c', score: '.5' },
      { id: 'd', score: '0.500000000000000000001' },
      { id: 'e', score: '+0.5' },
      { id: 'f', score: ' 0.5 ' },
      { id: 'g', score: '5e-1' },
    ], { ties: 'dense' })
    expect(r.map((x) => `${x.id}:${x.rank}`)).toEqual(['d:1', 'c:2', 'e:2', 'f:2', 'g:2', 'a:3', 'b:3'])
  })

  it('compares beyond double precision exactly', () => {
    const r = rank([
      { id: 'a', score: '0.10000000000000000001' },
      { id: 'b', score: '0.10000000000000000002' },
      { id: 'c', score: 0.1 },
    ], { ties: 'competition' })
    expect(r.map((x) => `${x.id}:${x.rank}`)).toEqual(['b:1', 'a:2', 'c:3'])
    expect(r[0]!.value.toString()).toBe('0.10000000000000000002')
  })

  it('refuses bad input with errors naming the field', () => {
    expect(() => rank([{ id: 'a', score: '84,79' }])).toThrow(/entries\[0\]\.score/)
    expect(() => rank([{ id: 'a', score: 1 }, { id: 'a', score: 2 }])).toThrow(/entries\[1\]\.id: "a"/)
    expect(() => rank([{ id: '', score: 1 }])).toThrow(TypeError)
    expect(() => rank([{ id: 'a', score: Infinity }])).toThrow(RangeError)
    expect(() => rank([{ id: 'a', score: 1 }], { ties: 'olympic' as TieMethod })).toThrow(/options.ties/)
    expect(() => rank([{ id: 'a', score: 1 }], { order: 'up' as 'higher-is-better' })).toThrow(/options.order/)
    expect(() => rank(42 as unknown as [])).toThrow(TypeError)
    // a tie method passed instead of an options object is refused, not ignored (it would rank ordinally)
    expect(() => rank([{ id: 'a', score: 1 }], 'competition' as never)).toThrow('Invalid type for rank options: "competition"')
    expect(() => rank([{ id: 'a', score: 1 }], null as never)).toThrow(TypeError)
  })

  it('refuses a misspelt option, naming it and the valid ones, instead of ranking as if nothing was passed', () => {
    const rows = [{ id: 'dong-nai', score: '64.56' }, { id: 'ha-tinh', score: '64.56' }]
    expect(() => rank(rows, { tie: 'competition' } as never)).toThrow(RangeError)
    expect(() => rank(rows, { tie: 'competition' } as never)).toThrow(
      'Unknown option "tie" of rank (did you mean "ties"? valid options: ties, order, missing)',
    )
    expect(() => rankDetailed(rows, { oder: 'lower-is-better' } as never)).toThrow('Unknown option "oder" of rankDetailed (did you mean "order"?')
    expect(() => rank(rows, { missng: 'throw' } as never)).toThrow(/did you mean "missing"/)
    // the spelt-right option still works
    expect(rank(rows, { ties: 'competition' }).map((r) => r.rank)).toEqual([1, 1])
    // an options object with an explicit undefined (from JavaScript) is fine
    expect(rank(rows, { ties: undefined } as never).map((r) => r.rank)).toEqual([1, 2])
  })

  it('returns { id, score, rank, of } (index, entry and value are getters)', () => {
    const input = [{ id: 'hai-phong', score: '70.76', note: 'x' }, { id: 'quang-ninh', score: '72.95', note: 'y' }]
    const r = rank(input)
    expect(r).toEqual([
      { id: 'quang-ninh', score: '72.95', rank: 1, of: 2 },
      { id: 'hai-phong', score: '70.76', rank: 2, of: 2 },
    ])
    expect(Object.keys(r[0]!)).toEqual(['id', 'score', 'rank', 'of'])
    expect(r[0]!.index).toBe(1)
    expect(r[0]!.entry).toBe(input[1])
    expect(r[0]!.value.toString()).toBe('72.95')
    expect(JSON.parse(JSON.stringify(r))).toEqual([
      { id: 'quang-ninh', score: '72.95', rank: 1, of: 2 },
      { id: 'hai-phong', score: '70.76', rank: 2, of: 2 },
    ])
  })

  it('does not mutate its input and accepts any iterable', () => {
    const rows = [{ id: 'a', score: 1 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]
    const copy = structuredClone(rows)
    rank(rows)
    expect(rows).toEqual(copy)
    expect(rank(new Set(rows)).map((r) => r.id)).toEqual(['b', 'c', 'a'])
  })
})

describe('rank properties', () => {
  const scoreArb = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
  const entriesArb = fc.array(scoreArb, { maxLength: 60 }).map((xs) => xs.map((score, i) => ({ id: `u${i}`, score })))

  it('ordinal ranks are a permutation of 1..n', () => {
    fc.assert(fc.property(entriesArb, (entries) => {
      const r = rank(entries)
      expect(r.map((x) => x.rank)).toEqual(entries.map((_, i) => i + 1))
      expect(new Set(r.map((x) => x.id)).size).toBe(entries.length)
    }))
  })

  it('every method is consistent with score order; equal scores share a rank except under ordinal', () => {
    fc.assert(fc.property(entriesArb, fc.constantFrom(...TIE_METHODS), (entries, ties) => {
      const r = rank(entries, { ties })
      const byId = new Map(r.map((x) => [x.id, x]))
      for (const a of entries) for (const b of entries) {
        const ra = byId.get(a.id)!.rank
        const rb = byId.get(b.id)!.rank
        if (a.score > b.score) expect(ra).toBeLessThan(rb)
        if (a.score === b.score && ties !== 'ordinal') expect(ra).toBe(rb)
        if (a.score === b.score && ties === 'ordinal' && a !== b) expect(ra < rb).toBe(entries.indexOf(a) < entries.indexOf(b))
      }
    }))
  })

  it('dense ≤ competition ≤ fractional ≤ ordinal-of-last-tied and competition ≤ ordinal; dense ranks are contiguous', () => {
    fc.assert(fc.property(entriesArb, (entries) => {
      const get = (t: TieMethod) => new Map(rank(entries, { ties: t }).map((x) => [x.id, x.rank]))
      const [o, c, d, f] = [get('ordinal'), get('competition'), get('dense'), get('fractional')]
      for (const e of entries) {
        expect(d.get(e.id)!).toBeLessThanOrEqual(c.get(e.id)!)
        expect(c.get(e.id)!).toBeLessThanOrEqual(o.get(e.id)!)
        expect(c.get(e.id)!).toBeLessThanOrEqual(f.get(e.id)!)
      }
      const dense = [...new Set(d.values())].sort((a, b) => a - b)
      expect(dense).toEqual(dense.map((_, i) => i + 1))
      // fractional ranks sum to n(n+1)/2 like ordinal ones
      const n = entries.length
      expect([...f.values()].reduce((s, x) => s + x, 0)).toBeCloseTo((n * (n + 1)) / 2, 9)
    }))
  })

  it('a score given as number, string or Decimal ranks the same', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 40 }), (xs) => {
      const asNumber = rank(xs.map((score, i) => ({ id: `u${i}`, score })), { ties: 'competition' })
      const asString = rank(xs.map((score, i) => ({ id: `u${i}`, score: String(score) })), { ties: 'competition' })
      const asDecimal = rank(xs.map((score, i) => ({ id: `u${i}`, score: scoreValue(score) })), { ties: 'competition' })
      expect(asString.map((r) => [r.id, r.rank])).toEqual(asNumber.map((r) => [r.id, r.rank]))
      expect(asDecimal.map((r) => [r.id, r.rank])).toEqual(asNumber.map((r) => [r.id, r.rank]))
    }))
  })

  it('reversing the order reverses the ranking of distinct scores', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer(), { maxLength: 40 }), (xs) => {
      const e = xs.map((score, i) => ({ id: `u${i}`, score }))
      const hi = rank(e).map((r) => r.id)
      const lo = rank(e, { order: 'lower-is-better' }).map((r) => r.id)
      expect(lo).toEqual([...hi].reverse())
    }))
  })
})

describe('scores on hostile input (issue 13)', () => {
  it('reads a long digit run in linear time', () => {
    const t0 = performance.now()
    expect(() => scoreValue('1'.repeat(32_000) + 'x')).toThrow(RangeError)
    expect(ScoreSchema.safeParse('1'.repeat(9_000) + 'x').success).toBe(false)
    expect(performance.now() - t0).toBeLessThan(500)
  })

  it('refuses absurd exponents and texts past MAX_DECIMAL_TEXT (code out-of-range)', () => {
    expect(() => scoreValue('1e9000000000000000')).toThrow(RangeError)
    expect(() => scoreValue('1e9000000000000000')).toThrow(/decimal exponent must lie within ±1000/)
    expect(() => scoreValue(new Decimal('1e9000000000000000'))).toThrow(RangeError)
    const long = safeScoreValue('1'.repeat(10_001))
    expect(long.ok ? undefined : long.code).toBe('out-of-range')
    expect(() => rank([{ id: 'ha-noi', score: '1e5000' }])).toThrow(/entries\[0\].score/)
    expect(scoreValue('84.79').toString()).toBe('84.79')
  })

  it('checks the argument name', () => {
    expect(() => scoreValue('84.79', Object.create(null) as never)).toThrow(/^Invalid type for argument/)
  })
})
