import { Decimal, percentOf } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { indexBand, PAR_BANDS, type IndexBand } from './bands.js'
import { parField } from './fields.js'
import { ScoreCardSchema, type ScoreCard } from './schema.js'

/**
 * The codes of the problems {@link validateScoreCard} reports:
 * `'invalid-shape'` (the card does not fit {@link ScoreCardSchema}),
 * `'duplicate-field-id'`, `'duplicate-criterion-id'`,
 * `'max-points-not-positive'`, `'points-negative'` (or not a number),
 * `'points-above-max'`, `'field-max-mismatch'` (a field's declared maximum
 * differs from the sum of its criteria).
 *
 * @example
 * ```ts
 * import type { ScoreCardIssueCode } from 'hanhchinh/reform'
 * const code: ScoreCardIssueCode = 'points-above-max'
 * code //=> 'points-above-max'
 * ```
 */
export type ScoreCardIssueCode =
  | 'invalid-shape'
  | 'duplicate-field-id'
  | 'duplicate-criterion-id'
  | 'max-points-not-positive'
  | 'points-negative'
  | 'points-above-max'
  | 'field-max-mismatch'

/**
 * The result of {@link validateScoreCard}: `ok` and the problems found, each
 * in the library's one issue shape (`ValidationIssue` of `hanhchinh/core`:
 * `{ code, path, message: { vi, en }, severity }`).
 *
 * @example
 * ```ts
 * import type { ScoreCardValidation } from 'hanhchinh/reform'
 * const v: ScoreCardValidation = { ok: true, issues: [] }
 * v.ok //=> true
 * ```
 */
export interface ScoreCardValidation {
  ok: boolean
  issues: Array<ValidationIssue<ScoreCardIssueCode>>
}

type ParsedField = ScoreCard['fields'][number]
type ParsedCriterion = NonNullable<ParsedField['criteria']>[number]

// A field scored as a whole is one criterion carrying the field's id and points.
function criteriaOf(field: ParsedField): { whole: boolean; criteria: ParsedCriterion[] } {
  if (field.criteria !== undefined) return { whole: false, criteria: field.criteria }
  const c: ParsedCriterion = { id: field.id, maxPoints: field.maxPoints! }
  if (field.selfAssessed !== undefined) c.selfAssessed = field.selfAssessed
  if (field.appraised !== undefined) c.appraised = field.appraised
  return { whole: true, criteria: [c] }
}

const dec = (v: number | string): Decimal | undefined => {
  try {
    const d = new Decimal(v)
    return d.isFinite() ? d : undefined
  } catch {
    return undefined
  }
}

/**
 * Check a scorecard as data (an import, a form): shape (via
 * {@link ScoreCardSchema}), maximum points above zero, self-assessed and
 * appraised points between 0 and the criterion's maximum, a field's
 * declared maximum equal to the sum of its criteria, and unique field and
 * criterion ids. Problems are returned, never thrown; {@link scoreCard}
 * throws the first one.
 *
 * @example
 * ```ts
 * import { validateScoreCard } from 'hanhchinh/reform'
 * const v = validateScoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2.5 }] }] })
 * v.ok //=> false
 * v.issues[0] //=> { code: 'points-above-max', path: ['fields', 0, 'criteria', 0, 'selfAssessed'], severity: 'error' }
 * v.issues[0]!.message.vi //=> 'Tiêu chí 2.1: điểm tự đánh giá 2.5 vượt điểm tối đa 2'
 * validateScoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2 }] }] }).ok //=> true
 * ```
 */
