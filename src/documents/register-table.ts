import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { formatLegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import type { CellValue, Table, TableColumn } from '../tables/schema.js'
import type { RegisterCheck, RegisterIssue, SeriesKind } from './check-register.js'
import type { DocumentStatistics } from './statistics.js'

/**
 * Options of {@link registerTable}.
 *
 * @example
 * ```ts
 * import type { RegisterTableOptions } from 'hanhchinh/documents'
 * const o: RegisterTableOptions = { part: 'series', language: 'en' }
 * o.part //=> 'series'
 * ```
 */
export interface RegisterTableOptions {
  /** The title; by default one naming what the table lists (and the period of statistics). */
  title?: Label | string | undefined
  /** The language of the text cells (the headings are always bilingual). @defaultValue 'vi' */
  language?: 'vi' | 'en' | undefined
  /**
   * For a register check only: `'issues'` (default) lists the problems found,
   * `'series'` one line per series and year. Refused for statistics.
   */
  part?: 'issues' | 'series' | undefined
}

const OPTION_NAMES: OptionNames<RegisterTableOptions> = { title: true, language: true, part: true }

const col = (id: string, vi: string, en: string, type: TableColumn['type'], width?: number): TableColumn =>
  width === undefined ? { id, label: { vi, en }, type } : { id, label: { vi, en }, type, width }

const SERIES_KIND: Readonly<Record<SeriesKind, Label>> = {
  regular: { vi: 'Sổ văn bản thường', en: 'Ordinary series' },
  classified: { vi: 'Sổ văn bản mật', en: 'Classified series' },
  copy: { vi: 'Sổ bản sao', en: 'Copies series' },
}

const ISSUE_KIND: Readonly<Record<RegisterIssue['code'], Label>> = {
  duplicate: { vi: 'Trùng số', en: 'Duplicate number' },
  gap: { vi: 'Thiếu số', en: 'Missing numbers' },
  'out-of-order': { vi: 'Sai thứ tự ngày', en: 'Out of date order' },
  'no-restart': { vi: 'Không bắt đầu lại từ số 01', en: 'No restart at 01' },
  'level-not-in-force': { vi: 'Cấp ban hành không còn', en: 'Issuer level not in force' },
}

const SEVERITY: Readonly<Record<'error' | 'warning', Label>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
}

function seriesText(kind: SeriesKind, series: string | undefined, language: 'vi' | 'en'): string {
  const name = SERIES_KIND[kind]?.[language]
  if (name === undefined) throw invalidArgument('seriesKind', kind, "'regular', 'classified' or 'copy'")
  return series === undefined ? name : `${name} "${series}"`
}

// The numbers an issue is about, as the register writes them: "4215–4216", "4214".
function numbersOf(issue: RegisterIssue): string {
  switch (issue.code) {
    case 'gap': return issue.from === issue.to ? String(issue.from) : `${issue.from}–${issue.to}`
    case 'no-restart': return String(issue.firstNumber)
    default: return String(issue.number)
  }
}

