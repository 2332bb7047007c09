import type { z } from 'zod'
import { wrongType } from '../core/errors.js'
import { ImportEngine } from './import-engine.js'
import type { ImportEvent, ImportOptions, ImportResult, ImportStats, ReadableStreamLike } from './import-types.js'
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './xlsx-limits.js'

/**
 * A workbook given to {@link importRecords} with `format: 'xlsx'`: its bytes
 * (`Uint8Array`, `Buffer`, `ArrayBuffer`), or an (async) iterable or
 * `ReadableStream` of byte chunks (`fs.createReadStream(path)`,
 * `(await fetch(url)).body`).
 *
 * @example
 * ```ts
 * import type { XlsxInput } from 'hanhchinh/format'
 * const input: XlsxInput = new Uint8Array([0x50, 0x4b, 3, 4])
 * input instanceof Uint8Array //=> true
 * ```
 */
export type XlsxInput = Uint8Array | ArrayBuffer | Iterable<Uint8Array> | AsyncIterable<Uint8Array> | ReadableStreamLike

/**
 * The options of an Excel import: {@link ImportOptions} with `format: 'xlsx'`
 * (and `sheet`, `header` as for every import).
 *
 * @example
 * ```ts
 * import type { XlsxOptions } from 'hanhchinh/format'
 * const options: XlsxOptions = { format: 'xlsx', sheet: 'Sổ đến' }
 * options.format //=> 'xlsx'
 * ```
 */
export type XlsxOptions = ImportOptions & { format: 'xlsx' }

const SLICE = 1 << 16

function isReadableStream(input: unknown): input is ReadableStreamLike {
  return typeof input === 'object' && input !== null && typeof (input as ReadableStreamLike).getReader === 'function'
}

function isAsyncInput(input: unknown): input is AsyncIterable<unknown> | ReadableStreamLike {
  return typeof input === 'object' && input !== null && (isReadableStream(input) || Symbol.asyncIterator in input)
}

function checkXlsxInput(input: unknown): void {
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return
  if (typeof input === 'object' && input !== null && (isAsyncInput(input) || Symbol.iterator in input)) return
  throw wrongType('input', input, "the bytes of an .xlsx workbook (Uint8Array, ArrayBuffer), or an (async) iterable or ReadableStream of byte chunks, with format: 'xlsx'")
}

/** The whole workbook (a ZIP is read from its end): undefined when it is past MAX_XLSX_UNCOMPRESSED_BYTES. */
async function workbookBytes(input: XlsxInput): Promise<Uint8Array | undefined> {
  if (input instanceof Uint8Array) return input
  if (input instanceof ArrayBuffer) return new Uint8Array(input)
  const chunks: Uint8Array[] = []
  let size = 0
  const items = isReadableStream(input) ? readStream(input) : (input as AsyncIterable<unknown> | Iterable<unknown>)
  for await (const item of items) {
    const chunk = item instanceof Uint8Array ? item : item instanceof ArrayBuffer ? new Uint8Array(item) : undefined
    if (chunk === undefined) throw wrongType('input chunk', item, 'bytes (Uint8Array) of the workbook')
    size += chunk.length
    if (size > MAX_XLSX_UNCOMPRESSED_BYTES) return undefined
    chunks.push(chunk)
  }
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) { out.set(c, at); at += c.length }
  return out
}

/** Read a workbook into the engine; yields when events may be handed out. The reader module is loaded here, on first use. */
async function* feedWorkbook(engine: ImportEngine, input: XlsxInput, emit: (e: ImportEvent<unknown>) => void): AsyncGenerator<void> {
  const reader = await import('./xlsx-read.js')
  const bytes = await workbookBytes(input)
  if (bytes === undefined) reader.failTooLarge(engine, emit)
  else for (const _ of reader.importWorkbook(engine, bytes, emit)) yield
  engine.end(emit)
}

function checkInput(input: unknown): void {
  if (typeof input === 'string' || input instanceof Uint8Array) return
  if (typeof input === 'object' && input !== null && (isAsyncInput(input) || Symbol.iterator in input)) return
  throw wrongType('input', input, 'CSV text, bytes, an (async) iterable of text chunks, rows or objects, or a ReadableStream')
}

