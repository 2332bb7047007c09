import { Decimal, MAX_DECIMAL_EXPONENT, MAX_DECIMAL_TEXT, toDecimal } from '../core/decimal.js'
import { Decimal as DecimalJs } from 'decimal.js'
import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, refuse, type ParseFailure, type ParseSuccess } from '../core/parse-result.js'
import { DECIMAL_STRING, isMissingScore } from './text.js'

/**
 * A score as callers have it: a number, a decimal string (`'84.79'`) or a
 * `Decimal`. Scores are compared exactly, so `'84.79'`, `84.79` and
 * `new Decimal('84.790')` are equal.
 *
 * @example
 * ```ts
 * import type { ScoreInput } from 'hanhchinh/rankings'
 * const s: ScoreInput = '90.10'
 * s //=> '90.10'
 * ```
 */
export type ScoreInput = number | string | Decimal

/**
 * How equal scores are ranked:
 * - `'ordinal'` — 1 2 3 4: distinct ranks, equal scores in input order
 *   (what PCI and the PAR INDEX publish: the publisher's unrounded order).
 * - `'competition'` — 1 2 2 4 ("đồng hạng", next rank skipped).
 * - `'dense'` — 1 2 2 3.
 * - `'fractional'` — 1 2.5 2.5 4 (mean of the places shared).
 *
 * @example
 * ```ts
 * import { rank, type TieMethod } from 'hanhchinh/rankings'
 * const ties: TieMethod = 'competition'
 * rank([{ id: 'a', score: 2 }, { id: 'b', score: 2 }], { ties }).map((r) => r.rank) //=> [1, 1]
 * ```
 */
export type TieMethod = 'ordinal' | 'competition' | 'dense' | 'fractional'

/**
 * The tie methods, in the order documented on {@link TieMethod}.
 *
 * @example
 * ```ts
 * import { TIE_METHODS } from 'hanhchinh/rankings'
 * TIE_METHODS //=> ['ordinal', 'competition', 'dense', 'fractional']
 * ```
 */
export const TIE_METHODS: readonly TieMethod[] = ['ordinal', 'competition', 'dense', 'fractional']

/**
 * One unit to rank. A `score` of `null`, `undefined`, `NaN` or a blank
 * string is *missing*: the unit is not ranked (see {@link rankDetailed}).
 *
 * @example
 * ```ts
 * import type { RankEntry } from 'hanhchinh/rankings'
 * const e: RankEntry = { id: 'thai-binh', score: '64.41' }
 * e.id //=> 'thai-binh'
 * ```
 */
export interface RankEntry<Id extends string = string> {
  id: Id
  score: ScoreInput | null | undefined
}

/**
 * Options of {@link rank} and {@link rankDetailed}.
 *
 * @example
 * ```ts
 * import { rank, type RankOptions } from 'hanhchinh/rankings'
 * const byTime: RankOptions = { order: 'lower-is-better', ties: 'competition' }
 * rank([{ id: 'a', score: 5 }, { id: 'b', score: 3 }], byTime)[0]?.id //=> 'b'
 * ```
 */
export interface RankOptions {
  /** Tie method. @defaultValue `'ordinal'` */
  ties?: TieMethod
  /** Which end is best. @defaultValue `'higher-is-better'` */
  order?: 'higher-is-better' | 'lower-is-better'
  /** What to do with a missing score: leave the unit out and report it (`'exclude'`), or throw. @defaultValue `'exclude'` */
  missing?: 'exclude' | 'throw'
}

/**
 * A ranked unit `{ id, score, rank, of }`: its id, the score as given, its
 * rank (1 = best) and the number of units ranked (`of`). Also readable (as
 * getters, so they do not appear when the object is spread or compared):
 * `value`, the score as an exact `Decimal`; `index`, the position in the
 * input; `entry`, the input object itself.
 *
 * @example
 * ```ts
 * import { rank } from 'hanhchinh/rankings'
 * const [first] = rank([{ id: 'quang-ninh', score: '73.02', name: 'Quảng Ninh' }])
 * first //=> { id: 'quang-ninh', score: '73.02', rank: 1, of: 1 }
 * first?.index //=> 0
 * JSON.stringify(first) //=> '{"id":"quang-ninh","score":"73.02","rank":1,"of":1}'
 * first?.entry.name //=> 'Quảng Ninh'
 * first?.value //=> '73.02'
 * ```
 */
