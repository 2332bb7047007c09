import { invalidArgument, wrongType } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'

/**
 * One record of a CSV file as read by {@link CsvReader}: its fields (as
 * written, unquoted, not trimmed), the physical line where it starts
 * (1-based, counting CRLF, LF and lone CR as line ends, so it matches what a
 * text editor shows), and a syntax problem when the record is malformed.
 *
 * @example
 * ```ts
 * import { readCsv, type CsvRecord } from 'hanhchinh/format'
 * const [header, first]: CsvRecord[] = readCsv('a,b\r\n1,"x\r\ny"\r\n')
 * first //=> { fields: ['1', 'x\r\ny'], line: 2 }
 * ```
 */
export interface CsvRecord {
  fields: string[]
  line: number
  /**
   * `'text-after-quote'`: characters follow a closing quote before the next
   * delimiter (`"a"b`); the fields are returned as best read.
   * `'unclosed-quote'`: a quoted field is never closed before the end of the
   * input; `'record-too-long'`: the record grows past `maxRecordLength`
   * without ending (usually a stray quote in a large file). For these two the
   * reader gives up on the record: `fields` are the line it starts on, split
   * at the delimiter, and reading goes on from the next line — one stray
   * quote spoils one row, not the rest of the file.
   */
  error?: 'unclosed-quote' | 'text-after-quote' | 'record-too-long'
}

/**
 * Options of {@link CsvReader} and {@link readCsv}.
 *
 * @example
 * ```ts
 * import { readCsv, type CsvOptions } from 'hanhchinh/format'
 * const semicolons: CsvOptions = { delimiter: ';' }
 * readCsv('a;b', semicolons)[0]!.fields //=> ['a', 'b']
 * ```
 */
export interface CsvOptions {
  /**
   * The field delimiter. When absent it is detected on the first line that
   * is not blank (outside quotes) among `,`, `;` and tab: the most frequent
   * wins, `,` on a tie or when there is none.
   */
  delimiter?: ',' | ';' | '\t' | '|'
  /**
   * The longest record (in UTF-16 code units, quoted line breaks included)
   * the reader waits for; past it the record is reported as
   * `'record-too-long'` and reading goes on from the next line, so memory
   * stays bounded whatever the input. A spreadsheet cell holds at most
   * 32,767 characters.
   * @defaultValue `1048576` (1 Mi)
   */
  maxRecordLength?: number
}

const CSV_OPTIONS: OptionNames<CsvOptions> = { delimiter: true, maxRecordLength: true }

const QUOTE = 34
const CR = 13
const LF = 10
const CANDIDATES = [',', ';', '\t'] as const

/**
 * Detect the delimiter of a CSV header line: the most frequent of `,`, `;`
 * and tab outside quotes (`,` on a tie or when none occurs).
 *
 * @example
 * ```ts
 * import { detectDelimiter } from 'hanhchinh/format'
 * detectDelimiter('Mã hồ sơ;Ngày tiếp nhận;"Số, ký hiệu"') //=> ';'
 * detectDelimiter('a\tb\tc') //=> '\t'
 * detectDelimiter('một cột') //=> ','
 * ```
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  if (typeof headerLine !== 'string') throw wrongType('headerLine', headerLine, 'the text of a header line')
  const counts = [0, 0, 0]
  let quoted = false
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i]
    if (c === '"') quoted = !quoted
    else if (c === '\n' || c === '\r') { if (!quoted) break }
    else if (!quoted) {
      const k = CANDIDATES.indexOf(c as (typeof CANDIDATES)[number])
      if (k !== -1) counts[k]!++
    }
  }
  let best = 0
  for (let k = 1; k < 3; k++) if (counts[k]! > counts[best]!) best = k
  return CANDIDATES[best]!
}

// The first line with content (leading blank lines skipped), up to its end outside quotes;
// undefined when the text has no complete such line yet.
function firstContentLine(s: string, final: boolean): string | undefined {
  let start = 0
  let quoted = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === QUOTE) quoted = !quoted
    else if (!quoted && (c === LF || c === CR)) {
      const line = s.slice(start, i)
      if (line.trim() !== '') return line
      start = i + 1
    }
  }
  return final ? s.slice(start) : undefined
}

function countLineEnds(s: string, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k)
    if (c === LF) n++
    else if (c === CR && s.charCodeAt(k + 1) !== LF) n++
  }
  return n
}

/**
 * An incremental RFC 4180 CSV reader: feed it text in chunks of any size
 * (split anywhere, even inside a quoted field or between CR and LF) and it
 * hands back each complete record with the physical line where it starts.
 * It keeps only the unfinished record between chunks, so memory does not
 * grow with the file. A BOM at the start is dropped; CRLF, LF and CR line
 * ends are accepted; `""` inside quotes is a quote; quoted fields may hold
 * delimiters and line breaks. Malformed quoting is reported on the record
 * ({@link CsvRecord}), never thrown. A blank line is a record with one empty
 * field.
 *
 * @example
 * ```ts
 * import { CsvReader, type CsvRecord } from 'hanhchinh/format'
 * const reader = new CsvReader()
 * const out: CsvRecord[] = []
 * reader.push('Mã hồ sơ,Ghi chú\r\n000.00.12.H40-240426-0001,"Bổ sung\r', (r) => out.push(r))
 * reader.push('\ngiấy tờ"\r\n', (r) => out.push(r))
 * reader.end((r) => out.push(r))
 * out.length //=> 2
 * out[1] //=> { fields: ['000.00.12.H40-240426-0001', 'Bổ sung\r\ngiấy tờ'], line: 2 }
 * ```
 */
