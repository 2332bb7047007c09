import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatImportIssue, importRecords, vnDate } from 'hanhchinh/format'

describe('formatImportIssue', () => {
  it('writes an issue of importRecords for a person', () => {
    const r = importRecords(z.object({ receivedOn: vnDate() }), 'Ngày tiếp nhận\r\n30/02/2024\r\n', { columns: { 'Ngày tiếp nhận': 'receivedOn' } })
    expect(formatImportIssue(r.issues[0]!, 'en')).toBe('Row 1 (line 2), column "Ngày tiếp nhận": "30/02/2024": day 30 does not exist (2024-02 has 29 days)')
  })

  it('throws documented errors on hostile input (issue 13)', () => {
    expect(() => formatImportIssue(undefined as never)).toThrow(/^Invalid type for issue: undefined/)
    expect(() => formatImportIssue({ row: -1, field: '', message: { vi: 'a', en: 'b' } } as never)).toThrow(RangeError)
    expect(() => formatImportIssue({ row: 1, field: '', message: null } as never)).toThrow(/^Invalid type for issue.message/)
    expect(() => formatImportIssue({ row: 1, path: [], field: '', code: 'custom', message: { vi: 'a', en: 'b' } }, 'fr' as never)).toThrow(/^Invalid language/)
  })
})
