import { Decimal as DecimalJs } from 'decimal.js'
import type { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { scoreValue, type ScoreInput } from './rank.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatDecimal, isMissingScore } from './text.js'

/**
 * A unit's place in one ranking: `rank` (1 = best), optionally `of` (how
 * many were ranked) and `score`. The result of {@link rank} fits.
 *
 * @example
 * ```ts
 * import type { RankPlace } from 'hanhchinh/rankings'
 * const thaiBinhPci2021: RankPlace = { rank: 47, of: 63 }
 * thaiBinhPci2021.rank //=> 47
 * ```
 */
export interface RankPlace {
  rank: number
  of?: number
  score?: ScoreInput | null
}

/**
 * Direction of a change: for ranks `'up'` means a better place (a smaller
 * rank number); for scores, a higher score.
 *
 * @example
 * ```ts
 * import { rankChange, type Direction } from 'hanhchinh/rankings'
 * const d: Direction = rankChange({ rank: 9 }, { rank: 16 }).direction
 * d //=> 'down'
 * ```
 */
export type Direction = 'up' | 'down' | 'same'

/**
 * Options of {@link rankChange}.
 *
 * @example
 * ```ts
 * import { rankChange, type RankChangeOptions } from 'hanhchinh/rankings'
 * const o: RankChangeOptions = { scoreUnit: 'percentage-points' }
 * // Sơn La PAR INDEX 2021 → 2022 (2022 values derived from "−0.83, +2 places")
 * rankChange({ rank: 15, score: '87.61' }, { rank: 13, score: '86.78' }, o).scorePhrase?.vi //=> 'giảm 0,83 điểm %'
 * ```
 */
export interface RankChangeOptions {
  /**
   * Unit of the score: `'points'` (PCI, PAPI) or `'percentage-points'` for
   * indices reported in % (PAR INDEX, SIPAS), where "tăng 2,46%" means
   * percentage points, not a relative change. @defaultValue `'points'`
   */
  scoreUnit?: 'points' | 'percentage-points'
}

/**
 * The change between two places of the same unit in two rankings of the
 * same size. `change = from − to`: positive is an improvement ("tăng N
 * bậc"). When both places carry a score, the score change is given beside
 * it, since score and rank can move in opposite directions.
 *
 * @example
 * ```ts
 * import { rankChange } from 'hanhchinh/rankings'
 * // Sơn La PAR INDEX 2022: score −0.83 but +2 places (2022 values derived)
 * const c = rankChange({ rank: 15, score: 87.61 }, { rank: 13, score: 86.78 })
 * c.direction //=> 'up'
 * c.scoreDirection //=> 'down'
 * c.opposite //=> true
 * ```
 */
export interface RankChange {
  from: number
  to: number
  of?: number
  change: number
  direction: Direction
  phrase: Label
  scoreChange?: Decimal
  scoreDirection?: Direction
  scorePhrase?: Label
  /** True when rank and score moved in opposite directions. */
  opposite?: boolean
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many
}

/**
 * The bilingual phrase of a rank change `change = from − to`:
 * `tăng N bậc / up N places`, `giảm N bậc / down N places`,
 * `giữ nguyên / unchanged`.
 *
 * @example
 * ```ts
 * import { rankChangePhrase } from 'hanhchinh/rankings'
 * rankChangePhrase(19) //=> { vi: 'tăng 19 bậc', en: 'up 19 places' }
 * rankChangePhrase(-1) //=> { vi: 'giảm 1 bậc', en: 'down 1 place' }
 * rankChangePhrase(0) //=> { vi: 'giữ nguyên', en: 'unchanged' }
 * ```
 */
export function rankChangePhrase(change: number): Label {
  if (typeof change !== 'number' || !Number.isFinite(change)) throw invalidArgument('change', change, 'a finite number')
  const n = Math.abs(change)
  if (change === 0) return { vi: 'giữ nguyên', en: 'unchanged' }
  const vi = `${change > 0 ? 'tăng' : 'giảm'} ${formatDecimal(n, 'vi')} bậc`
  const en = `${change > 0 ? 'up' : 'down'} ${n} ${plural(n, 'place', 'places')}`
  return { vi, en }
}

/**
 * The bilingual phrase of a score change, in points or percentage points:
 * `tăng 1,42 điểm / up 1.42 points`, `tăng 2,46 điểm % / up 2.46
 * percentage points`.
 *
 * @example
 * ```ts
 * import { scoreChangePhrase } from 'hanhchinh/rankings'
 * import { Decimal } from 'hanhchinh/core'
 * scoreChangePhrase(new Decimal('-0.83')) //=> { vi: 'giảm 0,83 điểm', en: 'down 0.83 points' }
 * scoreChangePhrase(new Decimal('1.72'), 'percentage-points').en //=> 'up 1.72 percentage points'
 * scoreChangePhrase(new Decimal('1.72'), 'percent' as never) //=> throws RangeError: Invalid unit: "percent"
 * scoreChangePhrase(1.72 as never) //=> throws TypeError: Invalid type for change: 1.72
 * ```
 */
export function scoreChangePhrase(change: Decimal, unit: 'points' | 'percentage-points' = 'points'): Label {
  if (!DecimalJs.isDecimal(change) || typeof change.abs !== 'function') throw wrongType('change', change, 'a Decimal')
  if (!change.isFinite()) throw invalidArgument('change', change, 'a finite Decimal')
  readChoice(unit, ['points', 'percentage-points'], 'points', 'unit')
  const n = change.abs()
  const one = n.equals(1)
  const viUnit = unit === 'points' ? 'điểm' : 'điểm %'
  const enUnit = unit === 'points' ? (one ? 'point' : 'points') : one ? 'percentage point' : 'percentage points'
  if (change.isZero()) return { vi: `giữ nguyên điểm số`, en: 'score unchanged' }
  const up = change.isPositive()
  return {
    vi: `${up ? 'tăng' : 'giảm'} ${formatDecimal(n, 'vi')} ${viUnit}`,
    en: `${up ? 'up' : 'down'} ${formatDecimal(n, 'en')} ${enUnit}`,
  }
}

function checkPlace(place: RankPlace, name: string): void {
  if (place === null || typeof place !== 'object') throw wrongType(name, place, 'an object { rank, of? }')
  const { rank, of } = place
  if (of !== undefined && (!Number.isInteger(of) || of < 1)) throw invalidArgument(`${name}.of`, of, 'a positive integer')
  if (typeof rank !== 'number' || !Number.isFinite(rank) || rank < 1 || (of !== undefined && rank > of)) {
    throw invalidArgument(`${name}.rank`, rank, of === undefined ? 'a number ≥ 1' : `a number from 1 to ${of}`)
  }
}

const RANK_CHANGE_OPTION_NAMES: OptionNames<RankChangeOptions> = { scoreUnit: true }

/**
 * Change of a unit's rank between two rankings, where a smaller rank number
 * is better: `change = previous.rank − current.rank`, with the phrase in
 * Vietnamese and English, and the score change alongside when both scores
 * are given.
 *
 * Rankings of different sizes (`of` 63 vs 34) have no plain rank difference:
 * that throws; compare normalised positions with {@link compareRankings} or
 * {@link positionOf}.
 *
 * @throws RangeError for an invalid place or different `of`.
 *
 * @example
 * ```ts
 * import { rankChange } from 'hanhchinh/rankings'
 * // Thái Bình PCI: 25 (2020) → 47 (2021) → 28 (2022)
 * rankChange({ rank: 25, of: 63 }, { rank: 47, of: 63 })
 * //=> { from: 25, to: 47, change: -22, direction: 'down', phrase: { vi: 'giảm 22 bậc', en: 'down 22 places' } }
 * rankChange({ rank: 47, of: 63 }, { rank: 28, of: 63 }).phrase.vi //=> 'tăng 19 bậc'
 * // Bà Rịa - Vũng Tàu PAR INDEX 2021: 87,61%, "tăng 1,59 điểm … nhưng giảm 7 bậc" (baobariavungtau.com.vn)
 * const brvt = rankChange({ rank: 9, score: '86.02' }, { rank: 16, score: '87.61' }, { scoreUnit: 'percentage-points' })
 * brvt.phrase.vi //=> 'giảm 7 bậc'
 * brvt.scoreChange //=> '1.59'
 * brvt.scorePhrase?.en //=> 'up 1.59 percentage points'
 * brvt.opposite //=> true
 * rankChange({ rank: 19, of: 63 }, { rank: 5, of: 34 }) //=> throws RangeError: compareRankings
 * ```
 */
export function rankChange(previous: RankPlace, current: RankPlace, options?: RankChangeOptions): RankChange {
  const o = readOptions(options, RANK_CHANGE_OPTION_NAMES, 'rankChange')
  checkPlace(previous, 'previous')
  checkPlace(current, 'current')
  const unit = readChoice(o.scoreUnit, ['points', 'percentage-points'], 'points', 'options.scoreUnit')
  if (previous.of !== undefined && current.of !== undefined && previous.of !== current.of) {
    throw invalidArgument(
      'current.of',
      current.of,
      `${previous.of} like previous.of: ranks out of different totals have no plain difference; compare normalised positions with compareRankings or positionOf`,
    )
  }
  const change = previous.rank - current.rank
  const direction: Direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same'
  const result: RankChange = {
    from: previous.rank,
    to: current.rank,
    change,
    direction,
    phrase: rankChangePhrase(change),
  }
  const of = current.of ?? previous.of
  if (of !== undefined) result.of = of
  if (!isMissingScore(previous.score) && !isMissingScore(current.score)) {
    const d = scoreValue(current.score, 'current.score').minus(scoreValue(previous.score, 'previous.score'))
    result.scoreChange = d
    result.scoreDirection = d.isPositive() && !d.isZero() ? 'up' : d.isNegative() && !d.isZero() ? 'down' : 'same'
    result.scorePhrase = scoreChangePhrase(d, unit)
    result.opposite =
      (direction === 'up' && result.scoreDirection === 'down') || (direction === 'down' && result.scoreDirection === 'up')
  }
  return result
}
