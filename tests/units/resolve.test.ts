import { describe, expect, it } from 'vitest'
import { resolveCommune, safeResolveCommune } from 'hanhchinh/units'

describe('resolveCommune', () => {
  it('finds Phường Hồng Hà (00097) however it is written', () => {
    for (const name of ['phuong hong ha', 'P. Hồng Hà', 'Hong Ha', 'PHƯỜNG HỒNG HÀ', 'p hong ha', 'Phường  Hồng   Hà']) {
      expect(resolveCommune(name, { province: 'Hà Nội' }), name).toMatchObject({ code: '00097', name: 'Phường Hồng Hà', provinceCode: '01' })
    }
    expect(resolveCommune('Hong Ha', { province: 'Ha Noi', asOf: '2025-07-01' }).code).toBe('00097')
    expect(resolveCommune('Hồng Hà', { province: '01', asOf: new Date('2025-07-01T00:00:00+07:00') }).code).toBe('00097')
  })
  it('cites the resolution of its province', () => {
    expect(resolveCommune('Phường Hồng Hà', { province: 'Hà Nội' }).basis[0]).toMatchObject({ instrument: '1656/NQ-UBTVQH15', issued: '2025-06-16' })
  })
  it('reads kind abbreviations, numbered wards and apostrophes', () => {
    expect(resolveCommune('TT Mường Chà', { province: 'Điện Biên', asOf: '2025-06-30' }).code).toBe('03172')
    expect(resolveCommune('Thị trấn Mường Chà', { asOf: '2025-06-30' }).kind).toBe('thi-tran')
    expect(resolveCommune("Xã D'Ran").code).toBe('24934')
    expect(resolveCommune('Xa Dran').code).toBe('24934')
    const p1 = safeResolveCommune('P1', { province: 'Đồng Tháp', asOf: '2025-06-30' })
    expect(p1.ok ? [] : p1.candidates.map((u) => u.name)).toEqual(['Phường 1', 'Phường 1'])
  })
  it('a kind word narrows the match (Xã vs Phường of one name)', () => {
    const r = safeResolveCommune('Hồng Hà', { asOf: '2025-06-30' })
    expect(r.ok).toBe(false)
    expect(resolveCommune('Xã Hồng Hà', { asOf: '2025-06-30' }).code).toBe('09796')
  })
  it('recognises the old spellings of the NSO conversion table', () => {
    expect(resolveCommune('Xã Sủng Cháng', { asOf: '2025-06-30' }).code).toBe('00829')
  })
  it('without asOf prefers the units from 01/07/2025, then those of 30/06/2025', () => {
    expect(resolveCommune('Phường Phúc Xá', { province: 'Hà Nội' })).toMatchObject({ code: '00001', validTo: '2025-06-30', districtCode: '001' })
    expect(resolveCommune('Phường Ba Đình', { province: 'Hà Nội' })).toMatchObject({ code: '00004', validFrom: '2025-07-01' })
    expect(resolveCommune('Phường Trúc Bạch', { province: 'Hà Nội' })).toMatchObject({ code: '00004', validTo: '2025-06-30' })
  })
})

describe('safeResolveCommune refusals', () => {
  it('ambiguity lists every candidate and names them', () => {
    const r = safeResolveCommune('Xã Tân Phú', { asOf: '2025-07-01' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe('ambiguous')
    expect(r.candidates.map((u) => u.provinceCode).sort()).toEqual(['40', '75', '80', '82', '86'])
    for (const u of r.candidates) expect(r.reason.en).toContain(u.code)
    expect(r.reason.vi).toContain('hãy ghi rõ tỉnh')
    expect(resolveCommune('Xã Tân Phú', { asOf: '2025-07-01', province: 'Đồng Nai' }).code).toBe('26116')
  })
  it('a long list is cut in the message, not in candidates', () => {
    const r = safeResolveCommune('Phường 1', { asOf: '2025-07-01' })
    expect(r.ok ? 0 : r.candidates.length).toBe(33)
    expect(r.ok ? '' : r.reason.en).toContain('and 25 more')
  })
  it('an unknown name says where the name exists instead', () => {
    const r = safeResolveCommune('Phúc Xá', { province: 'Hà Nội', asOf: '2025-07-01' })
    expect(r).toMatchObject({ ok: false, code: 'unknown' })
    expect(r.ok ? [] : r.candidates.map((u) => u.code)).toEqual(['00001'])
    expect(() => resolveCommune('Phúc Xá', { asOf: '2025-07-01' })).toThrow(/until 30\/06\/2025/)
  })
  it('not text, empty, unknown province', () => {
    expect(safeResolveCommune(42)).toMatchObject({ ok: false, code: 'not-text' })
    expect(safeResolveCommune(' - ')).toMatchObject({ ok: false, code: 'empty' })
    expect(safeResolveCommune('Hồng Hà', { province: 'Hà Giang', asOf: '2025-07-01' })).toMatchObject({ ok: false, code: 'unknown-province' })
    expect(() => resolveCommune(42 as never)).toThrow(TypeError)
  })
  it('bad options throw', () => {
    expect(() => safeResolveCommune('Hồng Hà', { provice: 'Hà Nội' } as never)).toThrow(/did you mean "province"/)
    expect(() => safeResolveCommune('Hồng Hà', { asOf: '2020-01-01' })).toThrow(RangeError)
  })
})

describe('hostile names', () => {
  it('refuses a name longer than MAX_UNIT_NAME_LENGTH at once, in every reader', async () => {
    const { MAX_UNIT_NAME_LENGTH, safeResolveCommune, safeSuccessorOf } = await import('hanhchinh/units')
    const long = 'Phường Hồng Hà '.repeat(2000)
    expect(safeResolveCommune(long)).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeSuccessorOf(long)).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeResolveCommune('x'.repeat(MAX_UNIT_NAME_LENGTH))).toMatchObject({ ok: false, code: 'unknown' })
  })
})
