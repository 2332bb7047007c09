import * as z from 'zod'
import { isIsoDate } from '../core/iso-date.js'
import { InstantSchema } from '../core/instant.js'
import type { Label } from '../core/label.js'

/**
 * Units of a time limit (thời hạn giải quyết), as in the `DonViTinh` field of
 * the national TTHC database: working days (ngày làm việc), calendar days
 * (ngày), working hours (giờ làm việc), elapsed hours (giờ) and months (tháng).
 *
 * @example
 * ```ts
 * import { TimeLimitUnitSchema } from 'hanhchinh/dossiers'
 * TimeLimitUnitSchema.parse('working-days') //=> 'working-days'
 * TimeLimitUnitSchema.safeParse('weeks').success //=> false
 * ```
 */
export const TimeLimitUnitSchema = z.enum(['working-days', 'days', 'working-hours', 'hours', 'months'])

/**
 * A time-limit unit id: `'working-days' | 'days' | 'working-hours' | 'hours' | 'months'`.
 *
 * @example
 * ```ts
 * import type { TimeLimitUnit } from 'hanhchinh/dossiers'
 * const unit: TimeLimitUnit = 'working-days'
 * unit //=> 'working-days'
 * ```
 */
export type TimeLimitUnit = z.infer<typeof TimeLimitUnitSchema>

/**
 * Bilingual labels of the time-limit units.
 *
 * @example
 * ```ts
 * import { TIME_LIMIT_UNIT_LABELS } from 'hanhchinh/dossiers'
 * TIME_LIMIT_UNIT_LABELS['working-days'].vi //=> 'ngày làm việc'
 * ```
 */
export const TIME_LIMIT_UNIT_LABELS: Readonly<Record<TimeLimitUnit, Label>> = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  days: { vi: 'ngày', en: 'days' },
  'working-hours': { vi: 'giờ làm việc', en: 'working hours' },
  hours: { vi: 'giờ', en: 'hours' },
  months: { vi: 'tháng', en: 'months' },
}

/**
 * The legal time limit of a procedure: an amount and a unit. Day and month
 * amounts are whole numbers (0 = result the same day); hour amounts may be
 * fractional down to the minute (`1.5` hours).
 *
 * @example
 * ```ts
 * import { TimeLimitSchema } from 'hanhchinh/dossiers'
 * TimeLimitSchema.parse({ amount: 5, unit: 'working-days' }) //=> { amount: 5, unit: 'working-days' }
 * TimeLimitSchema.safeParse({ amount: 2.5, unit: 'days' }).success //=> false
 * ```
 */
export const TimeLimitSchema = z
  .object({
    amount: z.number().finite().nonnegative(),
    unit: TimeLimitUnitSchema,
  })
  .refine(
    (t) => (t.unit === 'hours' || t.unit === 'working-hours' ? Number.isInteger(t.amount * 60) : Number.isInteger(t.amount)),
    { message: 'Day and month limits must be whole numbers; hour limits whole minutes', path: ['amount'] },
  )
  .refine((t) => t.amount <= MAX_TIME_LIMIT_AMOUNT[t.unit], {
    message: 'The amount is beyond MAX_TIME_LIMIT_AMOUNT: no due date could fall in the calendar (1900–2199)',
    path: ['amount'],
  })

/**
 * The largest amount of a time limit, per unit. The calendar of working days
 * covers 1900–2199 (109,573 days, about 75,000 working days), so a longer
 * limit has no due date: it is refused at once (`RangeError` naming
 * `dossier.timeLimit.amount`, a refusal of {@link safeParseTimeLimit}, an issue
 * of {@link TimeLimitSchema}) instead of being counted day by day. Legal time
 * limits are a few days to a few months.
 *
 * @example
 * ```ts
 * import { MAX_TIME_LIMIT_AMOUNT } from 'hanhchinh/dossiers'
 * MAX_TIME_LIMIT_AMOUNT['working-days'] //=> 80000
 * MAX_TIME_LIMIT_AMOUNT.months //=> 3600
 * ```
 */
export const MAX_TIME_LIMIT_AMOUNT: Readonly<Record<TimeLimitUnit, number>> = Object.freeze({
  'working-days': 80_000,
  days: 110_000,
  'working-hours': 640_000,
  hours: 2_640_000,
  months: 3_600,
})

