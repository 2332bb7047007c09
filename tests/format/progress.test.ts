import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { importRecords, importRecordsStream, vnCount, vnDate, vnEnum, type ImportProgress } from 'hanhchinh/format'
import { toXlsx } from 'hanhchinh/tables'

const Row = z.object({
  code: z.string().min(1),
  receivedOn: vnDate(),
  pages: vnCount(),
  status: vnEnum(['received', 'returned'], { received: 'Đã tiếp nhận', returned: 'Đã trả kết quả' }),
})
const columns = { 'Mã hồ sơ': 'code', 'Ngày tiếp nhận': 'receivedOn', 'Số trang': 'pages', 'Trạng thái': 'status' }
const pad = (n: number) => String(n).padStart(2, '0')
// 60,000 rows; every 997th has 30/02/2024, which does not exist
const ROWS = 60_000
let csv = 'Mã hồ sơ;Ngày tiếp nhận;Số trang;Trạng thái;Ghi chú\r\n'
for (let i = 0; i < ROWS; i++) {
  const date = i % 997 === 0 ? '30/02/2024' : `${pad(1 + (i % 28))}/${pad(1 + (i % 12))}/2024`
  csv += `H40.22-24${pad(1 + (i % 12))}-${String(i).padStart(5, '0')};${date};${1 + (i % 1500)};${i % 2 ? 'Đã tiếp nhận' : 'Đã trả kết quả'};\r\n`
}

function checkSeries(calls: ImportProgress[], total: { read: number; accepted: number; rejected: number }, size: number): void {
  expect(calls.length).toBeGreaterThan(1)
  for (let k = 1; k < calls.length; k++) {
    expect(calls[k]!.rows).toBeGreaterThanOrEqual(calls[k - 1]!.rows)
    expect(calls[k]!.bytes).toBeGreaterThanOrEqual(calls[k - 1]!.bytes)
  }
  for (const c of calls) expect(c.rows).toBe(c.accepted + c.rejected)
  // throttled: never more than one call per 5,000 rows or 64 KiB of input, plus the last
  expect(calls.length).toBeLessThanOrEqual(Math.ceil(total.read / 5000) + Math.ceil(size / 65536) + 1)
  expect(calls.at(-1)).toEqual({ rows: total.read, bytes: size, accepted: total.accepted, rejected: total.rejected })
}

describe('onProgress', () => {
  const plain = importRecords(Row, csv, { columns })

  it('fires during a 60,000-row CSV import, throttled, and the result is identical without it', () => {
    const calls: ImportProgress[] = []
    const r = importRecords(Row, csv, { columns, onProgress: (p) => calls.push(p) })
    expect(plain.stats).toEqual({ read: ROWS, accepted: ROWS - 61, rejected: 61, blank: 0 })
    expect(r).toEqual(plain)
    checkSeries(calls, r.stats, csv.length)
    // bytes: the same through UTF-8 bytes, where it counts bytes
    const bytes = new TextEncoder().encode(csv)
    const byteCalls: ImportProgress[] = []
    expect(importRecords(Row, bytes, { columns, onProgress: (p) => byteCalls.push(p) })).toEqual(plain)
    checkSeries(byteCalls, plain.stats, bytes.length)
  })

  it('fires on streams and on objects, with the same events', async () => {
    async function* chunks() { for (let i = 0; i < csv.length; i += 40_000) yield csv.slice(i, i + 40_000) }
    const calls: ImportProgress[] = []
    let records = 0
    const it = importRecordsStream(Row, chunks(), { columns, onProgress: (p) => calls.push(p) })
    let step = await it.next()
    while (!step.done) { if (step.value.kind === 'record') records++; step = await it.next() }
    expect(records).toBe(plain.stats.accepted)
    expect(step.value).toEqual(plain.stats)
    checkSeries(calls, plain.stats, csv.length)
    const objects = plain.records.slice(0, 12_000).map((r) => ({ 'Mã hồ sơ': r.code, 'Ngày tiếp nhận': r.receivedOn, 'Số trang': r.pages, 'Trạng thái': r.status }))
    const objectCalls: ImportProgress[] = []
    const o = importRecords(Row, objects, { columns, onProgress: (p) => objectCalls.push(p) })
    expect(objectCalls.map((c) => c.rows)).toEqual([5000, 10_000, 12_000])
    expect(o.stats.accepted).toBe(12_000)
  })

  it('fires on a workbook', async () => {
    const table = {
      title: { vi: 'Hồ sơ', en: 'Dossiers' },
      columns: [
        { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Code' }, type: 'text' as const },
        { id: 'receivedOn', label: { vi: 'Ngày tiếp nhận', en: 'Received' }, type: 'date' as const },
        { id: 'pages', label: { vi: 'Số trang', en: 'Pages' }, type: 'integer' as const },
        { id: 'status', label: { vi: 'Trạng thái', en: 'Status' }, type: 'text' as const },
      ],
      rows: plain.records.slice(0, 12_000).map((r) => ({ ...r, status: r.status === 'received' ? 'Đã tiếp nhận' : 'Đã trả kết quả' })),
    }
    const bytes = toXlsx(table, { language: 'vi' })
    const calls: ImportProgress[] = []
    const r = await importRecords(Row, bytes, { format: 'xlsx', columns, onProgress: (p) => calls.push(p) })
    expect(r.records).toEqual(plain.records.slice(0, 12_000))
    expect(r).toEqual(await importRecords(Row, bytes, { format: 'xlsx', columns }))
    checkSeries(calls, r.stats, bytes.length)
  })

  it('a throwing callback stops the import and propagates', async () => {
    const boom = new Error('hủy')
    expect(() => importRecords(Row, csv, { columns, onProgress: () => { throw boom } })).toThrow(boom)
    await expect(importRecords(Row, (async function* () { yield csv })(), { columns, onProgress: () => { throw boom } })).rejects.toBe(boom)
    expect(() => importRecords(Row, csv, { columns, onProgress: 'yes' as never })).toThrow('Invalid type for options.onProgress')
  })
})

describe('header: { row } for CSV and rows', () => {
  it('skips a title block above the header', () => {
    const text = 'DANH SÁCH HỒ SƠ;;;\r\nTháng 3/2026;;;\r\n\r\nMã hồ sơ;Ngày tiếp nhận;Số trang;Trạng thái\r\nH40-0001;02/03/2026;3;Đã tiếp nhận\r\nH40-0002;30/02/2026;3;Đã tiếp nhận\r\n'
    const r = importRecords(Row, text, { columns, header: { row: 4 } })
    expect(r.records).toEqual([{ code: 'H40-0001', receivedOn: '2026-03-02', pages: 3, status: 'received' }])
    expect(r.issues).toMatchObject([{ row: 2, line: 6, field: 'receivedOn', code: 'vn-date' }])
    const rows = importRecords(Row, [['Báo cáo'], ['Mã hồ sơ', 'Ngày tiếp nhận', 'Số trang', 'Trạng thái'], ['H40-0001', '02/03/2026', '3', 'Đã tiếp nhận']], { columns, header: { row: 2 } })
    expect(rows.records).toHaveLength(1)
    expect(() => importRecords(Row, text, { header: { row: 2, line: 3 } as never })).toThrow('Unknown option "line"')
  })
})