export function validateScoreCard(card: unknown): ScoreCardValidation {
  const parsed = ScoreCardSchema.safeParse(card)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) =>
        validationIssue('invalid-shape', i.path.map((p) => (typeof p === 'number' ? p : String(p))), `Dữ liệu không hợp lệ: ${i.message}`, i.message)),
    }
  }
  const issues: Array<ValidationIssue<ScoreCardIssueCode>> = []
  const fieldIds = new Set<string>()
  const criterionIds = new Set<string>()
  parsed.data.fields.forEach((field, fi) => {
    const fpath: Array<string | number> = ['fields', fi]
    if (fieldIds.has(field.id)) issues.push(validationIssue('duplicate-field-id', [...fpath, 'id'], `Trùng mã lĩnh vực ${field.id}`, `Duplicate field id ${field.id}`))
    fieldIds.add(field.id)
    let sum = new Decimal(0)
    const { whole, criteria } = criteriaOf(field)
    criteria.forEach((c, ci) => {
      const cpath = whole ? fpath : [...fpath, 'criteria', ci]
      const what: Label = whole ? { vi: `Lĩnh vực ${c.id}`, en: `Field ${c.id}` } : { vi: `Tiêu chí ${c.id}`, en: `Criterion ${c.id}` }
      if (whole) {
        // its id is the field's, checked above
      } else if (criterionIds.has(c.id)) issues.push(validationIssue('duplicate-criterion-id', [...cpath, 'id'], `Trùng mã tiêu chí ${c.id}`, `Duplicate criterion id ${c.id}`))
      criterionIds.add(c.id)
      const max = dec(c.maxPoints)
      if (max === undefined || !max.gt(0)) {
        issues.push(validationIssue('max-points-not-positive', [...cpath, 'maxPoints'], `${what.vi}: điểm tối đa phải lớn hơn 0`, `${what.en}: maximum points must be above 0`))
        return
      }
      sum = sum.plus(max)
      for (const [key, vi, en] of [['selfAssessed', 'điểm tự đánh giá', 'self-assessed points'], ['appraised', 'điểm thẩm định', 'appraised points']] as const) {
        const raw = c[key]
        if (raw === undefined) continue
        const p = dec(raw)
        if (p === undefined || p.isNeg()) {
          issues.push(validationIssue('points-negative', [...cpath, key], `${what.vi}: ${vi} ${String(raw)} không hợp lệ (phải từ 0)`, `${what.en}: ${en} ${String(raw)} invalid (must be 0 or more)`))
        } else if (p.gt(max)) {
          issues.push(validationIssue('points-above-max', [...cpath, key], `${what.vi}: ${vi} ${p.toString()} vượt điểm tối đa ${max.toString()}`, `${what.en}: ${en} ${p.toString()} above the maximum ${max.toString()}`))
        }
      }
    })
    if (!whole && field.maxPoints !== undefined) {
      const declared = dec(field.maxPoints)
      if (declared === undefined || !declared.eq(sum)) {
        issues.push(validationIssue(
          'field-max-mismatch', [...fpath, 'maxPoints'],
          `Lĩnh vực ${field.id}: điểm tối đa ${String(field.maxPoints)} khác tổng điểm tối đa các tiêu chí ${sum.toString()}`,
          `Field ${field.id}: maximum ${String(field.maxPoints)} differs from the sum of its criteria ${sum.toString()}`,
        ))
      }
    }
  })
  return { ok: issues.length === 0, issues }
}

/**
 * Which points a scorecard index is computed from: the unit's
 * self-assessment (điểm tự đánh giá) or the appraisal (điểm thẩm định).
 *
 * @example
 * ```ts
 * import type { ScorePoints } from 'hanhchinh/reform'
 * const p: ScorePoints = 'self-assessed'
 * p //=> 'self-assessed'
 * ```
 */
export type ScorePoints = 'self-assessed' | 'appraised'

/**
 * Options of {@link scoreCard}.
 *
 * @example
 * ```ts
 * import type { ScoreCardOptions } from 'hanhchinh/reform'
 * const o: ScoreCardOptions = { points: 'self-assessed' }
 * o.points //=> 'self-assessed'
 * ```
 */
export interface ScoreCardOptions {
  /**
   * The points the index is computed from. Default: `'appraised'` when any
   * criterion carries appraised points, otherwise `'self-assessed'`.
   */
  points?: ScorePoints | undefined
  /** Bands to grade the index with. @defaultValue {@link PAR_BANDS} */
  bands?: readonly IndexBand[] | undefined
}

const OPTION_NAMES: OptionNames<ScoreCardOptions> = { points: true, bands: true }

/**
 * Totals of a scorecard or of one of its fields.
 *
 * @example
 * ```ts
 * import { scoreCard, type ScoreTotals } from 'hanhchinh/reform'
 * const t: ScoreTotals = scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 4, selfAssessed: 3 }] }] })
 * t.index //=> '75'
 * ```
 */
