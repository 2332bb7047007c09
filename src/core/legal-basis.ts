import { invalidArgument, wrongType } from './errors.js'
import type { IsoDate } from './iso-date.js'

// The zod schema lives in legal-basis-schema.ts (importing the LegalBasis type and
// formatLegalBasis pulls no zod); re-exported here for compatibility.
export { LegalBasisSchema } from './legal-basis-schema.js'

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
export interface LegalBasis {
  /** Number and notation of the instrument, e.g. `'45/2019/QH14'` or `'CV 2450/VPCP-KGVX'`. */
  instrument: string
  /** Short title, e.g. `'Bộ luật Lao động 2019'`. */
  title?: string | undefined
  /** Article (Điều), e.g. `'112'`. */
  article?: string | undefined
  /** Clause (khoản). */
  clause?: string | undefined
  /** Point (điểm). */
  point?: string | undefined
  /** First day the rule applies (ISO date). */
  effectiveFrom?: IsoDate | undefined
  /** Last day the rule applies, inclusive (ISO date). */
  effectiveTo?: IsoDate | undefined
  /** Date the instrument was signed or issued (ISO date). */
  issued?: IsoDate | undefined
  /** Set when the fact is not confirmed in a primary source. */
  unconfirmed?: string | undefined
  /** Free note, e.g. the source consulted. */
  note?: string | undefined
}

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

/**
 * The Civil Code 2015 (Bộ luật Dân sự 2015), whose Art 147–148 every domain
 * uses to count time limits (the first day not counted, the last day rolled
 * to the next working day). Spread it and add the article: one source for
 * the instrument's number, title and effective date.
 *
 * @example
 * ```ts
 * import { CIVIL_CODE_2015, formatLegalBasis } from 'hanhchinh/core'
 * formatLegalBasis({ ...CIVIL_CODE_2015, article: '147', clause: '2' }) //=> 'khoản 2 Điều 147 91/2015/QH13'
 * CIVIL_CODE_2015.title //=> 'Bộ luật Dân sự 2015'
 * ```
 */
export const CIVIL_CODE_2015: Readonly<LegalBasis> = Object.freeze({
  instrument: '91/2015/QH13',
  title: 'Bộ luật Dân sự 2015',
  effectiveFrom: '2017-01-01' as LegalBasis['effectiveFrom'] & string,
})
