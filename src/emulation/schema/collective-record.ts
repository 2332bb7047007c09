import * as z from 'zod'
import { HeldAwardSchema } from './awards.js'
import { checkHeldAwards } from './held-award-years.js'
import { CountSchema, YearKeySchema } from './common.js'
import { DisciplineFormSchema } from './discipline.js'
import { RatingIdSchema } from './ratings.js'

/**
 * One year of a collective (tập thể): number of members, how many achieved
 * Lao động tiên tiến and Chiến sĩ thi đua cơ sở (left out, {@link reviewUnit}
 * derives them from the members), how many completed their tasks (a count,
 * or `true` for all), the unit's own rating, and the members
 * disciplined in the year. `emulationMovement` and `internalUnity` are the
 * council's qualitative findings; they are judged only when recorded.
 *
 * @example
 * ```ts
 * import { CollectiveYearSchema } from 'hanhchinh/emulation'
 * const y = CollectiveYearSchema.parse({ members: 20, laoDongTienTien: 14, tasksCompleted: true, rating: 'hoan-thanh-xuat-sac' })
 * y.tasksCompleted //=> 20
 * y.disciplinedMembers //=> []
 * ```
 */
export const CollectiveYearSchema = z
  .object({
    members: z.number().int().min(1),
    laoDongTienTien: CountSchema.optional(),
    chienSiThiDuaCoSo: CountSchema.optional(),
    tasksCompleted: z.union([CountSchema, z.boolean()]).optional(),
    rating: RatingIdSchema.optional(),
    disciplinedMembers: z.array(z.object({ form: DisciplineFormSchema, name: z.string().optional() })).default([]),
    emulationMovement: z.boolean().optional(),
    internalUnity: z.boolean().optional(),
    titles: z.array(HeldAwardSchema).default([]),
    commendations: z.array(HeldAwardSchema).default([]),
  })
  .superRefine((y, ctx) => {
    if ((y.laoDongTienTien ?? 0) > y.members) ctx.addIssue({ code: 'custom', path: ['laoDongTienTien'], message: `at most members (${y.members})` })
    if (y.laoDongTienTien !== undefined && (y.chienSiThiDuaCoSo ?? 0) > y.laoDongTienTien) ctx.addIssue({ code: 'custom', path: ['chienSiThiDuaCoSo'], message: `at most laoDongTienTien (${y.laoDongTienTien}): a CSTĐCS meets the LĐTT standard` })
    if (typeof y.tasksCompleted === 'number' && y.tasksCompleted > y.members) ctx.addIssue({ code: 'custom', path: ['tasksCompleted'], message: `at most members (${y.members})` })
  })
  .transform((y) => ({
    ...y,
    tasksCompleted: y.tasksCompleted === true ? y.members : y.tasksCompleted === false ? undefined : y.tasksCompleted,
  }))

/**
 * One year of a collective (see {@link CollectiveYearSchema}).
 *
 * @example
 * ```ts
 * import type { CollectiveYear } from 'hanhchinh/emulation'
 * const y: CollectiveYear = { members: 12, laoDongTienTien: 10, tasksCompleted: 12, disciplinedMembers: [], titles: [], commendations: [] }
 * y.members //=> 12
 * ```
 */
export type CollectiveYear = z.infer<typeof CollectiveYearSchema>

/**
 * A collective's multi-year record.
 *
 * @example
 * ```ts
 * import { CollectiveRecordSchema } from 'hanhchinh/emulation'
 * const c = CollectiveRecordSchema.parse({ kind: 'collective', years: { '2024': { members: 5, laoDongTienTien: 4 } } })
 * c.years['2024']?.members //=> 5
 * ```
 */
export const CollectiveRecordSchema = z.object({
  kind: z.literal('collective'),
  id: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  years: z.record(YearKeySchema, CollectiveYearSchema),
}).superRefine((r, ctx) => {
  for (const [key, y] of Object.entries(r.years)) {
    if (Number(key) < 1945) ctx.addIssue({ code: 'custom', path: ['years', key], message: 'a year from 1945' })
    else checkHeldAwards(key, y, ctx)
  }
})

/**
 * A collective's record as parsed (see {@link CollectiveRecordSchema}).
 *
 * @example
 * ```ts
 * import type { CollectiveRecord } from 'hanhchinh/emulation'
 * const c: CollectiveRecord = { kind: 'collective', years: {} }
 * c.kind //=> 'collective'
 * ```
 */
export type CollectiveRecord = z.infer<typeof CollectiveRecordSchema>

/**
 * A collective's record as a caller writes it.
 *
 * @example
 * ```ts
 * import type { CollectiveRecordInput } from 'hanhchinh/emulation'
 * const c: CollectiveRecordInput = { kind: 'collective', years: { 2024: { members: 20, laoDongTienTien: 14, rating: 'hoan-thanh-xuat-sac' } } }
 * c.kind //=> 'collective'
 * ```
 */
export type CollectiveRecordInput = z.input<typeof CollectiveRecordSchema>
