// Reading the cells of a table, shared by the writers (internal: not exported from the entry).
import { Decimal, toDecimal } from '../core/decimal.js'
import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import { toEpochMs } from '../core/instant.js'
import { isIsoDate, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { ColumnType, Table, TableColumn } from './schema.js'

/** A number cell: a JS number as given, or an exact Decimal. */
export type NumberValue = number | Decimal

/** Why `value` does not fit a column of `type`, or undefined when it does. */
export function cellProblem(type: ColumnType, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  switch (type) {
    case 'text':
      return typeof value === 'string' ? undefined : `Expected text, received ${describeValue(value)}`
    case 'integer':
    case 'decimal':
    case 'percent': {
      let d: Decimal
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) return `Expected a finite number, received ${describeValue(value)}`
        if (type === 'integer' && !Number.isInteger(value)) return `Expected an integer, received ${describeValue(value)}`
        return undefined
      }
      if (typeof value !== 'string' && !Decimal.isDecimal(value)) return `Expected a number, a decimal string or a Decimal, received ${describeValue(value)}`
      try {
        d = toDecimal(value as string | Decimal)
      } catch {
        return `Expected a number written with digits and "." (not "84,79%"), received ${describeValue(value)}`
      }
      return type === 'integer' && !d.isInteger() ? `Expected an integer, received ${describeValue(value)}` : undefined
    }
    case 'date':
      return isIsoDate(value) ? undefined : `Expected an ISO date YYYY-MM-DD that exists, received ${describeValue(value)}`
    case 'datetime':
      if (typeof value !== 'string' && !(value instanceof Date)) return `Expected an ISO date-time with offset or a Date, received ${describeValue(value)}`
      try {
        toEpochMs(value)
        return undefined
      } catch {
        return `Expected an ISO date-time with offset (2026-03-31T17:00:00+07:00) or a valid Date, received ${describeValue(value)}`
      }
    default:
      return `Unknown column type ${describeValue(type)}`
  }
}

/** Throw the programmer error for a cell that does not fit its column, naming the row and column. */
export function checkCell(column: TableColumn, value: unknown, row: number): void {
  const problem = cellProblem(column.type, value)
  if (problem !== undefined) {
    const where = `rows[${row}].${column.id}`
    // the right kind of value with a bad content is a RangeError; the wrong kind of value a TypeError
    const t = column.type
    const rightKind = t === 'text' ? false
      : t === 'date' ? typeof value === 'string'
      : t === 'datetime' ? typeof value === 'string' || value instanceof Date
      : typeof value === 'number' || typeof value === 'string' || Decimal.isDecimal(value)
    throw rightKind ? invalidArgument(where, value, `a ${t} cell (${problem})`) : wrongType(where, value, `a ${t} cell (${problem})`)
  }
}

/** The number of a checked number cell. */
export function numberOf(value: unknown): NumberValue {
  return typeof value === 'number' ? value : toDecimal(value as string | Decimal)
}

/** The epoch milliseconds of a checked date-time cell. */
export function epochOf(value: unknown): number {
  return toEpochMs(value as string | Date)
}

/** The date of a checked date cell. */
export function dateOf(value: unknown): IsoDate {
  return value as IsoDate
}

/** Check the shape of a table before writing it (not its cells: the writers check each as they write it). */
export function checkTable(table: Table, argument = 'table'): void {
  if (table === null || typeof table !== 'object') throw wrongType(argument, table, 'a Table { title, columns, rows }')
  if (!Array.isArray(table.columns) || table.columns.length === 0) throw invalidArgument(`${argument}.columns`, table.columns, 'a non-empty array of columns')
  if (!Array.isArray(table.rows)) throw wrongType(`${argument}.rows`, table.rows, 'an array of rows')
  const ids = new Set<string>()
  table.columns.forEach((c, k) => {
    if (c === null || typeof c !== 'object' || typeof c.id !== 'string' || c.id === '') throw wrongType(`${argument}.columns[${k}]`, c, 'a column { id, label, type }')
    if (ids.has(c.id)) throw invalidArgument(`${argument}.columns[${k}].id`, c.id, 'a column id used once')
    ids.add(c.id)
    if (c.label === null || typeof c.label !== 'object' || typeof c.label.vi !== 'string' || typeof c.label.en !== 'string') {
      throw wrongType(`${argument}.columns[${k}].label`, c.label, 'a label { vi, en }')
    }
    if (!['text', 'integer', 'decimal', 'percent', 'date', 'datetime'].includes(c.type)) {
      throw invalidArgument(`${argument}.columns[${k}].type`, c.type, "one of 'text', 'integer', 'decimal', 'percent', 'date', 'datetime'")
    }
  })
  textOf(table.title, 'vi', `${argument}.title`)
}

/** A label or plain text in the chosen language. */
export function textOf(label: Label | string, language: 'vi' | 'en', argument: string): string {
  if (typeof label === 'string') return label
  if (label === null || typeof label !== 'object' || typeof label[language] !== 'string') {
    throw wrongType(argument, label, 'a label { vi, en } or a string')
  }
  return label[language]
}
