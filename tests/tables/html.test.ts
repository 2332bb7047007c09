import { describe, expect, it } from 'vitest'
import { TABLE_STYLESHEET, toHtml, type Table } from 'hanhchinh/tables'
import { overdue } from './fixtures.js'

const hostile: Table = {
  title: { vi: '<img src=x onerror=alert(1)> & "Báo cáo"', en: "It's <b>bold</b>" },
  columns: [{ id: 'x', label: { vi: '"><script>alert(1)</script>', en: 'x' }, type: 'text' }],
  rows: [{ x: '<script>alert("xss")</script>' }, { x: `' onmouseover='alert(1)` }],
  notes: ['</p><script>1</script>'],
}

describe('toHtml', () => {
  it('escapes every text: title, headings, cells and notes', () => {
    const html = toHtml(hostile)
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('<caption>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Báo cáo&quot;</caption>')
    expect(html).toContain('<th scope="col">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</th>')
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;</td>')
    expect(html).toContain('<td>&#39; onmouseover=&#39;alert(1)</td>')
    expect(html).toContain('<p class="hc-notes">&lt;/p&gt;&lt;script&gt;1&lt;/script&gt;</p>')
    const page = toHtml(hostile, { standalone: true, language: 'en' })
    expect(page).toContain('<title>It&#39;s &lt;b&gt;bold&lt;/b&gt;</title>')
    expect(page.match(/<script/g)).toBeNull()
  })

  it('writes a fragment by default and a whole printable page when standalone', () => {
    const fragment = toHtml(overdue)
    expect(fragment.startsWith('<div class="hc-report">')).toBe(true)
    expect(fragment).not.toContain('<html')
    expect(fragment).toContain('<td class="hc-date">27/03/2026 16:45</td>')
    expect(fragment).toContain('<td class="hc-num">1.234.567,5</td>')
    expect(fragment).toContain('<td class="hc-num">84,79%</td>')
    expect(fragment).toContain('<td class="hc-date">31/03/2026 09:00</td>')
    expect(fragment).toContain('<td></td>')
    expect(fragment).toContain('<p class="hc-notes">Căn cứ: 766/QĐ-TTg</p>')
    const page = toHtml(overdue, { standalone: true })
    expect(page.startsWith('<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true)
    expect(page).toContain(TABLE_STYLESHEET)
    expect(page.trimEnd().endsWith('</html>')).toBe(true)
    expect(toHtml(overdue, { language: 'en' })).toContain('<th scope="col">Working days late</th>')
  })

  it('prints as an official report: A4, Decree 30/2020 margins, Times New Roman 13pt, header repeated, rows not split', () => {
    expect(TABLE_STYLESHEET).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }')
    expect(TABLE_STYLESHEET).toContain('font-family: "Times New Roman"')
    expect(TABLE_STYLESHEET).toContain('font-size: 13pt')
    expect(TABLE_STYLESHEET).toContain('.hc-table thead { display: table-header-group; }')
    expect(TABLE_STYLESHEET).toContain('break-inside: avoid')
  })

  it('refuses misspelt options and bad cells', () => {
    expect(() => toHtml(overdue, { standAlone: true } as never)).toThrow(/Unknown option "standAlone" of toHtml \(did you mean "standalone"/)
    expect(() => toHtml(overdue, { language: 'fr' } as never)).toThrow(RangeError)
    expect(() => toHtml({ ...overdue, rows: [{ fee: 'abc' }] })).toThrow(/rows\[0\]\.fee/)
  })
})
