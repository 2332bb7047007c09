// A small independent XLSX reader over fflate, used by the tests and the benchmark to read back what
// toXlsx writes (and what other libraries write): shared strings, inline strings, numbers, booleans,
// and the number format of each cell's style so that date cells can be told from numbers.
import { strFromU8, unzipSync } from 'fflate'

export interface ReadCell {
  /** 'n' number, 's' text, 'b' boolean */
  kind: 'n' | 's' | 'b'
  value: number | string | boolean
  /** the number format code of the cell's style ('General' when none) */
  format: string
}

export interface ReadSheet {
  name: string
  /** rows by 1-based row number; each row maps 0-based column index to its cell */
  rows: Map<number, Map<number, ReadCell>>
  /** column widths from <cols>, by 0-based column index */
  widths: Map<number, number>
  /** style flags of cells: bold font per "A1" reference */
  bold: Set<string>
  merges: string[]
}

const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'm/d/yyyy', 22: 'm/d/yyyy h:mm' }

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10)))
    .replace(/&amp;/g, '&')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))

function textOfRuns(xml: string): string {
  let out = ''
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\/>/g)) out += decode(m[1] ?? '')
  return out
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
}

export function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0]
  let n = 0
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64)
  return n - 1
}

export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes)
  const text = (name: string): string | undefined => (files[name] ? strFromU8(files[name]!) : undefined)
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOfRuns(m[1]!))
  const styles = text('xl/styles.xml') ?? ''
  const numFmts = new Map<number, string>()
  for (const m of styles.matchAll(/<numFmt\s[^>]*\/>/g)) numFmts.set(Number(attr(m[0], 'numFmtId')), decode(attr(m[0], 'formatCode') ?? ''))
  const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>|<font\/>/g)].map((m) => /<b\/>|<b val="(1|true)"\/>/.test(m[1] ?? ''))
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\s[^>]*?(?:\/>|>)/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0)
    return { format: numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? 'General', bold: fonts[Number(attr(m[0], 'fontId') ?? 0)] ?? false }
  })
  const workbook = text('xl/workbook.xml')!
  const rels = text('xl/_rels/workbook.xml.rels')!
  const targets = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\s[^>]*\/>/g)) targets.set(attr(m[0], 'Id')!, attr(m[0], 'Target')!)
  const sheets: ReadSheet[] = []
  for (const m of workbook.matchAll(/<sheet\s[^>]*\/>/g)) {
    const target = targets.get(attr(m[0], 'r:id')!)!.replace(/^\/?(xl\/)?/, '')
    const xml = text(`xl/${target}`)!
    const sheet: ReadSheet = { name: decode(attr(m[0], 'name')!), rows: new Map(), widths: new Map(), bold: new Set(), merges: [] }
    for (const c of xml.matchAll(/<col\s[^>]*\/>/g)) {
      for (let k = Number(attr(c[0], 'min')); k <= Number(attr(c[0], 'max')); k++) sheet.widths.set(k - 1, Number(attr(c[0], 'width')))
    }
    for (const g of xml.matchAll(/<mergeCell\s[^>]*\/>/g)) sheet.merges.push(attr(g[0], 'ref')!)
    for (const r of xml.matchAll(/<row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const rowNumber = Number(attr(` ${r[1]}`, 'r'))
      const cells = new Map<number, ReadCell>()
      for (const c of (r[2] ?? '').matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const head = ` ${c[1]}`
        const ref = attr(head, 'r')!
        const t = attr(head, 't') ?? 'n'
        const xf = xfs[Number(attr(head, 's') ?? 0)] ?? { format: 'General', bold: false }
        if (xf.bold) sheet.bold.add(ref)
        const body = c[2] ?? ''
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
        let cell: ReadCell | undefined
        if (t === 'inlineStr') cell = { kind: 's', value: textOfRuns(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? ''), format: xf.format }
        else if (t === 's' && v !== undefined) cell = { kind: 's', value: shared[Number(v)]!, format: xf.format }
        else if (t === 'str' && v !== undefined) cell = { kind: 's', value: decode(v), format: xf.format }
        else if (t === 'b' && v !== undefined) cell = { kind: 'b', value: v === '1', format: xf.format }
        else if (v !== undefined) cell = { kind: 'n', value: Number(v), format: xf.format }
        if (cell) cells.set(columnIndex(ref), cell)
      }
      sheet.rows.set(rowNumber, cells)
    }
    sheets.push(sheet)
  }
  return sheets
}

/** Whether a number format shows a date (a y, d or m outside quotes and brackets, not only h:mm:ss). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')
  return /[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs][^a-z]*m|m[^a-z]*s/gi, ''))
}

/** An Excel serial (1900 system) as the wall-clock date-time it shows: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm:ss'. */
export function serialToWallClock(serial: number): string {
  const totalSeconds = Math.round(serial * 86_400)
  const days = Math.floor(totalSeconds / 86_400)
  const seconds = totalSeconds - days * 86_400
  const iso = new Date((days - 25_569) * 86_400_000 + seconds * 1000).toISOString()
  return seconds === 0 ? iso.slice(0, 10) : iso.slice(0, 19)
}
