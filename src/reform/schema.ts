import * as z from 'zod'
import { IsoDateSchema } from '../core/iso-date.js'
import { LabelSchema } from '../core/label.js'
import { LegalBasisSchema } from '../core/legal-basis.js'
import type { DocumentNumber } from '../documents/parse-document-number.js'
import { safeParseDuePeriod } from './due-period.js'
import { DuePeriodSchema, yearSchema } from './due-period-schema.js'
import { planDocumentNumber } from './plan-document.js'
import { PAR_FIELD_IDS } from './fields.js'

/**
 * Zod schema of a PAR field id (one of {@link PAR_FIELD_IDS}).
 *
 * @example
 * ```ts
 * import { ParFieldIdSchema } from 'hanhchinh/reform'
 * ParFieldIdSchema.parse('the-che') //=> 'the-che'
 * ParFieldIdSchema.safeParse('Cải cách thể chế').success //=> false
 * ```
 */
export const ParFieldIdSchema = z.enum(PAR_FIELD_IDS)

/**
 * Zod schema of a task's due date: an ISO date, a structured
 * `DuePeriod`, or Vietnamese wording that `parseDuePeriod`
 * understands ("Quý II", "6 tháng đầu năm", "Thường xuyên", "Tháng 6",
 * "Trước 30/6/2022", "Năm 2022"), which is normalised to a `DuePeriod`
 * keeping the original `text`.
 *
 * @example
 * ```ts
 * import { DueDateSchema } from 'hanhchinh/reform'
 * DueDateSchema.parse('2022-06-30') //=> '2022-06-30'
 * DueDateSchema.parse('Quý II') //=> { period: 'quarter', quarter: 2, text: 'Quý II' }
 * DueDateSchema.safeParse('sớm nhất có thể').success //=> false
 * ```
 */
export const DueDateSchema = z.union([
  IsoDateSchema,
  DuePeriodSchema,
  z.string().transform((text, ctx) => {
    const parsed = safeParseDuePeriod(text)
    if (parsed.ok) return parsed.value
    ctx.addIssue({ code: 'custom', message: `${parsed.reason.en} / ${parsed.reason.vi}` })
    return z.NEVER
  }),
])

/**
 * A task's due date: an ISO date or a `DuePeriod`.
 *
 * @example
 * ```ts
 * import type { DueDate } from 'hanhchinh/reform'
 * const due: DueDate = { period: 'half', half: 1 }
 * due //=> { period: 'half', half: 1 }
 * ```
 */
export type DueDate = z.infer<typeof DueDateSchema>

/**
 * The ids of a task's reported status. The status is optional: a task with
 * a completion date is completed whatever its status says.
 *
 * @example
 * ```ts
 * import { TASK_STATUS_IDS } from 'hanhchinh/reform'
 * TASK_STATUS_IDS //=> ['not-started', 'in-progress', 'completed']
 * ```
 */
export const TASK_STATUS_IDS = ['not-started', 'in-progress', 'completed'] as const

/**
 * Zod schema of a task status (one of {@link TASK_STATUS_IDS}).
 *
 * @example
 * ```ts
 * import { TaskStatusSchema } from 'hanhchinh/reform'
 * TaskStatusSchema.parse('in-progress') //=> 'in-progress'
 * ```
 */
export const TaskStatusSchema = z.enum(TASK_STATUS_IDS)

/**
 * A task status.
 *
 * @example
 * ```ts
 * import { TASK_STATUS_LABELS, type TaskStatus } from 'hanhchinh/reform'
 * const s: TaskStatus = 'not-started'
 * TASK_STATUS_LABELS[s].vi //=> 'Chưa triển khai'
 * ```
 */
export type TaskStatus = z.infer<typeof TaskStatusSchema>

