// importRecords against what a user would write instead, on the same raw input a user has: one
// Vietnamese one-stop export as CSV text (BOM, CRLF, dates 20/12/2021, date-times 20/12/2021 15:30,
// counts 50.308 and 1.250.000, percentages 84,79%, labels with accents, without accents, in capitals
// and in NFD, quoted notes with commas and line breaks, and a few bad rows: an impossible date, an
// ambiguous count, an unknown status).
//
//   ours        importRecords(schema of hanhchinh/format codecs, csvText, { columns })
//   papa+zod    Papa.parse(csvText, { header: true }) + safeParse of a plain zod schema whose transforms
//               do the same conversions and checks (NFC + whitespace, dd/mm/yyyy → ISO with the day
//               checked, date-times → ISO +07:00, vi-VN counts with their grouping checked, percentages
//               → exact Decimal, labels → ids accent-insensitively)
//   json+zod    JSON.parse of the same rows as a JSON array of objects holding the same raw strings,
//               + the same plain zod schema
//   stream      importRecordsStream over the same text in 64 KiB chunks
//   lean        for reference, papaparse + a leaner schema that does less (no NFC or whitespace collapsing,
//               the percentage as a float): the same rows accepted, not the same values
//
// Before timing, the three outputs are compared record by record (same accepted rows, same values),
// so the baselines are checked to do the same work. Times are wall-clock medians of interleaved
// rounds (the order rotates each round). Then memory: importRecordsStream over a 1,000,000-row export
// generated on the fly, heapUsed sampled every 10,000 rows — the peak over the first 100,000 rows
// against the peak over all of them, and heapUsed after a forced GC at both points.
// Run: npm run bench -- format-import   (ROWS_LIST=30000,100000 ROUNDS=7 STREAM_ROWS=1000000)
import Papa from 'papaparse'
import { z } from 'zod'
import { Decimal } from '../src/core/decimal.js'
import { importRecords, importRecordsStream, vnCount, vnDate, vnDateTime, vnEnum, vnPercent, vnText } from '../src/format/index.js'

const ROWS_LIST = (process.env.ROWS_LIST ?? '30000,100000').split(',').map(Number)
const ROUNDS = Number(process.env.ROUNDS ?? 7)
const STREAM_ROWS = Number(process.env.STREAM_ROWS ?? 1_000_000)
const ONLY = process.env.ONLY // e.g. ONLY=importRecords with node --cpu-prof: only the contestants whose name contains it
const CHUNK = 64 * 1024

// ---- the export -----------------------------------------------------------------------------

const PROCEDURES = ['Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính', 'Cấp giấy phép xây dựng', 'Đăng ký kết hôn', 'Cấp phiếu lý lịch tư pháp']
const UNITS = ['UBND xã Quảng La', 'Sở Tư pháp', 'UBND phường Hồng Gai', 'Sở Xây dựng', 'Bộ phận Một cửa huyện Vân Đồn']
const STATUS_ID = ['received', 'processing', 'returned'] as const
const STATUS_VI = ['Đã tiếp nhận', 'Đang xử lý', 'Đã trả kết quả'] as const
const HEADER = ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Đơn vị', 'Ngày tiếp nhận', 'Thời điểm nộp', 'Hạn xử lý', 'Ngày trả kết quả', 'Số trang', 'Lệ phí (đồng)', 'Tỷ lệ đúng hạn', 'Trạng thái', 'Ghi chú']
const FIELDS = [null, 'code', 'procedure', 'unit', 'receivedOn', 'submittedAt', 'dueOn', 'returnedOn', 'pages', 'fee', 'onTimeRate', 'status', 'note'] as const

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))
const grouped = (n: number) => n.toLocaleString('vi-VN') // 1250000 → '1.250.000'

