// The zod schema of a legal basis (kept apart from legal-basis.ts).
import * as z from 'zod'
import { IsoDateStringSchema } from './iso-date-schema.js'
import type { LegalBasis } from './legal-basis.js'

/**
 * The legal basis of a rule: which instrument, which article, clause and
 * point, and the period in which it is in force. Rules in this library carry
 * their basis as data so that every verdict can cite it.
 *
 * `unconfirmed` is set where the fact could not be verified in a primary
 * source; such rules are replaceable data and the docs say so.
 *
 * @example
 * ```ts
 * import { LegalBasisSchema } from 'hanhchinh/core'
 * const basis = LegalBasisSchema.parse({
 *   instrument: '45/2019/QH14',
 *   title: 'Bộ luật Lao động 2019',
 *   article: '112',
 *   clause: '1',
 *   effectiveFrom: '2021-01-01',
 * })
 * basis.article //=> '112'
 * ```
 */
export const LegalBasisSchema = z.object({
  /** Number and notation of the instrument, e.g. `'45/2019/QH14'` or `'CV 2450/VPCP-KGVX'`. */
  instrument: z.string().min(1),
  /** Short title, e.g. `'Bộ luật Lao động 2019'`. */
  title: z.string().min(1).optional(),
  /** Article (Điều), e.g. `'112'`. */
  article: z.string().min(1).optional(),
  /** Clause (khoản). */
  clause: z.string().min(1).optional(),
  /** Point (điểm). */
  point: z.string().min(1).optional(),
  /** First day the rule applies. */
  effectiveFrom: IsoDateStringSchema.optional(),
  /** Last day the rule applies (inclusive). */
  effectiveTo: IsoDateStringSchema.optional(),
  /** Date the instrument was signed or issued. */
  issued: IsoDateStringSchema.optional(),
  /** Set when the fact is not confirmed in a primary source. */
  unconfirmed: z.string().min(1).optional(),
  /** Free note, e.g. the source consulted. */
  note: z.string().min(1).optional(),
})

// the schema's output is exactly LegalBasis
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const legalBasisTypeMatches: Same<z.infer<typeof LegalBasisSchema>, LegalBasis> = true
void legalBasisTypeMatches
