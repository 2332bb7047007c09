import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, fromDayNumber, toDayNumber } from 'hanhchinh/core'
import { awardAuthority, type HeldAwardId } from 'hanhchinh/emulation'

const BEFORE = '2024-12-20' // year-end awards of 2024: Law 2022, three levels
const AFTER = '2025-09-01' // after the district level ended

function ids(award: HeldAwardId, date: string | Date, recipientLevel?: 'province' | 'district' | 'commune' | 'agency'): string[] {
  return awardAuthority(award, recipientLevel === undefined ? { date } : { date, recipientLevel }).deciders.map((d) => d.id)
}

function thrown(f: () => unknown): (Error & { code?: string }) | undefined {
  try {
    f()
  } catch (e) {
    return e as Error & { code?: string }
  }
  return undefined
}

describe('awardAuthority: the commune chairman from 01/07/2025 (Decree 129/2025/NĐ-CP Art 59)', () => {
  it('a commune official’s CSTĐCS: the district chairman on 20/12/2024, the commune chairman on 01/09/2025', () => {
    const before = awardAuthority('chien-si-thi-dua-co-so', { date: BEFORE, recipientLevel: 'commune' })
    expect(before.deciders).toHaveLength(1)
    expect(before.deciders[0]).toMatchObject({
      id: 'chu-tich-ubnd-huyen',
      level: 'district',
      label: { vi: 'Chủ tịch Ủy ban nhân dân cấp huyện' },
      basis: [{ instrument: '06/2022/QH15', article: '80', clause: '2' }],
    })
    expect(before.period).toMatchObject({ from: '2024-01-01', to: '2025-06-30' })

    const after = awardAuthority('chien-si-thi-dua-co-so', { date: AFTER, recipientLevel: 'commune' })
    expect(after.deciders).toHaveLength(1)
    expect(after.deciders[0]).toMatchObject({
      id: 'chu-tich-ubnd-xa',
      level: 'commune',
      label: { vi: 'Chủ tịch Ủy ban nhân dân cấp xã', en: "Chairman of the commune People's Committee" },
      basis: [
        { instrument: '06/2022/QH15', article: '80', clause: '3' },
        { instrument: '129/2025/NĐ-CP', article: '59', effectiveFrom: '2025-07-01' },
      ],
    })
    expect(after.deciders[0]!.uncertain).toBeUndefined() // confirmed (corrections §1)
    expect(after).toMatchObject({ award: 'chien-si-thi-dua-co-so', label: { vi: 'Chiến sĩ thi đua cơ sở' }, date: AFTER, recipientLevel: 'commune' })
    expect(after.period.to).toBeUndefined()
  })

  it('TTLĐTT of a commune: the district chairman before, the commune chairman after (Art 80(3) alone did not give it)', () => {
    expect(ids('tap-the-lao-dong-tien-tien', BEFORE, 'commune')).toEqual(['chu-tich-ubnd-huyen'])
    expect(ids('tap-the-lao-dong-tien-tien', AFTER, 'commune')).toEqual(['chu-tich-ubnd-xa'])
  })

  it('LĐTT and giấy khen of a commune: the commune chairman already under Art 80(3), with the district chairman before 01/07/2025', () => {
    expect(ids('lao-dong-tien-tien', BEFORE, 'commune')).toEqual(['chu-tich-ubnd-xa', 'chu-tich-ubnd-huyen'])
    expect(ids('giay-khen', BEFORE, 'commune')).toEqual(['chu-tich-ubnd-xa', 'chu-tich-ubnd-huyen'])
    expect(ids('lao-dong-tien-tien', AFTER, 'commune')).toEqual(['chu-tich-ubnd-xa'])
    expect(ids('giay-khen', AFTER, 'commune')).toEqual(['chu-tich-ubnd-xa'])
  })

  it('the head of an agency (e.g. Chánh Văn phòng UBND tỉnh) decides the base titles in every period (Law 2022 Art 80(1))', () => {
    for (const date of ['2020-12-25', BEFORE, AFTER]) {
      for (const award of ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'giay-khen'] as const) {
        expect(ids(award, date, 'agency'), `${award} ${date}`).toEqual(['thu-truong-co-quan'])
      }
    }
    expect(awardAuthority('chien-si-thi-dua-co-so', { date: AFTER, recipientLevel: 'agency' }).deciders[0]!.basis).toEqual([
      expect.objectContaining({ instrument: '06/2022/QH15', article: '80', clause: '1' }),
    ])
  })

  it('without recipientLevel every decider of the award is listed, closest to the recipient first', () => {
    expect(ids('chien-si-thi-dua-co-so', BEFORE)).toEqual(['thu-truong-co-quan', 'chu-tich-ubnd-huyen'])
    expect(ids('chien-si-thi-dua-co-so', AFTER)).toEqual(['thu-truong-co-quan', 'chu-tich-ubnd-xa'])
    expect(awardAuthority('chien-si-thi-dua-co-so', { date: AFTER }).recipientLevel).toBeUndefined()
  })
})

