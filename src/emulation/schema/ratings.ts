import * as z from 'zod'
import { positionOf } from './common.js'
import type { Label } from '../../core/label.js'

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
 * Order of the rating levels: 3 for HTXS down to 0 for KHT.
 *
 * @example
 * ```ts
 * import { ratingRank } from 'hanhchinh/emulation'
 * ratingRank('hoan-thanh-xuat-sac') > ratingRank('hoan-thanh-tot') //=> true
 * ratingRank('gioi' as never) //=> throws RangeError: Invalid rating: "gioi"
 * ```
 */
export function ratingRank(rating: RatingId): number {
  const i = positionOf(RatingIdSchema.options, rating, 'rating')
  return 3 - i
}