function issuesTable(check: RegisterCheck, language: 'vi' | 'en', title: Label | string | undefined): Table {
  const rows = check.issues.map((issue, i): Record<string, CellValue> => {
    if (issue === null || typeof issue !== 'object' || ISSUE_KIND[issue.code] === undefined) throw wrongType(`check.issues[${i}]`, issue, 'an issue of checkRegister')
    const entry = issue.path[1]
    return {
      no: i + 1,
      year: String(issue.year),
      series: seriesText(issue.seriesKind, issue.series, language),
      kind: ISSUE_KIND[issue.code][language],
      severity: SEVERITY[issue.severity][language],
      numbers: numbersOf(issue),
      line: typeof entry === 'number' ? entry + 1 : null,
      message: issue.message[language],
      basis: formatLegalBasis(issue.basis, language),
    }
  })
  return {
    title: title ?? { vi: 'Kết quả kiểm tra sổ đăng ký văn bản', en: 'Register check' },
    columns: [
      col('no', 'STT', 'No.', 'integer', 6),
      col('year', 'Năm', 'Year', 'text', 8),
      col('series', 'Sổ', 'Series', 'text', 20),
      col('kind', 'Loại sai sót', 'Problem', 'text', 22),
      col('severity', 'Mức độ', 'Severity', 'text', 10),
      col('numbers', 'Số', 'Number(s)', 'text', 12),
      col('line', 'Dòng', 'Line', 'integer', 7),
      col('message', 'Nội dung', 'Details', 'text', 60),
      col('basis', 'Căn cứ', 'Legal basis', 'text', 28),
    ],
    rows,
    notes: [check.ok
      ? { vi: `Không có lỗi đánh số; ${check.issues.length} cảnh báo.`, en: `No numbering error; ${check.issues.length} warning(s).` }
      : {
        vi: `${check.counts.duplicates} số trùng, ${check.counts.gaps} khoảng trống (${check.counts.missingNumbers} số), ${check.counts.outOfOrder} số sai thứ tự ngày, ${check.counts.noRestart} năm không bắt đầu lại từ số 01, ${check.counts.levelNotInForce} cảnh báo cấp ban hành.`,
        en: `${check.counts.duplicates} duplicate(s), ${check.counts.gaps} gap(s) (${check.counts.missingNumbers} numbers), ${check.counts.outOfOrder} out of date order, ${check.counts.noRestart} year(s) without a restart at 01, ${check.counts.levelNotInForce} issuer-level warning(s).`,
      }],
  }
}

function seriesTable(check: RegisterCheck, language: 'vi' | 'en', title: Label | string | undefined): Table {
  return {
    title: title ?? { vi: 'Các sổ đăng ký văn bản theo năm', en: 'Register series by year' },
    columns: [
      col('series', 'Sổ', 'Series', 'text', 24),
      col('year', 'Năm', 'Year', 'text', 8),
      col('entries', 'Số văn bản', 'Entries', 'integer'),
      col('first', 'Từ số', 'First number', 'integer'),
      col('last', 'Đến số', 'Last number', 'integer'),
      col('missing', 'Số bị thiếu', 'Missing numbers', 'integer'),
      col('extract', 'Trích một phần sổ', 'Extract', 'text'),
    ],
    rows: check.series.map((s) => ({
      series: seriesText(s.seriesKind, s.series, language),
      year: String(s.year), entries: s.entries, first: s.first, last: s.last, missing: s.missing,
      extract: s.extract ? (language === 'vi' ? 'Có' : 'Yes') : '',
    })),
  }
}

const capitalise = (text: string): string => (text === '' ? text : text[0]!.toLocaleUpperCase('vi') + text.slice(1))

function statisticsTable(stats: DocumentStatistics, language: 'vi' | 'en', title: Label | string | undefined): Table {
  const { from, to } = stats.period
  const rows: Array<Record<string, CellValue>> = stats.byType.map((t) => ({
    type: capitalise(t.label[language]),
    legalNormative: t.legalNormative ? (language === 'vi' ? 'QPPL' : 'Legal normative') : '',
    incoming: t.incoming, outgoing: t.outgoing, total: t.total,
  }))
  rows.push({ type: language === 'vi' ? 'Tổng cộng' : 'Total', legalNormative: '', incoming: stats.incoming, outgoing: stats.outgoing, total: stats.total })
  return {
    title: title ?? {
      vi: `Số lượng văn bản từ ngày ${formatVnDate(from)} đến ngày ${formatVnDate(to)}`,
      en: `Documents from ${from} to ${to}`,
    },
    columns: [
      col('type', 'Loại văn bản', 'Document type', 'text', 34),
      col('legalNormative', 'Văn bản QPPL', 'Legal normative', 'text', 14),
      col('incoming', 'Văn bản đến', 'Incoming', 'integer'),
      col('outgoing', 'Văn bản đi', 'Outgoing', 'integer'),
      col('total', 'Tổng số', 'Total', 'integer'),
    ],
    rows,
    notes: [
      stats.sentence,
      ...(stats.outsidePeriod > 0
        ? [{ vi: `Không tính ${stats.outsidePeriod} văn bản ngoài kỳ.`, en: `${stats.outsidePeriod} document(s) outside the period not counted.` }]
        : []),
    ],
  }
}

