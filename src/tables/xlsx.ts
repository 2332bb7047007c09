// The XLSX writer: its own module, so that a bundle using only toCsv/toHtml carries neither it nor fflate.
import { Deflate } from 'fflate'
import { toDecimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { VIETNAM_OFFSET_MINUTES } from '../core/instant.js'
import { toDayNumber } from '../core/iso-date.js'
import { formatLegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { checkCell, checkTable, dateOf, epochOf, numberOf, textOf } from './cells.js'
import type { Table, TableColumn } from './schema.js'

/**
 * Options of {@link toXlsx}.
 *
 * @example
 * ```ts
 * import type { ToXlsxOptions } from 'hanhchinh/tables'
 * const english: ToXlsxOptions = { language: 'en', title: false }
 * english.language //=> 'en'
 * ```
 */
export interface ToXlsxOptions {
  /**
   * The header rows: `'both'` writes a Vietnamese row then an English row;
   * `'vi'` or `'en'` one row in that language (also the language of the
   * title, notes and basis; `'both'` writes them in Vietnamese).
   * @defaultValue `'both'`
   */
  language?: 'vi' | 'en' | 'both'
  /** Write the table's title in the first row, above the header. @defaultValue `true` */
  title?: boolean
  /**
   * The sheet names, one per table; by default each is taken from the
   * table's title (characters Excel forbids removed, cut to 31 characters,
   * made unique). Given names are checked, not altered.
   */
  sheetNames?: readonly string[]
}

const XLSX_OPTIONS: OptionNames<ToXlsxOptions> = { language: true, title: true, sheetNames: true }

// Excel's serial day 0 is 1899-12-30 (the 1900 date system); serial 61 is 1900-03-01, the first day
// after Excel's fictitious 29/02/1900, from which serials and calendar days agree.
const EXCEL_EPOCH_DAY = -25_569
const FIRST_SERIAL = 61
const LAST_SERIAL = 2_958_465 // 9999-12-31
const MAX_CELL_TEXT = 32_767

// Style indexes in styles.xml (cellXfs)
const S_TITLE = 1, S_HEADER = 2, S_TEXT = 3, S_INTEGER = 4, S_DECIMAL = 5, S_PERCENT = 6, S_DATE = 7, S_DATETIME = 8, S_NOTE = 9

/**
 * Write one table or several (one sheet each) as an Excel workbook (.xlsx,
 * Office Open XML), returned as bytes to save or send. Cells are real cells:
 * integers, decimals and percentages are numbers (a percentage of `84.79`
 * points is the number `0.8479` shown `84.79%`), dates and date-times are
 * date serials shown `dd/mm/yyyy` and `dd/mm/yyyy hh:mm` — a date-time is
 * written as the wall-clock time in Vietnam, as Excel has no time zones —
 * and text is text (never read as a formula). Each sheet has the title in
 * its first row, a bold header (Vietnamese and English rows by default)
 * frozen on screen and repeated on each printed page, column widths (given
 * or fitted to the content), A4 page setup, and the notes and legal basis
 * below the data. The output is the same bytes for the same input, on any
 * machine and in any time zone.
 *
 * Dates before 1 March 1900, which Excel's calendar cannot hold, are written
 * as text `dd/mm/yyyy`.
 *
 * @param tables - a table, or an array of tables (one sheet each)
 * @param options - {@link ToXlsxOptions}
 * @returns the bytes of the .xlsx file
 * @throws RangeError or TypeError naming `rows[i].column` for a cell that does not fit its column or is too long for Excel (32,767 characters), and for a bad option
 *
 * @example
 * ```ts
 * import { toXlsx, type Table } from 'hanhchinh/tables'
 * const table: Table = {
 *   title: { vi: 'Hồ sơ quá hạn tháng 3/2026', en: 'Overdue dossiers, March 2026' },
 *   columns: [
 *     { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text', width: 28 },
 *     { id: 'due', label: { vi: 'Hạn trả', en: 'Due' }, type: 'date' },
 *     { id: 'late', label: { vi: 'Số ngày trễ', en: 'Working days late' }, type: 'integer' },
 *   ],
 *   rows: [{ code: '000.00.12.H40-260305-0001', due: '2026-03-20', late: 3 }],
 * }
 * const bytes = toXlsx(table)
 * bytes instanceof Uint8Array //=> true
 * [bytes[0], bytes[1]] //=> [0x50, 0x4b]
 * toXlsx(table, { language: 'fr' } as never) //=> throws RangeError: options.language
 * ```
 */
export function toXlsx(tables: Table | readonly Table[], options?: ToXlsxOptions): Uint8Array {
  const opts = readOptions(options, XLSX_OPTIONS, 'toXlsx')
  const language = readChoice(opts.language, ['vi', 'en', 'both'], 'both', 'options.language')
  if (opts.title !== undefined && typeof opts.title !== 'boolean') throw wrongType('options.title', opts.title, 'a boolean')
  const list: readonly Table[] = Array.isArray(tables) ? tables : [tables as Table]
  if (list.length === 0) throw invalidArgument('tables', tables, 'a table or a non-empty array of tables')
  list.forEach((t, k) => checkTable(t, Array.isArray(tables) ? `tables[${k}]` : 'table'))
  const names = sheetNames(list, opts.sheetNames, language === 'en' ? 'en' : 'vi')
  const parts: Part[] = []
  const add = (name: string, text: string): void => { parts.push([name, (emit) => emit(text)]) }
  add('[Content_Types].xml', contentTypes(list.length))
  add('_rels/.rels', ROOT_RELS)
  add('xl/workbook.xml', workbook(list, names, language, opts.title !== false))
  add('xl/_rels/workbook.xml.rels', workbookRels(list.length))
  add('xl/styles.xml', STYLES)
  list.forEach((t, k) => parts.push([`xl/worksheets/sheet${k + 1}.xml`, (emit) => sheet(t, language, opts.title !== false, emit)]))
  return zip(parts)
}

function headerRowCount(language: 'vi' | 'en' | 'both'): number {
  return language === 'both' ? 2 : 1
}

// The worksheet XML, handed out in pieces so that a large sheet is never one string in memory.
function sheet(table: Table, language: 'vi' | 'en' | 'both', withTitle: boolean, emit: (text: string) => void): void {
  const columns = table.columns
  const refs = columns.map((_, k) => columnName(k))
  const textLanguage = language === 'en' ? 'en' : 'vi'
  const headerLanguages: Array<'vi' | 'en'> = language === 'both' ? ['vi', 'en'] : [language]
  const trailer: string[] = (table.notes ?? []).map((n, k) => textOf(n, textLanguage, `table.notes[${k}]`))
  if (table.basis !== undefined && table.basis.length > 0) {
    trailer.push(`${textLanguage === 'vi' ? 'Căn cứ' : 'Basis'}: ${table.basis.map((b) => formatLegalBasis(b, textLanguage)).join('; ')}`)
  }
  const headerEnd = (withTitle ? 1 : 0) + headerLanguages.length
  const data = table.rows
  // one empty row between the data and the notes
  const lastRow = headerEnd + data.length + (trailer.length > 0 ? 1 + trailer.length : 0)
  const widths = columns.map((c, k) => c.width ?? fitWidth(table, c, headerLanguages, k))
  const last = refs[columns.length - 1]!
  emit(`${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${last}${Math.max(lastRow, 1)}"/>`)
  emit(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerEnd}" topLeftCell="A${headerEnd + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`)
  emit(`<sheetFormatPr defaultRowHeight="15"/><cols>${widths.map((w, k) => `<col min="${k + 1}" max="${k + 1}" width="${round2(w)}" customWidth="1"/>`).join('')}</cols><sheetData>`)
  let r = 0
  if (withTitle) {
    r++
    emit(`<row r="${r}" ht="21" customHeight="1">${textCell(`A${r}`, textOf(table.title, textLanguage, 'table.title'), S_TITLE)}</row>`)
  }
  for (const lang of headerLanguages) {
    r++
    let line = `<row r="${r}">`
    columns.forEach((c, k) => { line += textCell(`${refs[k]}${r}`, textOf(c.label, lang, `table.columns[${k}].label`), S_HEADER) })
    emit(`${line}</row>`)
  }
  for (let i = 0; i < data.length; i++) {
    const row = data[i]
    if (row === null || typeof row !== 'object') throw wrongType(`rows[${i}]`, row, 'a row object')
    r++
    let line = `<row r="${r}">`
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k]!
      line += xlsxCell(column, row[column.id], i, `${refs[k]}${r}`)
    }
    emit(`${line}</row>`)
  }
  if (trailer.length > 0) r++
  for (const text of trailer) {
    r++
    emit(`<row r="${r}">${textCell(`A${r}`, text, S_NOTE)}</row>`)
  }
  emit('</sheetData>')
  if (withTitle && columns.length > 1) emit(`<mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>`)
  // Decree 30/2020 margins (30 mm left, 15 mm right, 20 mm top and bottom) in inches; paperSize 9 is A4
  emit('<pageMargins left="1.181" right="0.591" top="0.787" bottom="0.787" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>')
}

function xlsxCell(column: TableColumn, value: unknown, row: number, ref: string): string {
  checkCell(column, value, row)
  if (value === null || value === undefined) return ''
  switch (column.type) {
    case 'text': {
      const text = value as string
      if (text.length > MAX_CELL_TEXT) throw invalidArgument(`rows[${row}].${column.id}`, `${text.slice(0, 40)}…`, `text of at most ${MAX_CELL_TEXT} characters (Excel's limit; this has ${text.length})`)
      return textCell(ref, text, S_TEXT)
    }
    case 'integer':
    case 'decimal':
      return `<c r="${ref}" s="${column.type === 'integer' ? S_INTEGER : S_DECIMAL}"><v>${numberText(numberOf(value))}</v></c>`
    case 'percent': {
      const fraction = percentFraction(value as DecimalInput)
      return `<c r="${ref}" s="${S_PERCENT}"><v>${fraction}</v></c>`
    }
    case 'date': {
      const iso = dateOf(value)
      const serial = toDayNumber(iso) - EXCEL_EPOCH_DAY
      if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return textCell(ref, `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, S_TEXT)
      return `<c r="${ref}" s="${S_DATE}"><v>${serial}</v></c>`
    }
    case 'datetime': {
      const local = epochOf(value) + VIETNAM_OFFSET_MINUTES * 60_000
      const day = Math.floor(local / 86_400_000)
      const serial = day - EXCEL_EPOCH_DAY
      if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
        throw invalidArgument(`rows[${row}].${column.id}`, value, 'a date-time from 1900-03-01 to 9999-12-31 (what an Excel date cell holds)')
      }
      const seconds = Math.round((local - day * 86_400_000) / 1000)
      return `<c r="${ref}" s="${S_DATETIME}"><v>${numberText(serial + seconds / 86_400)}</v></c>`
    }
  }
}

// Percentage points as the fraction Excel stores, exactly: 84.79 / 100 in binary floating point would
// be 0.8479000000000001, so the decimal point of the shortest text of the number is moved instead.
function percentFraction(value: DecimalInput): string {
  const text = typeof value === 'number' ? String(value) : ''
  if (text === '' || text.includes('e')) return toDecimal(value).div(100).toString()
  const sign = text.startsWith('-') ? '-' : ''
  const [whole = '', decimals = ''] = text.slice(sign.length).split('.')
  const digits = `${whole.padStart(3, '0')}${decimals}`
  const point = digits.length - decimals.length - 2
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '')
  const frac = digits.slice(point).replace(/0+$/, '')
  const out = frac === '' ? int : `${int}.${frac}`
  return out === '0' ? '0' : `${sign}${out}`
}

function numberText(n: number | { toString(): string }): string {
  return typeof n === 'number' ? String(n) : n.toString()
}

function textCell(ref: string, text: string, style: number): string {
  if (text === '') return ''
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`
}

// A1 letters of a zero-based column index
function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

// Width in characters: the longest heading word line or cell among the first rows, within 8–60.
function fitWidth(table: Table, column: TableColumn, languages: ReadonlyArray<'vi' | 'en'>, k: number): number {
  let longest = 0
  for (const lang of languages) longest = Math.max(longest, textOf(column.label, lang, `table.columns[${k}].label`).length)
  const sample = Math.min(table.rows.length, 500)
  for (let i = 0; i < sample; i++) {
    const v = table.rows[i]?.[column.id]
    if (v === null || v === undefined) continue
    let len: number
    switch (column.type) {
      case 'date': len = 10; break
      case 'datetime': len = 16; break
      case 'text': len = typeof v === 'string' ? v.length : 0; break
      default: { const s = String(v); len = s.length + Math.floor(s.length / 3) + (column.type === 'percent' ? 2 : 0) }
    }
    if (len > longest) longest = len
  }
  return Math.min(60, Math.max(8, longest + 2))
}

// Sheet names: Excel refuses []:*?/\ , more than 31 characters, an apostrophe at either end, and the same name twice (any case).
function sheetNames(tables: readonly Table[], given: readonly string[] | undefined, language: 'vi' | 'en'): string[] {
  if (given !== undefined) {
    if (!Array.isArray(given) || given.length !== tables.length) throw invalidArgument('options.sheetNames', given, `an array of ${tables.length} sheet name(s), one per table`)
    const seen = new Set<string>()
    given.forEach((name, k) => {
      if (typeof name !== 'string' || name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
        throw invalidArgument(`options.sheetNames[${k}]`, name, "a sheet name of 1–31 characters without [ ] : * ? / \\, not starting or ending with ' (and not History)")
      }
      if (seen.has(name.toLowerCase())) throw invalidArgument(`options.sheetNames[${k}]`, name, 'a name not used by another sheet')
      seen.add(name.toLowerCase())
    })
    return [...given]
  }
  const seen = new Set<string>()
  return tables.map((t, k) => {
    let base = textOf(t.title, language, `tables[${k}].title`).replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '')
    if (base === '' || base.toLowerCase() === 'history') base = `Sheet${k + 1}`
    let name = [...base].slice(0, 31).join('').trim()
    for (let n = 2; seen.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`
      name = [...base].slice(0, 31 - suffix.length).join('').trim() + suffix
    }
    seen.add(name.toLowerCase())
    return name
  })
}

// XML text: & < > escaped; characters XML 1.0 cannot hold written as OOXML's _xHHHH_ escape
// (and a literal "_xHHHH_" protected as _x005F_xHHHH_ so that a reader does not decode it); a lone
// surrogate, which no XML can hold, becomes U+FFFD.
function escapeXml(text: string): string {
  let s = text
  if (/[&<>"]/.test(s)) s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  if (/_x[0-9A-Fa-f]{4}_/.test(s)) s = s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)) {
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
  }
  if (/[\ud800-\udfff]/.test(s)) s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  return s
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'

function contentTypes(sheets: number): string {
  let overrides = ''
  for (let k = 1; k <= sheets; k++) overrides += `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
  return `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + `${overrides}</Types>`
}

const ROOT_RELS = `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`

function workbook(tables: readonly Table[], names: readonly string[], language: 'vi' | 'en' | 'both', withTitle: boolean): string {
  const sheets = names.map((n, k) => `<sheet name="${escapeXml(n)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('')
  const first = withTitle ? 2 : 1
  const lastHeader = first + headerRowCount(language) - 1
  // the header rows repeat at the top of every printed page
  const titles = tables
    .map((_, k) => `<definedName name="_xlnm.Print_Titles" localSheetId="${k}">'${escapeXml(names[k]!.replace(/'/g, "''"))}'!$${first}:$${lastHeader}</definedName>`)
    .join('')
  return `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets><definedNames>${titles}</definedNames></workbook>`
}

function workbookRels(sheets: number): string {
  let rels = ''
  for (let k = 1; k <= sheets; k++) rels += `<Relationship Id="rId${k}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${k}.xml"/>`
  return `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">${rels}<Relationship Id="rId${sheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`
}

// fonts: 0 body, 1 bold, 2 bold title, 3 italic; borders: 0 none, 1 thin; numFmts 3 '#,##0', 10 '0.00%' are built in.
const STYLES = `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">`
  + '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>'
  + '<fonts count="4">'
  + '<font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'
  + '<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'
  + '<font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font>'
  + '<font><i/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>'
  + '</fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
  + '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="10">'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>'
  + '<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>'
  + '<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'
  + '<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf>'
  + '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '</cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>'

// A part of the package: its name and a function that hands out its text in pieces.
type Part = [name: string, write: (emit: (text: string) => void) => void]

// A ZIP container (no ZIP64: parts stay far below 4 GiB) with DEFLATE from fflate, each part encoded
// and compressed in 64 KiB pieces as it is written. Written here rather than with fflate's zipSync so
// that every timestamp is the fixed 1980-01-01 00:00 (zipSync stamps the current local time): the same
// table gives the same bytes anywhere.
function zip(files: readonly Part[]): Uint8Array {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const [name, write] of files) {
    const nameBytes = encoder.encode(name)
    const packed: Uint8Array[] = []
    let packedSize = 0
    const deflate = new Deflate({ level: 6 }, (chunk) => { packed.push(chunk); packedSize += chunk.length })
    let crc = -1
    let size = 0
    let pending = ''
    const flush = (final: boolean): void => {
      const bytes = encoder.encode(pending)
      pending = ''
      crc = crc32(crc, bytes)
      size += bytes.length
      deflate.push(bytes, final)
    }
    write((text) => {
      pending += text
      if (pending.length >= 65_536) flush(false)
    })
    flush(true)
    crc = (crc ^ -1) >>> 0
    if (size > 0xffffffff || offset + packedSize > 0xffffffff) throw invalidArgument('tables', `a part of ${size} bytes`, 'a workbook smaller than 4 GiB')
    const local = new Uint8Array(30 + nameBytes.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    header(lv, 4, crc, packedSize, size, nameBytes.length)
    local.set(nameBytes, 30)
    const entry = new Uint8Array(46 + nameBytes.length)
    const cv = new DataView(entry.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true) // version made by
    header(cv, 6, crc, packedSize, size, nameBytes.length)
    cv.setUint32(42, offset, true)
    entry.set(nameBytes, 46)
    parts.push(local, ...packed)
    central.push(entry)
    offset += local.length + packedSize
  }
  const centralSize = central.reduce((n, e) => n + e.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, files.length, true)
  ev.setUint16(10, files.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  const out = new Uint8Array(offset + centralSize + end.length)
  let at = 0
  for (const p of [...parts, ...central, end]) { out.set(p, at); at += p.length }
  return out
}

// The fields shared by a local header (at 4) and a central entry (at 6).
function header(v: DataView, at: number, crc: number, packed: number, size: number, nameLength: number): void {
  v.setUint16(at, 20, true) // version needed: 2.0 (DEFLATE)
  v.setUint16(at + 2, 0x0800, true) // names in UTF-8
  v.setUint16(at + 4, 8, true) // DEFLATE
  v.setUint16(at + 6, 0, true) // 00:00:00
  v.setUint16(at + 8, 0x21, true) // 1980-01-01
  v.setUint32(at + 10, crc, true)
  v.setUint32(at + 14, packed, true)
  v.setUint32(at + 18, size, true)
  v.setUint16(at + 22, nameLength, true)
}

let CRC_TABLE: Int32Array | undefined

// CRC-32 (IEEE) of `data` continued from `crc` (start with -1, finish with `(crc ^ -1) >>> 0`).
function crc32(crc: number, data: Uint8Array): number {
  let table = CRC_TABLE
  if (table === undefined) {
    table = new Int32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c
    }
    CRC_TABLE = table
  }
  let c = crc
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return c
}
