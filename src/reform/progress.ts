import { Decimal, percentOf } from '../core/decimal.js'
import { requireAsOf, readAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate, toDayNumber, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnPercent } from '../format/number.js'
import { resolveDueDate } from './due-period.js'
import type { DocumentNumber } from '../documents/parse-document-number.js'
import { PAR_FIELD_IDS } from './fields.js'
import { planDocumentNumber } from './plan-document.js'
import type { DueDate, TaskStatus } from './schema.js'

/**
 * The minimum a task needs for {@link planProgress}: an id and a due date
 * (ISO date, {@link DuePeriod} or Vietnamese wording); the completion date,
 * status, field and owner refine the counts. A {@link ReformTask} is one.
 *
 * @example
 * ```ts
 * import type { ProgressTaskInput } from 'hanhchinh/reform'
 * const t: ProgressTaskInput = { id: '1', title: 'Ban hành kế hoạch', dueDate: 'Quý I', completedAt: '2022-01-20' }
 * t.id //=> '1'
 * ```
 */
export interface ProgressTaskInput {
  id: string
  title?: string | undefined
  /** One of the eight {@link PAR_FIELD_IDS} (anything else is a `RangeError`); tasks without one are counted under {@link UNASSIGNED}. */
  field?: string | undefined
  /** Owner unit (đơn vị chủ trì); tasks without one are counted under {@link UNASSIGNED}. */
  owner?: string | undefined
  /** An ISO date, a {@link DuePeriod}, Vietnamese wording, or an instant (date-time with offset, `Date`) read in Vietnam time. */
  dueDate: DueDate | string | Date
  /** Civil date of completion, or an instant (ISO date-time with offset, `Date`) read in Vietnam time. */
  completedAt?: string | Date | undefined
  status?: TaskStatus | undefined
}

/**
 * The minimum a plan needs for {@link planProgress}: an id (its document
 * number), the year its periods resolve in, and the tasks. A
 * {@link ReformPlan} is one.
 *
 * @example
 * ```ts
 * import type { ProgressPlanInput } from 'hanhchinh/reform'
 * const plan: ProgressPlanInput = { id: '02/KH-VPUB', year: 2022, tasks: [] }
 * plan.tasks.length //=> 0
 * ```
 */
export interface ProgressPlanInput {
  id: string
  year: number
  /** The tasks: an array or any iterable (read once, in order). */
  tasks: Iterable<ProgressTaskInput>
}

/**
 * How recurring tasks ("thường xuyên", "hằng tháng" ...) enter the counts.
 * They have no deadline, so they are never overdue and never late:
 *
 * - `'include'` (default) — they are tasks of the plan like any other and
 *   count in the denominator (`assessed = total`), as mid-year reports do
 *   ("hoàn thành 30/50 nhiệm vụ" counts every task of the plan): completed
 *   (on time) when they have a completion date on or before `asOf` or are
 *   reported completed, otherwise in progress (or not started when their
 *   status says so). They are also counted in `recurring`.
 * - `'exclude'` — they are counted in `recurring` only and left out of every
 *   other bucket and of the denominator (`assessed = total − recurring`), for
 *   reports that measure only tasks with a deadline.
 *
 * @example
 * ```ts
 * import type { RecurringPolicy } from 'hanhchinh/reform'
 * const policy: RecurringPolicy = 'exclude'
 * policy //=> 'exclude'
 * ```
 */
export type RecurringPolicy = 'exclude' | 'include'

/**
 * Options of {@link planProgress}.
 *
 * @example
 * ```ts
 * import type { PlanProgressOptions } from 'hanhchinh/reform'
 * const o: PlanProgressOptions = { asOf: '2022-06-30', recurring: 'exclude' }
 * o.asOf //=> '2022-06-30'
 * ```
 */
export interface PlanProgressOptions {
  /**
   * The day of the report ("tính đến ngày"): completions after it are not
   * counted, deadlines before it are past. The library's one `asOf`: an ISO
   * date (that whole day), an ISO date-time with offset or a `Date` (its
   * civil date in Vietnam time).
   */
  asOf: AsOf
  /** How recurring tasks enter the counts. @defaultValue 'include' */
  recurring?: RecurringPolicy | undefined
}

