import * as z from 'zod'
import { vnDate, vnEnum, vnText } from '../format/codecs.js'
import { PAR_FIELD_IDS, PAR_FIELDS, type ParFieldId } from './fields.js'
import { DueDateSchema, TASK_STATUS_IDS, TASK_STATUS_LABELS, type TaskStatus } from './schema.js'

// Short names used in plan tables besides the official field titles.
const FIELD_ALIASES: Readonly<Record<ParFieldId, readonly string[]>> = {
  'chi-dao-dieu-hanh': ['Chỉ đạo, điều hành', 'Công tác chỉ đạo, điều hành'],
  'the-che': ['Thể chế', 'Cải cách thể chế hành chính'],
  'thu-tuc-hanh-chinh': ['Thủ tục hành chính', 'Cải cách TTHC', 'TTHC'],
  'to-chuc-bo-may': ['Tổ chức bộ máy', 'Cải cách tổ chức bộ máy'],
  'che-do-cong-vu': ['Chế độ công vụ', 'Cải cách công vụ'],
  'tai-chinh-cong': ['Tài chính công'],
  'chinh-quyen-so': ['Chính quyền số', 'Chính quyền điện tử', 'Hiện đại hóa hành chính', 'Chuyển đổi số'],
  'tac-dong': ['Tác động của cải cách hành chính'],
}

const STATUS_ALIASES: Readonly<Record<TaskStatus, readonly string[]>> = {
  'not-started': ['Chưa thực hiện', 'Chưa triển khai'],
  'in-progress': ['Đang triển khai', 'Đang thực hiện', 'Đang làm'],
  completed: ['Hoàn thành', 'Đã thực hiện', 'Đã xong'],
}

function buildImportSchema() {
  const fieldLabels = Object.fromEntries(PAR_FIELDS.map((f) => [f.id, [f.label, ...FIELD_ALIASES[f.id]]])) as Record<ParFieldId, Array<string | { vi: string; en: string }>>
  const statusLabels = Object.fromEntries(TASK_STATUS_IDS.map((id) => [id, [TASK_STATUS_LABELS[id], ...STATUS_ALIASES[id]]])) as Record<TaskStatus, Array<string | { vi: string; en: string }>>
  return z.object({
    id: z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v).trim()),
    title: vnText(),
    field: vnEnum(PAR_FIELD_IDS, fieldLabels).optional(),
    owner: vnText().optional(),
    coordinators: z
      .string()
      .transform((s) => s.split(/[;\n]+/).map((x) => x.trim()).filter((x) => x !== ''))
      .optional(),
    dueDate: z.union([vnDate(), DueDateSchema]),
    completedAt: vnDate().optional(),
    status: vnEnum(TASK_STATUS_IDS, statusLabels).optional(),
    evidence: z
      .string()
      .transform((s) => s.split(/[;\n]+/).map((x) => x.trim()).filter((x) => x !== ''))
      .optional(),
    note: vnText().optional(),
  })
}

let cached: ReturnType<typeof buildImportSchema> | undefined

/**
 * The import schema of a reform task as plan-tracking spreadsheets write it
 * (use it with `importRecords` of `hanhchinh/format`): the field as its
 * Vietnamese title or a short name ("Cải cách TTHC", "Chính quyền số"), the
 * deadline as a date (`30/06/2022`) or wording ("Quý II", "Thường xuyên"),
 * the completion date as `dd/mm/yyyy`, the status as "Đã hoàn thành",
 * "Đang thực hiện", "Chưa triển khai" (and usual variants), evidence and
 * coordinating units separated by `;` or line breaks. Built on first use
 * and cached. Its output is a {@link ReformTask}.
 *
 * @example
 * ```ts
 * import { reformTaskImportSchema } from 'hanhchinh/reform'
 * const t = reformTaskImportSchema().parse({
 *   id: 12, title: 'Công bố danh mục TTHC', field: 'Cải cách TTHC', owner: 'Phòng Kiểm soát TTHC',
 *   dueDate: 'Quý I', completedAt: '20/03/2022', status: 'Hoàn thành', evidence: '3162/QĐ-UBND; 45/BC-VPUB',
 * })
 * t //=> { id: '12', field: 'thu-tuc-hanh-chinh', dueDate: { period: 'quarter', quarter: 1 }, completedAt: '2022-03-20', status: 'completed' }
 * t.evidence //=> ['3162/QĐ-UBND', '45/BC-VPUB']
 * reformTaskImportSchema().parse({ id: '1', title: 'x', dueDate: '30/06/2022' }).dueDate //=> '2022-06-30'
 * reformTaskImportSchema().safeParse({ id: '1', title: 'x', dueDate: 'Quý I', field: 'Văn hóa' }).success //=> false
 * ```
 */
export function reformTaskImportSchema(): ReturnType<typeof buildImportSchema> {
  return (cached ??= buildImportSchema())
}

/**
 * Usual column headers of a plan-tracking table and the task fields they
 * hold, for the `columns` option of `importRecords` (headers match
 * ignoring accents, case and spacing).
 *
 * @example
 * ```ts
 * import { REFORM_TASK_COLUMNS } from 'hanhchinh/reform'
 * REFORM_TASK_COLUMNS['Đơn vị chủ trì'] //=> 'owner'
 * REFORM_TASK_COLUMNS['Thời gian hoàn thành'] //=> 'dueDate'
 * ```
 */
export const REFORM_TASK_COLUMNS: Readonly<Record<string, string | null>> = Object.freeze({
  STT: 'id',
  'Mã nhiệm vụ': 'id',
  'Nội dung nhiệm vụ': 'title',
  'Nhiệm vụ': 'title',
  'Nội dung': 'title',
  'Lĩnh vực': 'field',
  'Đơn vị chủ trì': 'owner',
  'Cơ quan chủ trì': 'owner',
  'Đơn vị phối hợp': 'coordinators',
  'Cơ quan phối hợp': 'coordinators',
  'Thời gian hoàn thành': 'dueDate',
  'Thời hạn hoàn thành': 'dueDate',
  'Thời hạn': 'dueDate',
  'Ngày hoàn thành': 'completedAt',
  'Tình trạng': 'status',
  'Tiến độ': 'status',
  'Kết quả, sản phẩm': 'evidence',
  'Sản phẩm': 'evidence',
  'Tài liệu kiểm chứng': 'evidence',
  'Ghi chú': 'note',
})
