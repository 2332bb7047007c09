import * as z from 'zod'
import { CollectiveRecordSchema } from './collective-record.js'
import { IndividualRecordSchema } from './individual-record.js'

/**
 * A unit for the year-end review: its members' records and, optionally, the
 * collective's own record (its rating and history; member counts are derived
 * from the members' verdicts unless the collective year states them).
 *
 * @example
 * ```ts
 * import { UnitRecordSchema } from 'hanhchinh/emulation'
 * const u = UnitRecordSchema.parse({ name: 'Phòng Tổng hợp', members: [{ kind: 'individual', name: 'A', years: {} }] })
 * u.members.length //=> 1
 * ```
 */
export const UnitRecordSchema = z.object({
  name: z.string().min(1).optional(),
  collective: CollectiveRecordSchema.optional(),
  members: z.array(IndividualRecordSchema),
})

/**
 * A unit record as parsed (see {@link UnitRecordSchema}).
 *
 * @example
 * ```ts
 * import type { UnitRecord } from 'hanhchinh/emulation'
 * const u: UnitRecord = { members: [] }
 * u.members //=> []
 * ```
 */
export type UnitRecord = z.infer<typeof UnitRecordSchema>

/**
 * A unit record as a caller writes it (see {@link UnitRecordSchema}).
 *
 * @example
 * ```ts
 * import type { UnitRecordInput } from 'hanhchinh/emulation'
 * const u: UnitRecordInput = { name: 'Văn phòng', members: [{ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }] }
 * u.members.length //=> 1
 * ```
 */
export type UnitRecordInput = z.input<typeof UnitRecordSchema>
