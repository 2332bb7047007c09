import type { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { scoreValue, type ScoreInput } from './rank.js'
import type { Band, BandSet } from './schema.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { isMissingScore } from './text.js'

/**
 * The provincial PAR INDEX groups (Chỉ số CCHC cấp tỉnh): Nhóm A ≥ 90%,
 * Nhóm B 80% – < 90%, Nhóm C 70% – < 80%, as published by the Bộ Nội vụ for
 * 2020 and 2022–2024 (counts 2020 A2/B56/C5, 2023 A7/B56, 2024 A13/B50).
 * Below 70% no group is published. UNCONFIRMED: the thresholds are taken
 * from the published results; the instrument that sets them was not found
 * (the 2022–2030 Đề án is QĐ 876/QĐ-BNV). Replace by passing your own
 * {@link BandSet} to {@link bandOf}.
 *
 * @example
 * ```ts
 * import { PAR_INDEX_BANDS, bandOf } from 'hanhchinh/rankings'
 * PAR_INDEX_BANDS.bands.map((b) => b.id) //=> ['A', 'B', 'C']
 * bandOf('90.10', PAR_INDEX_BANDS)?.label.vi //=> 'Nhóm A'
 * ```
 */
export const PAR_INDEX_BANDS: BandSet = {
  id: 'par-index-provinces',
  label: { vi: 'Nhóm xếp hạng Chỉ số CCHC cấp tỉnh', en: 'Provincial PAR INDEX groups' },
  bands: [
    { id: 'A', label: { vi: 'Nhóm A', en: 'Group A' }, min: '90' },
    { id: 'B', label: { vi: 'Nhóm B', en: 'Group B' }, min: '80', max: '90' },
    { id: 'C', label: { vi: 'Nhóm C', en: 'Group C' }, min: '70', max: '80' },
  ],
  basis: [
    {
      instrument: 'Báo cáo Chỉ số cải cách hành chính năm 2020, 2022, 2023, 2024 (Bộ Nội vụ)',
      note: 'Groups as reported with the published results, e.g. PAR 2024: 13 provinces in group A, 50 in group B.',
      unconfirmed: 'thresholds observed in published results; the instrument that fixes them was not found',
    },
    {
      instrument: '876/QĐ-BNV',
      title: 'Đề án xác định Chỉ số cải cách hành chính giai đoạn 2022–2030',
      issued: '2022-11-10' as LegalBasis['issued'],
      effectiveFrom: '2022-11-10' as LegalBasis['effectiveFrom'],
      unconfirmed: 'the Đề án governing the index; whether it states the group thresholds is not confirmed',
    },
  ],
}

/**
 * The band a score falls in, or `undefined` when no band covers it (a PAR
 * INDEX below 70%). Comparison is exact: `'89.995'` is in band B, not A.
 * Scores are in the unit of the bands (percent for the PAR INDEX).
 *
 * @throws RangeError for an invalid score, a band whose max is not above its
 *   min, or two overlapping bands in the set (the whole set is checked).
 *
 * @example
 * ```ts
 * import { bandOf, PAR_INDEX_BANDS } from 'hanhchinh/rankings'
 * bandOf('96.17', PAR_INDEX_BANDS)?.id //=> 'A'
 * bandOf(90, PAR_INDEX_BANDS)?.id //=> 'A'
 * bandOf('89.995', PAR_INDEX_BANDS)?.id //=> 'B'
 * bandOf('84.79', PAR_INDEX_BANDS)?.id //=> 'B'
 * bandOf('69.99', PAR_INDEX_BANDS) //=> undefined
 * bandOf('n/a', PAR_INDEX_BANDS) //=> throws RangeError: score
 * bandOf('90', { ...PAR_INDEX_BANDS, bands: [, PAR_INDEX_BANDS.bands[0]!] } as never) //=> throws TypeError: bands.bands[0]
 * ```
 */
export function bandOf(score: ScoreInput, bands: BandSet): Band | undefined {
  if (bands === null || typeof bands !== 'object' || !Array.isArray(bands.bands)) {
    throw wrongType('bands', bands, 'a BandSet { bands: [{ id, min, max? }] }')
  }
  const s = scoreValue(score, 'score')
  // the whole set is checked, not only the bands the score falls in: a band with max ≤ min, or two
  // overlapping bands, would otherwise give undefined or a band depending on the score
  const ranges: Array<{ band: Band; min: Decimal; max: Decimal | undefined }> = []
  // a plain loop: holes of a sparse array are visited (and refused), not skipped
  for (let i = 0; i < bands.bands.length; i++) {
    const b = bands.bands[i]
    if (b === null || typeof b !== 'object') throw wrongType(`bands.bands[${i}]`, b, 'a band { id, min, max? }')
    const name = typeof b.id === 'string' ? b.id : `[${i}]`
    const min = scoreValue(b.min, `bands.${name}.min`)
    const max = b.max === undefined ? undefined : scoreValue(b.max, `bands.${name}.max`)
    if (max !== undefined && !max.greaterThan(min)) throw invalidArgument(`bands.${name}.max`, b.max, `a bound greater than min (${String(b.min)})`)
    ranges.push({ band: b, min, max })
  }
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!
      const b = ranges[j]!
      const aBelowB = a.max !== undefined && a.max.lessThanOrEqualTo(b.min)
      const bBelowA = b.max !== undefined && b.max.lessThanOrEqualTo(a.min)
      if (!aBelowB && !bBelowA) throw invalidArgument('bands', [a.band.id, b.band.id], 'bands that do not overlap')
    }
  }
  return ranges.find((r) => s.greaterThanOrEqualTo(r.min) && (r.max === undefined || s.lessThan(r.max)))?.band
}