export interface ScoreTotals {
  maxPoints: Decimal
  /** Sum of the self-assessed points (criteria without them count 0). */
  selfAssessed: Decimal
  /** Sum of the appraised points (criteria without them count 0). */
  appraised: Decimal
  /** Sum of the points the index uses ({@link ScorePoints}). */
  achieved: Decimal
  /** `achieved / maxPoints` as a percentage, 2 decimals, half-up. */
  index: Decimal
  /** `selfAssessed / maxPoints` as a percentage, 2 decimals, half-up. */
  selfAssessedIndex: Decimal
  /** `appraised / maxPoints` as a percentage, 2 decimals, half-up. */
  appraisedIndex: Decimal
}

/**
 * One field of a scored card: its totals and label (the PAR field's label
 * for a PAR field id).
 *
 * @example
 * ```ts
 * import { scoreCard, type FieldScore } from 'hanhchinh/reform'
 * const f: FieldScore = scoreCard({ fields: [{ id: 'tai-chinh-cong', criteria: [{ id: '6.1', maxPoints: 2, selfAssessed: 2 }] }] }).fields[0]!
 * f.label?.vi //=> 'Cải cách tài chính công'
 * ```
 */
export interface FieldScore extends ScoreTotals {
  id: string
  label?: Label
}

/**
 * A criterion whose appraised points differ from the self-assessed ones.
 *
 * @example
 * ```ts
 * import { scoreCard, type ScoreAdjustment } from 'hanhchinh/reform'
 * const a: ScoreAdjustment = scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2, appraised: 1.5 }] }] }).adjustments[0]!
 * a.change //=> '-0.5'
 * ```
 */
export interface ScoreAdjustment {
  fieldId: string
  criterionId: string
  selfAssessed: Decimal
  appraised: Decimal
  /** `appraised − selfAssessed`. */
  change: Decimal
}

/**
 * A scored PAR self-assessment card (see {@link scoreCard}).
 *
 * @example
 * ```ts
 * import { scoreCard, type ScoreCardResult } from 'hanhchinh/reform'
 * const r: ScoreCardResult = scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2 }] }] })
 * r.points //=> 'self-assessed'
 * ```
 */
export interface ScoreCardResult extends ScoreTotals {
  unit?: string
  year?: number
  criteriaSet?: string
  /** The card's legal basis (its criteria set), when given. */
  basis?: LegalBasis[]
  points: ScorePoints
  /** The band of `index` (Nhóm A/B/C by default); `undefined` below every band. */
  band: IndexBand | undefined
  fields: FieldScore[]
  /** Criteria without points of the kind the index uses (counted as 0). */
  unscored: Array<{ fieldId: string; criterionId: string }>
  /** Criteria the appraisal changed. */
  adjustments: ScoreAdjustment[]
}

interface Acc {
  max: Decimal
  self: Decimal
  appraised: Decimal
  achieved: Decimal
}

const totals = (a: Acc): ScoreTotals => ({
  maxPoints: a.max,
  selfAssessed: a.self,
  appraised: a.appraised,
  achieved: a.achieved,
  index: percentOf(a.achieved, a.max)!,
  selfAssessedIndex: percentOf(a.self, a.max)!,
  appraisedIndex: percentOf(a.appraised, a.max)!,
})

/**
 * Score a PAR self-assessment card (bảng tự đánh giá, chấm điểm Chỉ số
 * CCHC): totals per field and overall of the maximum, self-assessed and
 * appraised points, the index = achieved / maximum as a percentage with 2
 * decimals (Decimal, half-up), and its band (Nhóm A ≥ 90%, B 80–< 90%, C
 * 70–< 80% by default). The method — self-assessment, appraisal (thẩm
 * định), index = points / maximum in % — follows the PAR INDEX Đề án
 * (QĐ 1149/QĐ-BNV, QĐ 876/QĐ-BNV); the criteria and their maximum points
 * are the caller's data (the province's decision for its departments and
 * districts), since the per-field maxima under QĐ 876 are UNCONFIRMED.
 *
 * The band is read from the published 2-decimal index (UNCONFIRMED
 * convention). Points above a criterion's maximum, negative points, a
 * declared field maximum that differs from its criteria, or duplicate ids
 * throw a `RangeError` naming the criterion; use {@link validateScoreCard}
 * to collect such problems as data instead.
 *
 * @example
 * ```ts
 * import { scoreCard } from 'hanhchinh/reform'
 * const r = scoreCard({
 *   unit: 'Văn phòng UBND tỉnh', year: 2022,
 *   fields: [
 *     { id: 'chi-dao-dieu-hanh', criteria: [{ id: '1.1', maxPoints: 6, selfAssessed: 6, appraised: 6 }, { id: '1.2', maxPoints: '3.5', selfAssessed: '3.5', appraised: 3 }] },
 *     { id: 'thu-tuc-hanh-chinh', criteria: [{ id: '3.1', maxPoints: '10.5', selfAssessed: 10, appraised: '9.75' }] },
 *   ],
 * })
 * r.maxPoints //=> '20'
 * r.appraised //=> '18.75'
 * r.index //=> '93.75'
 * r.band?.id //=> 'A'
 * r.fields[0]!.index //=> '94.74'
 * r.adjustments.map((a) => a.criterionId) //=> ['1.2', '3.1']
 * scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, appraised: 3 }] }] })
 * //=> throws RangeError: fields[0].criteria[0].appraised
 * ```
 */