export class CsvReader {
  /** The delimiter in use: given, or detected on the first line (`undefined` until then). */
  delimiter: string | undefined
  /** The longest record read before giving up on it (see {@link CsvOptions}). */
  readonly maxRecordLength: number
  private rest = ''
  private line = 1
  private started = false
  private ended = false
  private skipLine = false // drop input up to the next line end (the rest of a record given up on)
  private pendingLF = false // a CR ended the previous chunk: drop a LF that starts the next one

  constructor(options?: CsvOptions) {
    const opts = readOptions(options, CSV_OPTIONS, 'CsvReader')
    const d = opts.delimiter
    if (d !== undefined && d !== ',' && d !== ';' && d !== '\t' && d !== '|') {
      throw invalidArgument('options.delimiter', d, "',', ';', '\\t' or '|'")
    }
    this.delimiter = d
    const max = opts.maxRecordLength ?? 1 << 20
    if (!Number.isInteger(max) || max < 1) throw invalidArgument('options.maxRecordLength', max, 'a positive integer')
    this.maxRecordLength = max
  }

  /** Feed the next chunk of text; `onRecord` is called for every record completed by it. */
  push(chunk: string, onRecord: (record: CsvRecord) => void): void {
    if (typeof chunk !== 'string') throw wrongType('chunk', chunk, 'a chunk of text')
    if (typeof onRecord !== 'function') throw wrongType('onRecord', onRecord, 'a function called with each record')
    if (this.ended) throw invalidArgument('CsvReader state', 'ended', 'push() only before end()')
    this.run(chunk, false, onRecord)
  }

  /** Signal the end of the input; `onRecord` receives the last record if the text did not end with a line break. */
  end(onRecord: (record: CsvRecord) => void): void {
    if (typeof onRecord !== 'function') throw wrongType('onRecord', onRecord, 'a function called with each record')
    if (this.ended) return
    this.run('', true, onRecord)
    this.ended = true
  }

