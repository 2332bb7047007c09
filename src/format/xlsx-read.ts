// The Excel (.xlsx) reader of importRecords / importRecordsStream with format: 'xlsx'. It is its own module,
// loaded by a dynamic import() only when a workbook is imported, so that bundles that never read Excel carry
// neither it nor fflate. ZIP: the central directory is read by hand and each part inflated with fflate's
// streaming Inflate under one byte budget (MAX_XLSX_UNCOMPRESSED_BYTES). The sheet XML is inflated in 16 KiB
// slices and parsed row by row as it comes, so memory holds the file, the shared strings and one slice of rows.
import { Inflate } from 'fflate'
import { Decimal } from '../core/decimal.js'
import type { Label } from '../core/label.js'
import type { ImportEngine, SheetCellError } from './import-engine.js'
import type { ImportEvent } from './import-types.js'
import { normalizeVietnamese } from './text.js'
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './xlsx-limits.js'

type Emit = (event: ImportEvent<unknown>) => void

/** A workbook that cannot be read: the code and message of the issue that reports it. */
export class XlsxError extends Error {
  constructor(readonly code: 'xlsx_invalid' | 'xlsx_too_large' | 'xlsx_sheet', readonly label: Label) {
    super(label.en)
  }
}

const invalid = (vi: string, en: string) => new XlsxError('xlsx_invalid', {
  vi: `tệp không phải là một sổ tính Excel .xlsx đọc được: ${vi}`,
  en: `the file is not a readable Excel .xlsx workbook: ${en}`,
})

// ---- ZIP ---------------------------------------------------------------------

interface Entry { name: string; flags: number; method: number; compressed: number; size: number; offset: number }

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8)
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0

function readEntries(bytes: Uint8Array): Map<string, Entry> {
  if (bytes.length >= 8 && u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) {
    throw invalid(
      'đây là tệp Excel cũ (.xls) hoặc tệp có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu thành "Excel Workbook (.xlsx)"',
      'this is an old Excel file (.xls) or a password-protected one; open it in Excel, remove the password if any, and save it as "Excel Workbook (.xlsx)"',
    )
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw invalid('không bắt đầu bằng chữ ký ZIP (PK)', 'it does not start with a ZIP signature (PK)')
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) { eocd = i; break }
  }
  if (eocd < 0) throw invalid('không tìm thấy mục lục ZIP (tệp bị cắt cụt?)', 'no ZIP central directory was found (is the file truncated?)')
  const count = u16(bytes, eocd + 10)
  const at = u32(bytes, eocd + 16)
  if (count === 0xffff || at === 0xffffffff) throw invalid('định dạng ZIP64 không được hỗ trợ', 'ZIP64 archives are not supported')
  const entries = new Map<string, Entry>()
  const names = new TextDecoder()
  let p = at
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw invalid('mục lục ZIP bị hỏng', 'the ZIP central directory is damaged')
    const nameLength = u16(bytes, p + 28)
    const entry: Entry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: u16(bytes, p + 8), method: u16(bytes, p + 10), compressed: u32(bytes, p + 20), size: u32(bytes, p + 24), offset: u32(bytes, p + 42),
    }
    entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry)
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32)
  }
  return entries
}

