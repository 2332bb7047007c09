import { z } from 'zod'
import { isIsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'

/**
 * The emulation titles and commendations this library judges, as ASCII slugs
 * of their Vietnamese names.
 *
 * @example
 * ```ts
 * import { AwardIdSchema } from 'hanhchinh/emulation'
 * AwardIdSchema.parse('chien-si-thi-dua-co-so') //=> 'chien-si-thi-dua-co-so'
 * AwardIdSchema.safeParse('chien-si-thi-dua').success //=> false
 * ```
 */
export const AwardIdSchema = z.enum([
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'bang-khen-chu-tich-ubnd-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
])

/**
 * Id of an award that {@link checkEligibility} can judge.
 *
 * @example
 * ```ts
 * import type { AwardId } from 'hanhchinh/emulation'
 * const award: AwardId = 'lao-dong-tien-tien'
 * award //=> 'lao-dong-tien-tien'
 * ```
 */
export type AwardId = z.infer<typeof AwardIdSchema>

/**
 * Every award a record may say a person or collective already holds: the
 * judged awards plus the other forms that appear in award chains (a
 * ministry's Bằng khen, Giấy khen, emulation flags, higher classes of the
 * Labour Order).
 *
 * @example
 * ```ts
 * import { HeldAwardIdSchema } from 'hanhchinh/emulation'
 * HeldAwardIdSchema.parse('bang-khen-bo-nganh') //=> 'bang-khen-bo-nganh'
 * ```
 */
export const HeldAwardIdSchema = z.enum([
  ...AwardIdSchema.options,
  'chien-si-tien-tien',
  'bang-khen-bo-nganh',
  'giay-khen',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
])

/**
 * Id of an award held (see {@link HeldAwardIdSchema}).
 *
 * @example
 * ```ts
 * import type { HeldAwardId } from 'hanhchinh/emulation'
 * const held: HeldAwardId = 'giay-khen'
 * held //=> 'giay-khen'
 * ```
 */
export type HeldAwardId = z.infer<typeof HeldAwardIdSchema>

/**
 * The four levels of the annual quality rating (đánh giá, xếp loại chất lượng).
 *
 * @example
 * ```ts
 * import { RatingIdSchema } from 'hanhchinh/emulation'
 * RatingIdSchema.options.length //=> 4
 * ```
 */
export const RatingIdSchema = z.enum(['hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'])

/**
 * A quality-rating level: `'hoan-thanh-xuat-sac'` (HTXS), `'hoan-thanh-tot'`
 * (HTT), `'hoan-thanh'` (HT), `'khong-hoan-thanh'` (KHT).
 *
 * @example
 * ```ts
 * import type { RatingId } from 'hanhchinh/emulation'
 * const r: RatingId = 'hoan-thanh-tot'
 * r //=> 'hoan-thanh-tot'
 * ```
 */
export type RatingId = z.infer<typeof RatingIdSchema>

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
 * Nature of an award held: on merit in the annual cycle (công trạng), for an
 * unexpected achievement (đột xuất), or in a thematic movement (chuyên đề).
 * Only merit awards anchor higher forms (Decree 98/2023 and 152/2025 Art 4.3).
 *
 * @example
 * ```ts
 * import { AwardNatureSchema } from 'hanhchinh/emulation'
 * AwardNatureSchema.parse('chuyen-de') //=> 'chuyen-de'
 * ```
 */
export const AwardNatureSchema = z.enum(['cong-trang', 'dot-xuat', 'chuyen-de'])

/**
 * Nature of an award held (see {@link AwardNatureSchema}).
 *
 * @example
 * ```ts
 * import type { AwardNature } from 'hanhchinh/emulation'
 * const n: AwardNature = 'dot-xuat'
 * n //=> 'dot-xuat'
 * ```
 */
export type AwardNature = z.infer<typeof AwardNatureSchema>

// A civil date 'YYYY-MM-DD' that keeps the plain string type, so hand-written
// records type-check (the core IsoDateStringSchema narrows to the IsoDate brand).
const IsoDateStringSchema = z.string().refine((s): boolean => isIsoDate(s), { message: 'Expected an ISO date YYYY-MM-DD that exists' })

const YearSchema = z.number().int().min(1945).max(9999)

const HeldAwardObjectSchema = z.object({
  award: HeldAwardIdSchema,
  decision: z.object({ number: z.string().min(1).optional(), date: IsoDateStringSchema.optional() }).optional(),
  period: z.object({ from: YearSchema, to: YearSchema }).refine((p) => p.from <= p.to, { message: 'period.from must not be after period.to' }).optional(),
  nature: AwardNatureSchema.default('cong-trang'),
})

/**
 * A title or commendation already held. Listed under the year of its
 * achievement (the last year of its achievement period); a bare id string is
 * accepted for `{ award: id }`. `period` is the achievement period stated in
 * the decision; when the decision states none, the decision date is used to
 * start the next counting window (Decree 98/2023 Art 30.9).
 *
 * @example
 * ```ts
 * import { HeldAwardSchema } from 'hanhchinh/emulation'
 * HeldAwardSchema.parse('lao-dong-tien-tien') //=> { award: 'lao-dong-tien-tien', nature: 'cong-trang' }
 * HeldAwardSchema.parse({ award: 'bang-khen-chu-tich-ubnd-tinh', nature: 'chuyen-de' }).nature //=> 'chuyen-de'
 * ```
 */
export const HeldAwardSchema = z.union([
  HeldAwardIdSchema.transform((award): z.output<typeof HeldAwardObjectSchema> => ({ award, nature: 'cong-trang' })),
  HeldAwardObjectSchema,
])

/**
 * A title or commendation held, as parsed (see {@link HeldAwardSchema}).
 *
 * @example
 * ```ts
 * import type { HeldAward } from 'hanhchinh/emulation'
 * const bk: HeldAward = { award: 'bang-khen-bo-nganh', nature: 'cong-trang', decision: { number: '123/QĐ-BNV', date: '2016-01-20' } }
 * bk.award //=> 'bang-khen-bo-nganh'
 * ```
 */
export type HeldAward = z.infer<typeof HeldAwardSchema>

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

const MonthsSchema = z.number().min(0).max(12)

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

const YearKeySchema = z.string().regex(/^\d{4}$/, { message: 'Expected a four-digit year as key' })

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

/** First rating year of the 100-point score (Law 80/2025 + Decree 335/2025). */
const FIRST_SCORE_YEAR = 2026

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
    if (y.score !== undefined && y.rating === undefined && year < FIRST_SCORE_YEAR) {
      ctx.addIssue({ code: 'custom', path: ['years', key, 'score'], message: `a rating for ${year}: the 100-point score applies from the 2026 rating (Decree 335/2025/NĐ-CP)` })
    }
    checkHeldAwards(key, y, ctx)
  }
}

