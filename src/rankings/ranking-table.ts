// Rankings as tables of hanhchinh/tables. Only types come from compare.ts and
// province-at.ts (which read hanhchinh/units): a bundle with rankingTable does
// not carry the units data unless the caller named the rows with it.
import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import type { CellValue, Table, TableColumn } from '../tables/index.js'
import type { Baseline, PlaceInRanking, RankingComparison, UnitComparison } from './compare.js'
import type { ProvinceSuccessor } from './province-at.js'
import { scoreValue, type ScoreInput } from './rank.js'
import { isMissingScore } from './text.js'

/**
 * A row {@link rankingTable} reads: a ranked unit `{ id, rank, of?, score? }`
 * — an element of the output of {@link rank}, or a {@link RankingRow} — or
 * such a row named for its period by {@link withProvinceNames}
 * (`{ id, name, successor?, row }`). The name printed is, in this order, the
 * caller's `names[id]`, the period name of a named row, a string `name` of
 * the row or of the entry given to `rank`, and the id.
 *
 * @example
 * ```ts
 * import { rank, type RankingTableRow } from 'hanhchinh/rankings'
 * const rows: readonly RankingTableRow[] = rank([{ id: 'quang-ninh', score: '72.95', name: 'Quảng Ninh' }])
 * rows[0]?.id //=> 'quang-ninh'
 * ```
 */
export type RankingTableRow =
  | { readonly id: string; readonly rank: number; readonly of?: number | undefined; readonly score?: ScoreInput | null | undefined; readonly name?: string | undefined }
  | {
      readonly id: string
      readonly name: string
      readonly successor?: ProvinceSuccessor | undefined
      readonly row: { readonly id: string; readonly rank: number; readonly of?: number | undefined; readonly score?: ScoreInput | null | undefined }
    }

/**
 * Options of {@link rankingTable}.
 *
 * @example
 * ```ts
 * import type { RankingTableOptions } from 'hanhchinh/rankings'
 * const o: RankingTableOptions = { title: 'PCI 2022', names: { hue: 'Thừa Thiên Huế' }, language: 'vi' }
 * o.names?.hue //=> 'Thừa Thiên Huế'
 * ```
 */
export interface RankingTableOptions {
  /** The title. @defaultValue "Bảng xếp hạng (N đơn vị)" / "Ranking (N units)" */
  title?: Label | string | undefined
  /**
   * The result of {@link compareRankings} whose *current* ranking is these
   * rows: adds the previous rank, the change (`+19` bậc when the rankings
   * are comparable, the change of normalised position otherwise) and the
   * bilingual phrase. Rows are matched by id.
   */
  comparison?: RankingComparison | undefined
  /** A display name per id, overriding any other name. */
  names?: Readonly<Record<string, string>> | undefined
  /** Heading of the name column. @defaultValue `{ vi: 'Đơn vị', en: 'Unit' }` */
  nameLabel?: Label | undefined
  /** The language of the text cells (headings are always bilingual). @defaultValue `'vi'` */
  language?: 'vi' | 'en' | undefined
}

/**
 * Options of {@link comparisonTable}.
 *
 * @example
 * ```ts
 * import type { ComparisonTableOptions } from 'hanhchinh/rankings'
 * const o: ComparisonTableOptions = { language: 'en' }
 * o.language //=> 'en'
 * ```
 */
export interface ComparisonTableOptions {
  /** The title. @defaultValue "So sánh xếp hạng (N → M đơn vị)" / "Ranking comparison (N → M units)" */
  title?: Label | string | undefined
  /** A display name per id (of either ranking), overriding the names of the periods. */
  names?: Readonly<Record<string, string>> | undefined
  /** Heading of the name column. @defaultValue `{ vi: 'Đơn vị', en: 'Unit' }` */
  nameLabel?: Label | undefined
  /** The language of the text cells (headings are always bilingual). @defaultValue `'vi'` */
  language?: 'vi' | 'en' | undefined
}

const RANKING_OPTION_NAMES: OptionNames<RankingTableOptions> = { title: true, comparison: true, names: true, nameLabel: true, language: true }
const COMPARISON_OPTION_NAMES: OptionNames<ComparisonTableOptions> = { title: true, names: true, nameLabel: true, language: true }

