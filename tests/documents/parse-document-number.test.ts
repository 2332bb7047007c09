import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocumentNumber, safeParseDocumentNumber } from 'hanhchinh/documents'

describe('parseDocumentNumber — real numbers', () => {
  it('reads administrative numbers (Decree 30/2020 Phụ lục I II.3)', () => {
    expect(parseDocumentNumber('3162/QĐ-UBND')).toMatchObject({
      kind: 'administrative', number: '3162', sequence: 3162, typeCode: 'QĐ', type: 'quyet-dinh',
      typeLabel: { vi: 'Quyết định (cá biệt)' }, issuer: 'UBND', issuers: ['UBND'], historical: false, text: '3162/QĐ-UBND',
    })
    expect(parseDocumentNumber('02/KH-VPUB')).toMatchObject({ kind: 'administrative', number: '02', sequence: 2, typeCode: 'KH', type: 'ke-hoach', issuer: 'VPUB' })
    expect(parseDocumentNumber('828/QĐ-TTg')).toMatchObject({ kind: 'administrative', number: '828', typeCode: 'QĐ', issuer: 'TTg', text: '828/QĐ-TTg' })
    expect(parseDocumentNumber('15/QĐ-BNV')).toMatchObject({ kind: 'administrative', issuer: 'BNV' })
  })

  it('reads abbreviations with lower-case letters and Đ', () => {
    expect(parseDocumentNumber('07/QyĐ-UBND')).toMatchObject({ typeCode: 'QyĐ', type: 'quy-dinh' })
    expect(parseDocumentNumber('45/TTr-SNV')).toMatchObject({ typeCode: 'TTr', type: 'to-trinh', issuer: 'SNV' })
    expect(parseDocumentNumber('11/CTr-UBND')).toMatchObject({ typeCode: 'CTr', type: 'chuong-trinh' })
    expect(parseDocumentNumber('03/TrS-VP')).toMatchObject({ typeCode: 'TrS', type: 'ban-trich-sao' })
    expect(parseDocumentNumber('05/ĐA-UBND')).toMatchObject({ typeCode: 'ĐA', type: 'de-an' })
    expect(parseDocumentNumber('05/DA-UBND')).toMatchObject({ typeCode: 'DA', type: 'du-an' })
    expect(parseDocumentNumber('05/HD-SNV')).toMatchObject({ typeCode: 'HD', type: 'huong-dan' })
    expect(parseDocumentNumber('05/HĐ-SNV')).toMatchObject({ typeCode: 'HĐ', type: 'hop-dong' })
  })

  it('reads official letters (công văn): issuer and drafting unit', () => {
    expect(parseDocumentNumber('12/UBND-VX')).toMatchObject({ kind: 'official-letter', type: 'cong-van', number: '12', issuer: 'UBND', draftingUnit: 'VX' })
    expect(parseDocumentNumber('9570/VPCP-KGVX')).toMatchObject({ kind: 'official-letter', issuer: 'VPCP', draftingUnit: 'KGVX' })
    expect(parseDocumentNumber('05/BNV-VP')).toMatchObject({ kind: 'official-letter', issuer: 'BNV', draftingUnit: 'VP', number: '05' })
    expect(parseDocumentNumber('89/TTr-LĐTBXH')).toMatchObject({ kind: 'administrative', typeCode: 'TTr', issuer: 'LĐTBXH' })
  })

  it('reads legal normative numbers (Law 80/2015 Art 10)', () => {
    expect(parseDocumentNumber('61/2018/NĐ-CP')).toMatchObject({ kind: 'legal-normative', number: '61', year: 2018, typeCode: 'NĐ', type: 'nghi-dinh', issuer: 'CP', term: undefined })
    expect(parseDocumentNumber('01/2018/TT-VPCP')).toMatchObject({ kind: 'legal-normative', number: '01', year: 2018, typeCode: 'TT', type: 'thong-tu', issuer: 'VPCP' })
    expect(parseDocumentNumber('45/2019/QH14')).toMatchObject({ kind: 'legal-normative', number: '45', year: 2019, typeCode: undefined, type: undefined, issuer: 'QH', term: 14, text: '45/2019/QH14' })
    expect(parseDocumentNumber('64/2025/QH15')).toMatchObject({ term: 15, year: 2025 })
    expect(parseDocumentNumber('66.22/2026/NQ-CP')).toMatchObject({ kind: 'legal-normative', number: '66.22', sequence: 66, subNumber: '22', year: 2026, typeCode: 'NQ', type: 'nghi-quyet-chinh-phu', issuer: 'CP', text: '66.22/2026/NQ-CP' })
    expect(parseDocumentNumber('09/2015/QĐ-TTg')).toMatchObject({ type: 'quyet-dinh-thu-tuong', issuer: 'TTg' })
    expect(parseDocumentNumber('30/2020/NĐ-CP')).toMatchObject({ type: 'nghi-dinh' })
    expect(parseDocumentNumber('03/2025/TT-VPCP')).toMatchObject({ type: 'thong-tu', issuer: 'VPCP' })
    expect(parseDocumentNumber('117/2025/QH15')).toMatchObject({ term: 15 })
    expect(parseDocumentNumber('12/2016/UBTVQH14')).toMatchObject({ issuer: 'UBTVQH', term: 14 })
    expect(parseDocumentNumber('01/2011/TT-BNV')).toMatchObject({ type: 'thong-tu', issuer: 'BNV' })
    expect(parseDocumentNumber('20/2021/NQ-HĐND')).toMatchObject({ type: 'nghi-quyet-hdnd', issuer: 'HĐND' })
    expect(parseDocumentNumber('15/2015/TTLT-BTC-BNV')).toMatchObject({ type: 'thong-tu-lien-tich', issuer: 'BTC', issuers: ['BTC', 'BNV'] })
  })

  it('returns the number itself; the safe reader gives it under value', () => {
    const n = parseDocumentNumber('3162/QĐ-UBND')
    expect('ok' in n).toBe(false)
    expect('value' in n).toBe(false)
    const r = safeParseDocumentNumber('3162/QĐ-UBND')
    expect(r).toEqual({ ok: true, value: n })
  })

  it('throws a RangeError naming the input and the reason; a TypeError for non-text', () => {
    expect(() => parseDocumentNumber('QĐ-UBND')).toThrow(RangeError)
    expect(() => parseDocumentNumber('QĐ-UBND')).toThrow('Invalid text: "QĐ-UBND" (Missing "/" between number and notation)')
    expect(() => parseDocumentNumber(3162 as unknown as string)).toThrow(TypeError)
  })

  it('refuses unknown or ill-typed options as programmer errors', () => {
    expect(() => parseDocumentNumber('3162/QĐ-UBND', null as never)).toThrow(TypeError)
    expect(() => safeParseDocumentNumber('3162/QĐ-UBND', null as never)).toThrow(TypeError)
    expect(() => parseDocumentNumber('3162/QĐ-UBND', { historical: [] } as never)).toThrow(/Unknown option "historical" of safeParseDocumentNumber/)
    expect(() => parseDocumentNumber('3162/QĐ-UBND', { historicalAbbreviations: 'UQ' } as never)).toThrow(TypeError)
  })
})

