import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASE_SALARY, atDate, awardMoney, payableAwards } from 'hanhchinh/emulation'

describe('W23: award money [ND 152 Art 49–50; base salary 2,340,000 from 01/07/2024]', () => {
  it('LĐTT decided after 01/07/2024: 0.3 × 2,340,000 = 702,000, paid rounded up to tens of thousands', () => {
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2024-12-20' })
    if (!m.ok) throw new Error('expected money')
    expect(m.coefficient.toString()).toBe('0.3')
    expect(m.baseSalary.toString()).toBe('2340000')
    expect(m.exactAmount.toString()).toBe('702000')
    expect(m.amount.toString()).toBe('710000')
    expect(m.basis.map((b) => `${b.instrument} ${b.article ?? ''}`)).toEqual(['98/2023/NĐ-CP 54', '73/2024/NĐ-CP 3', '98/2023/NĐ-CP '])
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
  it('the base salary of the decision date, from the dated data; a given baseSalary overrides it', () => {
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2024-03-01' })
    expect(m.ok && [m.baseSalary.toString(), m.amount.toString()]).toEqual(['1800000', '540000'])
    expect(m.ok && m.basis.map((b) => b.instrument)).toEqual(['98/2023/NĐ-CP', '24/2023/NĐ-CP', '98/2023/NĐ-CP'])
    const given = awardMoney('lao-dong-tien-tien', { decisionDate: '2024-03-01', baseSalary: 1_490_000 })
    expect(given.ok && given.amount.toString()).toBe('450000')
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

describe('award money under Decree 91/2017 (decisions 01/10/2017 – 31/12/2023) [Art 68–73; notes/award-money.md §2.1]', () => {
  const paid = (award: Parameters<typeof awardMoney>[0], decisionDate: string, recipient?: 'individual' | 'collective') => {
    const m = awardMoney(award, { decisionDate, ...(recipient ? { recipient } : {}) })
    if (!m.ok) throw new Error(m.reason.en)
    return { exact: m.exactAmount.toString(), amount: m.amount.toString(), base: m.baseSalary.toString(), coefficient: m.coefficient.toString() }
  }
  it('2019: 1,390,000 until 30/06, 1,490,000 from 01/07 (Decree 38/2019); rounded up to tens of thousands (Art 68.2)', () => {
    expect(paid('chien-si-thi-dua-co-so', '2019-12-20')).toEqual({ exact: '1490000', amount: '1490000', base: '1490000', coefficient: '1' })
    expect(paid('lao-dong-tien-tien', '2019-12-20')).toMatchObject({ exact: '447000', amount: '450000' })
    expect(paid('lao-dong-tien-tien', '2019-06-30')).toMatchObject({ exact: '417000', amount: '420000', base: '1390000' })
    expect(paid('tap-the-lao-dong-tien-tien', '2019-03-01')).toMatchObject({ exact: '1112000', amount: '1120000' })
    expect(paid('tap-the-lao-dong-tien-tien', '2019-07-01')).toMatchObject({ exact: '1192000', amount: '1200000' })
    expect(paid('bang-khen-thu-tuong', '2019-05-01')).toMatchObject({ exact: '4865000', amount: '4870000' })
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2019-12-20' })
    expect(m.ok && m.basis).toMatchObject([
      { instrument: '91/2017/NĐ-CP', article: '69' },
      { instrument: '38/2019/NĐ-CP', effectiveFrom: '2019-07-01' },
      { instrument: '91/2017/NĐ-CP', article: '68', clause: '2' },
    ])
  })
  it('2020: 1,490,000 all year (the 1,600,000 planned for 2020 was postponed)', () => {
    expect(paid('chien-si-thi-dua-co-so', '2020-01-15').amount).toBe('1490000')
    expect(paid('lao-dong-tien-tien', '2020-12-31').amount).toBe('450000')
    expect(paid('bang-khen-chu-tich-ubnd-tinh', '2020-06-01')).toMatchObject({ coefficient: '1', amount: '1490000' })
    expect(paid('bang-khen-chu-tich-ubnd-tinh', '2020-06-01', 'collective')).toMatchObject({ coefficient: '2', amount: '2980000' })
    expect(paid('bang-khen-thu-tuong', '2020-06-01')).toMatchObject({ coefficient: '3.5', exact: '5215000', amount: '5220000' })
    expect(paid('bang-khen-thu-tuong', '2020-06-01', 'collective')).toMatchObject({ coefficient: '7', amount: '10430000' })
    expect(paid('chien-si-thi-dua-cap-tinh', '2020-06-01').amount).toBe('4470000')
    expect(paid('co-thi-dua-cap-tinh', '2020-06-01').amount).toBe('11920000')
  })
  it('the first and last days of Decree 91/2017, and the base salary of 2017–2018 and 2023', () => {
    expect(paid('lao-dong-tien-tien', '2017-10-01')).toMatchObject({ base: '1300000', exact: '390000', amount: '390000' })
    expect(paid('chien-si-thi-dua-co-so', '2018-07-01').base).toBe('1390000')
    expect(paid('chien-si-thi-dua-co-so', '2023-07-01').base).toBe('1800000')
    expect(awardMoney('lao-dong-tien-tien', { decisionDate: '2023-12-31' }).ok).toBe(true)
  })
  it('an UNCONFIRMED coefficient says so: giấy khen (a commune chairman\'s is 0,15), HCLĐ hạng Ba not encoded', () => {
    const g = awardMoney('giay-khen', { decisionDate: '2020-06-01' })
    expect(g.ok && g.uncertain).toContain('0,15')
    const h = awardMoney('huan-chuong-lao-dong-hang-ba', { decisionDate: '2020-06-01' })
    expect(h.ok === false && h.reason.en).toBe('No confirmed money coefficient for Labour Order, Third Class (individual) under Decree 91/2017/NĐ-CP.')
  })
  it('before 01/10/2017 (Decree 42/2010 as amended by 65/2014): refused, naming what is not encoded', () => {
    const m = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2017-09-30' })
    expect(m.ok).toBe(false)
    expect(m.ok === false && m.reason.en).toContain('Decree 42/2010/NĐ-CP (as amended by Decree 65/2014/NĐ-CP) are UNCONFIRMED')
    expect(m.ok === false && m.reason.vi).toContain('CHƯA ĐƯỢC XÁC NHẬN')
    expect(awardMoney('lao-dong-tien-tien', { decisionDate: '2012-12-20' }).ok).toBe(false)
  })
  it('a decision of 01–25/05/2016 is on 1,210,000 in law, with a warning (Decree 47/2016 signed 26/05/2016); 2026-07-01 on 2,530,000', () => {
    expect(atDate(BASE_SALARY, '2016-05-10')).toMatchObject({ value: 1_210_000, uncertain: expect.stringContaining('26/05/2016') })
    expect(atDate(BASE_SALARY, '2016-05-26')?.uncertain).toBeUndefined()
    expect(paid('lao-dong-tien-tien', '2026-07-01')).toMatchObject({ base: '2530000', exact: '759000', amount: '760000' })
    expect(paid('lao-dong-tien-tien', '2026-06-30').base).toBe('2340000')
  })
})
