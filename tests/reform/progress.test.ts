import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergePlanProgress, planProgress, planProgressAsync, ReformPlanSchema, type ReformPlan } from 'hanhchinh/reform'

const PAR_FIELDS_FOR_TEST = ['the-che', 'thu-tuc-hanh-chinh', 'chinh-quyen-so'] as const

/**
 * A 50-task annual plan of a provincial People's Committee office
 * ("Kế hoạch số 02/KH-VPUB"): 30 tasks completed by 30/6/2022
 * (27 on time, 3 late), 4 tasks due in quý I / quý II still open at 30/6
 * (overdue), 16 tasks due in the second half (in progress or not started).
 */
function plan50(): ReformPlan {
  const tasks: unknown[] = []
  // 27 done on time: due quý I or quý II, completed before their deadline
  for (let i = 1; i <= 27; i++) {
    const q1 = i <= 12
    tasks.push({
      id: `${i}`,
      title: `Nhiệm vụ ${i}`,
      field: i % 2 === 0 ? 'thu-tuc-hanh-chinh' : 'chinh-quyen-so',
      owner: i % 3 === 0 ? 'Phòng Kiểm soát TTHC' : 'Trung tâm Phục vụ hành chính công',
      dueDate: q1 ? 'Quý I' : '6 tháng đầu năm',
      completedAt: q1 ? '2022-03-15' : '2022-06-20',
      evidence: [`${100 + i}/BC-VPUB`],
    })
  }
  // 3 done late: due quý I, completed in April/May
  for (let i = 28; i <= 30; i++) {
    tasks.push({ id: `${i}`, title: `Nhiệm vụ ${i}`, field: 'the-che', owner: 'Phòng Nội chính', dueDate: 'Quý I', completedAt: `2022-0${i - 24}-10` })
  }
  // 4 overdue at 30/6: due 31/03, 30/04, 31/05 and 15/06
  const overdueDue = ['Quý I', 'tháng 4', 'Tháng 5/2022', 'Trước 15/6/2022']
  overdueDue.forEach((due, k) => {
    tasks.push({ id: `${31 + k}`, title: `Nhiệm vụ ${31 + k}`, field: 'che-do-cong-vu', owner: 'Phòng Tổ chức - Hành chính', dueDate: due, status: 'in-progress' })
  })
  // 16 not yet due: quý III, quý IV, 6 tháng cuối năm; 6 not started; one completed on 5/7 (after asOf)
  for (let i = 35; i <= 50; i++) {
    tasks.push({
      id: `${i}`,
      title: `Nhiệm vụ ${i}`,
      field: 'tai-chinh-cong',
      owner: 'Phòng Quản trị - Tài vụ',
      dueDate: i <= 40 ? 'Quý III' : i <= 45 ? 'quý IV' : '6 tháng cuối năm',
      status: i <= 40 ? 'not-started' : 'in-progress',
      ...(i === 50 ? { completedAt: '2022-07-05' } : {}),
    })
  }
  return ReformPlanSchema.parse({ id: '02/KH-VPUB', year: 2022, issuedOn: '2022-01-10', tasks })
}

