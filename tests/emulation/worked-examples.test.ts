// The worked examples of shared/rules/emulation-awards.md §7, each under the
// regime it names. W5, W20, W21 (quotas) are in quota.test.ts; W23 (money) in money.test.ts.
import { describe, expect, it } from 'vitest'
import { checkEligibility, type EligibilityVerdict } from 'hanhchinh/emulation'

const failed = (v: EligibilityVerdict) => v.criteria.filter((c) => !c.ok).map((c) => c.id)
const articles = (v: EligibilityVerdict, id: string) =>
  v.criteria.find((c) => c.id === id)!.basis.map((b) => `${b.instrument} Art ${b.article ?? ''}${b.clause ? `.${b.clause}` : ''}`)

describe('W1–W3: Lao động tiên tiến', () => {
  it('W1: recruited 01/03/2022 (10 months) is eligible in 2022; 01/04/2022 (9 months) is not [A; ND 91 Art 10]', () => {
    const ten = checkEligibility('lao-dong-tien-tien', { kind: 'individual', recruitedOn: '2022-03-01', years: { 2022: { rating: 'hoan-thanh-tot' } } }, { year: 2022 })
    expect(ten.regime).toBe('A')
    expect(ten.ok).toBe(true)
    const nine = checkEligibility('lao-dong-tien-tien', { kind: 'individual', recruitedOn: '2022-04-01', years: { 2022: { rating: 'hoan-thanh-tot' } } }, { year: 2022 })
    expect(nine.ok).toBe(false)
    expect(failed(nine)).toEqual(['service-months'])
    expect(nine.criteria.find((c) => c.id === 'service-months')).toMatchObject({ observed: 9, required: 10 })
    expect(articles(nine, 'service-months')).toEqual(['91/2017/NĐ-CP Art 10'])
  })

  it('W2: recruited 01/04/2024 (9 months), HTT, is eligible in 2024 [B; TT 01/2024 Art 1.5]', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', recruitedOn: '2024-04-01', years: { 2024: { rating: 'hoan-thanh-tot' } } }, { year: 2024 })
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'service-months')).toMatchObject({ observed: 9, required: 6, basis: [{ instrument: '01/2024/TT-BNV', article: '1', clause: '5' }] })
  })

  it('W3: HTT but khiển trách in 2022 ⇒ not eligible [A; ND 91 Art 10]', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2022: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach' } } } }, { year: 2022 })
    expect(v.ok).toBe(false)
    expect(failed(v)).toEqual(['discipline'])
    expect(articles(v, 'discipline')).toEqual(['91/2017/NĐ-CP Art 10'])
    expect(v.summary.vi).toContain('khiển trách')
  })
})

describe('W4: CSTĐCS without an initiative, rated HTXS', () => {
  const person = { kind: 'individual', years: { 2021: { rating: 'hoan-thanh-xuat-sac', titles: ['lao-dong-tien-tien'] }, 2024: { rating: 'hoan-thanh-xuat-sac', titles: ['lao-dong-tien-tien'] } } } as const
  it('2021: not eligible, the initiative is mandatory [A; ND 91 Art 9.3]', () => {
    const v = checkEligibility('chien-si-thi-dua-co-so', person, { year: 2021 })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(false)
    expect(failed(v)).toEqual(['initiative-or-htxs'])
    expect(articles(v, 'initiative-or-htxs')).toEqual(['15/2003/QH11 Art 23', '91/2017/NĐ-CP Art 9.3'])
    expect(v.criteria.find((c) => c.id === 'initiative-or-htxs')!.detail.vi).toContain('không thay thế được sáng kiến')
  })
  it('2024: eligible through HTXS [B; Law 2022 Art 23.2] — the article that made the difference', () => {
    const v = checkEligibility('chien-si-thi-dua-co-so', person, { year: 2024 })
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    expect(articles(v, 'initiative-or-htxs')).toEqual(['06/2022/QH15 Art 23.2'])
  })
})

describe('W7: Tập thể lao động xuất sắc, unit of 20 in 2024 [B; Law 2022 Art 27.1]', () => {
  const unit = (y: Record<string, unknown>) => ({ kind: 'collective' as const, years: { 2024: { members: 20, laoDongTienTien: 14, chienSiThiDuaCoSo: 1, tasksCompleted: 20, rating: 'hoan-thanh-xuat-sac' as const, ...y } } })
  it('HTXS, all complete, 14 LĐTT (70%), 1 CSTĐCS ⇒ eligible', () => {
    const v = checkEligibility('tap-the-lao-dong-xuat-sac', unit({}), { year: 2024 })
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'lao-dong-tien-tien-share')!.observed).toMatchObject({ percent: '70' })
  })
  it('13 LĐTT (65%) ⇒ not eligible', () => {
    const v = checkEligibility('tap-the-lao-dong-xuat-sac', unit({ laoDongTienTien: 13 }), { year: 2024 })
    expect(failed(v)).toEqual(['lao-dong-tien-tien-share'])
    expect(articles(v, 'lao-dong-tien-tien-share')).toEqual(['06/2022/QH15 Art 27.1'])
  })
  it('one member rated KHT ⇒ not eligible (100% condition)', () => {
    const v = checkEligibility('tap-the-lao-dong-xuat-sac', unit({ tasksCompleted: 19 }), { year: 2024 })
    expect(failed(v)).toEqual(['all-members-complete'])
  })
})