async function* readStream(stream: ReadableStreamLike): AsyncGenerator<unknown> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

function feedSync(engine: ImportEngine, input: string | Uint8Array | Iterable<unknown>, emit: (e: ImportEvent<unknown>) => void, progress: boolean): void {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    // with onProgress, the text is read in slices so that the bytes read can be told along the way
    if (!progress || input.length <= SLICE) engine.text(input, emit)
    else for (let i = 0; i < input.length; i += SLICE) engine.text(typeof input === 'string' ? input.slice(i, i + SLICE) : input.subarray(i, i + SLICE), emit)
  } else for (const item of input) engine.item(item, emit)
  engine.end(emit)
}

function collector<T>(): { result: ImportResult<T>; emit: (e: ImportEvent<unknown>) => void } {
  const result: ImportResult<T> = { records: [], issues: [], warnings: [], stats: { read: 0, accepted: 0, rejected: 0, blank: 0 }, columns: [] }
  const emit = (e: ImportEvent<unknown>) => {
    if (e.kind === 'record') result.records.push(e.record as T)
    else if (e.kind === 'rejected') for (const i of e.issues) result.issues.push(i)
    else if (e.kind === 'warning') result.warnings.push(e.warning)
    else {
      if (e.columns.length) result.columns = e.columns
      for (const i of e.issues) result.issues.push(i)
    }
  }
  return { result, emit }
}