/**
 * A ratio `part / whole`: the exact counts, the ratio as a Decimal in
 * [0, 1] (`undefined` when `whole` is 0) and the published percentage,
 * rounded half-up to 2 places.
 *
 * @example
 * ```ts
 * import { planProgress, type ProgressRatio } from 'hanhchinh/reform'
 * const r: ProgressRatio = planProgress({ id: 'KH', year: 2022, tasks: [
 *   { id: '1', dueDate: 'Quý I', completedAt: '2022-03-01' }, { id: '2', dueDate: 'Quý IV' }, { id: '3', dueDate: 'Quý IV' },
 * ] }, { asOf: '2022-06-30' }).ratios.completed
 * r.part //=> 1
 * r.whole //=> 3
 * r.value?.toSignificantDigits(4).toString() //=> '0.3333'
 * r.percent //=> '33.33'
 * ```
 */
export interface ProgressRatio {
  part: number
  whole: number
  /** `part / whole` as a Decimal (40 significant digits), `undefined` when `whole` is 0. */
  value: Decimal | undefined
  /** The percentage rounded half-up to 2 decimals, `undefined` when `whole` is 0. */
  percent: Decimal | undefined
}

/**
 * Counts of a plan or of a group of its tasks (a field, an owner). The
 * buckets `completed + inProgress + overdue + notStarted` add up to
 * `assessed`; `completed = completedOnTime + completedLate + completedUndated`.
 *
 * @example
 * ```ts
 * import { planProgress, type ProgressCounts } from 'hanhchinh/reform'
 * const c: ProgressCounts = planProgress({ id: 'KH', year: 2022, tasks: [
 *   { id: '1', dueDate: 'Quý I', completedAt: '2022-04-02' },
 * ] }, { asOf: '2022-06-30' })
 * c.completedLate //=> 1
 * c.completionRate?.toFixed(2) //=> '100.00'
 * ```
 */
export interface ProgressCounts {
  /** All tasks. */
  total: number
  /** Tasks without a deadline ("thường xuyên", "hằng tháng" ...). */
  recurring: number
  /** The denominator of the ratios: `total − recurring`, or `total` when recurring tasks are included. */
  assessed: number
  /** Completed by `asOf`. */
  completed: number
  /** Completed on or before the deadline. */
  completedOnTime: number
  /** Completed after the deadline. */
  completedLate: number
  /** Reported completed (`status: 'completed'`) without a completion date: timeliness unknown. */
  completedUndated: number
  /** Not completed, deadline not passed (or no deadline), not marked not-started. */
  inProgress: number
  /** Not completed and the deadline is before `asOf`. */
  overdue: number
  /** Not completed, deadline not passed, status `'not-started'`. */
  notStarted: number
  /** `completed / assessed` as a percentage with 2 decimals (half-up); `undefined` when nothing is assessed. */
  completionRate: Decimal | undefined
}

/**
 * The state of one task at `asOf`.
 *
 * @example
 * ```ts
 * import type { TaskState } from 'hanhchinh/reform'
 * const s: TaskState = 'overdue'
 * s //=> 'overdue'
 * ```
 */
export type TaskState = 'completed-on-time' | 'completed-late' | 'completed-undated' | 'in-progress' | 'overdue' | 'not-started' | 'recurring'

/**
 * One task as classified by {@link planProgress}.
 *
 * @example
 * ```ts
 * import { planProgress, type TaskProgress } from 'hanhchinh/reform'
 * const t: TaskProgress = planProgress({ id: 'KH', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I' }] }, { asOf: '2022-04-30' }).tasks[0]!
 * t //=> { id: '1', dueOn: '2022-03-31', state: 'overdue', daysOverdue: 30 }
 * ```
 */
export interface TaskProgress {
  id: string
  title?: string
  field?: string
  owner?: string
  /** The resolved deadline; absent for recurring tasks. */
  dueOn?: IsoDate
  completedAt?: IsoDate
  state: TaskState
  /** Days past the deadline, for an overdue task (`asOf − dueOn`). */
  daysOverdue?: number
  /** Days after the deadline the task was completed, for a late one. */
  daysLate?: number
}

/**
 * The progress report of a plan at a date (see {@link planProgress}).
 *
 * @example
 * ```ts
 * import { planProgress, type PlanProgress } from 'hanhchinh/reform'
 * const p: PlanProgress = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [] }, { asOf: '2022-06-30' })
 * p.completionRate //=> undefined
 * ```
 */
