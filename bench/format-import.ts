// importRecordsStream on a 1,000,000-row Vietnamese dossier CSV generated on
// the fly as an async iterable of 64 KiB text chunks (never held in memory),
// beside two baselines from the same run:
//   A. the same CSV read with CsvReader only (parsing, no validation);
//   B. the same rows as JSON lines with ISO dates and numbers, JSON.parse +
//      zod safeParse of the strict schema (what typed data costs to validate).
// Prints rows/s, the ratios, and heapUsed after 100k rows and at the end
// (memory must stay flat: nothing is collected). Run: npm run bench -- format-import
import { z } from 'zod'
import { IsoDateSchema } from '../src/core/index.js'
import { CsvReader, importRecordsStream, vnCount, vnDate, vnEnum, vnText } from '../src/format/index.js'

const ROWS = Number(process.env.ROWS ?? 1_000_000)
const CHUNK = 64 * 1024
const PROCEDURES = ['Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính', 'Cấp giấy phép xây dựng', 'Đăng ký kết hôn', 'Cấp phiếu lý lịch tư pháp']
const STATUS_VI = ['Đã tiếp nhận', 'Đang xử lý', 'Đã trả kết quả'] as const
const STATUS_ID = ['received', 'processing', 'returned'] as const

const pad = (n: number) => String(n).padStart(2, '0')

function row(i: number): { code: string; procedure: string; d: number; m: number; status: number; copies: number; note: string } {
  return {
    code: `H40.22.10.01-24${pad(1 + (i % 12))}${pad(1 + (i % 28))}-${String(i % 10000).padStart(4, '0')}`,
    procedure: PROCEDURES[i % PROCEDURES.length]!,
    d: 1 + (i % 28), m: 1 + (i % 12), status: i % 3, copies: 1 + (i % 2000),
    note: i % 50 === 0 ? 'Bổ sung hồ sơ, lần 2\r\nchờ "bản gốc"' : '',
  }
}

function csvLine(i: number): string {
  const r = row(i)
  const date = `${pad(r.d)}/${pad(r.m)}/2024`
  const copies = r.copies >= 1000 ? `${Math.floor(r.copies / 1000)}.${String(r.copies % 1000).padStart(3, '0')}` : String(r.copies)
  const note = r.note ? `"${r.note.replace(/"/g, '""')}"` : ''
  return `${i + 1},${r.code},${r.procedure},${date},${date},${r.status === 2 ? date : ''},${copies},${STATUS_VI[r.status]},${note}\r\n`
}

async function* csvChunks(rows: number): AsyncGenerator<string> {
  let buf = '\ufeffSTT,Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả,Số bản,Trạng thái,Ghi chú\r\n'
  for (let i = 0; i < rows; i++) {
    buf += csvLine(i)
    if (buf.length >= CHUNK) { yield buf; buf = '' }
  }
  if (buf) yield buf
}

function* jsonLines(rows: number): Generator<string> {
  for (let i = 0; i < rows; i++) {
    const r = row(i)
    const date = `2024-${pad(r.m)}-${pad(r.d)}`
    yield JSON.stringify({
      code: r.code, procedure: r.procedure, receivedOn: date, dueOn: date, ...(r.status === 2 ? { returnedOn: date } : {}),
      copies: r.copies, status: STATUS_ID[r.status], ...(r.note ? { note: r.note } : {}),
    })
  }
}

const ImportSchema = z.object({
  code: z.string().min(1),
  procedure: vnText(),
  receivedOn: vnDate(),
  dueOn: vnDate(),
  returnedOn: vnDate().optional(),
  copies: vnCount(),
  status: vnEnum(STATUS_ID, { received: STATUS_VI[0], processing: STATUS_VI[1], returned: STATUS_VI[2] }),
  note: z.string().optional(),
})
const StrictSchema = z.object({
  code: z.string().min(1),
  procedure: z.string().min(1),
  receivedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  returnedOn: IsoDateSchema.optional(),
  copies: z.number().int().nonnegative(),
  status: z.enum(STATUS_ID),
  note: z.string().optional(),
})
const columns = {
  'Mã hồ sơ': 'code', 'Tên thủ tục': 'procedure', 'Ngày tiếp nhận': 'receivedOn', 'Hạn xử lý': 'dueOn',
  'Ngày trả kết quả': 'returnedOn', 'Số bản': 'copies', 'Trạng thái': 'status', 'Ghi chú': 'note', STT: null,
}

const heapMb = () => process.memoryUsage().heapUsed / 1e6
const gc = () => (globalThis as { gc?: () => void }).gc?.()

// A: parse only
gc()
let t0 = performance.now()
{
  const reader = new CsvReader()
  let n = 0
  const count = () => { n++ }
  for await (const chunk of csvChunks(ROWS)) reader.push(chunk, count)
  reader.end(count)
  if (n !== ROWS + 1) throw new Error(`parsed ${n} records`)
}
const parseMs = performance.now() - t0

// B: JSON.parse + strict safeParse
gc()
t0 = performance.now()
{
  let ok = 0
  for (const line of jsonLines(ROWS)) if (StrictSchema.safeParse(JSON.parse(line)).success) ok++
  if (ok !== ROWS) throw new Error(`strict baseline accepted ${ok}`)
}
const jsonMs = performance.now() - t0

// importRecordsStream
gc()
const heapStart = heapMb()
let heapAt100k = 0
let peak = heapStart
t0 = performance.now()
let accepted = 0
let copies = 0
const stream = importRecordsStream(ImportSchema, csvChunks(ROWS), { columns })
let step = await stream.next()
while (!step.done) {
  const e = step.value
  if (e.kind === 'record') {
    accepted++
    copies += e.record.copies
    if (accepted % 10_000 === 0) {
      const h = heapMb()
      if (h > peak) peak = h
      if (accepted === 100_000) { gc(); heapAt100k = heapMb() }
    }
  } else if (e.kind === 'rejected') {
    throw new Error(`row ${e.row} rejected: ${JSON.stringify(e.issues)}`)
  }
  step = await stream.next()
}
const importMs = performance.now() - t0
gc()
const heapEnd = heapMb()
const stats = step.value
if (stats.read !== ROWS || stats.accepted !== ROWS) throw new Error(`stats ${JSON.stringify(stats)}`)

const rate = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString('en').padStart(10)
console.log(`${ROWS.toLocaleString('en')} rows (CSV generated on the fly in 64 KiB chunks; ${copies.toLocaleString('en')} copies in total)`)
console.log(`baseline A  CsvReader parse only                 ${(parseMs / 1000).toFixed(1).padStart(6)} s ${rate(parseMs)} rows/s`)
console.log(`baseline B  JSON.parse + zod strict safeParse     ${(jsonMs / 1000).toFixed(1).padStart(6)} s ${rate(jsonMs)} rows/s`)
console.log(`importRecordsStream (parse + codecs + mapping)    ${(importMs / 1000).toFixed(1).padStart(6)} s ${rate(importMs)} rows/s`)
console.log(`ratio import / A: ×${(importMs / parseMs).toFixed(2)}   import / B: ×${(importMs / jsonMs).toFixed(2)}`)
console.log(`heapUsed: start ${heapStart.toFixed(1)} MB, after 100k rows ${heapAt100k.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, after ${ROWS.toLocaleString('en')} rows ${heapEnd.toFixed(1)} MB (end/100k ×${(heapEnd / heapAt100k).toFixed(2)})`)