  private run(chunk: string, final: boolean, onRecord: (record: CsvRecord) => void): void {
    let s = this.rest === '' ? chunk : this.rest + chunk
    this.rest = ''
    if (!this.started) {
      if (s === '' && !final) return
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1)
      this.started = true
    }
    if (this.pendingLF && s !== '') {
      if (s.charCodeAt(0) === LF) s = s.slice(1)
      this.pendingLF = false
    }
    if (this.skipLine) {
      const e = lineEnd(s, 0)
      if (e === s.length) return // still inside the abandoned line: drop the chunk
      s = s.slice(this.afterLineEnd(s, e, final))
      this.skipLine = false
    }
    if (this.delimiter === undefined) {
      const header = firstContentLine(s, final)
      if (header === undefined && s.length <= this.maxRecordLength) { this.rest = s; return }
      this.delimiter = detectDelimiter(header ?? s.slice(0, this.maxRecordLength))
    }
    const delimiter = this.delimiter
    const d = delimiter.charCodeAt(0)
    const n = s.length
    let nd = -1
    let nlf = -1
    let ncr = -1
    let i = 0
    let line = this.line
    outer: while (i < n) {
      const start = i
      const startLine = line
      const fields: string[] = []
      let error: CsvRecord['error']
      let incomplete = false
      for (;;) {
        if (i < n && s.charCodeAt(i) === QUOTE) {
          let j = i + 1
          let value = ''
          let closed = false
          for (;;) {
            const k = s.indexOf('"', j)
            if (k === -1) break
            if (k + 1 < n && s.charCodeAt(k + 1) === QUOTE) { value += s.slice(j, k + 1); j = k + 2; continue }
            if (k + 1 === n && !final) break // an escaped quote may follow in the next chunk
            value += s.slice(j, k)
            j = k + 1
            closed = true
            break
          }
          if (!closed) {
            if (!final) { incomplete = true; break }
            error = 'unclosed-quote'
            break
          }
          line += countLineEnds(s, i, j)
          i = j
          if (i < n) {
            let c = s.charCodeAt(i)
            if (c !== d && c !== CR && c !== LF) {
              let k = i
              while (k < n && c !== d && c !== CR && c !== LF) c = s.charCodeAt(++k)
              if (k === n && !final) { incomplete = true; break }
              error ??= 'text-after-quote'
              value += s.slice(i, k)
              i = k
            }
          }
          fields.push(value)
        } else {
          // next delimiter / CR / LF positions are cached: one indexOf per kind, not one test per character
          if (nd < i) { nd = s.indexOf(delimiter, i); if (nd === -1) nd = n }
          if (nlf < i) { nlf = s.indexOf('\n', i); if (nlf === -1) nlf = n }
          if (ncr < i) { ncr = s.indexOf('\r', i); if (ncr === -1) ncr = n }
          const k = nd < nlf ? (nd < ncr ? nd : ncr) : nlf < ncr ? nlf : ncr
          if (k === n && !final) { incomplete = true; break }
          fields.push(s.slice(i, k))
          i = k
        }
        if (i >= n) {
          if (!final) { incomplete = true; break }
          break
        }
        const c = s.charCodeAt(i)
        if (c === d) { i++; continue }
        if (c === CR) {
          if (i + 1 === n && !final) { incomplete = true; break }
          i += s.charCodeAt(i + 1) === LF ? 2 : 1
        } else {
          i++
        }
        line++
        break
      }
      if (incomplete && n - start <= this.maxRecordLength) {
        // wait for the rest of this record in the next chunk
        i = start
        line = startLine
        break outer
      }
      if (error === 'unclosed-quote' || incomplete) {
        // Give up on this record: report the line it starts on and read on from the next line, so
        // one stray quote spoils one row, and memory stays bounded by maxRecordLength.
        const e = lineEnd(s, start)
        onRecord({ fields: s.slice(start, e).split(delimiter), line: startLine, error: incomplete ? 'record-too-long' : 'unclosed-quote' })
        line = startLine + 1
        if (e === n && !final) { this.skipLine = true; i = n; break outer }
        i = e === n ? n : this.afterLineEnd(s, e, final)
        nd = nlf = ncr = -1
        continue
      }
      onRecord(error === undefined ? { fields, line: startLine } : { fields, line: startLine, error })
    }
    this.rest = i < n ? s.slice(i) : ''
    this.line = line
  }

  // Index just after the line end at e (CRLF counts as one); remembers a CR that ends the chunk.
  private afterLineEnd(s: string, e: number, final: boolean): number {
    if (s.charCodeAt(e) === CR) {
      if (e + 1 === s.length) { if (!final) this.pendingLF = true; return e + 1 }
      return s.charCodeAt(e + 1) === LF ? e + 2 : e + 1
    }
    return e + 1
  }
}

// The index of the first CR or LF at or after `from` (ignoring quotes), or the text's length.
function lineEnd(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c === LF || c === CR) return k
  }
  return s.length
}

/**
 * Read a whole CSV text into records (see {@link CsvReader} for the rules).
 *
 * @example
 * ```ts
 * import { readCsv } from 'hanhchinh/format'
 * readCsv('\ufeffTên;Số lượng\r\n"Sở Tư pháp";50.308\r\n')
 * //=> [{ fields: ['Tên', 'Số lượng'], line: 1 }, { fields: ['Sở Tư pháp', '50.308'], line: 2 }]
 * readCsv('a,"b\nc,d')
 * //=> [{ fields: ['a', '"b'], line: 1, error: 'unclosed-quote' }, { fields: ['c', 'd'], line: 2 }]
 * readCsv(undefined as never) //=> throws TypeError: Invalid type for text
 * ```
 */
export function readCsv(text: string, options?: CsvOptions): CsvRecord[] {
  if (typeof text !== 'string') throw wrongType('text', text, 'CSV text')
  const reader = new CsvReader(readOptions(options, CSV_OPTIONS, 'readCsv'))
  const out: CsvRecord[] = []
  const push = (r: CsvRecord) => { out.push(r) }
  reader.push(text, push)
  reader.end(push)
  return out
}
