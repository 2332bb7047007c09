import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate, isoDate, daysInMonth, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { formatVnNumber } from '../format/number.js'
import { administrativeDocumentTypes, legalNormativeDocumentTypes } from './catalogue.js'
import { accentInsensitiveKey, normalizeVietnamese } from '../format/text.js'
import { safeParseDocumentNumber } from './parse-document-number.js'
import type { RegisterDirection } from './schema.js'

/**
 * What {@link documentStatistics} reads of a document: its date, and its
 * type — `documentType` (an id of the catalogue, or a Vietnamese type name or
 * abbreviation as a register export writes it: `'Quyết định'`, `'QĐ'`,
 * `'Công văn'`; anything else is a `RangeError`) or else the type read from
 * `documentNumber`; `legalNormative` marks a legal normative document whose
 * number does not say so. `direction` (`'incoming'` or `'outgoing'`)
 * defaults to the option.
 *
 * @example
 * ```ts
 * import type { StatisticsDocument } from 'hanhchinh/documents'
 * const d: StatisticsDocument = { date: '2021-12-20', documentNumber: '3162/QĐ-UBND', direction: 'outgoing' }
 * d.direction //=> 'outgoing'
 * ```
 */
export interface StatisticsDocument {
  date: string
  documentNumber?: string | undefined
  documentType?: string | undefined
  legalNormative?: boolean | undefined
  direction?: RegisterDirection | undefined
}

/**
 * The period counted: `{ from, to }` (inclusive ISO dates), or a year,
 * optionally with a quarter (1–4) or a month (1–12).
 *
 * @example
 * ```ts
 * import type { StatisticsPeriod } from 'hanhchinh/documents'
 * const q4: StatisticsPeriod = { year: 2021, quarter: 4 }
 * q4.year //=> 2021
 * ```
 */
export type StatisticsPeriod =
  | { from: string; to: string }
  | { year: number; quarter?: number | undefined; month?: number | undefined }

/**
 * One line of {@link DocumentStatistics}: a type and its counts.
 *
 * @example
 * ```ts
 * import { documentStatistics, type TypeCount } from 'hanhchinh/documents'
 * const [line]: TypeCount[] = documentStatistics([{ date: '2024-03-01', documentNumber: '02/KH-VPUB' }], { period: { year: 2024 } }).byType
 * line //=> { type: 'ke-hoach', legalNormative: false, total: 1 }
 * ```
 */
export interface TypeCount {
  /** Type id (`'quyet-dinh'`, `'quyet-dinh-ubnd'`), `'van-ban-qppl-khac'` or `'khac'` when unknown. */
  type: string
  legalNormative: boolean
  /** Lower-case plural for sentences: `{ vi: 'quyết định', en: 'decisions' }`. */
  label: Label
  incoming: number
  outgoing: number
  total: number
}

/**
 * The result of {@link documentStatistics}.
 *
 * @example
 * ```ts
 * import { documentStatistics, type DocumentStatistics } from 'hanhchinh/documents'
 * const s: DocumentStatistics = documentStatistics([], { period: { year: 2024 } })
 * s.total //=> 0
 * ```
 */
export interface DocumentStatistics {
  period: { from: IsoDate; to: IsoDate }
  total: number
  incoming: number
  outgoing: number
  /** Legal normative documents first (catalogue order), then administrative ones (Art 7 order); only types with documents. */
  byType: TypeCount[]
  /** Documents outside the period (not counted). */
  outsidePeriod: number
  /** The counts as offices publish them: "32 quyết định quy phạm pháp luật, 12 chỉ thị, 3.062 quyết định, 238 kế hoạch". */
  sentence: Label
}

const OTHER_IDS = ['van-ban-qppl-khac', 'khac'] as const
let typeNames: { exact: Map<string, string>; folded: Map<string, string> } | undefined

// Type ids, Vietnamese names and abbreviations → type id. Built on first use.
function typeTable(): { exact: Map<string, string>; folded: Map<string, string> } {
  if (typeNames !== undefined) return typeNames
  const exact = new Map<string, string>()
  const folded = new Map<string, string>()
  const admin = administrativeDocumentTypes()
  const legal = legalNormativeDocumentTypes()
  for (const t of [...admin, ...legal]) exact.set(t.id, t.id)
  for (const id of OTHER_IDS) exact.set(id, id)
  // administrative first: "Quyết định", "QĐ" name the individual decision; legal flags refine it
  for (const t of [...admin, ...legal]) {
    if (t.abbreviation !== undefined && !exact.has(t.abbreviation)) exact.set(t.abbreviation, t.id)
    for (const name of [t.label.vi, t.plural.vi, t.label.vi.replace(/\s*\(.*\)$/, '')]) {
      const k = accentInsensitiveKey(name)
      if (!folded.has(k)) folded.set(k, t.id)
    }
  }
  typeNames = { exact, folded }
  return typeNames
}

