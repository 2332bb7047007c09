import * as z from 'zod'
import { positionOf } from './common.js'
import { HeldAwardIdSchema } from './awards.js'

/**
 * Recognition level or scope of effect of an initiative or research work:
 * grassroots (cơ sở), ministry/sector/province (bộ, ngành, tỉnh) or nationwide.
 *
 * @example
 * ```ts
 * import { InitiativeLevelSchema } from 'hanhchinh/emulation'
 * InitiativeLevelSchema.parse('cap-tinh') //=> 'cap-tinh'
 * ```
 */
export const InitiativeLevelSchema = z.enum(['co-so', 'cap-tinh', 'toan-quoc'])

/**
 * An initiative's level or scope (see {@link InitiativeLevelSchema}).
 *
 * @example
 * ```ts
 * import type { InitiativeLevel } from 'hanhchinh/emulation'
 * const l: InitiativeLevel = 'toan-quoc'
 * l //=> 'toan-quoc'
 * ```
 */
export type InitiativeLevel = z.infer<typeof InitiativeLevelSchema>

/**
 * An initiative (sáng kiến), scientific topic (đề tài khoa học) or combat
 * ingenuity, with the level that recognised it and the scope of its effect
 * (defaults to the level). `usedFor` records the award it already supported:
 * one initiative supports one award only (Official Letter 5007/BNV-TĐKT of
 * 05/09/2023).
 *
 * @example
 * ```ts
 * import { InitiativeSchema } from 'hanhchinh/emulation'
 * InitiativeSchema.parse({ level: 'co-so' }) //=> { level: 'co-so', kind: 'sang-kien', applied: true }
 * ```
 */
export const InitiativeSchema = z.object({
  id: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  kind: z.enum(['sang-kien', 'de-tai-khoa-hoc', 'sang-kien-chien-dau']).default('sang-kien'),
  level: InitiativeLevelSchema,
  scope: InitiativeLevelSchema.optional(),
  applied: z.boolean().default(true),
  usedFor: HeldAwardIdSchema.optional(),
})

/**
 * An initiative or research work (see {@link InitiativeSchema}).
 *
 * @example
 * ```ts
 * import type { Initiative } from 'hanhchinh/emulation'
 * const i: Initiative = { level: 'cap-tinh', scope: 'cap-tinh', kind: 'sang-kien', applied: true }
 * i.scope //=> 'cap-tinh'
 * ```
 */
export type Initiative = z.infer<typeof InitiativeSchema>

/**
 * Order of initiative levels: 1 grassroots, 2 province/ministry, 3 nationwide.
 *
 * @example
 * ```ts
 * import { initiativeLevelRank } from 'hanhchinh/emulation'
 * initiativeLevelRank('toan-quoc') //=> 3
 * ```
 */
export function initiativeLevelRank(level: InitiativeLevel): number {
  const i = positionOf(InitiativeLevelSchema.options, level, 'level')
  return i + 1
}
