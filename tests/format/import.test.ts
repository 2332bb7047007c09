import { createReadStream, readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import type { IsoDate } from 'hanhchinh/core'
import {
  formatImportIssue, importRecords, importRecordsStream, vnCount, vnDate, vnEnum, vnNumber, vnText,
  type ImportEvent, type ImportIssue, type ImportStats,
} from 'hanhchinh/format'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url)

// A local test schema shaped like a one-stop dossier export (the dossiers domain supplies the real one).
const DossierRow = z.object({
  code: z.string().regex(/^H\d{2}\.\d{2}\.\d{2}\.\d{2}-\d{6}-\d{4}$/),
  procedure: vnText(),
  receivedOn: vnDate(),
  dueOn: vnDate(),
  returnedOn: vnDate().optional(),
  copies: vnCount(),
  status: vnEnum(['received', 'processing', 'returned'], {
    received: { vi: 'Đã tiếp nhận', en: 'Received' },
    processing: { vi: 'Đang xử lý', en: 'Processing' },
    returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  }),
  note: z.string().optional(), // free text: cells are NFC and trimmed; line breaks inside are kept
})

const columns = {
  'Mã hồ sơ': 'code',
  'Tên thủ tục': 'procedure',
  'Ngày tiếp nhận': 'receivedOn',
  'Hạn xử lý': 'dueOn',
  'Ngày trả kết quả': 'returnedOn',
  'Số bản': 'copies',
  'Trạng thái': 'status',
  'Ghi chú': 'note',
}

const GOOD = [
  { code: 'H40.22.10.01-211220-0001', procedure: 'Đăng ký khai sinh', receivedOn: '2021-12-20', dueOn: '2021-12-22', returnedOn: '2021-12-21', copies: 2, status: 'returned' },
  { code: 'H40.22.10.01-211220-0002', procedure: 'Chứng thực bản sao từ bản chính', receivedOn: '2021-12-20', dueOn: '2021-12-20', returnedOn: '2021-12-20', copies: 50308, status: 'returned', note: 'Trả tại bộ phận một cửa, quầy số 3' },
  { code: 'H40.22.10.01-211221-0001', procedure: 'Cấp giấy phép xây dựng', receivedOn: '2021-12-21', dueOn: '2022-01-18', copies: 1, status: 'processing', note: 'Chờ ý kiến\r\nSở Xây dựng' },
  { code: 'H40.22.10.01-211221-0002', procedure: 'Đăng ký kết hôn', receivedOn: '2021-12-21', dueOn: '2021-12-24', returnedOn: '2021-12-23', copies: 1204, status: 'returned' },
]

