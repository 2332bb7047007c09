import { describe, expect, it } from 'vitest'
import { letterReport, letterReportTable, mergeLetterReports, reportPeriod, type LetterLike } from 'hanhchinh/petitions'
import { TableSchema, toCsv, toHtml, toXlsx } from 'hanhchinh/tables'

// The March 2026 report: Decree 09/2019 window 15/02–14/03/2026 (Tết Bính Ngọ: 17/02/2026).
const march = reportPeriod({ kind: 'monthly', year: 2026, month: 3 })
const letters: LetterLike[] = [
  // complaint carried over, accepted in the window, settled on time (round 1, 30 days from 26/01)
  { kind: 'complaint', received: '2026-01-20', events: [{ type: 'accepted', at: '2026-01-26' }, { type: 'settled', at: '2026-02-24', document: '3162/QĐ-UBND' }] },
  // complaint received in the window, not accepted yet: acceptance is due within 10 working days
  { kind: 'complaint', received: '2026-03-09', events: [{ type: 'classified', at: '2026-03-10' }] },
  // denunciation received in the window, still in initial processing after 7 working days: overdue
  { kind: 'denunciation', received: '2026-02-26' },
  // petitions: one answered on time, one forwarded late (over 10 working days over Tết)
  { kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-10' }] },
  { kind: 'petition', received: '2026-02-10', events: [{ type: 'forwarded', at: '2026-03-12', to: 'UBND phường Hải Châu' }] },
  // reflection withdrawn
  { kind: 'reflection', received: '2026-03-03', events: [{ type: 'withdrawn', at: '2026-03-05' }] },
]

describe('letterReportTable', () => {
  const report = letterReport(letters, { period: march })
  const t = letterReportTable(report)

  it('has one row per kind and a total row with the counts of the report', () => {
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.rows.map((r) => r.kind)).toEqual(['Khiếu nại', 'Tố cáo', 'Kiến nghị', 'Phản ánh', 'Tổng cộng'])
    const total = t.rows[4]!
    for (const key of ['total', 'received', 'carriedOver', 'classified', 'accepted', 'forwarded', 'settled', 'onTime', 'late', 'open', 'overdue', 'withdrawn'] as const) {
      expect(total[key], key).toBe(report.counts[key])
      expect(t.rows[0]![key], key).toBe(report.byKind.complaint.counts[key])
    }
    expect(total).toMatchObject({ total: 6, received: 4, carriedOver: 2, onTime: 2, late: 1, open: 1, overdue: 1, withdrawn: 1 })
  })

  it('gives exact percent rates: handled ÷ to be handled, on time ÷ handled; empty when nothing was handled', () => {
    expect(t.columns.filter((c) => c.type === 'percent').map((c) => c.id)).toEqual(['handledRate', 'onTimeRate'])
    expect(String(t.rows[4]!.handledRate)).toBe('50') // 3 of 6
    expect(String(t.rows[4]!.onTimeRate)).toBe('66.67') // 2 of 3, half up
    expect(t.rows[1]!.onTimeRate).toBeNull() // the denunciation is not handled
    expect(String(t.rows[1]!.handledRate)).toBe('0')
    expect(toCsv(t).split('\r\n')[5]).toBe('Tổng cộng,6,4,2,1,0,1,2,2,1,1,1,1,50%,"66,67%"') // the complaint was accepted before the window
  })

  it('writes bilingual headings, notes with the window, and the basis under the table', () => {
    expect(toCsv(t, { language: 'en' }).split('\r\n')[0]).toBe(
      'Kind of letter,To be handled,Received in the period,Carried over,Classified,Accepted,Forwarded,Settled,Handled on time,Handled late,"Open, within time","Open, overdue",Withdrawn,Handled rate,On-time rate',
    )
    expect(t.title).toEqual({
      vi: 'Kết quả tiếp nhận, xử lý đơn khiếu nại, tố cáo, kiến nghị, phản ánh từ 15/02/2026 đến 14/03/2026',
      en: 'Complaints, denunciations, petitions and reflections received and handled, 2026-02-15 to 2026-03-14',
    })
    expect(t.notes?.[0]).toEqual({ vi: 'Số liệu từ 15/02/2026 đến 14/03/2026, tính đến 14/03/2026 23:59 (giờ Việt Nam).', en: 'Figures from 2026-02-15 to 2026-03-14, as of 2026-03-14T23:59:59.999+07:00.' })
    expect(t.basis?.map((b) => b.instrument)).toContain('09/2019/NĐ-CP')
    expect(toHtml(t, { standalone: true })).toContain('09/2019/NĐ-CP')
    expect(toXlsx(t).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]))
    expect(letterReportTable(report, { language: 'en', title: 'March' }).rows.map((r) => r.kind)).toEqual(['Complaint', 'Denunciation', 'Petition', 'Reflection', 'Total'])
  })

  it('gives the same table for merged partial reports as for the whole', () => {
    const a = letterReport(letters.slice(0, 3), { period: march })
    const b = letterReport(letters.slice(3), { period: march })
    expect(letterReportTable(mergeLetterReports(a, b))).toEqual(t)
  })

  it('refuses what is not a report and unknown options', () => {
    expect(() => letterReportTable(null as never)).toThrow(TypeError)
    expect(() => letterReportTable(report, { lang: 'en' } as never)).toThrow(/Unknown option "lang" of letterReportTable/)
    expect(() => letterReportTable(report, { title: 3 } as never)).toThrow(/options\.title/)
  })
})
