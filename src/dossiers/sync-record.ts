import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { readOptions, readChoice, type OptionNames } from '../core/options.js'
import { describeValue, wrongType } from '../core/errors.js'
import { fromDayNumber } from '../core/iso-date.js'
import { formatVietnamDateTime, toEpochMs } from '../core/instant.js'
import { DEADLINE_ENGINE_OPTION_NAMES, type DeadlineEngineOptions } from './deadline-policy.js'
import { createDeadlineEngine } from './due-date.js'
import { vnDay } from './instants.js'
import {
  SYNC_APPLICANT_TYPE_CODES, SYNC_CHANNEL_CODES, SYNC_RESULT_DELIVERY_CODES, SYNC_STATUS_CODES, SyncRecordSchema, type SyncRecord,
} from './sync-record-schema.js'
import { DossierSchema, TimeLimitSchema, type Dossier, type DossierAttachment, type DossierEvent, type DossierFee, type TimeLimit } from './schema.js'

/**
 * Options of {@link safeParseSyncRecord} and {@link parseSyncRecord}: the
 * time limit of the procedure (a sync record does not carry it) and the
 * deadline rules used to infer it when it is not given.
 *
 * @example
 * ```ts
 * import type { SyncRecordOptions } from 'hanhchinh/dossiers'
 * const o: SyncRecordOptions = { timeLimit: (procedure) => procedure.code === '1.001612' ? { amount: 15, unit: 'working-days' } : undefined }
 * typeof o.timeLimit //=> 'function'
 * ```
 */
export interface SyncRecordOptions extends DeadlineEngineOptions {
  /**
   * The legal time limit, or a function giving it for a procedure (`undefined`: unknown). When
   * unknown, it is inferred as the working days from the receipt to the first recorded
   * appointment (`NgayHenTraTruoc` of the first supplement round, else `NgayHenTra`) and the
   * dossier is marked `timeLimitInferred: true`.
   */
  timeLimit?: TimeLimit | ((procedure: { code: string; name: string }) => TimeLimit | undefined) | undefined
}

const SYNC_OPTION_NAMES: OptionNames<SyncRecordOptions> = { ...DEADLINE_ENGINE_OPTION_NAMES, timeLimit: true }

/** The longest JSON text read (a sync record is a few kilobytes; a larger one is refused unread). */
const MAX_SYNC_TEXT = 4_000_000

function fieldRefusal(path: readonly PropertyKey[], reason: { vi: string; en: string }) {
  const where = path.map(String).join('.') || 'record'
  return refuse(`${where}: ${reason.vi}`, `${where}: ${reason.en}`, 'sync-record')
}

