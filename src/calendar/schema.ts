import * as z from 'zod'
import { IsoDateSchema } from '../core/iso-date.js'
import { LabelSchema } from '../core/label.js'
import { LegalBasisSchema } from '../core/legal-basis.js'
import { HOLIDAY_OCCASION_IDS } from './validate.js'

/**
 * The occasion a holiday entry belongs to: one of the statutory holidays of
 * the Labour Code (Tết Dương lịch, Tết Âm lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5,
 * Quốc khánh) or `'other'` for a day added by the caller.
 *
 * @example
 * ```ts
 * import { HolidayOccasionSchema } from 'hanhchinh/calendar'
 * HolidayOccasionSchema.parse('tet-am-lich') //=> 'tet-am-lich'
 * HolidayOccasionSchema.safeParse('christmas').success //=> false
 * ```
 */
export const HolidayOccasionSchema = z.enum(HOLIDAY_OCCASION_IDS)

/**
 * The occasion a holiday entry belongs to (see {@link HolidayOccasionSchema}).
 *
 * @example
 * ```ts
 * import type { HolidayOccasion } from 'hanhchinh/calendar'
 * const o: HolidayOccasion = 'quoc-khanh'
 * o //=> 'quoc-khanh'
 * ```
 */
export type HolidayOccasion = z.infer<typeof HolidayOccasionSchema>

/**
 * What a holiday entry does to a day:
 *
 * - `'statutory'` — a paid public holiday of the Labour Code (ngày nghỉ lễ, Tết), including the
 *   Tết days and the Quốc khánh adjacent day chosen by the Prime Minister;
 * - `'compensatory'` — nghỉ bù: a holiday fell on the weekly rest day, the next working day is off
 *   (BLLĐ 2019 Art 111(3); BLLĐ 2012 Art 115(3));
 * - `'swapped-off'` — a working day given off under an approved swap (hoán đổi ngày làm việc);
 * - `'make-up-working-day'` — the Saturday worked in exchange (làm bù);
 * - `'extra-day-off'` / `'extra-working-day'` — days added by the caller (a provincial decision,
 *   Saturday reception under QĐ 14/2010/QĐ-TTg, ...).
 *
 * @example
 * ```ts
 * import { HolidayKindSchema } from 'hanhchinh/calendar'
 * HolidayKindSchema.options.length //=> 6
 * ```
 */
export const HolidayKindSchema = z.enum([
  'statutory',
  'compensatory',
  'swapped-off',
  'make-up-working-day',
  'extra-day-off',
  'extra-working-day',
])

/**
 * What a holiday entry does to a day (see {@link HolidayKindSchema}).
 *
 * @example
 * ```ts
 * import type { HolidayKind } from 'hanhchinh/calendar'
 * const k: HolidayKind = 'compensatory'
 * k //=> 'compensatory'
 * ```
 */
export type HolidayKind = z.infer<typeof HolidayKindSchema>

/**
 * One entry of a holiday calendar: a date, its bilingual name, what it does
 * (`kind`), the occasion, its main legal basis (`basis`) and all its bases (`bases`), and whether it is provisional
 * (derived from the default rules because no announced schedule covers the year,
 * or the year's schedule is UNCONFIRMED).
 *
 * @example
 * ```ts
 * import { HolidaySchema } from 'hanhchinh/calendar'
 * const h = HolidaySchema.parse({
 *   date: '2024-05-04', kind: 'make-up-working-day', occasion: 'ngay-chien-thang',
 *   name: { vi: 'Làm bù', en: 'Make-up working day' },
 *   basis: { instrument: 'CV 2450/VPCP-KGVX', issued: '2024-04-12' },
 *   bases: [{ instrument: 'CV 2450/VPCP-KGVX', issued: '2024-04-12' }], provisional: false,
 * })
 * h.kind //=> 'make-up-working-day'
 * ```
 */
export const HolidaySchema = z.object({
  date: IsoDateSchema,
  name: LabelSchema,
  kind: HolidayKindSchema,
  occasion: HolidayOccasionSchema,
  /** The main legal basis: the article creating the holiday, or the instrument approving the swap. */
  basis: LegalBasisSchema,
  /** Every basis, the main one first (e.g. Art 112(1), Art 112(3), the announcing dispatch). */
  bases: z.array(LegalBasisSchema).min(1),
  /** `true` when the year has no confirmed announced schedule (derived from the statutory rules). */
  provisional: z.boolean(),
})

/**
 * One entry of a holiday calendar (see {@link HolidaySchema}).
 *
 * @example
 * ```ts
 * import { holidaysOf, type Holiday } from 'hanhchinh/calendar'
 * const first: Holiday | undefined = holidaysOf(2024)[0]
 * first?.date //=> '2024-01-01'
 * ```
 */
export type Holiday = z.infer<typeof HolidaySchema>

/**
 * A day the caller adds to a calendar (a day off decided by a province, a
 * Saturday on which the one-stop desk receives dossiers, ...), with an
 * optional name and legal basis.
 *
 * @example
 * ```ts
 * import { ExtraDaySchema } from 'hanhchinh/calendar'
 * ExtraDaySchema.parse({ date: '2026-11-24' }).date //=> '2026-11-24'
 * ```
 */
export const ExtraDaySchema = z.object({
  date: IsoDateSchema,
  name: LabelSchema.optional(),
  basis: LegalBasisSchema.optional(),
})

