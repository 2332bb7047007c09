import * as z from 'zod'
import type { Label } from '../core/label.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { safeParseVnDate, safeParseVnDateTime } from '../format/date.js'
import { vnEnum, vnText, type EnumLabels } from '../format/codecs.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import {
  DOSSIER_IMPORT_CHANNELS, DOSSIER_IMPORT_LEVELS, DOSSIER_IMPORT_STATUSES, EXPORT_STATUS_MEANINGS, EXPORT_STATUSES, type ExportStatus,
} from './labels.js'
import { ChannelSchema, LevelSchema, type Channel, type Dossier, type DossierEvent, type Level, type TimeLimit } from './schema.js'
import { safeParseTimeLimit } from './time-limit-text.js'

type Payload = z.core.ParsePayload<unknown>

function refuse(payload: Payload, input: unknown, reason: Label, format: string): never {
  payload.issues.push({ code: 'custom', message: reason.en, input, params: { vi: reason.vi, en: reason.en, format } } as z.core.$ZodRawIssue)
  return undefined as never
}

/** A time of day in a cell: `09:15`, `9h15`, `9 giờ 15` (each match start scans its own run of spaces: linear). */
const HAS_TIME_OF_DAY = /\d\s*(?::|h|giờ|gio)\s*\d{2}/i

/**
 * The longest date or date-time cell {@link vnDateOrDateTime} reads: the
 * longest wording a one-stop export writes (`Thứ Hai, ngày 20 tháng 12 năm
 * 2021 lúc 15 giờ 30 phút`) is about half of it. A longer cell is refused at
 * once, naming the limit, without being read.
 *
 * @example
 * ```ts
 * import { MAX_DATE_CELL_LENGTH, vnDateOrDateTime } from 'hanhchinh/dossiers'
 * MAX_DATE_CELL_LENGTH //=> 100
 * vnDateOrDateTime().safeParse('12/02/2026' + ' '.repeat(200)).error?.issues[0]?.message
 * //=> 'A date cell has at most 100 characters (MAX_DATE_CELL_LENGTH); received 210'
 * ```
 */
export const MAX_DATE_CELL_LENGTH = 100

/**
 * Options of {@link vnDateOrDateTime}: what a cell with a date alone becomes.
 *
 * @example
 * ```ts
 * import { vnDateOrDateTime, type VnDateOrDateTimeOptions } from 'hanhchinh/dossiers'
 * const o: VnDateOrDateTimeOptions = { dateAlone: 'keep' }
 * vnDateOrDateTime(o).parse('26/02/2026') //=> '2026-02-26'
 * ```
 */
export interface VnDateOrDateTimeOptions {
  /** `'start-of-day'`: 00:00 Vietnam time of that day; `'keep'`: the ISO date. @defaultValue `'start-of-day'` */
  dateAlone?: 'start-of-day' | 'keep' | undefined
}

/**
 * A zod codec for a date-time cell of a one-stop export: `20/12/2021 15:30`
 * (any form `hanhchinh/format` reads) or a date alone, `20/12/2021`. A date
 * alone is read as 00:00 Vietnam time of that day (the export did not keep
 * the time), or — with `{ dateAlone: 'keep' }`, for appointment dates — kept
 * as the ISO date `2021-12-20`, which the deadline functions read as the end
 * of that day. Decodes to an ISO date-time with `+07:00` (or an ISO date).
 *
 * @example
 * ```ts
 * import { vnDateOrDateTime } from 'hanhchinh/dossiers'
 * vnDateOrDateTime().parse('12/02/2026 15:30') //=> '2026-02-12T15:30:00+07:00'
 * vnDateOrDateTime().parse('12/02/2026') //=> '2026-02-12T00:00:00+07:00'
 * vnDateOrDateTime({ dateAlone: 'keep' }).parse('26/02/2026') //=> '2026-02-26'
 * vnDateOrDateTime().safeParse('30/02/2026').success //=> false
 * vnDateOrDateTime().safeParse('31/09/2024 09:15').error?.issues[0]?.message //=> '"31/09/2024 09:15": day 31 does not exist (2024-09 has 30 days)'
 * ```
 */