export interface RankedEntry<E extends RankEntry = RankEntry> {
  id: E['id']
  score: NonNullable<E['score']>
  value: Decimal
  rank: number
  of: number
  index: number
  entry: E
}

/**
 * A unit left out of a ranking because its score is missing.
 *
 * @example
 * ```ts
 * import { rankDetailed } from 'hanhchinh/rankings'
 * rankDetailed([{ id: 'quang-ninh', score: null }]).notRanked[0]
 * //=> { id: 'quang-ninh', index: 0, reason: 'missing-score' }
 * ```
 */
export interface NotRankedEntry<E extends RankEntry = RankEntry> {
  id: E['id']
  index: number
  reason: 'missing-score'
  entry: E
}

/**
 * Result of {@link rankDetailed}: the ranked units (best first), the units
 * not ranked, `of` (how many were ranked) and the tie method used.
 *
 * @example
 * ```ts
 * import { rankDetailed } from 'hanhchinh/rankings'
 * const r = rankDetailed([{ id: 'a', score: 1 }, { id: 'b', score: undefined }])
 * r.of //=> 1
 * r.notRanked.map((n) => n.id) //=> ['b']
 * ```
 */
export interface RankResult<E extends RankEntry = RankEntry> {
  ranked: Array<RankedEntry<E>>
  notRanked: Array<NotRankedEntry<E>>
  of: number
  ties: TieMethod
}

/**
 * A refusal of {@link safeScoreValue}: the core {@link ParseFailure} with
 * its `code` — `'wrong-type'` (not a number, string or Decimal),
 * `'not-decimal'` (a string that is not a plain decimal number with a
 * point, such as `'84,79'` or `'n/a'`), `'not-finite'` (`NaN`, `Infinity`)
 * or `'out-of-range'` (a decimal exponent past ±`MAX_DECIMAL_EXPONENT` of
 * `hanhchinh/core`, such as `'1e9000000000000000'`, or a text longer than
 * its `MAX_DECIMAL_TEXT`).
 *
 * @example
 * ```ts
 * import { safeScoreValue, type ScoreFailure } from 'hanhchinh/rankings'
 * const r = safeScoreValue('84,79')
 * const code: ScoreFailure['code'] | undefined = r.ok ? undefined : r.code
 * code //=> 'not-decimal'
 * ```
 */
export interface ScoreFailure extends ParseFailure {
  readonly code: 'wrong-type' | 'not-decimal' | 'not-finite' | 'out-of-range'
}

function scoreFailure(vi: string, en: string, code: ScoreFailure['code']): ScoreFailure {
  return refuse(vi, en, code) as ScoreFailure
}

/**
 * Read a score as an exact `Decimal`, returning a refusal instead of
 * throwing. Strings must be plain decimal numbers with a point
 * (`'84.79'`, surrounding spaces allowed); a decimal comma (`'84,79'`) is
 * refused rather than guessed, since `'50.308'` and `'84,79'` mean
 * different things in Vietnamese and English text — read such text with
 * `safeParseVnNumber` of `hanhchinh/format`. {@link scoreValue} returns the
 * `Decimal` or throws.
 *
 * @example
 * ```ts
 * import { safeScoreValue } from 'hanhchinh/rankings'
 * safeScoreValue('84.79') //=> { ok: true, value: '84.79' }
 * safeScoreValue('84,79') //=> { ok: false, code: 'not-decimal', reason: { vi: 'cần một số thập phân viết bằng dấu chấm, ví dụ "84.79" (số viết kiểu Việt Nam đọc bằng safeParseVnNumber của hanhchinh/format)' } }
 * safeScoreValue(Number.NaN) //=> { ok: false, code: 'not-finite' }
 * safeScoreValue(null) //=> { ok: false, code: 'wrong-type' }
 * ```
 */
