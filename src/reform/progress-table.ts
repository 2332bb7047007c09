import { percentOf } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import type { CellValue, Table, TableColumn } from '../tables/schema.js'
import { PAR_INDEX_BASIS, parField } from './fields.js'
import { UNASSIGNED, type PlanProgress, type ProgressCounts } from './progress.js'

/**
 * Options of {@link planProgressTable}.
 *
 * @example
 * ```ts
 * import type { PlanProgressTableOptions } from 'hanhchinh/reform'
 * const o: PlanProgressTableOptions = { view: 'owner', rates: 'decimal' }
 * o.view //=> 'owner'
 * ```
 */
export interface PlanProgressTableOptions {
  /**
   * What the table lists: `'field'` (default) one row per PAR field,
   * `'owner'` one row per owner unit — each with a total row — or
   * `'overdue'` the overdue tasks, most overdue first.
   */
  view?: 'field' | 'owner' | 'overdue' | undefined
  /**
   * How the rates are typed (`'field'` and `'owner'` only): `'percent'`
   * (default) columns written `60,00%`, or `'decimal'` columns of percentage
   * points (`60,00`) headed "(%)", as many report templates print them.
   * Either way the value is the exact `Decimal`, rounded half-up to 2 places.
   */
  rates?: 'percent' | 'decimal' | undefined
  /** The language of the text cells (the headings are always bilingual). @defaultValue 'vi' */
  language?: 'vi' | 'en' | undefined
  /** The title; by default the view and the plan with its date. */
  title?: Label | string | undefined
}

const OPTION_NAMES: OptionNames<PlanProgressTableOptions> = { view: true, rates: true, language: true, title: true }

const col = (id: string, vi: string, en: string, type: TableColumn['type'], width?: number): TableColumn =>
  width === undefined ? { id, label: { vi, en }, type } : { id, label: { vi, en }, type, width }

const UNASSIGNED_LABEL = {
  field: { vi: 'Chưa xác định lĩnh vực', en: 'No field' },
  owner: { vi: 'Chưa giao đơn vị chủ trì', en: 'No owner unit' },
} as const

const COUNT_COLUMNS: TableColumn[] = [
  col('total', 'Tổng số nhiệm vụ', 'Tasks', 'integer'),
  col('assessed', 'Số nhiệm vụ đánh giá', 'Assessed', 'integer'),
  col('completed', 'Đã hoàn thành', 'Completed', 'integer'),
  col('completedOnTime', 'Hoàn thành đúng hạn', 'On time', 'integer'),
  col('completedLate', 'Hoàn thành quá hạn', 'Late', 'integer'),
  col('inProgress', 'Đang thực hiện', 'In progress', 'integer'),
  col('notStarted', 'Chưa triển khai', 'Not started', 'integer'),
  col('overdue', 'Quá hạn chưa hoàn thành', 'Overdue', 'integer'),
]

function countRow(group: string, c: ProgressCounts): Record<string, CellValue> {
  return {
    group, total: c.total, assessed: c.assessed, completed: c.completed, completedOnTime: c.completedOnTime, completedLate: c.completedLate,
    inProgress: c.inProgress, notStarted: c.notStarted, overdue: c.overdue,
    completionRate: c.completionRate ?? null,
    onTimeRate: percentOf(c.completedOnTime, c.assessed) ?? null,
    overdueRate: percentOf(c.overdue, c.assessed) ?? null,
  }
}

