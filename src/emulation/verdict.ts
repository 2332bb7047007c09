import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import type { Criterion, Verdict } from '../core/verdict.js'
import type { RegimeRule } from './rules/regime.js'
import type { AwardId } from './schema.js'

/**
 * Outcome of one criterion: met, not met, or unknown because the record
 * lacks the data (an unknown criterion is not met: the verdict is "no" until
 * the data is supplied, and the explanation says what is missing).
 *
 * @example
 * ```ts
 * import type { CriterionStatus } from 'hanhchinh/emulation'
 * const s: CriterionStatus = 'unknown'
 * s //=> 'unknown'
 * ```
 */
export type CriterionStatus = 'met' | 'unmet' | 'unknown'

/**
 * A criterion of an emulation verdict: the core {@link Criterion} (`ok`,
 * bilingual `label` of the requirement, `basis`, `observed`, `required`,
 * bilingual `detail` explaining the outcome, `uncertain` where the rule is
 * UNCONFIRMED) plus its three-valued `status`. `ok` is `status === 'met'`.
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'hanhchinh/emulation'
 * const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: {} } }, { year: 2024 })
 * v.criteria.find((c) => c.id === 'rating')?.status //=> 'unknown'
 * ```
 */
export interface EmulationCriterion extends Criterion<string> {
  status: CriterionStatus
  detail: Label
}

/**
 * The verdict of {@link checkEligibility}: `ok` is true exactly when every
 * criterion is met; `regime` names the rule set (`'A'`, `'B'`, `'C'`, or
 * `'B/Bắc Ninh'` for a customised one); `warnings` say why the answer may not
 * be final (unclear regime transition, UNCONFIRMED rules that decided it,
 * discretionary limbs the library does not judge).
 *
 * @example
 * ```ts
 * import { checkEligibility } from 'hanhchinh/emulation'
 * const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }, { year: 2024 })
 * v //=> { ok: true, award: 'lao-dong-tien-tien', year: 2024, regime: 'B' }
 * ```
 */
export interface EligibilityVerdict extends Verdict<string> {
  award: AwardId
  year: number
  decisionDate?: string
  criteria: EmulationCriterion[]
  warnings: Label[]
  /** Bilingual one-line summary: the award and, for a "no", the failed criteria. */
  summary: Label
}

/** @internal */
export function crit(
  id: string,
  status: CriterionStatus,
  label: Label,
  basis: LegalBasis[] | RegimeRule<unknown>,
  detail: Label,
  observed?: unknown,
  required?: unknown,
  uncertain?: string,
): EmulationCriterion {
  const c: EmulationCriterion = {
    id,
    ok: status === 'met',
    status,
    label,
    basis: Array.isArray(basis) ? basis : basis.basis,
    detail,
  }
  if (observed !== undefined) c.observed = observed
  if (required !== undefined) c.required = required
  const u = uncertain ?? (Array.isArray(basis) ? undefined : basis.uncertain)
  if (u !== undefined) c.uncertain = u
  return c
}