/**
 * Validate a CSV or JSON export row by row against a zod schema (the strict
 * schema plus the codecs of `hanhchinh/format`), keeping every valid row and
 * reporting every invalid one with its row number, physical line, field
 * path, column, raw value and a message in Vietnamese and English. Nothing
 * is dropped silently: `stats.read = stats.accepted + stats.rejected`, and
 * lines with no value at all are counted in `stats.blank`.
 *
 * `input` is CSV text (BOM, CRLF/LF, `,` `;` or tab detected), bytes, or an
 * iterable of text chunks (strings or bytes), rows of cells or objects.
 * Bytes are UTF-8 (a UTF-8 BOM is dropped), or UTF-16 when they start with
 * its BOM (`FF FE` little-endian, `FE FF` big-endian). Bytes that are not
 * valid in that encoding are never replaced in silence: the row where they
 * occur is rejected with the code `'invalid_encoding'`, a message naming
 * the byte offset and the line, and reading stops there (a file saved in
 * Windows-1258, TCVN3 or VNI must be converted to UTF-8 first). For an async
 * iterable (a Node `Readable`, a generator) or a `ReadableStream` the result
 * is a `Promise`; to process a large file in constant memory use
 * {@link importRecordsStream} instead, which does not collect records.
 *
 * Excel workbooks: with `format: 'xlsx'` the input is the bytes of an .xlsx
 * file (or a stream of them) and the result is always a `Promise` — the
 * reader is loaded only then, so bundles that never import Excel do not
 * carry it. Text, numbers (as vi-VN text: `1234,5`), percentages (`84,79%`),
 * booleans and date cells (the wall-clock date or date-time the sheet
 * shows, in Vietnam time: `'2021-12-20'` or `'2021-12-20T15:30:00+07:00'`,
 * 1900 and 1904 date systems) are read; a title block above the header is
 * skipped and a header of merged group cells read (see `header`), and each
 * issue's `line` is the sheet's row number.
 *
 * Headers are matched to fields through `options.columns` or the schema's
 * own keys, ignoring accents, case and spacing. A column that fills no
 * field is named once in `warnings` (unless `unknownColumns: 'ignore'` or
 * mapped to `null`). `onProgress` is called every 5,000 rows or 64 KiB.
 * Data errors are returned;
 * only programmer errors throw (a non-schema, bad or unknown options, a non-input).
 * Messages come from the issues themselves ({@link issueMessage}); zod's
 * global configuration is never read or changed.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { importRecords, vnCount, vnDate, vnEnum } from 'hanhchinh/format'
 * const Row = z.object({
 *   code: z.string(),
 *   receivedOn: vnDate(),
 *   pages: vnCount(),
 *   status: vnEnum(['received', 'returned'], { received: 'Đã tiếp nhận', returned: 'Đã trả kết quả' }),
 * })
 * const csv = '\ufeffMã hồ sơ;Ngày tiếp nhận;Số trang;Trạng thái\r\n' +
 *   'H40-0001;20/12/2021;1.204;Đã trả kết quả\r\n' +
 *   'H40-0002;30/02/2024;3;da tiep nhan\r\n'
 * const r = importRecords(Row, csv, { columns: { 'Mã hồ sơ': 'code', 'Ngày tiếp nhận': 'receivedOn', 'Số trang': 'pages', 'Trạng thái': 'status' } })
 * r.records //=> [{ code: 'H40-0001', receivedOn: '2021-12-20', pages: 1204, status: 'returned' }]
 * r.issues[0] //=> { row: 2, line: 3, field: 'receivedOn', column: 'Ngày tiếp nhận', raw: '30/02/2024', code: 'vn-date' }
 * r.issues[0]?.message.vi //=> '"30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)'
 * r.stats //=> { read: 2, accepted: 1, rejected: 1 }
 * // bytes that are not UTF-8 (0xE0 is "à" in Windows-1258) are reported, not replaced
 * const bytes = new Uint8Array([...new TextEncoder().encode('Mã hồ sơ\r\nH40-0001\r\nH'), 0xe0, 0x0d, 0x0a])
 * const bad = importRecords(z.object({ code: z.string() }), bytes, { columns: { 'Mã hồ sơ': 'code' } })
 * bad.records //=> [{ code: 'H40-0001' }]
 * bad.issues[0]?.code //=> 'invalid_encoding'
 * bad.issues[0]?.message.en //=> 'byte 0xE0 at byte offset 25 (line 3) is not valid UTF-8: reading stops here (the file may be in another encoding such as Windows-1258, TCVN3 or VNI — save it as CSV UTF-8)'
 * ```
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { importRecords, vnDate } from 'hanhchinh/format'
 * import { toXlsx } from 'hanhchinh/tables'
 * // a workbook with a title row above the header and a real date cell
 * const workbook = toXlsx({
 *   title: { vi: 'Hồ sơ tháng 12/2021', en: 'Dossiers, December 2021' },
 *   columns: [
 *     { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Code' }, type: 'text' },
 *     { id: 'received', label: { vi: 'Ngày tiếp nhận', en: 'Received' }, type: 'date' },
 *     { id: 'note', label: { vi: 'Ghi chú', en: 'Note' }, type: 'text' },
 *   ],
 *   rows: [{ code: '000.00.12.H40-211220-0001', received: '2021-12-20', note: 'Bổ sung lần 1' }],
 * }, { language: 'vi' })
 * const Row = z.object({ code: z.string(), receivedOn: vnDate() })
 * const r = await importRecords(Row, workbook, { format: 'xlsx', columns: { 'Mã hồ sơ': 'code', 'Ngày tiếp nhận': 'receivedOn' } })
 * r.records //=> [{ code: '000.00.12.H40-211220-0001', receivedOn: '2021-12-20' }]
 * r.warnings.map((w) => w.column) //=> ['Ghi chú']
 * ```
 */
export function importRecords<S extends z.ZodType>(
  schema: S, input: XlsxInput, options: XlsxOptions,
): Promise<ImportResult<z.output<S>>>
export function importRecords<S extends z.ZodType>(
  schema: S, input: string | Uint8Array | Iterable<unknown>, options?: ImportOptions & { format?: 'csv' },
): ImportResult<z.output<S>>
export function importRecords<S extends z.ZodType>(
  schema: S, input: AsyncIterable<unknown> | ReadableStreamLike, options?: ImportOptions,
): Promise<ImportResult<z.output<S>>>
export function importRecords<S extends z.ZodType>(
  schema: S, input: string | Uint8Array | ArrayBuffer | Iterable<unknown> | AsyncIterable<unknown> | ReadableStreamLike, options?: ImportOptions,
): ImportResult<z.output<S>> | Promise<ImportResult<z.output<S>>>
export function importRecords<S extends z.ZodType>(
  schema: S, input: string | Uint8Array | ArrayBuffer | Iterable<unknown> | AsyncIterable<unknown> | ReadableStreamLike, options?: ImportOptions,
): ImportResult<z.output<S>> | Promise<ImportResult<z.output<S>>> {
  const engine = new ImportEngine(schema, options, 'importRecords')
  const { result, emit } = collector<z.output<S>>()
  if (engine.options.format === 'xlsx') {
    checkXlsxInput(input)
    return (async () => {
      for await (const _ of feedWorkbook(engine, input as XlsxInput, emit)) { /* events are collected as they come */ }
      result.stats = { ...engine.stats }
      return result
    })()
  }
  checkInput(input)
  if (!isAsyncInput(input)) {
    feedSync(engine, input as string | Uint8Array | Iterable<unknown>, emit, engine.options.onProgress !== undefined)
    result.stats = { ...engine.stats }
    return result
  }
  return (async () => {
    const items = isReadableStream(input) ? readStream(input) : input
    for await (const item of items) engine.item(item, emit)
    engine.end(emit)
    result.stats = { ...engine.stats }
    return result
  })()
}

