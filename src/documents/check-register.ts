import { invalidArgument, wrongType } from '../core/errors.js'
import { addDays, isIsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import type { ValidationIssue } from '../core/validation-issue.js'
import { formatVnDate } from '../format/date.js'
import { documentRulesBasis } from './basis.js'
import { checkLineFields } from './line-fields.js'
import { safeParseDocumentNumber } from './parse-document-number.js'
import { localGovernmentLevelAt, LOCAL_GOVERNMENT_LEVEL_PERIODS } from './levels.js'
import type { IssuerLevel, Register, SecrecyLevel } from './schema.js'

/**
 * What {@link checkRegister} needs of an entry: the register number and date,
 * and what puts it in a separate series. A `RegisterEntry` fits.
 *
 * @example
 * ```ts
 * import type { RegisterLine } from 'hanhchinh/documents'
 * const line: RegisterLine = { number: 1, date: '2024-01-02', secrecy: 'mat' }
 * line.secrecy //=> 'mat'
 * ```
 */
export interface RegisterLine {
  number: number
  date: string
  secrecy?: SecrecyLevel | undefined
  copy?: boolean | undefined
  series?: string | undefined
  documentNumber?: string | undefined
  /** Date of the document itself; the level of its issuer is checked at this date (else at `date`). */
  documentDate?: string | undefined
  /** The level of the issuer: a `'district'` one after 30/06/2025 is flagged (`'level-not-in-force'`). */
  issuerLevel?: IssuerLevel | undefined
}

/**
 * The kind of number series an entry belongs to: the ordinary series, the
 * separate series of classified documents (Decree 30/2020/NĐ-CP Art 15(2)),
 * or the series of copies (Phụ lục I Phần II II.1(c)).
 *
 * @example
 * ```ts
 * import type { SeriesKind } from 'hanhchinh/documents'
 * const k: SeriesKind = 'copy'
 * k //=> 'copy'
 * ```
 */
export type SeriesKind = 'regular' | 'classified' | 'copy'

/**
 * The codes of the problems {@link checkRegister} finds (see
 * {@link RegisterIssue}).
 *
 * @example
 * ```ts
 * import type { RegisterIssueCode } from 'hanhchinh/documents'
 * const code: RegisterIssueCode = 'no-restart'
 * code //=> 'no-restart'
 * ```
 */
export type RegisterIssueCode = 'duplicate' | 'gap' | 'out-of-order' | 'no-restart' | 'level-not-in-force'

/**
 * The fields every {@link RegisterIssue} has on top of the library's one
 * issue shape (`ValidationIssue`: `code`, `path`, bilingual `message`,
 * `severity`): which series and year, and the legal basis of the rule
 * broken.
 *
 * @example
 * ```ts
 * import { checkRegister, type RegisterIssueBase } from 'hanhchinh/documents'
 * const base: RegisterIssueBase | undefined = checkRegister([{ number: 2, date: '2024-01-02' }]).issues[0]
 * base?.message.en //=> '2024: number 01 is missing from the series'
 * base?.path //=> ['entries', 0, 'number']
 * ```
 */
export interface RegisterIssueBase extends ValidationIssue<RegisterIssueCode> {
  /** `'regular'`, `'classified'` or `'copy'`. */
  seriesKind: SeriesKind
  /** The entry's own `series` key, if any. */
  series: string | undefined
  year: number
  basis: LegalBasis
}

/**
 * One problem found by {@link checkRegister}, in the library's one issue
 * shape (`{ code, path, message: { vi, en }, severity }`, numbering problems
 * with `severity: 'error'`) plus the details of its `code`:
 *
 * - `'duplicate'` — a number registered more than once in a series and year
 *   (Art 15(1): number and notation unique within the year; Art 22: số đến
 *   consecutive);
 * - `'gap'` — numbers `from`…`to` missing (Art 22; Art 15(1));
 * - `'out-of-order'` — a number whose date is earlier than that of a smaller
 *   number (numbers follow the order of issue or receipt);
 * - `'no-restart'` — a year's series does not start again at 01 on 1 January
 *   but continues the previous year's (Art 15(1); Art 22);
 * - `'level-not-in-force'` (`severity: 'warning'`, the only warning) — an
 *   entry whose `issuerLevel` did not exist on the document's date
 *   (`documentDate`, else `date`): a district-level issuer (cấp huyện) on or
 *   after 01/07/2025, when local government has two levels (Law 72/2025/QH15,
 *   see `LOCAL_GOVERNMENT_LEVEL_PERIODS`); `path` is
 *   `['entries', i, 'issuerLevel']`.
 *
 * `entries` are indices into the input; `path` points at the entry
 * concerned (`['entries', i, 'number']`, or `'date'` for one out of date
 * order; for a gap, the entry right after it).
 *
 * @example
 * ```ts
 * import { checkRegister, type RegisterIssue } from 'hanhchinh/documents'
 * const issues: RegisterIssue[] = checkRegister([{ number: 1, date: '2024-01-02' }, { number: 1, date: '2024-01-02' }]).issues
 * issues[0]?.code //=> 'duplicate'
 * issues[0]?.path //=> ['entries', 1, 'number']
 * ```
 */
export type RegisterIssue =
  | (RegisterIssueBase & { code: 'duplicate'; number: number; entries: number[] })
  | (RegisterIssueBase & { code: 'gap'; from: number; to: number; count: number })
  | (RegisterIssueBase & {
    code: 'out-of-order'; number: number; date: string; entries: number[]
    /** The nearest correctly ordered entries before and after it. */
    previous: { number: number; date: string } | undefined; next: { number: number; date: string } | undefined
  })
  | (RegisterIssueBase & { code: 'no-restart'; firstNumber: number; previousYearLast: number; entries: number[] })
  | (RegisterIssueBase & {
    code: 'level-not-in-force'; number: number; entries: number[]
    /** The level given and the date it was checked at (`documentDate`, else `date`). */
    level: IssuerLevel; on: string
  })

/**
 * Summary of one series in one year.
 *
 * @example
 * ```ts
 * import { checkRegister, type SeriesSummary } from 'hanhchinh/documents'
 * const s: SeriesSummary | undefined = checkRegister([{ number: 1, date: '2024-01-02' }, { number: 3, date: '2024-01-03' }]).series[0]
 * s //=> { seriesKind: 'regular', year: 2024, entries: 2, first: 1, last: 3, missing: 1 }
 * ```
 */
export interface SeriesSummary {
  seriesKind: SeriesKind
  series: string | undefined
  year: number
  /** Number of entries (lines), duplicates included. */
  entries: number
  first: number
  last: number
  /** Numbers missing between 01 (or the first number of an extract) and `last`. */
  missing: number
  /**
   * `true` when the numbers before `first` were not checked because the year is an extract:
   * its start was given in `firstNumbers`, or (see {@link CheckRegisterOptions}) it is the
   * earliest year of the series in the input and its first entry, numbered above 01, is dated
   * after January.
   */
  extract: boolean
}

/**
 * The result of {@link checkRegister}.
 *
 * @example
 * ```ts
 * import { checkRegister, type RegisterCheck } from 'hanhchinh/documents'
 * const r: RegisterCheck = checkRegister([])
 * r.ok //=> true
 * ```
 */
export interface RegisterCheck {
  /** `true` when no issue is an error (warnings — `'level-not-in-force'` — do not make a register wrong). */
  ok: boolean
  issues: RegisterIssue[]
  series: SeriesSummary[]
  counts: { duplicates: number; gaps: number; missingNumbers: number; outOfOrder: number; noRestart: number; levelNotInForce: number }
}

/**
 * Options of {@link checkRegister}.
 *
 * @example
 * ```ts
 * import { checkRegister, type CheckRegisterOptions } from 'hanhchinh/documents'
 * const options: CheckRegisterOptions = { firstNumbers: { 2024: 120 } }
 * checkRegister([{ number: 120, date: '2024-05-02' }], options).ok //=> true
 * ```
 */
export interface CheckRegisterOptions {
  /**
   * For a register that is only an extract: the number the extract starts at,
   * per year (regular series). Numbers before it are not reported missing.
   */
  firstNumbers?: Readonly<Record<number, number>>
  /**
   * Read the earliest year of each series as an extract when its first entry
   * is numbered above 01 and dated after January — a register exported from
   * late December to check the 1 January restart starts at, say, 4211 on
   * 28/12: reporting 01–4210 missing would be noise. Such a year is marked
   * `extract: true` in {@link SeriesSummary}. A first entry dated in January
   * (number 03 on 02/01) is still a gap. Set `false` to report every
   * missing number from 01. @defaultValue true
   */
  detectExtracts?: boolean
  /**
   * Which register this is, for the legal basis cited: số đến of an incoming
   * register (Art 22) or document numbers of an outgoing one (Art 15).
   * Default: the register's `direction`, else `'incoming'`.
   */
  direction?: 'incoming' | 'outgoing'
}

const OPTION_NAMES: OptionNames<CheckRegisterOptions> = { firstNumbers: true, detectExtracts: true, direction: true }

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n))