/**
 * A time limit `{ amount, unit }`.
 *
 * @example
 * ```ts
 * import type { TimeLimit } from 'hanhchinh/dossiers'
 * const limit: TimeLimit = { amount: 15, unit: 'working-days' }
 * limit.amount //=> 15
 * ```
 */
export type TimeLimit = z.infer<typeof TimeLimitSchema>

/**
 * Channels through which a dossier is filed (NĐ 61/2018 Art 16): in person at
 * the one-stop desk, by post, or online.
 *
 * @example
 * ```ts
 * import { ChannelSchema, CHANNEL_LABELS } from 'hanhchinh/dossiers'
 * ChannelSchema.parse('online') //=> 'online'
 * CHANNEL_LABELS.postal.vi //=> 'Qua dịch vụ bưu chính'
 * ```
 */
export const ChannelSchema = z.enum(['in-person', 'postal', 'online'])

/**
 * A filing channel id.
 *
 * @example
 * ```ts
 * import type { Channel } from 'hanhchinh/dossiers'
 * const c: Channel = 'in-person'
 * c //=> 'in-person'
 * ```
 */
export type Channel = z.infer<typeof ChannelSchema>

/**
 * Bilingual labels of the filing channels.
 *
 * @example
 * ```ts
 * import { CHANNEL_LABELS } from 'hanhchinh/dossiers'
 * CHANNEL_LABELS.online.en //=> 'Online'
 * ```
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, Label>> = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  postal: { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
  online: { vi: 'Trực tuyến', en: 'Online' },
}

/**
 * Level of the receiving agency: ministry, province, district (abolished
 * from 2025-07-01, kept for historical data) or commune.
 *
 * @example
 * ```ts
 * import { LevelSchema, LEVEL_LABELS } from 'hanhchinh/dossiers'
 * LevelSchema.parse('commune') //=> 'commune'
 * LEVEL_LABELS.province.vi //=> 'Cấp tỉnh'
 * ```
 */
export const LevelSchema = z.enum(['ministry', 'province', 'district', 'commune'])

/**
 * An agency level id.
 *
 * @example
 * ```ts
 * import type { Level } from 'hanhchinh/dossiers'
 * const l: Level = 'province'
 * l //=> 'province'
 * ```
 */
export type Level = z.infer<typeof LevelSchema>

/**
 * Bilingual labels of the agency levels.
 *
 * @example
 * ```ts
 * import { LEVEL_LABELS } from 'hanhchinh/dossiers'
 * LEVEL_LABELS.commune.en //=> 'Commune'
 * ```
 */