/**
 * A day the caller adds to a calendar (see {@link ExtraDaySchema}); dates are plain `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * import type { ExtraDay } from 'hanhchinh/calendar'
 * const cultureDay: ExtraDay = { date: '2026-11-24', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } }
 * cultureDay.date //=> '2026-11-24'
 * ```
 */
export type ExtraDay = z.input<typeof ExtraDaySchema>

/**
 * A day swap (hoán đổi ngày làm việc) approved for civil servants: the
 * weekday `off` is given off and the Saturday `work` is worked instead.
 *
 * @example
 * ```ts
 * import { DaySwapSchema } from 'hanhchinh/calendar'
 * DaySwapSchema.parse({
 *   off: '2024-04-29', work: '2024-05-04', occasion: 'ngay-chien-thang',
 *   basis: [{ instrument: 'CV 2450/VPCP-KGVX', issued: '2024-04-12' }],
 * }).work //=> '2024-05-04'
 * ```
 */
export const DaySwapSchema = z.strictObject({
  off: IsoDateSchema,
  work: IsoDateSchema,
  occasion: HolidayOccasionSchema,
  basis: z.array(LegalBasisSchema).min(1),
})

/**
 * A decision fixing holiday dates the law leaves open (the five Tết days,
 * the Quốc khánh adjacent day) or recording a date as announced (Giỗ Tổ).
 *
 * @example
 * ```ts
 * import { ScheduleDecisionSchema } from 'hanhchinh/calendar'
 * ScheduleDecisionSchema.parse({ days: ['2024-09-03'], basis: [{ instrument: '45/2019/QH14', article: '112', clause: '3' }] }).days
 * //=> ['2024-09-03']
 * ```
 */
export const ScheduleDecisionSchema = z.strictObject({
  days: z.array(IsoDateSchema).min(1),
  basis: z.array(LegalBasisSchema).min(1),
})

/**
 * The holiday schedule announced for civil and public servants (cán bộ,
 * công chức, viên chức) for one year: the Prime Minister's choice of the five
 * Tết days and of the Quốc khánh adjacent day (BLLĐ 2019 Art 112(3)), the
 * Giỗ Tổ date as announced, and approved day swaps. Compensatory days are not
 * listed: they follow from the rule (Art 111(3)). `unconfirmed` marks a
 * schedule whose content could not be verified; such a year stays provisional.
 * Unknown keys are refused (a misspelt `swap:` would otherwise drop the swap
 * silently), here and in {@link DaySwapSchema} and {@link ScheduleDecisionSchema}.
 *
 * @example
 * ```ts
 * import { AnnouncedScheduleSchema } from 'hanhchinh/calendar'
 * const s = AnnouncedScheduleSchema.parse({
 *   year: 2027,
 *   tet: { days: ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'], basis: [{ instrument: 'my source' }] },
 *   basis: [{ instrument: 'my source' }],
 * })
 * s.swaps //=> []
 * AnnouncedScheduleSchema.safeParse({ year: 2027, basis: [{ instrument: 'x' }], swap: [] }).success //=> false
 * ```
 */
export const AnnouncedScheduleSchema = z.strictObject({
  year: z.number().int().min(1900).max(2199),
  tet: ScheduleDecisionSchema.optional(),
  nationalDayAdjacent: ScheduleDecisionSchema.optional(),
  hungKings: ScheduleDecisionSchema.optional(),
  swaps: z.array(DaySwapSchema).default([]),
  basis: z.array(LegalBasisSchema).min(1),
  unconfirmed: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
})

/**
 * An announced schedule as validated (see {@link AnnouncedScheduleSchema}).
 *
 * @example
 * ```ts
 * import { AnnouncedScheduleSchema, type AnnouncedSchedule } from 'hanhchinh/calendar'
 * const s: AnnouncedSchedule = AnnouncedScheduleSchema.parse({ year: 2027, basis: [{ instrument: 'x' }] })
 * s.year //=> 2027
 * ```
 */
export type AnnouncedSchedule = z.infer<typeof AnnouncedScheduleSchema>

/**
 * An announced schedule as written by hand (plain date strings, `swaps` optional).
 *
 * @example
 * ```ts
 * import type { AnnouncedScheduleInput } from 'hanhchinh/calendar'
 * const s: AnnouncedScheduleInput = { year: 2027, basis: [{ instrument: 'x' }] }
 * s.year //=> 2027
 * ```
 */
export type AnnouncedScheduleInput = z.input<typeof AnnouncedScheduleSchema>

/**
 * One office session of a working day, `'HH:mm'` to `'HH:mm'` in Vietnam time.
 *
 * @example
 * ```ts
 * import { OfficeSessionSchema } from 'hanhchinh/calendar'
 * OfficeSessionSchema.parse({ start: '07:30', end: '12:00' }).end //=> '12:00'
 * OfficeSessionSchema.safeParse({ start: '7h30', end: '12:00' }).success //=> false
 * ```
 */
export const OfficeSessionSchema = z.object({
  start: z.string().regex(/^\d{2}:\d{2}$/),
  end: z.string().regex(/^\d{2}:\d{2}$/),
})

/**
 * One office session of a working day (see {@link OfficeSessionSchema}).
 *
 * @example
 * ```ts
 * import type { OfficeSession } from 'hanhchinh/calendar'
 * const morning: OfficeSession = { start: '07:30', end: '12:00' }
 * morning.start //=> '07:30'
 * ```
 */
export type OfficeSession = z.infer<typeof OfficeSessionSchema>