function seriesName(kind: SeriesKind, series: string | undefined): Label {
  const base = kind === 'classified'
    ? { vi: 'sổ văn bản mật', en: 'classified series' }
    : kind === 'copy' ? { vi: 'sổ bản sao', en: 'copies series' } : { vi: 'sổ', en: 'series' }
  return series === undefined ? base : { vi: `${base.vi} "${series}"`, en: `${base.en} "${series}"` }
}

const COPY_CODES = new Set(['SY', 'TrS', 'SL', 'TS'])

/**
 * The series an entry belongs to: `'classified'` when it has a secrecy
 * level (Decree 30/2020/NĐ-CP Art 15(2)), `'copy'` when it is marked a copy
 * or its notation is SY, TrS or SL (Phụ lục I Phần II II.1(c)), else
 * `'regular'`. An unknown secrecy level, a `copy` that is not a boolean or a
 * `documentNumber` that is not text is an error naming the field, never a
 * silently different series.
 *
 * @example
 * ```ts
 * import { seriesKindOf } from 'hanhchinh/documents'
 * seriesKindOf({ date: '2024-01-05', documentNumber: '01/SY-VPUB' }) //=> 'copy'
 * seriesKindOf({ date: '2024-01-05', documentNumber: '01/SY-VPUB', secrecy: 'mat' }) //=> 'classified'
 * seriesKindOf({ date: '2024-01-05', documentNumber: '3162/QĐ-UBND' }) //=> 'regular'
 * seriesKindOf({ date: '2024-01-05', secrecy: 'secret' } as never) //=> throws RangeError: Invalid line.secrecy: "secret"
 * ```
 */
