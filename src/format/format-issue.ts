import { invalidArgument } from '../core/errors.js'
import type { ImportIssue } from './import-types.js'

/**
 * Write an {@link ImportIssue} as one line for a person: where (data row,
 * line of the file, column or field) and why, in Vietnamese (default) or
 * English.
 *
 * @example
 * ```ts
 * import { z } from 'zod'
 * import { formatImportIssue, importRecords, vnDate } from 'hanhchinh/format'
 * const r = importRecords(z.object({ receivedOn: vnDate() }), 'Ngày tiếp nhận\r\n30/02/2024\r\n', { columns: { 'Ngày tiếp nhận': 'receivedOn' } })
 * formatImportIssue(r.issues[0]!)
 * //=> 'Dòng 1 (dòng 2 của tệp), cột "Ngày tiếp nhận": "30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)'
 * formatImportIssue(r.issues[0]!, 'en')
 * //=> 'Row 1 (line 2), column "Ngày tiếp nhận": "30/02/2024": day 30 does not exist (2024-02 has 29 days)'
 * ```
 */
export function formatImportIssue(issue: ImportIssue, language: 'vi' | 'en' = 'vi'): string {
  if (language !== 'vi' && language !== 'en') throw invalidArgument('language', language, "'vi' or 'en'")
  const vi = language === 'vi'
  const parts: string[] = []
  if (issue.row === 0) parts.push(vi ? 'Dòng tiêu đề' : 'Header')
  else {
    const line = issue.line === undefined ? '' : vi ? ` (dòng ${issue.line} của tệp)` : ` (line ${issue.line})`
    parts.push(`${vi ? 'Dòng' : 'Row'} ${issue.row}${line}`)
  }
  if (issue.column !== undefined) parts.push(`${vi ? 'cột' : 'column'} "${issue.column}"`)
  else if (issue.field !== '') parts.push(`${vi ? 'trường' : 'field'} "${issue.field}"`)
  return `${parts.join(', ')}: ${vi ? issue.message.vi : issue.message.en}`
}