/** Counts every inflated byte of the import against MAX_XLSX_UNCOMPRESSED_BYTES. */
class Budget {
  used = 0
  add(n: number): void {
    this.used += n
    if (this.used > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge()
  }
}

const tooLarge = () => new XlsxError('xlsx_too_large', {
  vi: `sổ tính giải nén quá ${MAX_XLSX_UNCOMPRESSED_BYTES} byte (MAX_XLSX_UNCOMPRESSED_BYTES): ngừng đọc (tệp có thể là "bom ZIP"; hãy chia nhỏ bảng)`,
  en: `the workbook inflates past ${MAX_XLSX_UNCOMPRESSED_BYTES} bytes (MAX_XLSX_UNCOMPRESSED_BYTES): reading stops (the file may be a ZIP bomb; split the table)`,
})

const SLICE = 1 << 14

/** Inflate one part, handing out its bytes slice by slice; `consumed` is told how many compressed bytes were read. */
function* inflate(bytes: Uint8Array, entry: Entry, budget: Budget, consumed?: (n: number) => void): Generator<Uint8Array[]> {
  if (entry.flags & 1) throw invalid(`phần "${entry.name}" được mã hóa`, `part "${entry.name}" is encrypted`)
  if (entry.method !== 0 && entry.method !== 8) throw invalid(`phần "${entry.name}" dùng kiểu nén ${entry.method}`, `part "${entry.name}" uses compression method ${entry.method}`)
  const o = entry.offset
  if (o + 30 > bytes.length || u32(bytes, o) !== 0x04034b50) throw invalid(`phần "${entry.name}" bị hỏng`, `part "${entry.name}" is damaged`)
  const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28)
  const end = start + entry.compressed
  if (end > bytes.length) throw invalid(`phần "${entry.name}" bị cắt cụt`, `part "${entry.name}" is truncated`)
  let out: Uint8Array[] = []
  let produced = 0
  const take = (chunk: Uint8Array) => {
    produced += chunk.length
    if (produced > entry.size) throw invalid(`phần "${entry.name}" dài hơn kích thước khai báo`, `part "${entry.name}" is longer than its declared size`)
    budget.add(chunk.length)
    out.push(chunk)
  }
  const inflater = entry.method === 8 ? new Inflate((chunk) => take(chunk)) : undefined
  for (let i = start; i < end || (i === start && start === end); i += SLICE) {
    const j = Math.min(end, i + SLICE)
    try {
      if (inflater) inflater.push(bytes.subarray(i, j), j === end)
      else take(bytes.subarray(i, j))
    } catch (e) {
      if (e instanceof XlsxError) throw e
      throw invalid(`dữ liệu nén của phần "${entry.name}" bị hỏng`, `the compressed data of part "${entry.name}" is damaged`)
    }
    consumed?.(j - i)
    if (out.length > 0) { yield out; out = [] }
    if (start === end) break
  }
  if (produced !== entry.size) throw invalid(`phần "${entry.name}" ngắn hơn kích thước khai báo`, `part "${entry.name}" is shorter than its declared size`)
}

function decoder(name: string): (bytes: Uint8Array, final: boolean) => string {
  const d = new TextDecoder('utf-8', { fatal: true })
  return (bytes, final) => {
    try {
      return d.decode(bytes, { stream: !final })
    } catch {
      throw invalid(`phần "${name}" không phải là UTF-8 hợp lệ`, `part "${name}" is not valid UTF-8`)
    }
  }
}

// ---- XML helpers -----------------------------------------------------------------