export const LEVEL_LABELS: Readonly<Record<Level, Label>> = {
  ministry: { vi: 'Cấp bộ', en: 'Ministry' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
}

/**
 * A civil date `YYYY-MM-DD` or an instant: used where a document may give
 * only the date (a new appointment date, say). Kept as given (no brand).
 *
 * @example
 * ```ts
 * import { DateOrInstantSchema } from 'hanhchinh/dossiers'
 * DateOrInstantSchema.safeParse('2026-03-02').success //=> true
 * DateOrInstantSchema.safeParse('2026-03-02T17:00:00+07:00').success //=> true
 * DateOrInstantSchema.safeParse('02/03/2026').success //=> false
 * ```
 */
export const DateOrInstantSchema = z.union([
  z.string().refine(isIsoDate, { message: 'Expected an ISO date YYYY-MM-DD or date-time with offset' }),
  InstantSchema,
])

/**
 * The status a source system recorded for a dossier (the "Trạng thái" column
 * of a one-stop export), kept beside the timeline as `recordedStatus`:
 * `'submitted'` (mới đăng ký: filed online, not yet received — code 1 of the
 * national portal), `'in-progress'` (đang xử lý, mới tiếp nhận),
 * `'awaiting-supplement'` (chờ bổ sung), `'awaiting-obligation'` (yêu cầu
 * thực hiện nghĩa vụ tài chính — portal code 6), `'processed'` (đã xử lý
 * xong), `'returned'` (đã trả kết quả), `'refused'` (từ chối giải quyết),
 * `'not-received'` (không được tiếp nhận — refused at the desk, portal code
 * 3), `'stopped'`, `'withdrawn'`. The timeline decides the classification; a
 * recorded ending (processed, returned, refused, not-received, stopped,
 * withdrawn) with no ending event in the timeline is an "unknown end"
 * (`'unknown-end'`), never a silent "in progress" (see {@link DossierLike}).
 * A class such as "Quá hạn" is not a status: see {@link RecordedClassSchema}.
 *
 * @example
 * ```ts
 * import { RecordedStatusSchema } from 'hanhchinh/dossiers'
 * RecordedStatusSchema.parse('returned') //=> 'returned'
 * RecordedStatusSchema.safeParse('done').success //=> false
 * ```
 */
export const RecordedStatusSchema = z.enum([
  'submitted', 'in-progress', 'awaiting-supplement', 'awaiting-obligation', 'processed', 'returned', 'refused', 'not-received', 'stopped',
  'withdrawn',
])

/**
 * A recorded status id (see {@link RecordedStatusSchema}).
 *
 * @example
 * ```ts
 * import type { RecordedStatus } from 'hanhchinh/dossiers'
 * const s: RecordedStatus = 'awaiting-supplement'
 * s //=> 'awaiting-supplement'
 * ```
 */
export type RecordedStatus = z.infer<typeof RecordedStatusSchema>

/**
 * The timeliness class a source system printed for a dossier ("Trước hạn",
 * "Đúng hạn", "Quá hạn", "Đang xử lý trong hạn", "Đang xử lý quá hạn"), kept
 * as the source's claim in `recordedClass`: it is derived from the dates,
 * not a lifecycle state, so the library computes its own class and
 * {@link validateDossier} checks the claim against it. `'late'` ("Quá hạn")
 * agrees with a computed `'late'` or `'in-progress-overdue'` (exports print
 * "Quá hạn" for both); the others agree with the same class only.
 *
 * @example
 * ```ts
 * import { RecordedClassSchema } from 'hanhchinh/dossiers'
 * RecordedClassSchema.parse('late') //=> 'late'
 * RecordedClassSchema.safeParse('returned').success //=> false
 * ```
 */
export const RecordedClassSchema = z.enum(['early', 'on-time', 'late', 'in-progress', 'in-progress-overdue'])

/**
 * A recorded class id (see {@link RecordedClassSchema}).
 *
 * @example
 * ```ts
 * import type { RecordedClass } from 'hanhchinh/dossiers'
 * const c: RecordedClass = 'on-time'
 * c //=> 'on-time'
 * ```
 */
export type RecordedClass = z.infer<typeof RecordedClassSchema>

/**
 * The field (lĩnh vực) of a procedure: its code in the national TTHC
 * database (`MaLinhVuc`, optional) and its name (`TenLinhVuc`).
 *
 * @example
 * ```ts
 * import { FieldSchema } from 'hanhchinh/dossiers'
 * FieldSchema.parse({ code: 'G09-XD01', name: 'Hoạt động xây dựng' }).name //=> 'Hoạt động xây dựng'
 * FieldSchema.safeParse({ code: 'G09-XD01' }).success //=> false
 * ```
 */
export const FieldSchema = z.object({ code: z.string().min(1).optional(), name: z.string().min(1) })

/**
 * A field (lĩnh vực) `{ code?, name }`.
 *
 * @example
 * ```ts
 * import type { DossierField } from 'hanhchinh/dossiers'
 * const f: DossierField = { name: 'Chứng thực' }
 * f.name //=> 'Chứng thực'
 * ```
 */
export type DossierField = z.infer<typeof FieldSchema>

/**
 * A fee or charge of a dossier (`DanhSachLePhi[]` of the national portal's
 * sync record), kept as data: name, code, amount in đồng (`Gia`; 0 = no fee),
 * and the portal's `HinhThucThu` / `LoaiPhiLePhi` codes as given (their code
 * tables are UNCONFIRMED).
 *
 * @example
 * ```ts
 * import { FeeSchema } from 'hanhchinh/dossiers'
 * FeeSchema.parse({ name: 'Lệ phí cấp giấy phép xây dựng', amount: 75000 }).amount //=> 75000
 * ```
 */
export const FeeSchema = z.object({
  name: z.string().optional(),
  code: z.string().optional(),
  amount: z.number().finite().nonnegative().optional(),
  collection: z.string().optional(),
  kind: z.string().optional(),
})

/**
 * A fee (see {@link FeeSchema}).
 *
 * @example
 * ```ts
 * import type { DossierFee } from 'hanhchinh/dossiers'
 * const fee: DossierFee = { name: 'Phí chứng thực', amount: 2000 }
 * fee.amount //=> 2000
 * ```
 */
export type DossierFee = z.infer<typeof FeeSchema>

/**
 * A file or paper of a dossier, kept as data: a submitted file
 * (`TaiLieuNop[]`: `TepDinhKemId`, `TenTepDinhKem`, `MaThanhPhanHoSo`,
 * `DuongDanTaiTepTin`, `DuocSoHoa`, `DuocLayTuKhoDMQG`) or a result paper
 * (`DanhSachGiayToKetQua[]`: `GiayToId`, `TenGiayTo`, `MaThanhPhanHoSo`,
 * `DuongDanTepTinKetQua`).
 *
 * @example
 * ```ts
 * import { AttachmentSchema } from 'hanhchinh/dossiers'
 * AttachmentSchema.parse({ id: '8812', name: 'Đơn đề nghị cấp phép.pdf', digitised: true }).digitised //=> true
 * ```
 */
export const AttachmentSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  component: z.string().optional(),
  url: z.string().optional(),
  digitised: z.boolean().optional(),
  fromNationalRepository: z.boolean().optional(),
  deleted: z.boolean().optional(),
})

