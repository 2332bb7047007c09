// The row-by-row engine behind importRecords / importRecordsStream (internal).
// It is fed CSV text, rows or objects and emits ImportEvents through a callback;
// the drivers in import.ts only move input in and events out.
import * as z from 'zod'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { CsvReader, type CsvOptions, type CsvRecord } from './csv.js'
import type { HeaderPosition, ImportColumn, ImportEvent, ImportIssue, ImportOptions, ImportProgress, ImportStats, ImportWarning, UnknownColumns } from './import-types.js'
import { issueMessage } from './messages.js'
import { toNfc } from './nfc.js'
import { accentInsensitiveKey, normalizeVietnamese } from './text.js'

type Emit = (event: ImportEvent<unknown>) => void

/** A cell of a sheet that is no value: a formula error (#N/A) or a date serial no day has. */
export interface SheetCellError { index: number; raw: string; code: string; message: Label }
type Path = string[]

interface Plan {
  columns: ImportColumn[]
  paths: (Path | null)[] // per column: where its value goes (null: nowhere)
  keep: boolean[] // per column: passed under its header ('keep')
  strictUnknown: boolean[] // per column: a value in it rejects the row ('strict')
  unnamed: boolean[] // per column: no header and not imported (a value in it is warned about once)
  fieldColumn: Map<string, number> // dotted field path → column index
  headerIssues: ImportIssue[]
}

const IMPORT_OPTIONS: OptionNames<ImportOptions> = {
  columns: true, defaults: true, unknownColumns: true, delimiter: true, maxRecordLength: true, header: true, trim: true,
  format: true, sheet: true, onProgress: true,
}

/** onProgress is called after this many rows, or this much input, since the last call. */
export const PROGRESS_ROWS = 5000
export const PROGRESS_BYTES = 1 << 16

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

function setPath(target: Record<string, unknown>, path: Path, value: unknown): void {
  let o = target
  for (let k = 0; k < path.length - 1; k++) {
    const key = path[k]!
    let next = Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined
    if (typeof next !== 'object' || next === null) { next = {}; put(o, key, next) }
    o = next as Record<string, unknown>
  }
  put(o, path[path.length - 1]!, value)
}

function getPath(source: unknown, path: readonly PropertyKey[]): unknown {
  let o = source
  for (const key of path) {
    if (typeof o !== 'object' || o === null || !Object.prototype.hasOwnProperty.call(o, key)) return undefined
    o = (o as Record<PropertyKey, unknown>)[key]
  }
  return o
}

type ObjectDef = { type?: string; shape?: Record<string, z.ZodType>; catchall?: { _zod?: { def?: { type?: string } } } }

function objectDef(schema: z.ZodType): ObjectDef | undefined {
  const def = (schema as unknown as { _zod?: { def?: ObjectDef } })._zod?.def
  return def?.type === 'object' && def.shape ? def : undefined
}

const issue = (row: number, line: number | undefined, rest: Omit<ImportIssue, 'row' | 'line'>): ImportIssue =>
  line === undefined ? { row, ...rest } : { row, line, ...rest }

export class ImportEngine {
  readonly stats: ImportStats = { read: 0, accepted: 0, rejected: 0, blank: 0 }
  private readonly shape: Record<string, z.ZodType> | undefined
  private readonly columnsOption: Map<string, { given: string; field: string | null }> // exact normalised key → mapping
  private readonly columnsFolded: Map<string, { given: string; field: string | null } | false> // folded key → mapping (false: ambiguous)
  private readonly shapeKeys: Map<string, string | false>
  private readonly defaults: [Path, string, unknown][]
  private readonly policy: UnknownColumns
  private readonly trim: boolean
  /** The schema is a z.object that strips unknown keys (for 'keep' warnings). */
  private readonly strips: boolean
  readonly headerPosition: HeaderPosition | undefined
  readonly options: ImportOptions
  private readonly onProgress: ((p: ImportProgress) => void) | undefined
  /** Input read so far (bytes, characters, or compressed bytes of a workbook), kept by the drivers. */
  bytesRead = 0
  private progressRows = 0
  private progressBytes = 0
  private readonly warned = new Set<string>()
  /** Items or records seen before the header (for header: { row }). */
  private position = 0
  private plan: Plan | undefined
  private readonly objectPlans = new Map<string, Plan>()
  private readonly reader: CsvReader
  private row = 0
  private mode: 'text' | 'items' | undefined
  /** Rows of cells or objects: the first item decides, and a mix is refused row by row. */
  private itemKind: 'rows' | 'objects' | undefined

