import { describe, expect, it } from 'vitest'
import {
  CollectiveRecordSchema,
  HeldAwardSchema,
  IndividualRecordSchema,
  disciplineSeverity,
  ratingRank,
} from 'hanhchinh/emulation'

describe('record schemas', () => {
  it('parses the individual record shape of the issue, with JSON string year keys', () => {
    const r = IndividualRecordSchema.parse({
      kind: 'individual',
      recruitedOn: '2022-03-01',
      years: {
        2024: {
          rating: 'hoan-thanh-xuat-sac',
          titles: ['lao-dong-tien-tien', { award: 'chien-si-thi-dua-co-so', decision: { number: '125/QĐ-UBND', date: '2025-01-15' }, period: { from: 2024, to: 2024 } }],
          initiatives: [{ level: 'co-so', scope: 'co-so' }],
          monthsWorked: 12,
          discipline: { form: 'khien-trach', periodEnd: '2025-03-31' },
        },
      },
    })
    const y = r.years['2024']!
    expect(y.titles.map((t) => t.award)).toEqual(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'])
    expect(y.titles[1]).toMatchObject({ nature: 'cong-trang', decision: { number: '125/QĐ-UBND' } })
    expect(y.discipline).toEqual([{ form: 'khien-trach', periodEnd: '2025-03-31', dutyRelated: true }])
    expect(y.initiatives[0]).toMatchObject({ kind: 'sang-kien', applied: true })
  })

  it('rejects impossible dates, years and months', () => {
    expect(IndividualRecordSchema.safeParse({ kind: 'individual', recruitedOn: '2023-02-29', years: {} }).success).toBe(false)
    expect(IndividualRecordSchema.safeParse({ kind: 'individual', years: { 24: {} } }).success).toBe(false)
    expect(IndividualRecordSchema.safeParse({ kind: 'individual', years: { 2024: { monthsWorked: 13 } } }).success).toBe(false)
    expect(HeldAwardSchema.safeParse({ award: 'giay-khen', period: { from: 2021, to: 2020 } }).success).toBe(false)
    expect(IndividualRecordSchema.safeParse({ kind: 'individual', years: { 2024: { monthsWorked: 8, leave: { maternityMonths: 6 } } } }).success).toBe(false)
  })

  it('checks the collective counts against each other', () => {
    const ok = CollectiveRecordSchema.parse({ kind: 'collective', years: { 2024: { members: 20, laoDongTienTien: 14, chienSiThiDuaCoSo: 1, tasksCompleted: true, rating: 'hoan-thanh-xuat-sac', disciplinedMembers: [] } } })
    expect(ok.years['2024']!.tasksCompleted).toBe(20)
    expect(CollectiveRecordSchema.safeParse({ kind: 'collective', years: { 2024: { members: 20, laoDongTienTien: 21 } } }).success).toBe(false)
    expect(CollectiveRecordSchema.safeParse({ kind: 'collective', years: { 2024: { members: 20, laoDongTienTien: 3, chienSiThiDuaCoSo: 4 } } }).success).toBe(false)
  })

  it('orders ratings and discipline forms', () => {
    expect(ratingRank('hoan-thanh-xuat-sac')).toBe(3)
    expect(ratingRank('khong-hoan-thanh')).toBe(0)
    expect(disciplineSeverity('khien-trach')).toBe(1)
    expect(disciplineSeverity('buoc-thoi-viec')).toBe(6)
  })
})