/** Normalised positions are published to 4 decimals, half up (the library's choice). */
const POSITION_DECIMALS = 4

const col = (id: string, vi: string, en: string, type: TableColumn['type'], width?: number): TableColumn =>
  width === undefined ? { id, label: { vi, en }, type } : { id, label: { vi, en }, type, width }

const STATUS_LABELS: Readonly<Record<UnitComparison['status'], Label>> = {
  'same-unit': { vi: 'Giữ nguyên đơn vị', en: 'Same unit' },
  merged: { vi: 'Hợp nhất', en: 'Merged' },
  new: { vi: 'Đơn vị mới', en: 'New unit' },
}

const BASELINE_LABELS: Readonly<Record<Baseline['method'], Label>> = {
  'same-unit': { vi: 'cùng đơn vị', en: 'same unit' },
  'name-kept': { vi: 'đơn vị giữ tên', en: 'the predecessor whose name was kept' },
  'admin-centre': { vi: 'nơi đặt trung tâm hành chính - chính trị', en: 'the predecessor hosting the administrative centre' },
  best: { vi: 'đơn vị cũ có vị trí cao nhất', en: 'the best-placed predecessor' },
  worst: { vi: 'đơn vị cũ có vị trí thấp nhất', en: 'the worst-placed predecessor' },
  mean: { vi: 'trung bình các đơn vị cũ', en: 'the mean of the predecessors' },
}

interface Common {
  language: 'vi' | 'en'
  names: Readonly<Record<string, string>>
  nameLabel: Label
  title: Label | string | undefined
}

function readCommon(o: { title?: unknown; names?: unknown; nameLabel?: unknown; language?: unknown }): Common {
  const language = readChoice(o.language as 'vi' | 'en' | undefined, ['vi', 'en'], 'vi', 'options.language')
  const names = o.names ?? {}
  if (names === null || typeof names !== 'object') throw wrongType('options.names', names, 'an object of display names { id: name }')
  const title = o.title
  if (title !== undefined && typeof title !== 'string' && !isLabel(title)) throw invalidArgument('options.title', title, 'a label { vi, en } or a text')
  const nameLabel = o.nameLabel ?? { vi: 'Đơn vị', en: 'Unit' }
  if (!isLabel(nameLabel)) throw invalidArgument('options.nameLabel', nameLabel, 'a label { vi, en }')
  return { language, names: names as Record<string, string>, nameLabel, title: title as Label | string | undefined }
}

function isLabel(x: unknown): x is Label {
  return x !== null && typeof x === 'object' && typeof (x as Label).vi === 'string' && typeof (x as Label).en === 'string'
}

