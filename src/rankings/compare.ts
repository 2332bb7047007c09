import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { rankChange, type Direction, type RankChange } from './change.js'
import { positionOf } from './position.js'
import { scoreValue, type ScoreInput } from './rank.js'
import type { RankingRow } from './schema.js'
import { provinceSuccession2025, type Succession, type SuccessionUnit } from './succession.js'
import { readAsOf, type AsOf } from '../core/as-of.js'
import { safeProvinceAt, type ProvinceSuccessor } from './province-at.js'
import { getRegistry } from './province-registry.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { formatDecimal, isMissingScore } from './text.js'

/**
 * Which figure stands for a merged unit's previous year (its baseline):
 * - `'none'` — no baseline: "đơn vị mới, không so sánh" (the default);
 * - `'name-kept'` — the predecessor whose name the unit kept;
 * - `'admin-centre'` — the predecessor hosting the admin centre;
 * - `'best'` / `'worst'` — the predecessor with the best / worst normalised position;
 * - `'mean'` — the mean of the predecessors' normalised positions (and of
 *   their scores when all have one), unweighted.
 *
 * @example
 * ```ts
 * import { MERGED_BASELINES, type MergedBaseline } from 'hanhchinh/rankings'
 * const b: MergedBaseline = 'admin-centre'
 * MERGED_BASELINES.includes(b) //=> true
 * ```
 */
export type MergedBaseline = 'none' | 'name-kept' | 'admin-centre' | 'best' | 'worst' | 'mean'

/**
 * The baseline methods of {@link MergedBaseline}, in documented order.
 *
 * @example
 * ```ts
 * import { MERGED_BASELINES } from 'hanhchinh/rankings'
 * MERGED_BASELINES //=> ['none', 'name-kept', 'admin-centre', 'best', 'worst', 'mean']
 * ```
 */
export const MERGED_BASELINES: readonly MergedBaseline[] = ['none', 'name-kept', 'admin-centre', 'best', 'worst', 'mean']

/**
 * Options of {@link compareRankings}.
 *
 * @example
 * ```ts
 * import type { CompareRankingsOptions } from 'hanhchinh/rankings'
 * const o: CompareRankingsOptions = { baseline: 'admin-centre', succession: 'auto' }
 * o.baseline //=> 'admin-centre'
 * ```
 */
export interface CompareRankingsOptions {
  /**
   * The reorganisation between the two rankings: a {@link Succession},
   * `'none'` (units are matched by id only) or `'auto'`: the 2025 provincial
   * succession ({@link provinceSuccession2025}) when every previous row names
   * a pre-2025 province, every current row a current one, some previous unit
   * no longer exists, and the current ranking is out of at most 34 units (a
   * ranking out of more, such as two PCI top-10 tables both out of 63, is
   * never read as post-merger); otherwise `'none'`. A plain object
   * `{ newId: [predecessor ids] }` is read as a succession without admin
   * centres (the name is kept when the new id is one of its predecessors).
   * @defaultValue `'auto'`
   */
  succession?: Succession | Readonly<Record<string, readonly string[]>> | 'auto' | 'none'
  /** Baseline of merged units. @defaultValue `'none'` */
  baseline?: MergedBaseline
  /** Unit of score changes (see {@link RankChangeOptions}). @defaultValue `'points'` */
  scoreUnit?: 'points' | 'percentage-points'
  /**
   * The moment of the previous ranking (an ISO date — the end of that day in
   * Vietnam time —, an ISO date-time with offset, or a `Date`; for an annual
   * index the last day of its year, `'2022-12-31'`). Every previous row that
   * names a province then gets the province's `name` of that moment and its
   * `successor` ({@link provinceAt}). Default: with the 2025 provincial
   * succession, the last day before it (30/06/2025); otherwise no names.
   */
  previousAsOf?: AsOf
  /**
   * The moment of the current ranking, as `previousAsOf`. Default: with the
   * 2025 provincial succession, its first day (01/07/2025); otherwise no names.
   */
  currentAsOf?: AsOf
}