async function* chunksOf(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

describe('importRecords: a clean one-stop export', () => {
  const bytes = readFileSync(fixture('ho-so-hop-le.csv'))
  const text = bytes.toString('utf8')

  it('the fixture really has a BOM, CRLF and NFD text', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain('\r\n')
    expect(text).toContain('Đã trả kết quả'.normalize('NFD'))
    expect(text).not.toBe(text.normalize('NFC'))
  })

  it('imports into typed records with every row accepted', () => {
    const r = importRecords(DossierRow, text, { columns })
    expect(r.issues).toEqual([])
    expect(r.records).toEqual(GOOD)
    expect(r.records[1]!.procedure).toBe('Chứng thực bản sao từ bản chính'.normalize('NFC'))
    expect(r.stats).toEqual({ read: 4, accepted: 4, rejected: 0, blank: 0 })
    expect(r.columns[0]).toEqual({ header: 'STT', index: 0, status: 'unknown' })
    expectTypeOf(r.records[0]!.receivedOn).toEqualTypeOf<IsoDate>()
    expectTypeOf(r.records[0]!.copies).toEqualTypeOf<number>()
    expectTypeOf(r.records[0]!.status).toEqualTypeOf<'received' | 'processing' | 'returned'>()
    expectTypeOf(r.records[0]!.returnedOn).toEqualTypeOf<IsoDate | undefined>()
  })

  it('gives the same result from bytes, a Node stream, a web stream and tiny chunks', async () => {
    const expected = importRecords(DossierRow, text, { columns })
    expect(importRecords(DossierRow, new Uint8Array(bytes), { columns })).toEqual(expected)
    // 5-byte chunks cut UTF-8 sequences, CRLF pairs and the BOM
    expect(await importRecords(DossierRow, createReadStream(fixture('ho-so-hop-le.csv'), { highWaterMark: 5 }), { columns })).toEqual(expected)
    expect(await importRecords(DossierRow, Readable.toWeb(createReadStream(fixture('ho-so-hop-le.csv'), { highWaterMark: 7 })), { columns })).toEqual(expected)
    expect(await importRecords(DossierRow, chunksOf(text, 3), { columns })).toEqual(expected)
    expect(importRecords(DossierRow, [...text], { columns })).toEqual(expected)
  })

  it('matches headers without accents, in capitals, with odd spacing, and the schema keys themselves', () => {
    const shouty = text.replace('Ngày tiếp nhận', 'NGAY  TIEP NHAN').replace('Hạn xử lý', 'han xu ly')
    expect(importRecords(DossierRow, shouty, { columns }).records).toEqual(GOOD)
    // a whole file in NFD (headers included) reads the same, into NFC text
    const nfd = importRecords(DossierRow, text.normalize('NFD'), { columns })
    expect(nfd.records).toEqual(GOOD)
    expect(nfd.columns.map((c) => c.header)).toEqual(['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Số bản', 'Trạng thái', 'Ghi chú'])
    const byKeys = 'code\tprocedure\treceivedOn\tdueOn\tcopies\tstatus\r\nH40.22.10.01-211220-0001\tĐăng ký khai sinh\t20/12/2021\t22/12/2021\t2\tĐã tiếp nhận\r\n'
    expect(importRecords(DossierRow, byKeys).records).toEqual([
      { code: 'H40.22.10.01-211220-0001', procedure: 'Đăng ký khai sinh', receivedOn: '2021-12-20', dueOn: '2021-12-22', copies: 2, status: 'received' },
    ])
  })
})