/**
 * Read the national portal's dossier sync record (the JSON a provincial
 * one-stop system sends to Cổng DVCQG) into a {@link Dossier}, or say why
 * not, naming the field (`NgayTiepNhan: "20260231090000": day 31 does not
 * exist …`). Accepts the JSON text or the parsed object.
 *
 * - dates in both forms the integrations write — `yyyyMMddHHmmss` and ISO-like without offset
 *   (`2026-02-12 10:00:00`) — are Vietnam time ({@link readSyncDate});
 * - `TrangThaiHoSo` is read with {@link SYNC_STATUS_CODES} into `recordedStatus`; the ending
 *   event of a terminal code (processed, stopped, withdrawn, refused at the desk) is dated
 *   `NgayKetThucXuLy` (`NgayTuChoi` first for code 3), the return `NgayTra`; a terminal code
 *   with neither date is an "unknown end" ({@link validateDossier});
 * - every supplement round (`DanhSachHoSoBoSung[]`) becomes its own events: requested at
 *   `NgayBoSung`, supplied at `NgayTiepNhanBoSung`, with the round id and the recorded
 *   appointments `NgayHenTraTruoc` → `NgayHenTraMoi` kept as `previousDue` / `newDue` (checked
 *   against the computed due dates by {@link validateDossier});
 * - `KenhThucHien` → `channel`, `HinhThuc` → `resultDelivery`, `ChuHoSo`, `LoaiDoiTuong`,
 *   `MaDoiTuong`, `Email`, `SoDienThoai` → `applicant`, `MaLinhVuc`/`TenLinhVuc` → `field`,
 *   `DonViXuLy` → `agency`, `NgayHenTra` → `appointmentAt`, `DanhSachLePhi` → `fees`,
 *   `TaiLieuNop` → `attachments`, `DanhSachGiayToKetQua` → `results`. Not kept: free texts
 *   (`TrichYeuHoSo`, `GhiChu`, `ThongTinTra`), `DanhSachTepDinhKemKhac`, the people and papers
 *   of supplement rounds, and fields the schema does not name.
 *
 * A code outside the tables (a `TrangThaiHoSo` of 11, a `KenhThucHien` of 4) is refused, naming
 * the field and the known codes.
 *
 * @throws RangeError/TypeError only for bad options (an unknown name)
 *
 * @example
 * ```ts
 * import { safeParseSyncRecord } from 'hanhchinh/dossiers'
 * const record = {
 *   MaHoSo: 'H15.50.05.13-260212-0001', MaTTHC: '1.001612', TenTTHC: 'Cấp giấy phép xây dựng', TenLinhVuc: 'Hoạt động xây dựng',
 *   KenhThucHien: '2', NgayTiepNhan: '20260212100000', NgayHenTra: '20260305170000', TrangThaiHoSo: '10',
 *   NgayKetThucXuLy: '20260303150000', NgayTra: '20260304090000',
 * }
 * const r = safeParseSyncRecord(record, { timeLimit: { amount: 15, unit: 'working-days' } })
 * r.ok && r.value.events //=> [{ type: 'processed', at: '2026-03-03T15:00:00+07:00' }, { type: 'returned', at: '2026-03-04T09:00:00+07:00' }]
 * r.ok && r.value.channel //=> 'online'
 * safeParseSyncRecord({ ...record, NgayTiepNhan: '20260231090000' })
 * //=> { ok: false, reason: { en: 'NgayTiepNhan: "20260231090000": day 31 does not exist (2026-02 has 28 days)' } }
 * ```
 */