const ENTITY = /&(?:#(x[0-9a-fA-F]+|[0-9]+)|(lt|gt|amp|quot|apos));/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const X_ESCAPE = /_x([0-9A-Fa-f]{4})_/g

/** Decode XML entities, then the OOXML _xHHHH_ escapes of text (ST_Xstring). */
function xmlText(s: string): string {
  let t = s.indexOf('&') >= 0 ? s.replace(ENTITY, (_, n: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!
    const code = n!.startsWith('x') ? parseInt(n!.slice(1), 16) : parseInt(n!, 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
  }) : s
  if (t.indexOf('_x') >= 0) t = t.replace(X_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  return t
}

const attrPatterns = new Map<string, RegExp>()
function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name)
  if (!re) { re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`); attrPatterns.set(name, re) }
  const m = re.exec(tag)
  return m ? xmlText(m[1] ?? m[2]!) : undefined
}

/** The namespace prefix of an XML part's root element (`'x:'` in `<x:worksheet>`, `''` without). */
function prefixOf(xml: string, root: string): string {
  return new RegExp(`<([\\w.-]+:)?${root}[\\s>/]`).exec(xml)?.[1] ?? ''
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')

const runPatterns = new Map<string, { phonetic: RegExp; t: RegExp }>()

/** The text of a string item (<si> or <is>): its <t> runs, without phonetic runs (<rPh>). */
function runsText(xml: string, p: string): string {
  let re = runPatterns.get(p)
  if (!re) {
    re = { phonetic: new RegExp(`<${esc(p)}rPh[\\s>][\\s\\S]*?</${esc(p)}rPh>`, 'g'), t: new RegExp(`<${esc(p)}t(?:\\s[^>]*)?>([\\s\\S]*?)</${esc(p)}t>`, 'g') }
    runPatterns.set(p, re)
  }
  const body = xml.indexOf('rPh') >= 0 ? xml.replace(re.phonetic, '') : xml
  // one plain run: no regular expression needed
  const open = `<${p}t>`
  if (body.startsWith(open) && body.indexOf('<', open.length) === body.length - open.length - 1) return xmlText(body.slice(open.length, body.length - open.length - 1))
  const t = re.t
  t.lastIndex = 0
  let out = ''
  for (let m = t.exec(body); m; m = t.exec(body)) out += xmlText(m[1]!)
  return out
}

// ---- cells ---------------------------------------------------------------------------

type Kind = 'number' | 'date' | 'percent'
const BUILTIN_KINDS = new Map<number, Kind>([[9, 'percent'], [10, 'percent']])
for (const id of [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_KINDS.set(id, 'date')

/** The kind of value a number format shows: a date (a d, y or month m outside quotes/brackets), a percentage, or a number. */
export function formatKind(code: string): Kind {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').replace(/AM\/PM|A\/P/gi, '')
  if (/[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs][^a-z]*m|m[^a-z]*s/gi, ''))) return 'date'
  if (bare.includes('%')) return 'percent'
  return 'number'
}

/** Days from 1970-01-01 to serial 0 of the 1904 system (1904-01-01). */
const EPOCH_1904 = -24_107
const LAST_DAY = 2_932_896 // 9999-12-31 in days from 1970-01-01

/**
 * An Excel date serial as the wall-clock date-time the sheet shows, in Vietnam time: `'YYYY-MM-DD'` when it has
 * no time of day (and the format shows none), else `'YYYY-MM-DDTHH:mm:ss+07:00'`; undefined for a serial that is
 * no day (0 and the fictitious 29/02/1900 of the 1900 system, negative, past 9999).
 */
export function serialToVietnamTime(serial: number, date1904: boolean, showsTime: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined
  const total = Math.round(serial * 86_400)
  const days = Math.floor(total / 86_400)
  const seconds = total - days * 86_400
  let day: number
  if (date1904) day = days + EPOCH_1904
  else if (days === 0 || days === 60) return undefined
  else day = days < 60 ? days - 25_568 : days - 25_569
  if (day > LAST_DAY) return undefined
  const iso = new Date((day * 86_400 + seconds) * 1000).toISOString()
  return seconds === 0 && !showsTime ? iso.slice(0, 10) : `${iso.slice(0, 19)}+07:00`
}

/** A number as the vi-VN text importers read (no grouping, decimal comma), at Excel's 15 significant digits. */
function numberText(v: string): string | undefined {
  if (/^-?\d{1,15}$/.test(v)) return v
  try {
    const d = new Decimal(v)
    if (!d.isFinite()) return undefined
    return d.toSignificantDigits(15).toFixed().replace('.', ',')
  } catch {
    return undefined
  }
}

function percentText(v: string): string | undefined {
  try {
    const d = new Decimal(v)
    if (!d.isFinite()) return undefined
    return `${d.toSignificantDigits(15).times(100).toFixed().replace('.', ',')}%`
  } catch {
    return undefined
  }
}

function columnIndex(ref: string): number {
  let n = 0
  let k = 0
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k)
    if (c < 65 || c > 90) break
    n = n * 26 + (c - 64)
  }
  return k === 0 || n > 16_384 ? -1 : n - 1
}

/** A parsed row of the sheet: its number as Excel shows it, its cells by column, and cells that hold no value. */
export interface SheetRow { row: number; cells: unknown[]; errors: SheetCellError[] | undefined }

// ---- workbook ------------------------------------------------------------------

interface Workbook {
  bytes: Uint8Array
  entries: Map<string, Entry>
  budget: Budget
  date1904: boolean
  shared: string[]
  kinds: Kind[] // by style index
  showsTime: boolean[] // by style index
  dates: Map<string, string> // date cells already converted, by serial text
  sheet: { name: string; entry: Entry }
}

function readPart(bytes: Uint8Array, entries: Map<string, Entry>, name: string, budget: Budget): string | undefined {
  const entry = entries.get(name.toLowerCase())
  if (!entry) return undefined
  const decode = decoder(name)
  let text = ''
  for (const chunks of inflate(bytes, entry, budget)) for (const c of chunks) text += decode(c, false)
  return text + decode(new Uint8Array(0), true)
}

function resolveTarget(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = dir === '' ? [] : dir.split('/')
  for (const p of target.split('/')) {
    if (p === '..') parts.pop()
    else if (p !== '.' && p !== '') parts.push(p)
  }
  return parts.join('/')
}

function relationships(xml: string | undefined): { id: string; type: string; target: string }[] {
  if (!xml) return []
  const p = prefixOf(xml, 'Relationships')
  const out: { id: string; type: string; target: string }[] = []
  for (const m of xml.matchAll(new RegExp(`<${esc(p)}Relationship\\s[^>]*>`, 'g'))) {
    out.push({ id: attr(m[0], 'Id') ?? '', type: attr(m[0], 'Type') ?? '', target: attr(m[0], 'Target') ?? '' })
  }
  return out
}

export function openWorkbook(bytes: Uint8Array, sheet: string | number | undefined): Workbook {
  if (bytes.length > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge()
  const entries = readEntries(bytes)
  const budget = new Budget()
  const part = (name: string) => readPart(bytes, entries, name, budget)
  const main = relationships(part('_rels/.rels')).find((r) => r.type.endsWith('/officeDocument'))
  const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml'
  const workbook = part(workbookPath)
  if (workbook === undefined) throw invalid('không có phần workbook (xl/workbook.xml)', 'there is no workbook part (xl/workbook.xml)')
  const dir = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/')) : ''
  const base = workbookPath.slice(dir.length === 0 ? 0 : dir.length + 1)
  const rels = relationships(part(`${dir === '' ? '' : `${dir}/`}_rels/${base}.rels`))
  const target = (type: string) => {
    const r = rels.find((x) => x.type.endsWith(type))
    return r ? resolveTarget(dir, r.target) : undefined
  }
  const wp = prefixOf(workbook, 'workbook')
  const pr = new RegExp(`<${esc(wp)}workbookPr[\\s/>][^>]*`).exec(workbook)?.[0]
  const d1904 = pr ? attr(pr, 'date1904') : undefined
  const date1904 = d1904 === '1' || d1904 === 'true'
  const sheets: { name: string; id: string; hidden: boolean }[] = []
  for (const m of workbook.matchAll(new RegExp(`<${esc(wp)}sheet\\s[^>]*>`, 'g'))) {
    sheets.push({ name: attr(m[0], 'name') ?? '', id: /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1] ?? '', hidden: (attr(m[0], 'state') ?? 'visible') !== 'visible' })
  }
  let chosen: { name: string; id: string } | undefined
  if (sheet === undefined) chosen = sheets.find((s) => !s.hidden) ?? sheets[0]
  else if (typeof sheet === 'number') chosen = sheets[sheet - 1]
  else {
    const wanted = normalizeVietnamese(sheet)
    chosen = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => normalizeVietnamese(s.name).toLowerCase() === wanted.toLowerCase())
  }
  const list = sheets.map((s) => `"${s.name}"`).join(', ')
  if (!chosen) {
    const what = sheet === undefined ? 'no sheet' : typeof sheet === 'number' ? `no sheet number ${sheet}` : `no sheet named "${sheet}"`
    throw new XlsxError('xlsx_sheet', {
      vi: `${sheet === undefined ? 'sổ tính không có trang tính nào' : typeof sheet === 'number' ? `không có trang tính thứ ${sheet}` : `không có trang tính tên "${sheet}"`} (các trang tính: ${list || 'không có'})`,
      en: `${what} in the workbook (its sheets: ${list || 'none'})`,
    })
  }
  const rel = rels.find((r) => r.id === chosen.id)
  const sheetPath = rel ? resolveTarget(dir, rel.target) : undefined
  const entry = sheetPath === undefined ? undefined : entries.get(sheetPath.toLowerCase())
  if (!entry) throw invalid(`không tìm thấy dữ liệu của trang tính "${chosen.name}"`, `the data of sheet "${chosen.name}" is missing`)
  const stylesPath = target('/styles')
  const sharedPath = target('/sharedStrings')
  // the declared sizes of what will be read: a bomb is refused before any of it is inflated
  let declared = budget.used + entry.size
  for (const path of [stylesPath, sharedPath]) if (path !== undefined) declared += entries.get(path.toLowerCase())?.size ?? 0
  if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge()
  const styles = stylesPath === undefined ? undefined : part(stylesPath)
  const kinds: Kind[] = []
  const showsTime: boolean[] = []
  if (styles) {
    const sp = prefixOf(styles, 'styleSheet')
    const formats = new Map<number, string>()
    for (const m of styles.matchAll(new RegExp(`<${esc(sp)}numFmt\\s[^>]*>`, 'g'))) formats.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? '')
    const xfs = new RegExp(`<${esc(sp)}cellXfs[\\s>][\\s\\S]*?</${esc(sp)}cellXfs>`).exec(styles)?.[0] ?? ''
    for (const m of xfs.matchAll(new RegExp(`<${esc(sp)}xf[\\s/>][^>]*>`, 'g'))) {
      const id = Number(attr(m[0], 'numFmtId') ?? 0)
      const code = formats.get(id)
      const kind = code !== undefined ? formatKind(code) : BUILTIN_KINDS.get(id) ?? 'number'
      kinds.push(kind)
      const bare = (code ?? (id === 22 ? 'h' : '')).replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')
      showsTime.push(kind === 'date' && /[hs]/i.test(bare))
    }
  }
  const sharedXml = sharedPath === undefined ? undefined : part(sharedPath)
  const shared: string[] = []
  if (sharedXml) {
    const p = prefixOf(sharedXml, 'sst')
    const si = new RegExp(`<${esc(p)}si>([\\s\\S]*?)</${esc(p)}si>|<${esc(p)}si/>`, 'g')
    for (let m = si.exec(sharedXml); m; m = si.exec(sharedXml)) shared.push(runsText(m[1] ?? '', p))
  }
  return { bytes, entries, budget, date1904, shared, kinds, showsTime, dates: new Map(), sheet: { name: chosen.name, entry } }
}

// ---- sheet rows ------------------------------------------------------------------

/** The rows of the workbook's sheet, a batch per inflated slice, in order; `consumed` counts compressed bytes read. */
export function* sheetRows(wb: Workbook, consumed: (n: number) => void): Generator<SheetRow[]> {
  const decode = decoder(wb.sheet.entry.name)
  let buf = ''
  let pos = 0
  let p: string | undefined
  let rowOpen = '', rowClose = '', cOpen = '', cClose = '', vOpen = '', vClose = '', isOpen = '', isClose = '', dataClose = ''
  let lastRow = 0
  let resume = -1 // where to look for the end of an unfinished row (so a long row is not scanned again)
  let done = false
  for (const chunks of inflate(wb.bytes, wb.sheet.entry, wb.budget, consumed)) {
    if (done) continue
    let text = ''
    for (const c of chunks) text += decode(c, false)
    buf = pos === 0 ? buf + text : buf.slice(pos) + text
    if (resume >= 0) resume -= pos
    pos = 0
    if (p === undefined) {
      if (!/<([\w.-]+:)?worksheet[\s>/]/.test(buf) && buf.length < 1 << 20) continue
      p = prefixOf(buf, 'worksheet')
      rowOpen = `<${p}row`; rowClose = `</${p}row>`; cOpen = `<${p}c`; cClose = `</${p}c>`
      vOpen = `<${p}v>`; vClose = `</${p}v>`; isOpen = `<${p}is>`; isClose = `</${p}is>`; dataClose = `</${p}sheetData>`
    }
    const batch: SheetRow[] = []
    const end = buf.indexOf(dataClose, pos)
    for (;;) {
      const i = buf.indexOf(rowOpen, pos)
      if (end >= 0 && (i < 0 || end < i)) { done = true; break }
      if (i < 0) { pos = Math.max(pos, buf.length - dataClose.length); break }
      const after = buf.charCodeAt(i + rowOpen.length)
      if (Number.isNaN(after)) { pos = i; break }
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) { pos = i + 1; continue }
      const gt = buf.indexOf('>', i)
      if (gt < 0) { pos = i; break }
      const head = buf.slice(i, gt)
      const r = attr(head, 'r')
      const number = r === undefined ? lastRow + 1 : Number(r)
      if (!Number.isInteger(number) || number <= lastRow) throw invalid(`số dòng "${r}" sai thứ tự trong trang tính`, `row number "${r}" is out of order in the sheet`)
      if (buf.charCodeAt(gt - 1) === 47) { lastRow = number; pos = gt + 1; continue } // <row/>: no cells
      const close = buf.indexOf(rowClose, resume > gt ? resume : gt)
      if (close < 0) { resume = Math.max(gt, buf.length - rowClose.length); pos = i; break }
      resume = -1
      lastRow = number
      const row = parseRow(buf.slice(gt + 1, close), number, wb, cOpen, cClose, vOpen, vClose, isOpen, isClose, p)
      if (row) batch.push(row)
      pos = close + rowClose.length
    }
    if (batch.length > 0) yield batch
  }
  decode(new Uint8Array(0), true)
}

function parseRow(
  buf: string, number: number, wb: Workbook,
  cOpen: string, cClose: string, vOpen: string, vClose: string, isOpen: string, isClose: string, p: string,
): SheetRow | undefined {
  const cells: unknown[] = []
  let errors: SheetCellError[] | undefined
  let col = -1
  let k = 0
  for (;;) {
    const i = buf.indexOf(cOpen, k)
    if (i < 0) break
    const after = buf.charCodeAt(i + cOpen.length)
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) { k = i + 1; continue }
    const gt = buf.indexOf('>', i)
    const head = buf.slice(i, gt)
    const ref = attr(head, 'r')
    col = ref === undefined ? col + 1 : columnIndex(ref)
    if (col < 0) throw invalid(`ô "${ref}" ở dòng ${number} có địa chỉ sai`, `cell "${ref}" on row ${number} has a bad reference`)
    if (buf.charCodeAt(gt - 1) === 47) { k = gt + 1; continue } // <c/>: no value
    const close = buf.indexOf(cClose, gt)
    if (close < 0) throw invalid(`ô ở dòng ${number} không đóng`, `a cell on row ${number} is not closed`)
    k = close + cClose.length
    const body = buf.slice(gt + 1, close)
    const t = attr(head, 't') ?? 'n'
    let v: string | undefined
    const vi = body.indexOf(vOpen)
    if (vi >= 0) { const ve = body.indexOf(vClose, vi); v = body.slice(vi + vOpen.length, ve < 0 ? body.length : ve) }
    let value: unknown
    let error: { code: string; vi: string; en: string; raw: string } | undefined
    if (t === 's') {
      const s = v === undefined ? undefined : wb.shared[Number(v)]
      if (v !== undefined && s === undefined) throw invalid(`ô ở dòng ${number} trỏ tới chuỗi dùng chung ${v} không tồn tại`, `a cell on row ${number} refers to shared string ${v}, which does not exist`)
      value = s
    } else if (t === 'inlineStr') {
      const a = body.indexOf(isOpen)
      const b = body.lastIndexOf(isClose)
      value = a >= 0 ? runsText(body.slice(a + isOpen.length, b < a ? body.length : b), p) : undefined
    } else if (t === 'str') value = v === undefined ? undefined : xmlText(v)
    else if (t === 'b') value = v === undefined ? undefined : v.trim() === '1' || v.trim() === 'true'
    else if (t === 'e') {
      if (v !== undefined) error = { code: 'xlsx_error_cell', raw: xmlText(v), vi: `ô có lỗi công thức ${xmlText(v)}, không phải một giá trị`, en: `the cell holds the formula error ${xmlText(v)}, not a value` }
    } else if (t === 'd') value = v === undefined ? undefined : xmlText(v).trim()
    else if (v !== undefined && v.trim() !== '') {
      const s = attr(head, 's')
      const style = s === undefined ? 0 : Number(s)
      const kind = wb.kinds[style] ?? 'number'
      const n = v.trim()
      if (kind === 'date') {
        // exports repeat their dates: each serial is converted once
        const key = wb.showsTime[style] ? `t${n}` : n
        value = wb.dates.get(key)
        if (value === undefined) {
          value = serialToVietnamTime(Number(n), wb.date1904, wb.showsTime[style] ?? false)
          if (wb.dates.size > 50_000) wb.dates.clear()
          if (value !== undefined) wb.dates.set(key, value as string)
        }
        if (value === undefined) {
          error = { code: 'xlsx_date', raw: n, vi: `ô ngày có số sê-ri ${n} không ứng với ngày nào (hệ ngày ${wb.date1904 ? '1904' : '1900'})`, en: `the date cell holds serial ${n}, which is no day (${wb.date1904 ? '1904' : '1900'} date system)` }
        }
      } else {
        value = kind === 'percent' ? percentText(n) : numberText(n)
        if (value === undefined) throw invalid(`ô số ở dòng ${number} có giá trị "${n}"`, `a number cell on row ${number} holds "${n}"`)
      }
    }
    if (error) {
      ;(errors ??= []).push({ index: col, raw: error.raw, code: error.code, message: { vi: error.vi, en: error.en } })
      continue
    }
    if (value !== undefined) cells[col] = value
  }
  if (cells.length === 0 && errors === undefined) return undefined
  return { row: number, cells, errors }
}

// ---- import driver -------------------------------------------------------------------

/** Rows looked at for a header before the first non-empty row is taken as the header. */
const HEADER_SCAN = 30

const cellText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? normalizeVietnamese(v) : String(v))

/**
 * The header texts of one or more header rows: each column's text is the first of its candidates that names
 * a field — the texts of its rows joined top to bottom, then each row's text from the lowest up — or, when
 * none does, the joined text. A merged group header (its text in the first column it spans, the others empty)
 * stands above every column under it that has a sub-header; a header merged down (text in the top row only)
 * is read from that row.
 */
function headerTexts(rows: readonly SheetRow[], engine: ImportEngine): { texts: string[]; matched: number } {
  const width = Math.max(0, ...rows.map((r) => r.cells.length))
  const grid = rows.map((r) => Array.from({ length: width }, (_, j) => cellText(r.cells[j])))
  const lowest = grid[grid.length - 1]!
  for (let k = 0; k < grid.length - 1; k++) {
    let carry: string | undefined
    for (let j = 0; j < width; j++) {
      const text = grid[k]![j]!
      if (text !== '') carry = lowest[j] !== '' || k + 1 < grid.length - 1 ? text : undefined
      else if (carry !== undefined && lowest[j] !== '') grid[k]![j] = carry
      else carry = undefined
    }
  }
  const texts: string[] = []
  let matched = 0
  for (let j = 0; j < width; j++) {
    const parts: string[] = []
    for (const row of grid) if (row[j] !== '' && !parts.includes(row[j]!)) parts.push(row[j]!)
    const joined = parts.join(' ')
    const candidates = parts.length > 1 ? [joined, ...parts.slice().reverse()] : parts
    const found = candidates.find((c) => engine.matches(c))
    if (found !== undefined) matched++
    texts.push(found ?? joined)
  }
  return { texts, matched }
}

/**
 * Read the sheet of a workbook into the engine: the header (at `header.row`, given as an array, or detected
 * below a title block), then every row at its sheet row number. Yields after each inflated slice so that a
 * streaming caller can hand out the events; a damaged or oversized workbook is reported through the engine.
 */
export function* importWorkbook(engine: ImportEngine, bytes: Uint8Array, emit: Emit): Generator<void, void, undefined> {
  let wb: Workbook
  try {
    wb = openWorkbook(bytes, engine.options.sheet)
  } catch (e) {
    if (e instanceof XlsxError) { engine.fail(e.code, e.label, undefined, emit); return }
    throw e
  }
  const sheet = wb.sheet.name
  const out: Emit = (e) => {
    if (e.kind === 'header' || e.kind === 'rejected') for (const i of e.issues) i.sheet = sheet
    emit(e)
  }
  engine.bytesRead = bytes.length - wb.sheet.entry.compressed
  const position = engine.headerPosition
  const threshold = Math.min(2, Math.max(1, engine.fieldCount))
  const pending: SheetRow[] = []
  let headerRows: SheetRow[] | undefined
  let width = 0
  let last = 0

  const data = (row: SheetRow) => {
    const cells = row.cells
    let errors = row.errors
    if (width > 0 && cells.length > width) {
      for (let j = width; j < cells.length; j++) if (cellText(cells[j]) !== '') engine.outsideHeader(j, out)
      cells.length = width
      if (errors) errors = errors.filter((x) => x.index < width)
    } else if (cells.length < width) cells.length = width
    engine.sheetRow(cells, row.row, errors, out)
  }
  const decide = (rows: SheetRow[], line: number) => {
    const { texts } = headerTexts(rows, engine)
    width = texts.length
    engine.sheetHeader(texts, line, out)
  }
  // detection: the first row with enough cells naming fields, with the row below it when that names more
  const detect = (final: boolean): boolean => {
    const c = pending.findIndex((r) => headerTexts([r], engine).matched >= threshold)
    if (c < 0) {
      if (!final && pending.length < HEADER_SCAN) return false
      if (pending.length === 0) return true
      decide([pending[0]!], pending[0]!.row)
      for (const r of pending.slice(1)) data(r)
      pending.length = 0
      return true
    }
    const next = pending[c + 1]
    if (next === undefined && !final) return false
    let rows = [pending[c]!]
    if (next !== undefined && next.row === pending[c]!.row + 1 && headerTexts([pending[c]!, next], engine).matched > headerTexts(rows, engine).matched) rows = [pending[c]!, next]
    decide(rows, rows[0]!.row)
    for (const r of pending.slice(c + rows.length)) data(r)
    pending.length = 0
    return true
  }
  let decided = engine.hasHeader
  const feed = (row: SheetRow) => {
    last = row.row
    if (decided) { data(row); return }
    if (position) {
      const rows = position.rows ?? 1
      if (row.row < position.row) return
      if (row.row < position.row + rows) { (headerRows ??= []).push(row); return }
      decided = true
      decide(headerRows ?? [], position.row)
      data(row)
      return
    }
    pending.push(row)
    decided = detect(false)
  }
  try {
    for (const batch of sheetRows(wb, (n) => { engine.bytesRead += n })) {
      for (const row of batch) {
        feed(row)
        if (engine.failed) return
      }
      yield
    }
    if (!decided) {
      if (position && headerRows) decide(headerRows, position.row)
      else if (!position) detect(true)
    }
  } catch (e) {
    if (e instanceof XlsxError) { engine.fail(e.code, e.label, last + 1, out); return }
    throw e
  }
}

/** Report a workbook input that is larger than MAX_XLSX_UNCOMPRESSED_BYTES before it is read. */
export function failTooLarge(engine: ImportEngine, emit: Emit): void {
  const e = tooLarge()
  engine.fail(e.code, e.label, undefined, emit)
}