describe('awardAuthority: no district-level authority from 01/07/2025 (Law 72/2025/QH15)', () => {
  it('a district recipient on 20/12/2024 is the district chairman’s', () => {
    expect(ids('chien-si-thi-dua-co-so', BEFORE, 'district')).toEqual(['chu-tich-ubnd-huyen'])
    expect(ids('lao-dong-tien-tien', '2025-06-30', 'district')).toEqual(['chu-tich-ubnd-huyen'])
  })

  it('a district recipient on 01/09/2025 is a RangeError naming the date and citing the law, with code level-not-in-force', () => {
    const e = thrown(() => awardAuthority('chien-si-thi-dua-co-so', { date: AFTER, recipientLevel: 'district' }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e!.code).toBe('level-not-in-force')
    expect(e!.message).toContain('options.recipientLevel')
    expect(e!.message).toContain('2025-09-01')
    expect(e!.message).toContain('2025-07-01')
    expect(e!.message).toContain('72/2025/QH15')
    expect(e!.message).toContain('Luật Tổ chức chính quyền địa phương')
    // even for awards the province decides: the recipient level itself no longer exists
    expect(thrown(() => awardAuthority('bang-khen-chu-tich-ubnd-tinh', { date: AFTER, recipientLevel: 'district' }))?.code).toBe('level-not-in-force')
  })

  it('the boundary is the civil date in Vietnam time: 30/06/2025 17:30 UTC is already 01/07/2025', () => {
    expect(ids('giay-khen', '2025-06-30T16:59:59Z', 'district')).toEqual(['chu-tich-ubnd-huyen'])
    expect(ids('giay-khen', new Date('2025-06-30T23:59:59+07:00'), 'district')).toEqual(['chu-tich-ubnd-huyen'])
    expect(thrown(() => awardAuthority('giay-khen', { date: '2025-06-30T17:30:00Z', recipientLevel: 'district' }))?.code).toBe('level-not-in-force')
    expect(thrown(() => awardAuthority('giay-khen', { date: new Date('2025-07-01T00:00:00+07:00'), recipientLevel: 'district' }))?.code).toBe('level-not-in-force')
  })

  it('property: on any day from 01/07/2025 no decider is the district chairman and a district recipient is refused; on any day of 2024 – 30/06/2025 a commune CSTĐCS is the district chairman’s', () => {
    const start = toDayNumber('2025-07-01')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (offset) => {
        const date = fromDayNumber(start + offset)
        for (const award of ['chien-si-thi-dua-co-so', 'tap-the-lao-dong-tien-tien', 'lao-dong-tien-tien', 'giay-khen'] as const) {
          expect(ids(award, date)).not.toContain('chu-tich-ubnd-huyen')
          expect(thrown(() => awardAuthority(award, { date, recipientLevel: 'district' }))?.code).toBe('level-not-in-force')
        }
      }),
      { seed: 20250701, numRuns: 200 },
    )
    const b = toDayNumber('2024-01-01')
    const span = toDayNumber('2025-06-30') - b
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), (offset) => {
        expect(ids('chien-si-thi-dua-co-so', fromDayNumber(b + offset), 'commune')).toEqual(['chu-tich-ubnd-huyen'])
      }),
      { seed: 20240101, numRuns: 200 },
    )
  })
})

