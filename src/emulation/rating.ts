import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate } from '../core/iso-date.js'
import { recordSizeProblem } from './schema/limits.js'
import { schemaError } from './schema/problem.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { firstScoreYear, ratingRulesOf } from './rules/rating-rules.js'
import { IndividualYearSchema, ratingRank, type IndividualYear, type RatingId } from './schema.js'

/**
 * The rating level of a 100-point score under Decree 335/2025/NĐ-CP Art 20
 * (công chức, from the 2026 rating year): HTXS ≥ 90, HTT 70–< 90,
 * HT 50–< 70, KHT < 50. The other KHT grounds (discipline for an
 * official-duty violation, degradation, corruption in the managed unit) are
 * facts, not scores, and are applied by the eligibility checks.
 *
 * @example
 * ```ts
 * import { scoreToRating } from 'hanhchinh/emulation'
 * scoreToRating(92) //=> 'hoan-thanh-xuat-sac'
 * scoreToRating(89.5) //=> 'hoan-thanh-tot'
 * scoreToRating(49) //=> 'khong-hoan-thanh'
 * scoreToRating(101) //=> throws RangeError: score
 * ```
 */
export function scoreToRating(score: number): RatingId {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw invalidArgument('score', score, 'a number from 0 to 100')
  }
  if (score >= 90) return 'hoan-thanh-xuat-sac'
  if (score >= 70) return 'hoan-thanh-tot'
  if (score >= 50) return 'hoan-thanh'
  return 'khong-hoan-thanh'
}


/**
 * Full months of service in `year` for someone recruited on `recruitedOn`:
 * 12 when recruited before the year, 0 when recruited after it, otherwise the
 * months from the recruitment date to 31 December, a month counting when it
 * starts on its first day (recruited 01/03 ⇒ 10 months; 15/03 ⇒ 9).
 * @internal
 */
export function serviceMonthsIn(year: number, recruitedOn: string | undefined): number {
  if (recruitedOn === undefined) return 12
  const y = Number(recruitedOn.slice(0, 4))
  const m = Number(recruitedOn.slice(5, 7))
  const d = Number(recruitedOn.slice(8, 10))
  if (y < year) return 12
  if (y > year) return 0
  return 12 - m + (d === 1 ? 1 : 0)
}

/** The facts of one person's rating year, derived once. @internal */
export interface RatingFacts {
  /** Rating as recorded, or from the score (2026+) when no rating is recorded. */
  declared: RatingId | undefined
  fromScore: boolean
  serviceMonths: number
  monthsWorked: number
  maternityMonths: number
  absenceMonths: number
  /** Decree 90/2020 Art 2: worked < 6 months (no maternity leave) ⇒ not rated. */
  tooShortToRate: boolean
  /** Decree 90/2020 Art 2: absent 3 to < 6 months ⇒ cannot be HTT or higher (applied from 3 months up while rated). */
  absenceCapsAtHt: boolean
  /** Disciplined in the year ⇒ KHT (Decree 90 Art 2.5 as amended by 48/2023; duty-related only from 2026). */
  disciplinedToKht: boolean
  /** From 2026: discipline for conduct unrelated to public duty, ignored for the rating. */
  nonDutyDisciplineIgnored: boolean
  /** The rating after the caps above. */
  effective: RatingId | undefined
}

