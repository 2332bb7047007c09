// XLSX library candidates for hanhchinh/tables (toXlsx) and the Excel import of issue 14, measured in
// one run on the same generated 100,000-row × 8-column dossier table: write time and peak memory
// (each in its own process, so one library's heap does not count against another), read time and
// peak memory of the same file, and the workbook size. Candidates other than our own writer are not
// dependencies of the project: install them in a separate folder and point XLSX_EVAL_DIR at it —
//   mkdir /tmp/xlsx-eval && cd /tmp/xlsx-eval && npm init -y && npm i exceljs xlsx write-excel-file read-excel-file @zurmokeeper/exceljs
//   XLSX_EVAL_DIR=/tmp/xlsx-eval npm run bench -- tables-xlsx
// Baseline: toCsv of the same table (the cheapest way out of the same rows), so ratios are stable
// across machines. Results and the decision: docs/xlsx-choice.md.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toCsv, toXlsx, type Table } from '../src/tables/index.js'
import { readXlsx } from '../tests/tables/xlsx-reader.js'

const ROWS = Number(process.env.ROWS ?? 100_000)
const EVAL = process.env.XLSX_EVAL_DIR
const OUT = join(process.env.TMPDIR ?? '/tmp', 'hanhchinh-xlsx-bench')
const SELF = fileURLToPath(import.meta.url)

const PROCEDURES = ['Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính', 'Cấp giấy phép xây dựng', 'Đăng ký kết hôn', 'Cấp phiếu lý lịch tư pháp']
const UNITS = ['UBND xã Quảng La', 'Sở Tư pháp', 'UBND phường Hồng Gai', 'Sở Xây dựng']

function table(rows: number): Table {
  const data: Table['rows'] = []
  for (let i = 0; i < rows; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0')
    const m = String(1 + (i % 12)).padStart(2, '0')
    data.push({
      code: `000.00.12.H40-2604${d}-${String(i % 10000).padStart(4, '0')}`,
      procedure: PROCEDURES[i % PROCEDURES.length]!,
      unit: UNITS[i % UNITS.length]!,
      received: `2026-${m}-${d}`,
      finished: `2026-${m}-${d}T${String(7 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00+07:00`,
      days: i % 30,
      fee: (i % 7) * 12500.5,
      rate: (i % 10000) / 100,
    })
  }
  const col = (id: string, vi: string, en: string, type: Table['columns'][number]['type']) => ({ id, label: { vi, en }, type })
  return {
    title: { vi: 'Hồ sơ tháng 4/2026', en: 'Dossiers, April 2026' },
    columns: [
      col('code', 'Mã hồ sơ', 'Dossier code', 'text'), col('procedure', 'Thủ tục', 'Procedure', 'text'), col('unit', 'Đơn vị', 'Unit', 'text'),
      col('received', 'Ngày tiếp nhận', 'Received', 'date'), col('finished', 'Thời điểm trả', 'Returned at', 'datetime'),
      col('days', 'Số ngày', 'Days', 'integer'), col('fee', 'Lệ phí', 'Fee', 'decimal'), col('rate', 'Tỷ lệ', 'Rate', 'percent'),
    ],
    rows: data,
  }
}

// Plain rows for the other libraries: JS Dates for date cells (their only date type).
function plain(t: Table): unknown[][] {
  return t.rows.map((r) => [r.code, r.procedure, r.unit, new Date(`${r.received as string}T00:00:00Z`), new Date(r.finished as string), r.days, r.fee, (r.rate as number) / 100])
}

type Job = () => Promise<Uint8Array | number | void>

