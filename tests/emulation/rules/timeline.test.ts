import { describe, expect, it } from 'vitest'
import { LegalBasisSchema } from 'hanhchinh/core'
import { AWARD_MONEY_DECREE, BASE_SALARY, DECREE_91_STANDARDS, HTXS_CAP, REGIME_A, REGIME_B, REGIME_C, REGIME_TIMELINE, atDate, awardMoney, checkQuota, selectRegime } from 'hanhchinh/emulation'

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

describe('the dated rule data of the domain', () => {
  it('every value cites a valid legal basis', () => {
    for (const rule of [REGIME_TIMELINE, DECREE_91_STANDARDS, HTXS_CAP, AWARD_MONEY_DECREE, BASE_SALARY]) {
      for (const v of rule.values) {
        expect(v.basis.length, rule.name).toBeGreaterThan(0)
        for (const b of v.basis) expect(LegalBasisSchema.safeParse(b).success, rule.name).toBe(true)
      }
    }
  })
  it('REGIME_TIMELINE is the decision periods of the three regimes, without a gap from 1945', () => {
    expect(REGIME_TIMELINE.values.map((v) => [v.value, v.from, v.to])).toEqual([
      ['A', '1945-01-01', REGIME_A.decisionsTo],
      ['B', REGIME_B.decisionsFrom, REGIME_B.decisionsTo],
      ['C', REGIME_C.decisionsFrom, undefined],
    ])
    for (let i = 1; i < REGIME_TIMELINE.values.length; i++) expect(REGIME_TIMELINE.values[i]!.from).toBe(nextDay(REGIME_TIMELINE.values[i - 1]!.to!))
    // The law that moved each boundary: Law 06/2022/QH15 Art 94 (01/01/2024), Decree 152/2025 Art 59 (01/07/2025).
    expect(atDate(REGIME_TIMELINE, '2024-01-01')?.basis[0]).toMatchObject({ instrument: '06/2022/QH15', article: '94' })
    expect(atDate(REGIME_TIMELINE, '2025-07-01')?.basis[0]).toMatchObject({ instrument: '152/2025/NĐ-CP', article: '59' })
  })
  it('selectRegime answers what the timeline says, at the decision date or at 31/12 of the year', () => {
    for (const day of ['2019-05-04', '2023-12-31', '2024-01-01', '2025-06-30', '2025-07-01', '2026-02-10']) {
      expect(selectRegime(Number(day.slice(0, 4)), day).regime).toBe(atDate(REGIME_TIMELINE, day)?.value)
    }
    for (const year of [2016, 2023, 2024, 2025, 2030]) expect(selectRegime(year).regime).toBe(atDate(REGIME_TIMELINE, `${year}-12-31`)?.value)
  })
  it('Decree 91/2017 standards from 01/10/2017: earlier decisions are flagged', () => {
    expect(atDate(DECREE_91_STANDARDS, '2017-09-30')?.value).toBe(false)
    expect(atDate(DECREE_91_STANDARDS, '2017-10-01')?.value).toBe(true)
    expect(selectRegime(2017, '2017-09-30').warnings[0]?.vi).toContain('01/10/2017')
    expect(selectRegime(2017, '2017-10-01').warnings).toEqual([])
  })
  it('HTXS_CAP by rating year: none before 2023, QĐ 124 for 2023–2024, QĐ 366 Art 11 for 2025, Decree 335/2025 from 2026', () => {
    expect(atDate(HTXS_CAP, '2022-12-31')).toBeUndefined()
    expect(atDate(HTXS_CAP, '2024-12-31')?.basis.map((b) => b.instrument)).toEqual(['48/2023/NĐ-CP', '124-QĐ/TW'])
    expect(atDate(HTXS_CAP, '2025-12-31')?.basis[1]).toMatchObject({ instrument: '366-QĐ/TW', article: '11' })
    expect(atDate(HTXS_CAP, '2026-12-31')?.basis[0]?.instrument).toBe('335/2025/NĐ-CP')
    // checkQuota reads the cap of the rating year from this data.
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025, outstanding: true }).caps[0]).toMatchObject({ limit: 7, basis: atDate(HTXS_CAP, '2025-12-31')!.basis })
    expect(checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2022 }).caps).toEqual([])
  })
  it('money: Decree 98/2023 from 01/01/2024, Decree 152/2025 from 01/07/2025; base salary 2,340,000 from 01/07/2024', () => {
    expect(atDate(AWARD_MONEY_DECREE, '2010-05-31')).toBeUndefined()
    expect(atDate(AWARD_MONEY_DECREE, '2017-09-30')).toMatchObject({ from: '2010-06-01', to: '2017-09-30', value: { titleArticle: '71', forms: {} }, basis: [{ instrument: '42/2010/NĐ-CP' }] })
    expect(atDate(AWARD_MONEY_DECREE, '2023-12-31')?.basis[0]?.instrument).toBe('91/2017/NĐ-CP')
    expect(atDate(AWARD_MONEY_DECREE, '2023-12-31')?.value).toMatchObject({ titleArticle: '69', formsArticle: '73', rounding: { article: '68', clause: '2' } })
    expect(atDate(AWARD_MONEY_DECREE, '2025-06-30')?.basis[0]?.instrument).toBe('98/2023/NĐ-CP')
    expect(atDate(AWARD_MONEY_DECREE, '2025-07-01')?.value).toMatchObject({ titleArticle: '50', formsArticle: '54', rounding: { instrument: '152/2025/NĐ-CP', article: '49' } })
    expect(atDate(BASE_SALARY, '2024-06-30')?.value).toBe(1_800_000)
    expect(atDate(BASE_SALARY, '2024-07-01')?.value).toBe(2_340_000)
    const m = awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2025-06-30' })
    expect(m.ok && m.basis.map((b) => `${b.instrument} ${b.article ?? ''}`.trim())).toEqual(['98/2023/NĐ-CP 54', '73/2024/NĐ-CP 3', '98/2023/NĐ-CP'])
    const before = awardMoney('lao-dong-tien-tien', { decisionDate: '2009-04-30', baseSalary: 650_000 })
    expect(before.ok === false && before.reason.vi).toContain('trước 01/06/2010')
  })
  it('BASE_SALARY: one value for every day from 01/05/2009, each start date as researched (issue 18)', () => {
    const starts = BASE_SALARY.values.map((v) => [v.from, v.value])
    expect(starts).toEqual([
      ['2009-05-01', 650_000], ['2010-05-01', 730_000], ['2011-05-01', 830_000], ['2012-05-01', 1_050_000], ['2013-07-01', 1_150_000],
      ['2016-05-01', 1_210_000], ['2016-05-26', 1_210_000], ['2017-07-01', 1_300_000], ['2018-07-01', 1_390_000], ['2019-07-01', 1_490_000],
      ['2023-07-01', 1_800_000], ['2024-07-01', 2_340_000], ['2026-07-01', 2_530_000],
    ])
    for (let i = 1; i < BASE_SALARY.values.length; i++) expect(BASE_SALARY.values[i]!.from).toBe(nextDay(BASE_SALARY.values[i - 1]!.to!))
    expect(atDate(BASE_SALARY, '2013-06-30')?.value).toBe(1_050_000)
    expect(atDate(BASE_SALARY, '2016-05-25')?.uncertain).toContain('26/05/2016')
    expect(atDate(BASE_SALARY, '2013-07-01')?.basis[0]).toMatchObject({ instrument: '66/2013/NĐ-CP', article: '3', clause: '2' })
  })
})
