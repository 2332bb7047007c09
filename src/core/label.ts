import { z } from 'zod'

/**
 * A bilingual label: the Vietnamese text used in official documents and its
 * English rendering.
 *
 * @example
 * ```ts
 * import { LabelSchema } from 'hanhchinh/core'
 * LabelSchema.parse({ vi: 'Ngày làm việc', en: 'Working day' }).vi //=> 'Ngày làm việc'
 * ```
 */
export const LabelSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
})

/**
 * A bilingual label `{ vi, en }`.
 *
 * @example
 * ```ts
 * import type { Label } from 'hanhchinh/core'
 * const early: Label = { vi: 'Trước hạn', en: 'Early' }
 * early.en //=> 'Early'
 * ```
 */
export type Label = z.infer<typeof LabelSchema>
