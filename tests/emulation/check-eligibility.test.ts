import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AwardIdSchema, checkEligibility, parseRecord, safeParseRecord, type AwardId, type IndividualRecordInput } from 'hanhchinh/emulation'
import { collectiveRecord, individualRecord } from './arbitrary'

const INDIVIDUAL: AwardId[] = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-cap-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba']
const COLLECTIVE: AwardId[] = ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac', 'bang-khen-chu-tich-ubnd-tinh', 'bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba']
const years = (r: { years: object }) => Object.keys(r.years).map(Number)

describe('verdict laws (property tests)', () => {
  it('ok ⇔ every criterion met; ok ⇔ status met; every "no" names a failed criterion with an article', () => {
    fc.assert(
      fc.property(individualRecord, fc.constantFrom(...INDIVIDUAL), fc.nat(), (rec, award, pick) => {
        const ys = years(rec)
        const year = ys[pick % ys.length]!
        const v = checkEligibility(award, rec, { year })
        expect(v.ok).toBe(v.criteria.every((c) => c.ok))
        for (const c of v.criteria) {
          expect(c.ok).toBe(c.status === 'met')
          expect(c.basis.length).toBeGreaterThan(0)
          expect(c.label.vi.length * c.label.en.length * c.detail.vi.length * c.detail.en.length).toBeGreaterThan(0)
        }
        if (!v.ok) {
          const failed = v.criteria.filter((c) => !c.ok)
          expect(failed.length).toBeGreaterThan(0)
          expect(failed.some((c) => c.basis.some((b) => b.article !== undefined))).toBe(true)
          expect(v.summary.vi).toContain('Chưa đủ điều kiện')
        }
      }),
      { numRuns: 300 },
    )
  })

  it('collective verdicts obey the same laws', () => {
    fc.assert(
      fc.property(collectiveRecord, fc.constantFrom(...COLLECTIVE), (rec, award) => {
        const v = checkEligibility(award, rec, { year: years(rec)[0]! })
        expect(v.ok).toBe(v.criteria.length > 0 && v.criteria.every((c) => c.ok))
        if (!v.ok) expect(v.criteria.some((c) => !c.ok && c.basis.some((b) => b.article !== undefined))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('adding a disqualifying discipline never turns a "no" into a "yes" (and a khiển trách in the year makes LĐTT a "no")', () => {
    fc.assert(
      fc.property(individualRecord, fc.constantFrom(...INDIVIDUAL), fc.nat(), fc.constantFrom('khien-trach', 'canh-cao', 'cach-chuc' as const), (rec, award, pick, form) => {
        const ys = years(rec)
        const year = ys[pick % ys.length]!
        const before = checkEligibility(award, rec, { year })
        const y = rec.years[year]!
        const existing = y.discipline === undefined ? [] : Array.isArray(y.discipline) ? y.discipline : [y.discipline]
        const worse: IndividualRecordInput = { ...rec, years: { ...rec.years, [year]: { ...y, discipline: [...existing, { form, dutyRelated: true }] } } }
        const after = checkEligibility(award, worse, { year })
        if (!before.ok) expect(after.ok).toBe(false)
        if (award === 'lao-dong-tien-tien') expect(after.ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('a disciplined collective member (cảnh cáo or above) never helps a collective', () => {
    fc.assert(
      fc.property(collectiveRecord, fc.constantFrom<AwardId>('tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'), (rec, award) => {
        const year = years(rec)[0]!
        const before = checkEligibility(award, rec, { year })
        const y = rec.years[year]!
        const after = checkEligibility(award, { ...rec, years: { [year]: { ...y, disciplinedMembers: [...(y.disciplinedMembers ?? []), { form: 'canh-cao' }] } } }, { year })
        if (!before.ok) expect(after.ok).toBe(false)
        if (award === 'tap-the-lao-dong-tien-tien') expect(after.ok).toBe(false)
      }),
      { numRuns: 200 },
    )
  })

  it('CSTĐCS implies LĐTT, in every regime', () => {
    fc.assert(
      fc.property(individualRecord, fc.nat(), fc.constantFrom('A', 'B', 'C' as const), (rec, pick, regime) => {
        const ys = years(rec)
        const year = ys[pick % ys.length]!
        if (checkEligibility('chien-si-thi-dua-co-so', rec, { year, regime }).ok) expect(checkEligibility('lao-dong-tien-tien', rec, { year, regime }).ok).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('checkEligibility inputs', () => {
  it('rejects unknown awards, wrong record kinds and invalid records, naming the field', () => {
    const person = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } } as const
    expect(() => checkEligibility('chien-si-thi-dua' as AwardId, person, { year: 2024 })).toThrow(/award/)
    expect(() => checkEligibility('tap-the-lao-dong-tien-tien', person, { year: 2024 })).toThrow(/record.kind/)
    expect(() => checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'gioi' } } } as never, { year: 2024 })).toThrow(/record.years.2024.rating/)
    expect(() => checkEligibility('lao-dong-tien-tien', { kind: 'team' } as never, { year: 2024 })).toThrow(RangeError)
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2024-02-30' })).toThrow(/decisionDate/)
    expect(() => checkEligibility('lao-dong-tien-tien', null as never, { year: 2024 })).toThrow(TypeError)
  })
  it('does not mutate its input', () => {
    const person = { kind: 'individual' as const, years: { 2024: { rating: 'hoan-thanh-xuat-sac' as const, titles: ['lao-dong-tien-tien' as const] } } }
    const copy = structuredClone(person)
    for (const award of AwardIdSchema.options) {
      try {
        checkEligibility(award, person, { year: 2024 })
      } catch {
        // collective awards reject an individual record
      }
    }
    expect(person).toEqual(copy)
  })
  it('missing data is "unknown", never a silent yes', () => {
    const v = checkEligibility('tap-the-lao-dong-xuat-sac', { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 8 } } }, { year: 2024 })
    expect(v.ok).toBe(false)
    expect(v.criteria.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual(['rating', 'all-members-complete', 'chien-si-thi-dua-co-so'])
  })
  it('collective BK TTg and Labour Order criteria are reported as unknown (UNCONFIRMED)', () => {
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 8 } } }, { year: 2024 })
    expect(v.criteria).toMatchObject([{ id: 'collective-criteria', status: 'unknown' }])
    expect(v.criteria[0]!.uncertain).toBeDefined()
  })
  it('TTLĐTT: > 50% under regime A, ≥ 70% under regime B (PARTLY UNCONFIRMED)', () => {
    const unit = (year: number) => ({ kind: 'collective' as const, years: { [year]: { members: 10, laoDongTienTien: 6, rating: 'hoan-thanh-tot' as const } } })
    expect(checkEligibility('tap-the-lao-dong-tien-tien', unit(2022), { year: 2022 }).ok).toBe(true)
    const b = checkEligibility('tap-the-lao-dong-tien-tien', unit(2024), { year: 2024 })
    expect(b.ok).toBe(false)
    expect(b.criteria.find((c) => c.id === 'lao-dong-tien-tien-share')!.uncertain).toContain('70%')
    expect(b.warnings.some((w) => w.en.includes('UNCONFIRMED'))).toBe(true)
    // exactly half is not "more than 50%"
    expect(checkEligibility('tap-the-lao-dong-tien-tien', { kind: 'collective', years: { 2022: { members: 10, laoDongTienTien: 5, rating: 'hoan-thanh-tot' } } }, { year: 2022 }).ok).toBe(false)
  })
  it('TTLĐXS member discipline: explicit bar under A, derived through the 100% condition under B', () => {
    const unit = (year: number) => ({ kind: 'collective' as const, years: { [year]: { members: 20, laoDongTienTien: 15, chienSiThiDuaCoSo: 2, tasksCompleted: 20, rating: 'hoan-thanh-xuat-sac' as const, disciplinedMembers: [{ form: 'khien-trach' as const }] } } })
    expect(checkEligibility('tap-the-lao-dong-xuat-sac', unit(2022), { year: 2022 }).ok).toBe(true)
    const b = checkEligibility('tap-the-lao-dong-xuat-sac', unit(2024), { year: 2024 })
    expect(b.ok).toBe(false)
    expect(b.criteria.find((c) => !c.ok)).toMatchObject({ id: 'all-members-complete', observed: { completed: 19 } })
  })
})

describe('real cases per regime', () => {
  it('Regime A, 2019: CSTĐCS with a grassroots initiative, HTT — eligible; the 2019 decision date keeps regime A', () => {
    const v = checkEligibility('chien-si-thi-dua-co-so', { kind: 'individual', recruitedOn: '2015-09-01', years: { 2019: { rating: 'hoan-thanh-tot', initiatives: [{ title: 'Số hoá hồ sơ một cửa', level: 'co-so' }] } } }, { year: 2019, decisionDate: '2019-12-25' })
    expect(v).toMatchObject({ ok: true, regime: 'A', warnings: [] })
  })
  it('Regime B: pending disciplinary review blocks the award [ND 98 Art 4.4]', () => {
    const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-xuat-sac', pendingDiscipline: true } } }, { year: 2024 })
    expect(v.ok).toBe(false)
    expect(v.criteria.find((c) => !c.ok)).toMatchObject({ id: 'no-pending-discipline', basis: [{ instrument: '98/2023/NĐ-CP', article: '4', clause: '4' }] })
  })
  it('Regime C: HCLĐ hạng Ba 44.1.e — BK TTg 2019, then 2020–2024 HTT+ with one HTXS and 3 CSTĐCS', () => {
    const years: Record<number, object> = { 2019: { commendations: [{ award: 'bang-khen-thu-tuong', decision: { number: '1520/QĐ-TTg', date: '2020-09-15' }, period: { from: 2015, to: 2019 } }] } }
    for (let y = 2020; y <= 2024; y++) years[y] = { rating: y === 2022 ? 'hoan-thanh-xuat-sac' : 'hoan-thanh-tot', titles: y % 2 === 0 ? ['chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'] }
    const v = checkEligibility('huan-chuong-lao-dong-hang-ba', { kind: 'individual', years }, { year: 2024, decisionDate: '2025-09-02' })
    expect(v.regime).toBe('C')
    expect(v.ok).toBe(true)
    expect(v.warnings[0]!.en).toContain('UNCONFIRMED')
    const noHtxs: Record<number, object> = { ...years, 2022: { rating: 'hoan-thanh-tot', titles: ['chien-si-thi-dua-co-so'] } }
    const no = checkEligibility('huan-chuong-lao-dong-hang-ba', { kind: 'individual', years: noHtxs }, { year: 2024, decisionDate: '2025-09-02' })
    expect(no.criteria.filter((c) => !c.ok).map((c) => c.id)).toEqual(['htxs-years'])
  })
  it('Regime A: the one-State-form-per-year rule of Circular 12/2019', () => {
    const years: Record<number, object> = { 2015: { commendations: ['bang-khen-bo-nganh'] } }
    for (let y = 2016; y <= 2020; y++) years[y] = { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] }
    years[2020] = { ...years[2020], commendations: ['huan-chuong-lao-dong-hang-ba'] }
    const v = checkEligibility('bang-khen-thu-tuong', { kind: 'individual', years }, { year: 2020 })
    expect(v.criteria.filter((c) => !c.ok).map((c) => c.id)).toEqual(['one-state-form-per-year'])
  })
})

describe('parseRecord / safeParseRecord', () => {
  it('safeParseRecord never throws: the parsed record, or a bilingual reason naming the path, with a code', () => {
    const ok = safeParseRecord({ kind: 'collective', years: { 2024: { members: 12, tasksCompleted: true } } })
    expect(ok.ok && ok.value.kind === 'collective' && ok.value.years['2024']?.tasksCompleted).toBe(12)
    const bad = safeParseRecord({ kind: 'individual', years: { 2024: { rating: 'gioi' } } })
    expect(bad).toMatchObject({ ok: false, code: 'invalid-record' })
    if (bad.ok) return
    expect(bad.reason.vi).toContain('record.years.2024.rating: "gioi"')
    expect(bad.reason.en).toMatch(/^Invalid record\.years\.2024\.rating: "gioi"/)
    expect(safeParseRecord({ kind: 'unit', years: {} })).toMatchObject({ ok: false, code: 'unknown-kind' })
    expect(safeParseRecord('hồ sơ')).toMatchObject({ ok: false, code: 'not-an-object' })
  })
  it('parseRecord throws what safeParseRecord refuses, with the same message and code', () => {
    for (const input of [{ kind: 'individual', years: { 2024: { monthsWorked: 13 } } }, { kind: 'unit', years: {} }, null]) {
      const safe = safeParseRecord(input)
      expect(safe.ok).toBe(false)
      if (safe.ok) continue
      try {
        parseRecord(input)
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(safe.code === 'not-an-object' ? TypeError : RangeError)
        expect((e as Error).message).toBe(safe.reason.en)
        expect((e as Error & { code?: string }).code).toBe(safe.code)
      }
    }
  })
})
