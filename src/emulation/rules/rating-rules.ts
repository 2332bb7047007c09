import { LAW_80_2025, ND_335_2025, ND_48_2023, ND_90_2020 } from './bases.js'
import { datedRule, valueOn, type DatedRule } from './dated.js'

/**
 * What the rules of the annual quality rating (đánh giá, xếp loại chất
 * lượng) provide at a date:
 * - `minimumService` — under 6 months worked (no maternity leave) is not
 *   rated, and 3 to under 6 months absent caps the rating at HT (Decree
 *   90/2020/NĐ-CP Art 2, in force 20/08/2020);
 * - `disciplinedIsKht` — disciplined in the year ⇒ "không hoàn thành"
 *   (Decree 90/2020 Art 2.5 as amended by Decree 48/2023/NĐ-CP, in force
 *   15/09/2023);
 * - `hundredPointScore` — the 100-point score (Decree 335/2025/NĐ-CP, from
 *   01/01/2026);
 * - `dutyRelatedDisciplineOnly` — discipline for conduct unrelated to public
 *   duty is not a basis for the rating (Law 80/2025/QH15 Art 38.4, from
 *   01/01/2026).
 *
 * @example
 * ```ts
 * import type { RatingRules } from 'hanhchinh/emulation'
 * const r: RatingRules = { minimumService: true, disciplinedIsKht: true, hundredPointScore: false, dutyRelatedDisciplineOnly: false }
 * r.disciplinedIsKht //=> true
 * ```
 */
export interface RatingRules {
  minimumService: boolean
  disciplinedIsKht: boolean
  hundredPointScore: boolean
  dutyRelatedDisciplineOnly: boolean
}

/**
 * The rating rules by date, read at 31/12 of the rating year (the rating is
 * made at the end of the year): see {@link RatingRules}. Before the 2020
 * rating none of them applies.
 *
 * @example
 * ```ts
 * import { RATING_RULES, atDate } from 'hanhchinh/emulation'
 * atDate(RATING_RULES, '2023-12-31')?.value //=> { minimumService: true, disciplinedIsKht: true, hundredPointScore: false, dutyRelatedDisciplineOnly: false }
 * atDate(RATING_RULES, '2026-12-31')?.basis.map((b) => b.instrument) //=> ['80/2025/QH15', '335/2025/NĐ-CP']
 * atDate(RATING_RULES, '2019-12-31') //=> undefined
 * ```
 */
export const RATING_RULES: DatedRule<RatingRules> = datedRule('RATING_RULES', [
  { from: ND_90_2020.effectiveFrom!, to: '2023-09-14', value: { minimumService: true, disciplinedIsKht: false, hundredPointScore: false, dutyRelatedDisciplineOnly: false }, basis: [ND_90_2020] },
  { from: ND_48_2023.effectiveFrom!, to: '2025-12-31', value: { minimumService: true, disciplinedIsKht: true, hundredPointScore: false, dutyRelatedDisciplineOnly: false }, basis: [ND_90_2020, ND_48_2023] },
  { from: ND_335_2025.effectiveFrom!, value: { minimumService: true, disciplinedIsKht: true, hundredPointScore: true, dutyRelatedDisciplineOnly: true }, basis: [LAW_80_2025, ND_335_2025] },
])

const NONE: RatingRules = { minimumService: false, disciplinedIsKht: false, hundredPointScore: false, dutyRelatedDisciplineOnly: false }

/** The rating rules of a rating year (read at its 31 December). @internal */
export function ratingRulesOf(year: number): RatingRules {
  return valueOn(RATING_RULES, `${year}-12-31`)?.value ?? NONE
}

/** The first rating year of the 100-point score, from the dated data. @internal */
export function firstScoreYear(): number {
  return Number(RATING_RULES.values.find((v) => v.value.hundredPointScore)!.from.slice(0, 4))
}
