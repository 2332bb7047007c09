import { describe, expect, it } from 'vitest'
import { administrativeDocumentTypes, commonIssuers, historicalAbbreviations, legalNormativeDocumentTypes, parseDocumentNumber } from 'hanhchinh/documents'

describe('administrativeDocumentTypes (Decree 30/2020 Art 7, Phụ lục III)', () => {
  const types = administrativeDocumentTypes()
  it('lists the 29 types of Art 7 in order with the Phụ lục III abbreviations', () => {
    const art7 = types.filter((t) => t.group === 'art-7')
    expect(art7).toHaveLength(29)
    expect(art7.map((t) => t.abbreviation)).toEqual([
      'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', undefined, 'CĐ',
      'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', undefined,
    ])
    expect(art7[17]?.label.vi).toBe('Công văn')
    expect(art7[28]?.label.vi).toBe('Thư công')
    expect(types.filter((t) => t.group === 'copy').map((t) => t.abbreviation)).toEqual(['SY', 'TrS', 'SL'])
  })

  it('has unique ids and abbreviations, bilingual labels and plurals', () => {
    expect(new Set(types.map((t) => t.id)).size).toBe(types.length)
    const abbr = types.map((t) => t.abbreviation).filter((a) => a !== undefined)
    expect(new Set(abbr).size).toBe(abbr.length)
    for (const t of types) {
      expect(t.label.vi.length * t.label.en.length * t.plural.vi.length * t.plural.en.length).toBeGreaterThan(0)
    }
  })

  it('returns a fresh array each call', () => {
    const a = administrativeDocumentTypes()
    a.pop()
    expect(administrativeDocumentTypes()).toHaveLength(types.length)
  })

  it('every abbreviation parses back to its type', () => {
    for (const t of types) {
      if (t.abbreviation === undefined || t.group === 'pre-2020') continue
      expect(parseDocumentNumber(`05/${t.abbreviation}-UBND`)).toMatchObject({ kind: 'administrative', type: t.id, typeCode: t.abbreviation, historical: false })
    }
  })
})

describe('historicalAbbreviations', () => {
  it('marks every pre-2020 abbreviation UNCONFIRMED and maps it to a catalogue type', () => {
    const ids = new Set(administrativeDocumentTypes().map((t) => t.id))
    for (const h of historicalAbbreviations()) {
      expect(ids.has(h.typeId)).toBe(true)
      expect(h.unconfirmed.length).toBeGreaterThan(0)
      expect(parseDocumentNumber(`05/${h.abbreviation}-UBND`)).toMatchObject({ kind: 'administrative', type: h.typeId, historical: true })
    }
    expect(historicalAbbreviations().find((h) => h.abbreviation === 'TTh')?.replacedBy).toBe('BTT')
  })
})

describe('legalNormativeDocumentTypes (Law 80/2015 Art 10; Law 64/2025 Art 4; Law 87/2025)', () => {
  const types = legalNormativeDocumentTypes()
  it('numbers laws and resolutions of the National Assembly and its Standing Committee per term', () => {
    const perTerm = types.filter((t) => t.numbering === 'per-term').map((t) => t.id)
    expect(perTerm).toEqual(['bo-luat', 'luat', 'nghi-quyet-quoc-hoi', 'phap-lenh', 'nghi-quyet-ubtvqh'])
    expect(types.find((t) => t.id === 'hien-phap')?.numbering).toBe('none')
    expect(types.filter((t) => t.numbering === 'per-year').length).toBeGreaterThan(10)
  })

  it('marks what the rules digest does not confirm: the dates of Law 80/2015 and the end of the historical types', () => {
    const law2015 = types.find((t) => t.id === 'nghi-dinh')!.basis.find((b) => b.instrument === '80/2015/QH13')!
    expect(law2015).toMatchObject({ article: '10', effectiveFrom: '2016-07-01', effectiveTo: '2025-03-31' })
    expect(law2015.unconfirmed).toMatch(/01\/07\/2016 is recalled/)
    for (const id of ['chi-thi-qppl', 'quyet-dinh-bo-truong'] as const) {
      const t = types.find((x) => x.id === id)!
      expect(t.historical).toBe(true)
      expect(t.basis.some((b) => b.unconfirmed !== undefined && /recalled/.test(b.unconfirmed))).toBe(true)
    }
    // the types of Law 64/2025 cite it without an UNCONFIRMED end
    expect(types.find((t) => t.id === 'luat')!.basis.find((b) => b.instrument === '64/2025/QH15')).toMatchObject({ article: '4', effectiveFrom: '2025-04-01' })
  })

  it('gives the notation of each type', () => {
    expect(types.find((t) => t.id === 'nghi-dinh')?.pattern).toBe('{n}/{yyyy}/NĐ-CP')
    expect(types.find((t) => t.id === 'quyet-dinh-thu-tuong')?.pattern).toBe('{n}/{yyyy}/QĐ-TTg')
    expect(types.find((t) => t.id === 'phap-lenh')?.pattern).toBe('{n}/{yyyy}/UBTVQH{k}')
    expect(types.find((t) => t.id === 'chi-thi-qppl')?.historical).toBe(true)
    expect(types.find((t) => t.id === 'nghi-dinh')?.basis.map((b) => b.instrument)).toEqual(['80/2015/QH13', '64/2025/QH15'])
    expect(types.find((t) => t.id === 'quyet-dinh-chu-tich-ubnd-tinh')?.basis.map((b) => b.instrument)).toContain('87/2025/QH15')
  })

  it('types the real numbers of the rules file', () => {
    expect(parseDocumentNumber('61/2018/NĐ-CP')).toMatchObject({ type: 'nghi-dinh' })
    expect(parseDocumentNumber('09/2015/QĐ-TTg')).toMatchObject({ type: 'quyet-dinh-thu-tuong' })
    expect(parseDocumentNumber('01/2023/TT-VPCP')).toMatchObject({ type: 'thong-tu' })
  })
})

describe('commonIssuers', () => {
  it('has unique codes and restores canonical spelling when parsing', () => {
    const codes = commonIssuers().map((i) => i.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(parseDocumentNumber('05/QD-TTG')).toMatchObject({ issuer: 'TTg' })
    expect(parseDocumentNumber('05/2021/nq-hdnd')).toMatchObject({ issuer: 'HĐND', text: '05/2021/NQ-HĐND' })
    expect(parseDocumentNumber('05/QĐ-bgddt')).toMatchObject({ issuer: 'BGDĐT' })
  })
})
