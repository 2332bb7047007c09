import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvReader, detectDelimiter, readCsv, type CsvRecord } from 'hanhchinh/format'

function quote(field: string, delimiter: string): string {
  return /["\r\n]/.test(field) || field.includes(delimiter) || field === '' ? `"${field.replace(/"/g, '""')}"` : field
}

function readInChunks(text: string, cuts: number[], delimiter?: ',' | ';' | '\t', maxRecordLength?: number): CsvRecord[] {
  const reader = new CsvReader({ ...(delimiter ? { delimiter } : {}), ...(maxRecordLength ? { maxRecordLength } : {}) })
  const out: CsvRecord[] = []
  const push = (r: CsvRecord) => { out.push(r) }
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, Math.max(at, cut)), push)
    at = Math.max(at, cut)
  }
  reader.push(text.slice(at), push)
  reader.end(push)
  return out
}

describe('CsvReader', () => {
  it('reads a one-stop export: BOM, CRLF, quoted commas and line breaks, physical lines', () => {
    const text = '\ufeffMã hồ sơ,Tên thủ tục,Ghi chú\r\n' +
      '000.00.12.H40-240426-0001,"Đăng ký khai sinh, kết hôn","Bổ sung\r\ngiấy tờ ""gốc"""\r\n' +
      '\r\n' +
      '000.00.12.H40-240426-0002,Chứng thực bản sao,\r\n'
    expect(readCsv(text)).toEqual([
      { fields: ['Mã hồ sơ', 'Tên thủ tục', 'Ghi chú'], line: 1 },
      { fields: ['000.00.12.H40-240426-0001', 'Đăng ký khai sinh, kết hôn', 'Bổ sung\r\ngiấy tờ "gốc"'], line: 2 },
      { fields: [''], line: 4 },
      { fields: ['000.00.12.H40-240426-0002', 'Chứng thực bản sao', ''], line: 5 },
    ])
  })
  it('reports malformed quoting on the record instead of throwing', () => {
    expect(readCsv('a,b\n"x"y,2\n3,4\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['xy', '2'], line: 2, error: 'text-after-quote' },
      { fields: ['3', '4'], line: 3 },
    ])
    // a quote never closed spoils its own line only: reading goes on from the next line
    expect(readCsv('a,b\n1,"open\n2,3\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '"open'], line: 2, error: 'unclosed-quote' },
      { fields: ['2', '3'], line: 3 },
    ])
  })
  it('gives up on a record longer than maxRecordLength and reads on, in bounded memory', () => {
    const rows = Array.from({ length: 200 }, (_, k) => `H40-${k},${k}`)
    const text = `Mã,Số\r\nH40-x,"stray quote\r\n${rows.join('\r\n')}\r\n`
    const whole = readCsv(text, { maxRecordLength: 100 })
    expect(whole[1]).toEqual({ fields: ['H40-x', '"stray quote'], line: 2, error: 'record-too-long' })
    expect(whole.slice(2).map((r) => r.fields)).toEqual(rows.map((r) => r.split(',')))
    expect(whole.at(-1)!.line).toBe(202)
    for (const size of [1, 7, 64, 1000]) expect(readInChunks(text, Array.from({ length: Math.ceil(text.length / size) }, (_, k) => k * size), undefined, 100), String(size)).toEqual(whole)
    // under the limit the same text is one unclosed field up to the end
    expect(readCsv(text)).toEqual([{ fields: ['Mã', 'Số'], line: 1 }, { fields: ['H40-x', '"stray quote'], line: 2, error: 'unclosed-quote' }, ...whole.slice(2)])
    expect(() => new CsvReader({ maxRecordLength: 0 })).toThrow(RangeError)
  })
  it('refuses a misspelt option instead of detecting the delimiter in silence', () => {
    expect(() => readCsv('a;b', { delimeter: ';' } as never)).toThrow(/Unknown option "delimeter" of readCsv \(did you mean "delimiter"\?/)
    expect(() => new CsvReader({ maxRecordLen: 10 } as never)).toThrow(/Unknown option "maxRecordLen" of CsvReader/)
    expect(readCsv('a;b', { delimiter: ';' })[0]!.fields).toEqual(['a', 'b'])
  })
  it('detects the delimiter on the header line', () => {
    expect(detectDelimiter('Mã;Ngày tiếp nhận;Hạn xử lý')).toBe(';')
    expect(detectDelimiter('"Tên, đơn vị";Số')).toBe(';')
    expect(detectDelimiter('a\tb,c\td')).toBe('\t')
    expect(readCsv('a;b\n1,5;2\n')[1]!.fields).toEqual(['1,5', '2'])
    // leading blank lines do not hide the delimiter of the header
    expect(readCsv('\r\n  \r\nMã;Ngày\r\nH40;20/12/2021\r\n').slice(2).map((r) => r.fields)).toEqual([['Mã', 'Ngày'], ['H40', '20/12/2021']])
    expect(() => new CsvReader({ delimiter: 'x' as ',' })).toThrow(RangeError)
    const done = new CsvReader()
    done.end(() => {})
    expect(() => done.push('a', () => {})).toThrow(RangeError)
  })
  it('counts lone CR and LF line ends like an editor', () => {
    expect(readCsv('a\rb\nc\r\nd').map((r) => r.line)).toEqual([1, 2, 3, 4])
    // mixed line ends (exports concatenated from two systems): no line break leaks into a cell
    expect(readCsv('a,b\r\n1,2\n3,4\r\n').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']])
  })
  it('gives the same records however the text is cut into chunks', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ệ', ',', ';', '"', '\r', '\n', ' ', '5', '.') })
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(fc.nat(200), { maxLength: 8 }),
        (rows, delimiter, eol, bom, cuts) => {
          const text = (bom ? '\ufeff' : '') + rows.map((r) => r.map((f) => quote(f, delimiter)).join(delimiter)).join(eol) + eol
          const whole = readCsv(text, { delimiter })
          expect(whole.map((r) => r.fields)).toEqual(rows)
          expect(readInChunks(text, cuts, delimiter)).toEqual(whole)
          // line numbers: each record starts one line after the previous one ends
          let line = 1
          for (const [k, r] of whole.entries()) {
            expect(r.line).toBe(line)
            line += 1 + rows[k]!.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
          }
        },
      ),
    )
  })
  it('never throws on arbitrary text and never loses characters of well-formed input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ';') }), fc.array(fc.nat(40), { maxLength: 5 }), (text, cuts) => {
        expect(readInChunks(text, cuts)).toEqual(readCsv(text))
      }),
    )
  })
})

describe('CSV reader on hostile input (issue 13)', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => readCsv(undefined as never)).toThrow(/^Invalid type for text: undefined/)
    expect(() => detectDelimiter(undefined as never)).toThrow(/^Invalid type for headerLine: undefined/)
    expect(() => new CsvReader().push(42 as never, () => {})).toThrow(/^Invalid type for chunk: 42/)
    expect(() => new CsvReader().push('a,b', null as never)).toThrow(/^Invalid type for onRecord/)
  })
})