export function safeScoreValue(score: unknown): ParseSuccess<Decimal> | ScoreFailure {
  if (typeof score === 'string') {
    if (score.length > MAX_DECIMAL_TEXT) {
      return scoreFailure(
        `chuỗi dài ${score.length} ký tự: một điểm số dài tối đa ${MAX_DECIMAL_TEXT} ký tự`,
        `the text has ${score.length} characters: a score is at most ${MAX_DECIMAL_TEXT}`,
        'out-of-range',
      )
    }
    const t = score.trim()
    if (!DECIMAL_STRING.test(t)) {
      return scoreFailure(
        'cần một số thập phân viết bằng dấu chấm, ví dụ "84.79" (số viết kiểu Việt Nam đọc bằng safeParseVnNumber của hanhchinh/format)',
        'expected a decimal number with a point, e.g. "84.79" (read Vietnamese-formatted text with safeParseVnNumber of hanhchinh/format)',
        'not-decimal',
      )
    }
    return bounded(t)
  }
  if (typeof score === 'number') {
    if (!Number.isFinite(score)) return scoreFailure('cần một số hữu hạn', 'expected a finite number', 'not-finite')
    return accept(new Decimal(score))
  }
  if (DecimalJs.isDecimal(score) && typeof (score as Decimal).isFinite === 'function') {
    if (!(score as Decimal).isFinite()) return scoreFailure('cần một số hữu hạn', 'expected a finite number', 'not-finite')
    return bounded(score as Decimal)
  }
  return scoreFailure(
    `cần một số, một chuỗi số thập phân hoặc một Decimal, nhận được ${describeValue(score)}`,
    `expected a number, a decimal string or a Decimal, received ${describeValue(score)}`,
    'wrong-type',
  )
}

// Through core toDecimal, whose exponent bound keeps every later figure writable.
function bounded(value: string | Decimal): ParseSuccess<Decimal> | ScoreFailure {
  try {
    return accept(toDecimal(value, 'score'))
  } catch {
    return scoreFailure(
      `điểm số quá lớn hoặc quá nhỏ: số mũ thập phân phải trong khoảng ±${MAX_DECIMAL_EXPONENT}`,
      `the score is too large or too small: its decimal exponent must lie within ±${MAX_DECIMAL_EXPONENT}`,
      'out-of-range',
    )
  }
}

/**
 * Read a score as an exact `Decimal` (see {@link safeScoreValue}), or
 * throw: a `RangeError` for a string that is not a plain decimal number
 * with a point or a number that is not finite, a `TypeError` for any other
 * type. The message names the argument (`score` unless told) and the value.
 *
 * @param score - a number, a decimal string with a point, or a `Decimal`
 * @param argument - the name to use in the error message
 *
 * @example
 * ```ts
 * import { scoreValue } from 'hanhchinh/rankings'
 * scoreValue(84.79).equals(scoreValue('84.790')) //=> true
 * scoreValue(' 90.10 ') //=> '90.1'
 * scoreValue('84,79') //=> throws RangeError: Invalid score: "84,79" (expected a decimal number with a point
 * scoreValue(Number.POSITIVE_INFINITY) //=> throws RangeError: Invalid score: Infinity (expected a finite number)
 * scoreValue('1e9000000000000000') //=> throws RangeError: decimal exponent must lie within ±1000
 * ```
 */
export function scoreValue(score: ScoreInput, argument = 'score'): Decimal {
  if (typeof argument !== 'string') throw wrongType('argument', argument, 'the name of the argument')
  const r = safeScoreValue(score)
  if (r.ok) return r.value
  // a number or Decimal that is not finite (or out of range) has a bad value, not a bad type
  if (r.code === 'not-finite' || r.code === 'out-of-range') {
    throw Object.assign(new RangeError(`Invalid ${argument}: ${describeValue(score)} (${r.reason.en})`), { code: r.code })
  }
  return parseOrThrow(r, argument, score)
}

/** A double that is neither subnormal nor overflowing, so 15 significant digits map one-to-one. */
function isSafeDouble(x: number, zero: boolean): boolean {
  const a = Math.abs(x)
  return zero ? a === 0 : a >= 1e-300 && a <= 1e300
}

/**
 * For a valid decimal string of at most 15 significant digits, its double:
 * such strings are equal exactly when their doubles are, so they can be
 * ranked without Decimal. `undefined` when the string needs exact handling
 * (or is invalid: scoreValue then reports it).
 */
function shortDecimalKey(score: string): number | undefined {
  // fast scan of the plain form [+-]digits[.digits] (no exponent, no spaces);
  // anything else takes the exact path through scoreValue
  const len = score.length
  let i = 0
  let c = score.charCodeAt(0)
  if (c === 43 || c === 45) i++
  let significant = 0
  let digits = 0
  let dot = false
  for (; i < len; i++) {
    c = score.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      digits++
      if (significant > 0 || c !== 48) significant++
    } else if (c === 46 && !dot) dot = true
    else return undefined
  }
  if (digits === 0 || significant > 15) return undefined
  const x = Number(score)
  return isSafeDouble(x, significant === 0) ? x : undefined
}

