import { describe, expect, it } from 'vitest'
import { formatLegalBasis, LegalBasisSchema } from 'hanhchinh/core'

describe('LegalBasis', () => {
  it('validates and cites in both languages', () => {
    const basis = LegalBasisSchema.parse({ instrument: '61/2018/NĐ-CP', article: '19', clause: '9', effectiveFrom: '2018-06-21' })
    expect(formatLegalBasis(basis)).toBe('khoản 9 Điều 19 61/2018/NĐ-CP')
    expect(formatLegalBasis(basis, 'en')).toBe('Art 19(9) 61/2018/NĐ-CP')
    expect(formatLegalBasis({ instrument: 'CV 2450/VPCP-KGVX' })).toBe('CV 2450/VPCP-KGVX')
    expect(LegalBasisSchema.safeParse({ instrument: '', article: '1' }).success).toBe(false)
    expect(LegalBasisSchema.safeParse({ instrument: 'x', effectiveFrom: '2018-02-30' }).success).toBe(false)
  })
})

describe('formatLegalBasis on hostile input (issue 13)', () => {
  it('throws documented errors naming the argument', () => {
    expect(() => formatLegalBasis(undefined as never)).toThrow(TypeError)
    expect(() => formatLegalBasis(undefined as never)).toThrow(/^Invalid type for basis: undefined/)
    expect(() => formatLegalBasis({} as never)).toThrow(/^Invalid type for basis.instrument/)
    expect(() => formatLegalBasis({ instrument: '91/2015/QH13', article: 147 } as never)).toThrow(/^Invalid type for basis.article: 147/)
    expect(() => formatLegalBasis({ instrument: '91/2015/QH13' }, 'fr' as never)).toThrow(RangeError)
  })
})