export function scoreCard(card: ScoreCard, options?: ScoreCardOptions): ScoreCardResult {
  if (card === null || typeof card !== 'object') throw wrongType('card', card, 'a scorecard { fields: [{ id, criteria }] }')
  const o = readOptions(options, OPTION_NAMES, 'scoreCard')
  const v = validateScoreCard(card)
  if (!v.ok) {
    const first = v.issues[0]!
    const value = first.path.reduce<unknown>((at, k) => (at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[k] : undefined), card)
    const where = first.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '')
    throw invalidArgument(where || 'card', value, `${first.message.en}`)
  }
  const data = ScoreCardSchema.parse(card)
  const pointsOpt = o.points
  if (pointsOpt !== undefined && pointsOpt !== 'appraised' && pointsOpt !== 'self-assessed') {
    throw invalidArgument('options.points', pointsOpt, "'appraised' or 'self-assessed'")
  }
  const points: ScorePoints = pointsOpt ?? (data.fields.some((f) => criteriaOf(f).criteria.some((c) => c.appraised !== undefined)) ? 'appraised' : 'self-assessed')
  const zero = new Decimal(0)
  const all: Acc = { max: zero, self: zero, appraised: zero, achieved: zero }
  const fields: FieldScore[] = []
  const unscored: ScoreCardResult['unscored'] = []
  const adjustments: ScoreAdjustment[] = []
  for (const field of data.fields) {
    const acc: Acc = { max: zero, self: zero, appraised: zero, achieved: zero }
    for (const c of criteriaOf(field).criteria) {
      const max = new Decimal(c.maxPoints)
      const self = c.selfAssessed === undefined ? undefined : new Decimal(c.selfAssessed)
      const appr = c.appraised === undefined ? undefined : new Decimal(c.appraised)
      const used = points === 'appraised' ? appr : self
      acc.max = acc.max.plus(max)
      if (self) acc.self = acc.self.plus(self)
      if (appr) acc.appraised = acc.appraised.plus(appr)
      if (used) acc.achieved = acc.achieved.plus(used)
      else unscored.push({ fieldId: field.id, criterionId: c.id })
      if (self && appr && !self.eq(appr)) adjustments.push({ fieldId: field.id, criterionId: c.id, selfAssessed: self, appraised: appr, change: appr.minus(self) })
    }
    all.max = all.max.plus(acc.max)
    all.self = all.self.plus(acc.self)
    all.appraised = all.appraised.plus(acc.appraised)
    all.achieved = all.achieved.plus(acc.achieved)
    const label = field.label ?? parField(field.id)?.label
    fields.push(label === undefined ? { id: field.id, ...totals(acc) } : { id: field.id, label, ...totals(acc) })
  }
  const t = totals(all)
  const result: ScoreCardResult = {
    ...t,
    points,
    band: indexBand(t.index, o.bands ?? PAR_BANDS),
    fields,
    unscored,
    adjustments,
  }
  if (data.unit !== undefined) result.unit = data.unit
  if (data.year !== undefined) result.year = data.year
  if (data.criteriaSet !== undefined) result.criteriaSet = data.criteriaSet
  if (data.basis !== undefined) result.basis = data.basis
  return result
}