function groupsTable(p: PlanProgress, by: 'field' | 'owner', rates: 'percent' | 'decimal', language: 'vi' | 'en', title: Label | string | undefined): Table {
  const groups = by === 'field' ? p.byField : p.byOwner
  if (groups === null || typeof groups !== 'object') throw wrongType(by === 'field' ? 'progress.byField' : 'progress.byOwner', groups, 'the counts by key of planProgress')
  const name = (key: string): string =>
    key === UNASSIGNED ? UNASSIGNED_LABEL[by][language] : by === 'field' ? (parField(key)?.label[language] ?? key) : key
  const rows = Object.keys(groups).map((key) => countRow(name(key), groups[key]!))
  rows.push(countRow(language === 'vi' ? 'Tổng cộng' : 'Total', p))
  const suffix = rates === 'decimal' ? { vi: ' (%)', en: ' (%)' } : { vi: '', en: '' }
  const rate = (id: string, vi: string, en: string): TableColumn => col(id, vi + suffix.vi, en + suffix.en, rates)
  const plan = p.document?.text ?? p.planId
  return {
    title: title ?? (by === 'field'
      ? { vi: `Tiến độ thực hiện Kế hoạch ${plan} theo lĩnh vực, đến ngày ${formatVnDate(p.asOf)}`, en: `Progress of plan ${plan} by field, as of ${p.asOf}` }
      : { vi: `Tiến độ thực hiện Kế hoạch ${plan} theo đơn vị chủ trì, đến ngày ${formatVnDate(p.asOf)}`, en: `Progress of plan ${plan} by owner unit, as of ${p.asOf}` }),
    columns: [
      by === 'field' ? col('group', 'Lĩnh vực', 'Field', 'text', 40) : col('group', 'Đơn vị chủ trì', 'Owner unit', 'text', 30),
      ...COUNT_COLUMNS,
      rate('completionRate', 'Tỷ lệ hoàn thành', 'Completion rate'),
      rate('onTimeRate', 'Tỷ lệ hoàn thành đúng hạn', 'On-time rate'),
      rate('overdueRate', 'Tỷ lệ quá hạn', 'Overdue rate'),
    ],
    rows,
    notes: [
      p.summary,
      {
        vi: `Tỷ lệ tính trên số nhiệm vụ đánh giá (${p.recurringPolicy === 'exclude' ? 'không tính' : 'có tính'} nhiệm vụ thường xuyên), làm tròn 2 chữ số thập phân.`,
        en: `Rates over the assessed tasks (recurring tasks ${p.recurringPolicy === 'exclude' ? 'excluded' : 'included'}), rounded half-up to 2 decimals.`,
      },
    ],
    ...(by === 'field' ? { basis: [PAR_INDEX_BASIS] } : {}),
  }
}

function overdueTable(p: PlanProgress, language: 'vi' | 'en', title: Label | string | undefined): Table {
  if (!Array.isArray(p.overdueTasks)) throw wrongType('progress.overdueTasks', p.overdueTasks, 'the overdue tasks of planProgress')
  const plan = p.document?.text ?? p.planId
  return {
    title: title ?? { vi: `Nhiệm vụ quá hạn chưa hoàn thành của Kế hoạch ${plan}, đến ngày ${formatVnDate(p.asOf)}`, en: `Overdue tasks of plan ${plan}, as of ${p.asOf}` },
    columns: [
      col('no', 'STT', 'No.', 'integer', 6),
      col('id', 'Mã nhiệm vụ', 'Task', 'text', 10),
      col('title', 'Nội dung nhiệm vụ', 'Task title', 'text', 50),
      col('field', 'Lĩnh vực', 'Field', 'text', 30),
      col('owner', 'Đơn vị chủ trì', 'Owner unit', 'text', 24),
      col('dueOn', 'Thời hạn', 'Due', 'date'),
      col('daysOverdue', 'Số ngày quá hạn', 'Days overdue', 'integer'),
    ],
    rows: p.overdueTasks.map((t, i) => ({
      no: i + 1,
      id: t.id,
      title: t.title ?? null,
      field: t.field === undefined ? null : (parField(t.field)?.label[language] ?? t.field),
      owner: t.owner ?? null,
      dueOn: t.dueOn ?? null,
      daysOverdue: t.daysOverdue ?? null,
    })),
    notes: [{
      vi: `${p.overdueTasks.length} nhiệm vụ quá hạn; số ngày quá hạn tính theo ngày lịch đến ngày ${formatVnDate(p.asOf)}.`,
      en: `${p.overdueTasks.length} overdue task(s); days overdue are calendar days to ${p.asOf}.`,
    }],
  }
}

