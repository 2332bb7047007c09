import { z } from 'zod'
import { Decimal } from '../core/decimal.js'
import type { Label } from '../core/label.js'
import { LegalBasisSchema } from '../core/legal-basis.js'
import { parseRankPhrase } from './phrase.js'
import { resolveProvince, type Era } from './provinces.js'
import { DECIMAL_STRING as DECIMAL } from './text.js'

import { codecFailure as fail, type CodecPayload as Payload } from '../format/codec-failure.js'

/**
 * A score as data: a finite number, a decimal string with a point
 * (`'84.79'`) or a `Decimal`.
 *
 * @example
 * ```ts
 * import { ScoreSchema } from 'hanhchinh/rankings'
 * ScoreSchema.parse('90.10') //=> '90.10'
 * ScoreSchema.safeParse('84,79').success //=> false
 * ```
 */
export const ScoreSchema = z.union([
  z.number().finite(),
  z.string().trim().regex(DECIMAL, 'a decimal number with a point'),
  z.instanceof(Decimal),
])

/**
 * A row of a ranking as data (strict): `id`, `rank` (1 = best; fractional
 * ranks allowed), optionally `of` and `score`. The type of
 * {@link compareRankings} rows.
 *
 * @example
 * ```ts
 * import { RankingRowSchema } from 'hanhchinh/rankings'
 * RankingRowSchema.parse({ id: 'thai-binh', rank: 28, of: 63 }) //=> { id: 'thai-binh', rank: 28, of: 63 }
 * RankingRowSchema.safeParse({ id: 'thai-binh', rank: 0 }).success //=> false
 * ```
 */
export const RankingRowSchema = z.object({
  id: z.string().min(1),
  rank: z.number().finite().min(1),
  of: z.number().int().min(1).optional(),
  score: ScoreSchema.nullable().optional(),
})

/**
 * A row of a ranking to compare (see {@link RankingRowSchema}).
 *
 * @example
 * ```ts
 * import type { RankingRow } from 'hanhchinh/rankings'
 * const row: RankingRow = { id: 'thai-binh', rank: 28, of: 63 }
 * row.rank //=> 28
 * ```
 */
export type RankingRow = z.infer<typeof RankingRowSchema>

/**
 * One band of a banding (nhóm, xếp loại): scores from `min` (inclusive) up
 * to `max` (exclusive; absent = no upper bound), as decimal strings.
 *
 * @example
 * ```ts
 * import { BandSchema } from 'hanhchinh/rankings'
 * BandSchema.parse({ id: 'B', label: { vi: 'Nhóm B', en: 'Group B' }, min: '80', max: '90' }).max //=> '90'
 * ```
 */
export const BandSchema = z.object({
  id: z.string().min(1),
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  min: z.string().regex(DECIMAL),
  max: z.string().regex(DECIMAL).optional(),
})

/**
 * One band (see {@link BandSchema}).
 *
 * @example
 * ```ts
 * import type { Band } from 'hanhchinh/rankings'
 * const b: Band = { id: 'B', label: { vi: 'Nhóm B', en: 'Group B' }, min: '80', max: '90' }
 * b.min //=> '80'
 * ```
 */
export type Band = z.infer<typeof BandSchema>

/**
 * A banding: its bands (any order; they must not overlap), what it applies
 * to, and its legal basis.
 *
 * @example
 * ```ts
 * import { BandSetSchema, PAR_INDEX_BANDS } from 'hanhchinh/rankings'
 * BandSetSchema.parse(PAR_INDEX_BANDS).bands.length //=> 3
 * ```
 */
export const BandSetSchema = z.object({
  id: z.string().min(1),
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  bands: z.array(BandSchema).readonly(),
  basis: z.array(LegalBasisSchema).readonly(),
})