describe('parseDocumentNumber — messy real text', () => {
  const canonical = (s: string): string | undefined => {
    const r = safeParseDocumentNumber(s)
    return r.ok ? r.value.text : undefined
  }
  it('normalises prefixes, spaces, case, D for Đ, NFD and dashes', () => {
    expect(canonical('Số: 3162/QĐ-UBND')).toBe('3162/QĐ-UBND')
    expect(canonical('Số 3162 / QĐ - UBND')).toBe('3162/QĐ-UBND')
    expect(canonical('số:3162/qđ-ubnd')).toBe('3162/QĐ-UBND')
    expect(canonical('3162/QD-UBND')).toBe('3162/QĐ-UBND')
    expect(canonical('So: 828/QD-TTG')).toBe('828/QĐ-TTg')
    expect(canonical('61/2018/ND-CP')).toBe('61/2018/NĐ-CP')
    expect(canonical('61/2018/nđ-cp')).toBe('61/2018/NĐ-CP')
    expect(canonical('20/2021/NQ-HDND')).toBe('20/2021/NQ-HĐND')
    expect(canonical('3162/Q\u0110-UBND'.normalize('NFD'))).toBe('3162/QĐ-UBND')
    expect(canonical('Số: 02/KH-VPUB'.normalize('NFD'))).toBe('02/KH-VPUB')
    expect(canonical('3162/Q\u00d0-UBND')).toBe('3162/QĐ-UBND')
    expect(canonical('3162/QĐ\u2013UBND')).toBe('3162/QĐ-UBND')
    expect(canonical('2/KH-VPUB')).toBe('02/KH-VPUB')
    expect(canonical('0002/KH-VPUB')).toBe('02/KH-VPUB')
    expect(canonical('12/UBND-VX.')).toBe('12/UBND-VX')
    expect(canonical('1/2018/tt-vpcp')).toBe('01/2018/TT-VPCP')
    expect(canonical('45/2019/qh14')).toBe('45/2019/QH14')
    expect(canonical('  Số hiệu: 45/2019/QH14 ')).toBe('45/2019/QH14')
    expect(canonical('07/QYD-UBND')).toBe('07/QyĐ-UBND')
    expect(canonical('11/ctr-ubnd')).toBe('11/CTr-UBND')
  })

  it('reads a space between notation groups as the dash, never joins them', () => {
    // before, "3162/QĐ UBND" became the công văn "3162/QĐUBND"
    expect(parseDocumentNumber('3162/QĐ UBND')).toMatchObject({ kind: 'administrative', typeCode: 'QĐ', issuer: 'UBND', text: '3162/QĐ-UBND' })
    expect(parseDocumentNumber('Số: 12/UBND  VX')).toMatchObject({ kind: 'official-letter', issuer: 'UBND', draftingUnit: 'VX' })
    expect(parseDocumentNumber('61/2018/NĐ CP')).toMatchObject({ text: '61/2018/NĐ-CP', type: 'nghi-dinh' })
    expect(parseDocumentNumber('3162 /QĐ- UBND .')).toMatchObject({ text: '3162/QĐ-UBND' })
    expect(parseDocumentNumber('02/KH-\u200bVPUB')).toMatchObject({ text: '02/KH-VPUB' })
    // a space between the digits of the number is not guessed away
    const split = safeParseDocumentNumber('31 62/QĐ-UBND')
    expect(split.ok).toBe(false)
    expect(split.ok ? undefined : split.reason.en).toMatch(/space between its digits/)
    expect(safeParseDocumentNumber('61/20 18/NĐ-CP').ok).toBe(false)
  })

  it('reads pre-2020 abbreviations as historical, and can be told not to', () => {
    expect(parseDocumentNumber('05/UQ-UBND')).toMatchObject({ kind: 'administrative', typeCode: 'UQ', type: 'giay-uy-quyen', historical: true })
    expect(parseDocumentNumber('05/UQ-UBND', { historicalAbbreviations: [] })).toMatchObject({ kind: 'official-letter', issuer: 'UQ' })
    expect(parseDocumentNumber('05/GUQ-UBND')).toMatchObject({ typeCode: 'GUQ', historical: false })
  })

  it('refuses what is not a document number, with a reason', () => {
    for (const s of ['', '   ', 'QĐ-UBND', '3162', 'abc/QĐ-UBND', '0/QĐ-UBND', '3162/', '3162/QĐ', '3162/QĐ-', '3162/QĐ--UBND',
      'ngày 20/12/2021', '20/12/2021', '61/18/NĐ-CP', '1/2/3/4', '66.22/QĐ-UBND', '66.22/2018/NQ-CP', '45/2019/QH0', '3162/QĐ-UBND ngày 20/12/2021',
      '12/1800/NĐ-CP']) {
      const r = safeParseDocumentNumber(s)
      expect(r.ok, s).toBe(false)
      if (!r.ok) {
        expect(r.reason.vi.length).toBeGreaterThan(0)
        expect(r.reason.en.length).toBeGreaterThan(0)
      }
      expect(() => parseDocumentNumber(s), s).toThrow(RangeError)
    }
  })
})

