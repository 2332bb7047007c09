import { formatVietnamDateTime, type Instant } from '../core/instant.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate, formatVnDateTime } from '../format/date.js'
import { formatVnNumber, formatVnPercent } from '../format/number.js'
import { checkCell, checkTable, dateOf, epochOf, numberOf, textOf, type NumberValue } from './cells.js'
import type { Table, TableColumn } from './schema.js'

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from 'hanhchinh/tables'
 * const forExcel: ToCsvOptions = { bom: true, delimiter: ';' }
 * forExcel.delimiter //=> ';'
 * ```
 */
export interface ToCsvOptions {
  /** The language of the header row. @defaultValue `'vi'` */
  language?: 'vi' | 'en'
  /**
   * `'vi'`: numbers `1.234,5`, percentages `84,79%`, dates `31/03/2026`,
   * date-times `31/03/2026 17:00` (Vietnam time), as Vietnamese readers and
   * this library's importers read them. `'iso'`: numbers `1234.5`,
   * percentages as points `84.79` (no sign), dates `2026-03-31`, date-times
   * `2026-03-31T17:00:00+07:00`, for programs.
   * @defaultValue `'vi'`
   */
  format?: 'vi' | 'iso'
  /** The field delimiter; `';'` is what Excel expects where the decimal mark is a comma. @defaultValue `','` */
  delimiter?: ',' | ';' | '\t'
  /** Start with a UTF-8 byte order mark, so that Excel reads Vietnamese letters as UTF-8. @defaultValue `false` */
  bom?: boolean
}

const CSV_OPTIONS: OptionNames<ToCsvOptions> = { language: true, format: true, delimiter: true, bom: true }

// A text cell starting with one of these would be read as a formula by a spreadsheet (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Write a {@link Table} as CSV text (RFC 4180): a header row of column
 * labels, then one record per row, CRLF line ends, fields quoted when they
 * hold the delimiter, a quote or a line break. Numbers, percentages and
 * dates are written the Vietnamese way by default (`format: 'iso'` for
 * programs). Text that a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return — is written with a leading
 * `'`, which spreadsheets show as text; a number cell is written as a
 * number, so `-1` in an integer column stays `-1`. The title, notes and
 * basis are not written (CSV has no place for them).
 *
 * @param table - the table (cells are checked against their column types)
 * @param options - {@link ToCsvOptions}
 * @returns the CSV text
 * @throws RangeError or TypeError naming `rows[i].column` for a cell that does not fit its column, and for an unknown option
 *
 * @example
 * ```ts
 * import { toCsv, type Table } from 'hanhchinh/tables'
 * const table: Table = {
 *   title: 'Hồ sơ quá hạn',
 *   columns: [
 *     { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text' },
 *     { id: 'due', label: { vi: 'Hạn trả', en: 'Due' }, type: 'date' },
 *     { id: 'late', label: { vi: 'Số ngày trễ', en: 'Days late' }, type: 'integer' },
 *     { id: 'note', label: { vi: 'Ghi chú', en: 'Note' }, type: 'text' },
 *   ],
 *   rows: [{ code: '000.00.12.H40-260305-0001', due: '2026-03-20', late: 1250, note: '=HYPERLINK("x")' }],
 * }
 * toCsv(table) //=> 'Mã hồ sơ,Hạn trả,Số ngày trễ,Ghi chú\r\n000.00.12.H40-260305-0001,20/03/2026,1.250,"\'=HYPERLINK(""x"")"\r\n'
 * toCsv(table, { format: 'iso', language: 'en' }).split('\r\n')[1] //=> '000.00.12.H40-260305-0001,2026-03-20,1250,"\'=HYPERLINK(""x"")"'
 * toCsv(table, { formats: 'iso' } as never) //=> throws RangeError: Unknown option "formats" of toCsv
 * ```
 */
export function toCsv(table: Table, options?: ToCsvOptions): string {
  const opts = readOptions(options, CSV_OPTIONS, 'toCsv')
  const language = readChoice(opts.language, ['vi', 'en'], 'vi', 'options.language')
  const format = readChoice(opts.format, ['vi', 'iso'], 'vi', 'options.format')
  const delimiter = readChoice(opts.delimiter, [',', ';', '\t'], ',', 'options.delimiter')
  if (opts.bom !== undefined && typeof opts.bom !== 'boolean') throw new TypeError(`Invalid type for options.bom: expected a boolean, received ${typeof opts.bom}`)
  checkTable(table)
  const columns = table.columns
  const quote = quoter(delimiter)
  const lines: string[] = [columns.map((c, k) => quote(safeText(textOf(c.label, language, `table.columns[${k}].label`)))).join(delimiter)]
  const rows = table.rows
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    if (row === null || typeof row !== 'object') throw new TypeError(`Invalid type for rows[${r}]: expected a row object`)
    let line = ''
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k]!
      if (k > 0) line += delimiter
      line += quote(csvCell(column, row[column.id], r, format))
    }
    lines.push(line)
  }
  return `${opts.bom === true ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`
}

function csvCell(column: TableColumn, value: unknown, row: number, format: 'vi' | 'iso'): string {
  checkCell(column, value, row)
  if (value === null || value === undefined) return ''
  switch (column.type) {
    case 'text':
      return safeText(value as string)
    case 'integer':
    case 'decimal': {
      const n = numberOf(value)
      return format === 'vi' ? formatVnNumber(n) : plainNumber(n)
    }
    case 'percent': {
      const n = numberOf(value)
      return format === 'vi' ? formatVnPercent(n) : plainNumber(n)
    }
    case 'date':
      return format === 'vi' ? formatVnDate(dateOf(value)) : dateOf(value)
    case 'datetime':
      return format === 'vi' ? formatVnDateTime(value as Instant) : formatVietnamDateTime(epochOf(value))
  }
}

// digits without grouping or exponent: '1234.5', '-0.25'
function plainNumber(n: NumberValue): string {
  return formatVnNumber(n, { decimalSeparator: '.' }).replace(/,/g, '')
}

function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

function quoter(delimiter: string): (field: string) => string {
  return (field) =>
    field.includes('"') || field.includes(delimiter) || field.includes('\n') || field.includes('\r')
      ? `"${field.replace(/"/g, '""')}"`
      : field
}