export interface PlanProgress extends ProgressCounts {
  planId: string
  /** The plan's document number, when its id is one ({@link planDocumentNumber}). */
  document?: DocumentNumber
  year: number
  asOf: IsoDate
  recurringPolicy: RecurringPolicy
  /** Exact ratios of each bucket over `assessed`. */
  ratios: {
    completed: ProgressRatio
    completedOnTime: ProgressRatio
    completedLate: ProgressRatio
    inProgress: ProgressRatio
    overdue: ProgressRatio
    notStarted: ProgressRatio
  }
  /** Every task with its state, in plan order. */
  tasks: TaskProgress[]
  /** The overdue tasks, most overdue first (then plan order). */
  overdueTasks: TaskProgress[]
  /** Counts per PAR field (key `'unassigned'` for tasks without a field), PAR fields first in their order. */
  byField: Record<string, ProgressCounts>
  /** Counts per owner unit (key `'unassigned'` for tasks without an owner), in order of first appearance. */
  byOwner: Record<string, ProgressCounts>
  /** One-line summary: "Hoàn thành 30/50 nhiệm vụ (60,00%)". */
  summary: Label
}

/**
 * The key used in `byField` / `byOwner` for tasks without a field or owner.
 *
 * @example
 * ```ts
 * import { UNASSIGNED } from 'hanhchinh/reform'
 * UNASSIGNED //=> 'unassigned'
 * ```
 */
export const UNASSIGNED = 'unassigned'

interface Tally {
  total: number
  recurring: number
  completedOnTime: number
  completedLate: number
  completedUndated: number
  inProgress: number
  overdue: number
  notStarted: number
}

const emptyTally = (): Tally => ({ total: 0, recurring: 0, completedOnTime: 0, completedLate: 0, completedUndated: 0, inProgress: 0, overdue: 0, notStarted: 0 })

function add(t: Tally, state: TaskState): void {
  t.total++
  switch (state) {
    case 'completed-on-time': t.completedOnTime++; break
    case 'completed-late': t.completedLate++; break
    case 'completed-undated': t.completedUndated++; break
    case 'in-progress': t.inProgress++; break
    case 'overdue': t.overdue++; break
    case 'not-started': t.notStarted++; break
    case 'recurring': break
  }
}

function counts(t: Tally, policy: RecurringPolicy): ProgressCounts {
  const completed = t.completedOnTime + t.completedLate + t.completedUndated
  const assessed = policy === 'exclude' ? t.total - t.recurring : t.total
  return {
    total: t.total,
    recurring: t.recurring,
    assessed,
    completed,
    completedOnTime: t.completedOnTime,
    completedLate: t.completedLate,
    completedUndated: t.completedUndated,
    inProgress: t.inProgress,
    overdue: t.overdue,
    notStarted: t.notStarted,
    completionRate: percentOf(completed, assessed),
  }
}

const ratio = (part: number, whole: number): ProgressRatio => ({
  part,
  whole,
  value: whole === 0 ? undefined : new Decimal(part).div(whole),
  percent: percentOf(part, whole),
})

const OPTION_NAMES: OptionNames<PlanProgressOptions> = { asOf: true, recurring: true }

interface Resolved {
  due: IsoDate | undefined
  dueDay: number
}

const STATUSES: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'completed'])

// Plans repeat a handful of deadline wordings ("Quý II", "Thường xuyên") and
// of dates: each distinct string is resolved and validated once per call.
class Resolver {
  private readonly dues = new Map<string, Resolved>()
  private readonly days = new Map<string, { day: number; date: IsoDate }>()
  constructor(private readonly year: number) {}

  due(due: DueDate | string | Date, i: number, id: string): Resolved {
    if (typeof due === 'string') {
      const hit = this.dues.get(due)
      if (hit !== undefined) return hit
    }
    const where = `plan.tasks[${i}].dueDate (task ${id})`
    const iso = resolveDueDate(due, this.year, where)
    const r: Resolved = { due: iso, dueDay: iso === undefined ? NaN : toDayNumber(iso) }
    if (typeof due === 'string') this.dues.set(due, r)
    return r
  }