class Ranked<E extends RankEntry> implements RankedEntry<E> {
  readonly id: E['id']
  readonly score: NonNullable<E['score']>
  readonly rank: number
  readonly of: number
  readonly #index: number
  readonly #entry: E
  #value: Decimal | undefined
  constructor(entry: E, index: number, rankValue: number, of: number, value: Decimal | undefined) {
    this.id = entry.id
    this.score = entry.score as NonNullable<E['score']>
    this.rank = rankValue
    this.of = of
    this.#index = index
    this.#entry = entry
    this.#value = value
  }
  get index(): number {
    return this.#index
  }
  get entry(): E {
    return this.#entry
  }
  get value(): Decimal {
    this.#value ??= scoreValue(this.score as ScoreInput)
    return this.#value
  }
  toJSON(): { id: E['id']; score: NonNullable<E['score']>; rank: number; of: number } {
    return { id: this.id, score: this.score, rank: this.rank, of: this.of }
  }
}

/**
 * Rank units by score and list those whose score is missing. Ranking is
 * exact (Decimal comparison), stable (equal scores keep input order) and
 * never mutates its input. `ranked` is sorted best first.
 *
 * @throws RangeError for a duplicate id, an invalid score, an unknown option
 *   value, or a missing score under `missing: 'throw'`.
 *
 * @example
 * ```ts
 * import { rankDetailed } from 'hanhchinh/rankings'
 * // PAPI 2023: Quảng Ninh and Bình Dương had no results
 * const r = rankDetailed([
 *   { id: 'hue', score: '47.8763' },
 *   { id: 'quang-ninh', score: null },
 *   { id: 'ba-ria-vung-tau', score: '45.7875' },
 * ])
 * r.ranked.map((x) => `${x.id} ${x.rank}/${x.of}`) //=> ['hue 1/2', 'ba-ria-vung-tau 2/2']
 * r.notRanked //=> [{ id: 'quang-ninh', reason: 'missing-score' }]
 * ```
 */
export function rankDetailed<E extends RankEntry>(entries: Iterable<E>, options?: RankOptions): RankResult<E> {
  return rankWith(entries, options, 'rankDetailed')
}

const RANK_OPTION_NAMES: OptionNames<RankOptions> = { ties: true, order: true, missing: true }

function rankWith<E extends RankEntry>(entries: Iterable<E>, options: RankOptions | undefined, where: string): RankResult<E> {
  const o = readOptions(options, RANK_OPTION_NAMES, where)
  const ties = readChoice(o.ties, TIE_METHODS, 'ordinal', 'options.ties')
  const direction = readChoice(o.order, ['higher-is-better', 'lower-is-better'], 'higher-is-better', 'options.order')
  const missing = readChoice(o.missing, ['exclude', 'throw'], 'exclude', 'options.missing')
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) {
    throw wrongType('entries', entries, 'an array of { id, score }')
  }

  const list = Array.isArray(entries) ? (entries as E[]) : Array.from(entries)
  const total = list.length
  const seen = new Set<string>()
  // hot path: a float key per entry decides every comparison where the keys
  // differ (conversion to a double is monotone, so distinct doubles are in the
  // same order as the exact decimals); equal doubles fall back to exact Decimal
  // comparison, except when both scores were numbers (then they are equal).
  const keys = new Float64Array(total)
  const exactNeeded = new Uint8Array(total)
  const exact: Array<Decimal | undefined> = []
  const order: number[] = []
  const notRanked: Array<NotRankedEntry<E>> = []
  const sign = direction === 'higher-is-better' ? -1 : 1
  for (let index = 0; index < total; index++) {
    const e = list[index]!
    if (e === null || typeof e !== 'object') throw wrongType(`entries[${index}]`, e, 'an object { id, score }')
    const id = e.id
    if (typeof id !== 'string' || id === '') throw wrongType(`entries[${index}].id`, id, 'a non-empty string')
    if (seen.has(id)) throw invalidArgument(`entries[${index}].id`, id, 'ids to be unique')
    seen.add(id)
    const score = e.score
    if (typeof score === 'number') {
      if (Number.isNaN(score)) {
        if (missing === 'throw') throw invalidArgument(`entries[${index}].score`, score, 'a score (options.missing is "throw")')
        notRanked.push({ id, index, reason: 'missing-score', entry: e })
        continue
      }
      if (!Number.isFinite(score)) throw invalidArgument(`entries[${index}].score`, score, 'a finite number')
      keys[index] = sign * score
    } else if (isMissingScore(score)) {
      if (missing === 'throw') throw invalidArgument(`entries[${index}].score`, score, 'a score (options.missing is "throw")')
      notRanked.push({ id, index, reason: 'missing-score', entry: e })
      continue
    } else {
      const fast = typeof score === 'string' ? shortDecimalKey(score) : undefined
      if (fast !== undefined) {
        keys[index] = sign * fast
      } else {
        const d = scoreValue(score as ScoreInput, `entries[${index}].score`)
        exact[index] = d
        keys[index] = sign * d.toNumber()
        if (!(d.sd() <= 15 && isSafeDouble(keys[index]!, d.isZero()))) exactNeeded[index] = 1
      }
    }
    order.push(index)
  }
  const exactOf = (i: number): Decimal => {
    let d = exact[i]
    if (d === undefined) {
      d = scoreValue(list[i]!.score as ScoreInput)
      exact[i] = d
    }
    return d
  }
  const compareExact = (a: number, b: number): number =>
    exactNeeded[a] === 0 && exactNeeded[b] === 0 ? 0 : sign * exactOf(a).comparedTo(exactOf(b))
  order.sort((a, b) => keys[a]! - keys[b]! || compareExact(a, b) || a - b)

  const n = order.length
  const ranked: Array<RankedEntry<E>> = new Array(n)
  let start = 0
  let dense = 0
  while (start < n) {
    let end = start
    const first = order[start]!
    while (end + 1 < n && keys[order[end + 1]!] === keys[first] && compareExact(order[end + 1]!, first) === 0) end++
    dense++
    for (let i = start; i <= end; i++) {
      const index = order[i]!
      const e = list[index]!
      const r =
        ties === 'ordinal' ? i + 1
        : ties === 'competition' ? start + 1
        : ties === 'dense' ? dense
        : (start + end) / 2 + 1
      ranked[i] = new Ranked<E>(e, index, r, n, exact[index])
    }
    start = end + 1
  }
  return { ranked, notRanked, of: n, ties }
}