describe('parseDocumentNumber — properties', () => {
  it('never throws on arbitrary strings or values', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => typeof safeParseDocumentNumber(s).ok === 'boolean'), { numRuns: 2000 })
    for (const v of [undefined, null, 42, {}, Object.create(null), Symbol('x'), [1, 2]]) {
      expect(safeParseDocumentNumber(v)).toMatchObject({ ok: false, code: 'not-text', reason: { en: 'a document number must be a string' } })
    }
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const r = safeParseDocumentNumber(s)
      return typeof r.ok === 'boolean'
    }), { numRuns: 2000 })
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '/', '-', '.', ' ', 'Q', 'Đ', 'đ', 'D', 'u', 'B', 'N', 'S', 'ố', ':', '\u0303'), maxLength: 30 }), (s) => {
      const r = safeParseDocumentNumber(s)
      return typeof r.ok === 'boolean'
    }), { numRuns: 3000 })
  })

  it('clean text (fast path) and the same text with surrounding spaces (full path) parse alike', () => {
    const letters = fc.constantFrom('Q', 'Đ', 'đ', 'D', 'd', 'U', 'B', 'N', 'T', 'g', 'H', 'K', 'V', 'X', 'P', 'C', 'y', 'r', 'S', '1', '4')
    const text = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.option(fc.integer({ min: 1900, max: 2300 })), fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }))
      .map(([n, y, gs]) => `${n}/${y === null ? '' : `${y}/`}${gs.join('-')}`)
    fc.assert(fc.property(text, (s) => {
      const fast = safeParseDocumentNumber(s)
      const full = safeParseDocumentNumber(` ${s} `)
      if (fast.ok !== full.ok) return false
      if (fast.ok && full.ok) return JSON.stringify(fast.value) === JSON.stringify(full.value)
      return !fast.ok && !full.ok && fast.reason.en === full.reason.en
    }), { numRuns: 3000 })
  })

  it('the canonical text parses to itself (format ∘ parse is stable)', () => {
    const letters = fc.constantFrom('Q', 'Đ', 'D', 'U', 'B', 'N', 'T', 'g', 'H', 'K', 'V', 'X', 'P', 'C', 'y', 'r', 'S')
    const group = fc.string({ unit: letters, minLength: 1, maxLength: 5 })
    const text = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.option(fc.integer({ min: 1945, max: 2200 })), fc.array(group, { minLength: 1, maxLength: 3 }))
      .map(([n, y, gs]) => `${n}/${y === null ? '' : `${y}/`}${gs.join('-')}`)
    fc.assert(fc.property(text, (s) => {
      const r = safeParseDocumentNumber(s)
      if (!r.ok) return true
      const again = parseDocumentNumber(r.value.text)
      return again.text === r.value.text && again.kind === r.value.kind
    }), { numRuns: 3000 })
  })
})