/**
 * The four PAPI groups (nhóm) by percentile of the composite score.
 *
 * @example
 * ```ts
 * import { PAPI_GROUPS } from 'hanhchinh/rankings'
 * PAPI_GROUPS.map((g) => g.id) //=> ['highest', 'high-average', 'low-average', 'lowest']
 * PAPI_GROUPS[0]?.label.vi //=> 'Nhóm đạt điểm cao nhất'
 * ```
 */
export const PAPI_GROUPS: ReadonlyArray<{ id: PapiGroupId; label: Label; from: string }> = [
  { id: 'highest', label: { vi: 'Nhóm đạt điểm cao nhất', en: 'Best performers' }, from: '0.75' },
  { id: 'high-average', label: { vi: 'Nhóm đạt điểm trung bình cao', en: 'High average performers' }, from: '0.5' },
  { id: 'low-average', label: { vi: 'Nhóm đạt điểm trung bình thấp', en: 'Low average performers' }, from: '0.25' },
  { id: 'lowest', label: { vi: 'Nhóm đạt điểm thấp nhất', en: 'Poor performers' }, from: '0' },
]

/**
 * Id of a PAPI group, best first.
 *
 * @example
 * ```ts
 * import type { PapiGroupId } from 'hanhchinh/rankings'
 * const g: PapiGroupId = 'highest'
 * g //=> 'highest'
 * ```
 */
export type PapiGroupId = 'highest' | 'high-average' | 'low-average' | 'lowest'

/**
 * A unit with its PAPI group, and the percentile thresholds used.
 *
 * @example
 * ```ts
 * import { papiGroups } from 'hanhchinh/rankings'
 * const g = papiGroups([{ id: 'a', score: 1 }, { id: 'b', score: 2 }, { id: 'c', score: 3 }, { id: 'd', score: 4 }, { id: 'e', score: 5 }])
 * g.thresholds.p75 //=> '4'
 * g.units.map((u) => u.group) //=> ['lowest', 'low-average', 'high-average', 'highest', 'highest']
 * ```
 */
export interface PapiGrouping {
  units: Array<{ id: string; score: ScoreInput; group: PapiGroupId; label: Label }>
  thresholds: { p25: Decimal; p50: Decimal; p75: Decimal }
  counts: Record<PapiGroupId, number>
}

/**
 * Percentile of sorted values by linear interpolation between closest ranks
 * (the spreadsheet PERCENTILE / PERCENTILE.INC rule).
 */
function percentileInc(sorted: readonly Decimal[], p: string): Decimal {
  const h = scoreValue(p).times(sorted.length - 1)
  const lo = h.floor().toNumber()
  const frac = h.minus(lo)
  const a = sorted[lo]!
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!
  return a.plus(b.minus(a).times(frac))
}

/**
 * Options of {@link papiGroups}.
 *
 * @example
 * ```ts
 * import type { PapiGroupOptions } from 'hanhchinh/rankings'
 * const o: PapiGroupOptions = { atCut: 'lower-group' }
 * o.atCut //=> 'lower-group'
 * ```
 */
