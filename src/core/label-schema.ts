// The zod schema of a bilingual label (kept apart from label.ts).
import * as z from 'zod'
import type { Label } from './label.js'

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

// the schema's output is exactly Label
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const labelTypeMatches: Same<z.infer<typeof LabelSchema>, Label> = true
void labelTypeMatches