export function vnDateOrDateTime(options?: VnDateOrDateTimeOptions) {
  const o = readOptions(options, { dateAlone: true }, 'vnDateOrDateTime')
  const keep = readChoice(o.dateAlone, ['start-of-day', 'keep'], 'start-of-day', 'options.dateAlone') === 'keep'
  return z.codec(z.string(), z.custom<string>(), {
    decode: (v, payload) => {
      if (v.length > MAX_DATE_CELL_LENGTH) {
        return refuse(payload, v, {
          vi: `Ô ngày tháng dài quá ${MAX_DATE_CELL_LENGTH} ký tự (${v.length} ký tự)`,
          en: `A date cell has at most ${MAX_DATE_CELL_LENGTH} characters (MAX_DATE_CELL_LENGTH); received ${v.length}`,
        }, 'vn-date-time')
      }
      const dt = safeParseVnDateTime(v)
      if (dt.ok) return dt.value
      const d = safeParseVnDate(v)
      if (d.ok) return keep ? d.value : `${d.value}T00:00:00+07:00`
      // A cell with a time of day was meant as a date-time: the date-time reader says what is
      // wrong with it (day 31/09 does not exist, hour 25…); a cell without one, the date reader.
      return refuse(payload, v, typeof v === 'string' && HAS_TIME_OF_DAY.test(v) ? dt.reason : d.reason, 'vn-date-time')
    },
    encode: (s) => s,
  })
}

/**
 * A zod codec for a time-limit cell as exports and TTHC publications write it
 * — `05 ngày làm việc`, `15 ngày`, `4 giờ làm việc`, `0,5 ngày làm việc` is
 * refused (day limits are whole), `3 tháng` — decoded to a {@link TimeLimit}
 * with {@link safeParseTimeLimit}. Unit words match without accents or case
 * (`ngay lam viec`).
 *
 * @example
 * ```ts
 * import { vnTimeLimit } from 'hanhchinh/dossiers'
 * vnTimeLimit().parse('05 ngày làm việc') //=> { amount: 5, unit: 'working-days' }
 * vnTimeLimit().parse('1,5 giờ làm việc') //=> { amount: 1.5, unit: 'working-hours' }
 * vnTimeLimit().safeParse('15 tuần').success //=> false
 * ```
 */
export function vnTimeLimit() {
  return z.codec(z.string(), z.custom<TimeLimit>(), {
    decode: (v, payload) => {
      const r = safeParseTimeLimit(v)
      return r.ok ? r.value : refuse(payload, v, r.reason, 'vn-time-limit')
    },
    encode: (t) => t.amount + ' ' + ({ 'working-days': 'ngày làm việc', days: 'ngày', 'working-hours': 'giờ làm việc', hours: 'giờ', months: 'tháng' } as const)[t.unit],
  })
}

/**
 * Options of {@link dossierImportSchema}: the label tables the import reads
 * cells with. Each given table replaces the default one — extend a default by
 * spreading it (`{ ...DOSSIER_IMPORT_STATUSES, late: [...DOSSIER_IMPORT_STATUSES.late, 'Trễ'] }`).
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_CHANNELS, type DossierImportSchemaOptions } from 'hanhchinh/dossiers'
 * const o: DossierImportSchemaOptions = { channels: { ...DOSSIER_IMPORT_CHANNELS, postal: [...DOSSIER_IMPORT_CHANNELS.postal, 'VNPost'] } }
 * o.channels?.postal.includes('VNPost') //=> true
 * ```
 */
export interface DossierImportSchemaOptions {
  /** Labels of the status and result columns. @defaultValue {@link DOSSIER_IMPORT_STATUSES} */
  statuses?: EnumLabels<ExportStatus> | undefined
  /** Labels of the channel column. @defaultValue {@link DOSSIER_IMPORT_CHANNELS} */
  channels?: EnumLabels<Channel> | undefined
  /** Labels of the level column. @defaultValue {@link DOSSIER_IMPORT_LEVELS} */
  levels?: EnumLabels<Level> | undefined
}

const IMPORT_SCHEMA_OPTION_NAMES: OptionNames<DossierImportSchemaOptions> = { statuses: true, channels: true, levels: true }

