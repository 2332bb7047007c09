import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkEligibility, CollectiveRecordSchema, IndividualRecordSchema, reviewUnit } from 'hanhchinh/emulation'

// checkEligibility validates each record object once (a WeakMap keyed by the
// object): zod validation dominated the cost of a check.
afterEach(() => {
  vi.restoreAllMocks()
})

const INDIVIDUAL = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'] as const

function person() {
  return {
    kind: 'individual' as const,
    name: 'Đỗ Minh Tuấn',
    recruitedOn: '2016-03-01',
    years: {
      2023: { rating: 'hoan-thanh-xuat-sac' as const, initiatives: [{ level: 'co-so' as const }] },
      2024: { rating: 'hoan-thanh-xuat-sac' as const, titles: ['lao-dong-tien-tien' as const], initiatives: [{ level: 'co-so' as const }] },
    },
  }
}

describe('validation once per record object', () => {
  it('the same object judged for every award and two years is validated once', () => {
    const spy = vi.spyOn(IndividualRecordSchema, 'safeParse')
    const p = person()
    for (const award of INDIVIDUAL) for (const year of [2023, 2024]) checkEligibility(award, p, { year })
    expect(spy).toHaveBeenCalledTimes(1)
    // a structurally equal but new object is validated again
    checkEligibility('lao-dong-tien-tien', person(), { year: 2024 })
    expect(spy).toHaveBeenCalledTimes(2)
  })
  it('gives the same verdicts as a first validation', () => {
    const p = person()
    const first = INDIVIDUAL.map((a) => checkEligibility(a, p, { year: 2024 }))
    const again = INDIVIDUAL.map((a) => checkEligibility(a, p, { year: 2024 }))
    const fresh = INDIVIDUAL.map((a) => checkEligibility(a, person(), { year: 2024 }))
    expect(again).toEqual(first)
    expect(fresh).toEqual(first)
    expect(first.map((v) => v.ok)).toEqual([true, true, false, false, true, false, false])
  })
  it('an invalid record is never cached: it throws on every call', () => {
    const bad = { kind: 'individual', years: { 2024: { rating: 'xuat-sac' } } }
    expect(() => checkEligibility('lao-dong-tien-tien', bad as never, { year: 2024 })).toThrow(/record\.years\.2024\.rating/)
    expect(() => checkEligibility('lao-dong-tien-tien', bad as never, { year: 2024 })).toThrow(/record\.years\.2024\.rating/)
  })
  it('the caller’s object is neither changed nor frozen; a record changed in place is validated and judged afresh', () => {
    const spy = vi.spyOn(IndividualRecordSchema, 'safeParse')
    const p = person()
    expect(checkEligibility('lao-dong-tien-tien', p, { year: 2024 }).ok).toBe(true)
    expect(Object.isFrozen(p) || Object.isFrozen(p.years[2024])).toBe(false)
    ;(p.years[2024] as { rating: string }).rating = 'khong-hoan-thanh'
    expect(checkEligibility('lao-dong-tien-tien', p, { year: 2024 }).ok).toBe(false)
    expect(spy).toHaveBeenCalledTimes(2)
    // a discipline added in place is seen too (Decree 48/2023: disciplined ⇒ KHT)
    ;(p.years[2024] as { rating: string }).rating = 'hoan-thanh-tot'
    expect(checkEligibility('lao-dong-tien-tien', p, { year: 2024 }).ok).toBe(true)
    Object.assign(p.years[2024], { discipline: { form: 'khien-trach', decidedOn: '2024-06-10' } })
    expect(checkEligibility('lao-dong-tien-tien', p, { year: 2024 }).ok).toBe(false)
    // an invalid change made in place is reported, not answered from the old facts
    ;(p.years[2024] as { rating: string }).rating = 'xuat-sac'
    expect(() => checkEligibility('lao-dong-tien-tien', p, { year: 2024 })).toThrow(/record\.years\.2024\.rating: "xuat-sac"/)
  })
  it('collective records are cached too', () => {
    const spy = vi.spyOn(CollectiveRecordSchema, 'safeParse')
    const unit = { kind: 'collective' as const, years: { 2024: { members: 20, laoDongTienTien: 14, chienSiThiDuaCoSo: 1, tasksCompleted: 20, rating: 'hoan-thanh-xuat-sac' as const } } }
    expect(checkEligibility('tap-the-lao-dong-xuat-sac', unit, { year: 2024 }).ok).toBe(true)
    expect(checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024 }).ok).toBe(true)
    expect(spy).toHaveBeenCalledTimes(1)
  })
  it('reviewUnit still judges proposals fed forward on top of a cached record', () => {
    const p = person()
    checkEligibility('lao-dong-tien-tien', p, { year: 2024 })
    const r = reviewUnit([p], { year: 2024 })
    expect(r.members[0]!.eligible).toEqual(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'bang-khen-chu-tich-ubnd-tinh'])
  })
})

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

describe('the cached parsed record is shared, so no check may change it', () => {
  it('every award, every regime and reviewUnit judge a deep-frozen parsed record without writing to it', () => {
    const parsed = deepFreeze(IndividualRecordSchema.parse(person()))
    for (const award of INDIVIDUAL) for (const year of [2023, 2024]) for (const regime of ['A', 'B', 'C'] as const) checkEligibility(award, parsed, { year, regime })
    expect(reviewUnit([parsed], { year: 2024 }).members[0]!.eligible).toContain('chien-si-thi-dua-co-so')
    const unit = deepFreeze(CollectiveRecordSchema.parse({ kind: 'collective', years: { 2023: { members: 10, laoDongTienTien: 8, rating: 'hoan-thanh-xuat-sac', tasksCompleted: 10, chienSiThiDuaCoSo: 1 }, 2024: { members: 10, laoDongTienTien: 8, rating: 'hoan-thanh-xuat-sac', tasksCompleted: 10, chienSiThiDuaCoSo: 1 } } }))
    for (const award of ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba'] as const) checkEligibility(award, unit, { year: 2024 })
    expect(checkEligibility('bang-khen-chu-tich-ubnd-tinh', unit, { year: 2024 }).ok).toBe(true)
  })
})
