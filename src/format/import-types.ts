import type { Label } from '../core/label.js'
import type { CsvOptions } from './csv.js'

/**
 * What {@link importRecords} does with a column (or object key) that maps to
 * no field of the schema. Nothing is dropped in silence unless you say so:
 *
 * - `'warn'` (default): the column is not imported, and the result's
 *   `warnings` names it once (code `'unknown_column'`, in Vietnamese and
 *   English); it is listed in `columns` with status `'unknown'`.
 * - `'ignore'`: the same without the warning — say it when the extra columns
 *   are expected (or list them one by one with `columns: { STT: null }`).
 * - `'strict'`: report it once on the header (row 0) and reject every row
 *   that has a value in it (an empty cell loses nothing and is accepted).
 * - `'keep'`: hand it to the schema under its header text, so a
 *   `z.looseObject` keeps it and a `z.strictObject` refuses it; a plain
 *   `z.object` would strip it, so that case is warned about too.
 *
 * (`'lenient'`, the old default, ignored such columns without a warning; it
 * is refused now: use `'warn'` or `'ignore'`.)
 *
 * @example
 * ```ts
 * import type { UnknownColumns } from 'hanhchinh/format'
 * const policy: UnknownColumns = 'strict'
 * policy //=> 'strict'
 * ```
 */
export type UnknownColumns = 'warn' | 'ignore' | 'strict' | 'keep'

/**
 * Something an import did not do with the data that the caller should know
 * about, though no row was rejected for it: a column that is not imported
 * (`'unknown_column'`, named once), a column kept under `unknownColumns:
 * 'keep'` that the schema strips (`'stripped_column'`), or values in a column
 * with no header (`'unnamed_column'`). Silence them with `unknownColumns:
 * 'ignore'` or by mapping the column to `null`.
 *
 * @example
 * ```ts
 * import { importRecords, vnCount } from 'hanhchinh/format'
 * import * as z from 'zod'
 * const r = importRecords(z.object({ n: vnCount() }), 'n,Ngày có kết quả\n1,20/12/2021\n')
 * r.warnings //=> [{ code: 'unknown_column', column: 'Ngày có kết quả', index: 1 }]
 * r.warnings[0]?.message.en //=> 'column "Ngày có kết quả" is not in the schema: its values are not imported (map it with columns, or silence this with columns: { "Ngày có kết quả": null } or unknownColumns: \'ignore\')'
 * ```
 */
export interface ImportWarning {
  code: 'unknown_column' | 'stripped_column' | 'unnamed_column'
  /** The header (or object key) as written; `''` for a column with no header. */
  column: string
  /** 0-based index of the column (absent for object keys). */
  index?: number
  message: Label
}

/**
 * What `onProgress` receives during an import: data rows read so far
 * (`rows = accepted + rejected`) and input read so far (`bytes`: bytes of a
 * byte input, characters of a text input, the compressed bytes read of a
 * workbook; 0 for rows and objects).
 *
 * @example
 * ```ts
 * import type { ImportProgress } from 'hanhchinh/format'
 * const p: ImportProgress = { rows: 5000, bytes: 412_000, accepted: 4998, rejected: 2 }
 * p.rows - p.accepted //=> 2
 * ```
 */
export interface ImportProgress {
  rows: number
  bytes: number
  accepted: number
  rejected: number
}

/**
 * The header of a workbook sheet (or of CSV text or rows) below a title
 * block: `row` is the sheet row number of its (first) header row, as Excel
 * shows it (for CSV the line number, for rows the 1-based item number);
 * `rows` how many rows the header spans when it is made of merged group
 * headers above sub-headers (default 1).
 *
 * @example
 * ```ts
 * import type { HeaderPosition } from 'hanhchinh/format'
 * const h: HeaderPosition = { row: 4, rows: 2 }
 * h.row //=> 4
 * ```
 */
export interface HeaderPosition {
  row: number
  rows?: number
}

/**
 * Options of {@link importRecords} and {@link importRecordsStream}.
 *
 * @example
 * ```ts
 * import type { ImportOptions } from 'hanhchinh/format'
 * const options: ImportOptions = {
 *   columns: { 'Ngày tiếp nhận': 'receivedOn', 'Hạn xử lý': 'dueOn', STT: null },
 *   defaults: { province: 'Quảng Ninh' },
 *   unknownColumns: 'strict',
 *   onProgress: (p) => { console.log(`${p.rows} dòng`) },
 * }
 * options.columns?.['Hạn xử lý'] //=> 'dueOn'
 * ```
 */
