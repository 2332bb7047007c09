import type { z } from 'zod'
import type { LegalBasis, LegalBasisSchema } from '../core/legal-basis.js'

/**
 * Hand-written legal bases use plain date strings; the tests check every one
 * against `LegalBasisSchema` (whose output type brands its dates). Internal.
 * @internal
 */
export function cite(basis: z.input<typeof LegalBasisSchema>): LegalBasis {
  return basis as LegalBasis
}