export function seriesKindOf(line: Omit<RegisterLine, 'number'>): SeriesKind {
  if (line === null || typeof line !== 'object') throw wrongType('line', line, 'a register entry { date, documentNumber?, secrecy?, copy? }')
  checkLineFields(line, 'line')
  if (line.secrecy !== undefined) return 'classified'
  if (line.copy === true) return 'copy'
  if (line.copy === undefined && line.documentNumber !== undefined) {
    const r = safeParseDocumentNumber(line.documentNumber)
    if (r.ok && r.value.kind === 'administrative' && COPY_CODES.has(r.value.typeCode)) return 'copy'
  }
  return 'regular'
}

const ISSUER_LEVELS: ReadonlySet<unknown> = new Set(['central', 'province', 'district', 'commune'])

// The level of the entry's issuer against the dated levels of local government.
function checkIssuerLevel(line: RegisterLine, index: number, kind: SeriesKind, year: number): RegisterIssue | undefined {
  const level = line.issuerLevel
  if (level === undefined) return undefined
  if (!ISSUER_LEVELS.has(level)) throw invalidArgument(`entries[${index}].issuerLevel`, level, "'central', 'province', 'district', 'commune' or undefined")
  if (line.documentDate !== undefined && !isIsoDate(line.documentDate)) throw invalidArgument(`entries[${index}].documentDate`, line.documentDate, 'an ISO date YYYY-MM-DD that exists, or undefined')
  if (level === 'central') return undefined
  const on = line.documentDate ?? line.date
  if (localGovernmentLevelAt(level, on) !== undefined) return undefined
  // the period that ended (or had not begun): its bounds and basis explain the warning
  const period = LOCAL_GOVERNMENT_LEVEL_PERIODS.find((p) => p.level === level) as (typeof LOCAL_GOVERNMENT_LEVEL_PERIODS)[number]
  const which = line.documentDate === undefined ? { vi: 'ngày đăng ký', en: 'registered on' } : { vi: 'văn bản ngày', en: 'dated' }
  const number = line.documentNumber === undefined ? '' : ` ${line.documentNumber}`
  const ended = period.to !== undefined && on > period.to
  return {
    code: 'level-not-in-force', path: ['entries', index, 'issuerLevel'], severity: 'warning',
    seriesKind: kind, series: line.series, year, number: line.number, entries: [index], level, on, basis: period.basis,
    message: ended
      ? {
        vi: `Số ${pad(line.number)}${number} (${which.vi} ${formatVnDate(on)}): cơ quan ban hành ${period.label.vi.toLowerCase()} không còn từ ngày ${formatVnDate(addDays(period.to!, 1))} (Luật ${period.basis.instrument})`,
        en: `Number ${pad(line.number)}${number} (${which.en} ${on}): the issuer's level (${period.label.en.toLowerCase()}) ended on ${period.to} (Law ${period.basis.instrument})`,
      }
      : {
        vi: `Số ${pad(line.number)}${number} (${which.vi} ${formatVnDate(on)}): ${period.label.vi.toLowerCase()} chưa có vào ngày này`,
        en: `Number ${pad(line.number)}${number} (${which.en} ${on}): the ${period.label.en.toLowerCase()} level did not exist on that day`,
      },
  }
}

