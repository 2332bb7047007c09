import * as z from 'zod'
import type { Label } from '../../core/label.js'
import { IsoDateStringSchema, YearSchema } from './common.js'

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