/**
 * Build the flat row schema of a one-stop dossier export with your own label
 * tables (see {@link DossierImportSchema}, which is `dossierImportSchema()`).
 * A table names ids only (a RangeError names an unknown id or a label given
 * to two ids).
 *
 * @throws RangeError for an unknown option, an unknown id or a label of two ids
 *
 * @example
 * ```ts
 * import { importRecords } from 'hanhchinh/format'
 * import { dossierImportSchema, DOSSIER_IMPORT_STATUSES, DOSSIER_IMPORT_COLUMNS } from 'hanhchinh/dossiers'
 * const schema = dossierImportSchema({ statuses: { ...DOSSIER_IMPORT_STATUSES, late: [...DOSSIER_IMPORT_STATUSES.late, 'Trễ'] } })
 * const csv = 'Mã hồ sơ;Thời hạn giải quyết;Ngày tiếp nhận;Trạng thái\nHS-1;5 ngày làm việc;12/02/2026 10:00;TRE\n'
 * importRecords(schema, csv, { columns: DOSSIER_IMPORT_COLUMNS }).records[0]?.status //=> 'late'
 * dossierImportSchema({ statuses: { finished: 'Xong' } } as never) //=> throws RangeError: finished
 * dossierImportSchema({ status: {} } as never) //=> throws RangeError: Unknown option "status" of dossierImportSchema
 * ```
 */
export function dossierImportSchema(options?: DossierImportSchemaOptions) {
  const o = readOptions(options, IMPORT_SCHEMA_OPTION_NAMES, 'dossierImportSchema')
  const statuses = o.statuses ?? DOSSIER_IMPORT_STATUSES
  const status = () => vnEnum(EXPORT_STATUSES, statuses).optional()
  return z.object({
    code: vnText(),
    procedureCode: vnText().optional(),
    procedureName: vnText().optional(),
    fieldCode: vnText().optional(),
    fieldName: vnText().optional(),
    agency: vnText().optional(),
    applicantName: vnText().optional(),
    level: vnEnum(LevelSchema, o.levels ?? DOSSIER_IMPORT_LEVELS).optional(),
    channel: vnEnum(ChannelSchema, o.channels ?? DOSSIER_IMPORT_CHANNELS).optional(),
    timeLimit: vnTimeLimit(),
    receivedAt: vnDateOrDateTime(),
    appointmentAt: vnDateOrDateTime({ dateAlone: 'keep' }).optional(),
    supplementRequestedAt: vnDateOrDateTime().optional(),
    supplementSuppliedAt: vnDateOrDateTime().optional(),
    extendedAt: vnDateOrDateTime().optional(),
    extendedTo: vnDateOrDateTime({ dateAlone: 'keep' }).optional(),
    processedAt: vnDateOrDateTime().optional(),
    returnedAt: vnDateOrDateTime().optional(),
    endedAt: vnDateOrDateTime().optional(),
    status: status(),
    result: status(),
  })
}

/**
 * Flat row schema of a one-stop dossier export (CSV or JSON rows), for
 * `importRecords` of `hanhchinh/format` with {@link DOSSIER_IMPORT_COLUMNS}
 * as `columns`: `dossierImportSchema()` with the default label tables. Cells
 * are read with the Vietnamese codecs: dates `dd/mm/yyyy [HH:mm]`
 * ({@link vnDateOrDateTime}; appointment dates given without a time stay ISO
 * dates, due at the end of the day), time limits `05 ngày làm việc`
 * ({@link vnTimeLimit}), channel, level, status and result labels
 * accent- and case-insensitively ({@link DOSSIER_IMPORT_CHANNELS},
 * {@link DOSSIER_IMPORT_LEVELS}, {@link DOSSIER_IMPORT_STATUSES}). Turn a
 * row into a {@link Dossier} with {@link dossierFromImportRow}.
 *
 * @example
 * ```ts
 * import { importRecords } from 'hanhchinh/format'
 * import { DossierImportSchema, DOSSIER_IMPORT_COLUMNS } from 'hanhchinh/dossiers'
 * const csv = 'Mã hồ sơ;Mã thủ tục;Tên thủ tục;Thời hạn giải quyết;Ngày tiếp nhận;Hạn xử lý;Ngày trả kết quả;Trạng thái\n' +
 *   'H15.50.05.13-260212-0001;2.000635;Chứng thực bản sao;05 ngày làm việc;12/02/2026 10:00;26/02/2026;25/02/2026 09:00;Đã trả kết quả\n' +
 *   'H15.50.05.13-260212-0002;2.000635;Chứng thực bản sao;5 tuần;12/02/2026 10:05;;;Đang xử lý\n' +
 *   'H15.50.05.13-260212-0003;2.000635;Chứng thực bản sao;05 ngày làm việc;12/02/2026 10:10;26/02/2026;;QUA HAN\n'
 * const r = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
 * r.stats //=> { read: 3, accepted: 2, rejected: 1 }
 * r.records[0] //=> { code: 'H15.50.05.13-260212-0001', timeLimit: { amount: 5, unit: 'working-days' }, status: 'returned' }
 * r.records[1]?.status //=> 'late'
 * r.issues[0] //=> { row: 2, field: 'timeLimit', column: 'Thời hạn giải quyết' }
 * ```
 */