export function safeParseSyncRecord(input: unknown, options?: SyncRecordOptions): ParseResult<Dossier> {
  const { timeLimit: limitOption, ...rules } = readOptions(options, SYNC_OPTION_NAMES, 'safeParseSyncRecord')
  if (limitOption !== undefined && typeof limitOption !== 'function') {
    const checked = TimeLimitSchema.safeParse(limitOption)
    if (!checked.success) throw wrongType('options.timeLimit', limitOption, 'a time limit { amount, unit } or a function of the procedure')
  }
  let value: unknown = input
  if (typeof input === 'string') {
    if (input.length > MAX_SYNC_TEXT) return refuse(`Bản ghi dài quá ${MAX_SYNC_TEXT} ký tự`, `A sync record has at most ${MAX_SYNC_TEXT} characters`, 'sync-record')
    try {
      value = JSON.parse(input)
    } catch (error) {
      return refuse(`Không phải JSON: ${(error as Error).message}`, `Not JSON: ${(error as Error).message}`, 'sync-record')
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(
      'Bản ghi đồng bộ phải là một đối tượng JSON (một hồ sơ)', 'A sync record is one JSON object (one dossier); map over an array', 'sync-record',
    )
  }
  const parsed = SyncRecordSchema.safeParse(value)
  if (!parsed.success) {
    const first = parsed.error.issues[0]!
    const params = (first as { params?: { vi?: string; en?: string } }).params
    return fieldRefusal(first.path, { vi: params?.vi ?? first.message, en: params?.en ?? first.message })
  }
  return fromRecord(parsed.data, limitOption, rules)
}

/**
 * {@link safeParseSyncRecord}, returning the {@link Dossier} or throwing: a
 * `RangeError` for JSON text that cannot be read, a `TypeError` for an object
 * (or another value) that cannot, the message naming the field.
 *
 * @example
 * ```ts
 * import { parseSyncRecord } from 'hanhchinh/dossiers'
 * const d = parseSyncRecord('{"MaHoSo":"H15.50.05.13-260212-0002","MaTTHC":"2.000635","TenTTHC":"Chứng thực bản sao",' +
 *   '"NgayTiepNhan":"2026-02-12 10:00:00","NgayHenTra":"2026-02-13 10:00:00","TrangThaiHoSo":"4"}')
 * d.receivedAt //=> '2026-02-12T10:00:00+07:00'
 * d.recordedStatus //=> 'in-progress'
 * d.timeLimit //=> { amount: 1, unit: 'working-days' }
 * parseSyncRecord('{"MaHoSo":"HS-1"}') //=> throws RangeError: MaTTHC
 * ```
 */
export function parseSyncRecord(input: unknown, options?: SyncRecordOptions): Dossier {
  return parseOrThrow(safeParseSyncRecord(input, options), 'sync record', input)
}

function codeRefusal(field: string, code: string, table: Readonly<Record<string, unknown>>) {
  const known = Object.keys(table).join(', ')
  return refuse(`${field}: mã "${code}" không có trong bảng mã (${known})`, `${field}: code "${code}" is not one of ${known}`, 'sync-record')
}

function fromRecord(r: SyncRecord, limitOption: SyncRecordOptions['timeLimit'], rules: DeadlineEngineOptions): ParseResult<Dossier> {
  const status = SYNC_STATUS_CODES[r.TrangThaiHoSo]
  if (status === undefined || !Object.hasOwn(SYNC_STATUS_CODES, r.TrangThaiHoSo)) return codeRefusal('TrangThaiHoSo', r.TrangThaiHoSo, SYNC_STATUS_CODES)
  const channel = r.KenhThucHien === undefined ? undefined : own(SYNC_CHANNEL_CODES, r.KenhThucHien)
  if (r.KenhThucHien !== undefined && channel === undefined) return codeRefusal('KenhThucHien', r.KenhThucHien, SYNC_CHANNEL_CODES)
  const delivery = r.HinhThuc === undefined ? undefined : own(SYNC_RESULT_DELIVERY_CODES, r.HinhThuc)
  if (r.HinhThuc !== undefined && delivery === undefined) return codeRefusal('HinhThuc', r.HinhThuc, SYNC_RESULT_DELIVERY_CODES)
  const applicantType = r.LoaiDoiTuong === undefined ? undefined : own(SYNC_APPLICANT_TYPE_CODES, r.LoaiDoiTuong)
  if (r.LoaiDoiTuong !== undefined && applicantType === undefined) return codeRefusal('LoaiDoiTuong', r.LoaiDoiTuong, SYNC_APPLICANT_TYPE_CODES)

  const events: DossierEvent[] = []
  const rounds = [...(r.DanhSachHoSoBoSung ?? [])].sort((a, b) => Date.parse(a.NgayBoSung) - Date.parse(b.NgayBoSung))
  for (const round of rounds) {
    const requested: DossierEvent = { type: 'supplement-requested', at: round.NgayBoSung }
    if (round.HoSoBoSungId !== undefined) requested.round = round.HoSoBoSungId
    if (round.NgayHenTraTruoc !== undefined) requested.previousDue = round.NgayHenTraTruoc
    if (round.NoiDungBoSung !== undefined) requested.note = round.NoiDungBoSung
    events.push(requested)
    if (round.NgayTiepNhanBoSung !== undefined) {
      const supplied: DossierEvent = { type: 'supplement-supplied', at: round.NgayTiepNhanBoSung }
      if (round.HoSoBoSungId !== undefined) supplied.round = round.HoSoBoSungId
      if (round.NgayHenTraMoi !== undefined) supplied.newDue = round.NgayHenTraMoi
      if (round.ThongTinTiepNhan !== undefined) supplied.note = round.ThongTinTiepNhan
      events.push(supplied)
    } else if (round.NgayHenTraMoi !== undefined) {
      return refuse(
        `DanhSachHoSoBoSung: đợt ${round.HoSoBoSungId ?? ''} có NgayHenTraMoi nhưng không có NgayTiepNhanBoSung`,
        `DanhSachHoSoBoSung: round ${round.HoSoBoSungId ?? ''} has NgayHenTraMoi but no NgayTiepNhanBoSung`, 'sync-record',
      )
    }
  }
  const endAt = status.ending === 'refused' ? r.NgayTuChoi ?? r.NgayKetThucXuLy : r.NgayKetThucXuLy
  if (endAt !== undefined) events.push({ type: status.ending ?? 'processed', at: endAt })
  if (r.NgayTra !== undefined) events.push({ type: 'returned', at: r.NgayTra })
  // stable: equal instants keep the record's order (a request before its supply)
  events.sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)))

  const procedure = { code: r.MaTTHC, name: r.TenTTHC ?? r.MaTTHC }
  let timeLimit = typeof limitOption === 'function' ? limitOption(procedure) : limitOption
  if (timeLimit !== undefined && !TimeLimitSchema.safeParse(timeLimit).success) {
    throw wrongType('options.timeLimit(procedure)', timeLimit, 'a time limit { amount, unit } or undefined')
  }
  let inferred = false
  if (timeLimit === undefined) {
    const first = rounds[0]?.NgayHenTraTruoc ?? r.NgayHenTra
    if (first === undefined) {
      return refuse(
        'NgayHenTra: không có ngày hẹn trả, không suy ra được thời hạn giải quyết (cho options.timeLimit)',
        'NgayHenTra: no appointment, so no time limit can be inferred (give options.timeLimit)', 'sync-record',
      )
    }
    const n = inferWorkingDays(r.NgayTiepNhan, first, rules)
    if (n === undefined) {
      return refuse('NgayHenTra: ngày hẹn trả trước ngày tiếp nhận', 'NgayHenTra: the appointment is before NgayTiepNhan', 'sync-record')
    }
    timeLimit = { amount: n, unit: 'working-days' }
    inferred = true
  }

  const dossier: Dossier = { code: r.MaHoSo, procedure, timeLimit, receivedAt: r.NgayTiepNhan, recordedStatus: status.status, events }
  if (inferred) dossier.timeLimitInferred = true
  if (r.TenLinhVuc !== undefined || r.MaLinhVuc !== undefined) {
    dossier.field = r.MaLinhVuc === undefined ? { name: r.TenLinhVuc! } : { code: r.MaLinhVuc, name: r.TenLinhVuc ?? r.MaLinhVuc }
  }
  if (r.DonViXuLy !== undefined) dossier.agency = r.DonViXuLy
  if (channel !== undefined) dossier.channel = channel
  if (delivery !== undefined) dossier.resultDelivery = delivery
  if (r.NgayHenTra !== undefined) dossier.appointmentAt = r.NgayHenTra
  const applicant = compact({ name: r.ChuHoSo, type: applicantType, id: r.MaDoiTuong, email: r.Email, phone: r.SoDienThoai })
  if (Object.keys(applicant).length > 0) dossier.applicant = applicant
  if (r.DanhSachLePhi !== undefined) {
    dossier.fees = r.DanhSachLePhi.map((f): DossierFee => compact({ name: f.TenPhiLePhi, code: f.MaPhiLePhi, amount: f.Gia, collection: f.HinhThucThu, kind: f.LoaiPhiLePhi }))
  }
  if (r.TaiLieuNop !== undefined) {
    dossier.attachments = r.TaiLieuNop.map((f): DossierAttachment => compact({
      id: f.TepDinhKemId, name: f.TenTepDinhKem, component: f.MaThanhPhanHoSo, url: f.DuongDanTaiTepTin, digitised: f.DuocSoHoa,
      fromNationalRepository: f.DuocLayTuKhoDMQG, deleted: f.IsDeleted,
    }))
  }
  if (r.DanhSachGiayToKetQua !== undefined) {
    dossier.results = r.DanhSachGiayToKetQua.map((g): DossierAttachment => compact({
      id: g.GiayToId, name: g.TenGiayTo, component: g.MaThanhPhanHoSo, url: g.DuongDanTepTinKetQua,
    }))
  }
  return accept(dossier)
}

