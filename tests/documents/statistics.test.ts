import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from 'hanhchinh/core'
import { documentStatistics, documentStatisticsAsync, importRegister, mergeDocumentStatistics, type StatisticsDocument } from 'hanhchinh/documents'

function repeat(n: number, doc: (i: number) => StatisticsDocument): StatisticsDocument[] {
  return Array.from({ length: n }, (_, i) => doc(i))
}

describe('documentStatistics', () => {
  it('reproduces the shape of a published yearly count', () => {
    // "32 quyết định quy phạm pháp luật, 12 chỉ thị, 3.062 quyết định, 238 kế hoạch"
    const docs = [
      ...repeat(32, (i) => ({ date: '2021-06-01', documentNumber: `${i + 1}/2021/QĐ-UBND` })),
      ...repeat(12, (i) => ({ date: '2021-06-02', documentNumber: `${i + 1}/CT-UBND` })),
      ...repeat(3062, (i) => ({ date: '2021-12-20', documentNumber: `${i + 1}/QĐ-UBND` })),
      ...repeat(238, (i) => ({ date: '2021-03-01', documentNumber: `${i + 1}/KH-UBND` })),
    ]
    const s = documentStatistics(docs, { period: { year: 2021 }, direction: 'outgoing' })
    expect(s.sentence.vi).toBe('32 quyết định quy phạm pháp luật, 3.062 quyết định, 12 chỉ thị, 238 kế hoạch')
    expect(s.sentence.en).toBe('32 legal normative decisions, 3,062 decisions, 12 directives, 238 plans')
    expect(s).toMatchObject({ total: 3344, outgoing: 3344, incoming: 0, outsidePeriod: 0, period: { from: '2021-01-01', to: '2021-12-31' } })
    expect(s.byType[0]).toMatchObject({ type: 'quyet-dinh-ubnd', legalNormative: true, total: 32 })
    const published = documentStatistics(docs, { period: { year: 2021 }, direction: 'outgoing', order: ['quyet-dinh-ubnd', 'chi-thi', 'quyet-dinh', 'ke-hoach'] })
    expect(published.sentence.vi).toBe('32 quyết định quy phạm pháp luật, 12 chỉ thị, 3.062 quyết định, 238 kế hoạch')
  })

  it('merges partial results (fold over partitions)', () => {
    const docs = Array.from({ length: 500 }, (_, i) => ({ date: `2024-0${1 + (i % 9)}-1${i % 10}`, documentNumber: i % 3 === 0 ? `${i + 1}/QĐ-UBND` : i % 3 === 1 ? `${i + 1}/UBND-VX` : `${i + 1}/2024/NQ-HĐND`, direction: (i % 2 === 0 ? 'incoming' : 'outgoing') as 'incoming' | 'outgoing' }))
    const period = { year: 2024, quarter: 2 }
    const whole = documentStatistics(docs, { period })
    const merged = mergeDocumentStatistics(documentStatistics(docs.slice(0, 200), { period }), documentStatistics(docs.slice(200), { period }))
    expect(merged).toEqual(whole)
  })

  it('counts by direction and type, with explicit types and unknown numbers', () => {
    const docs: StatisticsDocument[] = [
      { date: '2024-05-02', documentNumber: '61/2018/NĐ-CP', direction: 'incoming' },
      { date: '2024-05-02', documentNumber: '828/QĐ-TTg', direction: 'incoming' },
      { date: '2024-05-03', documentNumber: '02/KH-VPUB', direction: 'outgoing' },
      { date: '2024-05-03', documentType: 'ke-hoach', direction: 'incoming' },
      { date: '2024-05-03', documentNumber: '45/2019/QH14', direction: 'incoming' },
      { date: '2024-05-03', documentNumber: 'không số', direction: 'incoming' },
      { date: '2024-05-06', documentType: 'quyet-dinh', legalNormative: true, direction: 'outgoing' },
      { date: '2024-06-01', documentNumber: '03/KH-VPUB' },
    ]
    const s = documentStatistics(docs, { period: { year: 2024, month: 5 } })
    expect(s).toMatchObject({ total: 7, incoming: 5, outgoing: 2, outsidePeriod: 1, period: { from: '2024-05-01', to: '2024-05-31' } })
    expect(s.byType.map((l) => [l.type, l.incoming, l.outgoing])).toEqual([
      ['nghi-dinh', 1, 0], ['quyet-dinh-ubnd', 0, 1], ['van-ban-qppl-khac', 1, 0], ['quyet-dinh', 1, 0], ['ke-hoach', 1, 1], ['khac', 1, 0],
    ])
  })

  it('reads documentType as an id, a Vietnamese name or an abbreviation, so imported "Loại văn bản" columns count with parsed numbers', () => {
    const csv = 'Số đến;Ngày đến;Số, ký hiệu;Loại văn bản\n' +
      '1;02/01/2024;3162/QĐ-UBND;\n' +
      '2;02/01/2024;;Quyết định\n' +
      '3;03/01/2024;;QĐ\n' +
      '4;03/01/2024;;cong van\n' +
      '5;04/01/2024;;Nghị định\n'
    const { register } = importRegister(csv, { direction: 'incoming' })
    const s = documentStatistics(register.entries, { period: { year: 2024 }, direction: 'incoming' })
    // before, "Quyết định" made its own line "1 Quyết định" beside "1 quyết định"
    expect(s.byType.map((l) => [l.type, l.total])).toEqual([['nghi-dinh', 1], ['quyet-dinh', 3], ['cong-van', 1]])
    expect(s.sentence.vi).toBe('1 nghị định, 3 quyết định, 1 công văn')
  })

  it('throws for an unknown type, direction or non-string number instead of counting it somewhere', () => {
    expect(() => documentStatistics([{ date: '2024-01-02', documentType: 'Văn bản lạ' }], { period: { year: 2024 } })).toThrow(/documents\[0\]\.documentType: "Văn bản lạ"/)
    // "inbound" was counted as outgoing
    expect(() => documentStatistics([{ date: '2024-01-02', direction: 'inbound' as never }], { period: { year: 2024 } })).toThrow(/documents\[0\]\.direction: "inbound"/)
    expect(() => documentStatistics([], { period: { year: 2024 }, direction: 'den' as never })).toThrow(/options\.direction/)
    expect(() => documentStatistics([{ date: '2024-01-02', documentNumber: 3162 as never }], { period: { year: 2024 } })).toThrow(TypeError)
    expect(() => documentStatistics([{ date: '2024-01-02', legalNormative: 'yes' as never }], { period: { year: 2024 } })).toThrow(/legalNormative/)
  })

  it('counts an async source exactly as the same documents in an array', async () => {
    const docs: StatisticsDocument[] = Array.from({ length: 300 }, (_, i) => ({
      date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      documentNumber: i % 4 === 0 ? `${i + 1}/2024/QĐ-UBND` : i % 4 === 1 ? `${i + 1}/UBND-VX` : i % 4 === 2 ? `${i + 1}/KH-UBND` : `${i + 1}/QĐ-UBND`,
      direction: i % 3 === 0 ? 'incoming' : 'outgoing',
    }))
    async function* stream(): AsyncGenerator<StatisticsDocument> {
      for (const d of docs) yield d
    }
    const period = { year: 2024, quarter: 3 }
    const sync = documentStatistics(docs, { period })
    expect(await documentStatisticsAsync(stream(), { period })).toEqual(sync)
    expect(await documentStatisticsAsync(docs, { period })).toEqual(sync)
    expect(sync.total + sync.outsidePeriod).toBe(300)
    await expect(documentStatisticsAsync(42 as never, { period })).rejects.toThrow(TypeError)
  })

  it('accepts quarters and explicit ranges, and rejects bad periods', () => {
    expect(documentStatistics([], { period: { year: 2024, quarter: 1 } }).period).toEqual({ from: '2024-01-01', to: '2024-03-31' })
    expect(documentStatistics([], { period: { from: '2024-02-01', to: '2024-02-29' } }).sentence.vi).toBe('')
    expect(() => documentStatistics([], { period: { year: 2024, quarter: 5 } })).toThrow(/options.period.quarter/)
    expect(() => documentStatistics([], { period: { from: '2024-03-01', to: '2024-02-01' } })).toThrow(RangeError)
  })
})

