import { describe, expect, it } from 'vitest'
import { LegalBasisSchema, addDays } from 'hanhchinh/core'
import { AWARD_AUTHORITIES, AWARD_DECIDERS, AWARD_LABELS, RECIPIENT_LEVELS, type HeldAwardId } from 'hanhchinh/emulation'
import { UNITS_LEGAL_BASES } from 'hanhchinh/units'
import { LAW_2003, LAW_2022, ND_129_2025 } from '../../../src/emulation/rules/bases.js'

describe('rules/authority: who decides, as dated data', () => {
  it('three periods whose boundaries are the instruments’ own dates', () => {
    const [a, b, c] = AWARD_AUTHORITIES.values
    expect(AWARD_AUTHORITIES.values).toHaveLength(3)
    expect(a).toMatchObject({ from: LAW_2003.effectiveFrom, to: LAW_2003.effectiveTo })
    expect(b!.from).toBe(LAW_2022.effectiveFrom)
    expect(addDays(b!.to!, 1)).toBe(UNITS_LEGAL_BASES.localGovernmentLaw2025.effectiveFrom)
    expect(c!.from).toBe(UNITS_LEGAL_BASES.localGovernmentLaw2025.effectiveFrom)
    expect(c!.from).toBe(ND_129_2025.effectiveFrom)
    expect(c!.to).toBeUndefined()
  })

  it('from 01/07/2025 the levels are province, commune and agency (72/2025/QH15); before, all four', () => {
    const [a, b, c] = AWARD_AUTHORITIES.values
    expect(a!.value.levels).toEqual(RECIPIENT_LEVELS)
    expect(b!.value.levels).toEqual(RECIPIENT_LEVELS)
    expect(c!.value.levels).toEqual(['province', 'commune', 'agency'])
    expect(c!.value.levelsBasis[0]).toBe(UNITS_LEGAL_BASES.localGovernmentLaw2025)
    expect(c!.value.grants.some((g) => g.decider === 'chu-tich-ubnd-huyen')).toBe(false)
  })

  it('every grant: a known decider, known awards, recipient levels that exist in its period, valid bases', () => {
    for (const period of AWARD_AUTHORITIES.values) {
      for (const b of period.basis) expect(LegalBasisSchema.safeParse(b).success, JSON.stringify(b)).toBe(true)
      for (const g of period.value.grants) {
        expect(AWARD_DECIDERS[g.decider]?.id).toBe(g.decider)
        for (const award of g.awards) expect(Object.keys(AWARD_LABELS)).toContain(award)
        for (const level of g.recipientLevels) expect(period.value.levels, `${period.from} ${g.decider}`).toContain(level)
        expect(g.basis.length).toBeGreaterThan(0)
        for (const b of g.basis) expect(LegalBasisSchema.safeParse(b).success, JSON.stringify(b)).toBe(true)
      }
    }
  })

  it('in every period every award but Chiến sĩ tiên tiến has a decider for every recipient level that exists, except the base titles at province level', () => {
    const base: HeldAwardId[] = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'giay-khen']
    for (const period of AWARD_AUTHORITIES.values) {
      for (const award of Object.keys(AWARD_LABELS) as HeldAwardId[]) {
        const grants = period.value.grants.filter((g) => g.awards.includes(award))
        if (award === 'chien-si-tien-tien') {
          expect(grants).toEqual([])
          continue
        }
        for (const level of period.value.levels) {
          if (level === 'province' && base.includes(award)) continue
          expect(grants.some((g) => g.recipientLevels.includes(level)), `${period.from} ${award} ${level}`).toBe(true)
        }
      }
    }
  })

  it('Decree 129/2025/NĐ-CP is cited with its article and its effective date; its date of signature is marked unconfirmed', () => {
    expect(LegalBasisSchema.safeParse(ND_129_2025).success).toBe(true)
    expect(ND_129_2025).toMatchObject({ instrument: '129/2025/NĐ-CP', effectiveFrom: '2025-07-01' })
    expect(typeof ND_129_2025.unconfirmed).toBe('string')
    const commune = AWARD_AUTHORITIES.values[2]!.value.grants.find((g) => g.decider === 'chu-tich-ubnd-xa')!
    expect(commune.awards).toEqual(['tap-the-lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'lao-dong-tien-tien', 'giay-khen'])
    expect(commune.basis.map((b) => [b.instrument, b.article])).toEqual([['06/2022/QH15', '80'], ['129/2025/NĐ-CP', '59']])
  })

  it('the data are frozen', () => {
    for (const period of AWARD_AUTHORITIES.values) {
      expect(Object.isFrozen(period.value)).toBe(true)
      expect(Object.isFrozen(period.value.grants)).toBe(true)
      for (const g of period.value.grants) expect(Object.isFrozen(g) && Object.isFrozen(g.awards) && Object.isFrozen(g.recipientLevels)).toBe(true)
    }
    expect(Object.isFrozen(AWARD_DECIDERS)).toBe(true)
  })
})