/** Indices (into `dates`) of a longest non-decreasing subsequence; O(n log n). */
function longestNonDecreasing(dates: readonly string[]): Set<number> {
  const tailIdx: number[] = []
  const parent = new Array<number>(dates.length).fill(-1)
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i] as string
    // first tail strictly greater than d
    let lo = 0
    let hi = tailIdx.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((dates[tailIdx[mid] as number] as string) <= d) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) parent[i] = tailIdx[lo - 1] as number
    tailIdx[lo] = i
  }
  const keep = new Set<number>()
  let k = tailIdx.length > 0 ? (tailIdx[tailIdx.length - 1] as number) : -1
  while (k >= 0) {
    keep.add(k)
    k = parent[k] as number
  }
  return keep
}

/**
 * Check a register (sổ đăng ký văn bản đến or đi) for the numbering rules of
 * Decree 30/2020/NĐ-CP: numbers run from 01 on 1 January to 31 December in
 * the order of issue or receipt, unique within the year (Art 15(1), Art 22);
 * classified documents have their own series (Art 15(2)) and so do copies
 * (Phụ lục I Phần II II.1(c)). Reports, per series and year (the year of the
 * entry's `date`):
 *
 * - duplicates — every number used more than once;
 * - gaps — every run of missing numbers, from 01 to the last number used
 *   (from the first number for an extract: `firstNumbers`, or the earliest
 *   year of a series starting above 01 after January — `detectExtracts`);
 * - numbers out of date order — the fewest entries whose removal leaves
 *   dates non-decreasing in number order (so one misdated entry is reported
 *   once, not its neighbours);
 * - a year that does not restart at 01 but continues the previous year's
 *   last number (reported once, not as a gap).
 *
 * Entries can be in any order and span several years. Accepts the entries or
 * a {@link Register}.
 *
 * @example
 * ```ts
 * import { checkRegister } from 'hanhchinh/documents'
 * const r = checkRegister([
 *   { number: 1, date: '2023-12-28' }, { number: 2, date: '2023-12-29' },
 *   { number: 3, date: '2024-01-02' }, { number: 4, date: '2024-01-02' }, { number: 4, date: '2024-01-03' },
 *   { number: 6, date: '2024-01-04' },
 * ])
 * r.issues.map((i) => i.code) //=> ['no-restart', 'duplicate', 'gap']
 * r.issues[2] //=> { code: 'gap', path: ['entries', 5, 'number'], severity: 'error', year: 2024, from: 5, to: 5 }
 * r.issues[0]?.message.vi //=> 'Năm 2024: sổ không bắt đầu lại từ số 01 mà tiếp nối số 02 của năm 2023 (số đầu tiên: 03)'
 * ```
 */