/**
 * Bilingual labels of the task statuses.
 *
 * @example
 * ```ts
 * import { TASK_STATUS_LABELS } from 'hanhchinh/reform'
 * TASK_STATUS_LABELS.completed.en //=> 'Completed'
 * ```
 */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, { vi: string; en: string }>> = Object.freeze({
  'not-started': { vi: 'Chưa triển khai', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed' },
})

/**
 * Zod schema of a reform task (nhiệm vụ) of a plan: what, which PAR field,
 * the owner unit (đơn vị chủ trì) and coordinating units, the due date (a
 * date or a period), the completion date, the reported status and the
 * evidence (tài liệu kiểm chứng: document numbers, links).
 *
 * @example
 * ```ts
 * import { ReformTaskSchema } from 'hanhchinh/reform'
 * const t = ReformTaskSchema.parse({
 *   id: '3.1', title: 'Rà soát, đơn giản hóa TTHC', field: 'thu-tuc-hanh-chinh',
 *   owner: 'Phòng Kiểm soát TTHC', dueDate: 'Quý II', completedAt: '2022-06-15',
 *   evidence: ['125/BC-VPUB'],
 * })
 * t.dueDate //=> { period: 'quarter', quarter: 2 }
 * ReformTaskSchema.safeParse({ id: '1', title: 'x', dueDate: '2022-02-30' }).success //=> false
 * ```
 */
export const ReformTaskSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  field: ParFieldIdSchema.optional(),
  /** Owner unit (đơn vị chủ trì). */
  owner: z.string().min(1).optional(),
  /** Coordinating units (đơn vị phối hợp). */
  coordinators: z.array(z.string().min(1)).optional(),
  dueDate: DueDateSchema,
  /** Civil date the task was completed. */
  completedAt: IsoDateSchema.optional(),
  status: TaskStatusSchema.optional(),
  /** Evidence of completion (document numbers, links). */
  evidence: z.array(z.string().min(1)).optional(),
  note: z.string().min(1).optional(),
})

/**
 * A reform task (see {@link ReformTaskSchema}).
 *
 * @example
 * ```ts
 * import type { ReformTask } from 'hanhchinh/reform'
 * const t: ReformTask = { id: '1', title: 'Ban hành kế hoạch CCHC', dueDate: '2022-01-31', completedAt: '2022-01-20' }
 * t.completedAt //=> '2022-01-20'
 * ```
 */
export type ReformTask = z.infer<typeof ReformTaskSchema>

/**
 * Zod schema of an annual reform plan (kế hoạch cải cách hành chính): its id
 * is the plan's document number (e.g. `'02/KH-VPUB'`), its year the year it
 * covers (the year periods resolve in), and its tasks. Task ids must be
 * unique. When the id is a document number it is parsed with the documents
 * domain's parser ({@link planDocumentNumber}) into `document`; the id is
 * kept as written.
 *
 * @example
 * ```ts
 * import { ReformPlanSchema } from 'hanhchinh/reform'
 * const plan = ReformPlanSchema.parse({
 *   id: '02/KH-VPUB', year: 2022, issuedOn: '2022-01-10',
 *   tasks: [{ id: '1', title: 'Ban hành kế hoạch', dueDate: 'Quý I' }],
 * })
 * plan.tasks[0]!.dueDate //=> { period: 'quarter', quarter: 1 }
 * plan.document //=> { kind: 'administrative', type: 'ke-hoach', issuer: 'VPUB' }
 * ReformPlanSchema.parse({ id: 'KH-CCHC-2022', year: 2022, tasks: [] }).document //=> undefined
 * ReformPlanSchema.safeParse({ id: 'x', year: 2022, tasks: [
 *   { id: '1', title: 'a', dueDate: 'Quý I' }, { id: '1', title: 'b', dueDate: 'Quý II' },
 * ] }).success //=> false
 * ```
 */