export interface ImportOptions {
  /**
   * Header (or object key) → field path of the schema (`'receivedOn'`, or
   * dotted for nested objects: `'applicant.name'`); `null` ignores the column
   * whatever the `unknownColumns` policy. Headers match accent-, case- and
   * space-insensitively (`'NGAY TIEP NHAN'` matches `'Ngày tiếp nhận'`).
   * Columns not listed here are matched to the schema's own keys the same way.
   */
  columns?: Readonly<Record<string, string | null>>
  /**
   * Field path → raw value used when the column is absent or the cell is
   * empty. The value goes through the schema like a cell would.
   */
  defaults?: Readonly<Record<string, unknown>>
  /** See {@link UnknownColumns}. @defaultValue `'warn'` */
  unknownColumns?: UnknownColumns
  /**
   * `'xlsx'` reads an Excel workbook (bytes, an `ArrayBuffer`, or an (async)
   * iterable or `ReadableStream` of byte chunks); the result is then always a
   * `Promise` (the reader is loaded on first use, so bundles that never import
   * Excel do not carry it). `'csv'` (default) covers CSV text and bytes as
   * well as rows and objects, told apart by the input.
   * @defaultValue `'csv'`
   */
  format?: 'csv' | 'xlsx'
  /** The sheet of a workbook: its name, or its 1-based position. @defaultValue the first visible sheet */
  sheet?: string | number
  /**
   * Called during the import with the counts so far: every 5,000 rows or
   * 64 KiB of input, whichever comes first, and once at the end. It never
   * changes the result; an exception thrown in it stops the import and
   * propagates.
   */
  onProgress?: (progress: ImportProgress) => void
  /** CSV delimiter; detected on the header line when absent (see {@link CsvOptions}). */
  delimiter?: CsvOptions['delimiter']
  /** Longest CSV record waited for before it is reported and skipped (see {@link CsvOptions}). @defaultValue `1048576` */
  maxRecordLength?: number
  /**
   * Where the header is. An array gives the column headers of input that
   * has none (the first line is then data). `{ row, rows? }` says on which
   * row the header starts (rows above it, such as a title block, are
   * skipped) and how many rows it spans. By default the header is the first
   * non-empty line of CSV text or rows; in a workbook it is detected: the
   * first row in which at least two cells (one, for a one-field schema) name
   * fields of the schema or entries of `columns`.
   */
  header?: readonly string[] | HeaderPosition
  /**
   * Trim cells (after Unicode NFC normalisation, which is always applied).
   * An empty (or, when trimming, blank) cell is an absent value.
   * @defaultValue `true`
   */
  trim?: boolean
}

/**
 * One problem found by {@link importRecords}: where (data row, physical line,
 * field path, column header), what was there (the raw text as read, before
 * trimming and normalisation), a code and a message in Vietnamese and
 * English.
 *
 * Codes: `'required'` (a required value is empty or its column is absent);
 * the format of a codec that refused the value (`'vn-date'`, `'vn-count'`,
 * `'vn-number'`, `'vn-percent'`, `'vn-date-time'`, `'vn-enum'`, `'vn-text'`);
 * any other zod issue code (`'invalid_type'`, `'too_small'`, `'custom'`…);
 * and the structural codes `'csv_syntax'`, `'column_count'`,
 * `'unknown_column'`, `'missing_column'`, `'duplicate_column'`,
 * `'invalid_row'`, `'empty_input'`, the workbook codes `'xlsx_invalid'`
 * (not a readable .xlsx: a damaged ZIP, an old .xls, an encrypted file),
 * `'xlsx_too_large'` (past {@link MAX_XLSX_UNCOMPRESSED_BYTES}),
 * `'xlsx_sheet'` (no such sheet), `'xlsx_error_cell'` (a formula error such
 * as `#N/A` in a field's cell), `'xlsx_date'` (a date serial no calendar day
 * has), and `'invalid_encoding'` (bytes that
 * are not valid UTF-8, or UTF-16 after its BOM: the message names the byte
 * offset and the line, and reading stops there — the rows before it are
 * imported, the rest of the input is not read). Header issues have `row: 0`.
 *
 * @example
 * ```ts
 * import type { ImportIssue } from 'hanhchinh/format'
 * const issue: ImportIssue = {
 *   row: 3, line: 4, path: ['receivedOn'], field: 'receivedOn', column: 'Ngày tiếp nhận', raw: '30/02/2024',
 *   code: 'vn-date',
 *   message: { vi: '"30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)', en: '"30/02/2024": day 30 does not exist (2024-02 has 29 days)' },
 * }
 * issue.code //=> 'vn-date'
 * ```
 */
export interface ImportIssue {
  /** 1-based number of the data row (the header and blank lines are not counted); 0 for the header. */
  row: number
  /**
   * 1-based physical line of the CSV text where the row starts, or the row
   * number of a workbook sheet as Excel shows it (absent for rows and objects).
   */
  line?: number
  /** The sheet's name, for a workbook. */
  sheet?: string
  /** Field path in the schema; empty for a problem of the whole row. */
  path: (string | number)[]
  /** The path joined with `.` (`''` for the whole row). */
  field: string
  /** The column header (or object key) as written in the input. */
  column?: string
  /**
   * The raw value as read (cell text before trimming), or the default used;
   * for a problem of the whole CSV row (`'csv_syntax'`, `'column_count'`) the
   * row's cells as read, so no cell of a rejected row is out of sight.
   */
  raw?: unknown
  code: string
  message: Label
}