/**
 * A file or paper (see {@link AttachmentSchema}).
 *
 * @example
 * ```ts
 * import type { DossierAttachment } from 'hanhchinh/dossiers'
 * const a: DossierAttachment = { name: 'Giấy phép xây dựng số 12/GPXD' }
 * a.name //=> 'Giấy phép xây dựng số 12/GPXD'
 * ```
 */
export type DossierAttachment = z.infer<typeof AttachmentSchema>

/**
 * The applicant (chủ hồ sơ): name and type — `'citizen'` (công dân, portal
 * `LoaiDoiTuong` 1) or `'organisation'` (doanh nghiệp, tổ chức, 2).
 *
 * @example
 * ```ts
 * import { ApplicantSchema } from 'hanhchinh/dossiers'
 * ApplicantSchema.parse({ name: 'Nguyễn Văn An', type: 'citizen' }).type //=> 'citizen'
 * ```
 */
export const ApplicantSchema = z.object({
  name: z.string().optional(),
  type: z.enum(['citizen', 'organisation']).optional(),
  id: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
})

/**
 * The applicant (see {@link ApplicantSchema}).
 *
 * @example
 * ```ts
 * import type { Applicant } from 'hanhchinh/dossiers'
 * const a: Applicant = { name: 'Công ty TNHH Minh Phát', type: 'organisation' }
 * a.type //=> 'organisation'
 * ```
 */
export type Applicant = z.infer<typeof ApplicantSchema>

const at = InstantSchema
const note = z.string().optional()
const round = z.string().optional()

/**
 * One event of a dossier's timeline. `type` is one of:
 *
 * - `'supplement-requested'` / `'supplement-supplied'` — yêu cầu bổ sung, hoàn thiện hồ sơ (Form 02) and
 *   the applicant's supplement (NĐ 61/2018 Art 19(4)); `round` names the round (`HoSoBoSungId` of a
 *   sync record), `previousDue` / `newDue` keep the appointment the source recorded before and after
 *   the round (`NgayHenTraTruoc` / `NgayHenTraMoi`), checked by {@link validateDossier};
 * - `'extended'` — xin lỗi và hẹn lại ngày trả kết quả (Form 04), with the new appointment `newDue`
 *   (NĐ 61/2018 Art 19(9): once, at least 1 day before the due date);
 * - `'consultation-requested'` / `'consultation-answered'` — lấy ý kiến cơ quan khác (Art 19(5));
 *   recorded, no effect on the clock;
 * - `'processed'` — đã xử lý xong; `'returned'` — đã trả kết quả;
 * - `'refused'` — từ chối giải quyết; `'stopped'` — dừng giải quyết; `'withdrawn'` — công dân rút hồ sơ.
 *
 * @example
 * ```ts
 * import { DossierEventSchema } from 'hanhchinh/dossiers'
 * DossierEventSchema.parse({ type: 'processed', at: '2026-03-05T09:00:00+07:00' }).type //=> 'processed'
 * DossierEventSchema.safeParse({ type: 'extended', at: '2026-03-05T09:00:00+07:00' }).success //=> false
 * ```
 */
