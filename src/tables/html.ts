import { formatLegalBasis } from '../core/legal-basis.js'
import type { Instant } from '../core/instant.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate, formatVnDateTime } from '../format/date.js'
import { formatVnNumber, formatVnPercent } from '../format/number.js'
import { checkCell, checkTable, dateOf, numberOf, textOf } from './cells.js'
import type { Table, TableColumn } from './schema.js'

/**
 * Options of {@link toHtml}.
 *
 * @example
 * ```ts
 * import type { ToHtmlOptions } from 'hanhchinh/tables'
 * const page: ToHtmlOptions = { standalone: true, language: 'vi' }
 * page.standalone //=> true
 * ```
 */
export interface ToHtmlOptions {
  /** A whole page (`<!doctype html>` with the print stylesheet) instead of a fragment. @defaultValue `false` */
  standalone?: boolean
  /** The language of the title, headings, notes and the page. @defaultValue `'vi'` */
  language?: 'vi' | 'en'
}

const HTML_OPTIONS: OptionNames<ToHtmlOptions> = { standalone: true, language: true }

/**
 * The stylesheet {@link toHtml} puts in a standalone page, for a fragment
 * placed in a page of your own. On paper it follows the presentation of
 * administrative documents of Decree 30/2020/NĐ-CP, Appendix I: A4 portrait,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm (the lower ends of
 * the decree's ranges), Times New Roman 13 pt; the header row repeats at the
 * top of every printed page and a row is never split across two pages.
 * Numbers are right-aligned with tabular figures. Every rule is scoped to
 * `.hc-table` (and `@page`), so it does not restyle the host page.
 *
 * @example
 * ```ts
 * import { TABLE_STYLESHEET } from 'hanhchinh/tables'
 * TABLE_STYLESHEET.includes('size: A4') //=> true
 * TABLE_STYLESHEET.includes('table-header-group') //=> true
 * ```
 */
export const TABLE_STYLESHEET = `@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
.hc-report { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.3; color: #000; }
.hc-table { border-collapse: collapse; width: 100%; margin: 0 0 6pt; }
.hc-table caption { font-weight: bold; font-size: 14pt; text-align: center; padding: 0 0 8pt; }
.hc-table th, .hc-table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
.hc-table th { font-weight: bold; text-align: center; vertical-align: middle; }
.hc-table td.hc-num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.hc-table td.hc-date { text-align: center; white-space: nowrap; }
.hc-table thead { display: table-header-group; }
.hc-table tr { break-inside: avoid; page-break-inside: avoid; }
.hc-notes { font-size: 12pt; font-style: italic; margin: 4pt 0; }
@media screen { .hc-report { max-width: 210mm; margin: 1em auto; padding: 0 1em; } }
@media print { .hc-report { margin: 0; } .hc-table th { background: none; } }
`

/**
 * Write a {@link Table} as HTML: a `<table class="hc-table">` with the title
 * as its caption, a header row in the chosen language, one row per record
 * (numbers, percentages and dates written the Vietnamese way, date-times in
 * Vietnam time), and the notes and legal basis below it — as a fragment, or
 * as a whole page with {@link TABLE_STYLESHEET} for printing (`standalone:
 * true`). Every text is escaped (`&`, `<`, `>`, `"`, `'`), so data cannot
 * inject markup or script.
 *
 * @param table - the table (cells are checked against their column types)
 * @param options - {@link ToHtmlOptions}
 * @returns the HTML text
 *
 * @example
 * ```ts
 * import { toHtml, type Table } from 'hanhchinh/tables'
 * const table: Table = {
 *   title: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
 *   columns: [
 *     { id: 'unit', label: { vi: 'Đơn vị', en: 'Unit' }, type: 'text' },
 *     { id: 'rate', label: { vi: 'Tỷ lệ', en: 'Rate' }, type: 'percent' },
 *   ],
 *   rows: [{ unit: 'Sở Tư pháp <script>', rate: 98.86 }],
 * }
 * const html = toHtml(table)
 * html.includes('<td>Sở Tư pháp &lt;script&gt;</td>') //=> true
 * html.includes('<td class="hc-num">98,86%</td>') //=> true
 * toHtml(table, { standalone: true, language: 'en' }).startsWith('<!doctype html>\n<html lang="en">') //=> true
 * ```
 */
export function toHtml(table: Table, options?: ToHtmlOptions): string {
  const opts = readOptions(options, HTML_OPTIONS, 'toHtml')
  const language = readChoice(opts.language, ['vi', 'en'], 'vi', 'options.language')
  if (opts.standalone !== undefined && typeof opts.standalone !== 'boolean') {
    throw new TypeError(`Invalid type for options.standalone: expected a boolean, received ${typeof opts.standalone}`)
  }
  checkTable(table)
  const title = textOf(table.title, language, 'table.title')
  const out: string[] = []
  out.push('<div class="hc-report">', '<table class="hc-table">', `<caption>${escapeHtml(title)}</caption>`, '<thead>', '<tr>')
  table.columns.forEach((c, k) => out.push(`<th scope="col">${escapeHtml(textOf(c.label, language, `table.columns[${k}].label`))}</th>`))
  out.push('</tr>', '</thead>', '<tbody>')
  table.rows.forEach((row, r) => {
    if (row === null || typeof row !== 'object') throw new TypeError(`Invalid type for rows[${r}]: expected a row object`)
    let line = '<tr>'
    for (const column of table.columns) line += htmlCell(column, row[column.id], r)
    out.push(`${line}</tr>`)
  })
  out.push('</tbody>', '</table>')
  const notes = table.notes ?? []
  notes.forEach((n, k) => out.push(`<p class="hc-notes">${escapeHtml(textOf(n, language, `table.notes[${k}]`))}</p>`))
  if (table.basis !== undefined && table.basis.length > 0) {
    const cited = table.basis.map((b) => formatLegalBasis(b, language)).join('; ')
    out.push(`<p class="hc-notes">${language === 'vi' ? 'Căn cứ' : 'Basis'}: ${escapeHtml(cited)}</p>`)
  }
  out.push('</div>')
  const body = out.join('\n')
  if (opts.standalone !== true) return `${body}\n`
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${TABLE_STYLESHEET}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function htmlCell(column: TableColumn, value: unknown, row: number): string {
  checkCell(column, value, row)
  if (value === null || value === undefined) return '<td></td>'
  switch (column.type) {
    case 'text':
      return `<td>${escapeHtml(value as string)}</td>`
    case 'integer':
    case 'decimal':
      return `<td class="hc-num">${formatVnNumber(numberOf(value))}</td>`
    case 'percent':
      return `<td class="hc-num">${formatVnPercent(numberOf(value))}</td>`
    case 'date':
      return `<td class="hc-date">${formatVnDate(dateOf(value))}</td>`
    case 'datetime':
      return `<td class="hc-date">${formatVnDateTime(value as Instant)}</td>`
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}
