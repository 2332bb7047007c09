// Historical names by period (issue 16, point 4): a table prints a unit under the name it had in
// the period shown, with the unit it later became.
import { describe, expect, it } from 'vitest'
import { compareRankings, provinceAt, rank, safeProvinceAt, withProvinceNames } from 'hanhchinh/rankings'

describe('provinceAt: the name of the period', () => {
  it('Thừa Thiên Huế in a 2022 table, Huế in 2025 — one id', () => {
    const y2022 = provinceAt('TT-Huế', { asOf: '2022-12-31' })
    expect(y2022).toMatchObject({ id: 'hue', code: '46', name: 'Thừa Thiên Huế', officialName: 'Tỉnh Thừa Thiên Huế', era: 'pre-2025', date: '2022-12-31' })
    expect(y2022.successor).toMatchObject({ id: 'hue', name: 'Huế', officialName: 'Thành phố Huế', from: '2025-01-01', change: 'reclassified' })
    expect(y2022.successor?.basis.map((b) => b.instrument)).toEqual(['175/2024/QH15'])
    // the last day of the province, the first day of the city
    expect(provinceAt('hue', { asOf: '2024-12-31' }).name).toBe('Thừa Thiên Huế')
    expect(provinceAt('hue', { asOf: '2025-01-01' })).toMatchObject({ name: 'Huế', officialName: 'Thành phố Huế', era: 'pre-2025' })
    expect(provinceAt('hue', { asOf: '2025-01-01' }).successor).toBeUndefined() // unchanged on 01/07/2025
    expect(provinceAt('Huế', { asOf: '2025-12-31' })).toMatchObject({ name: 'Huế', era: 'current' })
    // the instant form: 31/12/2024 23:59 in Vietnam is still the province, whatever the host's zone
    expect(provinceAt('hue', { asOf: '2024-12-31T16:59:00Z' }).name).toBe('Thừa Thiên Huế')
    expect(provinceAt('hue', { asOf: new Date('2024-12-31T17:00:00Z') }).name).toBe('Huế')
  })

  it('Hà Giang under its own name for 2024, with Tuyên Quang from 01/07/2025 as its successor', () => {
    const hg = provinceAt('Hà Giang', { asOf: '2024-12-31' })
    expect(hg).toMatchObject({ id: 'ha-giang', code: '02', name: 'Hà Giang', officialName: 'Tỉnh Hà Giang' })
    expect(hg.successor).toMatchObject({ id: 'tuyen-quang', code: '08', name: 'Tuyên Quang', officialName: 'Tỉnh Tuyên Quang', from: '2025-07-01', change: 'whole' })
    expect(hg.successor?.basis[0]?.instrument).toBe('202/2025/QH15')
    // the old Tuyên Quang has the same id and code as the new one, and is merged too
    expect(provinceAt('Tuyên Quang', { asOf: '2024-12-31' }).successor).toMatchObject({ id: 'tuyen-quang', change: 'whole' })
    // from 01/07/2025 there is no Hà Giang
    const gone = safeProvinceAt('Hà Giang', { asOf: '2025-07-01' })
    expect(gone).toMatchObject({ ok: false, code: 'unknown', candidates: [{ id: 'ha-giang' }] })
    expect(gone.ok ? '' : gone.reason.en).toMatch(/now part of Tỉnh Tuyên Quang/)
    expect(() => provinceAt('Hà Giang', { asOf: '2025-07-01' })).toThrow(RangeError)
    // the switch is at 00:00 on 01/07/2025, Vietnam time
    expect(provinceAt('Hà Giang', { asOf: '2025-06-30T23:59:59+07:00' }).name).toBe('Hà Giang')
  })

  it('units that were not reorganised have no successor; a merged unit that kept its name has one', () => {
    expect(provinceAt('Quảng Ninh', { asOf: '2022-12-31' }).successor).toBeUndefined()
    expect(provinceAt('Thái Bình', { asOf: '2022-12-31' }).successor).toMatchObject({ id: 'hung-yen', name: 'Hưng Yên', change: 'whole' })
    expect(provinceAt('Bắc Ninh', { asOf: '2022-12-31' })).toMatchObject({ code: '27', successor: { id: 'bac-ninh', code: '24' } })
    expect(provinceAt('TP.HCM', { asOf: '2022-12-31' }).name).toBe('TP. Hồ Chí Minh')
  })

  it('options: asOf is required and read in the library forms; unknown options and uncovered dates are refused', () => {
    expect(() => provinceAt('Huế', {} as never)).toThrow(TypeError)
    expect(() => safeProvinceAt('Huế', { asOf: '2022-13-01' })).toThrow(RangeError)
    expect(() => provinceAt('Huế', { asOf: '2022-12-31', year: 2022 } as never)).toThrow(/Unknown option "year" of provinceAt/)
    expect(() => provinceAt('Huế', { asOf: '2008-07-31' })).toThrow(/no data for 2008-07-31/)
    expect(safeProvinceAt(42, { asOf: '2022-12-31' })).toMatchObject({ ok: false, code: 'not-text' })
  })
})