export const DossierImportSchema = dossierImportSchema()

/**
 * One row of {@link DossierImportSchema}, decoded.
 *
 * @example
 * ```ts
 * import type { DossierImportRow } from 'hanhchinh/dossiers'
 * const row: DossierImportRow = { code: 'HS-1', timeLimit: { amount: 1, unit: 'days' }, receivedAt: '2026-03-02T08:00:00+07:00' }
 * row.code //=> 'HS-1'
 * ```
 */
export type DossierImportRow = z.output<typeof DossierImportSchema>

/**
 * Vietnamese column headers of one-stop exports and the
 * {@link DossierImportSchema} field each fills — pass it as `columns` to
 * `importRecords`. Headers match without accents, case or extra spaces;
 * extend it (`{ ...DOSSIER_IMPORT_COLUMNS, 'Số biên nhận': 'code' }`) for
 * your system's export. Two columns of one export that fill the same field
 * are a `'duplicate_column'` of the import: map the one you do not want to
 * `null`.
 *
 * - "Mã hồ sơ", "Số hồ sơ" → `code`; "Mã thủ tục", "Mã TTHC" → `procedureCode`; "Tên thủ tục",
 *   "Tên TTHC", "Thủ tục hành chính" → `procedureName`; "Mã lĩnh vực" → `fieldCode`; "Lĩnh vực",
 *   "Tên lĩnh vực" → `fieldName`; "Cơ quan tiếp nhận", "Đơn vị", "Đơn vị xử lý", "Cơ quan giải
 *   quyết" → `agency`; "Chủ hồ sơ", "Người nộp", "Tên tổ chức, cá nhân" → `applicantName`; "Cấp",
 *   "Cấp thực hiện" → `level`; "Hình thức nộp", "Kênh nộp", "Kênh thực hiện", "Hình thức tiếp nhận"
 *   → `channel`; "Thời hạn giải quyết", "Thời hạn" → `timeLimit`;
 * - "Ngày tiếp nhận", "Ngày nhận", "Ngày nhận hồ sơ" → `receivedAt`; "Hạn xử lý", "Ngày hẹn trả",
 *   "Ngày hẹn trả kết quả", "Hạn giải quyết" → `appointmentAt`; "Ngày yêu cầu bổ sung", "Ngày bổ
 *   sung"; "Ngày xin gia hạn", "Ngày hẹn trả mới"; "Ngày xử lý xong", "Ngày kết thúc xử lý", "Ngày
 *   có kết quả", "Ngày hoàn thành" → `processedAt`; "Ngày trả kết quả", "Ngày trả" → `returnedAt`;
 *   "Ngày kết thúc", "Ngày từ chối" → `endedAt` (refused, stopped, withdrawn);
 * - "Trạng thái", "Trạng thái hồ sơ", "Tình trạng" → `status`; "Kết quả", "Kết quả giải quyết",
 *   "Kết quả xử lý", "Tình trạng giải quyết" → `result` (both read with {@link DOSSIER_IMPORT_STATUSES}).
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_COLUMNS } from 'hanhchinh/dossiers'
 * DOSSIER_IMPORT_COLUMNS['Ngày tiếp nhận'] //=> 'receivedAt'
 * DOSSIER_IMPORT_COLUMNS['Ngày có kết quả'] //=> 'processedAt'
 * DOSSIER_IMPORT_COLUMNS['Lĩnh vực'] //=> 'fieldName'
 * ```
 */