function checkHeldAwards(key: string, y: { titles: Array<z.output<typeof HeldAwardSchema>>; commendations: Array<z.output<typeof HeldAwardSchema>> }, ctx: z.RefinementCtx): void {
  const year = Number(key)
  {
    for (const list of ['titles', 'commendations'] as const) {
      y[list].forEach((h, i) => {
        if (h.period !== undefined && h.period.to !== year) {
          ctx.addIssue({ code: 'custom', path: ['years', key, list, i, 'period'], message: `an achievement period ending in ${year}, the year it is listed under` })
        }
        const date = h.decision?.date
        if (date !== undefined && Number(date.slice(0, 4)) < year) {
          ctx.addIssue({ code: 'custom', path: ['years', key, list, i, 'decision', 'date'], message: `a decision date not before the achievement year ${year}` })
        }
      })
    }
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

const CountSchema = z.number().int().min(0)

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

/**
 * Bilingual labels of the awards (judged and held).
 *
 * @example
 * ```ts
 * import { AWARD_LABELS } from 'hanhchinh/emulation'
 * AWARD_LABELS['chien-si-thi-dua-co-so'].vi //=> 'Chiến sĩ thi đua cơ sở'
 * ```
 */
export const AWARD_LABELS: Readonly<Record<HeldAwardId, Label>> = {
  'lao-dong-tien-tien': { vi: 'Lao động tiên tiến', en: 'Advanced Worker' },
  'chien-si-thi-dua-co-so': { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' },
  'chien-si-thi-dua-cap-tinh': { vi: 'Chiến sĩ thi đua cấp tỉnh (bộ, ngành)', en: 'Provincial (ministerial) Emulation Fighter' },
  'chien-si-thi-dua-toan-quoc': { vi: 'Chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
  'tap-the-lao-dong-tien-tien': { vi: 'Tập thể lao động tiên tiến', en: 'Advanced Labour Collective' },
  'tap-the-lao-dong-xuat-sac': { vi: 'Tập thể lao động xuất sắc', en: 'Excellent Labour Collective' },
  'bang-khen-chu-tich-ubnd-tinh': { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: "Certificate of Merit of the Provincial People's Committee Chairman" },
  'bang-khen-thu-tuong': { vi: 'Bằng khen của Thủ tướng Chính phủ', en: "Prime Minister's Certificate of Merit" },
  'huan-chuong-lao-dong-hang-ba': { vi: 'Huân chương Lao động hạng Ba', en: 'Labour Order, Third Class' },
  'chien-si-tien-tien': { vi: 'Chiến sĩ tiên tiến', en: 'Advanced Soldier' },
  'bang-khen-bo-nganh': { vi: 'Bằng khen của Bộ, ban, ngành', en: 'Certificate of Merit of a ministry or sector' },
  'giay-khen': { vi: 'Giấy khen', en: 'Certificate of commendation' },
  'co-thi-dua-cap-tinh': { vi: 'Cờ thi đua cấp tỉnh (bộ, ngành)', en: 'Provincial (ministerial) Emulation Flag' },
  'co-thi-dua-chinh-phu': { vi: 'Cờ thi đua của Chính phủ', en: 'Government Emulation Flag' },
  'huan-chuong-lao-dong-hang-nhi': { vi: 'Huân chương Lao động hạng Nhì', en: 'Labour Order, Second Class' },
  'huan-chuong-lao-dong-hang-nhat': { vi: 'Huân chương Lao động hạng Nhất', en: 'Labour Order, First Class' },
}

/**
 * Bilingual labels of the rating levels.
 *
 * @example
 * ```ts
 * import { RATING_LABELS } from 'hanhchinh/emulation'
 * RATING_LABELS['hoan-thanh-tot'].vi //=> 'Hoàn thành tốt nhiệm vụ'
 * ```
 */
export const RATING_LABELS: Readonly<Record<RatingId, Label>> = {
  'hoan-thanh-xuat-sac': { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' },
  'hoan-thanh-tot': { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed duties' },
  'hoan-thanh': { vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' },
  'khong-hoan-thanh': { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' },
}

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
 * Order of the rating levels: 3 for HTXS down to 0 for KHT.
 *
 * @example
 * ```ts
 * import { ratingRank } from 'hanhchinh/emulation'
 * ratingRank('hoan-thanh-xuat-sac') > ratingRank('hoan-thanh-tot') //=> true
 * ```
 */
export function ratingRank(rating: RatingId): number {
  return 3 - RatingIdSchema.options.indexOf(rating)
}

/**
 * Severity of a disciplinary form: 1 for khiển trách up to 6 for buộc thôi việc.
 *
 * @example
 * ```ts
 * import { disciplineSeverity } from 'hanhchinh/emulation'
 * disciplineSeverity('canh-cao') //=> 2
 * ```
 */
export function disciplineSeverity(form: DisciplineForm): number {
  return DisciplineFormSchema.options.indexOf(form) + 1
}

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
  return InitiativeLevelSchema.options.indexOf(level) + 1
}