/**
 * Import row by row as an async generator, in constant memory: it yields
 * the header once, then each data row as it is read — `{ kind: 'record',
 * row, line, record }` or `{ kind: 'rejected', row, line, issues }` — and
 * returns the {@link ImportStats}. Same input, options and rules as
 * {@link importRecords}; reading pauses while the consumer works, so a
 * 1,000,000-row file streams through without being held in memory.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { importRecordsStream, vnCount } from 'hanhchinh/format'
 * async function* file() { yield 'Số hồ sơ\r\n50.308\r\n'; yield '-4\r\n7\r\n' }
 * let total = 0
 * const rejected: number[] = []
 * for await (const e of importRecordsStream(z.object({ 'Số hồ sơ': vnCount() }), file())) {
 *   if (e.kind === 'record') total += e.record['Số hồ sơ']
 *   if (e.kind === 'rejected') rejected.push(e.row)
 * }
 * total //=> 50315
 * rejected //=> [2]
 * ```
 */
export function importRecordsStream<S extends z.ZodType>(
  schema: S,
  input: string | Uint8Array | ArrayBuffer | Iterable<unknown> | AsyncIterable<unknown> | ReadableStreamLike,
  options?: ImportOptions,
): AsyncGenerator<ImportEvent<z.output<S>>, ImportStats, undefined> {
  const engine = new ImportEngine(schema, options, 'importRecordsStream')
  if (engine.options.format === 'xlsx') checkXlsxInput(input)
  else checkInput(input)
  return run(engine, input) as AsyncGenerator<ImportEvent<z.output<S>>, ImportStats, undefined>
}

// Hand out the events of one step; a plain loop, since yield* over an array in an async generator
// wraps each event in one more promise (async-from-sync iteration).
function take(pending: ImportEvent<unknown>[]): ImportEvent<unknown>[] {
  return pending.length === 0 ? NO_EVENTS : pending.splice(0)
}
const NO_EVENTS: ImportEvent<unknown>[] = []

async function* run(
  engine: ImportEngine, input: string | Uint8Array | ArrayBuffer | Iterable<unknown> | AsyncIterable<unknown> | ReadableStreamLike,
): AsyncGenerator<ImportEvent<unknown>, ImportStats, undefined> {
  const pending: ImportEvent<unknown>[] = []
  const emit = (e: ImportEvent<unknown>) => { pending.push(e) }
  if (engine.options.format === 'xlsx') {
    for await (const _ of feedWorkbook(engine, input as XlsxInput, emit)) for (const e of take(pending)) yield e
    for (const e of take(pending)) yield e
    return { ...engine.stats }
  }
  if (typeof input === 'string' || input instanceof Uint8Array) {
    for (let i = 0; i < input.length; i += SLICE) {
      engine.text(input.slice(i, i + SLICE), emit)
      for (const e of take(pending)) yield e
    }
  } else {
    const items = isReadableStream(input) ? readStream(input) : (input as AsyncIterable<unknown> | Iterable<unknown>)
    for await (const item of items) {
      engine.item(item, emit)
      for (const e of take(pending)) yield e
    }
  }
  engine.end(emit)
  for (const e of take(pending)) yield e
  return { ...engine.stats }
}
