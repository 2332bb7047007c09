import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { importRecords, vnNumber, vnPercent } from 'hanhchinh/format'
import { Decimal } from 'hanhchinh/core'
import {
  BandSetSchema,
  PAR_INDEX_BANDS,
  provinceName,
  rank,
  rankChange,
  rankPlace,
  RankingRowSchema,
  safeScoreValue,
  ScoreSchema,
  scoreValue,
  type RankPlace,
} from 'hanhchinh/rankings'

describe('rankings schemas', () => {
  it('ScoreSchema accepts numbers, decimal strings and Decimals, refuses decimal commas', () => {
    expect(ScoreSchema.parse(84.79)).toBe(84.79)
    expect(ScoreSchema.parse(' 84.79 ')).toBe('84.79')
    expect(ScoreSchema.parse(new Decimal('84.79')).toString()).toBe('84.79')
    expect(ScoreSchema.safeParse('84,79').success).toBe(false)
    expect(ScoreSchema.safeParse(Infinity).success).toBe(false)
  })

  it('RankingRowSchema and BandSetSchema validate the shipped data and refuse bad rows', () => {
    expect(RankingRowSchema.safeParse({ id: 'a', rank: 1.5, of: 2, score: null }).success).toBe(true)
    expect(RankingRowSchema.safeParse({ id: '', rank: 1 }).success).toBe(false)
    expect(RankingRowSchema.safeParse({ id: 'a', rank: 1, of: 2.5 }).success).toBe(false)
    expect(BandSetSchema.safeParse(PAR_INDEX_BANDS).success).toBe(true)
    expect(BandSetSchema.safeParse({ ...PAR_INDEX_BANDS, bands: [{ id: 'A', label: { vi: 'A', en: 'A' }, min: '90%' }] }).success).toBe(false)
  })

  it('imports a published table in Vietnamese format: names resolved, "69,36" read exactly, bad rows reported', () => {
    // PCI 2022 top rows as printed on investinquangninh.vn/vi/pci, with decimal commas, plus two bad rows
    const csv = [
      'Tỉnh, thành phố;Điểm PCI;Hạng',
      'Quảng Ninh;72,95;1',
      'Bắc Giang;72,80;2',
      'TT-Huế;69,36;6',
      'BRVT;70,26;4/63',
      'QN;70,76;3',
      'Hà Tây;60,00;xếp thứ 70/63',
    ].join('\n')
    const Row = z.object({ province: provinceName({ era: 'pre-2025' }), score: vnNumber(), place: rankPlace() })
    const r = importRecords(Row, csv, { columns: { 'Tỉnh, thành phố': 'province', 'Điểm PCI': 'score', Hạng: 'place' } })
    expect(r.records.map((x) => [x.province, x.score.toString(), x.place])).toEqual([
      ['quang-ninh', '72.95', { rank: 1 }],
      ['bac-giang', '72.8', { rank: 2 }],
      ['hue', '69.36', { rank: 6 }],
      ['ba-ria-vung-tau', '70.26', { rank: 4, of: 63 }],
    ])
    expect(r.stats).toMatchObject({ read: 6, accepted: 4, rejected: 2 })
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([[5, 'province'], [6, 'province'], [6, 'place']])
    expect(r.issues[0]!.message.en).toMatch(/Ambiguous province "QN"/)
    expect(r.issues[1]!.message.vi).toMatch(/Không có tỉnh, thành phố "Hà Tây"/)
    // ranking the imported scores reproduces the published ranks
    const ranked = rank(r.records.map((x) => ({ id: x.province, score: x.score, published: x.place.rank })))
    expect(ranked.map((x) => [x.rank, x.entry.published])).toEqual([[1, 1], [2, 2], [3, 4], [4, 6]])
  })

  it('a PAR INDEX column in percent ("90,10%") is read as percentage points', () => {
    const Row = z.object({ province: provinceName(), par: vnPercent() })
    const r = importRecords(Row, 'province,par\nHải Phòng,"96,17%"\nCao Bằng,"80,00%"\n')
    expect(r.records.map((x) => [x.province, x.par.toString()])).toEqual([['hai-phong', '96.17'], ['cao-bang', '80']])
  })

  it('codecs encode back', () => {
    expect(z.encode(rankPlace(), { rank: 7 })).toBe('7')
    expect(z.encode(provinceName({ era: 'current' }), 'hung-yen')).toBe('Hưng Yên')
    expect(rankPlace().safeParse(0).success).toBe(false)
    // an impossible place says so, rather than "cannot read a rank"
    expect(rankPlace().safeParse('xếp thứ 64/63').error?.issues[0]?.message).toBe('Rank 64/63 in "xếp thứ 64/63" is out of range: a rank must be from 1 to 63')
    expect(rankPlace().parse('đứng đầu')).toEqual({ rank: 1 })
  })

  it('rankPlace({ of }) gives every place its total, and refuses a cell out of another total', () => {
    const pci = rankPlace({ of: 63 })
    expect(pci.parse(6)).toEqual({ rank: 6, of: 63 })
    expect(pci.parse('6')).toEqual({ rank: 6, of: 63 })
    expect(pci.parse('6/63')).toEqual({ rank: 6, of: 63 })
    expect(pci.parse('đứng đầu')).toEqual({ rank: 1, of: 63 })
    expect(pci.safeParse('5/34').error?.issues[0]?.message).toBe('the place "5/34" is out of 34 units, but the table ranks 63')
    expect(pci.safeParse(64).error?.issues[0]?.message).toBe('rank 64 is beyond the 63 units of the table')
    expect(pci.safeParse('tăng 7 bậc').success).toBe(false)
    expect(z.encode(pci, { rank: 6, of: 63 })).toBe('6/63')
    expect(() => rankPlace({ of: 0 })).toThrow('Invalid options.of: 0')
    expect(() => rankPlace({ total: 63 } as never)).toThrow('Unknown option "total" of rankPlace (valid options: of)')
  })

  it('types: a decoded place has of: number with the total, of?: number without, and fits RankPlace', () => {
    const withTotal = rankPlace({ of: 63 }).parse('6')
    expectTypeOf(withTotal).toEqualTypeOf<{ rank: number; of: number }>()
    const bare = rankPlace().parse('6/63')
    expectTypeOf(bare).toEqualTypeOf<{ rank: number; of?: number }>()
    // exactOptionalPropertyTypes: the decoded place goes straight into rankChange
    expectTypeOf(bare).toMatchTypeOf<RankPlace>()
    // Thái Bình PCI 2021 → 2022: 47/63 → 28/63
    expect(rankChange(rankPlace().parse('47/63'), rankPlace({ of: 63 }).parse('28')).phrase.vi).toBe('tăng 19 bậc')
  })

  it('provinceName refuses unknown options', () => {
    expect(() => provinceName({ eras: 'current' } as never)).toThrow('Unknown option "eras" of provinceName (did you mean "era"?')
    expect(() => provinceName({ era: 'now' as 'current' })).toThrow(/options.era/)
  })
})