/**
 * A place in one ranking with its normalised position
 * `(of − rank) / (of − 1)` (1 = best, 0 = worst).
 *
 * @example
 * ```ts
 * import { compareRankings } from 'hanhchinh/rankings'
 * const c = compareRankings([{ id: 'a', rank: 1 }, { id: 'b', rank: 2 }], [{ id: 'a', rank: 2 }, { id: 'b', rank: 1 }])
 * c.units[0]?.current //=> { id: 'b', rank: 1, of: 2 }
 * c.units[0]?.current.position //=> '1'
 * // provinces under the names of each period: PCI 2022 ranks (Bắc Giang 2, TT-Huế 6, Bắc Ninh 7 of 63),
 * // illustrative 2025 ranks of 34
 * const p = compareRankings(
 *   [{ id: 'bac-giang', rank: 2, of: 63 }, { id: 'TT-Huế', rank: 6, of: 63 }, { id: 'bac-ninh', rank: 7, of: 63 }],
 *   [{ id: 'bac-ninh', rank: 2, of: 34 }, { id: 'hue', rank: 3, of: 34 }],
 *   { previousAsOf: '2022-12-31', currentAsOf: '2025-12-31' },
 * )
 * p.units[1] //=> { id: 'hue', current: { name: 'Huế' }, baseline: { from: ['TT-Huế'], name: 'Thừa Thiên Huế', rank: 6 } }
 * p.units[0]?.predecessors?.map((x) => x.name) //=> ['Bắc Giang', 'Bắc Ninh']
 * p.units[0]?.predecessors?.[0]?.successor //=> { id: 'bac-ninh', name: 'Bắc Ninh', from: '2025-07-01', change: 'whole' }
 * p.absorbed //=> [{ id: 'bac-giang', into: 'bac-ninh', name: 'Bắc Giang', intoName: 'Bắc Ninh' }]
 * ```
 */
export interface PlaceInRanking {
  id: string
  rank: number
  of: number
  score?: ScoreInput
  position: Decimal
  /** The province's name in that ranking's period, when the row names a province and the period is known (see `previousAsOf`). */
  name?: string
  /** The unit the province became at its next merger or renaming after that period. */
  successor?: ProvinceSuccessor
}

/**
 * The previous-year figure a current unit is compared with: its own row
 * (`method: 'same-unit'`) or, for a merged unit, the baseline chosen.
 * `from` lists the predecessor ids it was taken from; `rank` and `of` are
 * absent for a `'mean'` baseline (a mean of positions is not a rank).
 *
 * @example
 * ```ts
 * import { compareRankings, provinceSuccession2025 } from 'hanhchinh/rankings'
 * const before = [{ id: 'thai-binh', rank: 28, of: 63 }, { id: 'hung-yen', rank: 40, of: 63 }]
 * const after = [{ id: 'hung-yen', rank: 10, of: 34 }]
 * const c = compareRankings(before, after, { succession: provinceSuccession2025(), baseline: 'best' })
 * c.units[0]?.baseline //=> { method: 'best', from: ['thai-binh'], rank: 28, of: 63 }
 * ```
 */
export interface Baseline {
  method: 'same-unit' | Exclude<MergedBaseline, 'none'>
  from: string[]
  rank?: number
  of?: number
  score?: Decimal
  position: Decimal
  /** The name, in the previous ranking's period, of the unit the figure was taken from (not for `'mean'`). */
  name?: string
}

/**
 * How a current unit compares with the previous ranking.
 * - `status`: `'same-unit'` (present in both, not reorganised), `'merged'`
 *   (formed from two or more predecessors), `'new'` (no predecessor in the
 *   previous ranking).
 * - `change`: the plain rank change (`'tăng 19 bậc'`), only when the two
 *   rankings have the same size and the same units.
 * - otherwise `positionChange` = current position − baseline position
 *   (positive = better), with `direction`.
 * - `phrase`: a bilingual summary.
 *
 * @example
 * ```ts
 * import { compareRankings } from 'hanhchinh/rankings'
 * // Thái Bình PCI 2021 → 2022: 47/63 → 28/63
 * const c = compareRankings([{ id: 'thai-binh', rank: 47, of: 63 }], [{ id: 'thai-binh', rank: 28, of: 63 }])
 * c.units[0] //=> { id: 'thai-binh', status: 'same-unit', direction: 'up', phrase: { vi: 'tăng 19 bậc' } }
 * ```
 */