describe('withProvinceNames: a ranked table printed with the names of its period', () => {
  // PCI 2022 (VCCI), published scores: Quảng Ninh 72,95; Bắc Giang 72,80; Hải Phòng 70,76; TT-Huế 69,36
  const pci2022 = rank([
    { id: 'TT-Huế', score: '69.36' },
    { id: 'Quảng Ninh', score: '72.95' },
    { id: 'Hải Phòng', score: '70.76' },
    { id: 'Bắc Giang', score: '72.80' },
  ])

  it('names of 2022, successors of 2025, rows kept as given', () => {
    const named = withProvinceNames(pci2022, { asOf: '2022-12-31' })
    expect(named.map((r) => [r.row.rank, r.name])).toEqual([[1, 'Quảng Ninh'], [2, 'Bắc Giang'], [3, 'Hải Phòng'], [4, 'Thừa Thiên Huế']])
    expect(named.map((r) => r.successor?.name)).toEqual([undefined, 'Bắc Ninh', 'Hải Phòng', 'Huế'])
    expect(named[3]!.row).toBe(pci2022[3])
    expect(named[3]!.row.entry.id).toBe('TT-Huế')
  })

  it('the same rows shown for 2025 print Huế; a unit gone by then is an error naming the row', () => {
    expect(withProvinceNames([{ id: 'hue' }, { id: 'Hải Phòng' }], { asOf: '2025-12-31' }).map((r) => r.name)).toEqual(['Huế', 'Hải Phòng'])
    expect(() => withProvinceNames(pci2022, { asOf: '2025-12-31' })).toThrow(/rows\[1\]\.id/)
    expect(() => withProvinceNames([{ id: 'QN' }], { asOf: '2022-12-31' })).toThrow(/Ambiguous province "QN"/)
    expect(() => withProvinceNames(null as never, { asOf: '2022-12-31' })).toThrow(TypeError)
  })
})

describe('compareRankings: places and absorbed units named by period', () => {
  // PCI 2022 ranks (Bắc Giang 2, TT-Huế 6, Bắc Ninh 7, Thái Bình 28 of 63) against ILLUSTRATIVE 2025 ranks of 34
  const y2022 = [
    { id: 'Bắc Giang', rank: 2, of: 63 },
    { id: 'TT-Huế', rank: 6, of: 63 },
    { id: 'Bắc Ninh', rank: 7, of: 63 },
    { id: 'Thái Bình', rank: 28, of: 63 },
  ]
  const y2025 = [
    { id: 'Bắc Ninh', rank: 2, of: 34 },
    { id: 'Huế', rank: 3, of: 34 },
    { id: 'Hưng Yên', rank: 10, of: 34 },
  ]

  it('with the periods given: Thừa Thiên Huế in 2022, Huế in 2025, merged predecessors with their successor', () => {
    const c = compareRankings(y2022, y2025, { previousAsOf: '2022-12-31', currentAsOf: '2025-12-31', baseline: 'admin-centre' })
    const hue = c.units.find((u) => u.id === 'Huế')!
    expect(hue.current.name).toBe('Huế')
    expect(hue.baseline).toMatchObject({ method: 'same-unit', from: ['TT-Huế'], name: 'Thừa Thiên Huế', rank: 6, of: 63 })
    const bn = c.units.find((u) => u.id === 'Bắc Ninh')!
    expect(bn.predecessors?.map((p) => [p.name, p.successor?.name, p.successor?.from])).toEqual([
      ['Bắc Giang', 'Bắc Ninh', '2025-07-01'],
      ['Bắc Ninh', 'Bắc Ninh', '2025-07-01'],
    ])
    expect(bn.phrase.vi).toBe('từ 2/63 (theo Bắc Giang) đến 2/34: vị trí chuẩn hóa 0,98 → 0,97, giảm 0,01')
    expect(c.absorbed).toEqual([
      { id: 'Bắc Giang', into: 'Bắc Ninh', name: 'Bắc Giang', intoName: 'Bắc Ninh' },
      { id: 'Thái Bình', into: 'Hưng Yên', name: 'Thái Bình', intoName: 'Hưng Yên' },
    ])
  })

  it('without periods, the province succession names the sides on its last and first days (Huế on 30/06/2025)', () => {
    const c = compareRankings(y2022, y2025)
    expect(c.succession).toBe('provinces-2025')
    const hue = c.units.find((u) => u.id === 'Huế')!
    expect(hue.baseline).toMatchObject({ from: ['TT-Huế'], name: 'Huế' })
    expect(hue.current.name).toBe('Huế')
    expect(c.absorbed[0]).toEqual({ id: 'Bắc Giang', into: 'Bắc Ninh', name: 'Bắc Giang', intoName: 'Bắc Ninh' })
    // a unit absorbed since 2022 shows its successor
    expect(compareRankings(y2022, y2025, { baseline: 'best' }).units[0]!.predecessors![0]!.successor).toMatchObject({ id: 'bac-ninh', change: 'whole' })
  })

  it('two pre-2025 tables (no succession) are named only when the periods are given', () => {
    const a = [{ id: 'TT-Huế', rank: 8, of: 63 }, { id: 'Quảng Ninh', rank: 1, of: 63 }]
    const b = [{ id: 'TT-Huế', rank: 6, of: 63 }, { id: 'Quảng Ninh', rank: 1, of: 63 }]
    expect(compareRankings(a, b).units[1]!.current.name).toBeUndefined()
    const named = compareRankings(a, b, { previousAsOf: '2021-12-31', currentAsOf: '2022-12-31' })
    expect(named.units[1]).toMatchObject({ current: { name: 'Thừa Thiên Huế' }, phrase: { vi: 'tăng 2 bậc' } })
    expect(named.units[1]!.current.successor).toMatchObject({ name: 'Huế', from: '2025-01-01' })
    // rows that are not provinces are left unnamed
    expect(compareRankings([{ id: 'so-noi-vu', rank: 1 }], [{ id: 'so-noi-vu', rank: 1 }], { previousAsOf: '2024-12-31' }).units[0]!.current.name).toBeUndefined()
    expect(() => compareRankings(a, b, { previousAsOf: '31/12/2021' })).toThrow(/options\.previousAsOf/)
  })
})