function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** The object without its `undefined` properties. */
function compact<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return out as { [K in keyof T]: Exclude<T[K], undefined> }
}

function lastOpen(rounds: Record<string, unknown>[]): Record<string, unknown> | undefined {
  for (let i = rounds.length - 1; i >= 0; i--) if (rounds[i]!.NgayTiepNhanBoSung === undefined) return rounds[i]
  return undefined
}

/** The longest span, in days, between receipt and appointment an inference walks. */
const MAX_INFERENCE_DAYS = 3_700

/**
 * The number of working days n whose due date (by the engine's rules) is the appointment's civil
 * date: counted on the calendar, then adjusted by one either way for the engine's cut-off rules.
 */
function inferWorkingDays(receivedAt: string, appointment: string, rules: DeadlineEngineOptions): number | undefined {
  const engine = createDeadlineEngine(rules)
  const from = vnDay(toEpochMs(receivedAt))
  const to = vnDay(toEpochMs(appointment))
  if (to < from) return undefined
  if (to - from > MAX_INFERENCE_DAYS) return undefined
  let n = 0
  for (let d = from + 1; d <= to; d++) if (engine.calendar.isWorkingDay(fromDayNumber(d))) n++
  const target = fromDayNumber(to)
  for (const guess of [n, n - 1, n + 1]) {
    if (guess < 0) continue
    if (engine.dueDate({ receivedAt, timeLimit: { amount: guess, unit: 'working-days' } }).dueDate === target) return guess
  }
  return n
}

