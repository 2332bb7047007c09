/**
 * Official documents (văn bản): the catalogue of administrative and legal
 * normative document types with their abbreviations (Decree 30/2020/NĐ-CP
 * Art 7 and Phụ lục III; Law 64/2025/QH15), parsing and formatting of
 * document numbers and notations (số, ký hiệu), citations in free text,
 * incoming and outgoing registers (import, numbering, checks), their
 * deadlines in working days (Decree 30/2020/NĐ-CP Art 4, 15, 18, 22–24),
 * urgency and secrecy levels, and counts by type for reports.
 *
 * @packageDocumentation
 * @module documents
 */
export * from './basis.js'
export * from './catalogue.js'
export * from './parse-document-number.js'
export * from './format-document-number.js'
export * from './extract-citations.js'
export * from './schema.js'
export * from './levels.js'
export * from './check-register.js'
export * from './deadlines.js'
export * from './statistics.js'
export * from './import-register.js'
export * from './register-document.js'
export * from './register-table.js'
