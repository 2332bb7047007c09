import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseVnDate, parseVnNumber, parseVnPercent, readCsv } from 'hanhchinh/format'
import { toCsv, type Table } from 'hanhchinh/tables'
import { overdue } from './fixtures.js'

const noteTable = (notes: string[]): Table => ({
  title: 'Ghi chú',
  columns: [
    { id: 'note', label: { vi: 'Ghi chú', en: 'Note' }, type: 'text' },
    { id: 'n', label: { vi: 'Số', en: 'Number' }, type: 'integer' },
  ],
  rows: notes.map((note, k) => ({ note, n: -k })),
})

describe('toCsv', () => {
  it('writes the header in the chosen language and cells in Vietnamese formats, CRLF, RFC 4180 quoting', () => {
    const csv = toCsv(overdue)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('Mã hồ sơ,Thủ tục,Ngày tiếp nhận,Thời điểm trả,Số ngày làm việc trễ,Lệ phí (đồng),Tỷ lệ')
    expect(lines[1]).toBe('000.00.12.H40-260302-0007,Cấp giấy phép xây dựng,02/03/2026,27/03/2026 16:45,3,75.000,"84,79%"')
    expect(lines[2]).toBe('000.00.12.H40-260305-0011,Chứng thực bản sao từ bản chính,05/03/2026,,12,"1.234.567,5","0,5%"')
    expect(lines[3]).toBe('H40.22-260310-0002,"Đăng ký kết hôn, có yếu tố nước ngoài",10/03/2026,31/03/2026 09:00,-1,,100%')
    expect(lines[4]).toBe('')
    expect(toCsv(overdue, { language: 'en' }).split('\r\n')[0]).toBe('Dossier code,Procedure,Received,Returned at,Working days late,Fee (VND),Share')
  })

  it('writes ISO formats for programs', () => {
    const lines = toCsv(overdue, { format: 'iso' }).split('\r\n')
    expect(lines[1]).toBe('000.00.12.H40-260302-0007,Cấp giấy phép xây dựng,2026-03-02,2026-03-27T16:45:00+07:00,3,75000,84.79')
    expect(lines[2]).toContain(',12,1234567.5,0.5')
  })

  it('neutralises every text cell a spreadsheet would run as a formula, and keeps typed negative numbers as numbers', () => {
    const rows = readCsv(toCsv(noteTable(['=SUM(A1)', '+1', '-1', '@x', '\tcmd', '\rcmd', 'an ordinary note', ' =not at start'])))
    expect(rows.slice(1, 9).map((r) => r.fields[0])).toEqual(["'=SUM(A1)", "'+1", "'-1", "'@x", "'\tcmd", "'\rcmd", 'an ordinary note', ' =not at start'])
    expect(rows.slice(1, 9).map((r) => r.fields[1])).toEqual(['0', '-1', '-2', '-3', '-4', '-5', '-6', '-7'])
    const header = toCsv({ ...noteTable([]), columns: [{ id: 'x', label: { vi: '=cmd|"/c calc"!A0', en: 'x' }, type: 'text' }] })
    expect(header.startsWith(`"'=cmd|""/c calc""!A0"`)).toBe(true)
  })

  it('adds a BOM and uses another delimiter when asked', () => {
    const csv = toCsv(overdue, { bom: true, delimiter: ';' })
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.split('\r\n')[1]).toBe('000.00.12.H40-260302-0007;Cấp giấy phép xây dựng;02/03/2026;27/03/2026 16:45;3;75.000;84,79%')
  })

  it('refuses misspelt options, bad choices and cells that do not fit their column, naming them', () => {
    expect(() => toCsv(overdue, { langauge: 'en' } as never)).toThrow(/Unknown option "langauge" of toCsv \(did you mean "language"/)
    expect(() => toCsv(overdue, { format: 'us' } as never)).toThrow(RangeError)
    expect(() => toCsv({ ...overdue, rows: [{ share: '84,79%' }] })).toThrow(/rows\[0\]\.share/)
    expect(() => toCsv({ ...overdue, rows: [{ late: 1.5 }] })).toThrow(/rows\[0\]\.late/)
    expect(() => toCsv({ ...overdue, rows: [{ received: '2026-02-30' }] })).toThrow(/rows\[0\]\.received/)
    expect(() => toCsv({ ...overdue, rows: [{ returned: '2026-03-27T16:45:00' }] })).toThrow(/rows\[0\]\.returned/)
    expect(() => toCsv({ ...overdue, rows: [{ code: 42 }] } as never)).toThrow(TypeError)
  })

  it('does not mutate the table', () => {
    const copy = structuredClone(overdue)
    toCsv(overdue)
    expect(overdue).toEqual(copy)
  })

  it('property: any table round-trips through toCsv → readCsv (texts as written, formula text with its quote, numbers and dates read back exactly)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Ă', 'ệ', ',', ';', '"', '\r', '\n', '\t', ' ', '=', '+', '-', '@', '1', '.') , maxLength: 12 })
    const row = fc.record({
      t: fc.option(text, { nil: null }),
      i: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
      d: fc.option(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a}.${String(b).padStart(4, '0')}`), { nil: null }),
      p: fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100), { nil: null }),
      day: fc.option(fc.integer({ min: 0, max: 100_000 }).map((n) => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom(',' as const, ';' as const, '\t' as const), fc.boolean(), (rows, delimiter, bom) => {
        const table: Table = {
          title: 'x',
          columns: [
            { id: 't', label: { vi: 'Văn bản', en: 'Text' }, type: 'text' },
            { id: 'i', label: { vi: 'Số nguyên', en: 'Integer' }, type: 'integer' },
            { id: 'd', label: { vi: 'Số thập phân', en: 'Decimal' }, type: 'decimal' },
            { id: 'p', label: { vi: 'Tỷ lệ', en: 'Percent' }, type: 'percent' },
            { id: 'day', label: { vi: 'Ngày', en: 'Date' }, type: 'date' },
          ],
          rows,
        }
        const read = readCsv(toCsv(table, { delimiter, bom }), { delimiter })
        expect(read.length).toBe(rows.length + 1)
        expect(read[0]!.fields).toEqual(['Văn bản', 'Số nguyên', 'Số thập phân', 'Tỷ lệ', 'Ngày'])
        rows.forEach((r, k) => {
          const f = read[k + 1]!.fields
          expect(read[k + 1]!.error).toBeUndefined()
          expect(f).toHaveLength(5)
          const t = r.t ?? ''
          expect(f[0]).toBe(/^[=+\-@\t\r]/.test(t) ? `'${t}` : t)
          expect(f[1] === '' ? null : parseVnNumber(f[1]!).toNumber()).toBe(r.i)
          expect(f[2] === '' ? null : parseVnNumber(f[2]!).toFixed(4)).toBe(r.d === null ? null : parseVnNumber(r.d, { decimalSeparator: '.' }).toFixed(4))
          expect(f[3] === '' ? null : parseVnPercent(f[3]!, { percentSign: 'required' }).toNumber()).toBe(r.p)
          expect(f[4] === '' ? null : parseVnDate(f[4]!)).toBe(r.day)
        })
      }),
      { numRuns: 300 },
    )
  })
})