const own = (names: Readonly<Record<string, string>>, id: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(names, id) && typeof names[id] === 'string' ? names[id] : undefined

/** "Bắc Ninh (nhập toàn bộ, từ 01/07/2025)" — what a province became, in one cell. */
function successorText(s: ProvinceSuccessor | undefined, language: 'vi' | 'en'): string | null {
  if (s === undefined) return null
  return language === 'vi'
    ? `${s.name} (${s.changeLabel.vi}, từ ${formatVnDate(s.from)})`
    : `${s.name} (${s.changeLabel.en}, from ${s.from})`
}

const rounded = (d: Decimal): Decimal => d.toDecimalPlaces(POSITION_DECIMALS, Decimal.ROUND_HALF_UP)

function rankType(ranks: readonly number[]): 'integer' | 'decimal' {
  return ranks.every((r) => Number.isInteger(r)) ? 'integer' : 'decimal'
}

function readComparison(c: unknown, argument: string): RankingComparison {
  if (c === null || typeof c !== 'object' || !Array.isArray((c as RankingComparison).units) || typeof (c as RankingComparison).plain !== 'boolean') {
    throw wrongType(argument, c, 'the result of compareRankings')
  }
  return c as RankingComparison
}

/** The columns and cells of a unit's comparison, shared by both tables. */
function changeColumns(c: RankingComparison): TableColumn[] {
  const baselineRanks = c.units.flatMap((u) => (u.baseline?.rank === undefined ? [] : [u.baseline.rank]))
  const out = [col('previousRank', 'Hạng kỳ trước', 'Previous rank', rankType(baselineRanks))]
  out.push(c.plain ? col('rankChange', 'Tăng (+), giảm (−) bậc', 'Places up (+) or down (−)', rankType(c.units.map((u) => u.change?.change ?? 0)))
    : col('positionChange', 'Thay đổi vị trí chuẩn hóa', 'Change of normalised position', 'decimal'))
  if (c.units.some((u) => u.scoreChange !== undefined)) out.push(col('scoreChange', 'Thay đổi điểm', 'Score change', 'decimal'))
  out.push(col('phrase', 'So với kỳ trước', 'Versus the previous ranking', 'text', 48))
  return out
}

function changeCells(c: RankingComparison, u: UnitComparison, language: 'vi' | 'en'): Record<string, CellValue> {
  const cells: Record<string, CellValue> = { previousRank: u.baseline?.rank ?? null, phrase: u.phrase[language] }
  if (c.plain) cells.rankChange = u.change?.change ?? null
  else cells.positionChange = u.positionChange === undefined ? null : rounded(u.positionChange)
  if (u.scoreChange !== undefined) cells.scoreChange = u.scoreChange
  return cells
}

function comparisonNotes(c: RankingComparison, name: (id: string) => string): Label[] {
  const notes: Label[] = []
  if (!c.plain) {
    notes.push({
      vi: `${c.reason.vi}. Vị trí chuẩn hóa = (N − hạng) / (N − 1), 1 là cao nhất, làm tròn ${POSITION_DECIMALS} chữ số thập phân.`,
      en: `${c.reason.en}. Normalised position = (N − rank) / (N − 1), 1 = best, rounded half-up to ${POSITION_DECIMALS} decimals.`,
    })
  }
  if (c.units.some((u) => u.status === 'merged')) {
    notes.push(c.baseline === 'none'
      ? { vi: 'Đơn vị hợp nhất không được so sánh (không chọn mốc).', en: 'Merged units are not compared (no baseline chosen).' }
      : { vi: `Mốc so sánh của đơn vị hợp nhất: ${BASELINE_LABELS[c.baseline].vi}.`, en: `Baseline of merged units: ${BASELINE_LABELS[c.baseline].en}.` })
  }
  if (c.absorbed.length > 0) {
    const list = c.absorbed.map((a) => `${a.name ?? name(a.id)} → ${a.intoName ?? name(a.into)}`).join('; ')
    notes.push({ vi: `Đã nhập vào đơn vị mới: ${list}.`, en: `Now part of a new unit: ${list}.` })
  }
  if (c.goneUnits.length > 0) {
    const list = c.goneUnits.map((id) => name(id)).join(', ')
    notes.push({ vi: `Không có trong bảng xếp hạng sau: ${list}.`, en: `Not in the current ranking: ${list}.` })
  }
  return notes
}

/**
 * A ranking as a `Table` of `hanhchinh/tables`, ready for `toCsv`, `toHtml`
 * and `toXlsx`: one row per ranked unit, best first — the rank (an
 * `'integer'` column, `'decimal'` when fractional ties give 2.5), the name
 * in the period (see {@link RankingTableRow}), the score as an exact
 * `'decimal'` when any row has one, and, for rows named with
 * {@link withProvinceNames}, what each province became ("Bắc Ninh (nhập
 * toàn bộ, từ 01/07/2025)"). With `comparison` (the result of
 * {@link compareRankings} whose current ranking is these rows) it adds the
 * previous rank, the change — places up or down when the two rankings are
 * comparable, otherwise the change of normalised position rounded half-up
 * to 4 decimals, never a rank difference between x/63 and y/34 — the score
 * change when both have scores, and the bilingual phrase, with the reason
 * and the merged units as notes. Headings are bilingual; text cells are in
 * `language`. Nothing of `hanhchinh/units` is read here.
 *
 * @throws TypeError when `rows` is not an iterable of ranked rows or `comparison` not a result of compareRankings;
 * RangeError for an unknown option, a bad rank or score, or a row that `comparison` does not list
 *
 * @example
 * ```ts
 * import { compareRankings, rank, rankingTable, withProvinceNames } from 'hanhchinh/rankings'
 * import { toCsv } from 'hanhchinh/tables'
 * // PCI 2022 (VCCI): Quảng Ninh 72.95 (1st), Bắc Giang 72.80 (2nd), TT-Huế 69.36 (6th of 63)
 * const top = rank([{ id: 'quang-ninh', score: '72.95' }, { id: 'bac-giang', score: '72.80' }, { id: 'hue', score: '69.36' }])
 * const t = rankingTable(withProvinceNames(top, { asOf: '2022-12-31' }), { title: 'PCI 2022' })
 * t.rows.map((r) => [r.rank, r.name]) //=> [[1, 'Quảng Ninh'], [2, 'Bắc Giang'], [3, 'Thừa Thiên Huế']]
 * toCsv(t).split('\r\n')[0] //=> 'Hạng,Đơn vị,Điểm,Đơn vị sau sắp xếp'
 * toCsv(t).split('\r\n')[3] //=> '3,Thừa Thiên Huế,"69,36","Huế (chuyển loại hình, từ 01/01/2025)"'
 * // with the change since PCI 2021 (ranks 1, 31, 8 of 63)
 * const pci2022 = [{ id: 'quang-ninh', rank: 1, of: 63, score: '72.95' }, { id: 'bac-giang', rank: 2, of: 63, score: '72.80' }, { id: 'hue', rank: 6, of: 63, score: '69.36' }]
 * const c = compareRankings([{ id: 'quang-ninh', rank: 1, of: 63 }, { id: 'bac-giang', rank: 31, of: 63 }, { id: 'hue', rank: 8, of: 63 }], pci2022)
 * const withChange = rankingTable(pci2022, { comparison: c, names: { hue: 'Thừa Thiên Huế' } })
 * withChange.columns.map((x) => x.id) //=> ['rank', 'name', 'score', 'previousRank', 'rankChange', 'phrase']
 * withChange.rows[1] //=> { rank: 2, name: 'bac-giang', previousRank: 31, rankChange: 29, phrase: 'tăng 29 bậc' }
 * rankingTable(pci2022, { comparison: c, language: 'en' }).rows[2]?.phrase //=> 'up 2 places'
 * rankingTable(pci2022, { sort: 'name' } as never) //=> throws RangeError: Unknown option "sort" of rankingTable
 * ```
 */
export function rankingTable(rows: Iterable<RankingTableRow>, options?: RankingTableOptions): Table {
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) throw wrongType('rows', rows, 'an iterable of ranked rows { id, rank, score? }')
  const o = readOptions(options, RANKING_OPTION_NAMES, 'rankingTable')
  const { language, names, nameLabel, title } = readCommon(o)
  const comparison = o.comparison === undefined ? undefined : readComparison(o.comparison, 'options.comparison')
  const byId = new Map<string, UnitComparison>()
  for (const u of comparison?.units ?? []) byId.set(u.id, u)

  interface Read { rank: number; name: string; score: Decimal | null; successor: string | null; unit: UnitComparison | undefined }
  const list: Read[] = []
  let i = 0
  let of: number | undefined
  for (const r of rows) {
    const at = `rows[${i}]`
    if (r === null || typeof r !== 'object') throw wrongType(at, r, 'a ranked row { id, rank, score? }')
    const named = 'row' in r && r.row !== null && typeof r.row === 'object'
    const inner = (named ? r.row : r) as { id: unknown; rank: unknown; of?: unknown; score?: unknown; name?: unknown; entry?: unknown }
    const where = named ? `${at}.row` : at
    const id = named ? r.id : inner.id
    if (typeof id !== 'string' || id === '') throw wrongType(`${at}.id`, id, 'a non-empty string')
    if (typeof inner.rank !== 'number' || !Number.isFinite(inner.rank) || inner.rank < 1) throw invalidArgument(`${where}.rank`, inner.rank, 'a rank, a number from 1')
    if (inner.of !== undefined) {
      if (typeof inner.of !== 'number' || !Number.isInteger(inner.of) || inner.of < 1) throw invalidArgument(`${where}.of`, inner.of, 'a positive integer')
      of ??= inner.of
    }
    const score = isMissingScore(inner.score) ? null : scoreValue(inner.score as ScoreInput, `${where}.score`)
    const entryName = inner.entry !== null && typeof inner.entry === 'object' ? (inner.entry as { name?: unknown }).name : undefined
    const name = own(names, id)
      ?? (named ? (r as { name: string }).name : undefined)
      ?? (typeof inner.name === 'string' ? inner.name : undefined)
      ?? (typeof entryName === 'string' ? entryName : undefined)
      ?? id
    let unit: UnitComparison | undefined
    if (comparison) {
      const innerId = typeof inner.id === 'string' ? inner.id : id
      unit = byId.get(innerId) ?? byId.get(id)
      if (unit === undefined) throw invalidArgument(`${at}.id`, innerId, 'a unit of the current ranking of options.comparison')
    }
    list.push({ rank: inner.rank, name, score, successor: named ? successorText((r as { successor?: ProvinceSuccessor }).successor, language) : null, unit })
    i++
  }
  const n = of ?? list.length

  const columns: TableColumn[] = [col('rank', 'Hạng', 'Rank', rankType(list.map((r) => r.rank)), 8), { id: 'name', label: nameLabel, type: 'text', width: 24 }]
  if (list.some((r) => r.score !== null)) columns.push(col('score', 'Điểm', 'Score', 'decimal', 10))
  if (list.some((r) => r.successor !== null)) columns.push(col('successor', 'Đơn vị sau sắp xếp', 'Became', 'text', 36))
  if (comparison) columns.push(...changeColumns(comparison))
  const hasScore = columns.some((c) => c.id === 'score')
  const hasSuccessor = columns.some((c) => c.id === 'successor')

  const out = list.map((r) => {
    const row: Record<string, CellValue> = { rank: r.rank, name: r.name }
    if (hasScore) row.score = r.score
    if (hasSuccessor) row.successor = r.successor
    if (comparison && r.unit) Object.assign(row, changeCells(comparison, r.unit, language))
    return row
  })
  const notes: Label[] = [{ vi: `Xếp hạng trên ${n} đơn vị.`, en: `Ranked out of ${n} units.` }]
  if (comparison) {
    notes.push({ vi: `Kỳ trước xếp hạng trên ${comparison.previousOf} đơn vị.`, en: `The previous ranking was out of ${comparison.previousOf} units.` })
    notes.push(...comparisonNotes(comparison, (id) => own(names, id) ?? id))
  }
  return {
    title: title ?? { vi: `Bảng xếp hạng (${n} đơn vị)`, en: `Ranking (${n} units)` },
    columns,
    rows: out,
    notes,
  }
}

