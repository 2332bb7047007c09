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
  it('a decision of 01–25/05/2016 is on 1,210,000 in law, with a warning (Decree 47/2016 signed 26/05/2016); 2026-07-01 on 2,530,000', () => {
    expect(atDate(BASE_SALARY, '2016-05-10')).toMatchObject({ value: 1_210_000, uncertain: expect.stringContaining('26/05/2016') })
    expect(atDate(BASE_SALARY, '2016-05-26')?.uncertain).toBeUndefined()
    expect(paid('lao-dong-tien-tien', '2026-07-01')).toMatchObject({ base: '2530000', exact: '759000', amount: '760000' })
    expect(paid('lao-dong-tien-tien', '2026-06-30').base).toBe('2340000')
  })
})

describe('award money under Decree 42/2010 (decisions 01/06/2010 – 30/09/2017) [titles UNCONFIRMED: Bến Tre 1628/QĐ-UBND; notes/award-money.md §2.2 bis]', () => {
  const paid = (award: Parameters<typeof awardMoney>[0], decisionDate: string, recipient?: 'individual' | 'collective') => {
    const m = awardMoney(award, { decisionDate, ...(recipient ? { recipient } : {}) })
    if (!m.ok) throw new Error(m.reason.en)
    return { exact: m.exactAmount.toString(), amount: m.amount.toString(), base: m.baseSalary.toString(), coefficient: m.coefficient.toString() }
  }
  it('Bến Tre 1628/QĐ-UBND (14/07/2016, base 1,210,000): every title amount it prints is ceil(coefficient × base) to tens of thousands', () => {
    const printed: [Parameters<typeof awardMoney>[0], string][] = [
      ['chien-si-thi-dua-toan-quoc', '5450000'],
      ['chien-si-thi-dua-cap-tinh', '3630000'],
      ['chien-si-thi-dua-co-so', '1210000'],
      ['lao-dong-tien-tien', '370000'],
      ['tap-the-lao-dong-xuat-sac', '1820000'],
      ['tap-the-lao-dong-tien-tien', '970000'],
      ['co-thi-dua-chinh-phu', '29650000'],
      ['co-thi-dua-cap-tinh', '18760000'],
    ]
    for (const [award, amount] of printed) expect([award, paid(award, '2016-07-14').amount]).toEqual([award, amount])
    expect(paid('lao-dong-tien-tien', '2016-07-14')).toEqual({ exact: '363000', amount: '370000', base: '1210000', coefficient: '0.3' })
  })
  it('2012: "mức lương tối thiểu chung" 1,050,000 (Decree 31/2012, from 01/05/2012); 830,000 the day before', () => {
    expect(paid('chien-si-thi-dua-co-so', '2012-12-20')).toEqual({ exact: '1050000', amount: '1050000', base: '1050000', coefficient: '1' })
    expect(paid('lao-dong-tien-tien', '2012-12-20')).toMatchObject({ exact: '315000', amount: '320000' })
    expect(paid('tap-the-lao-dong-xuat-sac', '2012-12-20')).toMatchObject({ exact: '1575000', amount: '1580000' })
    expect(paid('lao-dong-tien-tien', '2012-04-30')).toMatchObject({ base: '830000', exact: '249000', amount: '250000' })
  })
  it('2014: base salary 1,150,000 (Decree 66/2013, from 01/07/2013); Decree 65/2014 (in force 20/08/2014) changed no coefficient', () => {
    expect(paid('chien-si-thi-dua-co-so', '2014-06-30')).toMatchObject({ base: '1150000', amount: '1150000' })
    expect(paid('lao-dong-tien-tien', '2014-12-20')).toMatchObject({ exact: '345000', amount: '350000' })
    expect(paid('chien-si-thi-dua-cap-tinh', '2014-12-20')).toMatchObject({ exact: '3450000', amount: '3450000' })
    expect(paid('co-thi-dua-chinh-phu', '2014-12-20')).toMatchObject({ coefficient: '24.5', exact: '28175000', amount: '28180000' })
    expect(paid('co-thi-dua-cap-tinh', '2014-12-20')).toMatchObject({ coefficient: '15.5', exact: '17825000', amount: '17830000' })
  })
  it('2016: 1,150,000 until 30/04, 1,210,000 from 01/05 (Decree 47/2016)', () => {
    expect(paid('lao-dong-tien-tien', '2016-04-30')).toMatchObject({ base: '1150000', amount: '350000' })
    expect(paid('chien-si-thi-dua-co-so', '2016-12-20')).toMatchObject({ base: '1210000', amount: '1210000' })
    expect(paid('tap-the-lao-dong-tien-tien', '2016-12-20')).toMatchObject({ exact: '968000', amount: '970000' })
  })
  it('cites the decree, the base salary and the rounding, and says the coefficients are UNCONFIRMED', () => {
    const m = awardMoney('lao-dong-tien-tien', { decisionDate: '2014-12-20' })
    if (!m.ok) throw new Error(m.reason.en)
    expect(m.basis).toMatchObject([
      { instrument: '42/2010/NĐ-CP', article: '71', unconfirmed: expect.stringContaining('Art 71') },
      { instrument: '66/2013/NĐ-CP', effectiveFrom: '2013-07-01' },
      { instrument: '42/2010/NĐ-CP', note: expect.stringContaining('75/2012/QĐ-UBND') },
    ])
    expect(m.uncertain).toContain('Bến Tre 1628/QĐ-UBND')
    expect(m.uncertain).toContain('rounding rule')
  })
  it('Bằng khen, giấy khen, orders and "Chiến sĩ tiên tiến" stay refused under Decree 42/2010, naming what is missing', () => {
    for (const award of ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'giay-khen', 'huan-chuong-lao-dong-hang-ba', 'chien-si-tien-tien'] as const) {
      const m = awardMoney(award, { decisionDate: '2016-12-20' })
      expect(m.ok).toBe(false)
      expect(m.ok === false && m.reason.en).toContain('under Decree 42/2010/NĐ-CP: the Decree 42/2010/NĐ-CP coefficients of Bằng khen')
      expect(m.ok === false && m.reason.vi).toContain('chưa tìm thấy trong nguồn nào')
    }
    const collective = awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2014-12-20', recipient: 'collective' })
    expect(collective.ok).toBe(false)
  })
  it('boundaries: 31/05/2010 refused (before Decree 42/2010), 01/06/2010 on 730,000; 30/09/2017 under 42/2010, 01/10/2017 under 91/2017', () => {
    const before = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2010-05-31' })
    expect(before.ok).toBe(false)
    expect(before.ok === false && before.reason.en).toContain('before 2010-06-01 (when Decree 42/2010/NĐ-CP took effect, UNCONFIRMED)')
    expect(before.ok === false && before.reason.vi).toContain('trước 01/06/2010')
    expect(paid('chien-si-thi-dua-co-so', '2010-06-01')).toMatchObject({ base: '730000', amount: '730000' })
    expect(paid('lao-dong-tien-tien', '2010-06-01')).toMatchObject({ exact: '219000', amount: '220000' })
    const last = awardMoney('co-thi-dua-cap-tinh', { decisionDate: '2017-09-30' })
    expect(last.ok && [last.basis[0]!.instrument, last.coefficient.toString(), last.baseSalary.toString(), last.amount.toString()]).toEqual(['42/2010/NĐ-CP', '15.5', '1300000', '20150000'])
    const first = awardMoney('co-thi-dua-cap-tinh', { decisionDate: '2017-10-01' })
    expect(first.ok && [first.basis[0]!.instrument, first.coefficient.toString(), first.amount.toString()]).toEqual(['91/2017/NĐ-CP', '8', '10400000'])
    expect(awardMoney('bang-khen-thu-tuong', { decisionDate: '2017-09-30' }).ok).toBe(false)
    expect(awardMoney('bang-khen-thu-tuong', { decisionDate: '2017-10-01' }).ok).toBe(true)
  })
})