/** Derive the rating facts of a year. @internal */
export function ratingFacts(year: number, y: IndividualYear | undefined, recruitedOn: string | undefined): RatingFacts {
  const serviceMonths = serviceMonthsIn(year, recruitedOn)
  const rules = ratingRulesOf(year)
  const maternityMonths = y?.leave?.maternityMonths ?? 0
  const fromScore = y?.rating === undefined && y?.score !== undefined && rules.hundredPointScore
  const declared = y?.rating ?? (fromScore ? scoreToRating(y!.score!) : undefined)
  const explicitWorked = y?.monthsWorked
  const otherMonths = y?.leave?.otherMonths
  const absenceMonths =
    otherMonths ?? (explicitWorked !== undefined ? Math.max(0, serviceMonths - explicitWorked - maternityMonths) : 0)
  const monthsWorked = explicitWorked ?? Math.max(0, serviceMonths - maternityMonths - absenceMonths)
  const nd90 = rules.minimumService
  const tooShortToRate = nd90 && monthsWorked < 6 && maternityMonths === 0
  // Art 2: absent 3 to < 6 months ⇒ at most HT. Absent exactly 6 months with
  // 6 months worked is still rated; the cap is applied to it too (derived:
  // more absence must not give a better rating).
  const absenceCapsAtHt = nd90 && absenceMonths >= 3
  const disciplines = y?.discipline ?? []
  const counted = rules.dutyRelatedDisciplineOnly ? disciplines.filter((d) => d.dutyRelated) : disciplines
  const disciplinedToKht = rules.disciplinedIsKht && counted.length > 0
  const nonDutyDisciplineIgnored = rules.dutyRelatedDisciplineOnly && counted.length < disciplines.length
  let effective = tooShortToRate ? undefined : declared
  if (effective && absenceCapsAtHt && ratingRank(effective) > ratingRank('hoan-thanh')) effective = 'hoan-thanh'
  if (effective && disciplinedToKht) effective = 'khong-hoan-thanh'
  return {
    declared,
    fromScore,
    serviceMonths,
    monthsWorked,
    maternityMonths,
    absenceMonths,
    tooShortToRate,
    absenceCapsAtHt,
    disciplinedToKht,
    nonDutyDisciplineIgnored,
    effective,
  }
}

/**
 * A person's quality rating for a year after the rules of that year:
 * Decree 90/2020/NĐ-CP (from 20/08/2020) Art 2 — under 6 months worked (no
 * maternity leave) ⇒ not rated; absent 3 to under 6 months ⇒ at most HT;
 * maternity ⇒ rated on actual working time — as amended by Decree
 * 48/2023/NĐ-CP (from the 2023 rating) Art 2.5 — disciplined in the year ⇒
 * KHT; and from 2026 for công chức Law 80/2025/QH15 + Decree 335/2025/NĐ-CP —
 * a 100-point score gives the level, only discipline for an official-duty
 * violation counts (Law 80/2025 Art 38.4).
 *
 * @example
 * ```ts
 * import { assessRating } from 'hanhchinh/emulation'
 * const r = assessRating({ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', leave: { otherMonths: 4 } } } }, 2024)
 * r.effective //=> 'hoan-thanh'
 * r.reasons[0]?.basis[0] //=> { instrument: '90/2020/NĐ-CP', article: '2' }
 * assessRating({ kind: 'individual', years: { 2026: { score: 92 } } }, 2026).effective //=> 'hoan-thanh-xuat-sac'
 * ```
 */
