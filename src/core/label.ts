// The zod schema lives in label-schema.ts (importing the Label type pulls no
// zod); re-exported here for compatibility.
export { LabelSchema } from './label-schema.js'

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
export interface Label {
  /** Vietnamese text. */
  vi: string
  /** English text. */
  en: string
}