describe('Bằng khen and giấy khen money in the two refused periods [notes/award-money.md §2.4]', () => {
  // Decree 98/2023 Art 58 (decisions 01/01/2024 – 30/06/2025): no source printed the Bằng khen rates.
  it('a Bằng khen of the provincial chairman decided 15/03/2024 (base 1,800,000) or 15/08/2024 (base 2,340,000) is refused, naming Art 58 and what is known', () => {
    for (const decisionDate of ['2024-03-15', '2024-08-15']) {
      for (const recipient of ['individual', 'collective'] as const) {
        const m = awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate, recipient })
        expect(m.ok).toBe(false)
        expect(m.ok === false && m.reason.en).toContain(`(${recipient}) under Decree 98/2023/NĐ-CP: the coefficients of the Bằng khen of the Prime Minister, the Bằng khen of a ministry, sector or province and the giấy khen (Art 58.1.a, b, e) were found in no source`)
        expect(m.ok === false && m.reason.en).toContain("the commune chairman's giấy khen 0,15 (Art 58.1.g), collectives double (Art 58.2.c)")
        expect(m.ok === false && m.reason.vi).toContain('(Điều 58 khoản 1 điểm a, b, e) chưa tìm thấy trong nguồn nào')
      }
    }
    // A base salary passed by the caller does not help: the coefficient is what is missing.
    expect(awardMoney('bang-khen-thu-tuong', { decisionDate: '2024-08-15', baseSalary: 2_340_000 }).ok).toBe(false)
    expect(awardMoney('giay-khen', { decisionDate: '2025-03-01' }).ok).toBe(false)
    // Titles of the same dates are paid (Art 54).
    const s = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2024-03-15' })
    expect(s.ok && [s.baseSalary.toString(), s.amount.toString()]).toEqual(['1800000', '1800000'])
    const t = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2024-08-15' })
    expect(t.ok && [t.basis[0]!.instrument, t.basis[0]!.article, t.amount.toString()]).toEqual(['98/2023/NĐ-CP', '54', '2340000'])
  })
  it('boundaries: 31/12/2023 paid under Decree 91/2017 Art 73 (1,0 × 1,800,000), 01/01/2024 refused; 30/06/2025 refused, 01/07/2025 paid under Decree 152/2025 Art 54 (1,5 × 2,340,000)', () => {
    const last91 = awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2023-12-31' })
    expect(last91.ok && [last91.basis[0]!.instrument, last91.basis[0]!.article, last91.coefficient.toString(), last91.amount.toString()]).toEqual(['91/2017/NĐ-CP', '73', '1', '1800000'])
    const last91c = awardMoney('bang-khen-thu-tuong', { decisionDate: '2023-12-31', recipient: 'collective' })
    expect(last91c.ok && [last91c.exactAmount.toString(), last91c.amount.toString()]).toEqual(['12600000', '12600000'])
    expect(awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2024-01-01' }).ok).toBe(false)
    expect(awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2025-06-30' }).ok).toBe(false)
    const first152 = awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2025-07-01' })
    expect(first152.ok && [first152.basis[0]!.instrument, first152.basis[0]!.article, first152.coefficient.toString(), first152.exactAmount.toString(), first152.amount.toString()]).toEqual(['152/2025/NĐ-CP', '54', '1.5', '3510000', '3510000'])
    const bkTTg = awardMoney('bang-khen-thu-tuong', { decisionDate: '2025-07-01' })
    expect(bkTTg.ok && bkTTg.amount.toString()).toBe('8190000')
  })
  it('giấy khen under Decree 152/2025: 0,3 for an individual (flagged: secondary source), 0,6 for a collective', () => {
    const i = awardMoney('giay-khen', { decisionDate: '2025-07-01' })
    expect(i.ok && [i.coefficient.toString(), i.exactAmount.toString(), i.amount.toString()]).toEqual(['0.3', '702000', '710000'])
    expect(i.ok && i.uncertain).toContain('Art 54.1.e')
    const c = awardMoney('giay-khen', { decisionDate: '2025-07-01', recipient: 'collective' })
    expect(c.ok && [c.coefficient.toString(), c.amount.toString()]).toEqual(['0.6', '1410000'])
  })
  // Decree 42/2010 (decisions 01/06/2010 – 30/09/2017): no source printed its Bằng khen / giấy khen rates.
  it('a Bằng khen decided in 2015 (base 1,150,000) stays refused under Decree 42/2010; the title of the same date is paid', () => {
    for (const award of ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'bang-khen-bo-nganh', 'giay-khen'] as const) {
      const m = awardMoney(award, { decisionDate: '2015-12-20' })
      expect(m.ok === false && m.reason.en).toContain('under Decree 42/2010/NĐ-CP: the Decree 42/2010/NĐ-CP coefficients of Bằng khen, giấy khen')
    }
    const t = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2015-12-20' })
    expect(t.ok && [t.baseSalary.toString(), t.amount.toString()]).toEqual(['1150000', '1150000'])
  })
})
