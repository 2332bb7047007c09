import { describe, expect, it } from 'vitest'
import { checkRegister, documentStatistics, registerTable, type RegisterLine } from 'hanhchinh/documents'
import { TableSchema, toCsv, toHtml, toXlsx } from 'hanhchinh/tables'

// Incoming register of a provincial office, end of 2023 and start of 2024 (as in check-register.test.ts)
const entries: RegisterLine[] = [
  { number: 4211, date: '2023-12-28', documentNumber: '3162/QĐ-UBND' },
  { number: 4212, date: '2023-12-29', documentNumber: '02/KH-VPUB' },
  { number: 4213, date: '2024-01-02', documentNumber: '12/UBND-VX' },
  { number: 4214, date: '2024-01-02', documentNumber: '828/QĐ-TTg' },
  { number: 4214, date: '2024-01-03', documentNumber: '61/2018/NĐ-CP' },
  { number: 4217, date: '2024-01-04', documentNumber: '01/2018/TT-VPCP' },
  { number: 1, date: '2024-01-05', secrecy: 'mat' },
]

describe('registerTable of a register check', () => {
  const check = checkRegister(entries, { firstNumbers: { 2023: 4211 } })

  it('lists every issue with its kind, numbers, line, message and basis', () => {
    const t = registerTable(check)
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.columns.map((c) => [c.id, c.type])).toEqual([
      ['no', 'integer'], ['year', 'text'], ['series', 'text'], ['kind', 'text'], ['severity', 'text'],
      ['numbers', 'text'], ['line', 'integer'], ['message', 'text'], ['basis', 'text'],
    ])
    expect(t.rows.map((r) => [r.no, r.kind, r.numbers, r.line])).toEqual([
      [1, 'Không bắt đầu lại từ số 01', '4213', 3], [2, 'Trùng số', '4214', 5], [3, 'Thiếu số', '4215–4216', 6],
    ])
    expect(t.rows[2]).toMatchObject({ year: '2024', series: 'Sổ văn bản thường', severity: 'Lỗi', message: 'Năm 2024: sổ thiếu các số 4215–4216 (2 số)', basis: 'Điều 22 30/2020/NĐ-CP' })
    expect(t.notes?.[0]).toMatchObject({ vi: '1 số trùng, 1 khoảng trống (2 số), 0 số sai thứ tự ngày, 1 năm không bắt đầu lại từ số 01, 0 cảnh báo cấp ban hành.' })
    expect(t.columns[3]?.label).toEqual({ vi: 'Loại sai sót', en: 'Problem' })
  })

  it('writes the cells in English on request, and the warnings of the issuer level', () => {
    const r = checkRegister([{ number: 1, date: '2025-07-03', documentNumber: '12/UBND-VP', issuerLevel: 'district' }])
    const t = registerTable(r, { language: 'en' })
    expect(t.rows).toEqual([{
      no: 1, year: '2025', series: 'Ordinary series', kind: 'Issuer level not in force', severity: 'Warning', numbers: '1', line: 1,
      message: "Number 01 12/UBND-VP (registered on 2025-07-03): the issuer's level (district) ended on 2025-06-30 (Law 72/2025/QH15)",
      basis: 'Art 51(3) 72/2025/QH15',
    }])
    expect(t.notes?.[0]).toEqual({ vi: 'Không có lỗi đánh số; 1 cảnh báo.', en: 'No numbering error; 1 warning(s).' })
  })

  it('gives one row per series and year with part: series', () => {
    const t = registerTable(check, { part: 'series', title: 'Sổ đến 2023–2024' })
    expect(t.title).toBe('Sổ đến 2023–2024')
    expect(t.rows).toEqual([
      { series: 'Sổ văn bản thường', year: '2023', entries: 2, first: 4211, last: 4212, missing: 0, extract: 'Có' },
      { series: 'Sổ văn bản thường', year: '2024', entries: 4, first: 4213, last: 4217, missing: 2, extract: '' },
      { series: 'Sổ văn bản mật', year: '2024', entries: 1, first: 1, last: 1, missing: 0, extract: '' },
    ])
    expect(toCsv(t).split('\r\n')[2]).toBe('Sổ văn bản thường,2024,4,4.213,4.217,2,')
  })

  it('goes through the three writers', () => {
    const t = registerTable(check)
    expect(toHtml(t, { standalone: true })).toContain('<td>Năm 2024: sổ thiếu các số 4215–4216 (2 số)</td>')
    const bytes = toXlsx(t)
    expect(bytes[0]).toBe(0x50) // 'PK': a zip
    expect(bytes[1]).toBe(0x4b)
  })
})

describe('registerTable of document statistics', () => {
  const docs = [
    { date: '2024-01-05', documentNumber: '3162/QĐ-UBND', direction: 'outgoing' as const },
    { date: '2024-01-08', documentNumber: '12/KH-UBND', direction: 'outgoing' as const },
    { date: '2024-01-09', documentNumber: '828/QĐ-TTg', direction: 'incoming' as const },
    { date: '2024-01-10', documentNumber: '05/2024/QĐ-UBND', direction: 'outgoing' as const },
    { date: '2024-02-01', documentNumber: '13/KH-UBND', direction: 'outgoing' as const },
  ]
  const stats = documentStatistics(docs, { period: { year: 2024, month: 1 } })

  it('has one row per type, legal normative ones marked, and a total row', () => {
    const t = registerTable(stats)
    expect(t.title).toEqual({ vi: 'Số lượng văn bản từ ngày 01/01/2024 đến ngày 31/01/2024', en: 'Documents from 2024-01-01 to 2024-01-31' })
    expect(t.rows).toEqual([
      { type: 'Quyết định quy phạm pháp luật', legalNormative: 'QPPL', incoming: 0, outgoing: 1, total: 1 },
      { type: 'Quyết định', legalNormative: '', incoming: 1, outgoing: 1, total: 2 },
      { type: 'Kế hoạch', legalNormative: '', incoming: 0, outgoing: 1, total: 1 },
      { type: 'Tổng cộng', legalNormative: '', incoming: 1, outgoing: 3, total: 4 },
    ])
    expect(t.notes).toEqual([stats.sentence, { vi: 'Không tính 1 văn bản ngoài kỳ.', en: '1 document(s) outside the period not counted.' }])
    expect(registerTable(stats, { language: 'en' }).rows[3]?.type).toBe('Total')
  })

  it('refuses what it cannot use', () => {
    expect(() => registerTable(stats, { part: 'issues' })).toThrow(/Option "part" of registerTable is used only with a register check/)
    expect(() => registerTable(stats, { langage: 'en' } as never)).toThrow(/Unknown option "langage" of registerTable \(did you mean "language"/)
    expect(() => registerTable(stats, { language: 'fr' as never })).toThrow(RangeError)
    expect(() => registerTable(stats, { title: 3 as never })).toThrow(/options.title/)
    expect(() => registerTable(null as never)).toThrow(TypeError)
    expect(() => registerTable({ rows: [] } as never)).toThrow(TypeError)
  })
})
