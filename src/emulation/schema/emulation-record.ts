import * as z from 'zod'
import { CollectiveRecordSchema } from './collective-record.js'
import { IndividualRecordSchema } from './individual-record.js'

/**
 * Any emulation record — an individual's or a collective's — told apart by
 * its `kind`. Use it (and {@link EmulationRecord}) where a list mixes both,
 * as the records of a unit's review do.
 *
 * @example
 * ```ts
 * import { EmulationRecordSchema } from 'hanhchinh/emulation'
 * EmulationRecordSchema.parse({ kind: 'collective', years: { 2024: { members: 8 } } }).kind //=> 'collective'
 * EmulationRecordSchema.safeParse({ kind: 'unit', years: {} }).success //=> false
 * ```
 */
export const EmulationRecordSchema = z.discriminatedUnion('kind', [IndividualRecordSchema, CollectiveRecordSchema])

/**
 * An individual's or a collective's record, as parsed (see
 * {@link EmulationRecordSchema}).
 *
 * @example
 * ```ts
 * import type { EmulationRecord } from 'hanhchinh/emulation'
 * const records: EmulationRecord[] = [{ kind: 'individual', years: {} }, { kind: 'collective', years: {} }]
 * records.map((r) => r.kind) //=> ['individual', 'collective']
 * ```
 */
export type EmulationRecord = z.infer<typeof EmulationRecordSchema>

/**
 * An individual's or a collective's record as a caller writes it (see
 * {@link EmulationRecordSchema}).
 *
 * @example
 * ```ts
 * import type { EmulationRecordInput } from 'hanhchinh/emulation'
 * const r: EmulationRecordInput = { kind: 'collective', years: { 2024: { members: 20, tasksCompleted: true } } }
 * r.kind //=> 'collective'
 * ```
 */
export type EmulationRecordInput = z.input<typeof EmulationRecordSchema>