describe('importRecords: a file with bad rows', () => {
  const text = readFileSync(fixture('ho-so-co-loi.csv'), 'utf8')
  const r = importRecords(DossierRow, text, { columns })
  const byRow = (row: number) => r.issues.filter((i) => i.row === row)

  it('keeps every good row, including one with a quoted line break and delimiter', () => {
    expect(r.records.map((x) => x.code)).toEqual(['H40.22.10.01-240228-0001', 'H40.22.10.01-240301-0003'])
    expect(r.records[1]!.note).toBe('Bổ sung\r\nsổ hộ khẩu; bản gốc')
    expect(r.records[0]!.returnedOn).toBe('2024-02-29')
  })

  it('counts rows read, accepted and rejected; the empty line is blank, not a row', () => {
    expect(r.stats).toEqual({ read: 8, accepted: 2, rejected: 6, blank: 1 })
  })

  it('reports the impossible date 30/02/2024 with row, line, field, column, raw value and both languages', () => {
    expect(byRow(2)).toEqual([{
      row: 2, line: 3, path: ['receivedOn'], field: 'receivedOn', column: 'Ngày tiếp nhận', raw: '30/02/2024', code: 'vn-date',
      message: { vi: '"30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)', en: '"30/02/2024": day 30 does not exist (2024-02 has 29 days)' },
    }])
  })

  it('reports the negative count, the unknown status and the missing required value', () => {
    expect(byRow(3)).toEqual([{
      row: 3, line: 4, path: ['copies'], field: 'copies', column: 'Số bản', raw: '-3', code: 'vn-count',
      message: { vi: 'số lượng không được âm (-3)', en: 'a count cannot be negative (-3)' },
    }])
    // row 4 is on line 6: line 5 is empty
    expect(byRow(4)).toMatchObject([{ row: 4, line: 6, field: 'status', column: 'Trạng thái', raw: 'Tạm dừng', code: 'vn-enum' }])
    expect(byRow(4)[0]!.message.vi).toBe('"Tạm dừng" không phải là giá trị được chấp nhận (Đã tiếp nhận, Đang xử lý, Đã trả kết quả)')
    expect(byRow(4)[0]!.message.en).toBe('"Tạm dừng" is not an accepted value (Đã tiếp nhận, Đang xử lý, Đã trả kết quả)')
    expect(byRow(5)).toEqual([{
      row: 5, line: 7, path: ['procedure'], field: 'procedure', column: 'Tên thủ tục', raw: '', code: 'required',
      message: { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' },
    }])
  })

  it('reports the short row (missing columns) and the ambiguous count 1.5 instead of guessing', () => {
    expect(byRow(7).map((i) => [i.line, i.code, i.field])).toEqual([
      [10, 'column_count', ''], [10, 'required', 'dueOn'], [10, 'required', 'copies'], [10, 'required', 'status'],
    ])
    expect(byRow(7)[0]!.message).toEqual({ vi: 'dòng có 4 ô nhưng tiêu đề có 9 cột', en: 'the row has 4 cells but the header has 9 columns' })
    expect(byRow(7)[0]!.raw).toEqual(['7', 'H40.22.10.01-240304-0001', 'Cấp giấy phép lái xe', '04/03/2024'])
    expect(byRow(7)[1]).not.toHaveProperty('raw')
    expect(byRow(8)).toMatchObject([{ row: 8, line: 11, field: 'copies', raw: '1.5', code: 'vn-count' }])
  })

  it('reports nothing else', () => {
    expect(new Set(r.issues.map((i) => i.row))).toEqual(new Set([2, 3, 4, 5, 7, 8]))
    expect(r.issues).toHaveLength(1 + 1 + 1 + 1 + 4 + 1)
  })

  it('streams the same rows and issues as events, returning the stats', async () => {
    const events: ImportEvent<z.output<typeof DossierRow>>[] = []
    const it = importRecordsStream(DossierRow, chunksOf(text, 11), { columns })
    let step = await it.next()
    while (!step.done) { events.push(step.value); step = await it.next() }
    expect(step.value).toEqual(r.stats)
    expect(events[0]!.kind).toBe('header')
    const rows = events.slice(1).filter((e) => e.kind !== 'warning')
    expect(rows.map((e) => (e.kind === 'record' || e.kind === 'rejected' ? e.row : 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(events.flatMap((e) => e.kind === 'warning' ? [e.warning] : [])).toEqual(r.warnings)
    expect(events.flatMap((e) => e.kind === 'record' ? [e.record] : [])).toEqual(r.records)
    expect(events.flatMap((e) => e.kind === 'rejected' ? e.issues : [])).toEqual(r.issues)
  })

  it('reports a quote that is never closed without losing the rows around it', () => {
    const broken = importRecords(z.object({ a: z.string(), b: z.string() }), 'a,b\r\n1,2\r\n3,"4\r\n5,6\r\n')
    expect(broken.records).toEqual([{ a: '1', b: '2' }, { a: '5', b: '6' }])
    expect(broken.issues).toMatchObject([{ row: 2, line: 3, code: 'csv_syntax' }])
    expect(broken.issues[0]!.raw).toEqual(['3', '"4'])
    expect(broken.issues[0]!.message.en).toBe('a quoted field (") is never closed: this line is skipped and reading goes on from the next line')
    expect(broken.stats).toEqual({ read: 3, accepted: 2, rejected: 1, blank: 0 })
    const long = importRecords(z.object({ a: z.string(), b: z.string() }), `a,b\r\n3,"4${'x'.repeat(100)}\r\n5,6\r\n`, { maxRecordLength: 50 })
    expect(long.records).toEqual([{ a: '5', b: '6' }])
    expect(long.issues[0]!.message.vi).toContain('dài quá 50 ký tự')
  })
})

describe('importRecords options', () => {
  const Schema = z.object({ receivedOn: vnDate(), copies: vnCount() })
  const csv = 'STT;Ngày tiếp nhận;Số bản;Người nhận\n1;20/12/2021;2;\n2;21/12/2021;3;Nguyễn Văn A\n'
  const columns = { 'Ngày tiếp nhận': 'receivedOn', 'Số bản': 'copies' }

  it('warn (default) imports the rows without unknown columns and names each of them once in warnings', () => {
    const r = importRecords(Schema, csv, { columns })
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, blank: 0 })
    expect(r.columns.filter((c) => c.status === 'unknown').map((c) => c.header)).toEqual(['STT', 'Người nhận'])
    expect(r.issues).toEqual([])
    expect(r.warnings.map((w) => [w.code, w.column, w.index])).toEqual([['unknown_column', 'STT', 0], ['unknown_column', 'Người nhận', 3]])
    expect(r.warnings[1]!.message.vi).toBe('cột "Người nhận" không thuộc lược đồ: giá trị trong cột này không được nhập (ánh xạ bằng columns, hoặc tắt cảnh báo này bằng columns: { "Người nhận": null } hay unknownColumns: \'ignore\')')
    // mapped to null: ignored on purpose, no warning
    expect(importRecords(Schema, csv, { columns: { ...columns, STT: null } }).warnings.map((w) => w.column)).toEqual(['Người nhận'])
  })

  it('ignore silences the warnings; the old lenient is refused', () => {
    const r = importRecords(Schema, csv, { columns, unknownColumns: 'ignore' })
    expect(r.warnings).toEqual([])
    expect(r.records).toEqual(importRecords(Schema, csv, { columns }).records)
    expect(() => importRecords(Schema, csv, { columns, unknownColumns: 'lenient' as never })).toThrow('Invalid options.unknownColumns: "lenient"')
  })

  it('warns once per key for objects, and about kept columns a z.object strips', () => {
    const objects = [{ 'Ngày tiếp nhận': '20/12/2021', 'Số bản': '2', 'Ngày có kết quả': '21/12/2021' }, { 'Ngày tiếp nhận': '21/12/2021', 'Số bản': '3', 'Ngày có kết quả': '' }]
    const r = importRecords(Schema, objects, { columns })
    expect(r.stats.accepted).toBe(2)
    expect(r.warnings).toMatchObject([{ code: 'unknown_column', column: 'Ngày có kết quả' }])
    expect(r.warnings[0]).not.toHaveProperty('index')
    const kept = importRecords(Schema, csv, { columns, unknownColumns: 'keep' })
    expect(kept.warnings.map((w) => [w.code, w.column])).toEqual([['stripped_column', 'STT'], ['stripped_column', 'Người nhận']])
    expect(importRecords(z.looseObject(Schema.shape), csv, { columns, unknownColumns: 'keep' }).warnings).toEqual([])
  })

  it('warns about values in a column with no header', () => {
    const r = importRecords(Schema, 'Ngày tiếp nhận,Số bản,\n20/12/2021,2,\n21/12/2021,3,ghi chú\n', { columns })
    expect(r.stats.accepted).toBe(2)
    expect(r.warnings).toMatchObject([{ code: 'unnamed_column', column: '', index: 2 }])
  })

  it('strict reports unknown columns on the header and rejects rows with a value in them', () => {
    const r = importRecords(Schema, csv, { columns: { ...columns, STT: null }, unknownColumns: 'strict' })
    expect(r.issues.map((i) => [i.row, i.code, i.column, i.raw])).toEqual([
      [0, 'unknown_column', 'Người nhận', undefined],
      [2, 'unknown_column', 'Người nhận', 'Nguyễn Văn A'],
    ])
    expect(r.records).toEqual([{ receivedOn: '2021-12-20', copies: 2 }])
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1, blank: 0 })
  })

  it('keep hands unknown columns to the schema, which decides', () => {
    const loose = importRecords(z.looseObject(Schema.shape), csv, { columns, unknownColumns: 'keep' })
    expect(loose.records[1]).toEqual({ receivedOn: '2021-12-21', copies: 3, STT: '2', 'Người nhận': 'Nguyễn Văn A' })
    const strict = importRecords(z.strictObject(Schema.shape), csv, { columns, unknownColumns: 'keep' })
    expect(strict.stats.rejected).toBe(2)
    expect(strict.issues[0]!.code).toBe('unrecognized_keys')
    expect(strict.issues[0]!.message.vi).toBe('trường không được phép: STT')
  })

  it('a header named __proto__ or constructor is data, never a prototype', () => {
    const r = importRecords(z.looseObject({ n: vnCount() }), '__proto__,constructor,n\n{"x":1},y,1\n', { unknownColumns: 'keep' })
    expect(r.stats.accepted).toBe(1)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype)
  })
  it('defaults fill absent columns and empty cells, and go through the schema', () => {
    const S = z.object({ province: z.enum(['quang-ninh', 'hai-phong']), copies: vnCount() })
    const r = importRecords(S, 'Số bản\n2\n', { columns: { 'Số bản': 'copies' }, defaults: { province: 'quang-ninh' } })
    expect(r.records).toEqual([{ province: 'quang-ninh', copies: 2 }])
    const bad = importRecords(S, 'Số bản\n2\n', { columns: { 'Số bản': 'copies' }, defaults: { province: 'Quảng Ninh' } })
    expect(bad.issues).toMatchObject([{ row: 1, field: 'province', raw: 'Quảng Ninh', code: 'invalid_value' }])
    expect(bad.issues[0]).not.toHaveProperty('column')
  })

  it('reports a required field with no column on the header, then on every row', () => {
    const r = importRecords(Schema, 'Ngày tiếp nhận\n20/12/2021\n', { columns })
    expect(r.issues.map((i) => [i.row, i.code, i.field])).toEqual([[0, 'missing_column', 'copies'], [1, 'required', 'copies']])
  })

  it('maps dotted paths into nested objects and reports duplicate columns', () => {
    const S = z.object({ applicant: z.object({ name: vnText(), phone: z.string().regex(/^0\d{9}$/) }) })
    const r = importRecords(S, 'Họ tên,Số điện thoại,Điện thoại\nTrần Thị B,0912345678,\nLê C,091234567,0987654321\n', {
      columns: { 'Họ tên': 'applicant.name', 'Số điện thoại': 'applicant.phone', 'Điện thoại': 'applicant.phone' },
    })
    expect(r.records).toEqual([{ applicant: { name: 'Trần Thị B', phone: '0912345678' } }])
    expect(r.issues.map((i) => [i.row, i.code, i.field, i.column, i.raw])).toEqual([
      [0, 'duplicate_column', 'applicant.phone', 'Điện thoại', undefined],
      [2, 'duplicate_column', '', 'Điện thoại', '0987654321'],
      [2, 'invalid_format', 'applicant.phone', 'Số điện thoại', '091234567'],
    ])
  })

  it('reads rows of cells and JSON objects as well as CSV', () => {
    const rows = importRecords(Schema, [['Ngày tiếp nhận', 'Số bản'], ['20/12/2021', 50308], ['', ''], ['32/12/2021', '1']], { columns })
    expect(rows.records).toEqual([{ receivedOn: '2021-12-20', copies: 50308 }])
    expect(rows.issues).toMatchObject([{ row: 2, field: 'receivedOn', column: 'Ngày tiếp nhận', raw: '32/12/2021' }])
    expect(rows.issues[0]).not.toHaveProperty('line')
    expect(rows.stats).toEqual({ read: 2, accepted: 1, rejected: 1, blank: 1 })
    const json = JSON.parse('[{"Ngày tiếp nhận":"20/12/2021","Số bản":"50.308"},{"Ngày tiếp nhận":"20/12/2021","Số bản":-1}, 7]') as unknown[]
    const objects = importRecords(Schema, json, { columns })
    expect(objects.records).toEqual([{ receivedOn: '2021-12-20', copies: 50308 }])
    expect(objects.issues.map((i) => [i.row, i.code, i.raw])).toEqual([[2, 'vn-count', -1], [3, 'invalid_row', 7]])
    expect(objects.stats).toEqual({ read: 3, accepted: 1, rejected: 2, blank: 0 })
    expect(importRecords(Schema, [{ 'Số bản': '1' }, 'x'], { columns }).issues.map((i) => [i.row, i.code])).toEqual([[1, 'required'], [2, 'invalid_row']])
    expect(() => importRecords(Schema, ['Số bản\n', ['1']])).toThrow(TypeError) // rows mixed into text chunks: a programmer error
  })

  it('reads CSV without a header line when given one', () => {
    const r = importRecords(Schema, '20/12/2021,2\r\n', { header: ['receivedOn', 'copies'] })
    expect(r.records).toEqual([{ receivedOn: '2021-12-20', copies: 2 }])
  })

  it('reports an empty input', () => {
    expect(importRecords(Schema, '\ufeff')).toMatchObject({ records: [], issues: [{ row: 0, code: 'empty_input' }], stats: { read: 0 } })
    expect(importRecords(Schema, [])).toMatchObject({ issues: [{ row: 0, code: 'empty_input' }] })
    expect(importRecords(Schema, [['', ' ']])).toMatchObject({ issues: [{ row: 0, code: 'empty_input' }], stats: { blank: 1 } })
  })

  it('throws only on programmer errors', () => {
    expect(() => importRecords({} as z.ZodType, 'a\n1\n')).toThrow(TypeError)
    expect(() => importRecords(Schema, 42 as unknown as string)).toThrow(TypeError)
    expect(() => importRecords(Schema, 'a', { unknownColumns: 'loose' as 'strict' })).toThrow(RangeError)
    expect(() => importRecords(Schema, 'a', { columns: { A: '' } })).toThrow(RangeError)
    // a mapping to a field the schema does not have is a typo, not data
    expect(() => importRecords(Schema, 'a', { columns: { 'Ngày tiếp nhận': 'recievedOn' } })).toThrow(/recievedOn.*receivedOn, copies/)
    expect(() => importRecords(Schema, 'a', { defaults: { copie: '1' } })).toThrow(RangeError)
    expect(importRecords(z.looseObject(Schema.shape), 'X,receivedOn,copies\n1,20/12/2021,2\n', { columns: { X: 'extra' } }).records)
      .toEqual([{ extra: '1', receivedOn: '2021-12-20', copies: 2 }])
    expect(() => importRecords(Schema, 'a', { delimiter: '#' as ',' })).toThrow(RangeError)
    expect(() => importRecords(Schema, 'a', { maxRecordLength: -1 })).toThrow(RangeError)
    expect(() => importRecordsStream(Schema, 42 as unknown as string)).toThrow(TypeError)
    // a misspelt option would silently import leniently: refused, naming it
    expect(() => importRecords(Schema, 'a', { unknownColumn: 'strict' } as never))
      .toThrow('Unknown option "unknownColumn" of importRecords (did you mean "unknownColumns"?')
    expect(() => importRecordsStream(Schema, 'a', { column: {} } as never)).toThrow(/Unknown option "column" of importRecordsStream/)
    expect(() => importRecords(Schema, 'a', { unknownColumns: 'loose' } as never)).toThrow('Invalid options.unknownColumns: "loose"')
  })
})