/**
 * Options of {@link toSyncRecord}: how dates are written.
 *
 * @example
 * ```ts
 * import type { ToSyncRecordOptions } from 'hanhchinh/dossiers'
 * const o: ToSyncRecordOptions = { dates: 'iso-like' }
 * o.dates //=> 'iso-like'
 * ```
 */
export interface ToSyncRecordOptions {
  /** `'compact'`: `yyyyMMddHHmmss`; `'iso-like'`: `yyyy-MM-dd HH:mm:ss` (both Vietnam time). @defaultValue `'compact'` */
  dates?: 'compact' | 'iso-like' | undefined
}

const TO_SYNC_OPTION_NAMES: OptionNames<ToSyncRecordOptions> = { dates: true }

const STATUS_CODE_OF: Readonly<Record<string, string>> = {
  submitted: '1', 'not-received': '3', 'in-progress': '4', 'awaiting-supplement': '5', 'awaiting-obligation': '6', withdrawn: '7',
  stopped: '8', refused: '8', processed: '9', returned: '10',
}
const CHANNEL_CODE_OF: Readonly<Record<string, string>> = { 'in-person': '1', online: '2', postal: '3' }

/**
 * Write a {@link Dossier} as the national portal's sync record, for systems
 * that must send one: the reverse of {@link parseSyncRecord} for the fields
 * it keeps. `TrangThaiHoSo` comes from `recordedStatus`, or from the timeline
 * when there is none (ended: 9 processed, 10 returned, 7 withdrawn, 8
 * stopped — and 8 for a refusal after receipt, the table having no other
 * code for it, UNCONFIRMED; open: 5 awaiting a supplement, else 4). Supplement
 * requests and supplies are paired into rounds (by `round`, else in order).
 * Absent values are left out (the portal accepts blanks for optional fields).
 *
 * @throws RangeError for an unknown option; TypeError for a value that is not a dossier
 *
 * @example
 * ```ts
 * import { toSyncRecord } from 'hanhchinh/dossiers'
 * const r = toSyncRecord({
 *   code: 'H15.50.05.13-260212-0001', procedure: { code: '1.001612', name: 'Cấp giấy phép xây dựng' }, channel: 'postal',
 *   timeLimit: { amount: 15, unit: 'working-days' }, receivedAt: '2026-02-12T10:00:00+07:00',
 *   events: [{ type: 'supplement-requested', at: '2026-02-13T09:00:00+07:00' }, { type: 'processed', at: '2026-03-03T15:00:00+07:00' }],
 * })
 * r //=> { MaHoSo: 'H15.50.05.13-260212-0001', KenhThucHien: '3', NgayTiepNhan: '20260212100000', TrangThaiHoSo: '9', NgayKetThucXuLy: '20260303150000' }
 * r.DanhSachHoSoBoSung //=> [{ NgayBoSung: '20260213090000' }]
 * toSyncRecord(null as never) //=> throws TypeError: dossier
 * ```
 */
