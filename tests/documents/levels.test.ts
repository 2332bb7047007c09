import { describe, expect, it } from 'vitest'
import { addDays } from 'hanhchinh/core'
import {
  IssuerLevelSchema, LOCAL_GOVERNMENT_LEVEL_PERIODS, RegisterEntrySchema, SecrecyLevelSchema, UrgencyLevelSchema,
  checkRegister, localGovernmentLevelAt, secrecyLevels, urgencyLevels,
} from 'hanhchinh/documents'
import { UNITS_LEGAL_BASES } from 'hanhchinh/units'

describe('urgency and secrecy levels', () => {
  it('lists Hỏa tốc > Thượng khẩn > Khẩn with stamp sizes (Phụ lục I III.2(b))', () => {
    expect(urgencyLevels().map((l) => [l.id, l.rank, l.stamp, l.stampSizeMm])).toEqual([
      ['hoa-toc', 1, 'HỎA TỐC', [30, 8]], ['thuong-khan', 2, 'THƯỢNG KHẨN', [40, 8]], ['khan', 3, 'KHẨN', [20, 8]],
    ])
    expect(urgencyLevels()[0]?.basis.unconfirmed).toMatch(/delivery time/)
    expect(urgencyLevels().map((l) => l.id)).toEqual(UrgencyLevelSchema.options)
  })

  it('lists Tuyệt mật > Tối mật > Mật with the law in force on the date', () => {
    expect(secrecyLevels().map((l) => l.label.vi)).toEqual(['Tuyệt mật', 'Tối mật', 'Mật'])
    expect(secrecyLevels().map((l) => l.id)).toEqual(SecrecyLevelSchema.options)
    expect(secrecyLevels({ asOf: '2026-02-28' })[2]?.basis).toMatchObject({ instrument: '29/2018/QH14', article: '8' })
    expect(secrecyLevels({ asOf: '2026-03-01' })[2]?.basis).toMatchObject({ instrument: '117/2025/QH15', effectiveFrom: '2026-03-01' })
    expect(secrecyLevels({ asOf: '2026-03-01' })[2]?.basis.unconfirmed).toBeDefined()
  })
})

describe('secrecyLevels by date (one dated table, the one asOf)', () => {
  it('reads the law in force from SECRECY_LEVEL_RULES at asOf', () => {
    expect(secrecyLevels({ asOf: '2026-02-28' })[0]?.basis.instrument).toBe('29/2018/QH14')
    expect(secrecyLevels({ asOf: '2026-03-01' })[0]?.basis.instrument).toBe('117/2025/QH15')
    // 28/02/2026 23:30 in Vietnam is still the old law; 17:30 UTC that day is 00:30 on 01/03 in Vietnam
    expect(secrecyLevels({ asOf: '2026-02-28T23:30:00+07:00' })[0]?.basis.instrument).toBe('29/2018/QH14')
    expect(secrecyLevels({ asOf: '2026-02-28T17:30:00Z' })[0]?.basis.instrument).toBe('117/2025/QH15')
    expect(secrecyLevels({ asOf: new Date('2026-03-01T00:00:00+07:00') })[0]?.basis.instrument).toBe('117/2025/QH15')
    expect(secrecyLevels()[0]?.basis.instrument).toBe('29/2018/QH14')
  })
  it('refuses a misspelt option and a date it cannot read', () => {
    expect(() => secrecyLevels({ asof: '2026-06-01' } as never)).toThrow(/Unknown option "asof" of secrecyLevels/)
    expect(() => secrecyLevels({ asOf: '01/06/2026' })).toThrow(RangeError)
    expect(() => secrecyLevels({ asOf: 2026 as never })).toThrow(TypeError)
  })
})

describe('local-government levels by date (Law 72/2025/QH15)', () => {
  it('has the district level until 30/06/2025 only, from the basis of hanhchinh/units', () => {
    expect(localGovernmentLevelAt('district', '2025-06-30')).toMatchObject({ level: 'district', to: '2025-06-30' })
    expect(localGovernmentLevelAt('district', '2025-07-01')).toBeUndefined()
    expect(localGovernmentLevelAt('district', '2016-01-01')?.level).toBe('district')
    // 30/06/2025 23:59 in Vietnam is still three levels; 17:00 UTC that day is 01/07 in Vietnam
    expect(localGovernmentLevelAt('district', '2025-06-30T23:59:00+07:00')).toBeDefined()
    expect(localGovernmentLevelAt('district', '2025-06-30T17:00:00Z')).toBeUndefined()
    const district = LOCAL_GOVERNMENT_LEVEL_PERIODS.find((p) => p.level === 'district')
    expect(district?.basis).toBe(UNITS_LEGAL_BASES.localGovernmentLaw2025)
    expect(addDays(district!.to!, 1)).toBe(UNITS_LEGAL_BASES.localGovernmentLaw2025.effectiveFrom)
  })
  it('has the province level throughout and the commune level in two periods', () => {
    expect(localGovernmentLevelAt('province', '2010-01-01')?.level).toBe('province')
    expect(localGovernmentLevelAt('province', '2026-03-31')?.level).toBe('province')
    const before = localGovernmentLevelAt('commune', '2025-06-30')
    const after = localGovernmentLevelAt('commune', '2025-07-01')
    expect(before?.to).toBe('2025-06-30')
    expect(after?.from).toBe('2025-07-01')
    expect(after?.note.vi).toMatch(/nhiều thủ tục trước đây của cấp huyện/)
    expect(before).not.toBe(after)
  })
  it('refuses an unknown level, an unreadable date and no date', () => {
    expect(() => localGovernmentLevelAt('huyen' as never, '2025-06-30')).toThrow(RangeError)
    expect(() => localGovernmentLevelAt('central' as never, '2025-06-30')).toThrow(/Invalid level/)
    expect(() => localGovernmentLevelAt('district', '30/06/2025')).toThrow(RangeError)
    expect(() => localGovernmentLevelAt('district', undefined as never)).toThrow(TypeError)
  })
})