describe('W8–W10: provincial and national emulation fighters', () => {
  it('W8: CSTĐCS 2019–2021 + province-wide initiative ⇒ CSTĐ tỉnh eligible for the 2021 cycle [A; ND 91 Art 9.2]', () => {
    const rec = {
      kind: 'individual',
      years: {
        2019: { titles: ['chien-si-thi-dua-co-so'] },
        2020: { titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'cap-tinh', scope: 'cap-tinh' }] },
        2021: { titles: ['chien-si-thi-dua-co-so'] },
      },
    } as const
    const v = checkEligibility('chien-si-thi-dua-cap-tinh', rec, { year: 2021 })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'consecutive-co-so')!.observed).toEqual([2019, 2020, 2021])
    // Without the provincial-scope initiative: no.
    const noInit = checkEligibility('chien-si-thi-dua-cap-tinh', { ...rec, years: { ...rec.years, 2020: { titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'co-so' }] } } }, { year: 2021 })
    expect(failed(noInit)).toEqual(['initiative-scope'])
    expect(articles(noInit, 'initiative-scope')).toEqual(['15/2003/QH11 Art 22', '91/2017/NĐ-CP Art 9.2'])
  })

  it('W9: CSTĐCS 2019, 2021, 2022, 2023 ⇒ run 2021–2023 qualifies [B; Law 2022 Art 22]', () => {
    const rec = {
      kind: 'individual',
      years: {
        2019: { titles: ['chien-si-thi-dua-co-so'] },
        2020: { titles: ['lao-dong-tien-tien'] },
        2021: { titles: ['chien-si-thi-dua-co-so'] },
        2022: { titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'cap-tinh' }] },
        2023: { titles: ['chien-si-thi-dua-co-so'] },
      },
    } as const
    const v = checkEligibility('chien-si-thi-dua-cap-tinh', rec, { year: 2023, decisionDate: '2024-03-15' })
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'consecutive-co-so')!.observed).toEqual([2021, 2022, 2023])
    expect(articles(v, 'consecutive-co-so')).toEqual(['06/2022/QH15 Art 22'])
    expect(v.criteria.find((c) => c.id === 'consecutive-co-so')!.basis[0]).toMatchObject({ article: '22', point: 'a' })
    // 2023 achievements decided in 2024: the unclear transition is stated.
    expect(v.warnings.some((w) => w.en.includes('UNCONFIRMED'))).toBe(true)
  })

  it('W10: 2nd consecutive CSTĐ tỉnh in 2014 ⇒ CSTĐTQ only in the adjacent cycle; 2018 is rejected [A; ND 91 Art 48.1.a]', () => {
    const rec = {
      kind: 'individual',
      years: {
        2009: { titles: ['chien-si-thi-dua-co-so'] },
        2010: { titles: ['chien-si-thi-dua-co-so'] },
        2011: { titles: ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh'] },
        2012: { titles: ['chien-si-thi-dua-co-so'] },
        2013: { titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'cap-tinh', scope: 'toan-quoc' }] },
        2014: { titles: ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh'] },
      },
    } as const
    const ok = checkEligibility('chien-si-thi-dua-toan-quoc', rec, { year: 2014, decisionDate: '2015-04-20' })
    expect(ok.regime).toBe('A')
    expect(ok.ok).toBe(true)
    expect(ok.criteria.find((c) => c.id === 'consecutive-cap-tinh')!.observed).toEqual([2011, 2014])
    const late = checkEligibility('chien-si-thi-dua-toan-quoc', rec, { year: 2018 })
    expect(late.ok).toBe(false)
    expect(failed(late)).toContain('adjacent-cycle')
    expect(articles(late, 'adjacent-cycle')).toEqual(['91/2017/NĐ-CP Art 48.1'])
    // A proposal in 2018 made with 2017 results is just as late.
    expect(failed(checkEligibility('chien-si-thi-dua-toan-quoc', rec, { year: 2017, decisionDate: '2018-03-01' }))).toContain('adjacent-cycle')
  })
})