describe('parseDocumentNumber — hostile input', () => {
  it('refuses text longer than MAX_DOCUMENT_NUMBER_LENGTH at once, naming the limit', async () => {
    const { MAX_DOCUMENT_NUMBER_LENGTH } = await import('hanhchinh/documents')
    expect(MAX_DOCUMENT_NUMBER_LENGTH).toBe(120)
    const padded = 'Số: ' + '3162/QĐ-UBND'.padStart(MAX_DOCUMENT_NUMBER_LENGTH - 4, ' ')
    expect(padded.length).toBe(MAX_DOCUMENT_NUMBER_LENGTH)
    expect(parseDocumentNumber(padded).text).toBe('3162/QĐ-UBND')
    const cell = '3162/QĐ-UBND' + ' '.repeat(1_000_000)
    const t0 = performance.now()
    const r = safeParseDocumentNumber(cell)
    expect(performance.now() - t0).toBeLessThan(50)
    expect(r).toMatchObject({ ok: false, code: 'too-long' })
    expect(() => parseDocumentNumber(cell)).toThrow(/longer than the 120 characters/)
  })

  it('checks every historical abbreviation it is given, holes included', () => {
    const options = (h: unknown): never => ({ historicalAbbreviations: h }) as never
    expect(() => parseDocumentNumber('05/UQ-UBND', options([, { abbreviation: 'UQ', typeId: 'giay-uy-quyen' }]))).toThrow(/Invalid type for options\.historicalAbbreviations\[0\]: undefined/)
    expect(() => parseDocumentNumber('05/UQ-UBND', options([null]))).toThrow(TypeError)
    expect(() => parseDocumentNumber('05/UQ-UBND', options([{ abbreviation: 5 }]))).toThrow(/historicalAbbreviations\[0\]\.abbreviation: 5/)
    expect(() => parseDocumentNumber('05/UQ-UBND', options([{ abbreviation: 'UQ', typeId: 'nope' }]))).toThrow(RangeError)
    expect(() => parseDocumentNumber('05/UQ-UBND', options([{ abbreviation: 'U Q', typeId: 'giay-uy-quyen' }]))).toThrow(/abbreviation: "U Q"/)
    expect(parseDocumentNumber('05/UQ-UBND', options([{ abbreviation: 'UQ', typeId: 'giay-uy-quyen', replacedBy: 'GUQ', unconfirmed: 'test' }]))).toMatchObject({ kind: 'administrative', typeCode: 'UQ', historical: true })
  })
})
