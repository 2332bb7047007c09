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

describe('formatVerdict: hostile input (issue 13)', () => {
  const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }, { year: 2024 })
  it('a value that is not a verdict is refused naming the path, before a line is written', () => {
    expect(() => formatVerdict(undefined as never)).toThrow(/^Invalid type for verdict: undefined/)
    expect(() => formatVerdict([] as never)).toThrow(RangeError) // no award
    expect(() => formatVerdict({ ...v, award: '__proto__' } as never)).toThrow(/^Invalid verdict\.award: "__proto__"/)
    expect(() => formatVerdict({ ...v, year: '2024' } as never)).toThrow('Invalid type for verdict.year: "2024" (expected an integer year)')
    expect(() => formatVerdict({ ...v, criteria: null } as never)).toThrow('Invalid type for verdict.criteria: null (expected an array)')
    // eslint-disable-next-line no-sparse-arrays
    expect(() => formatVerdict({ ...v, criteria: [, v.criteria[0]] } as never)).toThrow('Invalid type for verdict.criteria[0]: undefined (expected an item (the array has a hole here))')
    expect(() => formatVerdict({ ...v, criteria: [{ ...v.criteria[0], status: 'ok' }] } as never)).toThrow(/^Invalid verdict\.criteria\[0\]\.status: "ok"/)
    expect(() => formatVerdict({ ...v, criteria: [{ ...v.criteria[0], basis: [{ instrument: 5 }] }] } as never)).toThrow(/^Invalid type for verdict\.criteria\[0\]\.basis\[0\]\.instrument: 5/)
    expect(() => formatVerdict({ ...v, criteria: [{ ...v.criteria[0], detail: { vi: 'x' } }] } as never, 'en')).toThrow(/^Invalid type for verdict\.criteria\[0\]\.detail/)
    expect(() => formatVerdict({ ...v, warnings: [1] } as never)).toThrow('Invalid type for verdict.warnings[0]: 1 (expected a label { vi, en } of two texts)')
    expect(() => formatVerdict(v, 'fr' as never)).toThrow(`Invalid language: "fr" (expected 'vi' or 'en')`)
  })
  it('a 20,000-deep value is refused at its first field, a deep-frozen verdict is formatted', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 20_000; i++) deep = i % 2 ? { next: deep } : [deep]
    expect(() => formatVerdict(deep as never)).toThrow(/^Invalid verdict\.award: undefined/)
    const frozen = structuredClone(v)
    const stack: unknown[] = [frozen]
    while (stack.length) {
      const x = stack.pop()
      if (x !== null && typeof x === 'object') {
        stack.push(...Object.values(x))
        Object.freeze(x)
      }
    }
    expect(formatVerdict(frozen)).toEqual(formatVerdict(v))
  })
})