export interface UnitComparison {
  id: string
  status: 'same-unit' | 'merged' | 'new'
  current: PlaceInRanking
  /** For a merged unit: the predecessors found in the previous ranking. */
  predecessors?: PlaceInRanking[]
  baseline?: Baseline
  change?: RankChange
  positionChange?: Decimal
  scoreChange?: Decimal
  direction?: Direction
  phrase: Label
}

/**
 * Result of {@link compareRankings}.
 * - `plain`: true when a plain rank difference is meaningful (same size,
 *   same units, no reorganisation); otherwise (`plain: false`) `reason`
 *   is always there and says why not, and units are compared by
 *   normalised position.
 * - `units`: one per current row, best first.
 * - `newUnits`: current units with no predecessor in the previous ranking;
 *   `goneUnits`: previous units with no successor in the current one;
 *   `absorbed`: previous units that are now part of a merged unit.
 *
 * @example
 * ```ts
 * import { compareRankings } from 'hanhchinh/rankings'
 * const c = compareRankings([{ id: 'a', rank: 1 }, { id: 'b', rank: 2 }], [{ id: 'a', rank: 1 }, { id: 'c', rank: 2 }])
 * c.plain //=> false
 * c.plain ? '' : c.reason.en //=> 'Different sets of units: compared by normalised position'
 * c.newUnits //=> ['c']
 * c.goneUnits //=> ['b']
 * ```
 */
export type RankingComparison = RankingComparisonFields & ({ plain: true; reason?: never } | { plain: false; reason: Label })

/**
 * The fields of a {@link RankingComparison} beside `plain` and `reason`.
 *
 * @example
 * ```ts
 * import { compareRankings, type RankingComparisonFields } from 'hanhchinh/rankings'
 * const f: RankingComparisonFields = compareRankings([{ id: 'a', rank: 1 }], [{ id: 'a', rank: 1 }])
 * f.previousOf //=> 1
 * ```
 */
export interface RankingComparisonFields {
  previousOf: number
  currentOf: number
  succession?: string
  baseline: MergedBaseline
  units: UnitComparison[]
  newUnits: string[]
  goneUnits: string[]
  /** Previous units now part of a merged unit, with their names (of each period) when known. */
  absorbed: Array<{ id: string; into: string; name?: string; intoName?: string }>
}

interface Row {
  id: string
  /** Position in the caller's array (for error messages). */
  index: number
  key: string
  rank: number
  of: number
  score?: ScoreInput
  position: Decimal
  name?: string
  successor?: ProvinceSuccessor
}

function readRows(rows: Iterable<RankingRow>, name: string): { rows: Row[]; of: number } {
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    throw wrongType(name, rows, 'an array of { id, rank, of?, score? }')
  }
  const list = Array.from(rows)
  let of: number | undefined
  list.forEach((r, i) => {
    if (r === null || typeof r !== 'object') throw wrongType(`${name}[${i}]`, r, 'an object { id, rank, of?, score? }')
    if (r.of !== undefined) {
      if (!Number.isInteger(r.of) || r.of < 1) throw invalidArgument(`${name}[${i}].of`, r.of, 'a positive integer')
      if (of !== undefined && of !== r.of) throw invalidArgument(`${name}[${i}].of`, r.of, `${of}, like the other rows of ${name}`)
      of = r.of
    }
  })
  const n = of ?? list.length
  if (n < list.length) throw invalidArgument(`${name}[0].of`, n, `at least the number of rows (${list.length})`)
  const seen = new Set<string>()
  const out = list.map((r, i): Row => {
    if (typeof r.id !== 'string' || r.id === '') throw wrongType(`${name}[${i}].id`, r.id, 'a non-empty string')
    if (seen.has(r.id)) throw invalidArgument(`${name}[${i}].id`, r.id, 'ids to be unique')
    seen.add(r.id)
    if (typeof r.rank !== 'number' || !Number.isFinite(r.rank) || r.rank < 1 || r.rank > n) {
      throw invalidArgument(`${name}[${i}].rank`, r.rank, `a number from 1 to ${n}`)
    }
    const row: Row = { id: r.id, index: i, key: r.id, rank: r.rank, of: n, position: positionOf(r.rank, n) }
    if (!isMissingScore(r.score)) {
      scoreValue(r.score, `${name}[${i}].score`)
      row.score = r.score
    }
    return row
  })
  out.sort((a, b) => a.rank - b.rank)
  return { rows: out, of: n }
}

