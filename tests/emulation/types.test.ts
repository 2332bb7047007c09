import { describe, expectTypeOf, it } from 'vitest'
import type { Criterion, Verdict } from 'hanhchinh/core'
import { checkEligibility, checkQuota, reviewUnit, type AwardId, type EligibilityVerdict, type EmulationCriterion, type QuotaReport, type RatingId, type UnitReview } from 'hanhchinh/emulation'

describe('public types', () => {
  it('checkEligibility returns a core Verdict whose criteria are core Criteria with a status', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }, { year: 2024 })
    expectTypeOf(v).toEqualTypeOf<EligibilityVerdict>()
    expectTypeOf(v).toMatchTypeOf<Verdict>()
    expectTypeOf(v.criteria[0]!).toMatchTypeOf<Criterion>()
    expectTypeOf<EmulationCriterion['status']>().toEqualTypeOf<'met' | 'unmet' | 'unknown'>()
    expectTypeOf(v.award).toEqualTypeOf<AwardId>()
  })
  it('the interface names of the issue', () => {
    expectTypeOf(checkQuota).returns.toEqualTypeOf<QuotaReport>()
    expectTypeOf(reviewUnit).returns.toEqualTypeOf<UnitReview>()
    expectTypeOf<'hoan-thanh-xuat-sac'>().toMatchTypeOf<RatingId>()
    expectTypeOf<'huan-chuong-lao-dong-hang-ba'>().toMatchTypeOf<AwardId>()
  })
})
