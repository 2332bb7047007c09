import { z } from 'zod'
import type { Label } from '../core/label.js'
import { readChoice, readOptions } from '../core/options.js'
import { safeParseVnDate, safeParseVnDateTime } from '../format/date.js'
import { vnEnum, vnText } from '../format/codecs.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import {
  CHANNEL_LABELS, ChannelSchema, LEVEL_LABELS, LevelSchema, RecordedStatusSchema, type Dossier, type DossierEvent, type RecordedStatus,
  type TimeLimit,
} from './schema.js'
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
 * The states a one-stop export reports in its "Trạng thái" column, as ids:
 * `'in-progress'` (đang xử lý, mới tiếp nhận), `'awaiting-supplement'` (chờ
 * bổ sung), `'processed'` (đã xử lý xong), `'returned'` (đã trả kết quả),
 * `'refused'`, `'stopped'`, `'withdrawn'`.
 *
 * @example
 * ```ts
 * import type { ExportStatus } from 'hanhchinh/dossiers'
 * const s: ExportStatus = 'returned'
 * s //=> 'returned'
 * ```
 */
export type ExportStatus = RecordedStatus

const STATUS_IDS: readonly ExportStatus[] = RecordedStatusSchema.options

/**
 * Flat row schema of a one-stop dossier export (CSV or JSON rows), for
 * `importRecords` of `hanhchinh/format` with {@link DOSSIER_IMPORT_COLUMNS}
 * as `columns`. Cells are read with the Vietnamese codecs: dates
 * `dd/mm/yyyy [HH:mm]` ({@link vnDateOrDateTime}; appointment dates given
 * without a time stay ISO dates, due at the end of the day), time limits
 * `05 ngày làm việc` ({@link vnTimeLimit}), channel, level and status labels
 * accent-insensitively. Turn a row into a {@link Dossier} with
 * {@link dossierFromImportRow}.
 *
 * @example
 * ```ts
 * import { importRecords } from 'hanhchinh/format'
 * import { DossierImportSchema, DOSSIER_IMPORT_COLUMNS } from 'hanhchinh/dossiers'
 * const csv = 'Mã hồ sơ;Mã thủ tục;Tên thủ tục;Thời hạn giải quyết;Ngày tiếp nhận;Hạn xử lý;Ngày trả kết quả;Trạng thái\n' +
 *   'H15.50.05.13-260212-0001;2.000635;Chứng thực bản sao;05 ngày làm việc;12/02/2026 10:00;26/02/2026;25/02/2026 09:00;Đã trả kết quả\n' +
 *   'H15.50.05.13-260212-0002;2.000635;Chứng thực bản sao;5 tuần;12/02/2026 10:05;;;Đang xử lý\n'
 * const r = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
 * r.stats //=> { read: 2, accepted: 1, rejected: 1 }
 * r.records[0] //=> { code: 'H15.50.05.13-260212-0001', timeLimit: { amount: 5, unit: 'working-days' }, status: 'returned' }
 * r.issues[0] //=> { row: 2, field: 'timeLimit', column: 'Thời hạn giải quyết' }
 * ```
 */
