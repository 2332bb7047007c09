import { type Instant } from '../core/instant.js'
import { wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate, formatVnDateTime } from '../format/date.js'
import { formatVnNumber, formatVnPercent } from '../format/number.js'
import { checkCell, checkTable, dateOf, numberOf, textOf } from './cells.js'
import type { Table, TableColumn } from './schema.js'

/**
 * Options of {@link toText}.
 *
 * @example
 * ```ts
 * import type { ToTextOptions } from 'hanhchinh/tables'
 * const options: ToTextOptions = { language: 'en', columns: ['name', 'score'], indent: 2 }
 * options.columns //=> ['name', 'score']
 * ```
 */
export interface ToTextOptions {
  /** The language of the title and the header. @defaultValue `'vi'` */
  language?: 'vi' | 'en'
  /** The ids of the columns to show, in this order. @defaultValue every column */
  columns?: readonly string[]
  /** Spaces before every line. @defaultValue `0` */
  indent?: number
}

const TEXT_OPTIONS: OptionNames<ToTextOptions> = { language: true, columns: true, indent: true }

/**
 * Write a {@link Table} as aligned plain text for a terminal or a log: the
 * title, a header of column labels, then one line per row — text columns
 * aligned left, numbers, percentages and dates right, written the Vietnamese
 * way (`1.250`, `84,79%`, `20/03/2026`). For files use {@link toCsv},
 * {@link toHtml} or {@link toXlsx}.
 *
 * @param table - the table (cells are checked against their column types)
 * @param options - {@link ToTextOptions}
 * @returns the text, lines ending in `\n`
 * @throws RangeError or TypeError naming `rows[i].column` for a cell that does not fit its column, an unknown column id or option
 *
 * @example
 * ```ts
 * import { toText, type Table } from 'hanhchinh/tables'
 * const table: Table = {
 *   title: { vi: 'Kết quả giải quyết', en: 'Results' },
 *   columns: [
 *     { id: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, type: 'text' },
 *     { id: 'total', label: { vi: 'Tổng số', en: 'Total' }, type: 'integer' },
 *     { id: 'onTime', label: { vi: 'Đúng hạn', en: 'On time' }, type: 'percent' },
 *   ],
 *   rows: [{ field: 'Đất đai', total: 50308, onTime: '84.79' }, { field: 'Hộ tịch', total: 912, onTime: 100 }],
 * }
 * toText(table).split('\n')
 * //=> ['Kết quả giải quyết', 'Lĩnh vực  Tổng số  Đúng hạn', 'Đất đai    50.308    84,79%', 'Hộ tịch       912      100%', '']
 * toText(table, { columns: ['field'], language: 'en' }) //=> 'Results\nField\nĐất đai\nHộ tịch\n'
 * toText(table, { columns: ['score'] }) //=> throws RangeError: options.columns
 * ```
 */
export function toText(table: Table, options?: ToTextOptions): string {
  const opts = readOptions(options, TEXT_OPTIONS, 'toText')
  const language = readChoice(opts.language, ['vi', 'en'], 'vi', 'options.language')
  const indent = opts.indent ?? 0
  if (typeof indent !== 'number' || !Number.isInteger(indent) || indent < 0 || indent > 40) {
    throw new RangeError(`Invalid options.indent: ${String(indent)} (expected an integer from 0 to 40)`)
  }
  checkTable(table)
  let columns: readonly TableColumn[] = table.columns
  if (opts.columns !== undefined) {
    if (!Array.isArray(opts.columns)) throw wrongType('options.columns', opts.columns, 'an array of column ids')
    columns = opts.columns.map((id, k) => {
      const c = table.columns.find((col) => col.id === id)
      if (c === undefined) throw new RangeError(`Invalid options.columns[${k}]: ${JSON.stringify(id)} (expected one of ${table.columns.map((col) => col.id).join(', ')})`)
      return c
    })
  }
  const lines: string[][] = [columns.map((c, k) => textOf(c.label, language, `table.columns[${k}].label`))]
  table.rows.forEach((row, r) => {
    if (row === null || typeof row !== 'object') throw new TypeError(`Invalid type for rows[${r}]: expected a row object`)
    lines.push(columns.map((c) => textCell(c, row[c.id], r)))
  })
  const widths = columns.map((_, k) => Math.max(...lines.map((l) => [...l[k]!].length)))
  const pad = ' '.repeat(indent)
  const body = lines.map((l) => pad + l.map((cell, k) => align(cell, widths[k]!, columns[k]!.type === 'text')).join('  ').trimEnd())
  return `${pad}${textOf(table.title, language, 'table.title')}\n${body.join('\n')}\n`
}

function align(cell: string, width: number, left: boolean): string {
  const gap = ' '.repeat(width - [...cell].length)
  return left ? cell + gap : gap + cell
}

function textCell(column: TableColumn, value: unknown, row: number): string {
  checkCell(column, value, row)
  if (value === null || value === undefined) return ''
  switch (column.type) {
    case 'text':
      return (value as string).replace(/[\r\n\t]+/g, ' ')
    case 'integer':
    case 'decimal':
      return formatVnNumber(numberOf(value))
    case 'percent':
      return formatVnPercent(numberOf(value))
    case 'date':
      return formatVnDate(dateOf(value))
    case 'datetime':
      return formatVnDateTime(value as Instant)
  }
}