describe('zod global configuration', () => {
  it('is neither read nor changed: the user’s own schemas keep zod’s messages', () => {
    const before = { ...z.config() }
    const own = z.object({ n: z.number() })
    const message = own.safeParse({ n: 'x' }).error!.issues[0]!.message
    const r = importRecords(z.object({ n: vnCount(), m: z.number() }), 'n,m\n-1,x\n')
    expect(r.issues.map((i) => i.message.vi)).toEqual(['số lượng không được âm (-1)', 'sai kiểu: cần số, nhận được chuỗi ký tự'])
    expect({ ...z.config() }).toEqual(before)
    expect(own.safeParse({ n: 'x' }).error!.issues[0]!.message).toBe(message)
    expect(message).toBe('Invalid input: expected number, received string')
    expect(vnCount().safeParse('-1').error!.issues[0]!.message).toBe('a count cannot be negative (-1)')
  })
})

describe('properties', () => {
  const Schema = z.object({ d: vnDate(), n: vnCount(), s: vnEnum(['a', 'b'], { a: 'Đúng hạn', b: 'Quá hạn' }), t: vnNumber().optional() })
  const cell = fc.oneof(
    fc.constantFrom('20/12/2021', '30/02/2024', '29/02/2024', 'ngày 05 tháng 01 năm 2020', '', ' ', '50.308', '-3', '1.5', '1,5', 'Đúng hạn', 'qua han', 'Tạm dừng'),
    fc.string({ unit: fc.constantFrom('a', 'ệ', ',', ';', '"', '\r', '\n', '1', '.', '/') }),
  )
  const quote = (f: string) => (/[",;\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)

  it('read = accepted + rejected, records = accepted, every rejected row has issues, for any table', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 12 }), fc.nat(30), (rows, cut) => {
        const text = `d,n,s,t\r\n${rows.map((r) => `${r.map(quote).join(',')}\r\n`).join('')}`
        const r = importRecords(Schema, text)
        expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)
        expect(r.records).toHaveLength(r.stats.accepted)
        const rejectedRows = new Set(r.issues.filter((i) => i.row > 0).map((i) => i.row))
        expect(rejectedRows.size).toBe(r.stats.rejected)
        expect(r.stats.read + r.stats.blank).toBe(rows.length)
        for (const i of r.issues) expect(i.message.vi && i.message.en).toBeTruthy()
        const chunked = importRecords(Schema, [text.slice(0, cut), text.slice(cut)])
        expect(chunked).toEqual(r)
      }),
    )
  })

  it('never throws on arbitrary text, and the counts still add up', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('d', 'n', 's', 't', ',', ';', '\t', '"', '\r', '\n', '\ufeff', '5', '/', 'ệ') }), (text) => {
        const r = importRecords(Schema, text)
        expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)
      }),
    )
  })

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (items) => {
        // the first item decides the kind of input: an object, so every later item is data
        const r = importRecords(Schema, [{ d: '20/12/2021' }, ...items]) as { stats: ImportStats; issues: ImportIssue[] }
        expect(r.stats.read).toBe(r.stats.accepted + r.stats.rejected)
      }),
    )
  })
})