describe('documentStatistics laws (property)', () => {
  const numbers = ['3162/QĐ-UBND', '45/2021/QĐ-UBND', '12/UBND-VX', '02/KH-VPUB', '61/2018/NĐ-CP', '828/QĐ-TTg', '01/SY-VPUB', 'không số', '45/2019/QH14']
  const doc = fc.record({
    day: fc.integer({ min: 0, max: 500 }),
    documentNumber: fc.constantFrom(...numbers),
    direction: fc.constantFrom('incoming' as const, 'outgoing' as const, undefined),
  }).map(({ day, documentNumber, direction }): StatisticsDocument => ({
    date: addDays('2023-10-01', day), documentNumber, ...(direction === undefined ? {} : { direction }),
  }))

  it('counting two parts apart and merging equals counting the whole; every document is counted once', () => {
    fc.assert(fc.property(fc.array(doc, { maxLength: 80 }), fc.nat({ max: 80 }), (docs, cut) => {
      const period = { year: 2024 }
      const whole = documentStatistics(docs, { period, direction: 'incoming' })
      const merged = mergeDocumentStatistics(documentStatistics(docs.slice(0, cut), { period, direction: 'incoming' }), documentStatistics(docs.slice(cut), { period, direction: 'incoming' }))
      expect(merged).toEqual(whole)
      expect(whole.total + whole.outsidePeriod).toBe(docs.length)
      expect(whole.byType.reduce((s, l) => s + l.total, 0)).toBe(whole.total)
      expect(whole.incoming + whole.outgoing).toBe(whole.total)
    }))
  })
})

describe('mergeDocumentStatistics — wrong shapes', () => {
  const period = { year: 2024 }
  const a = documentStatistics([{ date: '2024-03-01', documentNumber: '02/KH-VPUB' }], { period })
  it('names the argument and the field instead of an engine error', () => {
    expect(() => mergeDocumentStatistics(undefined as never, a)).toThrow(/^Invalid type for a: undefined/)
    expect(() => mergeDocumentStatistics(a, null as never)).toThrow(/^Invalid type for b: null/)
    expect(() => mergeDocumentStatistics(a, { ...a, period: undefined } as never)).toThrow(/b\.period/)
    expect(() => mergeDocumentStatistics(a, { ...a, byType: [, a.byType[0]] } as never)).toThrow(/b\.byType\[0\]: undefined/)
    expect(() => mergeDocumentStatistics(a, { ...a, byType: [{ ...a.byType[0], incoming: -1 }] } as never)).toThrow(RangeError)
    expect(() => mergeDocumentStatistics(a, a, { order: ['ke-hoach', 1] } as never)).toThrow(/options\.order\[1\]: 1/)
    expect(() => documentStatistics([], { period, order: [, 'ke-hoach'] } as never)).toThrow(/options\.order\[0\]: undefined/)
  })
  it('still merges real results', () => {
    expect(mergeDocumentStatistics(a, a).sentence.vi).toBe('2 kế hoạch')
  })
})