  day(date: string | Date, i: number, id: string): { day: number; date: IsoDate } {
    if (typeof date === 'string') {
      const hit = this.days.get(date)
      if (hit !== undefined) return hit
    }
    // a completion date: an ISO date, or an instant read as its civil date in Vietnam time
    const iso = readAsOf(date, `plan.tasks[${i}].completedAt (task ${id})`).date
    const r = { day: toDayNumber(iso), date: iso }
    if (typeof date === 'string') this.days.set(date, r)
    return r
  }
}

function classify(task: ProgressTaskInput, i: number, resolver: Resolver, asOfDay: number, policy: RecurringPolicy): TaskProgress {
  if (task === null || typeof task !== 'object') throw wrongType(`plan.tasks[${i}]`, task, 'a task object')
  const id = task.id
  if (typeof id !== 'string' || id === '') throw invalidArgument(`plan.tasks[${i}].id`, id, 'a non-empty string')
  const { due: dueOn, dueDay } = resolver.due(task.dueDate, i, id)
  const done = task.completedAt === undefined ? undefined : resolver.day(task.completedAt, i, id)
  const completedAt = done?.date
  const doneDay = done?.day
  const status = task.status
  if (status !== undefined && !STATUSES.has(status)) {
    throw invalidArgument(`plan.tasks[${i}].status (task ${id})`, status, "'not-started', 'in-progress' or 'completed'")
  }
  if (task.field !== undefined && !PAR_FIELD_SET.has(task.field)) {
    throw invalidArgument(`plan.tasks[${i}].field (task ${id})`, task.field, `one of the PAR field ids ${PAR_FIELD_IDS.join(', ')} (or no field)`)
  }
  if (task.owner !== undefined && (typeof task.owner !== 'string' || task.owner === '')) throw wrongType(`plan.tasks[${i}].owner (task ${id})`, task.owner, 'a non-empty string or undefined')
  if (task.title !== undefined && typeof task.title !== 'string') throw wrongType(`plan.tasks[${i}].title (task ${id})`, task.title, 'a string or undefined')
  const out: TaskProgress = { id, state: 'in-progress' }
  if (task.title !== undefined) out.title = task.title
  if (task.field !== undefined) out.field = task.field
  if (task.owner !== undefined) out.owner = task.owner
  if (dueOn !== undefined) out.dueOn = dueOn
  if (completedAt !== undefined) out.completedAt = completedAt
  const doneByAsOf = doneDay !== undefined ? doneDay <= asOfDay : status === 'completed'
  if (dueOn === undefined) {
    // recurring: never overdue
    if (policy === 'exclude') out.state = 'recurring'
    else if (doneByAsOf) out.state = doneDay === undefined ? 'completed-undated' : 'completed-on-time'
    else out.state = status === 'not-started' ? 'not-started' : 'in-progress'
    return out
  }
  if (doneByAsOf) {
    if (doneDay === undefined) out.state = 'completed-undated'
    else if (doneDay <= dueDay) out.state = 'completed-on-time'
    else {
      out.state = 'completed-late'
      out.daysLate = doneDay - dueDay
    }
  } else if (dueDay < asOfDay) {
    out.state = 'overdue'
    out.daysOverdue = asOfDay - dueDay
  } else {
    out.state = task.status === 'not-started' ? 'not-started' : 'in-progress'
  }
  return out
}

const fmt = (d: Decimal | undefined, lang: 'vi' | 'en'): string =>
  d === undefined ? '—' : formatVnPercent(d, lang === 'vi' ? { decimals: 2 } : { decimals: 2, decimalSeparator: '.' })

