import { describe, expect, it } from 'vitest'
import { LegalBasisSchema } from 'hanhchinh/core'
import { documentRulesBasis } from 'hanhchinh/documents'

describe('documentRulesBasis', () => {
  it('cites Decree 30/2020/NĐ-CP articles as data, valid against the schema', () => {
    const b = documentRulesBasis()
    for (const [key, basis] of Object.entries(b)) expect(LegalBasisSchema.safeParse(basis).success, key).toBe(true)
    expect(b.numbering).toMatchObject({ instrument: '30/2020/NĐ-CP', article: '15', clause: '1', effectiveFrom: '2020-03-05' })
    expect(b.sameOrNextWorkingDay).toMatchObject({ article: '4', clause: '2', point: 'b' })
    expect(b.urgentImmediately).toMatchObject({ article: '4', clause: '2', point: 'c' })
    expect(b.issueOutgoing).toMatchObject({ article: '18', clause: '1' })
    expect(b.legalNormative2025).toMatchObject({ instrument: '64/2025/QH15', effectiveFrom: '2025-04-01' })
    expect(b.legalNormative2015.effectiveTo).toBe('2025-03-31')
  })

  it('returns fresh objects', () => {
    const a = documentRulesBasis()
    a.numbering.article = '99'
    expect(documentRulesBasis().numbering.article).toBe('15')
  })
})