export function toSyncRecord(dossier: Dossier, options?: ToSyncRecordOptions): Record<string, unknown> {
  const o = readOptions(options, TO_SYNC_OPTION_NAMES, 'toSyncRecord')
  const iso = readChoice(o.dates, ['compact', 'iso-like'], 'compact', 'options.dates') === 'iso-like'
  if (dossier === null || typeof dossier !== 'object') throw wrongType('dossier', dossier, 'a dossier')
  // A dossier handed to the portal must be a whole one: name the first field that is not.
  const checked = DossierSchema.safeParse(dossier)
  if (!checked.success) {
    const first = checked.error.issues[0]!
    const path = ['dossier', ...first.path.map(String)].join('.')
    throw new TypeError(`Invalid ${path}: ${describeValue(first.path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), dossier))} (${first.message})`)
  }
  const date = (v: string | Date, argument: string, endOfDay = false): string => {
    const text = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? `${v}T${endOfDay ? '23:59:59' : '00:00:00'}+07:00`
      : formatVietnamDateTime(toEpochMs(v, argument))
    const wall = text.slice(0, 19)
    return iso ? wall.replace('T', ' ') : wall.replace(/[-:T]/g, '')
  }
  const events = [...(dossier.events ?? [])]
    .map((e, i) => ({ e, i, t: toEpochMs(e.at, `dossier.events[${i}].at`) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
  const ending = events.find(({ e }) => e.type === 'processed' || e.type === 'refused' || e.type === 'stopped' || e.type === 'withdrawn' || e.type === 'returned')
  const returned = events.find(({ e }) => e.type === 'returned')
  let pending = false
  const rounds: Record<string, unknown>[] = []
  for (const { e, i } of events) {
    if (e.type === 'supplement-requested') {
      pending = true
      rounds.push(compact({
        HoSoBoSungId: e.round, NoiDungBoSung: e.note, NgayBoSung: date(e.at, `dossier.events[${i}].at`),
        NgayHenTraTruoc: e.previousDue === undefined ? undefined : date(e.previousDue, `dossier.events[${i}].previousDue`, true),
      }))
    } else if (e.type === 'supplement-supplied') {
      pending = false
      const round = (e.round !== undefined ? rounds.find((r) => r.HoSoBoSungId === e.round) : undefined) ?? lastOpen(rounds)
      if (round === undefined) continue
      round.NgayTiepNhanBoSung = date(e.at, `dossier.events[${i}].at`)
      if (e.newDue !== undefined) round.NgayHenTraMoi = date(e.newDue, `dossier.events[${i}].newDue`, true)
      if (e.note !== undefined) round.ThongTinTiepNhan = e.note
    }
  }
  let status = dossier.recordedStatus === undefined ? undefined : STATUS_CODE_OF[dossier.recordedStatus]
  if (status === undefined) {
    if (ending !== undefined) status = returned !== undefined && ending.e.type !== 'refused' && ending.e.type !== 'stopped' && ending.e.type !== 'withdrawn' ? '10' : STATUS_CODE_OF[ending.e.type]
    else status = pending ? '5' : '4'
  }
  const a = dossier.applicant
  const applicantType = a?.type === 'citizen' ? '1' : a?.type === 'organisation' ? '2' : undefined
  return compact({
    MaHoSo: dossier.code,
    MaTTHC: dossier.procedure.code,
    TenTTHC: dossier.procedure.name,
    MaLinhVuc: dossier.field?.code,
    TenLinhVuc: dossier.field?.name,
    KenhThucHien: dossier.channel === undefined ? undefined : CHANNEL_CODE_OF[dossier.channel],
    HinhThuc: dossier.resultDelivery === undefined ? undefined : dossier.resultDelivery === 'postal' ? '1' : '0',
    ChuHoSo: a?.name,
    LoaiDoiTuong: applicantType,
    MaDoiTuong: a?.id,
    Email: a?.email,
    SoDienThoai: a?.phone,
    NgayTiepNhan: date(dossier.receivedAt, 'dossier.receivedAt'),
    NgayHenTra: dossier.appointmentAt === undefined ? undefined : date(dossier.appointmentAt, 'dossier.appointmentAt', true),
    TrangThaiHoSo: status,
    NgayTra: returned === undefined ? undefined : date(returned.e.at, `dossier.events[${returned.i}].at`),
    NgayKetThucXuLy: ending === undefined ? undefined : date(ending.e.at, `dossier.events[${ending.i}].at`),
    DonViXuLy: dossier.agency,
    TaiLieuNop: dossier.attachments?.map((f) => compact({
      TepDinhKemId: f.id, TenTepDinhKem: f.name, MaThanhPhanHoSo: f.component, DuongDanTaiTepTin: f.url,
      DuocSoHoa: f.digitised === undefined ? undefined : f.digitised ? 1 : 0,
      DuocLayTuKhoDMQG: f.fromNationalRepository === undefined ? undefined : f.fromNationalRepository ? 1 : 0,
      IsDeleted: f.deleted,
    })),
    DanhSachLePhi: dossier.fees?.map((f) => compact({ TenPhiLePhi: f.name, MaPhiLePhi: f.code, HinhThucThu: f.collection, Gia: f.amount, LoaiPhiLePhi: f.kind })),
    DanhSachHoSoBoSung: rounds.length > 0 ? rounds : undefined,
    DanhSachGiayToKetQua: dossier.results?.map((g) => compact({ GiayToId: g.id, TenGiayTo: g.name, MaThanhPhanHoSo: g.component, DuongDanTepTinKetQua: g.url })),
  })
}