/** The type id named by `documentType`: an id, a Vietnamese name ("Quyết định", "Công văn") or an abbreviation ("QĐ"). */
function resolveType(value: unknown, where: string): string {
  if (typeof value !== 'string') throw wrongType(where, value, 'a type id or name (string)')
  const t = typeTable()
  const name = normalizeVietnamese(value)
  const id = t.exact.get(name) ?? t.folded.get(accentInsensitiveKey(name))
  if (id === undefined) {
    throw invalidArgument(where, value, "a type id of administrativeDocumentTypes() or legalNormativeDocumentTypes() ('quyet-dinh', 'cong-van', 'nghi-dinh' ...), its Vietnamese name ('Quyết định') or abbreviation ('QĐ'), or 'khac'")
  }
  return id
}

/**
 * Options of {@link documentStatistics} and {@link documentStatisticsAsync}.
 *
 * @example
 * ```ts
 * import { documentStatistics, type DocumentStatisticsOptions } from 'hanhchinh/documents'
 * const options: DocumentStatisticsOptions = { period: { year: 2024, month: 1 }, direction: 'incoming' }
 * documentStatistics([{ date: '2024-01-02', documentNumber: '3162/QĐ-UBND' }], options).incoming //=> 1
 * ```
 */
export interface DocumentStatisticsOptions {
  /** The period counted: `{ from, to }` (ISO dates) or `{ year, quarter?, month? }`. */
  period: StatisticsPeriod
  /** The direction of documents that do not carry their own `direction` (default `'outgoing'`). */
  direction?: RegisterDirection | undefined
  /** Type ids to list first, in the order the office publishes them. */
  order?: readonly string[] | undefined
}

const STATISTICS_OPTIONS: OptionNames<DocumentStatisticsOptions> = { period: true, direction: true, order: true }
const MERGE_OPTIONS: OptionNames<{ order?: readonly string[] | undefined }> = { order: true }

function resolvePeriod(period: StatisticsPeriod): { from: IsoDate; to: IsoDate } {
  if (period === null || typeof period !== 'object') throw wrongType('options.period', period, '{ from, to } or { year, quarter?, month? }')
  if ('from' in period) {
    if (!isIsoDate(period.from)) throw invalidArgument('options.period.from', period.from, 'an ISO date YYYY-MM-DD')
    if (!isIsoDate(period.to)) throw invalidArgument('options.period.to', period.to, 'an ISO date YYYY-MM-DD')
    if (period.from > period.to) throw invalidArgument('options.period', period, 'from ≤ to')
    return { from: period.from, to: period.to }
  }
  const { year, quarter, month } = period
  if (!Number.isSafeInteger(year) || year < 1900 || year > 2199) throw invalidArgument('options.period.year', year, 'a year 1900–2199')
  if (quarter !== undefined && month !== undefined) throw invalidArgument('options.period', period, 'a quarter or a month, not both')
  if (quarter !== undefined) {
    if (!Number.isSafeInteger(quarter) || quarter < 1 || quarter > 4) throw invalidArgument('options.period.quarter', quarter, '1–4')
    const last = quarter * 3
    return { from: isoDate(year, last - 2, 1), to: isoDate(year, last, daysInMonth(year, last)) }
  }
  if (month !== undefined) {
    if (!Number.isSafeInteger(month) || month < 1 || month > 12) throw invalidArgument('options.period.month', month, '1–12')
    return { from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)) }
  }
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) }
}

