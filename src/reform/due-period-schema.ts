// The due period of a reform task as data: its zod schema and type. Kept apart from
// schema.ts so that the reader in due-period.ts and the task schema that uses it do
// not import each other.
import * as z from 'zod'
import { IsoDateSchema } from '../core/iso-date.js'

/** A plan or period year (internal). */
export const yearSchema = z.number().int().min(1900).max(9999)
const periodCommon = {
  /** The year of the period; when absent, the plan's year. */
  year: yearSchema.optional(),
  /** The Vietnamese wording the period was parsed from, kept for display. */
  text: z.string().min(1).optional(),
}

/**
 * Zod schema of a due period: a deadline written as a period of the plan
 * year rather than a date. Each period resolves to its last day
 * (`quarter 2` → 30/06, `half 1` → 30/06, `month 6` → 30/06, `year` → 31/12,
 * `day 30/6` → 30/06); `recurring` ("thường xuyên") has no deadline.
 * `date` is a full date, as parsed from "trước 30/6/2022".
 *
 * @example
 * ```ts
 * import { DuePeriodSchema } from 'hanhchinh/reform'
 * DuePeriodSchema.parse({ period: 'quarter', quarter: 2 }) //=> { period: 'quarter', quarter: 2 }
 * DuePeriodSchema.safeParse({ period: 'quarter', quarter: 5 }).success //=> false
 * ```
 */
export const DuePeriodSchema = z.discriminatedUnion('period', [
  z.object({ period: z.literal('date'), date: IsoDateSchema, text: periodCommon.text }),
  z.object({ period: z.literal('day'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), ...periodCommon }),
  z.object({ period: z.literal('month'), month: z.number().int().min(1).max(12), ...periodCommon }),
  z.object({ period: z.literal('quarter'), quarter: z.number().int().min(1).max(4), ...periodCommon }),
  z.object({ period: z.literal('half'), half: z.union([z.literal(1), z.literal(2)]), ...periodCommon }),
  z.object({ period: z.literal('year'), ...periodCommon }),
  z.object({
    period: z.literal('recurring'),
    /** How often the task recurs, when the wording says ("hằng tháng" → `'month'`). */
    every: z.enum(['week', 'month', 'quarter', 'year']).optional(),
    text: periodCommon.text,
  }),
])

/**
 * A due period (see {@link DuePeriodSchema}).
 *
 * @example
 * ```ts
 * import type { DuePeriod } from 'hanhchinh/reform'
 * const q2: DuePeriod = { period: 'quarter', quarter: 2, text: 'Quý II' }
 * q2.period //=> 'quarter'
 * ```
 */
export type DuePeriod = z.infer<typeof DuePeriodSchema>