/**
 * A banding (see {@link BandSetSchema}).
 *
 * @example
 * ```ts
 * import { bandOf, type BandSet } from 'hanhchinh/rankings'
 * // Nam Định's departments 2020: Nhóm I ≥ 90%, Nhóm II 80–<90%
 * const namDinh: BandSet = {
 *   id: 'nam-dinh-departments-2020',
 *   label: { vi: 'Chỉ số CCHC sở, ban, ngành tỉnh Nam Định', en: 'Nam Định departments PAR index' },
 *   bands: [
 *     { id: 'I', label: { vi: 'Nhóm I', en: 'Group I' }, min: '90' },
 *     { id: 'II', label: { vi: 'Nhóm II', en: 'Group II' }, min: '80', max: '90' },
 *   ],
 *   basis: [{ instrument: 'Sở Nội vụ Nam Định, kết quả Chỉ số CCHC năm 2020', unconfirmed: 'published result, thresholds not found in an instrument' }],
 * }
 * bandOf('89.45', namDinh)?.id //=> 'II'
 * ```
 */
export type BandSet = z.infer<typeof BandSetSchema>

/**
 * A zod codec for a province name in an export (`'TT-Huế'`, `'BRVT'`,
 * `'Thành phố Hà Nội'`), decoded to the unit's id with
 * {@link resolveProvince}; an unknown or ambiguous name is refused with the
 * bilingual reason (usable with `importRecords` of `hanhchinh/format`).
 * Encoding writes the unit's short name.
 *
 * @example
 * ```ts
 * import { provinceName } from 'hanhchinh/rankings'
 * import { z } from 'zod'
 * provinceName({ era: 'pre-2025' }).parse('TT-Huế') //=> 'hue'
 * provinceName().safeParse('QN').success //=> false
 * z.encode(provinceName(), 'ba-ria-vung-tau') //=> 'Bà Rịa - Vũng Tàu'
 * ```
 */
export function provinceName(options: { era?: Era } = {}) {
  return z.codec(z.string(), z.string(), {
    decode: (v, payload) => {
      const r = resolveProvince(v, options)
      return r.ok ? r.unit.id : fail(payload, v, r.message, 'province')
    },
    encode: (id) => {
      const r = resolveProvince(id, options)
      return r.ok ? r.unit.name : id
    },
  })
}

/**
 * A zod codec for a place as tables and reports write it — `6`, `'6'`,
 * `'6/63'`, `'xếp thứ 6/63'`, `'đứng đầu'` — decoded to `{ rank, of? }`.
 * Encoding writes `'6/63'` (or `'6'`).
 *
 * @example
 * ```ts
 * import { rankPlace } from 'hanhchinh/rankings'
 * import { z } from 'zod'
 * rankPlace().parse('19/63') //=> { rank: 19, of: 63 }
 * rankPlace().parse(7) //=> { rank: 7 }
 * rankPlace().parse('xếp thứ 3/63') //=> { rank: 3, of: 63 }
 * rankPlace().safeParse('tăng 7 bậc').success //=> false
 * rankPlace().safeParse('64/63').error?.issues[0]?.message //=> 'Rank 64/63 in "64/63" is out of range: a rank must be from 1 to 63'
 * z.encode(rankPlace(), { rank: 19, of: 63 }) //=> '19/63'
 * ```
 */
export function rankPlace() {
  return z.codec(z.union([z.string(), z.number()]), z.object({ rank: z.number(), of: z.number().optional() }), {
    decode: (v, payload) => {
      if (typeof v === 'number') {
        if (Number.isInteger(v) && v >= 1) return { rank: v }
        return fail(payload, v, { vi: `thứ hạng không hợp lệ: ${v}`, en: `invalid rank: ${v}` }, 'rank-place')
      }
      const t = v.trim()
      if (/^\d+$/.test(t) && Number(t) >= 1) return { rank: Number(t) }
      const p = parseRankPhrase(t)
      if (p.ok && p.kind === 'place' && p.rank !== undefined) return p.of === undefined ? { rank: p.rank } : { rank: p.rank, of: p.of }
      if (!p.ok && p.reason === 'out-of-range') return fail(payload, v, p.message, 'rank-place')
      return fail(payload, v, { vi: `không đọc được thứ hạng "${v}" (ví dụ: 19, 19/63, xếp thứ 19/63)`, en: `cannot read a rank from "${v}" (e.g. 19, 19/63, xếp thứ 19/63)` }, 'rank-place')
    },
    encode: (p) => (p.of === undefined ? String(p.rank) : `${p.rank}/${p.of}`),
  })
}