/**
 * The progress of a reform plan at a date ("tính đến ngày `asOf`"): how
 * many tasks are completed (on time or late), in progress, overdue or not
 * started, with exact ratios, per PAR field and per owner unit, and the list
 * of overdue tasks.
 *
 * Rules (see docs/reform.md):
 * - a due period resolves to its last day in the plan year (quý II → 30/06);
 * - completed = a completion date on or before `asOf` (a later completion is
 *   not yet known at `asOf`), or `status: 'completed'` without a date
 *   (`completedUndated`); on time = completion date ≤ deadline;
 * - overdue = not completed and deadline < `asOf` (a task due on `asOf`
 *   itself is not yet overdue);
 * - recurring tasks are never overdue or late; by default they count in
 *   the denominator and are in progress until completed
 *   ({@link RecurringPolicy}).
 *
 * Throws a `RangeError` naming the task for a due date or completion date
 * that is not valid, an unknown status or field, or a task id used twice.
 * Never mutates the plan. An empty plan is not an error: its ratios are
 * `undefined` and its summary says it has no tasks.
 *
 * A single pass over any iterable; for an async source use
 * {@link planProgressAsync}, and combine reports over parts of a plan with
 * {@link mergePlanProgress}.
 *
 * @example
 * ```ts
 * import { planProgress } from 'hanhchinh/reform'
 * const plan = { id: '02/KH-VPUB', year: 2022, tasks: [
 *   { id: '1', title: 'Kế hoạch CCHC năm', dueDate: '2022-01-31', completedAt: '2022-01-20' },
 *   { id: '2', title: 'Rà soát TTHC', dueDate: 'Quý I', completedAt: '2022-04-05' },
 *   { id: '3', title: 'Báo cáo 6 tháng', dueDate: 'Quý II' },
 *   { id: '4', title: 'Số hóa hồ sơ', dueDate: 'Quý I' },
 *   { id: '5', title: 'Tuyên truyền CCHC', dueDate: 'Thường xuyên' },
 * ] }
 * const p = planProgress(plan, { asOf: '2022-06-30' })
 * p //=> { total: 5, recurring: 1, assessed: 5, completed: 2, completedOnTime: 1, completedLate: 1, inProgress: 2, overdue: 1 }
 * p.completionRate?.toFixed(2) //=> '40.00'
 * p.overdueTasks.map((t) => t.id) //=> ['4']
 * p.summary.vi //=> 'Hoàn thành 2/5 nhiệm vụ (40,00%); 1 nhiệm vụ quá hạn'
 * const dated = planProgress(plan, { asOf: '2022-06-30', recurring: 'exclude' })
 * dated.summary.vi //=> 'Hoàn thành 2/4 nhiệm vụ (50,00%), không tính 1 nhiệm vụ thường xuyên; 1 nhiệm vụ quá hạn'
 * planProgress(plan, { asOf: '30/06/2022' }) //=> throws RangeError: options.asOf
 * planProgress(plan, { asOf: '2022-06-30', recuring: 'exclude' } as never) //=> throws RangeError: Unknown option "recuring" of planProgress (did you mean "recurring"?
 * ```
 */
