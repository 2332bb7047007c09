import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AsOf, Criterion, ParseResult, Verdict } from 'hanhchinh/core'
import {
  atDate,
  checkEligibility,
  checkQuota,
  parseRatingText,
  parseRecord,
  reviewUnit,
  safeParseRatingText,
  safeParseRecord,
  selectRegime,
  type AwardId,
  type DatedValue,
  type EligibilityOptions,
  type EligibilityVerdict,
  type EmulationCriterion,
  type EmulationRecord,
  type EmulationRecordInput,
  type IndividualRecord,
  type MoneyOptions,
  type QuotaOptions,
  type QuotaReport,
  type RatingId,
  type RecordInput,
  type RegimeRule,
  type ReviewUnitInput,
  type UnitRecord,
  type UnitReview,
} from 'hanhchinh/emulation'

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

describe('types follow the data', () => {
  it('reviewUnit takes the general record type, in both forms', () => {
    expectTypeOf<EmulationRecord[]>().toMatchTypeOf<Parameters<typeof reviewUnit>[0]>()
    expectTypeOf<EmulationRecordInput[]>().toMatchTypeOf<Parameters<typeof reviewUnit>[0]>()
    expectTypeOf<RecordInput[]>().toMatchTypeOf<Parameters<typeof reviewUnit>[0]>()
    expectTypeOf<{ name: string; members: EmulationRecord[] }>().toMatchTypeOf<ReviewUnitInput>()
    expectTypeOf<{ members: RecordInput[] }>().toMatchTypeOf<ReviewUnitInput>()
    // A parsed unit (name?: string | undefined) is accepted as it is.
    expectTypeOf<UnitRecord>().toMatchTypeOf<ReviewUnitInput>()
    // A collective is still not taken where only a collective record fits.
    expectTypeOf<{ members: []; collective: IndividualRecord }>().not.toMatchTypeOf<ReviewUnitInput>()
    // At run time the general type works too: a collective among the members is the unit's collective.
    const records: EmulationRecordInput[] = [
      { kind: 'individual', name: 'Nguyễn Thị Hà', years: { 2024: { rating: 'hoan-thanh-xuat-sac' } } },
      { kind: 'collective', name: 'Phòng Tổng hợp', years: { 2024: { members: 1, rating: 'hoan-thanh-xuat-sac' } } },
    ]
    const r = reviewUnit({ members: records }, { year: 2024 })
    expect(r.name).toBe('Phòng Tổng hợp')
    expect(r.members).toHaveLength(1)
    expect(r.collective.counts.members).toBe(1)
    expect(() => reviewUnit({ members: [records[1]!, records[1]!] }, { year: 2024 })).toThrow(/unit\.members\.1\.kind.*at most one collective record/)
    // checkEligibility takes either kind through the same type.
    expectTypeOf<EmulationRecordInput>().toMatchTypeOf<Parameters<typeof checkEligibility>[1]>()
  })
  it('readers: parse returns the value, safeParse a core ParseResult', () => {
    expectTypeOf(parseRatingText).returns.toEqualTypeOf<RatingId>()
    expectTypeOf(safeParseRatingText).returns.toEqualTypeOf<ParseResult<RatingId>>()
    expectTypeOf(parseRecord).returns.toEqualTypeOf<EmulationRecord>()
    expectTypeOf(safeParseRecord).returns.toEqualTypeOf<ParseResult<EmulationRecord>>()
  })
  it('dates: the year is a number, every decision date what asOf takes', () => {
    expectTypeOf<EligibilityOptions['year']>().toEqualTypeOf<number>()
    expectTypeOf<EligibilityOptions['decisionDate']>().toEqualTypeOf<AsOf | undefined>()
    expectTypeOf<MoneyOptions['decisionDate']>().toEqualTypeOf<AsOf>()
    expectTypeOf<QuotaOptions['decisionDate']>().toEqualTypeOf<AsOf | undefined>()
    expectTypeOf(selectRegime).parameter(1).toEqualTypeOf<AsOf | undefined>()
    expectTypeOf(atDate<number>).returns.toEqualTypeOf<DatedValue<number> | undefined>()
    expectTypeOf<RegimeRule<number>['values']>().toEqualTypeOf<readonly DatedValue<number>[] | undefined>()
  })
})