describe('formatImportIssue', () => {
  it('writes where and why, in either language', () => {
    const r = importRecords(DossierRow, readFileSync(fixture('ho-so-co-loi.csv'), 'utf8'), { columns })
    expect(r.issues.map((i) => formatImportIssue(i))).toContain('Dòng 5 (dòng 7 của tệp), cột "Tên thủ tục": thiếu giá trị bắt buộc')
    expect(formatImportIssue(r.issues.find((i) => i.code === 'column_count')!, 'en')).toBe('Row 7 (line 10): the row has 4 cells but the header has 9 columns')
    const header = importRecords(z.object({ n: vnCount() }), 'm\n1\n').issues[0]!
    expect(formatImportIssue(header)).toBe('Dòng tiêu đề, trường "n": thiếu cột cho trường bắt buộc "n"; mọi dòng sẽ bị từ chối (ánh xạ tiêu đề bằng columns hoặc cho giá trị mặc định bằng defaults)')
    expect(() => formatImportIssue(header, 'fr' as 'en')).toThrow(RangeError)
  })
})

describe('odd items are rows with issues, never a crash or a silent loss', () => {
  const S = z.object({ a: z.string() })
  it('an array among objects (or an object among rows) is a rejected row', () => {
    const r = importRecords(S, [{ a: '1' }, ['x'], { a: '2' }])
    expect(r.stats).toMatchObject({ read: 3, accepted: 2, rejected: 1 })
    expect(r.issues).toEqual([expect.objectContaining({ row: 2, code: 'invalid_row', raw: ['x'] })])
    const rows = importRecords(S, [['a'], ['1'], { a: '2' }])
    expect(rows.stats).toMatchObject({ read: 2, accepted: 1, rejected: 1 })
  })
  it('a header whose toString is broken does not stop the import (fast-check counterexample)', () => {
    const r = importRecords(S, [[{ toString: false }]] as never)
    expect(r.stats.read).toBe(0)
    expect(r.issues[0]).toMatchObject({ row: 0, code: 'missing_column' })
  })
})

