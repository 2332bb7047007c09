import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDocumentNumber, parseDocumentNumber } from 'hanhchinh/documents'

const REAL = ['3162/QĐ-UBND', '02/KH-VPUB', '828/QĐ-TTg', '12/UBND-VX', '61/2018/NĐ-CP', '01/2018/TT-VPCP', '45/2019/QH14', '66.22/2026/NQ-CP', '9570/VPCP-KGVX', '89/TTr-LĐTBXH']

describe('formatDocumentNumber', () => {
  it('writes every real number back as it is officially written', () => {
    for (const n of REAL) {
      expect(formatDocumentNumber(parseDocumentNumber(n))).toBe(n)
      expect(formatDocumentNumber(n)).toBe(n)
    }
  })

  it('adds the leading zero below 10 and removes other leading zeros (Phụ lục I II.3)', () => {
    expect(formatDocumentNumber({ kind: 'administrative', number: 2, typeCode: 'KH', issuer: 'VPUB' })).toBe('02/KH-VPUB')
    expect(formatDocumentNumber({ kind: 'administrative', number: 10, typeCode: 'KH', issuer: 'VPUB' })).toBe('10/KH-VPUB')
    expect(formatDocumentNumber({ kind: 'administrative', number: '007', typeCode: 'QD', issuer: 'UBND' })).toBe('07/QĐ-UBND')
    expect(formatDocumentNumber({ kind: 'legal-normative', number: 1, year: 2018, typeCode: 'TT', issuer: 'VPCP' })).toBe('01/2018/TT-VPCP')
    expect(formatDocumentNumber({ kind: 'legal-normative', number: 45, year: 2019, issuer: 'QH', term: 14 })).toBe('45/2019/QH14')
    expect(formatDocumentNumber({ kind: 'legal-normative', number: 15, year: 2015, typeCode: 'TTLT', issuer: 'BTC', issuers: ['BTC', 'BNV'] })).toBe('15/2015/TTLT-BTC-BNV')
    expect(formatDocumentNumber({ kind: 'official-letter', number: 5, issuer: 'BNV', draftingUnit: 'VP' })).toBe('05/BNV-VP')
  })

  it('throws a RangeError naming the value for what is not a number', () => {
    expect(() => formatDocumentNumber('QĐ-UBND')).toThrow(RangeError)
    expect(() => formatDocumentNumber('QĐ-UBND')).toThrow(/QĐ-UBND/)
    expect(() => formatDocumentNumber({ kind: 'administrative', number: 0, typeCode: 'QĐ', issuer: 'UBND' })).toThrow(/parts.number/)
    expect(() => formatDocumentNumber({ kind: 'administrative', number: 1.5, typeCode: 'QĐ', issuer: 'UBND' })).toThrow(RangeError)
    expect(() => formatDocumentNumber({ kind: 'official-letter', number: 3, issuer: 'QĐ', draftingUnit: 'UBND' })).toThrow(/reads as administrative/)
  })

  it('format ∘ parse is idempotent on messy variants of real numbers', () => {
    const variant = fc.tuple(fc.constantFrom(...REAL), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom('', 'Số: ', 'số ', 'So: '))
      .map(([n, lower, spaced, nfd, plainD, prefix]) => {
        let s = n
        if (plainD) s = s.replace(/Đ(?=-)/g, 'D')
        if (lower) s = s.toLowerCase()
        if (spaced) s = s.replace(/\//g, ' / ').replace(/-/g, ' - ')
        if (nfd) s = s.normalize('NFD')
        return { canonical: n, messy: prefix + s }
      })
    fc.assert(fc.property(variant, ({ canonical, messy }) => {
      const once = formatDocumentNumber(messy)
      return once === formatDocumentNumber(once) && once.toUpperCase() === canonical.toUpperCase()
    }), { numRuns: 1000 })
  })

  it('round-trips generated parts', () => {
    const arb = fc.record({
      number: fc.integer({ min: 1, max: 99999 }),
      typeCode: fc.constantFrom('QĐ', 'KH', 'TB', 'BC', 'TTr', 'CTr', 'QyĐ', 'HĐ', 'ĐA', 'GM', 'SY', 'TrS'),
      issuer: fc.constantFrom('UBND', 'VPUB', 'TTg', 'SNV', 'HĐND', 'BNV'),
    })
    fc.assert(fc.property(arb, (p) => {
      const text = formatDocumentNumber({ kind: 'administrative', ...p })
      const back = parseDocumentNumber(text)
      return back.kind === 'administrative' && back.sequence === p.number && back.typeCode === p.typeCode && back.issuer === p.issuer
        && text === (p.number < 10 ? `0${p.number}` : String(p.number)) + `/${p.typeCode}-${p.issuer}`
    }), { numRuns: 1000 })
  })
})