/**
 * Count documents by type and direction over a period, in the shape
 * offices publish in their reports: "32 quyết định quy phạm pháp luật, 12
 * chỉ thị, 3.062 quyết định, 238 kế hoạch ...". Legal normative documents
 * are counted apart from administrative ones of the same name (a decision
 * `…/2021/QĐ-UBND` is a "quyết định quy phạm pháp luật", `3162/QĐ-UBND` a
 * "quyết định"), following the two systems of Decree 30/2020/NĐ-CP Art 7 and
 * Law 64/2025/QH15 Art 4. A single pass over any iterable.
 *
 * Unknown values are errors, not a separate line: a `documentType` that is
 * not a type id, name or abbreviation, a `direction` other than
 * `'incoming'`/`'outgoing'`, a non-string `documentNumber` throw a
 * `RangeError`/`TypeError` naming `documents[i].<field>`. For an async source
 * use {@link documentStatisticsAsync}.
 *
 * Order: legal normative types first (catalogue order), then administrative
 * ones (Art 7 order); `order` lists type ids to put first, in the order the
 * office publishes them. Partial results merge with
 * {@link mergeDocumentStatistics}.
 *
 * @example
 * ```ts
 * import { documentStatistics } from 'hanhchinh/documents'
 * const docs = [
 *   { date: '2021-12-20', documentNumber: '3162/QĐ-UBND' },
 *   { date: '2021-12-21', documentNumber: '45/2021/QĐ-UBND' },
 *   { date: '2021-12-22', documentNumber: '12/UBND-VX' },
 *   { date: '2021-12-22', documentNumber: '3163/QĐ-UBND' },
 *   { date: '2022-01-04', documentNumber: '01/QĐ-UBND' },
 * ]
 * const s = documentStatistics(docs, { period: { year: 2021, quarter: 4 }, direction: 'outgoing' })
 * s.sentence.vi //=> '1 quyết định quy phạm pháp luật, 2 quyết định, 1 công văn'
 * s.outsidePeriod //=> 1
 * s.byType[1] //=> { type: 'quyet-dinh', outgoing: 2, incoming: 0, total: 2 }
 * documentStatistics(docs, { period: { year: 2021 }, order: ['cong-van'] }).sentence.vi //=> '1 công văn, 1 quyết định quy phạm pháp luật, 2 quyết định'
 * ```
 */
export function documentStatistics(
  documents: Iterable<StatisticsDocument>,
  options: DocumentStatisticsOptions,
): DocumentStatistics {
  const acc = new StatisticsAccumulator(options, 'documentStatistics')
  if (documents === null || typeof documents !== 'object' || !(Symbol.iterator in documents)) throw wrongType('documents', documents, 'an iterable of documents')
  for (const d of documents) acc.add(d)
  return acc.result()
}

/**
 * {@link documentStatistics} over an async source — a stream of parsed
 * register rows, a database cursor — or a plain iterable: the same single
 * pass and the same result.
 *
 * @example
 * ```ts
 * import { documentStatisticsAsync } from 'hanhchinh/documents'
 * async function* rows() {
 *   yield { date: '2024-01-02', documentNumber: '3162/QĐ-UBND' }
 *   yield { date: '2024-01-03', documentNumber: '12/UBND-VX' }
 * }
 * const s = await documentStatisticsAsync(rows(), { period: { year: 2024 }, direction: 'incoming' })
 * s.sentence.vi //=> '1 quyết định, 1 công văn'
 * s.incoming //=> 2
 * ```
 */
export async function documentStatisticsAsync(
  documents: AsyncIterable<StatisticsDocument> | Iterable<StatisticsDocument>,
  options: DocumentStatisticsOptions,
): Promise<DocumentStatistics> {
  const acc = new StatisticsAccumulator(options, 'documentStatisticsAsync')
  if (documents !== null && typeof documents === 'object' && typeof (documents as AsyncIterable<StatisticsDocument>)[Symbol.asyncIterator] === 'function') {
    for await (const d of documents as AsyncIterable<StatisticsDocument>) acc.add(d)
  } else if (documents !== null && typeof documents === 'object' && Symbol.iterator in documents) {
    for (const d of documents as Iterable<StatisticsDocument>) acc.add(d)
  } else {
    throw wrongType('documents', documents, 'an iterable or async iterable of documents')
  }
  return acc.result()
}

const DIRECTIONS: ReadonlySet<unknown> = new Set(['incoming', 'outgoing'])

// The single-pass fold behind documentStatistics and documentStatisticsAsync: memory
// proportional to the number of types, not of documents.
class StatisticsAccumulator {
  private readonly period: { from: IsoDate; to: IsoDate }
  private readonly direction: RegisterDirection | undefined
  private readonly order: readonly string[] | undefined
  private readonly counts = new Map<string, { legalNormative: boolean; incoming: number; outgoing: number }>()
  private readonly legalIds = new Set<string>(legalNormativeDocumentTypes().map((t) => t.id))
  private outside = 0
  private index = 0

  constructor(given: DocumentStatisticsOptions, where: string) {
    if (given === undefined) throw wrongType('options', given, '{ period }')
    const options = readOptions(given, STATISTICS_OPTIONS, where)
    this.period = resolvePeriod(options.period as StatisticsPeriod)
    if (options.direction !== undefined && !DIRECTIONS.has(options.direction)) throw invalidArgument('options.direction', options.direction, "'incoming' or 'outgoing'")
    this.direction = options.direction
    checkOrder(options.order)
    this.order = options.order
  }