export const DossierEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('supplement-requested'), at, round, previousDue: DateOrInstantSchema.optional(), note }),
  z.object({ type: z.literal('supplement-supplied'), at, round, previousDue: DateOrInstantSchema.optional(), newDue: DateOrInstantSchema.optional(), note }),
  z.object({ type: z.literal('extended'), at, newDue: DateOrInstantSchema, reason: z.string().optional(), note }),
  z.object({ type: z.literal('consultation-requested'), at, agency: z.string().optional(), dueAt: DateOrInstantSchema.optional(), note }),
  z.object({ type: z.literal('consultation-answered'), at, agency: z.string().optional(), note }),
  z.object({ type: z.literal('processed'), at, note }),
  z.object({ type: z.literal('returned'), at, note }),
  z.object({ type: z.literal('refused'), at, reason: z.string().optional(), note }),
  z.object({ type: z.literal('stopped'), at, reason: z.string().optional(), note }),
  z.object({ type: z.literal('withdrawn'), at, note }),
])

/**
 * A timeline event (see {@link DossierEventSchema}).
 *
 * @example
 * ```ts
 * import type { DossierEvent } from 'hanhchinh/dossiers'
 * const e: DossierEvent = { type: 'supplement-requested', at: '2026-03-03T10:00:00+07:00' }
 * e.type //=> 'supplement-requested'
 * ```
 */
export type DossierEvent = z.infer<typeof DossierEventSchema>

/**
 * The event type ids.
 *
 * @example
 * ```ts
 * import type { DossierEventType } from 'hanhchinh/dossiers'
 * const t: DossierEventType = 'returned'
 * t //=> 'returned'
 * ```
 */
export type DossierEventType = DossierEvent['type']

/**
 * Bilingual labels of the event types, in the wording of the one-stop
 * systems' status lists.
 *
 * @example
 * ```ts
 * import { EVENT_LABELS } from 'hanhchinh/dossiers'
 * EVENT_LABELS.processed.vi //=> 'Đã xử lý xong'
 * EVENT_LABELS.extended.en //=> 'Apology and new appointment'
 * ```
 */