function jobs(req: NodeJS.Require | undefined): Record<string, Job> {
  const t = table(ROWS)
  const headers = t.columns.map((c) => c.label.vi)
  const file = (name: string) => readFileSync(join(OUT, name))
  const exceljsWrite = (pkg: string) => async () => {
    const ExcelJS = req!(pkg)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Hồ sơ')
    ws.addRow(headers)
    ws.addRows(plain(t))
    return new Uint8Array(await wb.xlsx.writeBuffer())
  }
  const exceljsRead = (pkg: string) => async () => {
    const ExcelJS = req!(pkg)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file('exceljs.xlsx'))
    let n = 0
    wb.worksheets[0].eachRow(() => { n++ })
    return n
  }
  return {
    'csv baseline (toCsv)': async () => new TextEncoder().encode(toCsv(t)),
    'hanhchinh toXlsx (fflate)': async () => toXlsx(t),
    'exceljs write': exceljsWrite('exceljs'),
    '@zurmokeeper/exceljs write': exceljsWrite('@zurmokeeper/exceljs'),
    'xlsx (SheetJS) write': async () => {
      const X = req!('xlsx')
      const ws = X.utils.aoa_to_sheet([headers, ...plain(t)], { cellDates: true })
      const wb = X.utils.book_new()
      X.utils.book_append_sheet(wb, ws, 'Hồ sơ')
      return new Uint8Array(X.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }))
    },
    'write-excel-file write': async () => {
      const write = req!('write-excel-file/node').default ?? req!('write-excel-file/node')
      const formats = [undefined, undefined, undefined, 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', '#,##0', undefined, '0.00%']
      const data = [headers.map((h) => ({ value: h, fontWeight: 'bold' })), ...plain(t).map((r) => r.map((v, k) => ({ value: v, ...(formats[k] ? { format: formats[k] } : {}) })))]
      return new Uint8Array(await write(data).toBuffer())
    },
    'read: fflate + small reader (tests/tables/xlsx-reader.ts)': async () => readXlsx(file('exceljs.xlsx'))[0]!.rows.size,
    'read: exceljs': exceljsRead('exceljs'),
    'read: @zurmokeeper/exceljs': exceljsRead('@zurmokeeper/exceljs'),
    'read: xlsx (SheetJS)': async () => {
      const X = req!('xlsx')
      const wb = X.read(file('exceljs.xlsx'), { cellDates: true })
      return X.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 }).length
    },
    'read: read-excel-file': async () => {
      const read = req!('read-excel-file/node').default ?? req!('read-excel-file/node')
      const sheets = await read(file('exceljs.xlsx'))
      return (Array.isArray(sheets[0]?.data) ? sheets[0].data : sheets).length
    },
  }
}

async function one(name: string): Promise<void> {
  const req = EVAL ? createRequire(join(EVAL, 'package.json')) : undefined
  const job = jobs(req)[name]!
  ;(globalThis as { gc?: () => void }).gc?.()
  const base = process.memoryUsage().rss
  const start = performance.now()
  const result = await job()
  const ms = performance.now() - start
  const peak = process.resourceUsage().maxRSS * 1024
  if (result instanceof Uint8Array && name.includes('exceljs write') && !name.includes('zurmo')) writeFileSync(join(OUT, 'exceljs.xlsx'), result)
  console.log(JSON.stringify({ ms, peakMB: peak / 2 ** 20, aboveBaseMB: (peak - base) / 2 ** 20, bytes: result instanceof Uint8Array ? result.length : undefined, rows: typeof result === 'number' ? result : undefined }))
}

function main(): void {
  mkdirSync(OUT, { recursive: true })
  const names = Object.keys(jobs(undefined))
  console.log(`${ROWS.toLocaleString('en')} rows × 8 columns; each measurement in its own process (time of the call; peak RSS of the process)`)
  const results = new Map<string, { ms: number; peakMB: number; aboveBaseMB: number; bytes?: number }>()
  for (const name of names) {
    const needsEval = !name.startsWith('csv') && !name.startsWith('hanhchinh')
    if (needsEval && !EVAL) { console.log(`  ${name.padEnd(58)} skipped (set XLSX_EVAL_DIR)`); continue }
    if (name.startsWith('read') && !existsSync(join(OUT, 'exceljs.xlsx'))) { console.log(`  ${name.padEnd(58)} skipped (no exceljs-written file)`); continue }
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', SELF, '--one', name], { encoding: 'utf8', env: process.env })
    const line = r.stdout.trim().split('\n').pop() ?? ''
    if (r.status !== 0 || !line.startsWith('{')) { console.log(`  ${name.padEnd(58)} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' | ')}`); continue }
    results.set(name, JSON.parse(line))
  }
  const base = results.get('csv baseline (toCsv)')
  for (const [name, r] of results) {
    const ratio = base ? ` ×${(r.ms / base.ms).toFixed(2)} of baseline` : ''
    const size = r.bytes ? `  ${(r.bytes / 2 ** 20).toFixed(2)} MiB out` : ''
    console.log(`  ${name.padEnd(58)} ${r.ms.toFixed(0).padStart(6)} ms${ratio}  peak RSS ${r.peakMB.toFixed(0)} MiB${size}`)
  }
}

if (process.argv[2] === '--one') await one(process.argv[3]!)
else main()