export function checkRegister(entries: Iterable<RegisterLine> | Register, options?: CheckRegisterOptions): RegisterCheck {
  const lines: Iterable<RegisterLine> = entries !== null && typeof entries === 'object' && 'entries' in entries && !(Symbol.iterator in entries)
    ? (entries as Register).entries
    : entries as Iterable<RegisterLine>
  if (lines === null || typeof lines !== 'object' || !(Symbol.iterator in lines)) throw wrongType('entries', entries, 'an iterable of register entries or a register')
  options = readOptions(options, OPTION_NAMES, 'checkRegister')
  const bases = documentRulesBasis()
  const direction = options.direction !== undefined || lines === entries
    ? readChoice(options.direction, ['incoming', 'outgoing'], 'incoming', 'options.direction')
    : readChoice((entries as Register).direction, ['incoming', 'outgoing'], 'incoming', 'entries.direction')
  if (options.detectExtracts !== undefined && typeof options.detectExtracts !== 'boolean') throw wrongType('options.detectExtracts', options.detectExtracts, 'a boolean')
  if (options.firstNumbers !== undefined) {
    if (options.firstNumbers === null || typeof options.firstNumbers !== 'object') throw wrongType('options.firstNumbers', options.firstNumbers, '{ [year]: first number }')
    for (const [year, n] of Object.entries(options.firstNumbers)) {
      if (!Number.isSafeInteger(n) || n < 1) throw invalidArgument(`options.firstNumbers[${year}]`, n, 'a positive integer')
    }
  }
  const sequenceBasis = direction === 'outgoing' ? bases.numbering : bases.incomingNumbering
  const levelIssues: RegisterIssue[] = []
  const groups = new Map<string, { kind: SeriesKind; series: string | undefined; year: number; rows: Array<{ index: number; number: number; date: string }> }>()
  let index = 0
  for (const line of lines) {
    if (line === null || typeof line !== 'object') throw wrongType(`entries[${index}]`, line, 'a register entry')
    if (!Number.isSafeInteger(line.number) || line.number < 1) throw invalidArgument(`entries[${index}].number`, line.number, 'a positive integer')
    if (!isIsoDate(line.date)) throw invalidArgument(`entries[${index}].date`, line.date, 'an ISO date YYYY-MM-DD that exists')
    checkLineFields(line, `entries[${index}]`)
    const kind = seriesKindOf(line)
    const year = Number(line.date.slice(0, 4))
    const levelIssue = checkIssuerLevel(line, index, kind, year)
    if (levelIssue !== undefined) levelIssues.push(levelIssue)
    const key = `${kind}\u0000${line.series ?? ''}\u0000${year}`
    let g = groups.get(key)
    if (g === undefined) {
      g = { kind, series: line.series, year, rows: [] }
      groups.set(key, g)
    }
    g.rows.push({ index, number: line.number, date: line.date })
    index++
  }

  const issues: RegisterIssue[] = []
  const series: SeriesSummary[] = []
  const ordered = [...groups.values()].sort((a, b) =>
    a.kind === b.kind ? ((a.series ?? '') === (b.series ?? '') ? a.year - b.year : (a.series ?? '') < (b.series ?? '') ? -1 : 1) : a.kind < b.kind ? 1 : -1)
  const lastOf = new Map<string, { year: number; last: number }>()
  for (const g of ordered) {
    const sName = seriesName(g.kind, g.series)
    const common = { seriesKind: g.kind, series: g.series, year: g.year }
    const rows = [...g.rows].sort((a, b) => a.number - b.number || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index))
    const first = (rows[0] as { number: number }).number
    const last = (rows[rows.length - 1] as { number: number }).number
    const found: RegisterIssue[] = []

    // 1 January restart
    const seriesKey = `${g.kind}\u0000${g.series ?? ''}`
    const previous = lastOf.get(seriesKey)
    lastOf.set(seriesKey, { year: g.year, last })
    const given = g.kind === 'regular' && g.series === undefined ? options.firstNumbers?.[g.year] : undefined
    const lateStart = given === undefined && options.detectExtracts !== false && previous === undefined && first > 1 &&
      (rows[0] as { date: string }).date > `${g.year}-01-31`
    const extractStart = given ?? (lateStart ? first : undefined)
    let expectedFirst = extractStart ?? 1
    if (extractStart === undefined && first > 1 && previous !== undefined && previous.year === g.year - 1 && first > previous.last) {
      found.push({
        ...common, code: 'no-restart', path: ['entries', (rows[0] as { index: number }).index, 'number'], severity: 'error',
        firstNumber: first, previousYearLast: previous.last, entries: rows.filter((r) => r.number === first).map((r) => r.index), basis: g.kind === 'copy' ? bases.copies : g.kind === 'classified' ? bases.classifiedSeries : sequenceBasis,
        message: {
          vi: `Năm ${g.year}: ${sName.vi} không bắt đầu lại từ số 01 mà tiếp nối số ${pad(previous.last)} của năm ${previous.year} (số đầu tiên: ${pad(first)})`,
          en: `${g.year}: the ${sName.en} does not restart at 01 but continues ${previous.year}'s last number ${pad(previous.last)} (first number: ${pad(first)})`,
        },
      })
      expectedFirst = previous.last + 1
    }

    // duplicates, gaps, out of date order
    let missing = 0
    const uniqueRows: Array<{ index: number; number: number; date: string }> = []
    let prevNumber = expectedFirst - 1
    for (let i = 0; i < rows.length;) {
      const r = rows[i] as { index: number; number: number; date: string }
      let j = i + 1
      while (j < rows.length && (rows[j] as { number: number }).number === r.number) j++
      if (j - i > 1) {
        const idx = rows.slice(i, j).map((x) => x.index).sort((a, b) => a - b)
        found.push({
          ...common, code: 'duplicate', path: ['entries', idx[1] as number, 'number'], severity: 'error', number: r.number, entries: idx, basis: g.kind === 'regular' ? sequenceBasis : g.kind === 'copy' ? bases.copies : bases.classifiedSeries,
          message: {
            vi: `Năm ${g.year}: số ${pad(r.number)} trong ${sName.vi} bị trùng (${j - i} lần)`,
            en: `${g.year}: number ${pad(r.number)} of the ${sName.en} is used ${j - i} times`,
          },
        })
      }
      if (r.number > prevNumber + 1 && r.number >= expectedFirst) {
        const from = Math.max(prevNumber + 1, expectedFirst)
        const to = r.number - 1
        if (to >= from) {
          missing += to - from + 1
          found.push({
            ...common, code: 'gap', path: ['entries', r.index, 'number'], severity: 'error', from, to, count: to - from + 1, basis: g.kind === 'copy' ? bases.copies : sequenceBasis,
            message: from === to
              ? { vi: `Năm ${g.year}: ${sName.vi} thiếu số ${pad(from)}`, en: `${g.year}: number ${pad(from)} is missing from the ${sName.en}` }
              : { vi: `Năm ${g.year}: ${sName.vi} thiếu các số ${pad(from)}–${pad(to)} (${to - from + 1} số)`, en: `${g.year}: numbers ${pad(from)}–${pad(to)} are missing from the ${sName.en} (${to - from + 1})` },
          })
        }
      }
      prevNumber = Math.max(prevNumber, r.number)
      uniqueRows.push(r)
      i = j
    }
    const keep = longestNonDecreasing(uniqueRows.map((r) => r.date))
    const keptAfter: Array<{ number: number; date: string } | undefined> = new Array(uniqueRows.length)
    let following: { number: number; date: string } | undefined
    for (let i = uniqueRows.length - 1; i >= 0; i--) {
      keptAfter[i] = following
      if (keep.has(i)) following = uniqueRows[i]
    }
    let lastKept: { number: number; date: string } | undefined
    for (let i = 0; i < uniqueRows.length; i++) {
      const r = uniqueRows[i] as { index: number; number: number; date: string }
      if (keep.has(i)) {
        lastKept = r
        continue
      }
      const next = keptAfter[i]
      let message: Label
      if (lastKept !== undefined && r.date < lastKept.date) {
        message = {
          vi: `Năm ${g.year}: số ${pad(r.number)} ngày ${formatVnDate(r.date)} sớm hơn số ${pad(lastKept.number)} ngày ${formatVnDate(lastKept.date)} — số không theo thứ tự thời gian`,
          en: `${g.year}: number ${pad(r.number)} dated ${r.date} is earlier than number ${pad(lastKept.number)} dated ${lastKept.date} — out of date order`,
        }
      } else if (next !== undefined && r.date > next.date) {
        message = {
          vi: `Năm ${g.year}: số ${pad(r.number)} ngày ${formatVnDate(r.date)} muộn hơn số ${pad(next.number)} ngày ${formatVnDate(next.date)} — số không theo thứ tự thời gian`,
          en: `${g.year}: number ${pad(r.number)} dated ${r.date} is later than number ${pad(next.number)} dated ${next.date} — out of date order`,
        }
      } else {
        message = { vi: `Năm ${g.year}: số ${pad(r.number)} ngày ${formatVnDate(r.date)} không theo thứ tự thời gian`, en: `${g.year}: number ${pad(r.number)} dated ${r.date} is out of date order` }
      }
      found.push({
        ...common, code: 'out-of-order', path: ['entries', r.index, 'date'], severity: 'error', number: r.number, date: r.date, entries: [r.index],
        previous: lastKept === undefined ? undefined : { number: lastKept.number, date: lastKept.date },
        next: next === undefined ? undefined : { number: next.number, date: next.date }, basis: sequenceBasis, message,
      })
    }
    const order = { 'no-restart': 0, duplicate: 1, gap: 1, 'out-of-order': 1, 'level-not-in-force': 2 } as const
    const at = (i: RegisterIssue): number => (i.code === 'gap' ? i.from : i.code === 'no-restart' ? 0 : i.number)
    found.sort((a, b) => order[a.code] - order[b.code] || at(a) - at(b))
    issues.push(...found)
    series.push({ ...common, entries: rows.length, first, last, missing, extract: extractStart !== undefined })
  }
  issues.push(...levelIssues)
  const counts = { duplicates: 0, gaps: 0, missingNumbers: 0, outOfOrder: 0, noRestart: 0, levelNotInForce: 0 }
  for (const i of issues) {
    if (i.code === 'level-not-in-force') counts.levelNotInForce++
    else if (i.code === 'duplicate') counts.duplicates++
    else if (i.code === 'gap') { counts.gaps++; counts.missingNumbers += i.count }
    else if (i.code === 'out-of-order') counts.outOfOrder++
    else counts.noRestart++
  }
  return { ok: issues.every((i) => i.severity !== 'error'), issues, series, counts }
}
