import { describe, expect, it } from 'vitest'
import { reviewUnit, type IndividualRecordInput } from 'hanhchinh/emulation'

const person = (name: string, y: Record<number, object>, recruitedOn?: string): IndividualRecordInput => ({ kind: 'individual', name, years: y, ...(recruitedOn ? { recruitedOn } : {}) })

describe('reviewUnit', () => {
  it('a 2019 unit: members judged under regime A, the 15% CSTĐCS cap is checked on the eligible counts', () => {
    // 8 members, all HTT with an initiative ⇒ 8 LĐTT and 8 CSTĐCS candidates; cap floor(15% × 8) = 1.
    const members = Array.from({ length: 8 }, (_, i) => person(`CB ${i + 1}`, { 2019: { rating: 'hoan-thanh-tot', initiatives: [{ level: 'co-so' }] } }))
    const r = reviewUnit({ name: 'Phòng Kiểm soát TTHC', members, collective: { kind: 'collective', years: { 2019: { members: 8, laoDongTienTien: 8, rating: 'hoan-thanh-xuat-sac' } } } }, { year: 2019 })
    expect(r.regime).toBe('A')
    expect(r.name).toBe('Phòng Kiểm soát TTHC')
    expect(r.members.every((m) => m.eligible.includes('chien-si-thi-dua-co-so'))).toBe(true)
    expect(r.quota.ok).toBe(false)
    expect(r.quota.caps[0]).toMatchObject({ id: 'chien-si-thi-dua-co-so', count: 8, limit: 1, excess: 7 })
    // derived: 8 CSTĐCS, 8/8 complete ⇒ TTLĐXS (A: also needs ≥ 70% LĐTT, ≥ 1 CSTĐCS, no cảnh cáo)
    expect(r.collective.eligible).toEqual(['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'])
    expect(r.collective.counts).toEqual({ members: 8, laoDongTienTien: 8, chienSiThiDuaCoSo: 8, tasksCompleted: 8 })
  })

  it('feeds this year\'s CSTĐCS forward into the provincial title and the Bằng khen', () => {
    const a = person('Nguyễn Thị Hoa', {
      2022: { rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'] },
      2023: { rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'], initiatives: [{ level: 'cap-tinh' }] },
      2024: { rating: 'hoan-thanh-xuat-sac' },
    })
    const r = reviewUnit([a], { year: 2024 })
    expect(r.members[0]!.eligible).toEqual(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'bang-khen-chu-tich-ubnd-tinh'])
    expect(r.members[0]!.verdicts).toHaveLength(7)
  })

  it('derives the collective counts from the members and their discipline (2024: TTLĐTT needs ≥ 70%, no cảnh cáo)', () => {
    const members = [
      person('A', { 2024: { rating: 'hoan-thanh-tot' } }),
      person('B', { 2024: { rating: 'hoan-thanh-tot' } }),
      person('C', { 2024: { rating: 'hoan-thanh-tot' } }),
      person('D', { 2024: { rating: 'hoan-thanh', discipline: { form: 'canh-cao' } } }),
    ]
    const r = reviewUnit({ members, collective: { kind: 'collective', name: 'Tổ Một cửa', years: { 2024: { members: 4, laoDongTienTien: 3, rating: 'hoan-thanh-tot' } } } }, { year: 2024 })
    expect(r.collective.counts).toMatchObject({ members: 4, laoDongTienTien: 3, tasksCompleted: 3 })
    const v = r.collective.verdicts.find((x) => x.award === 'tap-the-lao-dong-tien-tien')!
    expect(v.ok).toBe(false)
    expect(v.criteria.filter((c) => !c.ok).map((c) => c.id)).toEqual(['member-discipline'])
    expect(v.criteria.find((c) => c.id === 'member-discipline')!.detail.vi).toContain('D: cảnh cáo')
    expect(r.name).toBe('Tổ Một cửa')
  })

  it('checks the HTXS rating cap of the year on the effective ratings', () => {
    const members = [
      ...Array.from({ length: 3 }, (_, i) => person(`X${i}`, { 2026: { score: 93 } })),
      ...Array.from({ length: 10 }, (_, i) => person(`T${i}`, { 2026: { score: 80 } })),
    ]
    const r = reviewUnit(members, { year: 2026 })
    expect(r.quota.caps).toMatchObject([{ id: 'hoan-thanh-xuat-sac', count: 3, base: 10, limit: 2, excess: 1 }])
  })

  it('rejects two collectives and invalid members, naming the position', () => {
    const c = { kind: 'collective' as const, years: {} }
    expect(() => reviewUnit([c, c], { year: 2024 })).toThrow(/records\[1\]/)
    expect(() => reviewUnit([{ kind: 'individual', years: { 2024: { rating: 'tot' } } } as never], { year: 2024 })).toThrow(/records\[0\]/)
  })
})