const isCheck = (x: object): x is RegisterCheck =>
  Array.isArray((x as RegisterCheck).issues) && Array.isArray((x as RegisterCheck).series) && typeof (x as RegisterCheck).counts === 'object'
const isStatistics = (x: object): x is DocumentStatistics =>
  Array.isArray((x as DocumentStatistics).byType) && typeof (x as DocumentStatistics).period === 'object'

/**
 * A register check ({@link checkRegister}) or document statistics
 * ({@link documentStatistics}) as a `Table` of `hanhchinh/tables`, ready for
 * `toCsv`, `toHtml` and `toXlsx`, with bilingual headings and typed columns:
 *
 * - a check, `part: 'issues'` (default): one row per issue — number, year,
 *   series, kind of problem, severity (`Lỗi` / `Cảnh báo`), the number(s)
 *   concerned, the line of the entry (1-based), the message and its legal
 *   basis; the counts as a note;
 * - a check, `part: 'series'`: one row per series and year — entries, first
 *   and last number, numbers missing, whether the year is an extract;
 * - statistics: one row per document type (legal normative ones marked), the
 *   incoming, outgoing and total counts, a total row, and the published
 *   sentence as a note.
 *
 * Text cells are in `language` (`'vi'` by default).
 *
 * @throws TypeError when the input is neither; RangeError for an unknown option, or `part` with statistics
 *
 * @example
 * ```ts
 * import { checkRegister, documentStatistics, registerTable } from 'hanhchinh/documents'
 * import { toCsv } from 'hanhchinh/tables'
 * const check = checkRegister([{ number: 1, date: '2024-01-02' }, { number: 3, date: '2024-01-03', documentNumber: '3162/QĐ-UBND' }])
 * const t = registerTable(check)
 * t.rows[0] //=> { no: 1, year: '2024', kind: 'Thiếu số', severity: 'Lỗi', numbers: '2', line: 2, message: 'Năm 2024: sổ thiếu số 02' }
 * toCsv(registerTable(check, { part: 'series' })).split('\r\n')[1] //=> 'Sổ văn bản thường,2024,2,1,3,1,'
 * const stats = documentStatistics([{ date: '2024-01-05', documentNumber: '3162/QĐ-UBND' }, { date: '2024-01-08', documentNumber: '12/KH-UBND' }], { period: { year: 2024, month: 1 } })
 * registerTable(stats).rows.map((r) => [r.type, r.total]) //=> [['Quyết định', 1], ['Kế hoạch', 1], ['Tổng cộng', 2]]
 * registerTable(stats, { part: 'series' }) //=> throws RangeError: Option "part" of registerTable is used only with a register check
 * registerTable({} as never) //=> throws TypeError: Invalid type for input
 * ```
 */
export function registerTable(input: RegisterCheck | DocumentStatistics, options?: RegisterTableOptions): Table {
  if (input === null || typeof input !== 'object') throw wrongType('input', input, 'the result of checkRegister or documentStatistics')
  const o = readOptions(options, OPTION_NAMES, 'registerTable')
  const language = readChoice(o.language, ['vi', 'en'], 'vi', 'options.language')
  const title = o.title
  if (title !== undefined && typeof title !== 'string' && (title === null || typeof title !== 'object' || typeof title.vi !== 'string' || typeof title.en !== 'string')) {
    throw invalidArgument('options.title', title, 'a label { vi, en } or a text')
  }
  if (isCheck(input)) {
    const part = readChoice(o.part, ['issues', 'series'], 'issues', 'options.part')
    return part === 'issues' ? issuesTable(input, language, title) : seriesTable(input, language, title)
  }
  if (isStatistics(input)) {
    refuseIgnoredOption(o, 'part', false, 'a register check', 'registerTable')
    return statisticsTable(input, language, title)
  }
  throw wrongType('input', input, 'the result of checkRegister or documentStatistics')
}