function placeText(p: PlaceInRanking | Baseline & { id?: string }, name: string): string {
  return p.rank === undefined ? name : `${name} (${p.rank}/${p.of})`
}

/**
 * The result of {@link compareRankings} as a `Table` of `hanhchinh/tables`:
 * one row per unit of the current ranking, best first — its rank and its
 * name in the current period, what it later became (when the comparison
 * was made with `currentAsOf` and a unit changed since), its status (same
 * unit, merged, new), for a merged unit its predecessors with their names
 * and ranks in the previous period, the baseline it is compared with
 * ("Bắc Giang (2/63)", and for merged units how it was chosen), the
 * previous rank, the change — places up or down when the rankings are
 * comparable (`plain`), otherwise the change of normalised position rounded
 * half-up to 4 decimals — the score change when both have scores, and the
 * bilingual phrase. Notes give the reason there is no plain rank
 * difference, the baseline method, the absorbed units and those with no
 * successor. Headings are bilingual; text cells are in `language`.
 *
 * @throws TypeError when `comparison` is not a result of compareRankings; RangeError for an unknown option
 *
 * @example
 * ```ts
 * import { compareRankings, comparisonTable } from 'hanhchinh/rankings'
 * // PCI 2022 ranks (Bắc Giang 2, TT-Huế 6, Bắc Ninh 7 of 63), illustrative 2025 ranks of 34
 * const c = compareRankings(
 *   [{ id: 'bac-giang', rank: 2, of: 63 }, { id: 'TT-Huế', rank: 6, of: 63 }, { id: 'bac-ninh', rank: 7, of: 63 }],
 *   [{ id: 'bac-ninh', rank: 2, of: 34 }, { id: 'hue', rank: 3, of: 34 }],
 *   { baseline: 'admin-centre', previousAsOf: '2022-12-31', currentAsOf: '2025-12-31' },
 * )
 * const t = comparisonTable(c)
 * t.columns.map((x) => x.id) //=> ['rank', 'name', 'status', 'predecessors', 'baseline', 'previousRank', 'positionChange', 'phrase']
 * t.rows[0] //=> { rank: 2, name: 'Bắc Ninh', status: 'Hợp nhất', predecessors: 'Bắc Giang (2/63), Bắc Ninh (7/63)', previousRank: 2 }
 * t.rows[0]?.baseline //=> 'Bắc Giang (2/63) — nơi đặt trung tâm hành chính - chính trị'
 * String(t.rows[0]?.positionChange) //=> '-0.0142'
 * t.rows[1] //=> { name: 'Huế', status: 'Giữ nguyên đơn vị', predecessors: null, baseline: 'Thừa Thiên Huế (6/63)' }
 * comparisonTable(c, { language: 'en' }).notes?.[0] //=> { en: 'Units were reorganised: compared by normalised position. Normalised position = (N − rank) / (N − 1), 1 = best, rounded half-up to 4 decimals.' }
 * comparisonTable({ units: [] } as never) //=> throws TypeError: comparison
 * ```
 */