/** The raw cells of data row i, as the export writes them. */
function cells(i: number): string[] {
  const d = 1 + (i % 28), m = 1 + (i % 12), y = 2020 + (i % 5)
  const date = `${pad(d)}/${pad(m)}/${y}`
  const due = `${pad(1 + ((i + 9) % 28))}/${pad(m)}/${y}`
  const status = i % 3
  let statusText: string = STATUS_VI[status]!
  if (i % 50 === 7) statusText = 'da tra ket qua' // typed without accents
  else if (i % 50 === 9) statusText = STATUS_VI[status]!.toUpperCase()
  else if (i % 1013 === 5) statusText = 'Hủy' // not an accepted status: the row is rejected
  let procedure = PROCEDURES[i % PROCEDURES.length]!
  if (i % 100 === 11) procedure = procedure.normalize('NFD') // an NFD export
  else if (i % 100 === 13) procedure = ` ${procedure}  (bản sao) ` // stray spaces
  const note = i % 50 === 0 ? 'Bổ sung hồ sơ, lần 2\r\nchờ "bản gốc"' : i % 7 === 0 ? 'Trả qua bưu điện, công ích' : ''
  return [
    String(i + 1),
    `H40.22.10.01-${y}${pad(m)}${pad(d)}-${String(i % 10000).padStart(4, '0')}`,
    procedure,
    UNITS[i % UNITS.length]!,
    i % 997 === 3 ? `30/02/${y}` : date, // an impossible date: rejected
    `${date} ${pad(7 + (i % 10))}:${pad(i % 60)}`,
    due,
    status === 2 ? due : '',
    i % 1009 === 4 ? '1.5' : grouped(1 + ((i * 37) % 2500)), // '1.5' is ambiguous: rejected
    grouped(((i * 7919) % 400) * 5000),
    `${50 + (i % 50)},${pad(i % 100)}%`,
    statusText,
    note,
  ]
}

const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
const csvLine = (i: number) => `${cells(i).map(quote).join(',')}\r\n`
const csvText = (rows: number) => {
  const out = [`\ufeff${HEADER.join(',')}\r\n`]
  for (let i = 0; i < rows; i++) out.push(csvLine(i))
  return out.join('')
}
const jsonText = (rows: number) => {
  const out: Record<string, string>[] = []
  for (let i = 0; i < rows; i++) {
    const c = cells(i)
    const o: Record<string, string> = {}
    FIELDS.forEach((f, k) => { if (f !== null) o[f] = c[k]! })
    out.push(o)
  }
  return JSON.stringify(out)
}
const chunksOf = (text: string) => {
  const out: string[] = []
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK))
  return out
}

// ---- ours ---------------------------------------------------------------------------------------

const Ours = z.object({
  code: z.string().min(1),
  procedure: vnText(),
  unit: vnText(),
  receivedOn: vnDate(),
  submittedAt: vnDateTime(),
  dueOn: vnDate(),
  returnedOn: vnDate().optional(),
  pages: vnCount(),
  fee: vnCount(),
  onTimeRate: vnPercent(),
  status: vnEnum(STATUS_ID, { received: STATUS_VI[0], processing: STATUS_VI[1], returned: STATUS_VI[2] }),
  note: vnText().optional(),
})
const columns: Record<string, string | null> = {}
HEADER.forEach((h, k) => { columns[h] = FIELDS[k]! })

// ---- the plain zod schema a user would write ------------------------------------------------------

type Ctx = z.core.$RefinementCtx<string> | z.core.$RefinementCtx<string | undefined>
const bad = (ctx: Ctx, message: string) => { ctx.addIssue({ code: 'custom', message }); return z.NEVER }
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const DMY_HM = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/
const COUNT = /^(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)$/
const PERCENT = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?%?$/
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
function isoDay(d: string, m: string, y: string): string | undefined {
  const day = Number(d), month = Number(m), year = Number(y)
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined
  return `${y}-${pad(month)}-${pad(day)}`
}
const text = (s: string, ctx: Ctx) => {
  const t = s.normalize('NFC').replace(/[\s\u200b]+/g, ' ').trim()
  return t === '' ? bad(ctx, 'empty') : t
}
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
const STATUS_BY_LABEL = new Map<string, (typeof STATUS_ID)[number]>()
STATUS_ID.forEach((id, k) => {
  STATUS_BY_LABEL.set(id, id)
  STATUS_BY_LABEL.set(STATUS_VI[k]!.toLowerCase(), id)
  STATUS_BY_LABEL.set(fold(STATUS_VI[k]!), id)
})
const optional = <T>(read: (s: string, ctx: Ctx) => T) =>
  z.string().optional().transform((s, ctx) => (s === undefined || s.trim() === '' ? undefined : read(s.trim(), ctx)))