export const DossierImportSchema = z.object({
  code: vnText(),
  procedureCode: vnText().optional(),
  procedureName: vnText().optional(),
  agency: vnText().optional(),
  level: vnEnum(LevelSchema, {
    ministry: [LEVEL_LABELS.ministry, 'Bộ', 'Bộ, ngành'],
    province: [LEVEL_LABELS.province, 'Tỉnh'],
    district: [LEVEL_LABELS.district, 'Huyện'],
    commune: [LEVEL_LABELS.commune, 'Xã'],
  }).optional(),
  channel: vnEnum(ChannelSchema, {
    'in-person': [CHANNEL_LABELS['in-person'], 'Nộp trực tiếp', 'Tại quầy'],
    postal: [CHANNEL_LABELS.postal, 'Bưu chính', 'Bưu chính công ích', 'BCCI'],
    online: [CHANNEL_LABELS.online, 'Nộp trực tuyến', 'Qua mạng', 'DVC trực tuyến'],
  }).optional(),
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
  status: vnEnum(STATUS_IDS, {
    'in-progress': ['Đang xử lý', 'Đang giải quyết', 'Mới tiếp nhận', 'Đã tiếp nhận', 'Đang thụ lý'],
    'awaiting-supplement': ['Chờ bổ sung', 'Yêu cầu bổ sung', 'Chờ công dân bổ sung'],
    processed: ['Đã xử lý xong', 'Đã giải quyết', 'Hoàn thành'],
    returned: ['Đã trả kết quả', 'Đã trả'],
    refused: ['Từ chối', 'Từ chối giải quyết', 'Không đủ điều kiện giải quyết'],
    stopped: ['Dừng xử lý', 'Dừng giải quyết'],
    withdrawn: ['Công dân rút hồ sơ', 'Rút hồ sơ', 'Công dân yêu cầu rút hồ sơ'],
  }).optional(),
})

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
 * your system's export.
 *
 * - "Mã hồ sơ", "Số hồ sơ" → `code`; "Mã thủ tục", "Mã TTHC" → `procedureCode`; "Tên thủ tục",
 *   "Tên TTHC" → `procedureName`; "Cơ quan tiếp nhận", "Đơn vị" → `agency`; "Cấp" → `level`;
 *   "Hình thức nộp", "Kênh nộp" → `channel`; "Thời hạn giải quyết" → `timeLimit`;
 * - "Ngày tiếp nhận" → `receivedAt`; "Hạn xử lý", "Ngày hẹn trả" → `appointmentAt`;
 *   "Ngày yêu cầu bổ sung", "Ngày bổ sung"; "Ngày xin gia hạn", "Ngày hẹn trả mới";
 *   "Ngày xử lý xong", "Ngày kết thúc xử lý" → `processedAt`; "Ngày trả kết quả" → `returnedAt`;
 *   "Ngày kết thúc" → `endedAt` (refused, stopped, withdrawn); "Trạng thái" → `status`.
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_COLUMNS } from 'hanhchinh/dossiers'
 * DOSSIER_IMPORT_COLUMNS['Ngày tiếp nhận'] //=> 'receivedAt'
 * DOSSIER_IMPORT_COLUMNS['Hạn xử lý'] //=> 'appointmentAt'
 * ```
 */
export const DOSSIER_IMPORT_COLUMNS: Readonly<Record<string, keyof DossierImportRow | null>> = Object.freeze({
  'Mã hồ sơ': 'code',
  'Số hồ sơ': 'code',
  'Mã thủ tục': 'procedureCode',
  'Mã TTHC': 'procedureCode',
  'Tên thủ tục': 'procedureName',
  'Tên TTHC': 'procedureName',
  'Thủ tục hành chính': 'procedureName',
  'Cơ quan tiếp nhận': 'agency',
  'Đơn vị': 'agency',
  'Đơn vị xử lý': 'agency',
  'Cấp': 'level',
  'Cấp thực hiện': 'level',
  'Hình thức nộp': 'channel',
  'Kênh nộp': 'channel',
  'Thời hạn giải quyết': 'timeLimit',
  'Thời hạn': 'timeLimit',
  'Ngày tiếp nhận': 'receivedAt',
  'Ngày nhận': 'receivedAt',
  'Hạn xử lý': 'appointmentAt',
  'Ngày hẹn trả': 'appointmentAt',
  'Hạn giải quyết': 'appointmentAt',
  'Ngày yêu cầu bổ sung': 'supplementRequestedAt',
  'Ngày bổ sung': 'supplementSuppliedAt',
  'Ngày xin gia hạn': 'extendedAt',
  'Ngày hẹn trả mới': 'extendedTo',
  'Ngày xử lý xong': 'processedAt',
  'Ngày kết thúc xử lý': 'processedAt',
  'Ngày trả kết quả': 'returnedAt',
  'Ngày kết thúc': 'endedAt',
  'Trạng thái': 'status',
})

/**
 * Turn an imported row into a {@link Dossier}: the dates become timeline
 * events (supplement request / supply, extension, processing done, result
 * returned), and a refused / stopped / withdrawn status becomes its event at
 * `endedAt` (or `processedAt`). The status is kept as `recordedStatus`: one
 * that says the dossier ended while the row gives no date for it (a status of
 * "returned" with no "Ngày trả kết quả") is reported by
 * {@link validateTimeline} (`'status-without-end'`) and refused by
 * {@link classifyDossier} and {@link dossierReport} — never counted as in
 * progress in silence. The recorded appointment is kept in `appointmentAt`
 * (use it with `useRecordedAppointment`).
 *
 * @throws TypeError when `row` is not a decoded row (a field of the wrong type, named `row.<field>`)
 *
 * @example
 * ```ts
 * import { dossierFromImportRow } from 'hanhchinh/dossiers'
 * const d = dossierFromImportRow({
 *   code: 'H15.50.05.13-260212-0001', procedureCode: '2.000635', procedureName: 'Chứng thực bản sao',
 *   timeLimit: { amount: 5, unit: 'working-days' }, receivedAt: '2026-02-12T10:00:00+07:00',
 *   returnedAt: '2026-02-25T09:00:00+07:00', status: 'returned',
 * })
 * d.procedure //=> { code: '2.000635', name: 'Chứng thực bản sao' }
 * d.events //=> [{ type: 'returned', at: '2026-02-25T09:00:00+07:00' }]
 * d.recordedStatus //=> 'returned'
 * dossierFromImportRow(undefined as never) //=> throws TypeError: Invalid type for row: undefined
 * ```
 */
export function dossierFromImportRow(row: DossierImportRow): Dossier {
  checkRow(row)
  const events: DossierEvent[] = []
  if (row.supplementRequestedAt !== undefined) events.push({ type: 'supplement-requested', at: row.supplementRequestedAt })
  if (row.supplementSuppliedAt !== undefined) events.push({ type: 'supplement-supplied', at: row.supplementSuppliedAt })
  if (row.extendedTo !== undefined) {
    const at = row.extendedAt ?? (row.extendedTo.length === 10 ? `${row.extendedTo}T00:00:00+07:00` : row.extendedTo)
    events.push({ type: 'extended', at, newDue: row.extendedTo })
  }
  if (row.processedAt !== undefined && (row.status === undefined || row.status === 'processed' || row.status === 'returned')) {
    events.push({ type: 'processed', at: row.processedAt })
  }
  if (row.returnedAt !== undefined) events.push({ type: 'returned', at: row.returnedAt })
  if (row.status === 'refused' || row.status === 'stopped' || row.status === 'withdrawn') {
    const at = row.endedAt ?? row.processedAt
    if (at !== undefined) events.push({ type: row.status, at })
  }
  events.sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)))
  const dossier: Dossier = {
    code: row.code,
    procedure: { code: row.procedureCode ?? '-', name: row.procedureName ?? row.procedureCode ?? '-' },
    timeLimit: row.timeLimit,
    receivedAt: row.receivedAt,
    events,
  }
  if (row.agency !== undefined) dossier.agency = row.agency
  if (row.level !== undefined) dossier.level = row.level
  if (row.channel !== undefined) dossier.channel = row.channel
  if (row.appointmentAt !== undefined) dossier.appointmentAt = row.appointmentAt
  if (row.status !== undefined) dossier.recordedStatus = row.status
  return dossier
}

const OPTIONAL_TEXT_FIELDS = [
  'procedureCode', 'procedureName', 'agency', 'appointmentAt', 'supplementRequestedAt', 'supplementSuppliedAt', 'extendedAt', 'extendedTo',
  'processedAt', 'returnedAt', 'endedAt',
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
  checkChoice('row.status', row.status, STATUS_IDS)
}

function checkChoice(argument: string, value: unknown, ids: readonly string[]): void {
  if (value === undefined) return
  const expected = `one of ${ids.map((id) => `'${id}'`).join(', ')}, or undefined`
  if (typeof value !== 'string') throw wrongType(argument, value, expected)
  if (!ids.includes(value)) throw invalidArgument(argument, value, expected)
}
