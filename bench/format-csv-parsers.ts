// CSV parser candidates for `importRecords`, measured on the same generated
// 200,000-row Vietnamese dossier export (BOM, CRLF, quoted fields with commas
// and line breaks), in one run: csv-parse 6.1.0, papaparse 5.5.3 and the
// library's own incremental CsvReader, each whole-text and fed in 64 KiB
// chunks (the streaming case). Baseline: String.prototype.split on lines and
// commas (not a correct CSV parser — the floor). Run: npm run bench -- csv-parsers
import { Readable } from 'node:stream'
import { parse as csvParseStream } from 'csv-parse'
import { parse as csvParseSync } from 'csv-parse/sync'
import Papa from 'papaparse'
import { CsvReader, readCsv } from '../src/format/index.js'

const ROWS = Number(process.env.ROWS ?? 200_000)
const CHUNK = 64 * 1024

const PROCEDURES = ['Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính', 'Cấp giấy phép xây dựng', 'Đăng ký kết hôn', 'Cấp phiếu lý lịch tư pháp']
const UNITS = ['UBND xã Quảng La', 'Sở Tư pháp', 'UBND phường Hồng Gai', 'Sở Xây dựng']
const STATUSES = ['Đã trả kết quả', 'Đang xử lý', 'Đã tiếp nhận']

function generate(rows: number): string {
  const out: string[] = ['\ufeffMã hồ sơ,Tên thủ tục,Đơn vị,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả,Trạng thái,Số trang,Ghi chú']
  for (let i = 0; i < rows; i++) {
    const d = 1 + (i % 28)
    const m = 1 + (i % 12)
    const note = i % 50 === 0 ? '"Bổ sung hồ sơ, lần 2\r\nchờ ""bản gốc"""' : i % 7 === 0 ? '"Trả qua bưu điện, công ích"' : ''
    out.push([
      `000.00.12.H40-2404${String(d).padStart(2, '0')}-${String(i % 10000).padStart(4, '0')}`,
      PROCEDURES[i % PROCEDURES.length], UNITS[i % UNITS.length],
      `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2024`,
      `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2024`,
      i % 3 === 0 ? '' : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2024`,
      STATUSES[i % STATUSES.length], `${1 + (i % 40)}.${String(i % 1000).padStart(3, '0')}`, note,
    ].join(','))
  }
  return `${out.join('\r\n')}\r\n`
}

function chunks(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK))
  return out
}

async function time(name: string, fn: () => number | Promise<number>): Promise<{ name: string; ms: number; records: number }> {
  globalThis.gc?.()
  let best = Infinity
  let records = 0
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now()
    records = await fn()
    best = Math.min(best, performance.now() - t0)
  }
  return { name, ms: best, records }
}

const text = generate(ROWS)
const parts = chunks(text)
console.log(`${ROWS.toLocaleString('en')} data rows, ${(text.length / 1e6).toFixed(1)} M characters, ${parts.length} chunks of 64 KiB`)

const results = [
  await time('baseline: split lines and commas (not CSV-correct)', () => {
    let n = 0
    for (const line of text.split('\r\n')) if (line.split(',').length) n++
    return n
  }),
  await time('csv-parse/sync, whole text', () => csvParseSync(text, { bom: true, relax_column_count: true }).length),
  await time('csv-parse/sync, whole text, info (line numbers)', () => csvParseSync(text, { bom: true, relax_column_count: true, info: true }).length),
  await time('csv-parse stream, 64 KiB chunks, info', async () => {
    let n = 0
    const parser = Readable.from(parts).pipe(csvParseStream({ bom: true, relax_column_count: true, info: true }))
    for await (const _ of parser) n++
    return n
  }),
  await time('papaparse, whole text', () => Papa.parse<string[]>(text, { delimiter: ',' }).data.length),
  await time('papaparse Parser, 64 KiB chunks (ChunkStreamer scheme)', () => {
    const parser = new Papa.Parser({ delimiter: ',', newline: '\r\n' })
    let n = 0
    let partial = ''
    let base = 0
    for (const [k, part] of parts.entries()) {
      const input = partial + part
      const last = k === parts.length - 1
      const r = parser.parse(input, base, !last) as { data: unknown[]; meta: { cursor: number } }
      n += r.data.length
      partial = input.substring(r.meta.cursor - base)
      base = r.meta.cursor
    }
    return n
  }),
  await time('hanhchinh readCsv, whole text (line numbers, delimiter detection)', () => readCsv(text).length),
  await time('hanhchinh CsvReader, 64 KiB chunks', () => {
    const reader = new CsvReader()
    let n = 0
    const count = () => { n++ }
    for (const part of parts) reader.push(part, count)
    reader.end(count)
    return n
  }),
]

const baseline = results[0]!.ms
const papaChunked = results.find((r) => r.name.startsWith('papaparse Parser'))!.ms
const csvParseChunked = results.find((r) => r.name.startsWith('csv-parse stream'))!.ms
for (const r of results) {
  const rate = Math.round((ROWS / r.ms) * 1000)
  console.log(`${r.name.padEnd(68)} ${r.ms.toFixed(0).padStart(6)} ms  ${rate.toLocaleString('en').padStart(11)} rows/s  ×${(r.ms / baseline).toFixed(2)} baseline  (${r.records} records)`)
}
console.log(`ratio csv-parse stream / papaparse chunked: ${(csvParseChunked / papaChunked).toFixed(2)}`)
const own = results.at(-1)!.ms
console.log(`ratio csv-parse stream / CsvReader chunked: ${(csvParseChunked / own).toFixed(2)}; papaparse chunked / CsvReader chunked: ${(papaChunked / own).toFixed(2)}`)