describe('scoreValue and safeScoreValue', () => {
  it('read numbers, decimal strings with a point and Decimals exactly', () => {
    expect(safeScoreValue('84.79')).toMatchObject({ ok: true })
    const r = safeScoreValue(' 90.10 ')
    expect(r.ok ? r.value.toString() : '').toBe('90.1')
    expect(scoreValue(84.79).equals(scoreValue('84.790'))).toBe(true)
    expect(scoreValue(new Decimal('1e-3')).toString()).toBe('0.001')
  })

  it('refuse a decimal comma, garbage, non-finite numbers and other types, with a code', () => {
    expect(safeScoreValue('84,79')).toMatchObject({ ok: false, code: 'not-decimal', reason: { en: 'expected a decimal number with a point, e.g. "84.79" (read Vietnamese-formatted text with safeParseVnNumber of hanhchinh/format)' } })
    expect(safeScoreValue('n/a')).toMatchObject({ ok: false, code: 'not-decimal' })
    expect(safeScoreValue(Number.NaN)).toMatchObject({ ok: false, code: 'not-finite' })
    expect(safeScoreValue(new Decimal(Infinity))).toMatchObject({ ok: false, code: 'not-finite' })
    expect(safeScoreValue(true)).toMatchObject({ ok: false, code: 'wrong-type' })
  })

  it('scoreValue throws what safeScoreValue refuses, naming the argument', () => {
    expect(() => scoreValue('84,79')).toThrow(RangeError)
    expect(() => scoreValue('84,79', 'entries[3].score')).toThrow('Invalid entries[3].score: "84,79" (expected a decimal number with a point')
    expect(() => scoreValue(Infinity)).toThrow(RangeError)
    expect(() => scoreValue(Infinity)).toThrow('Invalid score: Infinity (expected a finite number)')
    expect(() => scoreValue(null as never)).toThrow(TypeError)
    expect(() => scoreValue(null as never)).toThrow('Invalid score: null (expected a number, a decimal string or a Decimal, received null)')
  })
})
