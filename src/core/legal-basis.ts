import { z } from 'zod'
import { invalidArgument, wrongType } from './errors.js'
import { IsoDateStringSchema } from './iso-date.js'

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

/**
 * Legal basis of a rule (instrument, article, clause, point, effective period).
 *
 * @example
 * ```ts
 * import type { LegalBasis } from 'hanhchinh/core'
 * const art147: LegalBasis = { instrument: '91/2015/QH13', title: 'Bộ luật Dân sự 2015', article: '147', clause: '2' }
 * art147.clause //=> '2'
 * ```
 */
export type LegalBasis = z.infer<typeof LegalBasisSchema>

/**
 * Render a legal basis as a short citation in Vietnamese order
 * (point, clause, article, instrument).
 *
 * @example
 * ```ts
 * import { formatLegalBasis } from 'hanhchinh/core'
 * formatLegalBasis({ instrument: '91/2015/QH13', article: '147', clause: '2' })
 * //=> 'khoản 2 Điều 147 91/2015/QH13'
 * formatLegalBasis({ instrument: '61/2018/NĐ-CP', article: '19', clause: '4' }, 'en')
 * //=> 'Art 19(4) 61/2018/NĐ-CP'
 * formatLegalBasis(undefined as never) //=> throws TypeError: Invalid type for basis
 * ```
 */
export function formatLegalBasis(basis: LegalBasis, language: 'vi' | 'en' = 'vi'): string {
  if (basis === null || typeof basis !== 'object') throw wrongType('basis', basis, 'a LegalBasis { instrument, article?, clause?, point? }')
  if (typeof basis.instrument !== 'string' || basis.instrument === '') {
    throw wrongType('basis.instrument', basis.instrument, 'the number and notation of the instrument, a non-empty string')
  }
  for (const key of ['article', 'clause', 'point'] as const) {
    const v = basis[key]
    if (v !== undefined && typeof v !== 'string') throw wrongType(`basis.${key}`, v, 'a string or undefined')
  }
  if (language !== 'vi' && language !== 'en') throw invalidArgument('language', language, "'vi' or 'en'")
  if (language === 'en') {
    let ref = basis.article ? `Art ${basis.article}` : ''
    if (basis.article && basis.clause) ref += `(${basis.clause})`
    if (basis.article && basis.point) ref += `(${basis.point})`
    return ref ? `${ref} ${basis.instrument}` : basis.instrument
  }
  const parts: string[] = []
  if (basis.point) parts.push(`điểm ${basis.point}`)
  if (basis.clause) parts.push(`khoản ${basis.clause}`)
  if (basis.article) parts.push(`Điều ${basis.article}`)
  parts.push(basis.instrument)
  return parts.join(' ')
}
