import { describe, expect, it } from 'vitest'
import { checkEligibility, formatVerdict } from 'hanhchinh/emulation'

describe('formatVerdict', () => {
  it('one line per criterion with its mark and citation, then the warnings', () => {
    const v = checkEligibility('tap-the-lao-dong-tien-tien', { kind: 'collective', years: { 2023: { members: 10, laoDongTienTien: 6 } } }, { year: 2023, decisionDate: '2024-01-25' })
    const lines = formatVerdict(v)
    expect(lines[0]).toBe('✗ Tập thể lao động tiên tiến năm 2023 (chế độ B)')
    expect(lines[1]).toMatch(/^ {2}\? Chưa có kết quả đánh giá tập thể năm 2023\. \[khoản 1 Điều 28 06\/2022\/QH15\]$/)
    expect(lines[2]).toContain('✗ 6/10 cá nhân đạt Lao động tiên tiến (60%)')
    expect(lines[2]).toContain('(quy định chưa xác nhận)')
    expect(lines.filter((l) => l.startsWith('  ⚠')).length).toBe(v.warnings.length)
    expect(formatVerdict(v, 'en')[2]).toContain('(UNCONFIRMED rule)')
  })
})