function place(r: Row): PlaceInRanking {
  const p: PlaceInRanking = { id: r.id, rank: r.rank, of: r.of, position: r.position }
  if (r.score !== undefined) p.score = r.score
  if (r.name !== undefined) p.name = r.name
  if (r.successor !== undefined) p.successor = r.successor
  return p
}

function detectSuccession(prev: Row[], cur: Row[], currentOf: number): Succession | undefined {
  const s = provinceSuccession2025()
  // a ranking out of more units than exist after 1/7/2025 is a pre-2025 ranking
  if (currentOf > s.units.length) return undefined
  const canon = s.canonical!
  const before = prev.map((r) => canon(r.id, 'before'))
  const after = cur.map((r) => canon(r.id, 'after'))
  if (before.some((k) => k === undefined) || after.some((k) => k === undefined)) return undefined
  const currentIds = new Set(s.units.map((u) => u.id))
  return before.some((k) => !currentIds.has(k!)) ? s : undefined
}

const fmt = (d: Decimal, lang: 'vi' | 'en'): string => formatDecimal(d, lang, 2)

function positionPhrase(base: Baseline, cur: Row, diff: Decimal, fromName: string): Label {
  const from = base.rank !== undefined ? `${base.rank}/${base.of}` : undefined
  const dir = diff.isZero() ? 0 : diff.isPositive() ? 1 : -1
  const what =
    base.method === 'same-unit' ? { vi: '', en: '' }
    : base.method === 'mean' ? { vi: ` (trung bình ${base.from.length} đơn vị cũ)`, en: ` (mean of ${base.from.length} predecessors)` }
    : { vi: ` (theo ${fromName})`, en: ` (as ${fromName})` }
  const viDir = dir === 0 ? 'không đổi' : `${dir > 0 ? 'tăng' : 'giảm'} ${fmt(diff.abs(), 'vi')}`
  const enDir = dir === 0 ? 'unchanged' : `${dir > 0 ? 'up' : 'down'} ${fmt(diff.abs(), 'en')}`
  if (!from) {
    return {
      vi: `từ trung bình ${base.from.length} đơn vị cũ đến ${cur.rank}/${cur.of}: vị trí chuẩn hóa ${fmt(base.position, 'vi')} → ${fmt(cur.position, 'vi')}, ${viDir}`,
      en: `from the mean of ${base.from.length} predecessors to ${cur.rank}/${cur.of}: normalised position ${fmt(base.position, 'en')} → ${fmt(cur.position, 'en')}, ${enDir}`,
    }
  }
  return {
    vi: `${from ? `từ ${from}` : 'từ'}${what.vi} đến ${cur.rank}/${cur.of}: vị trí chuẩn hóa ${fmt(base.position, 'vi')} → ${fmt(cur.position, 'vi')}, ${viDir}`,
    en: `${from ? `from ${from}` : 'from'}${what.en} to ${cur.rank}/${cur.of}: normalised position ${fmt(base.position, 'en')} → ${fmt(cur.position, 'en')}, ${enDir}`,
  }
}

function chooseBaseline(method: MergedBaseline, unit: SuccessionUnit, preds: Row[]): Baseline | undefined {
  if (method === 'none' || preds.length === 0) return undefined
  const one = (r: Row | undefined, m: Baseline['method']): Baseline | undefined => {
    if (!r) return undefined
    const b: Baseline = { method: m, from: [r.id], rank: r.rank, of: r.of, position: r.position }
    if (r.score !== undefined) b.score = scoreValue(r.score)
    if (r.name !== undefined) b.name = r.name
    return b
  }
  switch (method) {
    case 'name-kept':
      return unit.nameKeptFrom === undefined ? undefined : one(preds.find((p) => p.key === unit.nameKeptFrom), 'name-kept')
    case 'admin-centre':
      return unit.adminCentreIn === undefined ? undefined : one(preds.find((p) => p.key === unit.adminCentreIn), 'admin-centre')
    case 'best':
      return one(preds.reduce((a, b) => (b.position.greaterThan(a.position) ? b : a)), 'best')
    case 'worst':
      return one(preds.reduce((a, b) => (b.position.lessThan(a.position) ? b : a)), 'worst')
    case 'mean': {
      const position = preds.reduce((s, p) => s.plus(p.position), new Decimal(0)).div(preds.length)
      const b: Baseline = { method: 'mean', from: preds.map((p) => p.id), position }
      if (preds.every((p) => p.score !== undefined)) {
        b.score = preds.reduce((s, p) => s.plus(scoreValue(p.score!)), new Decimal(0)).div(preds.length)
      }
      return b
    }
  }
}

