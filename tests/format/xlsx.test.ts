import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { importRecords, importRecordsStream, MAX_XLSX_UNCOMPRESSED_BYTES, vnCount, vnDate, vnDateTime, vnEnum, vnNumber, vnPercent, type ImportEvent } from 'hanhchinh/format'
import { toXlsx, type Table } from 'hanhchinh/tables'

// ---- a workbook written by hand, as Excel writes one (shared strings, styles, merges) ----------------------

type Cell = string | number | boolean | { f: 'date' | 'datetime' | 'percent' | 'serial'; v: number } | { e: string } | { inline: string } | null
interface SheetSpec { name: string; rows: Record<number, Cell[]>; merges?: string[]; hidden?: boolean }

const col = (j: number) => (j < 26 ? String.fromCharCode(65 + j) : String.fromCharCode(64 + Math.floor(j / 26)) + String.fromCharCode(65 + (j % 26)))
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function workbook(sheets: SheetSpec[], options: { date1904?: boolean } = {}): Uint8Array {
  const shared: string[] = []
  const sharedIndex = (s: string) => { let i = shared.indexOf(s); if (i < 0) { i = shared.length; shared.push(s) } return i }
  // styles: 0 general, 1 dd/mm/yyyy (custom 164), 2 dd/mm/yyyy hh:mm (165), 3 0.00% (builtin 10), 4 builtin 14
  const styleOf = { date: 1, datetime: 2, percent: 3, serial: 4 } as const
  const files: Record<string, Uint8Array> = {}
  sheets.forEach((sheet, k) => {
    let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    for (const [r, cells] of Object.entries(sheet.rows)) {
      xml += `<row r="${r}" spans="1:${cells.length}">`
      cells.forEach((c, j) => {
        const ref = `${col(j)}${r}`
        if (c === null) return
        if (typeof c === 'string') xml += `<c r="${ref}" t="s"><v>${sharedIndex(c)}</v></c>`
        else if (typeof c === 'number') xml += `<c r="${ref}"><v>${c}</v></c>`
        else if (typeof c === 'boolean') xml += `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`
        else if ('e' in c) xml += `<c r="${ref}" t="e"><f>VLOOKUP(A1,B:B,2,0)</f><v>${esc(c.e)}</v></c>`
        else if ('inline' in c) xml += `<c r="${ref}" t="inlineStr"><is><r><rPr><b/></rPr><t>${esc(c.inline.slice(0, 3))}</t></r><r><t xml:space="preserve">${esc(c.inline.slice(3))}</t></r></is></c>`
        else xml += `<c r="${ref}" s="${styleOf[c.f]}"><v>${c.v}</v></c>`
      })
      xml += '</row>'
    }
    xml += '</sheetData>'
    if (sheet.merges) xml += `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    xml += '<rowBreaks count="1" manualBreakCount="1"><brk id="40" max="16383" man="1"/></rowBreaks></worksheet>'
    files[`xl/worksheets/sheet${k + 1}.xml`] = strToU8(xml)
  })
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
  files['_rels/.rels'] = strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
  files['xl/workbook.xml'] = strToU8(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${k + 1}"/>`).join('')}</sheets></workbook>`)
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
  files['xl/styles.xml'] = strToU8('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>`).join('')}</sst>`)
  return zipSync(files)
}

const status = vnEnum(['received', 'processing', 'returned'], { received: 'Đã tiếp nhận', processing: 'Đang xử lý', returned: 'Đã trả kết quả' })
const Dossier = z.object({
  code: z.string().min(1),
  receivedOn: vnDate(),
  returnedAt: vnDateTime().optional(),
  pages: vnCount(),
  status,
})
const columns = { 'Mã hồ sơ': 'code', 'Ngày tiếp nhận': 'receivedOn', 'Thời điểm trả': 'returnedAt', 'Số trang': 'pages', 'Trạng thái': 'status', STT: null }
// 20/12/2021 is serial 44550 in the 1900 system; 15:30 is 0.6458333…
const D = (v: number) => ({ f: 'date' as const, v })
const DT = (v: number) => ({ f: 'datetime' as const, v })

describe("importRecords with format: 'xlsx'", () => {
  const bytes = workbook([{
    name: 'Hồ sơ tháng 12',
    rows: {
      1: ['DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 12/2021'],
      2: ['Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh'],
      4: ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Thời điểm trả', 'Số trang', 'Trạng thái'],
      5: [1, '000.00.12.H40-211220-0001', D(44550), DT(44551 + 15.5 / 24), 12, 'Đã trả kết quả'],
      6: [2, 'H40-211220-0002', D(44550), null, 1204, 'Đã trả'], // a label the schema does not know: the bad row
      8: [3, { inline: 'H40-211221-0003' }, { f: 'serial', v: 44551 }, null, 3, 'da tiep nhan'],
    },
  }])

  it('reads shared and inline strings, numbers and date cells; the bad row is reported at its sheet row', async () => {
    const r = await importRecords(Dossier, bytes, { format: 'xlsx', columns })
    expect(r.records).toEqual([
      { code: '000.00.12.H40-211220-0001', receivedOn: '2021-12-20', returnedAt: '2021-12-21T15:30:00+07:00', pages: 12, status: 'returned' },
      { code: 'H40-211221-0003', receivedOn: '2021-12-21', pages: 3, status: 'received' },
    ])
    expect(r.issues).toMatchObject([{ row: 2, line: 6, sheet: 'Hồ sơ tháng 12', field: 'status', column: 'Trạng thái', raw: 'Đã trả', code: 'vn-enum' }])
    expect(r.stats).toEqual({ read: 3, accepted: 2, rejected: 1, blank: 0 })
    expect(r.warnings).toEqual([])
    // the title block above the header was skipped, the header found on row 4
    expect(r.columns.map((c) => c.status)).toEqual(['ignored', 'mapped', 'mapped', 'mapped', 'mapped', 'mapped'])
  })

  it('gives the same events through importRecordsStream, from a stream of byte chunks', async () => {
    async function* chunks() { for (let i = 0; i < bytes.length; i += 100) yield bytes.subarray(i, i + 100) }
    const events: ImportEvent<unknown>[] = []
    const it = importRecordsStream(Dossier, chunks(), { format: 'xlsx', columns })
    let step = await it.next()
    while (!step.done) { events.push(step.value); step = await it.next() }
    const whole = await importRecords(Dossier, bytes, { format: 'xlsx', columns })
    expect(step.value).toEqual(whole.stats)
    expect(events.map((e) => e.kind)).toEqual(['header', 'record', 'rejected', 'record'])
    expect(events.flatMap((e) => (e.kind === 'rejected' ? e.issues : []))).toEqual(whole.issues)
    expect(events.flatMap((e) => (e.kind === 'record' ? [e.line] : []))).toEqual([5, 8])
  })

  it('header: { row } names the header row; an extra column is reported once in warnings', async () => {
    const extra = workbook([{
      name: 'Sheet1',
      rows: {
        1: ['Báo cáo'],
        3: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Số trang', 'Trạng thái', 'Ngày có kết quả'],
        4: ['H40-0001', D(44550), 2, 'Đang xử lý', D(44560)],
        5: ['H40-0002', D(44551), 3, 'Đang xử lý', D(44561)],
      },
    }])
    const r = await importRecords(Dossier, extra, { format: 'xlsx', columns, header: { row: 3 } })
    expect(r.stats).toEqual({ read: 2, accepted: 2, rejected: 0, blank: 0 })
    expect(r.warnings).toMatchObject([{ code: 'unknown_column', column: 'Ngày có kết quả', index: 4 }])
    expect((await importRecords(Dossier, extra, { format: 'xlsx', columns, unknownColumns: 'ignore' })).warnings).toEqual([])
    // header: { row: 1 } takes the title as the header: every field is missing, said on row 0
    const wrong = await importRecords(Dossier, extra, { format: 'xlsx', columns, header: { row: 1 } })
    expect(wrong.issues.filter((i) => i.row === 0).map((i) => i.code)).toContain('missing_column')
  })

  it('reads a merged header: group cells over sub-headers, headers merged down', async () => {
    // Row 3: STT (A3:A4) | Mã hồ sơ (B3:B4) | Thời gian (C3:D3) | · | Số trang (E3:E4) | Trạng thái (F3:F4)
    // Row 4:  ·          | ·                | Ngày tiếp nhận     | Thời điểm trả | · | ·
    const merged = workbook([{
      name: 'Sheet1',
      rows: {
        1: ['UBND TỈNH QUẢNG NINH'],
        3: ['STT', 'Mã hồ sơ', 'Thời gian', null, 'Số trang', 'Trạng thái'],
        4: [null, null, 'Ngày tiếp nhận', 'Thời điểm trả', null, null],
        5: [1, 'H40-0001', D(44550), null, 7, 'Đang xử lý'],
      },
      merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'],
    }])
    const r = await importRecords(Dossier, merged, { format: 'xlsx', columns })
    expect(r.records).toEqual([{ code: 'H40-0001', receivedOn: '2021-12-20', pages: 7, status: 'processing' }])
    expect(r.columns.map((c) => [c.header, c.field])).toEqual([
      ['STT', undefined], ['Mã hồ sơ', 'code'], ['Ngày tiếp nhận', 'receivedOn'], ['Thời điểm trả', 'returnedAt'], ['Số trang', 'pages'], ['Trạng thái', 'status'],
    ])
    // the same with the position given
    const given = await importRecords(Dossier, merged, { format: 'xlsx', columns, header: { row: 3, rows: 2 } })
    expect(given.records).toEqual(r.records)
    // a group name joined to its sub-header can be mapped too
    const joined = await importRecords(Dossier, merged, { format: 'xlsx', columns: { ...columns, 'Ngày tiếp nhận': null, 'Thời gian Ngày tiếp nhận': 'receivedOn' } })
    expect(joined.records).toEqual(r.records)
  })

  it('reads the 1904 date system', async () => {
    // 20/12/2021 is 44550 in the 1900 system and 44550 − 1462 = 43088 in the 1904 system
    const mac = workbook([{ name: 'Sheet1', rows: { 1: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Thời điểm trả', 'Số trang', 'Trạng thái'], 2: ['H40-0001', D(43088), DT(43088.75), 1, 'Đã tiếp nhận'] } }], { date1904: true })
    const r = await importRecords(Dossier, mac, { format: 'xlsx', columns })
    expect(r.records).toEqual([{ code: 'H40-0001', receivedOn: '2021-12-20', returnedAt: '2021-12-20T18:00:00+07:00', pages: 1, status: 'received' }])
  })

  it('reports formula errors, impossible serials and a time where a date is wanted, in their cells', async () => {
    const bad = workbook([{
      name: 'Sheet1',
      rows: {
        1: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Số trang', 'Trạng thái'],
        2: ['H40-0001', D(60), 1, 'Đang xử lý'], // 29/02/1900 does not exist
        3: ['H40-0002', D(44550.5), { e: '#N/A' }, 'Đang xử lý'], // a date cell with a time of day; an error
        4: ['H40-0003', D(44550), 2, true], // a boolean where a label is wanted
      },
    }])
    const r = await importRecords(Dossier, bad, { format: 'xlsx', columns })
    expect(r.records).toEqual([])
    expect(r.issues.map((i) => [i.line, i.field, i.code, i.raw])).toEqual([
      [2, 'receivedOn', 'xlsx_date', '60'],
      [3, 'pages', 'xlsx_error_cell', '#N/A'],
      [3, 'receivedOn', 'vn-date', '2021-12-20T12:00:00+07:00'],
      [4, 'status', 'invalid_type', true],
    ])
    expect(r.issues[1]!.message.en).toBe('the cell holds the formula error #N/A, not a value')
  })

  it('reads numbers as the vi-VN text the codecs read, percentages as points, at 15 significant digits', async () => {
    const Figures = z.object({ fee: vnNumber(), share: vnPercent(), code: z.string() })
    const wb = workbook([{ name: 'Sheet1', rows: { 1: ['fee', 'share', 'code'], 2: [1234567.5, { f: 'percent', v: 0.8479 }, 3162], 3: [0.30000000000000004, { f: 'percent', v: 1 }, 'x'] } }])
    const r = await importRecords(Figures, wb, { format: 'xlsx' })
    expect(r.records.map((x) => [x.fee.toString(), x.share.toString(), x.code])).toEqual([['1234567.5', '84.79', '3162'], ['0.3', '100', 'x']])
  })

  it('picks a sheet by name or number, skipping hidden sheets by default; an unknown sheet is an issue', async () => {
    const wb = workbook([
      { name: 'Ẩn', hidden: true, rows: { 1: ['Mã hồ sơ'], 2: ['A'] } },
      { name: 'Dữ liệu', rows: { 1: ['Mã hồ sơ'], 2: ['B'] } },
      { name: 'Khác', rows: { 1: ['Mã hồ sơ'], 2: ['C'] } },
    ])
    const Code = z.object({ code: z.string() })
    const c = { 'Mã hồ sơ': 'code' }
    expect((await importRecords(Code, wb, { format: 'xlsx', columns: c })).records).toEqual([{ code: 'B' }])
    expect((await importRecords(Code, wb, { format: 'xlsx', columns: c, sheet: 'khác' })).records).toEqual([{ code: 'C' }])
    expect((await importRecords(Code, wb, { format: 'xlsx', columns: c, sheet: 1 })).records).toEqual([{ code: 'A' }])
    const none = await importRecords(Code, wb, { format: 'xlsx', columns: c, sheet: 'Tháng 1' })
    expect(none.issues).toMatchObject([{ row: 0, code: 'xlsx_sheet' }])
    expect(none.issues[0]!.message.en).toBe('no sheet named "Tháng 1" in the workbook (its sheets: "Ẩn", "Dữ liệu", "Khác")')
  })

  it('reads a workbook written by toXlsx (title row, Vietnamese and English header rows)', async () => {
    const table: Table = {
      title: { vi: 'Hồ sơ quá hạn tháng 3/2026', en: 'Overdue dossiers, March 2026' },
      columns: [
        { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text' },
        { id: 'received', label: { vi: 'Ngày tiếp nhận', en: 'Received' }, type: 'date' },
        { id: 'returned', label: { vi: 'Thời điểm trả', en: 'Returned at' }, type: 'datetime' },
        { id: 'pages', label: { vi: 'Số trang', en: 'Pages' }, type: 'integer' },
        { id: 'status', label: { vi: 'Trạng thái', en: 'Status' }, type: 'text' },
      ],
      rows: [
        { code: '000.00.12.H40-260302-0007', received: '2026-03-02', returned: '2026-03-27T16:45:00+07:00', pages: 3, status: 'Đã trả kết quả' },
        { code: 'H40.22-260310-0002', received: '2026-03-10', returned: null, pages: 12, status: 'Đang xử lý' },
      ],
    }
    const both = await importRecords(Dossier, toXlsx(table), { format: 'xlsx', columns, header: { row: 2, rows: 2 } })
    expect(both.records).toEqual([
      { code: '000.00.12.H40-260302-0007', receivedOn: '2026-03-02', returnedAt: '2026-03-27T16:45:00+07:00', pages: 3, status: 'returned' },
      { code: 'H40.22-260310-0002', receivedOn: '2026-03-10', pages: 12, status: 'processing' },
    ])
    expect(both.issues).toEqual([])
    const vi = await importRecords(Dossier, toXlsx(table, { language: 'vi' }), { format: 'xlsx', columns })
    expect(vi.records).toEqual(both.records)
    expect(vi.issues).toEqual([])
  })

  it('refuses what is not a workbook, a damaged one and a ZIP bomb with one clear issue', async () => {
    const Code = z.object({ code: z.string() })
    const csv = await importRecords(Code, new TextEncoder().encode('Mã hồ sơ\nH40\n'), { format: 'xlsx' })
    expect(csv.issues).toMatchObject([{ row: 0, code: 'xlsx_invalid' }])
    expect(csv.issues[0]!.message.en).toBe('the file is not a readable Excel .xlsx workbook: it does not start with a ZIP signature (PK)')
    const xls = await importRecords(Code, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { format: 'xlsx' })
    expect(xls.issues[0]!.message.vi).toContain('tệp Excel cũ (.xls) hoặc tệp có mật khẩu')
    const good = workbook([{ name: 'Sheet1', rows: { 1: ['code'], 2: ['A'] } }])
    expect((await importRecords(Code, good.subarray(0, good.length - 30), { format: 'xlsx' })).issues[0]!.code).toBe('xlsx_invalid')
    const flipped = good.slice()
    // damage the compressed bytes of every part
    for (let i = 40; i < flipped.length - 200; i += 7) flipped[i] = flipped[i]! ^ 0x5a
    const damaged = await importRecords(Code, flipped, { format: 'xlsx' })
    expect(damaged.records).toEqual([])
    expect(damaged.issues.map((i) => i.code)).toEqual(['xlsx_invalid'])
    // a sheet declaring more than the limit is refused before it is inflated
    const bomb = zipSync(unzipSync(good))
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength)
    const central = findCentral(bomb, 'xl/worksheets/sheet1.xml')
    view.setUint32(central + 24, MAX_XLSX_UNCOMPRESSED_BYTES + 1, true)
    const refused = await importRecords(Code, bomb, { format: 'xlsx' })
    expect(refused.issues).toMatchObject([{ row: 0, code: 'xlsx_too_large' }])
    expect(refused.issues[0]!.message.en).toContain(`past ${MAX_XLSX_UNCOMPRESSED_BYTES} bytes (MAX_XLSX_UNCOMPRESSED_BYTES)`)
  })

  it('refuses a workbook given to the synchronous form without format, and bad options', async () => {
    const Code = z.object({ code: z.string() })
    expect(() => importRecords(Code, 'code\nA\n', { format: 'xlsx' } as never)).toThrow(TypeError)
    expect(() => importRecords(Code, 'code\nA\n', { sheet: 'Sheet1' })).toThrow('Invalid options.sheet')
    expect(() => importRecords(Code, new Uint8Array(), { format: 'xls' as never })).toThrow('Invalid options.format')
    expect(() => importRecords(Code, new Uint8Array(), { format: 'xlsx', header: { row: 0 } })).toThrow('Invalid options.header.row')
  })
})

function findCentral(zip: Uint8Array, name: string): number {
  const target = new TextEncoder().encode(name)
  for (let i = 0; i + 46 < zip.length; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) {
      const n = zip[i + 28]! | (zip[i + 29]! << 8)
      if (n === target.length && target.every((b, k) => zip[i + 46 + k] === b)) return i
    }
  }
  throw new Error(`no central entry ${name}`)
}