/**
 * The array returned by {@link rank}: the ranked units, best first, with
 * the units left out for a missing score in `notRanked` (a non-enumerable
 * property, so the array still compares and serialises as a plain array).
 *
 * @example
 * ```ts
 * import { rank, type RankedList } from 'hanhchinh/rankings'
 * const r: RankedList = rank([{ id: 'hue', score: '47.8763' }, { id: 'quang-ninh', score: null }])
 * r.map((x) => x.id) //=> ['hue']
 * r.notRanked //=> [{ id: 'quang-ninh', reason: 'missing-score' }]
 * ```
 */
export type RankedList<E extends RankEntry = RankEntry> = Array<RankedEntry<E>> & { readonly notRanked: Array<NotRankedEntry<E>> }

/**
 * Rank units by score: returns `{ id, score, rank, of }` for every unit with
 * a score, best first. Units with a missing score are left out and reported
 * in the array's `notRanked` (see {@link RankedList}, {@link rankDetailed}).
 * Default tie method `'ordinal'` (equal scores get distinct ranks in input
 * order, as PCI and the PAR INDEX publish); `'competition'` gives shared ranks.
 *
 * @example
 * ```ts
 * import { rank } from 'hanhchinh/rankings'
 * // PCI 2020: Đồng Nai 64.56 #20 and Hà Tĩnh 64.56 #21 (published order)
 * const rows = [
 *   { id: 'dong-nai', score: '64.56' },
 *   { id: 'ha-tinh', score: 64.56 },
 *   { id: 'khanh-hoa', score: '63.98' },
 * ]
 * rank(rows).map((r) => r.rank) //=> [1, 2, 3]
 * rank(rows, { ties: 'competition' }).map((r) => r.rank) //=> [1, 1, 3]
 * rank(rows, { ties: 'dense' }).map((r) => r.rank) //=> [1, 1, 2]
 * rank(rows, { ties: 'fractional' }).map((r) => r.rank) //=> [1.5, 1.5, 3]
 * rank([{ id: 'x', score: 'n/a' }]) //=> throws RangeError: entries[0].score
 * rank(rows, { tie: 'dense' } as never) //=> throws RangeError: Unknown option "tie" of rank (did you mean "ties"?
 * ```
 */
export function rank<E extends RankEntry>(entries: Iterable<E>, options?: RankOptions): RankedList<E> {
  const r = rankWith(entries, options, 'rank')
  return Object.defineProperty(r.ranked, 'notRanked', { value: r.notRanked, enumerable: false }) as RankedList<E>
}
