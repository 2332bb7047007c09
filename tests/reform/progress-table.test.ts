import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh/core'
import { PAR_INDEX_BASIS, ReformPlanSchema, planProgress, planProgressTable } from 'hanhchinh/reform'
import { TableSchema, toCsv, toHtml, toXlsx } from 'hanhchinh/tables'

// Kế hoạch 02/KH-VPUB, mid-year report at 30/06/2022
const p = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [
  { id: '1', field: 'the-che', owner: 'Sở Tư pháp', dueDate: 'Quý I', completedAt: '2022-03-20' },
  { id: '2', field: 'the-che', owner: 'Sở Tư pháp', dueDate: 'Quý I', completedAt: '2022-04-05' },
  { id: '3', field: 'the-che', owner: 'Sở Tư pháp', dueDate: 'Quý I', title: 'Rà soát văn bản QPPL' },
  { id: '4', field: 'chinh-quyen-so', owner: 'Sở Thông tin và Truyền thông', dueDate: '2022-05-15', title: 'Nâng cấp Cổng DVC tỉnh' },
  { id: '5', field: 'chinh-quyen-so', owner: 'Sở Thông tin và Truyền thông', dueDate: 'Quý IV', status: 'not-started' },
  { id: '6', owner: 'Văn phòng UBND tỉnh', dueDate: 'Thường xuyên' },
] }, { asOf: '2022-06-30' })

describe('planProgressTable by field and owner', () => {
  it('has one row per PAR field with its label, then the total, counts and exact rates', () => {
    const t = planProgressTable(p)
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.title).toEqual({ vi: 'Tiến độ thực hiện Kế hoạch 02/KH-VPUB theo lĩnh vực, đến ngày 30/06/2022', en: 'Progress of plan 02/KH-VPUB by field, as of 2022-06-30' })
    expect(t.rows.map((r) => r.group)).toEqual(['Cải cách thể chế', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 'Chưa xác định lĩnh vực', 'Tổng cộng'])
    expect(t.rows[0]).toMatchObject({ total: 3, assessed: 3, completed: 2, completedOnTime: 1, completedLate: 1, inProgress: 0, notStarted: 0, overdue: 1 })
    // 2/3 = 66.666…% → 66.67 (half-up), exact Decimals
    expect(t.rows[0]?.completionRate).toBeInstanceOf(Decimal)
    expect(String(t.rows[0]?.completionRate)).toBe('66.67')
    expect(String(t.rows[0]?.onTimeRate)).toBe('33.33')
    expect(String(t.rows[3]?.completionRate)).toBe(String(p.completionRate))
    expect(t.rows[3]).toMatchObject({ total: 6, assessed: 6, completed: 2, overdue: 2, inProgress: 1, notStarted: 1 })
    expect(t.columns.filter((c) => c.id.endsWith('Rate')).map((c) => c.type)).toEqual(['percent', 'percent', 'percent'])
    expect(t.basis).toEqual([PAR_INDEX_BASIS])
    expect(t.notes?.[0]).toEqual(p.summary)
    expect(toCsv(t).split('\r\n')[1]).toBe('Cải cách thể chế,3,3,2,1,1,0,0,1,"66,67%","33,33%","33,33%"')
  })

  it("types the rates as percentage points with rates: 'decimal'", () => {
    const t = planProgressTable(p, { view: 'owner', rates: 'decimal', language: 'en' })
    expect(t.columns.filter((c) => c.id.endsWith('Rate')).map((c) => [c.type, c.label.vi])).toEqual([
      ['decimal', 'Tỷ lệ hoàn thành (%)'], ['decimal', 'Tỷ lệ hoàn thành đúng hạn (%)'], ['decimal', 'Tỷ lệ quá hạn (%)'],
    ])
    expect(t.rows.map((r) => r.group)).toEqual(['Sở Tư pháp', 'Sở Thông tin và Truyền thông', 'Văn phòng UBND tỉnh', 'Total'])
    expect(toCsv(t).split('\r\n')[2]).toBe('Sở Thông tin và Truyền thông,2,2,0,0,0,0,1,1,0,0,50')
    expect(t.basis).toBeUndefined()
  })

  it('leaves the rates empty for a group with nothing assessed', () => {
    const q = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '1', owner: 'Sở Nội vụ', dueDate: 'Thường xuyên' }, { id: '2', owner: 'Sở Tư pháp', dueDate: 'Quý I' }] }, { asOf: '2022-06-30', recurring: 'exclude' })
    const t = planProgressTable(q, { view: 'owner' })
    expect(t.rows[0]).toMatchObject({ group: 'Sở Nội vụ', total: 1, assessed: 0, completionRate: null, onTimeRate: null, overdueRate: null })
    expect(t.notes?.[1]).toMatchObject({ en: 'Rates over the assessed tasks (recurring tasks excluded), rounded half-up to 2 decimals.' })
  })
})

describe('planProgressTable of the overdue tasks', () => {
  it('lists them most overdue first with a date cell for the deadline', () => {
    const t = planProgressTable(p, { view: 'overdue' })
    expect(t.rows).toEqual([
      { no: 1, id: '3', title: 'Rà soát văn bản QPPL', field: 'Cải cách thể chế', owner: 'Sở Tư pháp', dueOn: '2022-03-31', daysOverdue: 91 },
      { no: 2, id: '4', title: 'Nâng cấp Cổng DVC tỉnh', field: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', owner: 'Sở Thông tin và Truyền thông', dueOn: '2022-05-15', daysOverdue: 46 },
    ])
    expect(t.columns.find((c) => c.id === 'dueOn')?.type).toBe('date')
    expect(toCsv(t).split('\r\n')[1]).toBe('1,3,Rà soát văn bản QPPL,Cải cách thể chế,Sở Tư pháp,31/03/2022,91')
    expect(planProgressTable(p, { view: 'overdue', language: 'en' }).rows[0]?.field).toBe('Institutional reform')
  })

  it('writes the example plan through the three writers', () => {
    const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/reform-plan-2022.json', import.meta.url)), 'utf8'))
    const plan = ReformPlanSchema.parse(raw)
    const progress = planProgress(plan, { asOf: '2022-06-30' })
    const overdue = planProgressTable(progress, { view: 'overdue' })
    expect(overdue.rows).toHaveLength(progress.overdue)
    const byField = planProgressTable(progress)
    expect(byField.rows.at(-1)).toMatchObject({ total: progress.total, completed: progress.completed, overdue: progress.overdue })
    expect(toHtml(byField, { standalone: true })).toContain('<!doctype html>')
    const bytes = toXlsx([byField, overdue])
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b])
  })
})

describe('planProgressTable refuses what it cannot use', () => {
  it('names the option or the argument', () => {
    expect(() => planProgressTable(p, { view: 'overdue', rates: 'decimal' })).toThrow(/Option "rates" of planProgressTable is used only with view: 'field' or 'owner'/)
    expect(() => planProgressTable(p, { veiw: 'owner' } as never)).toThrow(/Unknown option "veiw" of planProgressTable \(did you mean "view"/)
    expect(() => planProgressTable(p, { view: 'unit' as never })).toThrow(/options.view/)
    expect(() => planProgressTable(p, { rates: 'fraction' as never })).toThrow(/options.rates/)
    expect(() => planProgressTable(p, { title: 1 as never })).toThrow(/options.title/)
    expect(() => planProgressTable({ planId: 'x' } as never)).toThrow(TypeError)
    expect(() => planProgressTable(undefined as never)).toThrow(TypeError)
  })
})