describe('planProgress', () => {
  it('reports 30/50 = 60,00% at 30/6 and lists the overdue tasks', () => {
    const p = planProgress(plan50(), { asOf: '2022-06-30' })
    expect(p.total).toBe(50)
    expect(p.completed).toBe(30)
    expect(p.completedOnTime).toBe(27)
    expect(p.completedLate).toBe(3)
    expect(p.overdue).toBe(4)
    expect(p.notStarted).toBe(6)
    expect(p.inProgress).toBe(10)
    expect(p.completionRate?.toFixed(2)).toBe('60.00')
    expect(p.ratios.completed.value?.toString()).toBe('0.6')
    expect(p.summary.vi).toBe('Hoàn thành 30/50 nhiệm vụ (60,00%); 4 nhiệm vụ quá hạn')
    expect(p.summary.en).toBe('Completed 30/50 tasks (60.00%); 4 overdue')
    // most overdue first: Quý I (31/03, 91 days), tháng 4 (30/04, 61), tháng 5 (31/05, 30), 15/6 (15)
    expect(p.overdueTasks.map((t) => [t.id, t.dueOn, t.daysOverdue])).toEqual([
      ['31', '2022-03-31', 91],
      ['32', '2022-04-30', 61],
      ['33', '2022-05-31', 30],
      ['34', '2022-06-15', 15],
    ])
  })

  it('parses the plan id as its document number when it is one', () => {
    const p = planProgress(plan50(), { asOf: '2022-06-30' })
    expect(p.planId).toBe('02/KH-VPUB')
    expect(p.document).toMatchObject({ kind: 'administrative', typeCode: 'KH', type: 'ke-hoach', issuer: 'VPUB', sequence: 2 })
    expect(plan50().document?.text).toBe('02/KH-VPUB')
    expect(planProgress({ id: 'KH-CCHC-2022', year: 2022, tasks: [] }, { asOf: '2022-06-30' }).document).toBeUndefined()
    expect(ReformPlanSchema.parse({ id: 'Kế hoạch số 2/KH-VPUB', year: 2022, tasks: [] }).document?.text).toBe('02/KH-VPUB')
  })

  it('groups by PAR field and by owner unit', () => {
    const p = planProgress(plan50(), { asOf: '2022-06-30' })
    expect(Object.keys(p.byField)).toEqual(['the-che', 'thu-tuc-hanh-chinh', 'che-do-cong-vu', 'tai-chinh-cong', 'chinh-quyen-so'])
    expect(p.byField['the-che']).toMatchObject({ total: 3, completedLate: 3 })
    expect(p.byField['che-do-cong-vu']).toMatchObject({ total: 4, overdue: 4, completed: 0 })
    expect(p.byField['tai-chinh-cong']!.completionRate?.toString()).toBe('0')
    expect(p.byOwner['Phòng Kiểm soát TTHC']).toMatchObject({ total: 9, completed: 9 })
    const sum = Object.values(p.byOwner).reduce((s, c) => s + c.total, 0)
    expect(sum).toBe(50)
  })

  it('counts a completion only once it happened (asOf)', () => {
    const atYearEnd = planProgress(plan50(), { asOf: '2022-12-31' })
    expect(atYearEnd.completed).toBe(31)
    // on 31/12 the quý IV and 6 tháng cuối năm tasks are due today, not yet overdue
    expect(atYearEnd.overdue).toBe(10)
    expect(planProgress(plan50(), { asOf: '2023-01-01' }).overdue).toBe(19)
    const early = planProgress(plan50(), { asOf: '2022-03-31' })
    // quý I deadline is 31/03: due today is not yet overdue
    expect(early.overdue).toBe(0)
    expect(early.completed).toBe(12)
  })

  it('reads instants in Vietnam time, whatever the host zone', () => {
    const plan = { id: 'KH', year: 2022, tasks: [
      // 30/6 23:30 in Vietnam is still 30/6: on time for quý II
      { id: 'a', dueDate: 'Quý II', completedAt: '2022-06-30T16:30:00Z' },
      // 30/6 17:30 UTC is 1/7 00:30 in Vietnam: late
      { id: 'b', dueDate: 'Quý II', completedAt: new Date(Date.UTC(2022, 5, 30, 17, 30)) },
    ] }
    const p = planProgress(plan, { asOf: new Date(Date.UTC(2022, 6, 1, 2)) })
    expect(p.asOf).toBe('2022-07-01')
    expect(p.tasks.map((t) => [t.completedAt, t.state])).toEqual([['2022-06-30', 'completed-on-time'], ['2022-07-01', 'completed-late']])
    expect(() => planProgress(plan, { asOf: '2022-07-01T09:00:00' })).toThrow(/options\.asOf/)
  })

  it('treats a deadline period as its last day', () => {
    const p = planProgress(
      { id: 'KH', year: 2024, tasks: [
        { id: 'feb', dueDate: 'tháng 2', completedAt: '2024-02-29' },
        { id: 'q2', dueDate: 'Quý II', completedAt: '2024-07-01' },
        { id: 'h1', dueDate: '6 tháng đầu năm', completedAt: '2024-06-30' },
      ] },
      { asOf: '2024-12-31' },
    )
    expect(p.tasks.map((t) => t.state)).toEqual(['completed-on-time', 'completed-late', 'completed-on-time'])
    expect(p.tasks[1]!.daysLate).toBe(1)
  })

  it('handles recurring tasks explicitly', () => {
    const plan = { id: '02/KH-VPUB', year: 2022, tasks: [
      { id: 'a', dueDate: 'Thường xuyên' },
      { id: 'b', dueDate: 'Hằng quý', completedAt: '2022-03-31' },
      { id: 'c', dueDate: 'thường xuyên', status: 'not-started' as const },
      { id: 'd', dueDate: 'Quý I' },
    ] }
    const inc = planProgress(plan, { asOf: '2022-12-31' })
    expect(inc).toMatchObject({ total: 4, recurring: 3, assessed: 4, completed: 1, inProgress: 1, notStarted: 1, overdue: 1 })
    const exc = planProgress(plan, { asOf: '2022-12-31', recurring: 'exclude' })
    expect(exc).toMatchObject({ total: 4, recurring: 3, assessed: 1, completed: 0, inProgress: 0, notStarted: 0, overdue: 1 })
    expect(exc.tasks.map((t) => t.state)).toEqual(['recurring', 'recurring', 'recurring', 'overdue'])
    expect(exc.summary.vi).toBe('Hoàn thành 0/1 nhiệm vụ (0,00%), không tính 3 nhiệm vụ thường xuyên; 1 nhiệm vụ quá hạn')
  })

  it('reports completed-without-date separately', () => {
    const p = planProgress({ id: 'KH', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I', status: 'completed' }] }, { asOf: '2022-06-30' })
    expect(p).toMatchObject({ completed: 1, completedUndated: 1, completedOnTime: 0, overdue: 0 })
  })

  it('rejects bad input naming the field', () => {
    expect(() => planProgress({ id: 'KH', year: 2022, tasks: [{ id: '1', dueDate: 'sớm' }] }, { asOf: '2022-06-30' })).toThrow(/plan\.tasks\[0\]\.dueDate/)
    expect(() => planProgress({ id: 'KH', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I', completedAt: '2022-02-30' }] }, { asOf: '2022-06-30' })).toThrow(RangeError)
    expect(() => planProgress({ id: 'KH', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I' }, { id: '1', dueDate: 'Quý II' }] }, { asOf: '2022-06-30' })).toThrow(/tasks\[1\]\.id/)
    expect(() => planProgress({ id: 'KH', year: 2022, tasks: [] }, { asOf: '2022-06-31' })).toThrow(/options\.asOf/)
  })

  it('reads tasks from any iterable', () => {
    function* tasks() {
      yield { id: '1', dueDate: 'Quý I', completedAt: '2022-03-01' }
      yield { id: '2', dueDate: 'Quý I' }
    }
    expect(planProgress({ id: 'KH', year: 2022, tasks: tasks() }, { asOf: '2022-06-30' })).toMatchObject({ total: 2, completed: 1, overdue: 1 })
    expect(() => planProgress({ id: 'KH', year: 2022, tasks: 5 as unknown as [] }, { asOf: '2022-06-30' })).toThrow(TypeError)
  })

  it('does not mutate the plan', () => {
    const plan = plan50()
    const copy = structuredClone(plan)
    planProgress(plan, { asOf: '2022-06-30' })
    expect(plan).toEqual(copy)
  })
})

const dueArb = fc.oneof(
  fc.date({ min: new Date(Date.UTC(2022, 0, 1)), max: new Date(Date.UTC(2022, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('Quý I', 'Quý II', 'quý III', 'Quý IV', '6 tháng đầu năm', '6 tháng cuối năm', 'tháng 2', 'Thường xuyên', 'Năm 2022', 'hằng tháng'),
)
const dayArb = fc.date({ min: new Date(Date.UTC(2021, 11, 1)), max: new Date(Date.UTC(2023, 1, 28)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const taskArb = fc.record(
  {
    dueDate: dueArb,
    completedAt: dayArb,
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'completed' as const),
    field: fc.constantFrom('the-che', 'tai-chinh-cong', 'tac-dong'),
    owner: fc.constantFrom('A', 'B', 'C'),
  },
  { requiredKeys: ['dueDate'] },
)

describe('planProgress properties', () => {
  it('buckets add up to the assessed total and ratios lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 40 }), dayArb, fc.constantFrom('include' as const, 'exclude' as const), (raw, asOf, recurring) => {
        const tasks = raw.map((t, i) => ({ id: String(i), ...t }))
        const p = planProgress({ id: 'KH', year: 2022, tasks }, { asOf, recurring })
        expect(p.total).toBe(tasks.length)
        expect(p.completed + p.inProgress + p.overdue + p.notStarted).toBe(p.assessed)
        expect(p.completedOnTime + p.completedLate + p.completedUndated).toBe(p.completed)
        expect(p.assessed).toBe(recurring === 'include' ? p.total : p.total - p.recurring)
        for (const r of Object.values(p.ratios)) {
          if (p.assessed === 0) expect(r.value).toBeUndefined()
          else {
            expect(r.value!.gte(0) && r.value!.lte(1)).toBe(true)
            expect(r.percent!.gte(0) && r.percent!.lte(100)).toBe(true)
          }
        }
        for (const groups of [p.byField, p.byOwner]) {
          const sum = Object.values(groups).reduce((s, c) => s + c.completed, 0)
          expect(sum).toBe(p.completed)
          expect(Object.values(groups).reduce((s, c) => s + c.total, 0)).toBe(p.total)
        }
        expect(p.overdueTasks.every((t) => t.state === 'overdue' && t.dueOn! < asOf)).toBe(true)
      }),
    )
  })
})

describe('planProgress input checks', () => {
  const base = { id: '02/KH-VPUB', year: 2022 }
  it('refuses an unknown field or a non-string owner instead of opening a group for it', () => {
    // "Thể chế" is a label, not an id: it made a group of its own
    expect(() => planProgress({ ...base, tasks: [{ id: '1', dueDate: 'Quý II', field: 'Thể chế' }] }, { asOf: '2022-06-30' }))
      .toThrow(/plan\.tasks\[0\]\.field \(task 1\): "Thể chế"/)
    expect(() => planProgress({ ...base, tasks: [{ id: '1', dueDate: 'Quý II', owner: 5 as never }] }, { asOf: '2022-06-30' })).toThrow(TypeError)
    expect(() => planProgress({ ...base, tasks: [{ id: '1', dueDate: 'Quý II', status: 'done' as never }] }, { asOf: '2022-06-30' })).toThrow(/status \(task 1\): "done"/)
  })

  it('reads a Date or date-time deadline in Vietnam time', () => {
    // 30/06/2022 20:00 UTC is 01/07/2022 03:00 in Vietnam: due 01/07, not overdue on 01/07
    const p = planProgress({ ...base, tasks: [{ id: '1', dueDate: new Date(Date.UTC(2022, 5, 30, 20)) }, { id: '2', dueDate: '2022-06-29T10:00:00+07:00' }] }, { asOf: '2022-07-01' })
    expect(p.tasks.map((t) => [t.dueOn, t.state])).toEqual([['2022-07-01', 'in-progress'], ['2022-06-29', 'overdue']])
  })

  it('says so when a plan has no tasks, or none with a deadline', () => {
    const empty = planProgress({ ...base, tasks: [] }, { asOf: '2022-06-30' })
    expect(empty).toMatchObject({ total: 0, assessed: 0, completionRate: undefined })
    expect(empty.summary.vi).toBe('Kế hoạch chưa có nhiệm vụ nào (0 nhiệm vụ)')
    const onlyRecurring = planProgress({ ...base, tasks: [{ id: '1', dueDate: 'Thường xuyên' }] }, { asOf: '2022-06-30', recurring: 'exclude' })
    expect(onlyRecurring.summary.vi).toBe('Không có nhiệm vụ có thời hạn để đánh giá (không tính 1 nhiệm vụ thường xuyên)')
  })
})

describe('planProgressAsync and mergePlanProgress', () => {
  const plan = (ids: number[]) => ({
    id: '02/KH-VPUB', year: 2022,
    tasks: ids.map((i) => ({
      id: String(i), field: PAR_FIELDS_FOR_TEST[i % 3]!, owner: ['Phòng Tổng hợp', 'Phòng Kiểm soát TTHC'][i % 2]!,
      dueDate: ['Quý I', 'Quý II', 'Thường xuyên', '2022-05-15'][i % 4]!,
      ...(i % 5 < 3 ? { completedAt: `2022-0${1 + (i % 6)}-10` } : {}),
    })),
  })

  it('an async source gives the same report as the array', async () => {
    const whole = plan(Array.from({ length: 50 }, (_, i) => i + 1))
    async function* rows() { for (const t of whole.tasks) yield t }
    const sync = planProgress(whole, { asOf: '2022-06-30' })
    expect(await planProgressAsync({ ...whole, tasks: rows() }, { asOf: '2022-06-30' })).toEqual(sync)
    expect(await planProgressAsync(whole, { asOf: '2022-06-30' })).toEqual(sync)
    await expect(planProgressAsync({ ...whole, tasks: 5 as never }, { asOf: '2022-06-30' })).rejects.toThrow(/plan\.tasks/)
  })

  it('merging the reports of disjoint parts equals the report of the whole plan (property)', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 30 }), fc.array(fc.nat({ max: 3 }), { maxLength: 30 }), dayArb, fc.constantFrom('include' as const, 'exclude' as const), (raw, cuts, asOf, recurring) => {
        const tasks = raw.map((t, i) => ({ id: String(i), ...t }))
        const parts: Array<typeof tasks> = [[], [], [], []]
        tasks.forEach((t, i) => parts[cuts[i] ?? 0]!.push(t))
        const ordered = parts.flat()
        const options = { asOf, recurring }
        const whole = planProgress({ id: 'KH', year: 2022, tasks: ordered }, options)
        const [p0, p1, ...rest] = parts.map((tasks) => planProgress({ id: 'KH', year: 2022, tasks }, options))
        const merged = mergePlanProgress(p0!, p1!, ...rest)
        expect(merged).toEqual(whole)
        // merge is associative: ((a b) c) d
        expect(mergePlanProgress(mergePlanProgress(mergePlanProgress(p0!, p1!), rest[0]!), rest[1]!)).toEqual(whole)
      }),
    )
  })

  it('refuses to merge reports of different dates, plans or policies, or overlapping parts', () => {
    const a = planProgress(plan([1, 2]), { asOf: '2022-06-30' })
    expect(() => mergePlanProgress(a, planProgress(plan([3]), { asOf: '2022-09-30' }))).toThrow(/b\.asOf: "2022-09-30"/)
    expect(() => mergePlanProgress(a, planProgress({ ...plan([3]), id: '03/KH-VPUB' }, { asOf: '2022-06-30' }))).toThrow(/b\.planId/)
    expect(() => mergePlanProgress(a, planProgress(plan([3]), { asOf: '2022-06-30', recurring: 'exclude' }))).toThrow(/b\.recurringPolicy/)
    expect(() => mergePlanProgress(a, planProgress(plan([2, 3]), { asOf: '2022-06-30' }))).toThrow(/tasks: "2"/)
    expect(() => mergePlanProgress(a, null as never)).toThrow(TypeError)
  })
})

describe('planProgress options and asOf (one dialect)', () => {
  const plan = { id: '02/KH-VPUB', year: 2022, tasks: [{ id: '1', dueDate: 'Quý II', completedAt: '2022-06-30T16:30:00+07:00' }, { id: '2', dueDate: 'Thường xuyên' }] }

  it('refuses a misspelt option, naming it and the valid ones', () => {
    expect(() => planProgress(plan, { asOf: '2022-06-30', recuring: 'exclude' } as never)).toThrow(RangeError)
    expect(() => planProgress(plan, { asOf: '2022-06-30', recuring: 'exclude' } as never))
      .toThrow('Unknown option "recuring" of planProgress (did you mean "recurring"? valid options: asOf, recurring)')
    expect(() => planProgress(plan, { asof: '2022-06-30' } as never)).toThrow(/Unknown option "asof"/)
    expect(() => planProgress(plan, { asOf: '2022-06-30', recurring: 'skip' as never })).toThrow(/options\.recurring/)
    expect(() => planProgress(plan, null as never)).toThrow(TypeError)
    expect(() => planProgress(plan, undefined as never)).toThrow(TypeError)
    expect(() => planProgress(plan, {} as never)).toThrow(/never reads the clock/)
  })

  it('reads asOf the one way: an ISO date is that whole day, an instant its civil date in Vietnam time', () => {
    // completed 30/06 16:30 Vietnam time: counted by the end of 30/06, not on 29/06
    expect(planProgress(plan, { asOf: '2022-06-30' }).completed).toBe(1)
    expect(planProgress(plan, { asOf: '2022-06-29' }).completed).toBe(0)
    expect(planProgress(plan, { asOf: '2022-06-29T23:00:00Z' }).asOf).toBe('2022-06-30')
    expect(planProgress(plan, { asOf: new Date('2022-06-30T10:00:00+07:00') }).asOf).toBe('2022-06-30')
  })

  it('planProgressAsync refuses misspelt options too', async () => {
    await expect(planProgressAsync(plan, { asOf: '2022-06-30', recuring: 'exclude' } as never)).rejects.toThrow(/Unknown option "recuring" of planProgressAsync/)
  })
})

describe('hostile input', () => {
  const options = { asOf: '2022-06-30' }
  const a = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I', completedAt: '2022-03-01', field: 'the-che', owner: 'Sở Nội vụ' }] }, options)
  const b = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '2', dueDate: 'Quý I' }] }, options)

  it('mergePlanProgress names the wrong field of a report instead of an engine error', () => {
    expect(() => mergePlanProgress(a, { ...b, overdueTasks: undefined } as never)).toThrow(/^Invalid type for b\.overdueTasks: undefined/)
    expect(() => mergePlanProgress(a, { ...b, tasks: [, ...b.tasks] } as never)).toThrow(/b\.tasks\[0\]: undefined/)
    expect(() => mergePlanProgress(a, { ...b, byField: null } as never)).toThrow(/b\.byField: null/)
    expect(() => mergePlanProgress(a, { ...b, byField: { 'the-che': null } } as never)).toThrow(/b\.byField\.the-che: null/)
    expect(() => mergePlanProgress(a, { ...b, total: 10n } as never)).toThrow(/Invalid b\.total: 10n/)
    expect(() => mergePlanProgress({ ...a, planId: {} } as never, b)).toThrow(/a\.planId/)
    expect(() => mergePlanProgress(a, b, undefined as never)).toThrow(/more\[0\]: undefined/)
    const t0 = performance.now()
    expect(() => mergePlanProgress(a, { ...b, byOwner: 'x'.repeat(100_000) } as never)).toThrow(TypeError)
    expect(performance.now() - t0).toBeLessThan(50)
    expect(mergePlanProgress(a, b)).toMatchObject({ total: 2, completed: 1, overdue: 1 })
  })

  it('an owner unit named "__proto__" is a group like any other, not the prototype of byOwner', () => {
    const tasks = [{ id: '1', dueDate: 'Quý I', owner: '__proto__' }, { id: '2', dueDate: 'Quý I', owner: 'constructor' }]
    const p = planProgress({ id: '02/KH-VPUB', year: 2022, tasks }, options)
    expect(Object.keys(p.byOwner)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(p.byOwner)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(p.byOwner, '__proto__')?.value).toMatchObject({ total: 1, overdue: 1 })
    const merged = mergePlanProgress(p, planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '3', dueDate: 'Quý IV', owner: '__proto__' }] }, options))
    expect(Object.getOwnPropertyDescriptor(merged.byOwner, '__proto__')?.value).toMatchObject({ total: 2, overdue: 1, inProgress: 1 })
  })
})
