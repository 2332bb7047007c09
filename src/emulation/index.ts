/**
 * Emulation titles, commendations and quality ratings (thi đua, khen thưởng;
 * đánh giá, xếp loại chất lượng): eligibility judged by the law in force for
 * the achievement year and decision date, with a cited, bilingual verdict for
 * every criterion.
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'hanhchinh/emulation'
 * const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', recruitedOn: '2022-04-01', years: { 2022: { rating: 'hoan-thanh-tot' } } }, { year: 2022 })
 * v.ok //=> false
 * v.criteria.find((c) => !c.ok)?.id //=> 'service-months'
 * ```
 *
 * @packageDocumentation
 * @module emulation
 */
export * from './schema.js'
export { scoreToRating, assessRating, type RatingAssessment } from './rating.js'
export type { RegimeId, RegimeRule, MemberShare, Regime } from './rules/regime.js'
export { REGIME_A } from './rules/regime-a.js'
export { REGIME_B } from './rules/regime-b.js'
export { REGIME_C } from './rules/regime-c.js'
export { customizeRegime, type RegimePatch } from './rules/customize.js'
export { selectRegime, type RegimeSelection } from './select-regime.js'
export { consecutiveRun, windowAfter, type YearRun } from './history.js'
export type { CriterionStatus, EmulationCriterion, EligibilityVerdict } from './verdict.js'
export { checkEligibility, parseRecord, safeParseRecord, type EligibilityOptions, type RecordInput, type DeepReadonlyInput } from './check-eligibility.js'
export { regimeById } from './rules/by-id.js'
export { atDate, datedRule, type DatedRule, type DatedValue } from './rules/dated.js'
export { REGIME_TIMELINE, DECREE_91_STANDARDS, HTXS_CAP, AWARD_MONEY_DECREE, BASE_SALARY } from './rules/timeline.js'
export type { AwardMoneyRules } from './rules/money-rules.js'
export { RATING_RULES, type RatingRules } from './rules/rating-rules.js'
export { checkQuota, type UnitOutcomes, type QuotaRounding, type QuotaOptions, type QuotaCheck, type QuotaReport } from './quota.js'
export { awardMoney, payableAwards, type AwardMoney, type MoneyOptions, type MoneyRecipient } from './money.js'
export { reviewUnit, type ReviewUnitInput, type ReviewOptions, type MemberReview, type CollectiveReview, type UnitReview } from './review-unit.js'
export { formatVerdict } from './format-verdict.js'
export { parseRatingText, safeParseRatingText } from './parse-rating.js'
export { parseAwardText, safeParseAwardText, MAX_AWARD_TEXT_LENGTH } from './parse-award-text.js'
export { buildStaffListSchema, staffListSchema, staffListUnits, STAFF_LIST_COLUMNS, type StaffListRow } from './staff-list.js'
export { reviewCampaign, reviewCampaignTable, type CampaignInput, type CampaignProposal, type CampaignReview, type CampaignTableOptions } from './review-campaign.js'
export { AWARD_AUTHORITIES, AWARD_DECIDERS, RECIPIENT_LEVELS, type AuthorityGrant, type AuthorityRules, type Decider, type DeciderId, type RecipientLevel } from './rules/authority.js'
export { awardAuthority, type AwardAuthority, type AwardAuthorityOptions, type AwardDecider } from './authority.js'
