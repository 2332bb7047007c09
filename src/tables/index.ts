/**
 * Tables out: a report as a {@link Table} — a title, typed columns with
 * bilingual headings, rows — and writers to CSV ({@link toCsv}, Vietnamese
 * formats, formula cells neutralised), HTML ({@link toHtml}, escaped, with a
 * print stylesheet for an official report) and Excel ({@link toXlsx}, real
 * number and date cells). The XLSX writer and its DEFLATE dependency sit in
 * their own module: a bundle that imports only `toCsv`/`toHtml` does not
 * carry them.
 *
 * @packageDocumentation
 * @module tables
 */
export * from './schema.js'
export * from './csv.js'
export * from './html.js'
export * from './xlsx.js'
export * from './text.js'
