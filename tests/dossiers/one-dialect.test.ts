import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  classifyDossier, createClassifier, createDeadlineEngine, createReportAccumulator, dossierReport, dossierReportAsync, dueDate,
  indicatorPoints, parseTimeLimit, percentages, safeParseTimeLimit, validateTimeline, vnDateOrDateTime,
  type DossierLike, type DossierReport, type TimelineIssue,
} from 'hanhchinh/dossiers'
import type { ValidationIssue } from 'hanhchinh/core'

// 24/03/2026 (Tuesday) + 5 working days → due Tuesday 31/03/2026; 23/03 (Monday) + 5 → Monday 30/03.
const DUE_31_03: DossierLike = {
  receivedAt: '2026-03-24T09:00:00+07:00',
  timeLimit: { amount: 5, unit: 'working-days' },
  events: [{ type: 'returned', at: '2026-03-31T16:00:00+07:00' }],
}
const OPEN_DUE_30_03: DossierLike = { receivedAt: '2026-03-23T09:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } }

describe('asOf: an ISO date is the end of that day in Vietnam time', () => {
  it('dossierReport(d, { asOf: "2026-03-31" }): returned 31/03 16:00, due 31/03, is on time; one open, due 30/03, is overdue', () => {
    expect(dueDate(DUE_31_03).dueDate).toBe('2026-03-31')
    expect(dueDate(OPEN_DUE_30_03).dueDate).toBe('2026-03-30')
    const r = dossierReport([DUE_31_03, OPEN_DUE_30_03], { asOf: '2026-03-31' })
    expect(r.counts).toMatchObject({ total: 2, onTime: 1, early: 0, late: 0, inProgress: 0, inProgressOverdue: 1 })
    expect(r.settings.asOf).toBe('2026-03-31T23:59:59.999+07:00')
  })

  it('the plain date, the same instant with an offset (or Z) and a Date give the same report', () => {
    const byDate = dossierReport([DUE_31_03, OPEN_DUE_30_03], { asOf: '2026-03-31' })
    expect(dossierReport([DUE_31_03, OPEN_DUE_30_03], { asOf: '2026-03-31T23:59:59.999+07:00' })).toEqual(byDate)
    expect(dossierReport([DUE_31_03, OPEN_DUE_30_03], { asOf: '2026-03-31T16:59:59.999Z' })).toEqual(byDate)
    expect(dossierReport([DUE_31_03, OPEN_DUE_30_03], { asOf: new Date('2026-03-31T16:59:59.999Z') })).toEqual(byDate)
  })

  it('an instant earlier that day leaves the 16:00 return out: still in progress, within time', () => {
    const r = dossierReport([DUE_31_03], { asOf: '2026-03-31T15:00:00+07:00' })
    expect(r.counts).toMatchObject({ total: 1, onTime: 0, inProgress: 1 })
    // the day before, the open dossier due 30/03 is not overdue yet
    expect(dossierReport([OPEN_DUE_30_03], { asOf: '2026-03-30' }).counts).toMatchObject({ inProgress: 1, inProgressOverdue: 0 })
  })

  it('classifyDossier, createClassifier, createReportAccumulator, dossierReportAsync and dueDate read it the same way', async () => {
    expect(classifyDossier(DUE_31_03, { asOf: '2026-03-31' }).status).toBe('on-time')
    expect(createClassifier({ asOf: '2026-03-31' })(OPEN_DUE_30_03).status).toBe('in-progress-overdue')
    const acc = createReportAccumulator({ asOf: '2026-03-31' })
    acc.addAll([DUE_31_03, OPEN_DUE_30_03])
    expect(acc.report().counts).toMatchObject({ onTime: 1, inProgressOverdue: 1 })
    expect((await dossierReportAsync([DUE_31_03], { asOf: '2026-03-31' })).counts.onTime).toBe(1)
    // dueDate: an extension notified on 25/03 counts with asOf '2026-03-25', not with asOf '2026-03-24'
    const extended: DossierLike = {
      ...OPEN_DUE_30_03,
      events: [{ type: 'extended', at: '2026-03-25T10:00:00+07:00', newDue: '2026-04-03' }],
    }
    expect(dueDate(extended, { asOf: '2026-03-25' }).dueDate).toBe('2026-04-03')
    expect(dueDate(extended, { asOf: '2026-03-24' }).dueDate).toBe('2026-03-30')
    expect(createDeadlineEngine().dueDate(extended, '2026-03-25').dueDate).toBe('2026-04-03')
  })

  it('refuses an asOf the core cannot read, naming it; requires it where it is needed', () => {
    expect(() => dossierReport([DUE_31_03], { asOf: '31/03/2026' })).toThrow(/options\.asOf/)
    expect(() => dossierReport([DUE_31_03], { asOf: '2026-03-31T17:00:00' })).toThrow(RangeError)
    expect(() => dossierReport([DUE_31_03], {} as never)).toThrow(TypeError)
    expect(() => dueDate(DUE_31_03, { asOf: 20260331 as never })).toThrow(TypeError)
  })
})

describe('options: every name is checked', () => {
  const d = OPEN_DUE_30_03
  it('a misspelt option is a RangeError naming it, the function and the near name', () => {
    expect(() => dueDate(d, { cuttoff: '15:00' } as never)).toThrow(RangeError)
    expect(() => dueDate(d, { cuttoff: '15:00' } as never)).toThrow(/Unknown option "cuttoff" of dueDate \(did you mean "cutoff"\?/)
    expect(() => dossierReport([d], { asOf: '2026-03-31', groupby: 'agency' } as never)).toThrow(/"groupby" of dossierReport \(did you mean "groupBy"/)
    expect(() => createReportAccumulator({ asOf: '2026-03-31', finishBy: 'returned' } as never)).toThrow(/"finishBy" of createReportAccumulator/)
    expect(() => classifyDossier(d, { asOf: '2026-03-31', supplment: 'pause' } as never)).toThrow(/"supplment" of classifyDossier \(did you mean "supplement"/)
    expect(() => createClassifier({ asOf: '2026-03-31', duetime: 'end-of-day' } as never)).toThrow(/"duetime" of createClassifier/)
    expect(() => createDeadlineEngine({ calender: undefined } as never)).toThrow(/"calender" of createDeadlineEngine/)
    expect(() => validateTimeline(d, { useRecordedAppointments: true } as never)).toThrow(/"useRecordedAppointments" of validateTimeline/)
    expect(() => percentages({ a: 1 }, { method: 'largest-remainder', decimal: 1 } as never)).toThrow(/"decimal" of percentages/)
    expect(() => indicatorPoints('95', { max: 6, fullat: 90 } as never)).toThrow(/"fullat" of indicatorPoints/)
    expect(() => vnDateOrDateTime({ date: 'keep' } as never)).toThrow(/"date" of vnDateOrDateTime/)
  })

  it('nested option objects are checked too', () => {
    expect(() => dueDate(d, { extension: { maxCont: 2 } } as never)).toThrow(/"maxCont" of dueDate \(options\.extension\)/)
    expect(() => dossierReport([d], { asOf: '2026-03-31', percentages: { decimal: 1 } } as never)).toThrow(/"decimal" of dossierReport \(options\.percentages\)/)
    expect(() => dossierReport([d], { asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31', form: '2026-03-01' } } as never))
      .toThrow(/"form" of dossierReport \(options\.period\)/)
  })

  it('an option the chosen mode would ignore is refused, not ignored', () => {
    // the engine takes its moment per call; validateTimeline checks the whole timeline
    expect(() => createDeadlineEngine({ asOf: '2026-03-31' } as never)).toThrow(/Option "asOf" of createDeadlineEngine is used only with/)
    expect(() => validateTimeline(d, { asOf: '2026-03-31' } as never)).toThrow(/Option "asOf" of validateTimeline is used only with/)
    // with no extension allowed, the notice rules can never apply
    expect(() => dueDate(d, { extension: { maxCount: 0, late: 'apply' } })).toThrow(/Option "late" of dueDate is used only with extension\.maxCount > 0/)
    expect(() => dueDate(d, { extension: { maxCount: 0, minNoticeDays: 3 } })).toThrow(/"minNoticeDays"/)
    expect(dueDate(d, { extension: { maxCount: 0 } }).policy.extension.maxCount).toBe(0)
  })

  it('values are still checked, naming the option', () => {
    expect(() => dueDate(d, { supplement: 'suspend' as never })).toThrow(/options\.supplement/)
    expect(() => dossierReport([d], { asOf: '2026-03-31', invalid: 'drop' as never })).toThrow(/options\.invalid/)
    expect(() => dossierReport([d], { asOf: '2026-03-31', percentages: { method: 'bankers' as never } })).toThrow(/options\.percentages\.method/)
    expect(() => dueDate(d, { useRecordedAppointment: 'yes' as never })).toThrow(/options\.useRecordedAppointment/)
  })
})

describe('types follow the data', () => {
  type Row = DossierLike & { ward: string; officer: { name: string } }
  const rows: Row[] = [
    { ...DUE_31_03, ward: 'Phường Hải Châu', officer: { name: 'Nguyễn Văn A' } },
    { ...OPEN_DUE_30_03, ward: 'Phường Thạch Thang', officer: { name: 'Trần Thị B' } },
  ]

  it('the groupBy callback sees the caller\'s record type', () => {
    const r = dossierReport(rows, {
      asOf: '2026-03-31',
      groupBy: (d) => {
        expectTypeOf(d).toEqualTypeOf<Row>()
        return d.ward
      },
    })
    expectTypeOf(r).toEqualTypeOf<DossierReport>()
    expect(Object.keys(r.groups)).toEqual(['Phường Hải Châu', 'Phường Thạch Thang'])
    expect(r.groups['Phường Thạch Thang']!.counts.inProgressOverdue).toBe(1)
    const acc = createReportAccumulator<Row>({ asOf: '2026-03-31', groupBy: (d) => d.officer.name })
    acc.addAll(rows)
    expect(Object.keys(acc.report().groups)).toEqual(['Nguyễn Văn A', 'Trần Thị B'])
  })

  it('validateTimeline returns the core ValidationIssue shape', () => {
    const issues = validateTimeline({ ...OPEN_DUE_30_03, events: [{ type: 'supplement-supplied', at: '2026-03-24T10:00:00+07:00' }] })
    expectTypeOf(issues).toEqualTypeOf<TimelineIssue[]>()
    expectTypeOf(issues[0]!).toMatchTypeOf<ValidationIssue>()
    expect(issues).toEqual([{
      code: 'supply-without-request',
      path: ['events', 0],
      message: { vi: 'Bổ sung hồ sơ 24/03/2026 10:00 khi không có yêu cầu bổ sung', en: 'Supplement at 2026-03-24T10:00:00+07:00 without a pending request' },
      severity: 'warning',
    }])
  })
})

describe('parseTimeLimit / safeParseTimeLimit', () => {
  it('reads the published forms, the amount as a vi-VN number', () => {
    expect(parseTimeLimit('05 ngày làm việc')).toEqual({ amount: 5, unit: 'working-days' })
    expect(parseTimeLimit('1,5 giờ làm việc')).toEqual({ amount: 1.5, unit: 'working-hours' })
    expect(parseTimeLimit('15 NGAY')).toEqual({ amount: 15, unit: 'days' })
    expect(safeParseTimeLimit('3 tháng')).toEqual({ ok: true, value: { amount: 3, unit: 'months' } })
  })

  it('refuses with a code; parse throws RangeError (TypeError for non-text)', () => {
    expect(safeParseTimeLimit('0,5 ngày làm việc')).toMatchObject({ ok: false, code: 'not-whole' })
    expect(safeParseTimeLimit('0,01 giờ')).toMatchObject({ ok: false, code: 'not-whole' })
    expect(safeParseTimeLimit('15 tuần')).toMatchObject({ ok: false, code: 'unknown-unit' })
    expect(safeParseTimeLimit(undefined)).toMatchObject({ ok: false, code: 'not-text' })
    expect(() => parseTimeLimit('15 tuần')).toThrow(RangeError)
    expect(() => parseTimeLimit(15 as never)).toThrow(TypeError)
  })
})