  constructor(private readonly schema: z.ZodType, given: ImportOptions | undefined, where: string) {
    if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) throw wrongType('schema', schema, 'a zod schema')
    // a misspelt option (unknownColumn: 'strict') would otherwise be ignored silently
    const options = readOptions(given, IMPORT_OPTIONS, where)
    this.options = options
    this.policy = readChoice(options.unknownColumns, ['warn', 'ignore', 'strict', 'keep'], 'warn', 'options.unknownColumns')
    this.trim = options.trim ?? true
    readChoice(options.format, ['csv', 'xlsx'], 'csv', 'options.format')
    if (options.sheet !== undefined && typeof options.sheet !== 'string' && !(Number.isInteger(options.sheet) && options.sheet >= 1)) {
      throw invalidArgument('options.sheet', options.sheet, 'a sheet name or a 1-based sheet number')
    }
    if (options.sheet !== undefined && options.format !== 'xlsx') throw invalidArgument('options.sheet', options.sheet, "no sheet option unless format: 'xlsx'")
    if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw wrongType('options.onProgress', options.onProgress, 'a function')
    this.onProgress = options.onProgress
    const def = objectDef(schema)
    this.shape = def?.shape
    this.strips = def !== undefined && def.catchall === undefined
    // a field path outside a closed object schema is a typo: its values would be stripped silently
    const closed = def !== undefined && (def.catchall === undefined || def.catchall._zod?.def?.type === 'never')
    const checkField = (what: string, field: string) => {
      if (closed && !Object.prototype.hasOwnProperty.call(this.shape, field.split('.')[0]!)) {
        throw invalidArgument(what, field, `a field of the schema (${Object.keys(this.shape ?? {}).join(', ')})`)
      }
    }
    this.columnsOption = new Map()
    this.columnsFolded = new Map()
    for (const [given, field] of Object.entries(options.columns ?? {})) {
      if (field !== null && (typeof field !== 'string' || field === '' || field.split('.').some((p) => p === ''))) {
        throw invalidArgument(`options.columns[${JSON.stringify(given)}]`, field, 'a field path such as "receivedOn" or "applicant.name", or null')
      }
      if (field !== null) checkField(`options.columns[${JSON.stringify(given)}]`, field)
      const entry = { given, field }
      const exact = normalizeVietnamese(given).toLowerCase()
      if (this.columnsOption.has(exact)) throw invalidArgument('options.columns', given, 'headers that differ other than by case and spacing')
      this.columnsOption.set(exact, entry)
      const folded = accentInsensitiveKey(given)
      this.columnsFolded.set(folded, this.columnsFolded.has(folded) ? false : entry)
    }
    this.shapeKeys = new Map()
    for (const key of Object.keys(this.shape ?? {})) {
      const folded = accentInsensitiveKey(key)
      this.shapeKeys.set(folded, this.shapeKeys.has(folded) ? false : key)
    }
    this.defaults = Object.entries(options.defaults ?? {}).map(([field, value]) => {
      if (field === '' || field.split('.').some((p) => p === '')) throw invalidArgument('options.defaults', field, 'field paths')
      checkField('options.defaults', field)
      return [field.split('.'), field, value]
    })
    if (options.header !== undefined && !Array.isArray(options.header)) {
      const h = options.header as HeaderPosition
      if (typeof h !== 'object' || h === null) throw wrongType('options.header', h, 'an array of header strings or { row, rows? }')
      readOptions(h, { row: true, rows: true }, 'options.header')
      if (!Number.isInteger(h.row) || h.row < 1) throw invalidArgument('options.header.row', h.row, 'a row number from 1')
      if (h.rows !== undefined && (!Number.isInteger(h.rows) || h.rows < 1 || h.rows > 10)) throw invalidArgument('options.header.rows', h.rows, 'a number of header rows from 1 to 10')
      this.headerPosition = { row: h.row, rows: h.rows ?? 1 }
    } else if (options.header !== undefined) {
      const headers = options.header as readonly unknown[]
      if (headers.some((x) => typeof x !== 'string')) throw wrongType('options.header', options.header, 'an array of header strings or { row, rows? }')
      this.plan = this.makePlan(headers)
    }
    // built now so that bad CSV options are refused at the call, not at the first chunk
    const csv: CsvOptions = {}
    if (options.delimiter !== undefined) csv.delimiter = options.delimiter
    if (options.maxRecordLength !== undefined) csv.maxRecordLength = options.maxRecordLength
    this.reader = new CsvReader(csv)
  }

  // ---- input -------------------------------------------------------------

  /** A chunk of CSV text or bytes (UTF-8, or UTF-16 with its BOM). */
  text(chunk: string | Uint8Array, emit: Emit): void {
    if (this.mode === 'items') throw wrongType('input item', chunk, 'the same kind as the first item (rows or objects, not text)')
    if (this.mode === undefined) {
      this.mode = 'text'
      if (this.plan) this.emitHeader(emit)
    }
    this.bytesRead += chunk.length
    if (this.stopped) return
    if (typeof chunk === 'string') {
      // bytes left unfinished by the previous chunk cannot be completed by text
      if (this.bytes && this.bytes.carry.length > 0) { this.bytesFailed(this.bytes.carry, 0, emit); return }
      this.reader.push(chunk, (record) => this.record(record, emit))
      return
    }
    this.bytesChunk(chunk, false, emit)
  }

  // ---- bytes -------------------------------------------------------------------

  private bytes: { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | undefined; carry: Uint8Array; offset: number; lineEnds: number; endedWithCR: boolean } | undefined
  /** Set once the input is refused for its encoding: the rest of it is not read. */
  private stopped = false

  private bytesChunk(chunk: Uint8Array, final: boolean, emit: Emit): void {
    const b = (this.bytes ??= { encoding: undefined, carry: new Uint8Array(0), offset: 0, lineEnds: 0, endedWithCR: false })
    let buf = b.carry.length === 0 ? chunk : concat(b.carry, chunk)
    if (b.encoding === undefined) {
      if (buf.length < 2 && !final) { b.carry = buf; return }
      b.encoding = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : 'utf-8'
      if (b.encoding !== 'utf-8') { buf = buf.subarray(2); b.offset += 2 }
    }
    // decode only whole characters: an unfinished one at the end waits for the next chunk
    const keep = final ? 0 : b.encoding === 'utf-8' ? utf8Tail(buf) : utf16Tail(buf, b.encoding === 'utf-16le')
    const whole = keep === 0 ? buf : buf.subarray(0, buf.length - keep)
    let text: string
    try {
      text = new TextDecoder(b.encoding, { fatal: true, ignoreBOM: true }).decode(whole)
    } catch {
      this.bytesFailed(whole, -1, emit)
      return
    }
    b.carry = keep === 0 ? new Uint8Array(0) : buf.slice(buf.length - keep)
    b.offset += whole.length
    this.countLineEnds(text)
    this.reader.push(text, (record) => this.record(record, emit))
  }

  private countLineEnds(text: string): void {
    const b = this.bytes!
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k)
      if (c === 10) { if (!(k === 0 && b.endedWithCR)) b.lineEnds++ } else if (c === 13) b.lineEnds++
      // a CR followed by LF is one line end: the LF is not counted
      if (c === 13 && text.charCodeAt(k + 1) === 10) k++
    }
    if (text.length > 0) b.endedWithCR = text.charCodeAt(text.length - 1) === 13
  }

  /**
   * Report bytes that are not text in the input's encoding, naming the byte offset and the line, and
   * stop reading: the text before them is read (its complete rows are imported); the rest is not. Returns false.
   */
  private bytesFailed(buf: Uint8Array, at: number, emit: Emit): false {
    const b = this.bytes!
    const utf8 = b.encoding === 'utf-8' || b.encoding === undefined
    const bad = at >= 0 ? at : utf8 ? firstInvalidUtf8(buf) : firstInvalidUtf16(buf, b.encoding === 'utf-16le')
    // the valid text before the bad bytes completes the rows it can
    if (bad > 0) {
      const text = new TextDecoder(b.encoding ?? 'utf-8', { ignoreBOM: true }).decode(buf.subarray(0, bad))
      this.countLineEnds(text)
      this.reader.push(text, (record) => this.record(record, emit))
    }
    this.stopped = true
    const offset = b.offset + bad
    const line = b.lineEnds + 1
    const shown = Array.from(buf.subarray(bad, bad + (utf8 ? 1 : 2)), (x) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')
    const encoding = utf8 ? 'UTF-8' : b.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'
    const message: Label = {
      vi: `byte ${shown} ở vị trí byte ${offset} (dòng ${line} của tệp) không phải là ${encoding} hợp lệ: ngừng đọc từ đây (tệp có thể được lưu bằng bảng mã khác như Windows-1258, TCVN3, VNI — hãy lưu lại dưới dạng CSV UTF-8)`,
      en: `byte ${shown} at byte offset ${offset} (line ${line}) is not valid ${encoding}: reading stops here (the file may be in another encoding such as Windows-1258, TCVN3 or VNI — save it as CSV UTF-8)`,
    }
    if (!this.plan) {
      const header = issue(0, line, { path: [], field: '', code: 'invalid_encoding', message })
      emit({ kind: 'header', columns: [], issues: [header] })
      return false
    }
    const row = ++this.row
    this.stats.read++
    this.stats.rejected++
    emit({ kind: 'rejected', row, line, issues: [issue(row, line, { path: [], field: '', code: 'invalid_encoding', message })] })
    this.tick()
    return false
  }

  /** One item of an iterable: text chunk, row of cells or object. */
  item(value: unknown, emit: Emit): void {
    if (typeof value === 'string' || value instanceof Uint8Array) {
      // text chunks when the input started with text; a stray string among rows or objects is a bad row
      if (this.mode !== 'items') { this.text(value, emit); return }
      this.badItem(value, emit)
      return
    }
    if (this.mode === 'text') throw wrongType('input item', value, 'a text chunk like the first item')
    if (this.mode === undefined) {
      this.mode = 'items'
      if (this.plan) this.emitHeader(emit)
    }
    if (Array.isArray(value)) {
      if (this.itemKind === 'objects') { this.badItem(value, emit, 'objects'); return }
      this.itemKind = 'rows'
      this.cells(value, undefined, undefined, emit)
    } else if (typeof value === 'object' && value !== null) {
      if (this.itemKind === 'rows') { this.badItem(value, emit, 'rows'); return }
      this.itemKind = 'objects'
      this.object(value as Record<string, unknown>, emit)
    } else this.badItem(value, emit)
  }

  /**
   * A failure that ends the reading (a damaged workbook): a header issue when no header was read, else a
   * rejected row at `line`, so that `read = accepted + rejected` still holds and the failure has a place.
   */
  fail(code: string, message: Label, line: number | undefined, emit: Emit): void {
    this.stopped = true
    if (!this.plan) {
      emit({ kind: 'header', columns: [], issues: [issue(0, line, { path: [], field: '', code, message })] })
      return
    }
    const row = ++this.row
    this.stats.read++
    this.stats.rejected++
    emit(line === undefined
      ? { kind: 'rejected', row, issues: [issue(row, line, { path: [], field: '', code, message })] }
      : { kind: 'rejected', row, line, issues: [issue(row, line, { path: [], field: '', code, message })] })
    this.tick()
  }

  get failed(): boolean { return this.stopped }
  /** Fields of the schema (1 for a schema that is not an object). */
  get fieldCount(): number { return this.shape ? Object.keys(this.shape).length : 1 }
  /** A value in a column of a sheet to the right of the header: warned about once. */
  outsideHeader(index: number, emit: Emit): void { this.warnUnnamed(index, emit) }
  get hasHeader(): boolean { return this.plan !== undefined }

  /** Whether a header text names a field (or an entry of `columns`): used to find the header row of a sheet. */
  matches(header: string): boolean {
    const h = normalizeVietnamese(header)
    return h !== '' && this.resolve(h) !== undefined
  }

  /** The header of a workbook sheet, found by the driver (title rows above it skipped). */
  sheetHeader(headers: readonly unknown[], line: number, emit: Emit): void {
    this.mode = 'items'
    this.itemKind = 'rows'
    this.plan = this.makePlan(headers, line)
    this.emitHeader(emit)
  }

  /** One row of a workbook sheet at its sheet row number; `errors` are formula-error or bad-date cells by column. */
  sheetRow(cells: readonly unknown[], line: number, errors: readonly SheetCellError[] | undefined, emit: Emit): void {
    if (this.mode === undefined) {
      this.mode = 'items'
      this.itemKind = 'rows'
      if (this.plan) this.emitHeader(emit)
    }
    this.cells(cells, line, undefined, emit, errors)
  }

  /** Report progress if enough rows or input went by since the last report (or always, at the end). */
  tick(final = false): void {
    if (!this.onProgress) return
    const s = this.stats
    if (!final && s.read - this.progressRows < PROGRESS_ROWS && this.bytesRead - this.progressBytes < PROGRESS_BYTES) return
    this.progressRows = s.read
    this.progressBytes = this.bytesRead
    this.onProgress({ rows: s.read, bytes: this.bytesRead, accepted: s.accepted, rejected: s.rejected })
  }

  private emitHeader(emit: Emit): void {
    const plan = this.plan!
    emit({ kind: 'header', columns: plan.columns, issues: plan.headerIssues })
    this.warnColumns(plan, emit, true)
  }

  /** Warn once per name about columns that are read but not imported (header-based input, or one object's keys). */
  private warnColumns(plan: Plan, emit: Emit, indexed: boolean): void {
    if (this.policy === 'ignore' || this.policy === 'strict') return
    for (const column of plan.columns) {
      const code = column.status === 'unknown' && column.header !== '' ? 'unknown_column' : column.status === 'kept' && this.strips ? 'stripped_column' : undefined
      if (code === undefined || this.warned.has(column.header)) continue
      this.warned.add(column.header)
      const h = column.header
      const message: Label = code === 'unknown_column'
        ? {
            vi: `cột "${h}" không thuộc lược đồ: giá trị trong cột này không được nhập (ánh xạ bằng columns, hoặc tắt cảnh báo này bằng columns: { "${h}": null } hay unknownColumns: 'ignore')`,
            en: `column "${h}" is not in the schema: its values are not imported (map it with columns, or silence this with columns: { "${h}": null } or unknownColumns: 'ignore')`,
          }
        : {
            vi: `cột "${h}" được giữ (unknownColumns: 'keep') nhưng lược đồ z.object bỏ các khóa lạ: dùng z.looseObject để giữ nó`,
            en: `column "${h}" is kept (unknownColumns: 'keep') but the z.object schema strips unknown keys: use z.looseObject to keep it`,
          }
      const warning: ImportWarning = indexed ? { code, column: h, index: column.index, message } : { code, column: h, message }
      emit({ kind: 'warning', warning })
    }
  }

  private warnUnnamed(index: number, emit: Emit): void {
    const key = `\u0000${index}`
    if (this.policy === 'ignore' || this.warned.has(key)) return
    this.warned.add(key)
    emit({
      kind: 'warning',
      warning: {
        code: 'unnamed_column', column: '', index,
        message: {
          vi: `cột thứ ${index + 1} không có tiêu đề nhưng có giá trị: các giá trị này không được nhập (đặt tiêu đề cho cột, hoặc unknownColumns: 'ignore')`,
          en: `column ${index + 1} has no header but holds values: they are not imported (give the column a header, or unknownColumns: 'ignore')`,
        },
      },
    })
  }

  end(emit: Emit): void {
    if (this.mode === 'text' && !this.stopped) {
      // the last bytes: an unfinished character is refused there
      if (this.bytes && this.bytes.carry.length > 0) this.bytesChunk(new Uint8Array(0), true, emit)
      if (!this.stopped) this.reader.end((record) => this.record(record, emit))
    }
    if (this.stopped) { this.tick(true); return }
    this.tick(true)
    if (!this.plan && this.objectPlans.size === 0 && this.row === 0) {
      const empty = issue(0, undefined, {
        path: [], field: '', code: 'empty_input',
        message: { vi: 'dữ liệu trống: không có dòng tiêu đề', en: 'the input is empty: there is no header line' },
      })
      emit({ kind: 'header', columns: [], issues: [empty] })
    }
  }

  // ---- header --------------------------------------------------------------

  private resolve(header: string): { field: string | null; explicit: boolean } | undefined {
    const exact = this.columnsOption.get(normalizeVietnamese(header).toLowerCase())
    if (exact) return { field: exact.field, explicit: true }
    const folded = accentInsensitiveKey(header)
    const f = this.columnsFolded.get(folded)
    if (f) return { field: f.field, explicit: true }
    const key = this.shapeKeys.get(folded)
    if (key) return { field: key, explicit: false }
    return undefined
  }

  private makePlan(headers: readonly unknown[], line?: number): Plan {
    const plan: Plan = { columns: [], paths: [], keep: [], strictUnknown: [], unnamed: [], fieldColumn: new Map(), headerIssues: [] }
    headers.forEach((h, index) => {
      const header = typeof h === 'string' ? normalizeVietnamese(h) : h === undefined || h === null ? '' : headerText(h)
      const r = header === '' ? undefined : this.resolve(header)
      let column: ImportColumn
      if (r === undefined) {
        column = { header, index, status: this.policy === 'keep' && header !== '' ? 'kept' : 'unknown' }
      } else if (r.field === null) {
        column = { header, index, status: 'ignored' }
      } else if (plan.fieldColumn.has(r.field)) {
        const first = plan.columns[plan.fieldColumn.get(r.field)!]!
        column = { header, index, status: 'duplicate', field: r.field }
        plan.headerIssues.push(issue(0, line, {
          path: r.field.split('.'), field: r.field, column: header, code: 'duplicate_column',
          message: {
            vi: `cột "${header}" trùng với cột "${first.header}" (cùng trường "${r.field}"); giá trị trong cột này làm dòng bị từ chối`,
            en: `column "${header}" duplicates column "${first.header}" (same field "${r.field}"); a value in it rejects the row`,
          },
        }))
      } else {
        column = { header, index, status: 'mapped', field: r.field }
        plan.fieldColumn.set(r.field, index)
      }
      plan.columns.push(column)
      plan.paths.push(column.status === 'mapped' ? column.field!.split('.') : column.status === 'kept' ? [header] : null)
      plan.keep.push(column.status === 'kept')
      plan.strictUnknown.push(column.status === 'duplicate' || (column.status === 'unknown' && this.policy === 'strict'))
      plan.unnamed.push(column.status === 'unknown' && header === '' && this.policy !== 'strict')
      if (column.status === 'unknown' && this.policy === 'strict') {
        plan.headerIssues.push(issue(0, line, {
          path: [], field: '', column: header, code: 'unknown_column',
          message: {
            vi: `cột "${header}" không thuộc lược đồ; dòng có giá trị trong cột này bị từ chối (để bỏ qua: columns: { "${header}": null })`,
            en: `column "${header}" is not in the schema; rows with a value in it are rejected (to ignore it: columns: { "${header}": null })`,
          },
        }))
      }
    })
    // required fields with no column and no default
    if (this.shape) {
      const covered = new Set([...plan.fieldColumn.keys()].map((f) => f.split('.')[0]!))
      for (const [path] of this.defaults) covered.add(path[0]!)
      for (const [key, fieldSchema] of Object.entries(this.shape)) {
        if (covered.has(key) || z.safeParse(fieldSchema, undefined).success) continue
        plan.headerIssues.push(issue(0, line, {
          path: [key], field: key, code: 'missing_column',
          message: {
            vi: `thiếu cột cho trường bắt buộc "${key}"; mọi dòng sẽ bị từ chối (ánh xạ tiêu đề bằng columns hoặc cho giá trị mặc định bằng defaults)`,
            en: `no column for the required field "${key}"; every row will be rejected (map a header with columns or give defaults)`,
          },
        }))
      }
    }
    return plan
  }

  // ---- rows ----------------------------------------------------------------

  private record(record: CsvRecord, emit: Emit): void {
    // header: { row } skips the lines above the header (a title block)
    if (!this.plan && this.headerPosition && record.line < this.headerPosition.row) return
    this.cells(record.fields, record.line, record.error, emit)
  }

  private clean(cell: unknown): unknown {
    if (typeof cell !== 'string') return cell === null ? undefined : cell
    let s = toNfc(cell)
    if (this.trim) s = s.trim()
    return s === '' ? undefined : s
  }

  private cells(fields: readonly unknown[], line: number | undefined, csvError: CsvRecord['error'], emit: Emit, cellErrors?: readonly SheetCellError[]): void {
    let blank = true
    for (const f of fields) {
      // NFC never empties a string, so emptiness is decided without normalising
      if (typeof f === 'string' ? (this.trim ? f.trim() !== '' : f !== '') : f !== undefined && f !== null) { blank = false; break }
    }
    if (blank && csvError === undefined) {
      // a line with no value at all is not a row (before the header too)
      this.stats.blank++
      return
    }
    if (!this.plan) {
      if (line === undefined && this.headerPosition && ++this.position < this.headerPosition.row) return
      this.plan = this.makePlan(fields, line)
      this.emitHeader(emit)
      return
    }
    const plan = this.plan
    const row = ++this.row
    const issues: ImportIssue[] = []
    if (csvError !== undefined) {
      const message: Label = csvError === 'unclosed-quote'
        ? { vi: 'dấu ngoặc kép (") mở một ô nhưng không bao giờ đóng: bỏ qua dòng này, đọc tiếp từ dòng sau', en: 'a quoted field (") is never closed: this line is skipped and reading goes on from the next line' }
        : csvError === 'record-too-long'
          ? { vi: `bản ghi dài quá ${this.reader.maxRecordLength} ký tự mà chưa kết thúc (thường do dấu ngoặc kép không đóng): bỏ qua dòng này, đọc tiếp từ dòng sau`, en: `the record runs past ${this.reader.maxRecordLength} characters without ending (usually an unclosed quote): this line is skipped and reading goes on from the next line` }
          : { vi: 'có ký tự nằm sau dấu ngoặc kép đóng ô (kiểu "a"b)', en: 'characters follow the closing quote of a field (as in "a"b)' }
      issues.push(issue(row, line, { path: [], field: '', raw: [...fields], code: 'csv_syntax', message }))
    }
    if (fields.length !== plan.columns.length) {
      issues.push(issue(row, line, {
        path: [], field: '', raw: [...fields], code: 'column_count',
        message: {
          vi: `dòng có ${fields.length} ô nhưng tiêu đề có ${plan.columns.length} cột`,
          en: `the row has ${fields.length} cells but the header has ${plan.columns.length} columns`,
        },
      }))
    }
    const input: Record<string, unknown> = {}
    const n = Math.min(fields.length, plan.columns.length)
    let errored: Set<string> | undefined
    if (cellErrors !== undefined) {
      for (const e of cellErrors) {
        if (e.index >= n || plan.paths[e.index] === null) continue
        const column = plan.columns[e.index]!
        const field = column.status === 'mapped' ? column.field! : ''
        issues.push(issue(row, line, { path: field === '' ? [] : field.split('.'), field, column: column.header, raw: e.raw, code: e.code, message: e.message }))
        ;(errored ??= new Set()).add(field)
      }
    }
    for (let j = 0; j < n; j++) {
      const path = plan.paths[j]
      if (path === null && !plan.strictUnknown[j]) {
        if (plan.unnamed[j] && this.clean(fields[j]) !== undefined) this.warnUnnamed(j, emit)
        continue
      }
      const value = this.clean(fields[j])
      if (value === undefined) continue
      if (plan.strictUnknown[j]) {
        const column = plan.columns[j]!
        issues.push(issue(row, line, {
          path: [], field: '', column: column.header, raw: fields[j], code: column.status === 'duplicate' ? 'duplicate_column' : 'unknown_column',
          message: column.status === 'duplicate'
            ? { vi: `giá trị trong cột trùng lặp "${column.header}"`, en: `a value in the duplicate column "${column.header}"` }
            : { vi: `giá trị trong cột "${column.header}" không thuộc lược đồ`, en: `a value in column "${column.header}", which is not in the schema` },
        }))
        continue
      }
      if (plan.keep[j]) put(input, path![0]!, value)
      else setPath(input, path!, value)
    }
    this.validate(input, row, line, issues, (field) => {
      const j = plan.fieldColumn.get(field)
      return j === undefined ? undefined : { column: plan.columns[j]!.header, raw: fields[j] }
    }, emit, errored)
  }

  private object(value: Record<string, unknown>, emit: Emit): void {
    const keys = Object.keys(value)
    const signature = keys.join('\u0000')
    let plan = this.objectPlans.get(signature)
    if (!plan) {
      plan = this.makePlan(keys)
      if (this.objectPlans.size < 1000) this.objectPlans.set(signature, plan)
      this.warnColumns(plan, emit, false)
    }
    const row = ++this.row
    const issues: ImportIssue[] = []
    // objects have no header line: unknown or duplicate keys are reported on the rows that use them,
    // missing fields by the schema ('required')
    const input: Record<string, unknown> = {}
    keys.forEach((key, j) => {
      const path = plan.paths[j]
      const cell = this.clean(value[key])
      if (cell === undefined) return
      if (plan.strictUnknown[j]) {
        const duplicate = plan.columns[j]!.status === 'duplicate'
        issues.push(issue(row, undefined, {
          path: [], field: '', column: key, raw: value[key], code: duplicate ? 'duplicate_column' : 'unknown_column',
          message: duplicate
            ? { vi: `trường "${key}" trùng với một trường khác cho cùng một trường của lược đồ`, en: `key "${key}" fills the same schema field as another key` }
            : { vi: `trường "${key}" không thuộc lược đồ`, en: `key "${key}" is not in the schema` },
        }))
        return
      }
      if (path === null || path === undefined) return
      if (plan.keep[j]) put(input, key, cell)
      else setPath(input, path, cell)
    })
    this.validate(input, row, undefined, issues, (field) => {
      const j = plan.fieldColumn.get(field)
      return j === undefined ? undefined : { column: keys[j]!, raw: value[keys[j]!] }
    }, emit)
  }

  private badItem(value: unknown, emit: Emit, expected?: 'rows' | 'objects'): void {
    const row = ++this.row
    this.stats.read++
    this.stats.rejected++
    const message = expected === 'objects'
      ? { vi: 'mục này là một danh sách ô, trong khi các mục trước là đối tượng', en: 'this item is an array of cells, but the items before it are objects' }
      : expected === 'rows'
        ? { vi: 'mục này là một đối tượng, trong khi các mục trước là danh sách ô', en: 'this item is an object, but the items before it are arrays of cells' }
        : { vi: 'mục này không phải là một dòng (danh sách ô) hay một đối tượng', en: 'this item is neither a row (array of cells) nor an object' }
    emit({
      kind: 'rejected', row, issues: [issue(row, undefined, { path: [], field: '', raw: value, code: 'invalid_row', message })],
    })
    this.tick()
  }

  private validate(
    input: Record<string, unknown>, row: number, line: number | undefined, issues: ImportIssue[],
    source: (field: string) => { column: string; raw: unknown } | undefined, emit: Emit, errored?: Set<string>,
  ): void {
    let fromDefault: Map<string, unknown> | undefined // only when a default was used
    if (this.defaults.length > 0) {
      for (const [path, field, value] of this.defaults) {
        if (getPath(input, path) === undefined) { setPath(input, path, value); (fromDefault ??= new Map()).set(field, value) }
      }
    }
    this.stats.read++
    const result = z.safeParse(this.schema, input)
    if (result.success && issues.length === 0) {
      this.stats.accepted++
      emit(line === undefined ? { kind: 'record', row, record: result.data } : { kind: 'record', row, line, record: result.data })
      this.tick()
      return
    }
    if (!result.success) {
      for (const zi of result.error.issues) {
        const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
        // a cell that holds no value (a formula error) is already reported; its field's absence is not news
        if (errored?.has(path.join('.'))) continue
        // the column of the longest prefix of the path that came from a column
        let where: { column: string; raw: unknown } | undefined
        let dflt: { raw: unknown } | undefined
        for (let k = path.length; k > 0 && !where && !dflt; k--) {
          const field = path.slice(0, k).join('.')
          where = source(field)
          if (!where && fromDefault?.has(field)) dflt = { raw: fromDefault.get(field) }
        }
        const value = getPath(input, zi.path)
        const params = (zi as { params?: { format?: unknown } }).params
        // an absent value refused by any check (invalid_type, a union of string and number…) is a missing value
        const code = value === undefined && zi.code !== 'custom'
          ? 'required'
          : zi.code === 'custom' && typeof params?.format === 'string' ? params.format : zi.code
        const message = code === 'required'
          ? { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' }
          : issueMessage(zi, value)
        const entry: Omit<ImportIssue, 'row' | 'line'> = { path, field: path.join('.'), code, message }
        if (where) { entry.column = where.column; if (where.raw !== undefined) entry.raw = where.raw }
        else if (dflt) entry.raw = dflt.raw
        issues.push(issue(row, line, entry))
      }
    }
    this.stats.rejected++
    emit(line === undefined ? { kind: 'rejected', row, issues } : { kind: 'rejected', row, line, issues })
    this.tick()
  }
}

/** A non-string header as text; an object whose toString is broken must not stop the import. */
function headerText(value: unknown): string {
  try {
    return String(value)
  } catch {
    try {
      return JSON.stringify(value) ?? Object.prototype.toString.call(value)
    } catch {
      return Object.prototype.toString.call(value)
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

// How many bytes at the end of buf begin a UTF-8 character that the next chunk may finish (0–3).
function utf8Tail(buf: Uint8Array): number {
  const n = buf.length
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = buf[n - k]!
    if ((c & 0xc0) === 0x80) continue // a continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1
    return need > k ? k : 0
  }
  return 0
}

// Bytes at the end of UTF-16 that the next chunk may finish: an odd byte, or a high surrogate.
function utf16Tail(buf: Uint8Array, le: boolean): number {
  const odd = buf.length % 2
  const end = buf.length - odd
  if (end >= 2) {
    const unit = le ? buf[end - 2]! | (buf[end - 1]! << 8) : (buf[end - 2]! << 8) | buf[end - 1]!
    if (unit >= 0xd800 && unit <= 0xdbff) return odd + 2
  }
  return odd
}

// The index of the first byte that does not belong to a valid UTF-8 character (buf is known to hold one).
function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length
  let i = 0
  while (i < n) {
    const c = buf[i]!
    if (c < 0x80) { i++; continue }
    let need: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80 }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800 }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000 }
    else return i
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const d = buf[i + k]
      if (d === undefined || (d & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (d & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return n
}

// The index of the first byte of a UTF-16 code unit that is a lone surrogate (or of an odd last byte).
function firstInvalidUtf16(buf: Uint8Array, le: boolean): number {
  const unit = (k: number) => (le ? buf[k]! | (buf[k + 1]! << 8) : (buf[k]! << 8) | buf[k + 1]!)
  let i = 0
  for (; i + 1 < buf.length; i += 2) {
    const u = unit(i)
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < buf.length) {
        const v = unit(i + 2)
        if (v >= 0xdc00 && v <= 0xdfff) { i += 2; continue }
      }
      return i
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i
  }
  return i
}
