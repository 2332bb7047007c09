import * as z from 'zod'
import { Decimal } from '../core/decimal.js'
import { LabelSchema } from '../core/label.js'
import { LegalBasisSchema } from '../core/legal-basis.js'
import { cellProblem } from './cells.js'

/**
 * The type of a column, which decides how its cells are written:
 *
 * | type | value in a row | CSV/HTML (vi) | XLSX cell |
 * |---|---|---|---|
 * | `'text'` | string | as is (formula-like text neutralised in CSV) | text |
 * | `'integer'` | integer number, integer string or `Decimal` | `50.308` | number, `#,##0` |
 * | `'decimal'` | number, decimal string or `Decimal` | `1.234,5` | number |
 * | `'percent'` | percentage points (`84.79` for 84,79%) | `84,79%` | number `0.8479`, `0.00%` |
 * | `'date'` | ISO date `'2026-03-31'` | `31/03/2026` | date serial, `dd/mm/yyyy` |
 * | `'datetime'` | ISO date-time with offset, or `Date` | `31/03/2026 17:00` (Vietnam time) | date-time serial in Vietnam time |
 *
 * `null` or a missing key is an empty cell in every type.
 *
 * @example
 * ```ts
 * import { ColumnTypeSchema } from 'hanhchinh/tables'
 * ColumnTypeSchema.parse('percent') //=> 'percent'
 * ColumnTypeSchema.safeParse('money').success //=> false
 * ```
 */
export const ColumnTypeSchema = z.enum(['text', 'integer', 'decimal', 'percent', 'date', 'datetime'])

/**
 * One of the column types of {@link ColumnTypeSchema}.
 *
 * @example
 * ```ts
 * import type { ColumnType } from 'hanhchinh/tables'
 * const t: ColumnType = 'date'
 * t //=> 'date'
 * ```
 */
export type ColumnType = z.infer<typeof ColumnTypeSchema>

/**
 * A column of a {@link Table}: the key of its values in each row, its
 * bilingual heading, its type and, optionally, its width in characters (used
 * by the XLSX writer; computed from the content when absent).
 *
 * @example
 * ```ts
 * import { TableColumnSchema } from 'hanhchinh/tables'
 * const c = TableColumnSchema.parse({ id: 'received', label: { vi: 'Tiếp nhận', en: 'Received' }, type: 'integer' })
 * c.label.en //=> 'Received'
 * ```
 */
export const TableColumnSchema = z.object({
  id: z.string().min(1),
  label: LabelSchema,
  type: ColumnTypeSchema,
  /** Width in characters (Excel's unit); 1 to 255. */
  width: z.number().min(1).max(255).optional(),
})

/**
 * A column of a {@link Table}.
 *
 * @example
 * ```ts
 * import type { TableColumn } from 'hanhchinh/tables'
 * const code: TableColumn = { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text', width: 28 }
 * code.width //=> 28
 * ```
 */
export type TableColumn = z.infer<typeof TableColumnSchema>

/**
 * A cell value as given in a row: text, a number, a `Decimal`, a `Date`
 * (for `'datetime'` columns) or `null` for an empty cell. Which of them a
 * column accepts depends on its type ({@link ColumnTypeSchema}).
 *
 * @example
 * ```ts
 * import { CellValueSchema } from 'hanhchinh/tables'
 * CellValueSchema.safeParse('84.79').success //=> true
 * CellValueSchema.safeParse({ n: 1 }).success //=> false
 * ```
 */
export const CellValueSchema = z.union([
  z.string(),
  z.number(),
  z.custom<Decimal>((v) => Decimal.isDecimal(v), { message: 'Expected a Decimal' }),
  z.date(),
  z.null(),
])

/**
 * A cell value of a row (see {@link CellValueSchema}).
 *
 * @example
 * ```ts
 * import type { CellValue } from 'hanhchinh/tables'
 * const empty: CellValue = null
 * empty //=> null
 * ```
 */
export type CellValue = z.infer<typeof CellValueSchema>

/**
 * A table of a report, ready to be written by `toCsv`, `toHtml` or
 * `toXlsx`: a title (a bilingual label, or one text for both languages),
 * typed columns with bilingual headings, rows keyed by column id, and
 * optionally notes and the legal basis printed under it. Keys of a row that
 * are not columns are not written; a missing key is an empty cell. Parsing
 * checks every cell against its column's type, naming the row and column of
 * a wrong one.
 *
 * @example
 * ```ts
 * import { TableSchema } from 'hanhchinh/tables'
 * const t = TableSchema.parse({
 *   title: { vi: 'Kết quả giải quyết hồ sơ tháng 3/2026', en: 'Dossiers settled, March 2026' },
 *   columns: [
 *     { id: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, type: 'text' },
 *     { id: 'onTime', label: { vi: 'Đúng hạn', en: 'On time' }, type: 'percent' },
 *   ],
 *   rows: [{ field: 'Đất đai', onTime: 84.79 }],
 * })
 * t.rows.length //=> 1
 * TableSchema.safeParse({ ...t, rows: [{ field: 'Đất đai', onTime: '84,79%' }] }).success //=> false
 * ```
 */
export const TableSchema = z
  .object({
    title: z.union([LabelSchema, z.string().min(1)]),
    columns: z.array(TableColumnSchema).min(1),
    rows: z.array(z.record(z.string(), CellValueSchema.optional())),
    /** Notes printed under the table (sources, definitions). */
    notes: z.array(z.union([LabelSchema, z.string().min(1)])).optional(),
    /** The legal basis of the figures, cited under the table. */
    basis: z.array(LegalBasisSchema).optional(),
  })
  .superRefine((table, ctx) => {
    const seen = new Set<string>()
    table.columns.forEach((column, k) => {
      if (seen.has(column.id)) ctx.addIssue({ code: 'custom', path: ['columns', k, 'id'], message: `Duplicate column id "${column.id}"` })
      seen.add(column.id)
    })
    table.rows.forEach((row, r) => {
      for (const column of table.columns) {
        const problem = cellProblem(column.type, row[column.id])
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['rows', r, column.id], message: problem })
      }
    })
  })

/**
 * A table of a report (see {@link TableSchema}).
 *
 * @example
 * ```ts
 * import type { Table } from 'hanhchinh/tables'
 * const t: Table = {
 *   title: 'Hồ sơ quá hạn',
 *   columns: [{ id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text' }],
 *   rows: [{ code: '000.00.12.H40-260305-0001' }],
 * }
 * t.columns[0]?.type //=> 'text'
 * ```
 */
export type Table = z.infer<typeof TableSchema>