function toSuccession(opt: unknown): Succession | 'auto' | 'none' {
  if (opt === 'auto' || opt === 'none') return opt
  if (opt !== null && typeof opt === 'object') {
    const o = opt as Partial<Succession>
    if (Array.isArray(o.units)) return opt as Succession
    const entries = Object.entries(opt)
    if (entries.every(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string'))) {
      return {
        id: 'custom',
        label: { vi: 'Sắp xếp đơn vị (do người dùng cung cấp)', en: 'Reorganisation (caller-supplied)' },
        basis: [],
        units: entries.map(([id, preds]) => ({
          id,
          predecessors: preds as string[],
          ...((preds as string[]).includes(id) ? { nameKeptFrom: id } : {}),
        })),
      }
    }
  }
  throw invalidArgument('options.succession', opt, "'auto', 'none', a Succession or { newId: [predecessor ids] }")
}

function nameRows(rows: Row[], date: string): void {
  for (const r of rows) {
    const p = safeProvinceAt(r.id, { asOf: date })
    if (!p.ok) continue
    r.name = p.value.name
    if (p.value.successor) r.successor = p.value.successor
  }
}

function absorption(p: Row, into: Row): { id: string; into: string; name?: string; intoName?: string } {
  const a: { id: string; into: string; name?: string; intoName?: string } = { id: p.id, into: into.id }
  if (p.name !== undefined) a.name = p.name
  if (into.name !== undefined) a.intoName = into.name
  return a
}

const COMPARE_OPTION_NAMES: OptionNames<CompareRankingsOptions> = {
  succession: true,
  baseline: true,
  scoreUnit: true,
  previousAsOf: true,
  currentAsOf: true,
}

/**
 * Compare two rankings of (nominally) the same units — e.g. the PAR INDEX of
 * two years. When both have the same size and the same units, every unit
 * gets its plain rank change (`'tăng 19 bậc'`, see {@link rankChange}).
 * When the sizes differ (63 vs 34, or 63 vs 61 when PAPI 2023 had no data for
 * two provinces) or units were reorganised, there is **no plain rank
 * difference**: each unit is compared by its normalised position
 * `(N − rank) / (N − 1)` (1 = best; {@link positionOf}), and a merged unit
 * against the baseline chosen with `options.baseline` (default `'none'`:
 * not compared). No official guidance on comparing x/63 with y/34 exists
 * (UNCONFIRMED); these are the library's documented choices.
 *
 * @throws RangeError for invalid rows (rank outside 1..of, duplicate id,
 *   inconsistent `of`) or options.
 *
 * @example
 * ```ts
 * import { compareRankings } from 'hanhchinh/rankings'
 * // 63 units in 2024, 34 units after the 2025 merger (illustrative ranks)
 * const y2024 = [
 *   { id: 'Quảng Ninh', rank: 1, of: 63 },
 *   { id: 'Bắc Giang', rank: 5, of: 63 },
 *   { id: 'Bắc Ninh', rank: 20, of: 63 },
 * ]
 * const y2025 = [
 *   { id: 'Quảng Ninh', rank: 1, of: 34 },
 *   { id: 'Bắc Ninh', rank: 4, of: 34 },
 * ]
 * const c = compareRankings(y2024, y2025, { baseline: 'admin-centre' })
 * c.plain //=> false
 * c.succession //=> 'provinces-2025'
 * c.units[0]?.change //=> undefined
 * c.units[1] //=> { id: 'Bắc Ninh', status: 'merged', baseline: { method: 'admin-centre', from: ['Bắc Giang'], rank: 5 } }
 * c.units[1]?.positionChange?.toFixed(4) //=> '-0.0264'
 * c.absorbed //=> [{ id: 'Bắc Giang', into: 'Bắc Ninh' }]
 * compareRankings(y2024, y2025).units[1]?.phrase.vi //=> 'đơn vị hợp nhất, không so sánh (xếp thứ 4/34)'
 * ```
 */
export function compareRankings(
  previous: Iterable<RankingRow>,
  current: Iterable<RankingRow>,
  options?: CompareRankingsOptions,
): RankingComparison {
  const o = readOptions(options, COMPARE_OPTION_NAMES, 'compareRankings')
  const method = readChoice(o.baseline, MERGED_BASELINES, 'none', 'options.baseline')
  const scoreUnit = readChoice(o.scoreUnit, ['points', 'percentage-points'], 'points', 'options.scoreUnit')
  const opt = toSuccession(o.succession ?? 'auto')
  // without a succession no unit is merged, so a baseline for merged units would be ignored
  refuseIgnoredOption(o, 'baseline', opt !== 'none' || method === 'none', "succession 'auto' or a Succession (with 'none' no unit is merged)", 'compareRankings')
  const prev = readRows(previous, 'previous')
  const cur = readRows(current, 'current')
  const succession = opt === 'auto' ? detectSuccession(prev.rows, cur.rows, cur.of) : opt === 'none' ? undefined : opt

  if (succession?.canonical) {
    for (const r of prev.rows) r.key = succession.canonical(r.id, 'before') ?? r.id
    for (const r of cur.rows) r.key = succession.canonical(r.id, 'after') ?? r.id
    // two rows naming one unit ('TT-Huế' and 'Huế') would silently overwrite each other
    for (const [name, side] of [['previous', prev.rows], ['current', cur.rows]] as const) {
      const byKey = new Map<string, Row>()
      for (const r of side) {
        const other = byKey.get(r.key)
        if (other) {
          const [a, b] = other.index < r.index ? [other, r] : [r, other]
          throw invalidArgument(`${name}[${b.index}].id`, b.id, `a different unit from ${name}[${a.index}].id "${a.id}" (both are ${r.key}): one row per unit`)
        }
        byKey.set(r.key, r)
      }
    }
  }
  // names of the period: rows naming a province get its name then and its successor
  const provincial = succession !== undefined && succession.id === 'provinces-2025' && succession === provinceSuccession2025()
  const prevDate = o.previousAsOf !== undefined ? readAsOf(o.previousAsOf, 'options.previousAsOf').date : provincial ? getRegistry().previousTo : undefined
  const curDate = o.currentAsOf !== undefined ? readAsOf(o.currentAsOf, 'options.currentAsOf').date : provincial ? getRegistry().currentFrom : undefined
  if (prevDate !== undefined) nameRows(prev.rows, prevDate)
  if (curDate !== undefined) nameRows(cur.rows, curDate)
  const prevByKey = new Map(prev.rows.map((r) => [r.key, r]))
  const unitOf = new Map<string, SuccessionUnit>()
  const successorOf = new Map<string, string>()
  if (succession) {
    for (const u of succession.units) {
      unitOf.set(u.id, u)
      for (const p of u.predecessors) successorOf.set(p, u.id)
    }
  }
  const curKeys = new Set(cur.rows.map((r) => r.key))
  const reorganised = cur.rows.some((r) => (unitOf.get(r.key)?.predecessors.length ?? 1) > 1) ||
    prev.rows.some((r) => successorOf.has(r.key) && successorOf.get(r.key) !== r.key && curKeys.has(successorOf.get(r.key)!))
  const sameSet = prev.rows.length === cur.rows.length && cur.rows.every((r) => prevByKey.has(r.key))
  const plain = !reorganised && prev.of === cur.of && sameSet

  const units: UnitComparison[] = []
  const usedPrev = new Set<string>()
  const absorbed: Array<{ id: string; into: string }> = []
  const newUnits: string[] = []
  for (const c of cur.rows) {
    const su = unitOf.get(c.key)
    const merged = su !== undefined && su.predecessors.length > 1
    const preds = merged
      ? su.predecessors.map((k) => prevByKey.get(k)).filter((r): r is Row => r !== undefined)
      : [prevByKey.get(su?.predecessors[0] ?? c.key)].filter((r): r is Row => r !== undefined)
    for (const p of preds) {
      usedPrev.add(p.key)
      if (merged && p.key !== c.key) absorbed.push(absorption(p, c))
    }
    const currentPlace = place(c)
    if (preds.length === 0) {
      newUnits.push(c.id)
      units.push({
        id: c.id,
        status: 'new',
        current: currentPlace,
        phrase: {
          vi: `đơn vị mới, không so sánh (xếp thứ ${c.rank}/${c.of})`,
          en: `new unit, not compared (ranked ${c.rank}/${c.of})`,
        },
      })
      continue
    }
    const u: UnitComparison = { id: c.id, status: merged ? 'merged' : 'same-unit', current: currentPlace, phrase: { vi: '', en: '' } }
    if (merged) u.predecessors = preds.map(place)
    const p0 = preds[0]!
    const baseline: Baseline | undefined = merged
      ? chooseBaseline(method, su, preds)
      : (() => {
          const b: Baseline = { method: 'same-unit', from: [p0.id], rank: p0.rank, of: p0.of, position: p0.position }
          if (p0.score !== undefined) b.score = scoreValue(p0.score)
          if (p0.name !== undefined) b.name = p0.name
          return b
        })()
    if (!baseline) {
      u.phrase =
        method === 'none'
          ? { vi: `đơn vị hợp nhất, không so sánh (xếp thứ ${c.rank}/${c.of})`, en: `merged unit, not compared (ranked ${c.rank}/${c.of})` }
          : {
              vi: `đơn vị hợp nhất, không có mốc "${method}" trong bảng trước (xếp thứ ${c.rank}/${c.of})`,
              en: `merged unit, no "${method}" baseline in the previous ranking (ranked ${c.rank}/${c.of})`,
            }
      units.push(u)
      continue
    }
    u.baseline = baseline
    if (baseline.score !== undefined && c.score !== undefined) u.scoreChange = scoreValue(c.score).minus(baseline.score)
    if (plain) {
      const ch = rankChange(
        { rank: p0.rank, of: p0.of, ...(p0.score !== undefined ? { score: p0.score } : {}) },
        { rank: c.rank, of: c.of, ...(c.score !== undefined ? { score: c.score } : {}) },
        { scoreUnit },
      )
      u.change = ch
      u.direction = ch.direction
      u.phrase = ch.phrase
    } else {
      const diff = c.position.minus(baseline.position)
      u.positionChange = diff
      u.direction = diff.isZero() ? 'same' : diff.isPositive() ? 'up' : 'down'
      const fromRow = preds.find((p) => p.id === baseline.from[0])
      const fromName = fromRow?.name ?? (fromRow && succession?.displayName?.(fromRow.key, 'before')) ?? baseline.from[0]!
      u.phrase = positionPhrase(baseline, c, diff, fromName)
    }
    units.push(u)
  }
  const goneUnits: string[] = []
  for (const p of prev.rows) {
    if (usedPrev.has(p.key)) continue
    const succ = successorOf.get(p.key)
    if (succ !== undefined && curKeys.has(succ)) {
      const into = cur.rows.find((r) => r.key === succ)!
      absorbed.push(absorption(p, into))
    } else goneUnits.push(p.id)
  }
  const fields: RankingComparisonFields = {
    previousOf: prev.of,
    currentOf: cur.of,
    baseline: method,
    units,
    newUnits,
    goneUnits,
    absorbed,
  }
  if (succession) fields.succession = succession.id
  if (plain) return { plain, ...fields }
  const reason: Label =
    reorganised ? { vi: 'Đơn vị đã được sắp xếp lại: so sánh theo vị trí chuẩn hóa', en: 'Units were reorganised: compared by normalised position' }
    : prev.of !== cur.of ? { vi: `Số đơn vị khác nhau (${prev.of} và ${cur.of}): so sánh theo vị trí chuẩn hóa`, en: `Different sizes (${prev.of} and ${cur.of}): compared by normalised position` }
    : { vi: 'Tập đơn vị khác nhau: so sánh theo vị trí chuẩn hóa', en: 'Different sets of units: compared by normalised position' }
  return { plain, ...fields, reason }
}