export function planProgress(plan: ProgressPlanInput, options: PlanProgressOptions): PlanProgress {
  const acc = new ProgressAccumulator(plan, options, 'planProgress')
  const input = plan.tasks
  if (input === null || typeof input !== 'object' || typeof (input as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    throw wrongType('plan.tasks', input, 'an array (or iterable) of tasks')
  }
  for (const task of input) acc.add(task)
  return acc.result()
}

/**
 * The input of {@link planProgressAsync}: a plan whose tasks may come from
 * an async source (a stream of spreadsheet rows, a database cursor).
 *
 * @example
 * ```ts
 * import type { AsyncProgressPlanInput } from 'hanhchinh/reform'
 * async function* rows() { yield { id: '1', dueDate: 'Quý I' } }
 * const plan: AsyncProgressPlanInput = { id: '02/KH-VPUB', year: 2022, tasks: rows() }
 * plan.year //=> 2022
 * ```
 */
export interface AsyncProgressPlanInput {
  id: string
  year: number
  /** The tasks: an async iterable, an array or any iterable (read once, in order). */
  tasks: AsyncIterable<ProgressTaskInput> | Iterable<ProgressTaskInput>
}

/**
 * {@link planProgress} over tasks read from an async source: the same
 * single pass and the same result.
 *
 * @example
 * ```ts
 * import { planProgressAsync } from 'hanhchinh/reform'
 * async function* rows() {
 *   yield { id: '1', dueDate: 'Quý I', completedAt: '2022-03-20' }
 *   yield { id: '2', dueDate: 'Quý I' }
 * }
 * const p = await planProgressAsync({ id: '02/KH-VPUB', year: 2022, tasks: rows() }, { asOf: '2022-06-30' })
 * p.summary.vi //=> 'Hoàn thành 1/2 nhiệm vụ (50,00%); 1 nhiệm vụ quá hạn'
 * ```
 */
export async function planProgressAsync(plan: AsyncProgressPlanInput, options: PlanProgressOptions): Promise<PlanProgress> {
  const acc = new ProgressAccumulator(plan, options, 'planProgressAsync')
  const input = plan.tasks as unknown
  if (input !== null && typeof input === 'object' && typeof (input as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    for await (const task of input as AsyncIterable<ProgressTaskInput>) acc.add(task)
  } else if (input !== null && typeof input === 'object' && typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const task of input as Iterable<ProgressTaskInput>) acc.add(task)
  } else {
    throw wrongType('plan.tasks', input, 'an async iterable, an array or an iterable of tasks')
  }
  return acc.result()
}

/**
 * Merge progress reports of the same plan computed over disjoint parts of
 * its tasks (the tasks of each owner unit, sheets processed apart): counts
 * add up and every ratio, group and the summary are recomputed from the
 * summed counts, so the result equals {@link planProgress} over all the
 * tasks at once (tasks in the order of the parts). The reports must have
 * the same plan id, year, `asOf` and recurring policy; a task id found in
 * two parts is a `RangeError`. Every report is checked first: a field of
 * the wrong shape is a `TypeError` or `RangeError` naming it
 * (`b.byField.the-che.total`).
 *
 * @example
 * ```ts
 * import { mergePlanProgress, planProgress } from 'hanhchinh/reform'
 * const options = { asOf: '2022-06-30' }
 * const a = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '1', dueDate: 'Quý I', completedAt: '2022-03-01' }] }, options)
 * const b = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [{ id: '2', dueDate: 'Quý I' }, { id: '3', dueDate: 'Quý IV' }] }, options)
 * const p = mergePlanProgress(a, b)
 * p //=> { total: 3, completed: 1, overdue: 1, inProgress: 1 }
 * p.summary.vi //=> 'Hoàn thành 1/3 nhiệm vụ (33,33%); 1 nhiệm vụ quá hạn'
 * mergePlanProgress(a, planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [] }, { asOf: '2022-12-31' })) //=> throws RangeError: asOf
 * mergePlanProgress(a, { ...b, overdueTasks: undefined } as never) //=> throws TypeError: Invalid type for b.overdueTasks: undefined
 * ```
 */
export function mergePlanProgress(a: PlanProgress, b: PlanProgress, ...more: PlanProgress[]): PlanProgress {
  const parts = [a, b, ...more]
  // index loop: a hole in `more` is named, not skipped
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]
    const name = i === 0 ? 'a' : i === 1 ? 'b' : `more[${i - 2}]`
    checkProgress(p, name)
    if (i === 0) continue
    for (const key of ['planId', 'year', 'asOf', 'recurringPolicy'] as const) {
      if (p[key] !== a[key]) throw invalidArgument(`${name}.${key}`, p[key], `the same ${key} as a (${String(a[key])})`)
    }
  }
  const all = emptyTally()
  const fields = new Map<string, Tally>(PAR_FIELD_IDS.map((id) => [id, emptyTally()]))
  const owners = new Map<string, Tally>()
  const tasks: TaskProgress[] = []
  const seen = new Set<string>()
  const overdue: Array<{ t: TaskProgress; i: number }> = []
  for (const p of parts) {
    addTally(all, p)
    for (const [k, c] of Object.entries(p.byField)) addTally(groupOf(fields, k), c)
    for (const [k, c] of Object.entries(p.byOwner)) addTally(groupOf(owners, k), c)
    const position = new Map<TaskProgress, number>()
    for (const t of p.tasks) {
      if (seen.has(t.id)) throw invalidArgument('tasks', t.id, 'task ids found in one part only (the parts must be disjoint)')
      seen.add(t.id)
      position.set(t, tasks.length)
      tasks.push(t)
    }
    for (const t of p.overdueTasks) overdue.push({ t, i: position.get(t) ?? tasks.length })
  }
  return assemble({ planId: a.planId, document: a.document, year: a.year, asOf: a.asOf, policy: a.recurringPolicy }, all, fields, owners, tasks, overdue)
}

const COUNT_KEYS = ['total', 'recurring', 'completedOnTime', 'completedLate', 'completedUndated', 'inProgress', 'overdue', 'notStarted'] as const