describe('awardAuthority: Law 2003 (decisions up to 31/12/2023)', () => {
  it('agency heads and the district chairman decide CSTĐCS (Art 80(1)); the tail of the list is marked UNCONFIRMED', () => {
    const a = awardAuthority('chien-si-thi-dua-co-so', { date: '2020-12-25', recipientLevel: 'district' })
    expect(a.deciders[0]).toMatchObject({ id: 'chu-tich-ubnd-huyen', basis: [{ instrument: '15/2003/QH11', article: '80', clause: '1' }] })
    expect(a.period).toMatchObject({ from: '2004-07-01', to: '2023-12-31' })
    expect(typeof awardAuthority('tap-the-lao-dong-tien-tien', { date: '2020-12-25', recipientLevel: 'agency' }).deciders[0]!.uncertain).toBe('string')
  })
  it('a commune official’s CSTĐCS was the district chairman’s; the commune chairman’s giấy khen is UNCONFIRMED', () => {
    expect(ids('chien-si-thi-dua-co-so', '2023-12-31', 'commune')).toEqual(['chu-tich-ubnd-huyen'])
    const g = awardAuthority('giay-khen', { date: '2023-12-31', recipientLevel: 'commune' }).deciders
    expect(g.map((d) => d.id)).toEqual(['chu-tich-ubnd-xa', 'chu-tich-ubnd-huyen'])
    expect(g[0]!.uncertain).toMatch(/not read/)
  })
  it('a date before Law 2003 took effect (01/07/2004) is refused with code no-data', () => {
    const e = thrown(() => awardAuthority('giay-khen', { date: '2004-06-30' }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e!.code).toBe('no-data')
    expect(e!.message).toContain('2004-07-01')
    expect(ids('giay-khen', '2004-07-01', 'agency')).toEqual(['thu-truong-co-quan'])
  })
})

describe('awardAuthority: the awards the province and the centre decide', () => {
  it('Bằng khen, Cờ thi đua, TTLĐXS and CSTĐ of the province: the provincial chairman, for any recipient level that exists', () => {
    for (const award of ['bang-khen-chu-tich-ubnd-tinh', 'co-thi-dua-cap-tinh', 'tap-the-lao-dong-xuat-sac', 'chien-si-thi-dua-cap-tinh'] as const) {
      expect(ids(award, '2020-12-25'), award).toEqual(['chu-tich-ubnd-tinh'])
      expect(ids(award, BEFORE, 'district'), award).toEqual(['chu-tich-ubnd-tinh'])
      expect(ids(award, AFTER, 'commune'), award).toEqual(['chu-tich-ubnd-tinh'])
    }
    expect(awardAuthority('bang-khen-chu-tich-ubnd-tinh', { date: '2020-12-25' }).deciders[0]!.basis[0]).toMatchObject({ instrument: '15/2003/QH11', article: '79' })
  })
  it('the Prime Minister, the Government and the President', () => {
    expect(ids('bang-khen-thu-tuong', BEFORE)).toEqual(['thu-tuong'])
    expect(ids('chien-si-thi-dua-toan-quoc', '2020-12-25')).toEqual(['thu-tuong'])
    expect(ids('co-thi-dua-chinh-phu', '2020-12-25')).toEqual(['chinh-phu']) // Law 2003: "Chính phủ quyết định tặng Cờ thi đua của Chính phủ"
    expect(ids('co-thi-dua-chinh-phu', AFTER)).toEqual(['thu-tuong'])
    expect(ids('huan-chuong-lao-dong-hang-ba', AFTER)).toEqual(['chu-tich-nuoc'])
    expect(ids('bang-khen-bo-nganh', AFTER)).toEqual(['bo-truong'])
  })
  it('the article numbers of Law 2022 outside Art 80 are marked UNCONFIRMED in the decider and in its basis', () => {
    const d = awardAuthority('bang-khen-thu-tuong', { date: AFTER }).deciders[0]!
    expect(typeof d.uncertain).toBe('string')
    expect(typeof d.basis[0]!.unconfirmed).toBe('string')
  })
})

describe('awardAuthority: refusals', () => {
  it('a base title for a recipient at province level: no decider, with the ones the law names', () => {
    const e = thrown(() => awardAuthority('lao-dong-tien-tien', { date: BEFORE, recipientLevel: 'province' }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e!.code).toBe('no-authority')
    expect(e!.message).toContain('Head of the agency, organisation or unit (agency)')
    expect(e!.message).toContain('2024-12-20')
  })
  it('Chiến sĩ tiên tiến (armed forces, Law 2022 Art 80(5)) has no civil decider in the data', () => {
    expect(thrown(() => awardAuthority('chien-si-tien-tien', { date: BEFORE }))?.code).toBe('no-authority')
  })
  it('options are read by the core: unknown names, a missing or unreadable date, an unknown level, a wrong award', () => {
    expect(() => awardAuthority('giay-khen', { date: AFTER, recipientLvl: 'commune' } as never)).toThrow(/Unknown option "recipientLvl" of awardAuthority \(did you mean "recipientLevel"\?/)
    expect(() => awardAuthority('giay-khen', {} as never)).toThrow(TypeError)
    expect(() => awardAuthority('giay-khen', {} as never)).toThrow(/Missing options\.date/)
    expect(() => awardAuthority('giay-khen', undefined as never)).toThrow(/Missing options\.date/)
    expect(() => awardAuthority('giay-khen', { date: '01/09/2025' })).toThrow(/Invalid options\.date/)
    expect(() => awardAuthority('giay-khen', { date: '2025-09-01T08:00:00' })).toThrow(RangeError)
    expect(() => awardAuthority('giay-khen', { date: AFTER, recipientLevel: 'xa' as never })).toThrow(/Invalid options\.recipientLevel: "xa"/)
    expect(() => awardAuthority('bang-khen' as never, { date: AFTER })).toThrow(/Invalid award: "bang-khen"/)
    expect(() => awardAuthority(7 as never, { date: AFTER })).toThrow(TypeError)
    expect(() => awardAuthority('giay-khen', 'commune' as never)).toThrow(TypeError)
  })
  it('the answer is frozen and shares nothing the caller can change in the data', () => {
    const a = awardAuthority('giay-khen', { date: AFTER, recipientLevel: 'commune' })
    expect(Object.isFrozen(a)).toBe(true)
    expect(Object.isFrozen(a.deciders)).toBe(true)
    expect(Object.isFrozen(a.deciders[0])).toBe(true)
    expect(Object.isFrozen(a.deciders[0]!.basis)).toBe(true)
    expect(addDays(a.period.from, -1)).toBe('2025-06-30')
  })
})
