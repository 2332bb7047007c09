import * as z from 'zod'
import { HeldAwardSchema } from './awards.js'
import { checkHeldAwards } from './held-award-years.js'
import { IsoDateStringSchema, MonthsSchema, YearKeySchema } from './common.js'
import { DisciplineSchema } from './discipline.js'
import { InitiativeSchema } from './initiatives.js'
import { RatingIdSchema } from './ratings.js'
import { firstScoreYear } from '../rules/rating-rules.js'

/**
 * Leave in a year, in months: maternity leave (nghỉ thai sản — never held
 * against the person) and other absence (sick leave, unpaid leave...).
 *
 * @example
 * ```ts
 * import { LeaveSchema } from 'hanhchinh/emulation'
 * LeaveSchema.parse({ maternityMonths: 6 }).maternityMonths //=> 6
 * ```
 */
export const LeaveSchema = z.object({
  maternityMonths: MonthsSchema.default(0),
  otherMonths: MonthsSchema.optional(),
})

/**
 * Leave in a year (see {@link LeaveSchema}).
 *
 * @example
 * ```ts
 * import type { Leave } from 'hanhchinh/emulation'
 * const l: Leave = { maternityMonths: 0, otherMonths: 4 }
 * l.otherMonths //=> 4
 * ```
 */
export type Leave = z.infer<typeof LeaveSchema>

/**
 * One evaluation year of an individual: quality rating (or, from 2026, the
 * 100-point score), titles and commendations held for that year,
 * initiatives, months worked, leave, discipline, and whether disciplinary
 * proceedings or an investigation are pending.
 *
 * @example
 * ```ts
 * import { IndividualYearSchema } from 'hanhchinh/emulation'
 * const y = IndividualYearSchema.parse({ rating: 'hoan-thanh-tot', titles: ['lao-dong-tien-tien'] })
 * y.titles[0]?.award //=> 'lao-dong-tien-tien'
 * y.discipline //=> []
 * ```
 */
export const IndividualYearSchema = z.object({
  rating: RatingIdSchema.optional(),
  score: z.number().min(0).max(100).optional(),
  titles: z.array(HeldAwardSchema).default([]),
  commendations: z.array(HeldAwardSchema).default([]),
  initiatives: z.array(InitiativeSchema).default([]),
  monthsWorked: MonthsSchema.optional(),
  leave: LeaveSchema.optional(),
  discipline: z
    .union([DisciplineSchema, z.array(DisciplineSchema)])
    .optional()
    .transform((d) => (d === undefined ? [] : Array.isArray(d) ? d : [d])),
  pendingDiscipline: z.boolean().optional(),
}).superRefine((y, ctx) => {
  const total = (y.monthsWorked ?? 0) + (y.leave?.maternityMonths ?? 0) + (y.leave?.otherMonths ?? 0)
  if (total > 12) ctx.addIssue({ code: 'custom', path: ['monthsWorked'], message: `monthsWorked + maternity + other leave = ${total} months, more than 12` })
})

/**
 * One evaluation year of an individual (see {@link IndividualYearSchema}).
 *
 * @example
 * ```ts
 * import type { IndividualYear } from 'hanhchinh/emulation'
 * const y: IndividualYear = { rating: 'hoan-thanh-tot', titles: [], commendations: [], initiatives: [], discipline: [] }
 * y.rating //=> 'hoan-thanh-tot'
 * ```
 */
export type IndividualYear = z.infer<typeof IndividualYearSchema>

/**
 * An individual's multi-year record. Years are keyed by number; JSON gives
 * string keys, which are accepted too. `recruitedOn` is the recruitment date
 * (for the new-recruit bar of Lao động tiên tiến). Facts filed under a year
 * they cannot belong to are rejected at their path: a year before 1945, a
 * rating or score before the recruitment year, a score without a rating
 * before 2026, a held award whose period does not end in its year or whose
 * decision predates it.
 *
 * @example
 * ```ts
 * import { IndividualRecordSchema } from 'hanhchinh/emulation'
 * const r = IndividualRecordSchema.parse({ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' }, '2023': {} } })
 * Object.keys(r.years) //=> ['2023', '2024']
 * IndividualRecordSchema.safeParse({ kind: 'individual', recruitedOn: '2025-03-01', years: { 2024: { rating: 'hoan-thanh-tot' } } }).success //=> false
 * ```
 */
export const IndividualRecordSchema = z.object({
  kind: z.literal('individual'),
  id: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  position: z.string().min(1).optional(),
  recruitedOn: IsoDateStringSchema.optional(),
  years: z.record(YearKeySchema, IndividualYearSchema),
}).superRefine((r, ctx) => checkIndividualYears(r, ctx))


/**
 * Facts filed under a year they cannot belong to are data errors, not
 * answers: a year before 1945; a rating or score for a year before the
 * recruitment year; a score without a rating before 2026; a held award whose
 * achievement period does not end in the year it is listed under, or whose
 * decision predates that year.
 */
function checkIndividualYears(
  r: { recruitedOn?: string | undefined; years: Record<string, z.output<typeof IndividualYearSchema>> },
  ctx: z.RefinementCtx,
): void {
  const recruitedYear = r.recruitedOn === undefined ? undefined : Number(r.recruitedOn.slice(0, 4))
  for (const [key, y] of Object.entries(r.years)) {
    const year = Number(key)
    if (year < 1945) {
      ctx.addIssue({ code: 'custom', path: ['years', key], message: 'a year from 1945' })
      continue
    }
    if (recruitedYear !== undefined && year < recruitedYear && (y.rating !== undefined || y.score !== undefined)) {
      const field = y.rating !== undefined ? 'rating' : 'score'
      ctx.addIssue({ code: 'custom', path: ['years', key, field], message: `no ${field} for ${year}: recruited on ${r.recruitedOn}` })
    }
    if (y.score !== undefined && y.rating === undefined && year < firstScoreYear()) {
      ctx.addIssue({ code: 'custom', path: ['years', key, 'score'], message: `a rating for ${year}: the 100-point score applies from the ${firstScoreYear()} rating (Decree 335/2025/NĐ-CP)` })
    }
    checkHeldAwards(key, y, ctx)
  }
}

/**
 * An individual's record as parsed (see {@link IndividualRecordSchema}).
 *
 * @example
 * ```ts
 * import type { IndividualRecord } from 'hanhchinh/emulation'
 * const r: IndividualRecord = { kind: 'individual', years: {} }
 * r.kind //=> 'individual'
 * ```
 */
export type IndividualRecord = z.infer<typeof IndividualRecordSchema>

/**
 * An individual's record as a caller writes it (defaults not yet filled, year
 * keys as numbers or strings).
 *
 * @example
 * ```ts
 * import type { IndividualRecordInput } from 'hanhchinh/emulation'
 * const r: IndividualRecordInput = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-xuat-sac' } } }
 * r.kind //=> 'individual'
 * ```
 */
export type IndividualRecordInput = z.input<typeof IndividualRecordSchema>
