import { describe, expect, it } from 'vitest'
import { UrgencyLevelSchema, SecrecyLevelSchema, secrecyLevels, urgencyLevels } from 'hanhchinh/documents'

describe('urgency and secrecy levels', () => {
  it('lists Hỏa tốc > Thượng khẩn > Khẩn with stamp sizes (Phụ lục I III.2(b))', () => {
    expect(urgencyLevels().map((l) => [l.id, l.rank, l.stamp, l.stampSizeMm])).toEqual([
      ['hoa-toc', 1, 'HỎA TỐC', [30, 8]], ['thuong-khan', 2, 'THƯỢNG KHẨN', [40, 8]], ['khan', 3, 'KHẨN', [20, 8]],
    ])
    expect(urgencyLevels()[0]?.basis.unconfirmed).toMatch(/delivery time/)
    expect(urgencyLevels().map((l) => l.id)).toEqual(UrgencyLevelSchema.options)
  })

  it('lists Tuyệt mật > Tối mật > Mật with the law in force on the date', () => {
    expect(secrecyLevels().map((l) => l.label.vi)).toEqual(['Tuyệt mật', 'Tối mật', 'Mật'])
    expect(secrecyLevels().map((l) => l.id)).toEqual(SecrecyLevelSchema.options)
    expect(secrecyLevels({ asOf: '2026-02-28' })[2]?.basis).toMatchObject({ instrument: '29/2018/QH14', article: '8' })
    expect(secrecyLevels({ asOf: '2026-03-01' })[2]?.basis).toMatchObject({ instrument: '117/2025/QH15', effectiveFrom: '2026-03-01' })
    expect(secrecyLevels({ asOf: '2026-03-01' })[2]?.basis.unconfirmed).toBeDefined()
  })
})