/**
 * Counts of an import: `read` data rows, of which `accepted` became records
 * and `rejected` did not — always `read = accepted + rejected`. `blank`
 * counts lines or rows with no value at all, which are skipped and are not
 * rows read.
 *
 * @example
 * ```ts
 * import { importRecords, vnCount, type ImportStats } from 'hanhchinh/format'
 * import * as z from 'zod'
 * const stats: ImportStats = importRecords(z.object({ n: vnCount() }), 'n\n1\n\n-1\n').stats
 * stats //=> { read: 2, accepted: 1, rejected: 1, blank: 1 }
 * ```
 */
export interface ImportStats {
  read: number
  accepted: number
  rejected: number
  blank: number
}

/**
 * How one input column was understood: the field it fills, or why it fills
 * none (`'ignored'` by `columns: { X: null }`, `'unknown'` to the schema,
 * `'kept'` under `unknownColumns: 'keep'`, `'duplicate'` of an earlier
 * column for the same field).
 *
 * @example
 * ```ts
 * import { importRecords, vnDate } from 'hanhchinh/format'
 * import * as z from 'zod'
 * const r = importRecords(z.object({ receivedOn: vnDate() }), 'STT,Ngày tiếp nhận\n1,20/12/2021\n', { columns: { 'Ngày tiếp nhận': 'receivedOn' } })
 * r.columns //=> [{ header: 'STT', status: 'unknown' }, { header: 'Ngày tiếp nhận', status: 'mapped', field: 'receivedOn' }]
 * ```
 */
export interface ImportColumn {
  header: string
  index: number
  status: 'mapped' | 'ignored' | 'unknown' | 'kept' | 'duplicate'
  field?: string
}

/**
 * The result of {@link importRecords}: the valid records (typed by the
 * schema's output), every issue, the counts and how the columns were read.
 *
 * @example
 * ```ts
 * import { importRecords, vnCount, type ImportResult } from 'hanhchinh/format'
 * import * as z from 'zod'
 * const r: ImportResult<{ n: number }> = importRecords(z.object({ n: vnCount() }), 'n\n50.308\n')
 * r.records //=> [{ n: 50308 }]
 * ```
 */
export interface ImportResult<T> {
  records: T[]
  issues: ImportIssue[]
  /** What was read but not imported without rejecting a row (see {@link ImportWarning}). */
  warnings: ImportWarning[]
  stats: ImportStats
  /** The columns of the header (empty for object input, whose keys are matched per object). */
  columns: ImportColumn[]
}

/**
 * What {@link importRecordsStream} yields: the header once (CSV, rows and
 * workbook input), then for every data row in order either its `record` or
 * its `issues`; a `warning` as soon as it is known (after the header for
 * columns, at the first object that has an unknown key).
 *
 * @example
 * ```ts
 * import { importRecordsStream, vnCount, type ImportEvent } from 'hanhchinh/format'
 * import * as z from 'zod'
 * const events: ImportEvent<{ n: number }>[] = []
 * for await (const e of importRecordsStream(z.object({ n: vnCount() }), ['n\n', '7\n'])) events.push(e)
 * events.map((e) => e.kind) //=> ['header', 'record']
 * ```
 */
export type ImportEvent<T> =
  | { kind: 'header'; columns: ImportColumn[]; issues: ImportIssue[] }
  | { kind: 'record'; row: number; line?: number; record: T }
  | { kind: 'rejected'; row: number; line?: number; issues: ImportIssue[] }
  | { kind: 'warning'; warning: ImportWarning }

/**
 * One item of an iterable given to {@link importRecords}: a chunk of CSV
 * text (string or UTF-8 bytes, split anywhere), a row of cells (the first
 * row is the header unless `options.header` is given), or a record object
 * keyed by column names (as from `JSON.parse`).
 *
 * @example
 * ```ts
 * import type { ImportItem } from 'hanhchinh/format'
 * const items: ImportItem[] = [['Mã', 'Số trang'], ['H40-0001', '12']]
 * items.length //=> 2
 * ```
 */
export type ImportItem = string | Uint8Array | readonly unknown[] | Readonly<Record<string, unknown>>

/**
 * A WHATWG `ReadableStream` (as from `fetch(...).body` or
 * `Readable.toWeb`), described structurally so the library needs no DOM
 * types.
 *
 * @example
 * ```ts
 * import type { ReadableStreamLike } from 'hanhchinh/format'
 * const s: ReadableStreamLike = new ReadableStream<string>({ start(c) { c.enqueue('n\n1\n'); c.close() } })
 * typeof s.getReader //=> 'function'
 * ```
 */
export interface ReadableStreamLike {
  /** Lock the stream and return a reader (released when the import ends). */
  getReader(): ReadableStreamReaderLike
}

/**
 * The reader of a {@link ReadableStreamLike}: the two methods the import uses.
 *
 * @example
 * ```ts
 * import type { ReadableStreamReaderLike } from 'hanhchinh/format'
 * const reader: ReadableStreamReaderLike = new ReadableStream<string>().getReader()
 * typeof reader.read //=> 'function'
 * ```
 */
export interface ReadableStreamReaderLike {
  /** The next chunk, or `{ done: true }` at the end. */
  read(): Promise<{ done: boolean; value?: unknown }>
  /** Release the lock on the stream. */
  releaseLock(): void
}
