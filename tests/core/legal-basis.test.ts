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
