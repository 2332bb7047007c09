import { invalidArgument, wrongType } from '../core/errors.js'
import type { ImportIssue } from './import-types.js'

/**
 * Write an {@link ImportIssue} as one line for a person: where (data row,
 * line of the file, column or field) and why, in Vietnamese (default) or
 * English.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { formatImportIssue, importRecords, vnDate } from 'hanhchinh/format'
 * const r = importRecords(z.object({ receivedOn: vnDate() }), 'Ngày tiếp nhận\r\n30/02/2024\r\n', { columns: { 'Ngày tiếp nhận': 'receivedOn' } })
 * formatImportIssue(r.issues[0]!)
 * //=> 'Dòng 1 (dòng 2 của tệp), cột "Ngày tiếp nhận": "30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)'
 * formatImportIssue(r.issues[0]!, 'en')
 * //=> 'Row 1 (line 2), column "Ngày tiếp nhận": "30/02/2024": day 30 does not exist (2024-02 has 29 days)'
 * formatImportIssue(undefined as never) //=> throws TypeError: Invalid type for issue: undefined
 * ```
 */
export function formatImportIssue(issue: ImportIssue, language: 'vi' | 'en' = 'vi'): string {
  if (issue === null || typeof issue !== 'object') throw wrongType('issue', issue, 'an ImportIssue { row, field, message }')
  const { row, line, column, field, message } = issue
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 0) throw invalidArgument('issue.row', row, 'a row number (0 for the header)')
  if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 1)) throw invalidArgument('issue.line', line, 'a line number from 1, or undefined')
  if (column !== undefined && typeof column !== 'string') throw wrongType('issue.column', column, 'a header string or undefined')
  if (typeof field !== 'string') throw wrongType('issue.field', field, 'a field path string')
  if (message === null || typeof message !== 'object' || typeof message.vi !== 'string' || typeof message.en !== 'string') {
    throw wrongType('issue.message', message, 'a bilingual message { vi, en }')
  }
  if (language !== 'vi' && language !== 'en') throw invalidArgument('language', language, "'vi' or 'en'")
  const vi = language === 'vi'
  const parts: string[] = []
  if (row === 0) parts.push(vi ? 'Dòng tiêu đề' : 'Header')
  else {
    const where = line === undefined ? '' : vi ? ` (dòng ${line} của tệp)` : ` (line ${line})`
    parts.push(`${vi ? 'Dòng' : 'Row'} ${row}${where}`)
  }
  if (column !== undefined) parts.push(`${vi ? 'cột' : 'column'} "${column}"`)
  else if (field !== '') parts.push(`${vi ? 'trường' : 'field'} "${field}"`)
  return `${parts.join(', ')}: ${vi ? message.vi : message.en}`
}
