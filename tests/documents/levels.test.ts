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

describe('secrecyLevels by date (one dated table, the one asOf)', () => {
  it('reads the law in force from SECRECY_LEVEL_RULES at asOf', () => {
    expect(secrecyLevels({ asOf: '2026-02-28' })[0]?.basis.instrument).toBe('29/2018/QH14')
    expect(secrecyLevels({ asOf: '2026-03-01' })[0]?.basis.instrument).toBe('117/2025/QH15')
    // 28/02/2026 23:30 in Vietnam is still the old law; 17:30 UTC that day is 00:30 on 01/03 in Vietnam
    expect(secrecyLevels({ asOf: '2026-02-28T23:30:00+07:00' })[0]?.basis.instrument).toBe('29/2018/QH14')
    expect(secrecyLevels({ asOf: '2026-02-28T17:30:00Z' })[0]?.basis.instrument).toBe('117/2025/QH15')
    expect(secrecyLevels({ asOf: new Date('2026-03-01T00:00:00+07:00') })[0]?.basis.instrument).toBe('117/2025/QH15')
    expect(secrecyLevels()[0]?.basis.instrument).toBe('29/2018/QH14')
  })
  it('refuses a misspelt option and a date it cannot read', () => {
    expect(() => secrecyLevels({ asof: '2026-06-01' } as never)).toThrow(/Unknown option "asof" of secrecyLevels/)
    expect(() => secrecyLevels({ asOf: '01/06/2026' })).toThrow(RangeError)
    expect(() => secrecyLevels({ asOf: 2026 as never })).toThrow(TypeError)
  })
})