describe('W11: Bằng khen Thủ tướng [A; ND 91 Art 38.1.c]', () => {
  const years: Record<number, object> = { 2015: { rating: 'hoan-thanh-xuat-sac', commendations: [{ award: 'bang-khen-bo-nganh', decision: { number: '1234/QĐ-BNV', date: '2016-01-20' }, period: { from: 2014, to: 2015 } }] } }
  for (let y = 2016; y <= 2020; y++) years[y] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] }
  it('BK Bộ 2015; HTXS 2016–2020; 5 grassroots initiatives ⇒ eligible with 2020 results (proposal 2021)', () => {
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years }, { year: 2020, decisionDate: '2021-05-10' })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'consecutive-years')!.observed).toEqual([2016, 2017, 2018, 2019, 2020])
  })
  it('2021 only HTT and the proposal covers 2021 ⇒ not eligible (the streak must reach the proposal)', () => {
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years: { ...years, 2021: { rating: 'hoan-thanh-tot' } } }, { year: 2021, regime: 'A' })
    expect(v.ok).toBe(false)
    expect(failed(v)).toContain('consecutive-years')
    expect(articles(v, 'consecutive-years')).toEqual(['91/2017/NĐ-CP Art 38.1'])
  })
})

describe('W13, W14: Bằng khen Chủ tịch UBND tỉnh [Law 2022 Art 74.1.d]', () => {
  it('W13: 2023 HTXS + 1 initiative, 2024 HTXS + 1 initiative + CSTĐCS (HTXS route) ⇒ eligible [B]', () => {
    const v = checkEligibility(
      'bang-khen-chu-tich-ubnd-tinh',
      {
        kind: 'individual',
        years: {
          2023: { rating: 'hoan-thanh-xuat-sac', titles: ['lao-dong-tien-tien'], initiatives: [{ level: 'co-so' }] },
          2024: { rating: 'hoan-thanh-xuat-sac', titles: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'], initiatives: [{ level: 'co-so' }] },
        },
      },
      { year: 2024 },
    )
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    expect(v.criteria[0]!.observed).toMatchObject({ htxsYears: [2023, 2024], initiatives: 2 })
    expect(articles(v, 'consecutive-co-so-or-htxs-initiatives')).toEqual(['06/2022/QH15 Art 74.1'])
  })
  it('W13 variant: an initiative already used for the CSTĐCS is not counted again', () => {
    const v = checkEligibility(
      'bang-khen-chu-tich-ubnd-tinh',
      {
        kind: 'individual',
        years: {
          2023: { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] },
          2024: { rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'co-so', usedFor: 'chien-si-thi-dua-co-so' }] },
        },
      },
      { year: 2024 },
    )
    expect(v.ok).toBe(false)
  })
  it('W14: CSTĐCS 2024 and 2025 ⇒ eligible on the "02 lần liên tục CSTĐCS" limb [C]', () => {
    const v = checkEligibility(
      'bang-khen-chu-tich-ubnd-tinh',
      { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] }, 2025: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] } } },
      { year: 2025 },
    )
    expect(v.regime).toBe('C')
    expect(v.ok).toBe(true)
    expect(v.criteria[0]!.observed).toMatchObject({ coSoYears: [2024, 2025] })
  })
})

describe('W16, W17: anchors and discipline periods', () => {
  const fiveYears = (from: number) => {
    const y: Record<number, object> = {}
    for (let i = 0; i < 5; i++) y[from + i] = { rating: 'hoan-thanh-tot', titles: i % 2 === 0 ? ['chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'] }
    return y
  }
  it('BK TTg 73.1.b: merit BK tỉnh 2019, then 2020–2024 HTT+ with 3 CSTĐCS ⇒ eligible [B]', () => {
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years: { 2019: { commendations: ['bang-khen-chu-tich-ubnd-tinh'] }, ...fiveYears(2020) } }, { year: 2024 })
    expect(v.regime).toBe('B')
    expect(v.ok).toBe(true)
    expect(articles(v, 'chien-si-thi-dua-co-so')).toEqual(['06/2022/QH15 Art 73.1'])
  })
  it('W16: a thematic (chuyên đề) BK is not the anchor for BK TTg [B; ND 98 Art 4.3]', () => {
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years: { 2019: { commendations: [{ award: 'bang-khen-chu-tich-ubnd-tinh', nature: 'chuyen-de' }] }, ...fiveYears(2020) } }, { year: 2024 })
    expect(v.ok).toBe(false)
    expect(failed(v)).toContain('anchor')
    expect(articles(v, 'anchor')).toContain('98/2023/NĐ-CP Art 4.3')
    expect(v.criteria.find((c) => c.id === 'anchor')!.detail.vi).toContain('chuyên đề')
  })
  it('W17: khiển trách in 2024 ending 2025-03 ⇒ 2024 rated KHT; later chains count only after the period [B/C; ND 48/2023 Art 2.5; ND 98/152 Art 4.4]', () => {
    const rec = {
      kind: 'individual',
      years: {
        2023: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] },
        2024: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach', decidedOn: '2024-03-20', periodEnd: '2025-03-19' } },
        2025: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] },
        2026: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] },
      },
    } as const
    const ldtt = checkEligibility('lao-dong-tien-tien', rec, { year: 2024 })
    expect(ldtt.ok).toBe(false)
    expect(ldtt.criteria.find((c) => c.id === 'rating')).toMatchObject({ observed: 'khong-hoan-thanh' })
    expect(articles(ldtt, 'rating')).toContain('48/2023/NĐ-CP Art 2.5')
    const bk = checkEligibility('bang-khen-chu-tich-ubnd-tinh', rec, { year: 2026 })
    expect(bk.regime).toBe('C')
    expect(bk.ok).toBe(false)
    expect(bk.criteria[0]!.observed).toMatchObject({ coSoYears: [2026] })
    expect(bk.criteria[0]!.detail.vi).toContain('hết thời hạn kỷ luật')
  })
})