export const DOSSIER_IMPORT_COLUMNS: Readonly<Record<string, keyof DossierImportRow | null>> = Object.freeze({
  'Mã hồ sơ': 'code',
  'Số hồ sơ': 'code',
  'Mã thủ tục': 'procedureCode',
  'Mã TTHC': 'procedureCode',
  'Mã thủ tục hành chính': 'procedureCode',
  'Tên thủ tục': 'procedureName',
  'Tên TTHC': 'procedureName',
  'Thủ tục hành chính': 'procedureName',
  'Tên thủ tục hành chính': 'procedureName',
  'Mã lĩnh vực': 'fieldCode',
  'Lĩnh vực': 'fieldName',
  'Tên lĩnh vực': 'fieldName',
  'Cơ quan tiếp nhận': 'agency',
  'Đơn vị': 'agency',
  'Đơn vị xử lý': 'agency',
  'Đơn vị tiếp nhận': 'agency',
  'Cơ quan giải quyết': 'agency',
  'Cơ quan thực hiện': 'agency',
  'Chủ hồ sơ': 'applicantName',
  'Người nộp': 'applicantName',
  'Người nộp hồ sơ': 'applicantName',
  'Tên tổ chức, cá nhân': 'applicantName',
  'Cấp': 'level',
  'Cấp thực hiện': 'level',
  'Hình thức nộp': 'channel',
  'Hình thức nộp hồ sơ': 'channel',
  'Hình thức tiếp nhận': 'channel',
  'Kênh nộp': 'channel',
  'Kênh thực hiện': 'channel',
  'Thời hạn giải quyết': 'timeLimit',
  'Thời hạn': 'timeLimit',
  'Ngày tiếp nhận': 'receivedAt',
  'Ngày nhận': 'receivedAt',
  'Ngày nhận hồ sơ': 'receivedAt',
  'Ngày tiếp nhận hồ sơ': 'receivedAt',
  'Hạn xử lý': 'appointmentAt',
  'Ngày hẹn trả': 'appointmentAt',
  'Ngày hẹn trả kết quả': 'appointmentAt',
  'Hạn giải quyết': 'appointmentAt',
  'Ngày yêu cầu bổ sung': 'supplementRequestedAt',
  'Ngày bổ sung': 'supplementSuppliedAt',
  'Ngày xin gia hạn': 'extendedAt',
  'Ngày hẹn trả mới': 'extendedTo',
  'Ngày xử lý xong': 'processedAt',
  'Ngày kết thúc xử lý': 'processedAt',
  'Ngày có kết quả': 'processedAt',
  'Ngày hoàn thành': 'processedAt',
  'Ngày trả kết quả': 'returnedAt',
  'Ngày trả': 'returnedAt',
  'Ngày kết thúc': 'endedAt',
  'Ngày từ chối': 'endedAt',
  'Trạng thái': 'status',
  'Trạng thái hồ sơ': 'status',
  'Tình trạng': 'status',
  'Kết quả': 'result',
  'Kết quả giải quyết': 'result',
  'Kết quả xử lý': 'result',
  'Tình trạng giải quyết': 'result',
})

/**
 * Turn an imported row into a {@link Dossier}: the dates become timeline
 * events (supplement request / supply, extension, processing done, result
 * returned), and a refused / stopped / withdrawn / not-received status
 * becomes its ending event at `endedAt` (or `processedAt`). The status and
 * result cells are read with {@link EXPORT_STATUS_MEANINGS}: the lifecycle
 * state is kept as `recordedStatus`, the class ("Quá hạn", "Đúng hạn"…) as
 * `recordedClass` — the source's claims, which {@link validateDossier}
 * checks against the timeline; where both cells say something, the status
 * column's state and the result column's class win. A state that says the
 * dossier ended while the row gives no date for it (a "Từ chối" with no
 * "Ngày kết thúc") is an unknown end: reported by {@link validateDossier}
 * (`'status-without-end'`) and counted as `'unknown-end'` by
 * {@link classifyDossier} and {@link dossierReport} — never as in progress.
 * The field (lĩnh vực) becomes `field`, the applicant's name `applicant`,
 * the recorded appointment `appointmentAt` (use it with
 * `useRecordedAppointment`).
 *
 * @throws TypeError when `row` is not a decoded row (a field of the wrong type, named `row.<field>`)
 *
 * @example
 * ```ts
 * import { dossierFromImportRow } from 'hanhchinh/dossiers'
 * const d = dossierFromImportRow({
 *   code: 'H15.50.05.13-260212-0001', procedureCode: '2.000635', procedureName: 'Chứng thực bản sao', fieldName: 'Chứng thực',
 *   timeLimit: { amount: 5, unit: 'working-days' }, receivedAt: '2026-02-12T10:00:00+07:00',
 *   returnedAt: '2026-02-25T09:00:00+07:00', status: 'returned', result: 'early',
 * })
 * d.procedure //=> { code: '2.000635', name: 'Chứng thực bản sao' }
 * d.field //=> { name: 'Chứng thực' }
 * d.events //=> [{ type: 'returned', at: '2026-02-25T09:00:00+07:00' }]
 * d.recordedStatus //=> 'returned'
 * d.recordedClass //=> 'early'
 * dossierFromImportRow(undefined as never) //=> throws TypeError: Invalid type for row: undefined
 * ```
 */