  add(d: StatisticsDocument): void {
    const where = `documents[${this.index}]`
    if (d === null || typeof d !== 'object') throw wrongType(where, d, 'a document')
    if (!isIsoDate(d.date)) throw invalidArgument(`${where}.date`, d.date, 'an ISO date YYYY-MM-DD')
    if (d.direction !== undefined && !DIRECTIONS.has(d.direction)) throw invalidArgument(`${where}.direction`, d.direction, "'incoming', 'outgoing' or undefined")
    if (d.documentNumber !== undefined && typeof d.documentNumber !== 'string') throw wrongType(`${where}.documentNumber`, d.documentNumber, 'a string or undefined')
    if (d.legalNormative !== undefined && typeof d.legalNormative !== 'boolean') throw wrongType(`${where}.legalNormative`, d.legalNormative, 'a boolean or undefined')
    let type: string | undefined = d.documentType === undefined ? undefined : resolveType(d.documentType, `${where}.documentType`)
    this.index++
    if (d.date < this.period.from || d.date > this.period.to) { this.outside++; return }
    const legalIds = this.legalIds
    let legal = d.legalNormative === true || type === 'van-ban-qppl-khac' || (type !== undefined && legalIds.has(type))
    if (type === undefined && d.documentNumber !== undefined) {
      const r = safeParseDocumentNumber(d.documentNumber)
      if (r.ok) {
        if (r.value.kind === 'legal-normative') legal = true
        type = r.value.type
      }
    }
    if (legal && type !== undefined && !legalIds.has(type)) {
      // an administrative type name given for a legal normative document
      type = type === 'quyet-dinh' ? 'quyet-dinh-ubnd' : type === 'nghi-quyet' ? 'nghi-quyet-hdnd' : type === 'chi-thi' ? 'chi-thi-qppl' : undefined
    }
    const key = type ?? (legal ? 'van-ban-qppl-khac' : 'khac')
    let c = this.counts.get(key)
    if (c === undefined) { c = { legalNormative: legal, incoming: 0, outgoing: 0 }; this.counts.set(key, c) }
    const direction = d.direction ?? this.direction ?? 'outgoing'
    if (direction === 'incoming') c.incoming++
    else c.outgoing++
  }

  result(): DocumentStatistics {
    return assemble(this.period, this.counts, this.outside, this.order)
  }
}


const OTHER_LEGAL: Label = { vi: 'văn bản quy phạm pháp luật khác', en: 'other legal normative documents' }
const OTHER: Label = { vi: 'văn bản khác', en: 'other documents' }

function assemble(
  period: { from: IsoDate; to: IsoDate },
  counts: Map<string, { legalNormative: boolean; incoming: number; outgoing: number }>,
  outside: number,
  order: readonly string[] | undefined,
): DocumentStatistics {
  const labels = new Map<string, Label>()
  for (const t of legalNormativeDocumentTypes()) labels.set(t.id, t.plural)
  labels.set('van-ban-qppl-khac', OTHER_LEGAL)
  for (const t of administrativeDocumentTypes()) labels.set(t.id, t.plural)
  labels.set('khac', OTHER)
  const ids = [...(order ?? []), ...labels.keys(), ...counts.keys()]
  const byType: TypeCount[] = []
  const seen = new Set<string>()
  let incoming = 0
  let outgoing = 0
  for (const id of ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const c = counts.get(id)
    if (c === undefined) continue
    incoming += c.incoming
    outgoing += c.outgoing
    byType.push({ type: id, legalNormative: c.legalNormative, label: labels.get(id) ?? { vi: id, en: id }, incoming: c.incoming, outgoing: c.outgoing, total: c.incoming + c.outgoing })
  }
  const sentence = {
    vi: byType.map((l) => `${formatVnNumber(l.total)} ${l.label.vi}`).join(', '),
    en: byType.map((l) => `${formatVnNumber(l.total, { decimalSeparator: '.' })} ${l.label.en}`).join(', '),
  }
  return { period, total: incoming + outgoing, incoming, outgoing, byType, outsidePeriod: outside, sentence }
}

/** `order`, when given: an array of type ids (strings), holes refused. */
function checkOrder(order: unknown): void {
  if (order === undefined) return
  if (!Array.isArray(order)) throw wrongType('options.order', order, 'an array of type ids')
  for (let i = 0; i < order.length; i++) {
    if (typeof order[i] !== 'string') throw wrongType(`options.order[${i}]`, order[i], 'a type id (string)')
  }
}