// The shape mergePlanProgress reads of a report, checked field by field so that a
// wrong one is named (`b.byField.the-che.total`) instead of met as an engine error.
function checkCounts(c: unknown, name: string): asserts c is ProgressCounts {
  if (c === null || typeof c !== 'object') throw wrongType(name, c, 'progress counts { total, completed, overdue, … }')
  for (const key of COUNT_KEYS) {
    const n = (c as Record<string, unknown>)[key]
    if (!Number.isSafeInteger(n) || (n as number) < 0) throw invalidArgument(`${name}.${key}`, n, 'a count (non-negative integer)')
  }
}

function checkGroups(groups: unknown, name: string): void {
  if (groups === null || typeof groups !== 'object' || Array.isArray(groups)) throw wrongType(name, groups, 'an object of progress counts by key')
  for (const [k, c] of Object.entries(groups)) checkCounts(c, `${name}.${k}`)
}

function checkTasks(tasks: unknown, name: string): void {
  if (!Array.isArray(tasks)) throw wrongType(name, tasks, 'an array of tasks')
  for (let i = 0; i < tasks.length; i++) {
    const t: unknown = tasks[i]
    if (t === null || typeof t !== 'object') throw wrongType(`${name}[${i}]`, t, 'a task { id, state, … }')
    const id = (t as { id?: unknown }).id
    if (typeof id !== 'string') throw wrongType(`${name}[${i}].id`, id, 'a task id (string)')
  }
}

function checkProgress(p: unknown, name: string): asserts p is PlanProgress {
  if (p === null || typeof p !== 'object') throw wrongType(name, p, 'a result of planProgress')
  const r = p as Partial<Record<keyof PlanProgress, unknown>>
  if (typeof r.planId !== 'string') throw wrongType(`${name}.planId`, r.planId, 'the plan id (string)')
  if (!Number.isSafeInteger(r.year)) throw invalidArgument(`${name}.year`, r.year, 'an integer year')
  if (!isIsoDate(r.asOf)) throw invalidArgument(`${name}.asOf`, r.asOf, 'an ISO date YYYY-MM-DD')
  if (r.recurringPolicy !== 'include' && r.recurringPolicy !== 'exclude') throw invalidArgument(`${name}.recurringPolicy`, r.recurringPolicy, "'include' or 'exclude'")
  checkCounts(p, name)
  checkTasks(r.tasks, `${name}.tasks`)
  checkTasks(r.overdueTasks, `${name}.overdueTasks`)
  checkGroups(r.byField, `${name}.byField`)
  checkGroups(r.byOwner, `${name}.byOwner`)
}

function addTally(t: Tally, c: ProgressCounts): void {
  t.total += c.total
  t.recurring += c.recurring
  t.completedOnTime += c.completedOnTime
  t.completedLate += c.completedLate
  t.completedUndated += c.completedUndated
  t.inProgress += c.inProgress
  t.overdue += c.overdue
  t.notStarted += c.notStarted
}

function groupOf(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key)
  if (t === undefined) map.set(key, (t = emptyTally()))
  return t
}

const PAR_FIELD_SET: ReadonlySet<string> = new Set(PAR_FIELD_IDS)

interface Meta {
  planId: string
  document: DocumentNumber | undefined
  year: number
  asOf: IsoDate
  policy: RecurringPolicy
}

// The single pass behind planProgress and planProgressAsync.
class ProgressAccumulator {
  private readonly meta: Meta
  private readonly asOfDay: number
  private readonly resolver: Resolver
  private readonly all = emptyTally()
  private readonly fields = new Map<string, Tally>(PAR_FIELD_IDS.map((id) => [id, emptyTally()]))
  private readonly owners = new Map<string, Tally>()
  private readonly tasks: TaskProgress[] = []
  private readonly seen = new Set<string>()
  private readonly overdue: Array<{ t: TaskProgress; i: number }> = []
  private i = -1

  constructor(plan: { id: string; year: number }, options: PlanProgressOptions, where: string) {
    if (plan === null || typeof plan !== 'object') throw wrongType('plan', plan, 'a plan object { id, year, tasks }')
    if (options === undefined) throw wrongType('options', options, 'an options object { asOf }: the library never reads the clock')
    const o = readOptions(options, OPTION_NAMES, where)
    const asOf = requireAsOf(o.asOf).date
    const policy = readChoice(o.recurring, ['include', 'exclude'], 'include', 'options.recurring')
    if (!Number.isInteger(plan.year) || plan.year < 1900 || plan.year > 9999) throw invalidArgument('plan.year', plan.year, 'an integer year 1900..9999')
    if (typeof plan.id !== 'string' || plan.id === '') throw invalidArgument('plan.id', plan.id, 'a non-empty string (the plan\'s document number)')
    this.meta = { planId: plan.id, document: planDocumentNumber(plan.id), year: plan.year, asOf, policy }
    this.asOfDay = toDayNumber(asOf)
    this.resolver = new Resolver(plan.year)
  }