describe('checkRegister and the district level after 01/07/2025', () => {
  const base = [
    { number: 1, date: '2025-06-27', documentNumber: '1520/UBND-VP', issuer: 'UBND huyện Đông Anh', issuerLevel: 'district' as const },
    { number: 2, date: '2025-07-02', documentDate: '2025-06-30', documentNumber: '1531/UBND-VP', issuer: 'UBND huyện Đông Anh', issuerLevel: 'district' as const },
    { number: 3, date: '2025-07-03', documentNumber: '12/UBND-VP', issuer: 'UBND huyện Đông Anh', issuerLevel: 'district' as const },
    { number: 4, date: '2025-07-04', documentNumber: '05/UBND-VP', issuer: 'UBND xã Đông Anh', issuerLevel: 'commune' as const },
    { number: 5, date: '2025-07-04', documentNumber: '3162/QĐ-UBND', issuer: 'UBND tỉnh', issuerLevel: 'province' as const },
    { number: 6, date: '2025-07-07', documentNumber: '828/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', issuerLevel: 'central' as const },
  ]
  it('warns for a district issuer on a document dated on or after 01/07/2025, not before', () => {
    const r = checkRegister(base)
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]).toMatchObject({
      code: 'level-not-in-force', severity: 'warning', path: ['entries', 2, 'issuerLevel'], number: 3, entries: [2], level: 'district', on: '2025-07-03',
      basis: { instrument: '72/2025/QH15', effectiveFrom: '2025-07-01' }, year: 2025, seriesKind: 'regular',
    })
    expect(r.issues[0]?.message.vi).toBe('Số 03 12/UBND-VP (ngày đăng ký 03/07/2025): cơ quan ban hành cấp huyện không còn từ ngày 01/07/2025 (Luật 72/2025/QH15)')
    expect(r.issues[0]?.message.en).toBe("Number 03 12/UBND-VP (registered on 2025-07-03): the issuer's level (district) ended on 2025-06-30 (Law 72/2025/QH15)")
    expect(r.counts.levelNotInForce).toBe(1)
    // a warning does not make the numbering wrong
    expect(r.ok).toBe(true)
  })
  it('reads the document date first: a district document of 01/07 registered the same day is flagged', () => {
    const r = checkRegister([{ number: 1, date: '2025-07-01', documentDate: '2025-07-01', issuerLevel: 'district' }])
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['level-not-in-force', 'warning']])
    expect(r.issues[0]?.message.vi).toBe('Số 01 (văn bản ngày 01/07/2025): cơ quan ban hành cấp huyện không còn từ ngày 01/07/2025 (Luật 72/2025/QH15)')
  })
  it('keeps ok false when there are errors too, and lists the warnings after the numbering issues', () => {
    const r = checkRegister([...base, { number: 6, date: '2025-07-08', issuerLevel: 'district' }])
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate', 'level-not-in-force', 'level-not-in-force'])
    expect(r.ok).toBe(false)
  })
  it('refuses an unknown level or a bad document date, naming the entry', () => {
    expect(() => checkRegister([{ number: 1, date: '2025-07-01', issuerLevel: 'huyen' as never }])).toThrow(/entries\[0\]\.issuerLevel/)
    expect(() => checkRegister([{ number: 1, date: '2025-07-01', issuerLevel: 'district', documentDate: '31/06/2025' }])).toThrow(/entries\[0\]\.documentDate/)
  })
  it('accepts the issuer level in the register entry schema', () => {
    expect(RegisterEntrySchema.parse({ number: 1, date: '2025-07-01', issuerLevel: 'commune' }).issuerLevel).toBe('commune')
    expect(RegisterEntrySchema.safeParse({ number: 1, date: '2025-07-01', issuerLevel: 'huyen' }).success).toBe(false)
    expect(IssuerLevelSchema.options).toEqual(['central', 'province', 'district', 'commune'])
  })
})