export function dossierFromImportRow(row: DossierImportRow): Dossier {
  checkRow(row)
  const fromStatus = row.status === undefined ? undefined : EXPORT_STATUS_MEANINGS[row.status]
  const fromResult = row.result === undefined ? undefined : EXPORT_STATUS_MEANINGS[row.result]
  const status = fromStatus?.status ?? fromResult?.status
  const claimed = fromResult?.class ?? fromStatus?.class
  const events: DossierEvent[] = []
  if (row.supplementRequestedAt !== undefined) events.push({ type: 'supplement-requested', at: row.supplementRequestedAt })
  if (row.supplementSuppliedAt !== undefined) events.push({ type: 'supplement-supplied', at: row.supplementSuppliedAt })
  if (row.extendedTo !== undefined) {
    const at = row.extendedAt ?? (row.extendedTo.length === 10 ? `${row.extendedTo}T00:00:00+07:00` : row.extendedTo)
    events.push({ type: 'extended', at, newDue: row.extendedTo })
  }
  const ending = status === 'refused' || status === 'not-received' ? 'refused' : status === 'stopped' || status === 'withdrawn' ? status : undefined
  if (row.processedAt !== undefined && ending === undefined) events.push({ type: 'processed', at: row.processedAt })
  if (row.returnedAt !== undefined) events.push({ type: 'returned', at: row.returnedAt })
  if (ending !== undefined) {
    const at = row.endedAt ?? row.processedAt
    if (at !== undefined) events.push({ type: ending, at })
  }
  events.sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)))
  const dossier: Dossier = {
    code: row.code,
    procedure: { code: row.procedureCode ?? '-', name: row.procedureName ?? row.procedureCode ?? '-' },
    timeLimit: row.timeLimit,
    receivedAt: row.receivedAt,
    events,
  }
  if (row.fieldName !== undefined || row.fieldCode !== undefined) {
    dossier.field = row.fieldCode === undefined ? { name: row.fieldName! } : { code: row.fieldCode, name: row.fieldName ?? row.fieldCode }
  }
  if (row.agency !== undefined) dossier.agency = row.agency
  if (row.applicantName !== undefined) dossier.applicant = { name: row.applicantName }
  if (row.level !== undefined) dossier.level = row.level
  if (row.channel !== undefined) dossier.channel = row.channel
  if (row.appointmentAt !== undefined) dossier.appointmentAt = row.appointmentAt
  if (status !== undefined) dossier.recordedStatus = status
  if (claimed !== undefined) dossier.recordedClass = claimed
  return dossier
}

const OPTIONAL_TEXT_FIELDS = [
  'procedureCode', 'procedureName', 'fieldCode', 'fieldName', 'agency', 'applicantName', 'appointmentAt', 'supplementRequestedAt',
  'supplementSuppliedAt', 'extendedAt', 'extendedTo', 'processedAt', 'returnedAt', 'endedAt',
] as const

/** The shape of a decoded row: a TypeError naming `row.<field>` and the value otherwise. */
function checkRow(row: DossierImportRow): void {
  if (row === null || typeof row !== 'object') throw wrongType('row', row, 'a decoded row of DossierImportSchema')
  if (typeof row.code !== 'string') throw wrongType('row.code', row.code, 'the dossier code as text')
  if (row.timeLimit === null || typeof row.timeLimit !== 'object') throw wrongType('row.timeLimit', row.timeLimit, 'a time limit { amount, unit }')
  if (typeof row.receivedAt !== 'string') throw wrongType('row.receivedAt', row.receivedAt, 'an ISO date-time string with offset')
  for (const field of OPTIONAL_TEXT_FIELDS) {
    const v = row[field]
    if (v !== undefined && typeof v !== 'string') throw wrongType(`row.${field}`, v, 'text (an ISO date or date-time for dates) or undefined')
  }
  checkChoice('row.level', row.level, LevelSchema.options)
  checkChoice('row.channel', row.channel, ChannelSchema.options)
  checkChoice('row.status', row.status, EXPORT_STATUSES)
  checkChoice('row.result', row.result, EXPORT_STATUSES)
}

function checkChoice(argument: string, value: unknown, ids: readonly string[]): void {
  if (value === undefined) return
  const expected = `one of ${ids.map((id) => `'${id}'`).join(', ')}, or undefined`
  if (typeof value !== 'string') throw wrongType(argument, value, expected)
  if (!ids.includes(value)) throw invalidArgument(argument, value, expected)
}
