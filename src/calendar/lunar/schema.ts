import * as z from 'zod'

/**
 * Zod schema of a date of the Vietnamese lunar calendar (âm lịch): the
 * lunar year, month 1–12, day 1–30 and whether the month is the leap
 * (intercalary, nhuận) month. It checks the shape only; whether the day
 * exists in that year is checked by {@link fromLunar}.
 *
 * @example
 * ```ts
 * import { LunarDateSchema } from 'hanhchinh/calendar'
 * LunarDateSchema.parse({ year: 2026, month: 1, day: 1, leap: false }) //=> { year: 2026, month: 1, day: 1, leap: false }
 * LunarDateSchema.safeParse({ year: 2026, month: 13, day: 1, leap: false }).success //=> false
 * ```
 */
export const LunarDateSchema = z.object({
  /** The lunar year, numbered by the Gregorian year in which its month 1 (Tết) begins. */
  year: z.number().int(),
  /** Month 1..12 (a leap month repeats the number of the month before it). */
  month: z.number().int().min(1).max(12),
  /** Day of the month 1..30 (lunar months have 29 or 30 days). */
  day: z.number().int().min(1).max(30),
  /** `true` for the leap month (tháng nhuận). */
  leap: z.boolean(),
})

/**
 * A date of the Vietnamese lunar calendar: `{ year, month, day, leap }`.
 * `year` is the Gregorian year in which that lunar year's month 1 begins, so
 * Tết 2026 is `{ year: 2026, month: 1, day: 1, leap: false }` and the day
 * before it, 2026-02-16, is `{ year: 2025, month: 12, day: 29, leap: false }`.
 *
 * @example
 * ```ts
 * import { toLunar, type LunarDate } from 'hanhchinh/calendar'
 * const tet: LunarDate = toLunar('2026-02-17')
 * tet //=> { year: 2026, month: 1, day: 1, leap: false }
 * ```
 */
export type LunarDate = z.infer<typeof LunarDateSchema>

/**
 * The argument of {@link fromLunar}: a {@link LunarDate} whose `leap` may be
 * omitted (meaning a regular month).
 *
 * @example
 * ```ts
 * import { fromLunar, type LunarDateInput } from 'hanhchinh/calendar'
 * const gioTo: LunarDateInput = { year: 2026, month: 3, day: 10 }
 * fromLunar(gioTo) //=> '2026-04-26'
 * ```
 */
export interface LunarDateInput {
  /** The lunar year (Gregorian year in which its month 1 begins). */
  year: number
  /** Month 1..12. */
  month: number
  /** Day 1..30. */
  day: number
  /** `true` for the leap month; omitted or `false` for the regular month. */
  leap?: boolean | undefined
}
