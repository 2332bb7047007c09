import * as z from 'zod'
import { Decimal } from '../core/decimal.js'
import type { Label } from '../core/label.js'
import { LegalBasisSchema } from '../core/legal-basis.js'
import { invalidArgument } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { safeParseRankPhrase } from './phrase.js'
import { safeResolveProvince, type ProvinceOptions } from './provinces.js'
import { DECIMAL_STRING as DECIMAL, readProvinceOptions } from './text.js'

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
 * {@link safeResolveProvince}; an unknown or ambiguous name is refused with
 * the bilingual reason (usable with `importRecords` of `hanhchinh/format`).
 * Encoding writes the unit's short name.
 *
 * @example
 * ```ts
 * import { provinceName } from 'hanhchinh/rankings'
 * import * as z from 'zod'
 * provinceName({ era: 'pre-2025' }).parse('TT-Huế') //=> 'hue'
 * provinceName().safeParse('QN').success //=> false
 * z.encode(provinceName(), 'ba-ria-vung-tau') //=> 'Bà Rịa - Vũng Tàu'
 * provinceName({ eras: 'current' } as never) //=> throws RangeError: Unknown option "eras" of provinceName
 * ```
 */
export function provinceName(options?: ProvinceOptions) {
  const era = readProvinceOptions(options, 'provinceName')
  const opts: ProvinceOptions = era === undefined ? {} : { era }
  return z.codec(z.string(), z.string(), {
    decode: (v, payload) => {
      const r = safeResolveProvince(v, opts)
      return r.ok ? r.value.id : fail(payload, v, r.reason, 'province')
    },
    encode: (id) => {
      const r = safeResolveProvince(id, opts)
      return r.ok ? r.value.name : id
    },
  })
}

/**
 * Options of {@link rankPlace}.
 *
 * @example
 * ```ts
 * import { rankPlace, type RankPlaceOptions } from 'hanhchinh/rankings'
 * const pci: RankPlaceOptions = { of: 63 }
 * rankPlace(pci).parse('6') //=> { rank: 6, of: 63 }
 * ```
 */
export interface RankPlaceOptions {
  /**
   * The number of units ranked, for cells that do not say it (`6`,
   * `'đứng đầu'`). With it, every decoded place has `of`, and a cell giving
   * another total (`'5/34'` in a table out of 63) is refused.
   */
  of?: number
}

const RANK_PLACE_OPTION_NAMES: OptionNames<RankPlaceOptions> = { of: true }

const PlaceInput = z.union([z.string(), z.number()])
const PlaceOutput = z.object({ rank: z.number(), of: z.number().exactOptional() })
const PlaceOutputOf = z.object({ rank: z.number(), of: z.number() })

/**
 * A zod codec for a place as tables and reports write it — `6`, `'6'`,
 * `'6/63'`, `'xếp thứ 6/63'`, `'đứng đầu'` — decoded to `{ rank, of }`.
 * Without options `of` is present only when the cell gives the total (a
 * bare `6` has none: the type says `of?: number`). Pass the table's total
 * (`rankPlace({ of: 63 })`) and every decoded place has `of` (its type says
 * `of: number`), and a cell with another total is refused. The decoded
 * place fits {@link RankPlace} (the input of {@link rankChange}). Encoding
 * writes `'6/63'` (or `'6'`).
 *
 * @throws RangeError for an unknown option or an `of` that is not a positive integer.
 *
 * @example
 * ```ts
 * import { rankPlace } from 'hanhchinh/rankings'
 * import * as z from 'zod'
 * rankPlace().parse('19/63') //=> { rank: 19, of: 63 }
 * rankPlace().parse(7) //=> { rank: 7 }
 * rankPlace().parse('xếp thứ 3/63') //=> { rank: 3, of: 63 }
 * rankPlace({ of: 63 }).parse(7) //=> { rank: 7, of: 63 }
 * rankPlace({ of: 63 }).parse('đứng đầu') //=> { rank: 1, of: 63 }
 * rankPlace({ of: 63 }).safeParse('5/34').error?.issues[0]?.message //=> 'the place "5/34" is out of 34 units, but the table ranks 63'
 * rankPlace({ of: 63 }).safeParse(64).success //=> false
 * rankPlace().safeParse('tăng 7 bậc').success //=> false
 * rankPlace().safeParse('64/63').error?.issues[0]?.message //=> 'Rank 64/63 in "64/63" is out of range: a rank must be from 1 to 63'
 * z.encode(rankPlace(), { rank: 19, of: 63 }) //=> '19/63'
 * rankPlace({ total: 63 } as never) //=> throws RangeError: Unknown option "total" of rankPlace
 * ```
 */
export function rankPlace(options: RankPlaceOptions & { of: number }): z.ZodCodec<typeof PlaceInput, typeof PlaceOutputOf>
export function rankPlace(options?: RankPlaceOptions): z.ZodCodec<typeof PlaceInput, typeof PlaceOutput>
export function rankPlace(options?: RankPlaceOptions): z.ZodCodec<typeof PlaceInput, typeof PlaceOutput> | z.ZodCodec<typeof PlaceInput, typeof PlaceOutputOf> {
  const total = readOptions(options, RANK_PLACE_OPTION_NAMES, 'rankPlace').of
  if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 1)) {
    throw invalidArgument('options.of', total, 'a positive integer')
  }
  const decode = (v: string | number, payload: Payload): { rank: number; of?: number } => {
    const place = readPlace(v, payload)
    if (place === undefined || total === undefined) return place as { rank: number; of?: number }
    if (place.of !== undefined && place.of !== total) {
      return fail(
        payload,
        v,
        { vi: `thứ hạng "${v}" tính trên ${place.of} đơn vị, nhưng bảng xếp hạng có ${total}`, en: `the place "${v}" is out of ${place.of} units, but the table ranks ${total}` },
        'rank-place',
      )
    }
    if (place.rank > total) {
      return fail(payload, v, { vi: `thứ hạng ${place.rank} vượt quá ${total} đơn vị của bảng`, en: `rank ${place.rank} is beyond the ${total} units of the table` }, 'rank-place')
    }
    return { rank: place.rank, of: total }
  }
  const encode = (p: { rank: number; of?: number }): string => (p.of === undefined ? String(p.rank) : `${p.rank}/${p.of}`)
  if (total !== undefined) return z.codec(PlaceInput, PlaceOutputOf, { decode: (v, payload) => decode(v, payload) as { rank: number; of: number }, encode })
  return z.codec(PlaceInput, PlaceOutput, { decode, encode })
}

function readPlace(v: string | number, payload: Payload): { rank: number; of?: number } | undefined {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1) return { rank: v }
    return fail(payload, v, { vi: `thứ hạng không hợp lệ: ${v}`, en: `invalid rank: ${v}` }, 'rank-place')
  }
  const t = v.trim()
  if (/^\d+$/.test(t) && Number(t) >= 1) return { rank: Number(t) }
  const p = safeParseRankPhrase(t)
  if (p.ok && p.value.kind === 'place' && p.value.rank !== undefined) {
    return p.value.of === undefined ? { rank: p.value.rank } : { rank: p.value.rank, of: p.value.of }
  }
  if (!p.ok && p.code === 'out-of-range') return fail(payload, v, p.reason, 'rank-place')
  return fail(payload, v, { vi: `không đọc được thứ hạng "${v}" (ví dụ: 19, 19/63, xếp thứ 19/63)`, en: `cannot read a rank from "${v}" (e.g. 19, 19/63, xếp thứ 19/63)` }, 'rank-place')
}