describe('bytes that are not text (issue 13)', () => {
  const Row = z.object({ code: z.string(), name: vnText() })
  const utf8 = (s: string) => new TextEncoder().encode(s)
  const head = 'code,name\r\n000.00.12.H40-240426-0001,Sở Tư pháp\r\n000.00.12.H40-240426-0002,H'
  // "à" in Windows-1258 is the single byte 0xE0: not UTF-8 before a space
  const bytes = new Uint8Array([...utf8(head), 0xe0, ...utf8(' Nội\r\n000.00.12.H40-240426-0003,Quảng Ninh\r\n')])
  const offset = utf8(head).length

  it('reports invalid UTF-8 with its byte offset and line, never U+FFFD in silence', () => {
    const r = importRecords(Row, bytes)
    expect(r.records).toEqual([{ code: '000.00.12.H40-240426-0001', name: 'Sở Tư pháp' }])
    expect(r.stats).toEqual({ read: 2, accepted: 1, rejected: 1, blank: 0 })
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]).toMatchObject({ row: 2, line: 3, code: 'invalid_encoding' })
    expect(r.issues[0]!.message.en).toContain(`byte 0xE0 at byte offset ${offset} (line 3) is not valid UTF-8`)
    expect(JSON.stringify(r)).not.toContain('\ufffd')
  })

  it('gives the same answer whatever the chunk boundaries, even inside a character', async () => {
    const whole = importRecords(Row, bytes)
    for (const size of [1, 2, 3, 7, 64]) {
      async function* chunks() { for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size) }
      expect(await importRecords(Row, chunks())).toEqual(whole)
    }
  })

  it('refuses a truncated character at the end, and bad bytes in the header', () => {
    const cut = importRecords(Row, new Uint8Array([...utf8('code,name\r\nH40,S'), 0xe1, 0xbb]))
    expect(cut.issues.map((i) => [i.row, i.line, i.code])).toEqual([[1, 2, 'invalid_encoding']])
    const header = importRecords(Row, new Uint8Array([0x63, 0xff, 0x0a, 0x41]))
    expect(header.issues.map((i) => [i.row, i.line, i.code])).toEqual([[0, 1, 'invalid_encoding']])
    expect(header.issues[0]!.message.en).toMatch(/^byte 0xFF at byte offset 1 \(line 1\)/)
  })

  it('decodes UTF-16 with a BOM (little- and big-endian) and reports a lone surrogate', () => {
    const text = 'code,name\r\n000.00.12.H40-240426-0001,Thái Bình\r\n'
    const utf16 = (le: boolean, s: string) => {
      const out = le ? [0xff, 0xfe] : [0xfe, 0xff]
      for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff])) }
      return new Uint8Array(out)
    }
    for (const le of [true, false]) {
      expect(importRecords(Row, utf16(le, text)).records).toEqual([{ code: '000.00.12.H40-240426-0001', name: 'Thái Bình' }])
    }
    const lone = utf16(true, 'code,name\r\nH40,\ud800x\r\n')
    const r = importRecords(Row, lone)
    expect(r.issues.map((i) => [i.row, i.line, i.code])).toEqual([[1, 2, 'invalid_encoding']])
    expect(r.issues[0]!.message.en).toMatch(/is not valid UTF-16 LE/)
  })
})
