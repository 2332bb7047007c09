import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { awardMoney, payableAwards } from 'hanhchinh/emulation'

describe('W23: award money [ND 152 Art 49–50; base salary 2,340,000 from 01/07/2024]', () => {
  it('LĐTT decided after 01/07/2024: 0.3 × 2,340,000 = 702,000, paid rounded up to tens of thousands', () => {
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2024-12-20' })
    if (!m.ok) throw new Error('expected money')
    expect(m.coefficient.toString()).toBe('0.3')
    expect(m.baseSalary.toString()).toBe('2340000')
    expect(m.exactAmount.toString()).toBe('702000')
    expect(m.amount.toString()).toBe('710000')
    expect(m.basis.map((b) => `${b.instrument} ${b.article ?? ''}`)).toEqual(['98/2023/NĐ-CP 54', '73/2024/NĐ-CP 3', '152/2025/NĐ-CP 49'])
    expect(m.uncertain).toBeDefined()
  })
  it('CSTĐCS ⇒ 2,340,000; with LĐTT for the same year only the CSTĐCS money is paid', () => {
    const m = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2025-08-01' })
    expect(m.ok && m.amount.toString()).toBe('2340000')
    expect(m.ok && m.basis[0]).toMatchObject({ instrument: '152/2025/NĐ-CP', article: '50' })
    expect(payableAwards([{ award: 'lao-dong-tien-tien', period: 2024 }, { award: 'chien-si-thi-dua-co-so', period: 2024 }])).toEqual([{ award: 'chien-si-thi-dua-co-so', period: 2024 }])
  })
  it('other coefficients of Decree 152/2025', () => {
    const amount = (a: Parameters<typeof awardMoney>[0], recipient?: 'individual' | 'collective') => {
      const m = awardMoney(a, { decisionDate: '2025-12-01', ...(recipient ? { recipient } : {}) })
      return m.ok ? m.exactAmount.toString() : m.reason.en
    }
    expect(amount('chien-si-thi-dua-cap-tinh')).toBe('7020000')
    expect(amount('chien-si-thi-dua-toan-quoc')).toBe('10530000')
    expect(amount('tap-the-lao-dong-xuat-sac')).toBe('3510000')
    expect(amount('tap-the-lao-dong-tien-tien')).toBe('1872000')
    expect(amount('bang-khen-thu-tuong')).toBe('8190000')
    expect(amount('bang-khen-chu-tich-ubnd-tinh', 'collective')).toBe('7020000')
    expect(amount('huan-chuong-lao-dong-hang-ba')).toContain('No confirmed')
  })
  it('needs a base salary before 01/07/2024 and refuses pre-2024 decisions', () => {
    expect(awardMoney('lao-dong-tien-tien', { decisionDate: '2024-03-01' }).ok).toBe(false)
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2024-03-01', baseSalary: 1_800_000 })
    expect(m.ok && m.amount.toString()).toBe('540000')
    expect(awardMoney('lao-dong-tien-tien', { decisionDate: '2023-12-31' }).ok).toBe(false)
    expect(() => awardMoney('lao-dong-tien-tien', { decisionDate: '2025-01-01', baseSalary: -1 })).toThrow(RangeError)
  })
  it('the amount paid is the exact amount rounded up to the next 10,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000_000 }), (base) => {
        const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2025-09-01', baseSalary: base })
        if (!m.ok) throw new Error('expected money')
        expect(m.amount.mod(10_000).isZero()).toBe(true)
        expect(m.amount.gte(m.exactAmount)).toBe(true)
        expect(m.amount.minus(m.exactAmount).lt(10_000)).toBe(true)
      }),
    )
  })
})