export function assessRating(record: { recruitedOn?: string | undefined; years: Readonly<Record<string, unknown>> }, year: number): RatingAssessment {
  if (typeof year !== 'number') throw wrongType('year', year, 'an integer year')
  if (!Number.isInteger(year) || year < 1945 || year > 9999) throw invalidArgument('year', year, 'an integer year from 1945 to 9999')
  if (record === null || typeof record !== 'object') throw wrongType('record', record, 'an object { recruitedOn?, years }')
  if (record.years === null || typeof record.years !== 'object') throw wrongType('record.years', record.years, 'an object of rating years, e.g. { 2024: { rating: ... } }')
  const recruitedOn: unknown = record.recruitedOn
  if (recruitedOn !== undefined) {
    if (typeof recruitedOn !== 'string') throw wrongType('record.recruitedOn', recruitedOn, 'an ISO date YYYY-MM-DD')
    if (!isIsoDate(recruitedOn)) throw invalidArgument('record.recruitedOn', recruitedOn, 'an ISO date YYYY-MM-DD that exists')
  }
  if (!Object.prototype.hasOwnProperty.call(record.years, String(year))) {
    const have = Object.keys(record.years)
    throw invalidArgument('year', year, have.length ? `a year present in record.years (${have.join(', ')})` : 'a year present in record.years, which is empty')
  }
  const entry = record.years[String(year)]
  const size = recordSizeProblem(entry, `record.years.${year}`)
  if (size !== undefined) throw new RangeError(size.en)
  const parsed = IndividualYearSchema.optional().safeParse(entry)
  if (!parsed.success) throw schemaError(`record.years.${year}`, entry, parsed.error.issues[0]!)
  if (parsed.data?.score !== undefined && parsed.data.rating === undefined && !ratingRulesOf(year).hundredPointScore) {
    throw invalidArgument(`record.years.${year}.score`, parsed.data.score, `a rating for ${year}: the 100-point score applies from the ${firstScoreYear()} rating (Decree 335/2025/NĐ-CP)`)
  }
  const f = ratingFacts(year, parsed.data, recruitedOn)
  const reasons: RatingAssessment['reasons'] = []
  const nd90 = (article: string, clause?: string) => basisOf('90/2020/NĐ-CP', article, clause)
  if (f.fromScore) reasons.push({ label: { vi: `Điểm ${parsed.data?.score}/100`, en: `Score ${parsed.data?.score}/100` }, basis: [basisOf('335/2025/NĐ-CP')] })
  if (f.tooShortToRate) reasons.push({ label: { vi: `Làm việc ${f.monthsWorked} tháng (dưới 6 tháng): không xếp loại`, en: `Worked ${f.monthsWorked} months (under 6): not rated` }, basis: [nd90('2')] })
  if (f.absenceCapsAtHt && f.declared && ratingRank(f.declared) > ratingRank('hoan-thanh')) reasons.push({ label: { vi: `Nghỉ ${f.absenceMonths} tháng: không quá Hoàn thành nhiệm vụ`, en: `Absent ${f.absenceMonths} months: at most HT` }, basis: [nd90('2')] })
  if (f.disciplinedToKht) reasons.push({ label: { vi: 'Bị kỷ luật trong năm: Không hoàn thành nhiệm vụ', en: 'Disciplined in the year: KHT' }, basis: [basisOf('48/2023/NĐ-CP', '2', '5')] })
  if (f.nonDutyDisciplineIgnored) reasons.push({ label: { vi: 'Kỷ luật không liên quan công vụ không làm căn cứ xếp loại', en: 'Discipline unrelated to official duty not counted' }, basis: [basisOf('80/2025/QH15', '38', '4')] })
  if (f.maternityMonths > 0) reasons.push({ label: { vi: `Nghỉ thai sản ${f.maternityMonths} tháng: xếp loại theo thời gian làm việc thực tế`, en: `${f.maternityMonths} months of maternity leave: rated on actual working time` }, basis: [nd90('2')] })
  const out: RatingAssessment = { year, rated: !f.tooShortToRate, monthsWorked: f.monthsWorked, reasons }
  if (f.declared !== undefined) out.declared = f.declared
  if (f.effective !== undefined) out.effective = f.effective
  return out
}

function basisOf(instrument: string, article?: string, clause?: string): LegalBasis {
  const b: LegalBasis = { instrument }
  if (article) b.article = article
  if (clause) b.clause = clause
  return b
}

/**
 * The result of {@link assessRating}: the rating as recorded (or from the
 * score), the rating after the rules of the year, and the reasons with their
 * articles.
 *
 * @example
 * ```ts
 * import { assessRating, type RatingAssessment } from 'hanhchinh/emulation'
 * const r: RatingAssessment = assessRating({ years: { 2024: { rating: 'hoan-thanh-tot', monthsWorked: 4 } } }, 2024)
 * r.rated //=> false
 * ```
 */
export interface RatingAssessment {
  year: number
  rated: boolean
  monthsWorked: number
  declared?: RatingId
  effective?: RatingId
  reasons: Array<{ label: Label; basis: LegalBasis[] }>
}