/**
 * A plan's progress ({@link planProgress}) as a `Table` of
 * `hanhchinh/tables`, ready for `toCsv`, `toHtml` and `toXlsx`, with
 * bilingual headings and typed columns:
 *
 * - `view: 'field'` (default) or `'owner'`: one row per PAR field (their
 *   labels, in the index order) or per owner unit, then a total row — the
 *   counts (tasks, assessed, completed on time / late, in progress, not
 *   started, overdue) and three exact rates over the assessed tasks
 *   (completion, on-time completion, overdue), `Decimal` percentage points
 *   rounded half-up to 2 places, typed `'percent'` (default) or `'decimal'`
 *   (`rates`); a group with nothing assessed has empty rates;
 * - `view: 'overdue'`: the overdue tasks, most overdue first, with their
 *   field, owner, deadline (a date cell) and days overdue.
 *
 * @throws TypeError when `progress` is not a result of planProgress; RangeError for an unknown option, or `rates` with `view: 'overdue'`
 *
 * @example
 * ```ts
 * import { planProgress, planProgressTable } from 'hanhchinh/reform'
 * import { toCsv } from 'hanhchinh/tables'
 * const p = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [
 *   { id: '1', field: 'the-che', owner: 'Sở Tư pháp', dueDate: 'Quý I', completedAt: '2022-03-20' },
 *   { id: '2', field: 'the-che', owner: 'Sở Tư pháp', dueDate: 'Quý I', title: 'Rà soát văn bản QPPL' },
 *   { id: '3', field: 'chinh-quyen-so', owner: 'Sở Thông tin và Truyền thông', dueDate: 'Quý III' },
 * ] }, { asOf: '2022-06-30' })
 * const t = planProgressTable(p)
 * t.rows.map((r) => [r.group, r.completed, String(r.completionRate)])
 * //=> [['Cải cách thể chế', 1, '50'], ['Xây dựng và phát triển chính quyền điện tử, chính quyền số', 0, '0'], ['Tổng cộng', 1, '33.33']]
 * toCsv(t).split('\r\n')[3] //=> 'Tổng cộng,3,3,1,1,0,1,0,1,"33,33%","33,33%","33,33%"'
 * planProgressTable(p, { view: 'owner', rates: 'decimal' }).columns[9]?.label.vi //=> 'Tỷ lệ hoàn thành (%)'
 * planProgressTable(p, { view: 'overdue' }).rows //=> [{ no: 1, id: '2', title: 'Rà soát văn bản QPPL', owner: 'Sở Tư pháp', dueOn: '2022-03-31', daysOverdue: 91 }]
 * planProgressTable(p, { view: 'overdue', rates: 'decimal' }) //=> throws RangeError: Option "rates" of planProgressTable is used only with view: 'field' or 'owner'
 * ```
 */
export function planProgressTable(progress: PlanProgress, options?: PlanProgressTableOptions): Table {
  if (progress === null || typeof progress !== 'object' || typeof progress.planId !== 'string' || typeof progress.asOf !== 'string' || !Number.isSafeInteger(progress.assessed)) {
    throw wrongType('progress', progress, 'the result of planProgress')
  }
  const o = readOptions(options, OPTION_NAMES, 'planProgressTable')
  const view = readChoice(o.view, ['field', 'owner', 'overdue'], 'field', 'options.view')
  const language = readChoice(o.language, ['vi', 'en'], 'vi', 'options.language')
  const title = o.title
  if (title !== undefined && typeof title !== 'string' && (title === null || typeof title !== 'object' || typeof title.vi !== 'string' || typeof title.en !== 'string')) {
    throw invalidArgument('options.title', title, 'a label { vi, en } or a text')
  }
  if (view === 'overdue') {
    refuseIgnoredOption(o, 'rates', false, "view: 'field' or 'owner'", 'planProgressTable')
    return overdueTable(progress, language, title)
  }
  const rates = readChoice(o.rates, ['percent', 'decimal'], 'percent', 'options.rates')
  return groupsTable(progress, view, rates, language, title)
}