  add(task: ProgressTaskInput): void {
    const i = ++this.i
    const t = classify(task, i, this.resolver, this.asOfDay, this.meta.policy)
    if (this.seen.has(t.id)) throw invalidArgument(`plan.tasks[${i}].id`, t.id, 'a task id not used by another task')
    this.seen.add(t.id)
    this.tasks.push(t)
    if (t.state === 'overdue') this.overdue.push({ t, i })
    const r = t.dueOn === undefined ? 1 : 0
    add(this.all, t.state)
    this.all.recurring += r
    const f = groupOf(this.fields, t.field ?? UNASSIGNED)
    add(f, t.state)
    f.recurring += r
    const o = groupOf(this.owners, t.owner ?? UNASSIGNED)
    add(o, t.state)
    o.recurring += r
  }

  result(): PlanProgress {
    return assemble(this.meta, this.all, this.fields, this.owners, this.tasks, this.overdue)
  }
}

// An own property even for the key "__proto__" (an owner unit is caller text): a plain
// assignment would set the object's prototype and lose the group.
function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
}

function assemble(
  meta: Meta, all: Tally, fields: Map<string, Tally>, owners: Map<string, Tally>, tasks: TaskProgress[], overdue: Array<{ t: TaskProgress; i: number }>,
): PlanProgress {
  const policy = meta.policy
  const total = counts(all, policy)
  const byField: Record<string, ProgressCounts> = {}
  for (const [k, v] of fields) if (v.total > 0) setOwn(byField, k, counts(v, policy))
  const byOwner: Record<string, ProgressCounts> = {}
  for (const [k, v] of owners) if (v.total > 0) setOwn(byOwner, k, counts(v, policy))

  const overdueTasks = [...overdue]
    .sort((a, b) => (b.t.daysOverdue ?? 0) - (a.t.daysOverdue ?? 0) || a.i - b.i)
    .map(({ t }) => t)

  const excluded = policy === 'exclude' && total.recurring > 0
  let summary: Label
  if (total.total === 0) {
    summary = { vi: 'Kế hoạch chưa có nhiệm vụ nào (0 nhiệm vụ)', en: 'The plan has no tasks (0 tasks)' }
  } else if (total.assessed === 0) {
    summary = {
      vi: `Không có nhiệm vụ có thời hạn để đánh giá (không tính ${total.recurring} nhiệm vụ thường xuyên)`,
      en: `No task with a deadline to assess (not counting ${total.recurring} recurring task${total.recurring === 1 ? '' : 's'})`,
    }
  } else {
    summary = {
      vi:
        `Hoàn thành ${total.completed}/${total.assessed} nhiệm vụ (${fmt(total.completionRate, 'vi')})` +
        (excluded ? `, không tính ${total.recurring} nhiệm vụ thường xuyên` : '') +
        (total.overdue > 0 ? `; ${total.overdue} nhiệm vụ quá hạn` : ''),
      en:
        `Completed ${total.completed}/${total.assessed} tasks (${fmt(total.completionRate, 'en')})` +
        (excluded ? `, not counting ${total.recurring} recurring task${total.recurring === 1 ? '' : 's'}` : '') +
        (total.overdue > 0 ? `; ${total.overdue} overdue` : ''),
    }
  }

  const w = total.assessed
  return {
    planId: meta.planId,
    ...(meta.document === undefined ? {} : { document: meta.document }),
    year: meta.year,
    asOf: meta.asOf,
    recurringPolicy: policy,
    ...total,
    ratios: {
      completed: ratio(total.completed, w),
      completedOnTime: ratio(total.completedOnTime, w),
      completedLate: ratio(total.completedLate, w),
      inProgress: ratio(total.inProgress, w),
      overdue: ratio(total.overdue, w),
      notStarted: ratio(total.notStarted, w),
    },
    tasks,
    overdueTasks,
    byField,
    byOwner,
    summary,
  }
}
