import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh'
import { toXlsx, type Table } from 'hanhchinh/tables'
import { overdue } from './fixtures.js'
import { isDateFormat, readXlsx, serialToWallClock } from './xlsx-reader.js'

describe('toXlsx', () => {
  it('returns a workbook whose cells read back as the same numbers and dates (real number and date cells)', () => {
    const [sheet] = readXlsx(toXlsx(overdue))
    expect(sheet!.name).toBe('Danh sách hồ sơ quá hạn tháng 3')
    const row = (r: number) => sheet!.rows.get(r)!
    expect(row(1).get(0)).toMatchObject({ kind: 's', value: 'Danh sách hồ sơ quá hạn tháng 3/2026' })
    expect([...row(2).values()].map((c) => c.value)).toEqual(['Mã hồ sơ', 'Thủ tục', 'Ngày tiếp nhận', 'Thời điểm trả', 'Số ngày làm việc trễ', 'Lệ phí (đồng)', 'Tỷ lệ'])
    expect([...row(3).values()].map((c) => c.value)).toEqual(['Dossier code', 'Procedure', 'Received', 'Returned at', 'Working days late', 'Fee (VND)', 'Share'])
    const first = row(4)
    expect(first.get(0)).toMatchObject({ kind: 's', value: '000.00.12.H40-260302-0007' })
    expect(first.get(2)!.kind).toBe('n')
    expect(isDateFormat(first.get(2)!.format)).toBe(true)
    expect(serialToWallClock(first.get(2)!.value as number)).toBe('2026-03-02')
    expect(isDateFormat(first.get(3)!.format)).toBe(true)
    expect(serialToWallClock(first.get(3)!.value as number)).toBe('2026-03-27T16:45:00')
    expect(first.get(4)).toMatchObject({ kind: 'n', value: 3, format: '#,##0' })
    expect(first.get(5)).toMatchObject({ kind: 'n', value: 75000 })
    expect(first.get(6)).toMatchObject({ kind: 'n', value: 0.8479, format: '0.00%' })
    const second = row(5)
    expect(second.has(3)).toBe(false) // empty cell
    expect(second.get(5)!.value).toBe(1234567.5)
    expect(second.get(6)!.value).toBe(0.005)
    const third = row(6)
    expect(serialToWallClock(third.get(3)!.value as number)).toBe('2026-03-31T09:00:00') // 02:00Z is 09:00 in Vietnam
    expect(third.get(4)!.value).toBe(-1)
    expect(third.get(6)!.value).toBe(1)
    expect(row(8).get(0)!.value).toBe('Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh.')
    expect(row(9).get(0)!.value).toBe('Căn cứ: 766/QĐ-TTg')
  })

  it('makes the header bold, sets column widths and merges the title across the columns', () => {
    const [sheet] = readXlsx(toXlsx(overdue))
    expect(['A2', 'G2', 'A3', 'G3'].every((ref) => sheet!.bold.has(ref))).toBe(true)
    expect(sheet!.bold.has('A4')).toBe(false)
    expect(sheet!.widths.get(0)).toBe(30) // given
    expect(sheet!.widths.get(1)).toBeGreaterThanOrEqual('Đăng ký kết hôn, có yếu tố nước ngoài'.length) // fitted
    expect(sheet!.merges).toEqual(['A1:G1'])
  })

  it('writes one header row in the chosen language, no title when asked, one sheet per table', () => {
    const sheets = readXlsx(toXlsx([overdue, { ...overdue, title: 'Hồ sơ chờ bổ sung' }], { language: 'en', title: false, sheetNames: ['Overdue', 'Supplement'] }))
    expect(sheets.map((s) => s.name)).toEqual(['Overdue', 'Supplement'])
    expect(sheets[1]!.rows.get(1)!.get(0)!.value).toBe('Dossier code')
    expect(sheets[1]!.rows.get(2)!.get(0)!.value).toBe('000.00.12.H40-260302-0007')
    expect(readXlsx(toXlsx([overdue, overdue])).map((s) => s.name)).toEqual(['Danh sách hồ sơ quá hạn tháng 3', 'Danh sách hồ sơ quá hạn thá (2)'])
  })

  it('writes formula-like text as text, and text XML cannot hold as OOXML escapes', () => {
    const table: Table = { title: 'x', columns: [{ id: 't', label: { vi: 'a', en: 'a' }, type: 'text' }], rows: [{ t: '=SUM(A1)' }, { t: 'a\u0001b_x0041_<&>' }, { t: ' lề ' }] }
    const [sheet] = readXlsx(toXlsx(table, { title: false, language: 'vi' }))
    expect(sheet!.rows.get(2)!.get(0)).toMatchObject({ kind: 's', value: '=SUM(A1)' })
    expect(sheet!.rows.get(3)!.get(0)!.value).toBe('a\u0001b_x0041_<&>')
    expect(sheet!.rows.get(4)!.get(0)!.value).toBe(' lề ')
  })

  it('gives the same bytes for the same table in any time zone', () => {
    const saved = process.env.TZ
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      const a = toXlsx(overdue)
      process.env.TZ = 'America/Los_Angeles'
      const b = toXlsx(overdue)
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })

  it('refuses bad options and cells, naming them', () => {
    expect(() => toXlsx(overdue, { languages: 'en' } as never)).toThrow(/Unknown option "languages" of toXlsx/)
    expect(() => toXlsx([])).toThrow(RangeError)
    expect(() => toXlsx(overdue, { sheetNames: ['a/b'] })).toThrow(/options\.sheetNames\[0\]/)
    expect(() => toXlsx([overdue, overdue], { sheetNames: ['A', 'a'] })).toThrow(/options\.sheetNames\[1\]/)
    expect(() => toXlsx({ ...overdue, rows: [{ code: 'x'.repeat(32_768) }] })).toThrow(/rows\[0\]\.code/)
    expect(() => toXlsx({ ...overdue, rows: [{ received: '20/03/2026' }] })).toThrow(/rows\[0\]\.received/)
  })

  it('property: integers, decimals, percentages and dates read back as written', () => {
    const table = (rows: Table['rows']): Table => ({
      title: 'p',
      columns: [
        { id: 'i', label: { vi: 'i', en: 'i' }, type: 'integer' },
        { id: 'p', label: { vi: 'p', en: 'p' }, type: 'percent' },
        { id: 'day', label: { vi: 'd', en: 'd' }, type: 'date' },
        { id: 'at', label: { vi: 't', en: 't' }, type: 'datetime' },
      ],
      rows,
    })
    const row = fc.record({
      i: fc.integer({ min: -1e12, max: 1e12 }),
      p: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      day: fc.integer({ min: 0, max: 2_000_000 }).map((n) => new Date(Date.UTC(1900, 2, 1) + n * 86_400_000).toISOString().slice(0, 10)),
      at: fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000)),
    })
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), (rows) => {
        const [sheet] = readXlsx(toXlsx(table(rows), { title: false, language: 'en' }))
        rows.forEach((r, k) => {
          const cells = sheet!.rows.get(k + 2)!
          expect(cells.get(0)!.value).toBe(r.i)
          // the stored fraction is the exact decimal (points / 100), read as the nearest double
          expect(cells.get(1)!.value).toBe(new Decimal(String(r.p)).div(100).toNumber())
          expect(serialToWallClock(cells.get(2)!.value as number)).toBe(r.day)
          const wall = new Date((r.at as Date).getTime() + 7 * 3_600_000).toISOString().slice(0, 19)
          const read = serialToWallClock(cells.get(3)!.value as number)
          expect(read.length === 10 ? `${read}T00:00:00` : read).toBe(wall)
        })
      }),
      { numRuns: 100 },
    )
  })
})
