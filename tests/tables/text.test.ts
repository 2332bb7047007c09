import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toText, type Table } from 'hanhchinh/tables'

const table: Table = {
  title: { vi: 'Báo cáo tháng 3/2026', en: 'March 2026 report' },
  columns: [
    { id: 'name', label: { vi: 'Đơn vị', en: 'Unit' }, type: 'text' },
    { id: 'early', label: { vi: 'Trước hạn', en: 'Early' }, type: 'integer' },
    { id: 'share', label: { vi: 'Tỷ lệ', en: 'Share' }, type: 'percent' },
    { id: 'due', label: { vi: 'Hạn', en: 'Due' }, type: 'date' },
  ],
  rows: [
    { name: 'Sở Tư pháp', early: 42657, share: '84.79', due: '2026-03-31' },
    { name: 'UBND phường Hồng Hà', early: 43, share: null, due: null },
  ],
}

describe('toText', () => {
  it('aligns text left and figures right, Vietnamese formats, the title first', () => {
    expect(toText(table, { indent: 2 }).split('\n')).toEqual([
      '  Báo cáo tháng 3/2026',
      '  Đơn vị               Trước hạn   Tỷ lệ         Hạn',
      '  Sở Tư pháp              42.657  84,79%  31/03/2026',
      '  UBND phường Hồng Hà         43',
      '',
    ])
  })
  it('shows chosen columns in the chosen order, in English', () => {
    expect(toText(table, { language: 'en', columns: ['early', 'name'] })).toBe('March 2026 report\n Early  Unit\n42.657  Sở Tư pháp\n    43  UBND phường Hồng Hà\n')
  })
  it('keeps one line per row whatever the text holds', () => {
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 20 }), (names) => {
      const t: Table = { title: 'T', columns: [{ id: 'n', label: { vi: 'Tên', en: 'Name' }, type: 'text' }], rows: names.map((n) => ({ n })) }
      return toText(t).split('\n').length === names.length + 3
    }))
  })
  it('refuses unknown columns, options and bad cells, naming them', () => {
    expect(() => toText(table, { columns: ['score'] })).toThrow(/options\.columns\[0\]: "score"/)
    expect(() => toText(table, { indnet: 2 } as never)).toThrow(/did you mean "indent"/)
    expect(() => toText({ ...table, rows: [{ name: 'x', early: 'many' }] })).toThrow(/rows\[0\]/)
  })
})