export function comparisonTable(comparison: RankingComparison, options?: ComparisonTableOptions): Table {
  const c = readComparison(comparison, 'comparison')
  const o = readOptions(options, COMPARISON_OPTION_NAMES, 'comparisonTable')
  const { language, names, nameLabel, title } = readCommon(o)
  const nameOf = (p: { id: string; name?: string | undefined }): string => own(names, p.id) ?? p.name ?? p.id
  const hasSuccessor = c.units.some((u) => u.current.successor !== undefined)
  const hasMerged = c.units.some((u) => u.predecessors !== undefined)
  const columns: TableColumn[] = [
    col('rank', 'Hạng', 'Rank', rankType(c.units.map((u) => u.current.rank)), 8),
    { id: 'name', label: nameLabel, type: 'text', width: 24 },
  ]
  if (hasSuccessor) columns.push(col('successor', 'Đơn vị sau sắp xếp', 'Became', 'text', 36))
  columns.push(col('status', 'Tình trạng', 'Status', 'text', 18))
  if (hasMerged) columns.push(col('predecessors', 'Hợp nhất từ', 'Merged from', 'text', 36))
  columns.push(col('baseline', 'Mốc so sánh', 'Compared with', 'text', 36))
  columns.push(...changeColumns(c))

  const rows = c.units.map((u) => {
    const row: Record<string, CellValue> = { rank: u.current.rank, name: nameOf(u.current) }
    if (hasSuccessor) row.successor = successorText(u.current.successor, language)
    row.status = STATUS_LABELS[u.status][language]
    if (hasMerged) row.predecessors = u.predecessors === undefined ? null : u.predecessors.map((p) => placeText(p, nameOf(p))).join(', ')
    const b = u.baseline
    if (b === undefined) row.baseline = null
    else {
      const from = b.method === 'mean' ? b.from.map((id) => nameOf(u.predecessors?.find((p) => p.id === id) ?? { id })).join(', ') : own(names, b.from[0]!) ?? b.name ?? b.from[0]!
      const text = placeText(b, from)
      row.baseline = b.method === 'same-unit' ? text : `${text} — ${BASELINE_LABELS[b.method][language]}`
    }
    Object.assign(row, changeCells(c, u, language))
    return row
  })
  const notes: Label[] = [{
    vi: `Kỳ trước: ${c.previousOf} đơn vị; kỳ này: ${c.currentOf} đơn vị.`,
    en: `Previous ranking: ${c.previousOf} units; current ranking: ${c.currentOf} units.`,
  }]
  notes.unshift(...comparisonNotes(c, (id) => own(names, id) ?? id))
  return {
    title: title ?? { vi: `So sánh xếp hạng (${c.previousOf} → ${c.currentOf} đơn vị)`, en: `Ranking comparison (${c.previousOf} → ${c.currentOf} units)` },
    columns,
    rows,
    notes,
  }
}
