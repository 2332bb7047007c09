import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { importRecords, vnNumber, vnPercent } from 'hanhchinh/format'
import { Decimal } from 'hanhchinh/core'
import { BandSetSchema, PAR_INDEX_BANDS, provinceName, rank, rankPlace, RankingRowSchema, ScoreSchema } from 'hanhchinh/rankings'

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
})
