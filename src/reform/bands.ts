import { toDecimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'

/**
 * A band (nhóm) of an index: units whose index (a percentage) is at least
 * `min` fall in it, unless a band with a higher `min` takes them.
 *
 * @example
 * ```ts
 * import type { IndexBand } from 'hanhchinh/reform'
 * const top: IndexBand = { id: 'I', min: '90', label: { vi: 'Nhóm I', en: 'Group I' } }
 * top.min //=> '90'
 * ```
 */
export interface IndexBand {
  id: string
  /** Lowest index in the band, inclusive, as a percentage (decimal string). */
  min: string
  label: Label
}

/**
 * Where the PAR INDEX bands come from: the announcements of the national
 * PAR INDEX results (PAR 2020, 2022–2024) group provinces as Nhóm A ≥ 90%,
 * Nhóm B 80% – < 90%, Nhóm C 70% – < 80%. The thresholds were read from the
 * published results, not from the text of QĐ 876/QĐ-BNV, hence
 * `unconfirmed`; whether the band is read from the 2-decimal published
 * index or the unrounded one is not stated either.
 *
 * @example
 * ```ts
 * import { PAR_BANDS_BASIS } from 'hanhchinh/reform'
 * PAR_BANDS_BASIS.instrument //=> '876/QĐ-BNV'
 * typeof PAR_BANDS_BASIS.unconfirmed //=> 'string'
 * ```
 */
export const PAR_BANDS_BASIS: LegalBasis = Object.freeze({
  instrument: '876/QĐ-BNV',
  title: 'Đề án "Xác định Chỉ số cải cách hành chính ..." giai đoạn 2022–2030 (kết quả công bố hằng năm)',
  issued: '2022-11-10' as IsoDate,
  unconfirmed:
    'band thresholds (A ≥ 90%, B 80–<90%, C 70–<80%) as used in the published PAR INDEX results 2020 and 2022–2024; not found in the text of the Đề án; provinces use their own bands for internal indices',
  note: 'rankings-and-indices digest §6.2; e.g. PAR 2022: A 2, B 56, C 5 provinces',
})

/**
 * The bands of the provincial PAR INDEX results: Nhóm A (≥ 90%), Nhóm B
 * (80% to under 90%), Nhóm C (70% to under 80%); below 70% no band. Basis:
 * {@link PAR_BANDS_BASIS} (UNCONFIRMED; pass your own bands to
 * {@link indexBand} or {@link scoreCard} — provinces grade their
 * departments with their own, e.g. Nhóm I ≥ 90%, Nhóm II 80–< 90%).
 *
 * @example
 * ```ts
 * import { PAR_BANDS } from 'hanhchinh/reform'
 * PAR_BANDS.map((b) => `${b.id} ≥ ${b.min}`) //=> ['A ≥ 90', 'B ≥ 80', 'C ≥ 70']
 * ```
 */
export const PAR_BANDS: readonly IndexBand[] = Object.freeze([
  Object.freeze({ id: 'A', min: '90', label: Object.freeze({ vi: 'Nhóm A', en: 'Group A' }) }),
  Object.freeze({ id: 'B', min: '80', label: Object.freeze({ vi: 'Nhóm B', en: 'Group B' }) }),
  Object.freeze({ id: 'C', min: '70', label: Object.freeze({ vi: 'Nhóm C', en: 'Group C' }) }),
])

/**
 * The band of an index (a percentage): the band with the highest `min` not
 * above it, or `undefined` below every band. Bands default to
 * {@link PAR_BANDS}; their order does not matter.
 *
 * @example
 * ```ts
 * import { indexBand } from 'hanhchinh/reform'
 * indexBand('95.43')?.id //=> 'A'
 * indexBand(90)?.id //=> 'A'
 * indexBand('89.99')?.label.vi //=> 'Nhóm B'
 * indexBand('69.19') //=> undefined
 * indexBand('84.79', [{ id: 'I', min: '80', label: { vi: 'Nhóm I', en: 'Group I' } }])?.id //=> 'I'
 * indexBand(101) //=> throws RangeError: index
 * ```
 */
export function indexBand(index: DecimalInput, bands: readonly IndexBand[] = PAR_BANDS): IndexBand | undefined {
  const x = toDecimal(index, 'index')
  if (x.isNeg() || x.gt(100)) throw invalidArgument('index', index, 'a percentage from 0 to 100')
  if (!Array.isArray(bands)) throw invalidArgument('bands', bands, 'an array of { id, min, label }')
  let best: IndexBand | undefined
  let bestMin = toDecimal(-1)
  bands.forEach((b, i) => {
    const min = toDecimal(b?.min, `bands[${i}].min`)
    if (x.gte(min) && min.gt(bestMin)) {
      best = b
      bestMin = min
    }
  })
  return best
}
