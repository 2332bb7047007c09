import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ComparatorSchema,
  DueDateSchema,
  ReformPlanSchema,
  ReformTaskSchema,
  ScoreCardSchema,
  TargetSchema,
  type ReformPlan,
  type Target,
} from 'hanhchinh/reform'

describe('schemas', () => {
  it('normalise the Vietnamese wording of due dates and keep it', () => {
    expect(DueDateSchema.parse('Quý II')).toEqual({ period: 'quarter', quarter: 2, text: 'Quý II' })
    expect(DueDateSchema.parse('Thường xuyên')).toEqual({ period: 'recurring', text: 'Thường xuyên' })
    expect(DueDateSchema.parse('2022-06-30')).toBe('2022-06-30')
    const bad = DueDateSchema.safeParse('khi có yêu cầu')
    expect(bad.success).toBe(false)
  })

  it('a task carries owner, due date, completion date, status and evidence', () => {
    const t = ReformTaskSchema.parse({
      id: '2.3', title: 'Công bố, công khai TTHC', field: 'thu-tuc-hanh-chinh', owner: 'Phòng Kiểm soát TTHC',
      coordinators: ['Trung tâm Phục vụ hành chính công'], dueDate: '6 tháng đầu năm', completedAt: '2022-05-20',
      status: 'completed', evidence: ['3162/QĐ-UBND'],
    })
    expect(t.dueDate).toMatchObject({ period: 'half', half: 1 })
    expect(ReformTaskSchema.safeParse({ id: '1', title: 't', dueDate: 'Quý I', field: 'khac' }).success).toBe(false)
    expect(ReformTaskSchema.safeParse({ id: '1', title: 't', dueDate: 'Quý I', status: 'done' }).success).toBe(false)
    expect(ReformTaskSchema.safeParse({ id: '1', title: 't', dueDate: 'Quý I', completedAt: '20/05/2022' }).success).toBe(false)
  })

  it('a plan refuses duplicate task ids and keeps its id as written', () => {
    const p = ReformPlanSchema.parse({ id: '2/kh-vpub', year: 2022, tasks: [] })
    expect(p.id).toBe('2/kh-vpub')
    expect(p.document?.text).toBe('02/KH-VPUB')
    const dup = ReformPlanSchema.safeParse({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '1', title: 'a', dueDate: 'Quý I' }, { id: '1', title: 'b', dueDate: 'Quý II' }] })
    expect(dup.success).toBe(false)
    if (!dup.success) expect(dup.error.issues[0]!.path).toEqual(['tasks', 1, 'id'])
    expectTypeOf<ReformPlan['year']>().toEqualTypeOf<number>()
  })

  it('targets accept ≥ ≤ and metric aliases', () => {
    expect(ComparatorSchema.parse('≤')).toBe('<=')
    expect(TargetSchema.parse({ id: 'x', metric: 'group', comparator: '≤', value: 16 })).toEqual({ id: 'x', metric: 'rank', comparator: '<=', value: 16 })
    expect(TargetSchema.safeParse({ id: 'x', metric: 'ratio', comparator: '>', value: '80,5' }).success).toBe(false)
    expectTypeOf<Target['comparator']>().toEqualTypeOf<'>' | '>=' | '=' | '<=' | '<'>()
  })

  it('scorecards need at least one field and criterion', () => {
    expect(ScoreCardSchema.safeParse({ fields: [] }).success).toBe(false)
    expect(ScoreCardSchema.safeParse({ fields: [{ id: 'a', criteria: [] }] }).success).toBe(false)
  })
})