export const ReformPlanSchema = z
  .object({
    /** Document number and notation of the plan, e.g. `'02/KH-VPUB'`. */
    id: z.string().min(1),
    title: z.string().min(1).optional(),
    /** Issuing body, e.g. `'Văn phòng UBND tỉnh'`. */
    issuer: z.string().min(1).optional(),
    issuedOn: IsoDateSchema.optional(),
    year: yearSchema,
    tasks: z.array(ReformTaskSchema),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>()
    plan.tasks.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `Duplicate task id ${t.id} / Trùng mã nhiệm vụ ${t.id}` })
      seen.add(t.id)
    })
  })
  .transform((plan): typeof plan & { document?: DocumentNumber } => {
    const document = planDocumentNumber(plan.id)
    return document === undefined ? plan : { ...plan, document }
  })

/**
 * An annual reform plan (see {@link ReformPlanSchema}).
 *
 * @example
 * ```ts
 * import type { ReformPlan } from 'hanhchinh/reform'
 * const plan: ReformPlan = { id: '02/KH-VPUB', year: 2022, tasks: [] }
 * plan.year //=> 2022
 * ```
 */
export type ReformPlan = z.infer<typeof ReformPlanSchema>

/**
 * The comparators a target can use, ASCII. `'≥'` and `'≤'` are accepted on
 * input and normalised to `'>='` and `'<='`.
 *
 * @example
 * ```ts
 * import { COMPARATORS } from 'hanhchinh/reform'
 * COMPARATORS //=> ['>', '>=', '=', '<=', '<']
 * ```
 */
export const COMPARATORS = ['>', '>=', '=', '<=', '<'] as const

/**
 * A comparator of a target.
 *
 * @example
 * ```ts
 * import type { Comparator } from 'hanhchinh/reform'
 * const above: Comparator = '>'
 * above //=> '>'
 * ```
 */
export type Comparator = (typeof COMPARATORS)[number]

/**
 * Zod schema of a comparator, accepting `'≥'`/`'≤'`, `'=='`/`'==='` and
 * the names `gt`, `gte`/`ge`, `eq`, `lte`/`le`, `lt`, and normalising them.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from 'hanhchinh/reform'
 * ComparatorSchema.parse('≥') //=> '>='
 * ComparatorSchema.parse('lt') //=> '<'
 * ComparatorSchema.safeParse('>>').success //=> false
 * ```
 */
export const ComparatorSchema = z
  .enum(['>', '>=', '=', '<=', '<', '≥', '≤', '==', '===', 'gt', 'gte', 'ge', 'eq', 'lte', 'le', 'lt'])
  .transform((c): Comparator => COMPARATOR_ALIASES[c] ?? (c as Comparator))

const COMPARATOR_ALIASES: Readonly<Record<string, Comparator>> = {
  '≥': '>=', '≤': '<=', '==': '=', '===': '=', gt: '>', gte: '>=', ge: '>=', eq: '=', lte: '<=', le: '<=', lt: '<',
}

/**
 * The kinds of quantity a target measures: `'ratio'` — a percentage
 * (Decimal-exact; never negative, above 100 only for shares such as "đạt
 * 105% dự toán"); `'count'` — a number of things (≥ 0); `'rank'` — a place in a
 * ranking where 1 is best (smaller is better; "trong nhóm 16" is
 * `rank <= 16`).
 *
 * @example
 * ```ts
 * import { METRIC_KINDS } from 'hanhchinh/reform'
 * METRIC_KINDS //=> ['ratio', 'count', 'rank']
 * ```
 */
export const METRIC_KINDS = ['ratio', 'count', 'rank'] as const

/**
 * A metric kind (see {@link METRIC_KINDS}).
 *
 * @example
 * ```ts
 * import type { MetricKind } from 'hanhchinh/reform'
 * const m: MetricKind = 'rank'
 * m //=> 'rank'
 * ```
 */
export type MetricKind = (typeof METRIC_KINDS)[number]

/**
 * Zod schema of a metric kind; `'percent'`/`'percentage'` are accepted for
 * `'ratio'`, `'number'` for `'count'`, and `'group'`/`'ranking'` for `'rank'`.
 *
 * @example
 * ```ts
 * import { MetricKindSchema } from 'hanhchinh/reform'
 * MetricKindSchema.parse('percent') //=> 'ratio'
 * MetricKindSchema.parse('group') //=> 'rank'
 * ```
 */
