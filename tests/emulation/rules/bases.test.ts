import { describe, expect, it } from 'vitest'
import { LegalBasisSchema, type LegalBasis } from 'hanhchinh/core'
import * as bases from '../../../src/emulation/rules/bases.js'

describe('rules/bases: the instruments cited by the emulation rules', () => {
  const instruments = Object.entries(bases).filter(([, v]) => typeof v === 'object') as Array<[string, LegalBasis]>
  it('every instrument is a valid legal basis with a consistent period', () => {
    expect(instruments.length).toBeGreaterThan(15)
    for (const [name, b] of instruments) {
      expect(LegalBasisSchema.safeParse(b).success, name).toBe(true)
      if (b.effectiveFrom && b.effectiveTo) expect(b.effectiveFrom <= b.effectiveTo, name).toBe(true)
      if (b.issued && b.effectiveFrom) expect(b.issued <= b.effectiveFrom, name).toBe(true)
    }
  })
  it('the regime boundaries of the rules file: Law 2022 and Decree 98/2023 from 01/01/2024, Decree 152/2025 from 01/07/2025', () => {
    expect(bases.LAW_2022.effectiveFrom).toBe('2024-01-01')
    expect(bases.ND_98_2023).toMatchObject({ effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' })
    expect(bases.ND_152_2025.effectiveFrom).toBe('2025-07-01')
    expect(bases.ND_91_2017.effectiveFrom).toBe('2017-10-01')
  })
  it('cite adds the article, clause and point without changing the instrument', () => {
    expect(bases.cite(bases.LAW_2022, '74', '1', 'd')).toMatchObject({ instrument: '06/2022/QH15', article: '74', clause: '1', point: 'd' })
    expect(bases.LAW_2022.article).toBeUndefined()
  })
})
