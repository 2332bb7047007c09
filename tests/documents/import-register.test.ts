import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { checkRegister, importRegister, registerEntryImportSchema, type RegisterField } from 'hanhchinh/documents'

describe('importRegister', () => {
  it('reads an e-office export with Vietnamese headers, dates and levels', () => {
    const csv = '\ufeffSTT;Số đến;Ngày đến;Số, ký hiệu;Nơi gửi;Độ khẩn;Độ mật;Ngày chuyển\r\n'
      + '1;1;02/01/2024;3162/QĐ-UBND;UBND tỉnh;Thường;;02/01/2024\r\n'
      + '2;1.204;20/12/2024;828/QĐ-TTg;Thủ tướng Chính phủ;Thượng khẩn;Mật;\r\n'
      + '3;x;03/01/2024;12/UBND-VX;UBND tỉnh;;;\r\n'
      + '4;5;03/01/2024;02/KH-VPUB;Văn phòng;Rất gấp;;\r\n'
    const r = importRegister(csv, { direction: 'incoming', organisation: 'Văn phòng UBND tỉnh' })
    expect(r.register).toMatchObject({ direction: 'incoming', organisation: 'Văn phòng UBND tỉnh' })
    expect(r.register.entries).toEqual([
      { number: 1, date: '2024-01-02', documentNumber: '3162/QĐ-UBND', issuer: 'UBND tỉnh', transferredOn: '2024-01-02' },
      { number: 1204, date: '2024-12-20', documentNumber: '828/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', urgency: 'thuong-khan', secrecy: 'mat' },
    ])
    expect(r.stats).toMatchObject({ read: 4, accepted: 2, rejected: 2 })
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([[3, 'Số đến'], [4, 'Độ khẩn']])
  })

  it('parses single values with the import schema', () => {
    expect(registerEntryImportSchema().parse({ number: '7', date: '2024-01-05', secrecy: 'Tối mật', copy: 'Sao y' }))
      .toMatchObject({ number: 7, date: '2024-01-05', secrecy: 'toi-mat', copy: 'yes' })
    expect(registerEntryImportSchema().safeParse({ number: '0', date: '05/01/2024' }).success).toBe(false)
  })

  it('reads the bundled sample register and finds its planted problems', () => {
    const csv = readFileSync(fileURLToPath(new URL('../../examples/data/incoming-register-2024.csv', import.meta.url)), 'utf8')
    const { register, issues } = importRegister(csv, { direction: 'incoming' })
    expect(issues).toEqual([])
    const check = checkRegister(register)
    expect(check.issues.map((i) => i.code)).toEqual(['duplicate', 'gap', 'out-of-order'])
    expect(check.issues[2]).toMatchObject({ number: 31, next: { number: 32, date: '2024-02-01' } })
    expect(check.series.map((s) => [s.seriesKind, s.entries])).toEqual([['regular', 37], ['classified', 3]])
  })
})

describe('registerColumns and importRegister options', () => {
  it('is typed header by header with the field each feeds', async () => {
    const { registerColumns } = await import('hanhchinh/documents')
    const c = registerColumns()
    expectTypeOf(c['Số đến']).toEqualTypeOf<'number'>()
    expectTypeOf(c['Ghi chú']).toEqualTypeOf<null>()
    expectTypeOf<RegisterField>().toEqualTypeOf<Exclude<(typeof c)[keyof typeof c], null>>()
    expect(c['Ngày ký']).toBe('signedOn')
    // a fresh object each call
    expect(registerColumns()).not.toBe(c)
  })
  it('refuses misspelt options and a missing direction', () => {
    expect(() => importRegister('Số đến,Ngày đến\n1,02/01/2024\n', { direction: 'incoming', delimeter: ';' } as never)).toThrow(/Unknown option "delimeter" of importRegister \(did you mean "delimiter"/)
    expect(() => importRegister('Số đến,Ngày đến\n1,02/01/2024\n', {} as never)).toThrow(TypeError)
    expect(() => importRegister('Số đến,Ngày đến\n1,02/01/2024\n', { direction: 'den' } as never)).toThrow(/options\.direction/)
  })
})

describe('importRegister reads the level of the issuer', () => {
  it('maps "Cấp ban hành" to issuerLevel, and checkRegister flags a district after 01/07/2025', () => {
    const csv = 'Số đến;Ngày đến;Số, ký hiệu;Nơi gửi;Cấp ban hành\n' +
      '1;01/07/2025;1531/UBND-VP;UBND huyện Đông Anh;Cấp huyện\n' +
      '2;02/07/2025;05/UBND-VP;UBND xã Đông Anh;Xã\n' +
      '3;02/07/2025;3162/QĐ-UBND;UBND tỉnh;Huyện lỵ\n'
    const r = importRegister(csv, { direction: 'incoming' })
    expect(r.register.entries.map((e) => e.issuerLevel)).toEqual(['district', 'commune'])
    expect(r.issues).toMatchObject([{ row: 3, column: 'Cấp ban hành', raw: 'Huyện lỵ' }])
    expect(checkRegister(r.register).issues.map((i) => [i.code, i.path])).toEqual([['level-not-in-force', ['entries', 0, 'issuerLevel']]])
  })
})