export const MetricKindSchema = z
  .enum(['ratio', 'count', 'rank', 'percent', 'percentage', 'number', 'group', 'ranking'])
  .transform((m): MetricKind => METRIC_ALIASES[m] ?? (m as MetricKind))

const METRIC_ALIASES: Readonly<Record<string, MetricKind>> = { percent: 'ratio', percentage: 'ratio', number: 'count', group: 'rank', ranking: 'rank' }

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number such as 80 or 84.79')

/**
 * Zod schema of a target (chỉ tiêu): a comparison of a measured quantity
 * against a value. `value` is a percentage for ratios (80 = 80%), a number
 * for counts and a place for ranks. `text` keeps the wording of the
 * resolution ("Trên 80% hồ sơ đảm bảo thời gian quy định").
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'hanhchinh/reform'
 * TargetSchema.parse({ id: 'ho-so-dung-han', metric: 'ratio', comparator: '>', value: 80 })
 * //=> { id: 'ho-so-dung-han', metric: 'ratio', comparator: '>', value: 80 }
 * TargetSchema.parse({ id: 'par', metric: 'rank', comparator: '≤', value: 16 }).comparator //=> '<='
 * ```
 */
export const TargetSchema = z.object({
  id: z.string().min(1),
  metric: MetricKindSchema,
  comparator: ComparatorSchema,
  value: z.union([z.number().finite(), decimalString], { error: 'a finite number or a decimal string such as 80 or 84.79' }),
  /**
   * For a ratio: whether `value` (and the actual figure) are percentages
   * (80 = 80%, the default) or fractions (0.8). Comparison does not depend
   * on it; the sentences and a `{ part, whole }` actual do.
   */
  scale: z.enum(['percent', 'fraction']).optional(),
  label: LabelSchema.optional(),
  /** The Vietnamese wording of the target in the resolution. */
  text: z.string().min(1).optional(),
  basis: z.array(LegalBasisSchema).optional(),
})

/**
 * A target (see {@link TargetSchema}).
 *
 * @example
 * ```ts
 * import type { Target } from 'hanhchinh/reform'
 * const t: Target = { id: 'tt-ldtt', metric: 'ratio', comparator: '>=', value: 80 }
 * t.value //=> 80
 * ```
 */
export type Target = z.infer<typeof TargetSchema>

const pointsSchema = z.union([z.number().finite(), decimalString], { error: 'points: a finite number or a decimal string such as 1.5' })

/**
 * Zod schema of one criterion (tiêu chí or tiêu chí thành phần) of a PAR
 * self-assessment scorecard: its maximum points, the self-assessed points
 * (điểm tự đánh giá) and the appraised points (điểm thẩm định). Points are
 * numbers or decimal strings; they must lie between 0 and the maximum
 * (checked by {@link scoreCard} / {@link validateScoreCard}, which name the
 * criterion).
 *
 * @example
 * ```ts
 * import { ScoreCriterionSchema } from 'hanhchinh/reform'
 * ScoreCriterionSchema.parse({ id: '1.1', maxPoints: 1, selfAssessed: 1, appraised: '0.75' }).appraised //=> '0.75'
 * ```
 */
export const ScoreCriterionSchema = z.object({
  id: z.string().min(1),
  label: LabelSchema.optional(),
  maxPoints: pointsSchema,
  selfAssessed: pointsSchema.optional(),
  appraised: pointsSchema.optional(),
  /** Evidence offered for the self-assessment. */
  evidence: z.array(z.string().min(1)).optional(),
})

/**
 * A scorecard criterion (see {@link ScoreCriterionSchema}).
 *
 * @example
 * ```ts
 * import type { ScoreCriterion } from 'hanhchinh/reform'
 * const c: ScoreCriterion = { id: '3.2', maxPoints: '1.5', selfAssessed: '1.5' }
 * c.maxPoints //=> '1.5'
 * ```
 */