const required = <T>(read: (s: string, ctx: Ctx) => T) => z.string().transform((s, ctx) => read(s.trim(), ctx))
const date = (s: string, ctx: Ctx) => {
  const m = DMY.exec(s)
  return (m && isoDay(m[1]!, m[2]!, m[3]!)) ?? bad(ctx, 'not a date')
}
const Plain = z.object({
  code: z.string().trim().min(1),
  procedure: required(text),
  unit: required(text),
  receivedOn: required(date),
  submittedAt: required((s, ctx) => {
    const m = DMY_HM.exec(s)
    const day = m && isoDay(m[1]!, m[2]!, m[3]!)
    if (!m || !day || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return bad(ctx, 'not a date-time')
    return `${day}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}+07:00`
  }),
  dueOn: required(date),
  returnedOn: optional(date),
  pages: required((s, ctx) => (COUNT.test(s) ? Number(s.replace(/\./g, '')) : bad(ctx, 'not a count'))),
  fee: required((s, ctx) => (COUNT.test(s) ? Number(s.replace(/\./g, '')) : bad(ctx, 'not a count'))),
  onTimeRate: required((s, ctx) => {
    const m = PERCENT.exec(s)
    return m ? new Decimal(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`) : bad(ctx, 'not a percentage')
  }),
  status: required((s, ctx) => {
    const t = s.normalize('NFC').replace(/\s+/g, ' ')
    return STATUS_BY_LABEL.get(t.toLowerCase()) ?? STATUS_BY_LABEL.get(fold(t)) ?? bad(ctx, 'not a status')
  }),
  note: optional(text),
})
const header = new Map(HEADER.map((h, k) => [h, FIELDS[k] ?? h]))

// A leaner schema, for reference only: it does LESS than ours (no NFC, no whitespace collapsing, the
// percentage as a float, labels only lower-cased or folded) — the floor a hurried user might write.
const Lean = Plain.extend({
  procedure: required((s, ctx) => (s === '' ? bad(ctx, 'empty') : s)),
  unit: required((s, ctx) => (s === '' ? bad(ctx, 'empty') : s)),
  onTimeRate: required((s, ctx) => {
    const m = PERCENT.exec(s)
    return m ? Number(`${m[1]!.replace(/\./g, '')}${m[2] ? `.${m[2]}` : ''}`) : bad(ctx, 'not a percentage')
  }),
  status: required((s, ctx) => STATUS_BY_LABEL.get(s.toLowerCase()) ?? STATUS_BY_LABEL.get(fold(s)) ?? bad(ctx, 'not a status')),
  note: optional((s) => s),
})

// ---- the contestants ------------------------------------------------------------------------------

type Out = { records: unknown[]; rejected: number }
function ours(csv: string): Out {
  const r = importRecords(Ours, csv, { columns })
  return { records: r.records, rejected: r.stats.rejected }
}
function papaZod(csv: string, schema: z.ZodType = Plain): Out {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => header.get(h) ?? h })
  const records: unknown[] = []
  let rejected = 0
  for (const row of parsed.data) {
    const r = schema.safeParse(row)
    if (r.success) records.push(r.data)
    else rejected++
  }
  return { records, rejected }
}
function jsonZod(json: string): Out {
  const rows = JSON.parse(json) as unknown[]
  const records: unknown[] = []
  let rejected = 0
  for (const row of rows) {
    const r = Plain.safeParse(row)
    if (r.success) records.push(r.data)
    else rejected++
  }
  return { records, rejected }
}
async function stream(chunks: readonly string[]): Promise<Out> {
  const records: unknown[] = []
  let rejected = 0
  for await (const e of importRecordsStream(Ours, chunks, { columns })) {
    if (e.kind === 'record') records.push(e.record)
    else if (e.kind === 'rejected') rejected++
  }
  return { records, rejected }
}

const plainValue = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (x instanceof Decimal ? `D${x.toString()}` : x))
function same(a: Out, b: Out, what: string): void {
  if (a.records.length !== b.records.length || a.rejected !== b.rejected) {
    throw new Error(`${what}: ${a.records.length}/${a.rejected} accepted/rejected vs ${b.records.length}/${b.rejected}`)
  }
  for (let k = 0; k < a.records.length; k++) {
    const x = plainValue(a.records[k]), y = plainValue(b.records[k])
    if (x !== y) throw new Error(`${what}: record ${k} differs:\n  ${x}\n  ${y}`)
  }
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]! }
const gc = () => (globalThis as { gc?: () => void }).gc?.()

async function compare(rows: number): Promise<void> {
  const csv = csvText(rows)
  const json = jsonText(rows)
  const chunks = chunksOf(csv)
  const reference = ours(csv)
  same(reference, papaZod(csv), 'papaparse + zod')
  same(reference, jsonZod(json), 'JSON.parse + zod')
  same(reference, await stream(chunks), 'importRecordsStream')
  const lean = papaZod(csv, Lean)
  if (lean.records.length !== reference.records.length || lean.rejected !== reference.rejected) throw new Error('the lean schema accepts other rows')
  const contestants: [string, () => unknown][] = [
    ['importRecords (CSV text)', () => ours(csv)],
    ['papaparse + plain zod (CSV text)', () => papaZod(csv)],
    ['JSON.parse + plain zod (JSON text)', () => jsonZod(json)],
    ['importRecordsStream (64 KiB chunks)', () => stream(chunks)],
    ['papaparse + lean zod (does less)', () => papaZod(csv, Lean)],
  ]
  if (ONLY) for (let k = contestants.length - 1; k >= 0; k--) if (!contestants[k]![0].includes(ONLY)) contestants.splice(k, 1)
  const times = contestants.map(() => [] as number[])
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < contestants.length; k++) {
      const c = (k + round) % contestants.length
      gc()
      const t0 = performance.now()
      await contestants[c]![1]()
      times[c]!.push(performance.now() - t0)
    }
  }
  const med = times.map(median)
  console.log(`\n${rows.toLocaleString('en')} rows (${(csv.length / 1e6).toFixed(1)} M characters; ${reference.records.length.toLocaleString('en')} accepted, ${reference.rejected} rejected, the same in every contestant); median of ${ROUNDS} interleaved rounds`)
  contestants.forEach(([name], k) => {
    const rate = Math.round((rows / med[k]!) * 1000).toLocaleString('en')
    console.log(`  ${name.padEnd(38)} ${med[k]!.toFixed(0).padStart(6)} ms ${rate.padStart(9)} rows/s   ×${(med[k]! / (med[1] ?? NaN)).toFixed(2)} papaparse+zod   (min ${Math.min(...times[k]!).toFixed(0)} ms)`)
  })
  if (!ONLY) console.log(`  ratio importRecords / papaparse+zod: ×${(med[0]! / med[1]!).toFixed(2)}   / JSON.parse+zod: ×${(med[0]! / med[2]!).toFixed(2)}   stream / papaparse+zod: ×${(med[3]! / med[1]!).toFixed(2)}   importRecords / papaparse+lean zod: ×${(med[0]! / med[4]!).toFixed(2)}`)
}
// one function call per size: the texts of one size are garbage before the next (and before the memory test)
for (const rows of ROWS_LIST) await compare(rows)

// ---- memory of the streaming form -----------------------------------------------------------------

async function* generated(rows: number): AsyncGenerator<string> {
  let buf = `\ufeff${HEADER.join(',')}\r\n`
  for (let i = 0; i < rows; i++) {
    buf += csvLine(i)
    if (buf.length >= CHUNK) { yield buf; buf = '' }
  }
  if (buf) yield buf
}
if (STREAM_ROWS > 0) {
  const heap = () => process.memoryUsage().heapUsed / 1e6
  gc()
  const start = heap()
  let peak100k = start, peak = start, at100k = 0, n = 0
  const t0 = performance.now()
  const events = importRecordsStream(Ours, generated(STREAM_ROWS), { columns })
  let step = await events.next()
  while (!step.done) {
    const e = step.value
    if (e.kind === 'record' || e.kind === 'rejected') {
      if (++n % 10_000 === 0) {
        const h = heap()
        if (h > peak) peak = h
        if (n <= 100_000 && h > peak100k) peak100k = h
        if (n === 100_000) { gc(); at100k = heap() }
      }
    }
    step = await events.next()
  }
  const ms = performance.now() - t0
  gc()
  const end = heap()
  if (step.value.read !== STREAM_ROWS) throw new Error(`read ${step.value.read}`)
  console.log(`\nimportRecordsStream, ${STREAM_ROWS.toLocaleString('en')} rows generated on the fly in 64 KiB chunks: ${(ms / 1000).toFixed(1)} s, ${Math.round((STREAM_ROWS / ms) * 1000).toLocaleString('en')} rows/s (generation included)`)
  console.log(`  heapUsed: start ${start.toFixed(1)} MB; peak over the first 100k rows ${peak100k.toFixed(1)} MB, over all ${peak.toFixed(1)} MB (×${(peak / peak100k).toFixed(2)}); after GC at 100k ${at100k.toFixed(1)} MB, at the end ${end.toFixed(1)} MB (${(end - at100k >= 0 ? '+' : '')}${(end - at100k).toFixed(1)} MB)`)
}