export interface PapiGroupOptions {
  /**
   * Group of a unit whose score equals a percentile cut exactly (this
   * happens with interpolated percentiles when (N − 1)·p is a whole number:
   * at the median for 63 units, at all three cuts for 61, never for 34).
   * `'higher-group'` — "≥ 75th percentile", as the rules digest describes
   * the groups; reproduces PAPI 2019/2020 (63 units: 16/16/15/16, best
   * first). `'lower-group'` — only scores above a cut go up; reproduces
   * PAPI 2021 (63 units, 15 in the high-average group) and PAPI 2023/2024
   * (61 units: 15/15/15/16, best first). UNCONFIRMED: the PAPI report's own
   * rule is not documented in the sources and the published editions
   * differ. @defaultValue `'higher-group'`
   */
  atCut?: 'higher-group' | 'lower-group'
}

const PAPI_OPTION_NAMES: OptionNames<PapiGroupOptions> = { atCut: true }

/**
 * PAPI quartile groups computed from the composite scores of a ranking:
 * Nhóm đạt điểm cao nhất (≥ 75th percentile), trung bình cao (50th – <75th),
 * trung bình thấp (25th – <50th), thấp nhất (< 25th). Units with a missing
 * score are left out (PAPI 2023 ranked 61). Percentiles use linear
 * interpolation (PERCENTILE.INC). A unit exactly on a cut goes to the higher
 * group by default, which reproduces the published sizes 16/16/15/16 (best
 * first) for 63 provinces (2019, 2020); PAPI 2021, 2023 and 2024 put it in
 * the lower group (63 units: 16/15/16/16; 61 units: 15/15/15/16), see
 * {@link PapiGroupOptions}. UNCONFIRMED: the PAPI report's own percentile
 * method is not documented in the sources, so check edge units against the
 * published groups.
 *
 * @throws RangeError for an invalid score, an unknown option or fewer than
 *   1 scored unit.
 *
 * @example
 * ```ts
 * import { papiGroups } from 'hanhchinh/rankings'
 * const scores = Array.from({ length: 63 }, (_, i) => ({ id: `p${i}`, score: (40 + i / 10).toFixed(4) }))
 * papiGroups(scores).counts //=> { highest: 16, 'high-average': 16, 'low-average': 15, lowest: 16 }
 * // PAPI 2023: 61 ranked (no results for Quảng Ninh and Bình Dương): 15 highest, 16 lowest
 * const y2023 = scores.slice(2)
 * papiGroups(y2023, { atCut: 'lower-group' }).counts //=> { highest: 15, 'high-average': 15, 'low-average': 15, lowest: 16 }
 * ```
 */
export function papiGroups(
  entries: Iterable<{ id: string; score: ScoreInput | null | undefined }>,
  options?: PapiGroupOptions,
): PapiGrouping {
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) {
    throw wrongType('entries', entries, 'an array of { id, score }')
  }
  const atCut = readChoice(readOptions(options, PAPI_OPTION_NAMES, 'papiGroups').atCut, ['higher-group', 'lower-group'], 'higher-group', 'options.atCut')
  const list: Array<{ id: string; score: ScoreInput; value: Decimal }> = []
  let i = 0
  for (const e of entries) {
    if (e === null || typeof e !== 'object') throw wrongType(`entries[${i}]`, e, 'an object { id, score }')
    if (typeof e.id !== 'string' || e.id === '') throw wrongType(`entries[${i}].id`, e.id, 'a non-empty string')
    const s = e.score
    if (!isMissingScore(s)) {
      list.push({ id: e.id, score: s, value: scoreValue(s, `entries[${i}].score`) })
    }
    i++
  }
  if (list.length === 0) throw invalidArgument('entries', [], 'at least one unit with a score')
  const sorted = list.map((x) => x.value).sort((a, b) => a.comparedTo(b))
  const p25 = percentileInc(sorted, '0.25')
  const p50 = percentileInc(sorted, '0.5')
  const p75 = percentileInc(sorted, '0.75')
  const above = (v: Decimal, cut: Decimal): boolean => (atCut === 'higher-group' ? v.greaterThanOrEqualTo(cut) : v.greaterThan(cut))
  const counts: Record<PapiGroupId, number> = { highest: 0, 'high-average': 0, 'low-average': 0, lowest: 0 }
  const units = list.map((x) => {
    const group: PapiGroupId =
      above(x.value, p75) ? 'highest'
      : above(x.value, p50) ? 'high-average'
      : above(x.value, p25) ? 'low-average'
      : 'lowest'
    counts[group]++
    return { id: x.id, score: x.score, group, label: PAPI_GROUPS.find((g) => g.id === group)!.label }
  })
  return { units, thresholds: { p25, p50, p75 }, counts }
}
