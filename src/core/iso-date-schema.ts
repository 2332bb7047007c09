// The zod schemas of ISO civil dates (kept apart from iso-date.ts so that the
// date functions carry no zod).
import * as z from 'zod'
import { isIsoDate, type IsoDate } from './iso-date.js'

/**
 * Zod schema of an ISO civil date `YYYY-MM-DD` that exists in the calendar.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'hanhchinh/core'
 * IsoDateSchema.safeParse('2024-02-30').success //=> false
 * IsoDateSchema.parse('2024-02-29') //=> '2024-02-29'
 * ```
 */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Expected an ISO date YYYY-MM-DD that exists' })
  .transform((s) => s as IsoDate)

/**
 * Zod schema of an ISO civil date that keeps the plain `string` type (no
 * brand): for data written by hand, such as the effective dates of a legal
 * basis (`LegalBasis` in this module), where a literal like `'2021-01-01'` must type-check.
 *
 * @example
 * ```ts
 * import { IsoDateStringSchema } from 'hanhchinh/core'
 * IsoDateStringSchema.parse('2021-01-01') //=> '2021-01-01'
 * IsoDateStringSchema.safeParse('2021-02-29').success //=> false
 * ```
 */
export const IsoDateStringSchema = z.string().refine((value) => isIsoDate(value), { message: 'Expected an ISO date YYYY-MM-DD that exists' })
