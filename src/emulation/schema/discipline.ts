import * as z from 'zod'
import type { Label } from '../../core/label.js'
import { IsoDateStringSchema, positionOf } from './common.js'

/**
 * Disciplinary forms for cán bộ, công chức, viên chức, from the mildest
 * (khiển trách, reprimand) to the most severe (buộc thôi việc, dismissal).
 *
 * @example
 * ```ts
 * import { DisciplineFormSchema } from 'hanhchinh/emulation'
 * DisciplineFormSchema.options[0] //=> 'khien-trach'
 * ```
 */
export const DisciplineFormSchema = z.enum(['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec'])

/**
 * A disciplinary form (see {@link DisciplineFormSchema}).
 *
 * @example
 * ```ts
 * import type { DisciplineForm } from 'hanhchinh/emulation'
 * const f: DisciplineForm = 'canh-cao'
 * f //=> 'canh-cao'
 * ```
 */
export type DisciplineForm = z.infer<typeof DisciplineFormSchema>

/**
 * A disciplinary measure taken in a year: its form, decision date, the end
 * of its period of effect, and whether the violation concerned official
 * duty (from 2026 discipline for conduct unrelated to public duty is not a
 * basis for a công chức's rating — Law 80/2025/QH15 Art 38.4).
 *
 * @example
 * ```ts
 * import { DisciplineSchema } from 'hanhchinh/emulation'
 * DisciplineSchema.parse({ form: 'khien-trach' }) //=> { form: 'khien-trach', dutyRelated: true }
 * ```
 */
export const DisciplineSchema = z.object({
  form: DisciplineFormSchema,
  decidedOn: IsoDateStringSchema.optional(),
  periodEnd: IsoDateStringSchema.optional(),
  dutyRelated: z.boolean().default(true),
})

/**
 * A disciplinary measure (see {@link DisciplineSchema}).
 *
 * @example
 * ```ts
 * import type { Discipline } from 'hanhchinh/emulation'
 * const d: Discipline = { form: 'khien-trach', periodEnd: '2025-03-31', dutyRelated: true }
 * d.form //=> 'khien-trach'
 * ```
 */
export type Discipline = z.infer<typeof DisciplineSchema>

/**
 * Bilingual labels of the disciplinary forms.
 *
 * @example
 * ```ts
 * import { DISCIPLINE_LABELS } from 'hanhchinh/emulation'
 * DISCIPLINE_LABELS['canh-cao'].en //=> 'Warning'
 * ```
 */
export const DISCIPLINE_LABELS: Readonly<Record<DisciplineForm, Label>> = {
  'khien-trach': { vi: 'Khiển trách', en: 'Reprimand' },
  'canh-cao': { vi: 'Cảnh cáo', en: 'Warning' },
  'ha-bac-luong': { vi: 'Hạ bậc lương', en: 'Salary-step demotion' },
  'giang-chuc': { vi: 'Giáng chức', en: 'Demotion' },
  'cach-chuc': { vi: 'Cách chức', en: 'Removal from office' },
  'buoc-thoi-viec': { vi: 'Buộc thôi việc', en: 'Dismissal' },
}

/**
 * Severity of a disciplinary form: 1 for khiển trách up to 6 for buộc thôi việc.
 *
 * @example
 * ```ts
 * import { disciplineSeverity } from 'hanhchinh/emulation'
 * disciplineSeverity('canh-cao') //=> 2
 * disciplineSeverity('__proto__' as never) //=> throws RangeError: Invalid form: "__proto__"
 * ```
 */
export function disciplineSeverity(form: DisciplineForm): number {
  const i = positionOf(DisciplineFormSchema.options, form, 'form')
  return i + 1
}