export type ScoreCriterion = z.infer<typeof ScoreCriterionSchema>

/**
 * Zod schema of a field of a scorecard: a PAR field id (or a province's own
 * id), an optional declared maximum (checked against the sum of its
 * criteria) and its criteria. A field scored as a whole — as published
 * results often are — has no criteria but its own `maxPoints` and
 * `selfAssessed` / `appraised` points.
 *
 * @example
 * ```ts
 * import { ScoreFieldSchema } from 'hanhchinh/reform'
 * ScoreFieldSchema.parse({ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2 }] }).criteria?.length //=> 1
 * ScoreFieldSchema.parse({ id: 'chi-dao-dieu-hanh', maxPoints: '9.5', appraised: '9.5' }).appraised //=> '9.5'
 * ScoreFieldSchema.safeParse({ id: 'the-che' }).success //=> false
 * ```
 */
export const ScoreFieldSchema = z
  .object({
    id: z.string().min(1),
    label: LabelSchema.optional(),
    maxPoints: pointsSchema.optional(),
    /** Points of a field scored as a whole (only without criteria). */
    selfAssessed: pointsSchema.optional(),
    /** Points of a field scored as a whole (only without criteria). */
    appraised: pointsSchema.optional(),
    criteria: z.array(ScoreCriterionSchema).min(1).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.criteria === undefined && f.maxPoints === undefined) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'A field needs criteria, or its own maxPoints / Lĩnh vực cần có tiêu chí hoặc điểm tối đa' })
    }
    if (f.criteria !== undefined && (f.selfAssessed !== undefined || f.appraised !== undefined)) {
      ctx.addIssue({ code: 'custom', path: [f.appraised !== undefined ? 'appraised' : 'selfAssessed'], message: 'Field points are the sum of its criteria; give points per criterion / Điểm lĩnh vực là tổng điểm các tiêu chí' })
    }
  })

/**
 * A scorecard field (see {@link ScoreFieldSchema}).
 *
 * @example
 * ```ts
 * import type { ScoreField } from 'hanhchinh/reform'
 * const f: ScoreField = { id: 'tai-chinh-cong', criteria: [{ id: '6.1', maxPoints: 2, selfAssessed: 2 }] }
 * f.criteria.length //=> 1
 * ```
 */
export type ScoreField = z.infer<typeof ScoreFieldSchema>

/**
 * Zod schema of a PAR self-assessment scorecard (bảng tự đánh giá, chấm
 * điểm Chỉ số CCHC): the unit, the year assessed, the criteria set used
 * (defined by the province for its departments and districts, or the
 * national set — user-supplied data either way) and the fields with their
 * criteria.
 *
 * @example
 * ```ts
 * import { ScoreCardSchema } from 'hanhchinh/reform'
 * const card = ScoreCardSchema.parse({
 *   unit: 'Văn phòng UBND tỉnh', year: 2022, criteriaSet: 'QĐ 123/QĐ-UBND',
 *   fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2, appraised: 1.5 }] }],
 * })
 * card.fields[0]!.criteria[0]!.appraised //=> 1.5
 * ```
 */
export const ScoreCardSchema = z.object({
  unit: z.string().min(1).optional(),
  year: yearSchema.optional(),
  /** Which criteria set the card follows (e.g. the province's decision number). */
  criteriaSet: z.string().min(1).optional(),
  basis: z.array(LegalBasisSchema).optional(),
  fields: z.array(ScoreFieldSchema).min(1),
})

/**
 * A PAR self-assessment scorecard (see {@link ScoreCardSchema}).
 *
 * @example
 * ```ts
 * import type { ScoreCard } from 'hanhchinh/reform'
 * const card: ScoreCard = { fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: 2 }] }] }
 * card.fields.length //=> 1
 * ```
 */
export type ScoreCard = z.infer<typeof ScoreCardSchema>
