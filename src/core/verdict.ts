import type { Label } from './label.js'
import type { LegalBasis } from './legal-basis.js'

/**
 * One criterion of a verdict: whether it holds, what was observed, what the
 * rule requires, and the rule's legal basis.
 *
 * @example
 * ```ts
 * import type { Criterion } from 'hanhchinh/core'
 * const c: Criterion<'rating'> = {
 *   id: 'rating', ok: true, label: { vi: 'Xếp loại', en: 'Rating' },
 *   basis: [{ instrument: '98/2023/NĐ-CP', article: '4' }],
 *   observed: 'hoan-thanh-tot', required: 'hoan-thanh-tot or better',
 * }
 * c.ok //=> true
 * ```
 */
export interface Criterion<Id extends string = string> {
  id: Id
  ok: boolean
  label: Label
  basis: LegalBasis[]
  observed?: unknown
  required?: unknown
  detail?: Label
  /** Set when the rule behind this criterion is UNCONFIRMED: the answer may change. */
  uncertain?: string
}

/**
 * A verdict that explains itself criterion by criterion (see DESIGN.md).
 *
 * @example
 * ```ts
 * import type { Verdict } from 'hanhchinh/core'
 * const v: Verdict = { ok: false, regime: 'law-2022', criteria: [] }
 * v.regime //=> 'law-2022'
 * ```
 */
export interface Verdict<Id extends string = string> {
  ok: boolean
  criteria: Array<Criterion<Id>>
  /** Which rule set judged the case, e.g. `'law-2022'`. */
  regime: string
  /** Notes on why the answer may not be final (unclear transition, UNCONFIRMED rule). */
  warnings?: Label[]
}