export const EVENT_LABELS: Readonly<Record<DossierEventType, Label>> = {
  'supplement-requested': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
  'supplement-supplied': { vi: 'Đã bổ sung hồ sơ', en: 'Supplement supplied' },
  extended: { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
  'consultation-requested': { vi: 'Lấy ý kiến cơ quan liên quan', en: 'Consultation requested' },
  'consultation-answered': { vi: 'Đã có ý kiến cơ quan liên quan', en: 'Consultation answered' },
  processed: { vi: 'Đã xử lý xong', en: 'Processed' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  refused: { vi: 'Từ chối giải quyết', en: 'Refused' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
  withdrawn: { vi: 'Công dân rút hồ sơ', en: 'Withdrawn' },
}

/**
 * A dossier (hồ sơ thủ tục hành chính), strict form: typed values only (see
 * `DossierImportSchema` for CSV exports).
 *
 * - `code` — mã số hồ sơ; the national format `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` can be read
 *   with {@link parseDossierCode}, other formats are kept as plain strings;
 * - `procedure` — the TTHC's code in the national database and its name;
 * - `agency`, `level`, `channel` — receiving agency, its level, filing channel (optional);
 * - `timeLimit` — the legal time limit;
 * - `receivedAt` — receipt of the complete, valid dossier (ISO date-time with offset, or `Date`);
 * - `appointmentAt` — the appointment date recorded by the one-stop system (ngày hẹn trả), optional;
 * - `recordedStatus` — the status the source system recorded (see {@link RecordedStatusSchema}), optional;
 * - `recordedClass` — the class the source printed ("Quá hạn"…, see {@link RecordedClassSchema}), optional;
 * - `field` — the procedure's field (lĩnh vực) `{ code?, name }`, optional;
 * - `applicant`, `resultDelivery` (how the result is handed over: in person or by post), `fees`,
 *   `attachments` (submitted files), `results` (result papers) — kept as data, optional;
 * - `timeLimitInferred` — `true` when the time limit was not given but inferred from the recorded
 *   appointment (see {@link safeParseSyncRecord});
 * - `events` — the timeline (see {@link DossierEventSchema}).
 *
 * @example
 * ```ts
 * import { DossierSchema } from 'hanhchinh/dossiers'
 * const d = DossierSchema.parse({
 *   code: 'H15.50.05.13-260312-0007',
 *   procedure: { code: '1.001612', name: 'Cấp giấy phép xây dựng' },
 *   receivedAt: '2026-03-12T09:15:00+07:00',
 *   timeLimit: { amount: 15, unit: 'working-days' },
 *   events: [{ type: 'processed', at: '2026-03-30T10:00:00+07:00' }],
 * })
 * d.events.length //=> 1
 * DossierSchema.safeParse({ ...d, receivedAt: '2026-03-12 09:15' }).success //=> false
 * ```
 */
export const DossierSchema = z.object({
  code: z.string().min(1),
  procedure: z.object({ code: z.string().min(1), name: z.string().min(1) }),
  agency: z.string().min(1).optional(),
  level: LevelSchema.optional(),
  channel: ChannelSchema.optional(),
  timeLimit: TimeLimitSchema,
  receivedAt: InstantSchema,
  appointmentAt: DateOrInstantSchema.optional(),
  recordedStatus: RecordedStatusSchema.optional(),
  recordedClass: RecordedClassSchema.optional(),
  field: FieldSchema.optional(),
  applicant: ApplicantSchema.optional(),
  resultDelivery: z.enum(['in-person', 'postal']).optional(),
  fees: z.array(FeeSchema).optional(),
  attachments: z.array(AttachmentSchema).optional(),
  results: z.array(AttachmentSchema).optional(),
  timeLimitInferred: z.literal(true).optional(),
  events: z.array(DossierEventSchema).default([]),
})

/**
 * A dossier, as parsed by {@link DossierSchema}.
 *
 * @example
 * ```ts
 * import type { Dossier } from 'hanhchinh/dossiers'
 * const d: Dossier = {
 *   code: 'HS-0001', procedure: { code: '2.000635', name: 'Chứng thực bản sao từ bản chính' },
 *   receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'working-days' }, events: [],
 * }
 * d.code //=> 'HS-0001'
 * ```
 */
export type Dossier = z.infer<typeof DossierSchema>

/**
 * What the deadline and report functions read from a dossier: `events` may
 * be omitted (no events yet). Any {@link Dossier} is one. A `recordedStatus`
 * that says the dossier ended (processed, returned, refused, not-received,
 * stopped, withdrawn), or a `recordedClass` that says it finished early or on
 * time, while `events` has no ending event is an "unknown end":
 * {@link classifyDossier} says `'unknown-end'`, {@link dossierReport} counts
 * it in `counts.unknownEnd`, and {@link validateTimeline} /
 * {@link validateDossier} report `'status-without-end'` — the end date is
 * missing, and counting the dossier as in progress would be a silent wrong
 * answer.
 *
 * @example
 * ```ts
 * import type { DossierLike } from 'hanhchinh/dossiers'
 * const d: DossierLike = { receivedAt: new Date('2026-03-02T01:00:00Z'), timeLimit: { amount: 4, unit: 'working-hours' } }
 * d.timeLimit.unit //=> 'working-hours'
 * ```
 */
export interface DossierLike {
  code?: string | undefined
  procedure?: { code: string; name: string } | undefined
  agency?: string | undefined
  level?: Level | undefined
  channel?: Channel | undefined
  timeLimit: TimeLimit
  receivedAt: string | Date
  appointmentAt?: string | Date | undefined
  recordedStatus?: RecordedStatus | undefined
  recordedClass?: RecordedClass | undefined
  field?: DossierField | undefined
  events?: readonly DossierEvent[] | undefined
}