describe('W18, W19: leave', () => {
  it('W18: maternity leave Mar–Aug 2024 (6 months), HTT ⇒ rated and LĐTT eligible [B; ND 90 Art 2; ND 98 Art 4.5]', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', monthsWorked: 6, leave: { maternityMonths: 6 } } } }, { year: 2024 })
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'rating')!.detail.vi).toContain('thai sản')
  })
  it('W19: 4 months of other leave in 2024 ⇒ capped at HT ⇒ no LĐTT, no CSTĐCS [B]', () => {
    const rec = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', leave: { otherMonths: 4 }, initiatives: [{ level: 'co-so' }] } } } as const
    const v = checkEligibility('lao-dong-tien-tien', rec, { year: 2024 })
    expect(v.ok).toBe(false)
    expect(v.criteria.find((c) => c.id === 'rating')).toMatchObject({ observed: 'hoan-thanh' })
    expect(articles(v, 'rating')).toContain('90/2020/NĐ-CP Art 2')
    expect(checkEligibility('chien-si-thi-dua-co-so', rec, { year: 2024 }).ok).toBe(false)
  })
  it('W19 in 2023 (regime A): also fails, and the derived HTT mapping is flagged uncertain', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2023: { rating: 'hoan-thanh-tot', leave: { otherMonths: 4 } } } }, { year: 2023 })
    expect(v.regime).toBe('A')
    expect(v.ok).toBe(false)
    expect(v.criteria.find((c) => c.id === 'rating')!.uncertain).toBeDefined()
  })
})

describe('W22: 2026 score and discipline [ND 335/2025; Law 80/2025 Art 38.4]', () => {
  it('score 92 with khiển trách for an official-duty violation ⇒ KHT', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2026: { score: 92, discipline: { form: 'khien-trach', dutyRelated: true } } } }, { year: 2026 })
    expect(v.ok).toBe(false)
    expect(v.criteria.find((c) => c.id === 'rating')).toMatchObject({ observed: { rating: 'khong-hoan-thanh', score: 92 } })
  })
  it('discipline for private conduct is not counted ⇒ HTXS', () => {
    const v = checkEligibility('chien-si-thi-dua-co-so', { kind: 'individual', years: { 2026: { score: 92, discipline: { form: 'khien-trach', dutyRelated: false } } } }, { year: 2026 })
    expect(v.ok).toBe(true)
    expect(v.criteria.find((c) => c.id === 'lao-dong-tien-tien.rating')!.detail.vi).toContain('38.4')
  })
})

describe('initiative reuse (CV 5007/BNV-TĐKT, rules §5.10)', () => {
  it('an initiative that supported the CSTĐCS is not counted again for the provincial title, and the verdict says so', () => {
    const rec = {
      kind: 'individual',
      years: {
        2022: { titles: ['chien-si-thi-dua-co-so'] },
        2023: { titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'cap-tinh', scope: 'cap-tinh', usedFor: 'chien-si-thi-dua-co-so' }] },
        2024: { titles: ['chien-si-thi-dua-co-so'] },
      },
    } as const
    const v = checkEligibility('chien-si-thi-dua-cap-tinh', rec, { year: 2024 })
    expect(failed(v)).toEqual(['initiative-scope'])
    expect(v.criteria.find((c) => c.id === 'initiative-scope')!.basis.map((b) => b.instrument)).toContain('CV 5007/BNV-TĐKT')
    expect(v.criteria.find((c) => c.id === 'initiative-scope')!.detail.vi).toContain('không tính lại')
  })
})