const isCount = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0

/** The shape {@link mergeDocumentStatistics} reads of a {@link DocumentStatistics}, checked field by field. */
function checkStatistics(value: unknown, where: string): asserts value is DocumentStatistics {
  if (value === null || typeof value !== 'object') throw wrongType(where, value, 'a result of documentStatistics')
  const s = value as Partial<Record<keyof DocumentStatistics, unknown>>
  const period = s.period as { from?: unknown; to?: unknown } | null | undefined
  if (period === null || typeof period !== 'object') throw wrongType(`${where}.period`, period, '{ from, to } (ISO dates)')
  if (!isIsoDate(period.from)) throw invalidArgument(`${where}.period.from`, period.from, 'an ISO date YYYY-MM-DD')
  if (!isIsoDate(period.to)) throw invalidArgument(`${where}.period.to`, period.to, 'an ISO date YYYY-MM-DD')
  if (!isCount(s.outsidePeriod)) throw invalidArgument(`${where}.outsidePeriod`, s.outsidePeriod, 'a count (non-negative integer)')
  if (!Array.isArray(s.byType)) throw wrongType(`${where}.byType`, s.byType, 'an array of type counts')
  for (let i = 0; i < s.byType.length; i++) {
    const l = s.byType[i] as Partial<Record<keyof TypeCount, unknown>> | null | undefined
    const at = `${where}.byType[${i}]`
    if (l === null || typeof l !== 'object') throw wrongType(at, l, 'a type count { type, legalNormative, incoming, outgoing }')
    if (typeof l.type !== 'string') throw wrongType(`${at}.type`, l.type, 'a type id (string)')
    if (typeof l.legalNormative !== 'boolean') throw wrongType(`${at}.legalNormative`, l.legalNormative, 'a boolean')
    if (!isCount(l.incoming)) throw invalidArgument(`${at}.incoming`, l.incoming, 'a count (non-negative integer)')
    if (!isCount(l.outgoing)) throw invalidArgument(`${at}.outgoing`, l.outgoing, 'a count (non-negative integer)')
  }
}

/**
 * Merge two {@link DocumentStatistics} of the same period computed over
 * different parts of the data (several registers, partitions processed
 * apart): counts add up, the order and sentence are rebuilt. Both
 * arguments are checked first: a field of the wrong shape is a `TypeError`
 * or `RangeError` naming it (`b.byType[2].incoming`).
 *
 * @example
 * ```ts
 * import { documentStatistics, mergeDocumentStatistics } from 'hanhchinh/documents'
 * const period = { year: 2024 }
 * const a = documentStatistics([{ date: '2024-03-01', documentNumber: '02/KH-VPUB' }], { period, direction: 'outgoing' })
 * const b = documentStatistics([{ date: '2024-03-02', documentNumber: '03/KH-VPUB' }, { date: '2024-03-02', documentNumber: '3162/QĐ-UBND' }], { period, direction: 'incoming' })
 * mergeDocumentStatistics(a, b).sentence.vi //=> '1 quyết định, 2 kế hoạch'
 * mergeDocumentStatistics(a, documentStatistics([], { period: { year: 2023 } })) //=> throws RangeError: same period
 * mergeDocumentStatistics(a, undefined as never) //=> throws TypeError: Invalid type for b: undefined
 * ```
 */
export function mergeDocumentStatistics(a: DocumentStatistics, b: DocumentStatistics, given?: { order?: readonly string[] | undefined }): DocumentStatistics {
  const options = readOptions(given, MERGE_OPTIONS, 'mergeDocumentStatistics')
  checkOrder(options.order)
  checkStatistics(a, 'a')
  checkStatistics(b, 'b')
  if (a.period.from !== b.period.from || a.period.to !== b.period.to) {
    throw invalidArgument('b.period', b.period, `the same period as a (${a.period.from}–${a.period.to})`)
  }
  const counts = new Map<string, { legalNormative: boolean; incoming: number; outgoing: number }>()
  const order: string[] = [...(options.order ?? [])]
  for (const s of [a, b]) {
    for (const l of s.byType) {
      const c = counts.get(l.type)
      if (c === undefined) { counts.set(l.type, { legalNormative: l.legalNormative, incoming: l.incoming, outgoing: l.outgoing }); order.push(l.type) }
      else { c.incoming += l.incoming; c.outgoing += l.outgoing }
    }
  }
  return assemble(a.period, counts, a.outsidePeriod + b.outsidePeriod, options.order === undefined ? undefined : order)
}
