import * as z from 'zod'
import { daysInMonth } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { Channel, DossierEvent, RecordedStatus } from './schema.js'

// The national public-service portal's (Cổng DVCQG) dossier sync record, as the public
// integration code of provincial one-stop systems writes it (see docs/dossiers.md, "Real
// one-stop data", for the sources). Field names are the portal's.

type Payload = z.core.ParsePayload<unknown>

/** A date-time of a sync record: `yyyyMMddHHmmss` or ISO-like without offset, in Vietnam time. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?(Z|[+-]\d{2}:?\d{2})?$/

/** The longest date text read (a longer one is refused unread). */
const MAX_SYNC_DATE = 40

/**
 * Read a date-time of a sync record as an ISO date-time in Vietnam time
 * (`+07:00`): `yyyyMMddHHmmss` (`20260212100000`), or ISO-like without offset
 * (`2026-02-12 10:00:00`, `2026-02-12T10:00:00.000`, `2026-02-12`), both as
 * Vietnam wall-clock time; an ISO date-time with an offset is that instant.
 * A date or time that does not exist (31/02, 25:00) is refused.
 *
 * @example
 * ```ts
 * import { readSyncDate } from 'hanhchinh/dossiers'
 * readSyncDate('20260212100000') //=> { ok: true, value: '2026-02-12T10:00:00+07:00' }
 * readSyncDate('2026-02-12 10:00:00') //=> { ok: true, value: '2026-02-12T10:00:00+07:00' }
 * readSyncDate('20260231090000').ok //=> false
 * ```
 */
export function readSyncDate(text: unknown): { ok: true; value: string } | { ok: false; reason: Label } {
  if (typeof text !== 'string') return { ok: false, reason: { vi: 'không phải chuỗi ngày giờ', en: 'not a date-time text' } }
  const t = text.trim()
  if (t.length > MAX_SYNC_DATE) {
    return { ok: false, reason: { vi: `dài quá ${MAX_SYNC_DATE} ký tự`, en: `longer than ${MAX_SYNC_DATE} characters` } }
  }
  const m = COMPACT.exec(t) ?? ISO_LIKE.exec(t)
  if (m === null) {
    return {
      ok: false,
      reason: {
        vi: `"${t}" không phải ngày giờ dạng yyyyMMddHHmmss hoặc yyyy-MM-dd HH:mm:ss`,
        en: `"${t}" is not a date-time yyyyMMddHHmmss or yyyy-MM-dd HH:mm:ss`,
      },
    }
  }
  const [y, mo, d, h = '00', mi = '00', s = '00'] = [m[1]!, m[2]!, m[3]!, m[4], m[5], m[6]]
  const year = Number(y), month = Number(mo), day = Number(d)
  if (month < 1 || month > 12) {
    return { ok: false, reason: { vi: `"${t}": tháng ${month} không tồn tại`, en: `"${t}": month ${month} does not exist` } }
  }
  const dim = daysInMonth(year, month)
  if (day < 1 || day > dim) {
    return {
      ok: false,
      reason: {
        vi: `"${t}": ngày ${day} không tồn tại (tháng ${month}/${year} có ${dim} ngày)`,
        en: `"${t}": day ${day} does not exist (${y}-${mo} has ${dim} days)`,
      },
    }
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return { ok: false, reason: { vi: `"${t}": giờ ${h}:${mi}:${s} không tồn tại`, en: `"${t}": time ${h}:${mi}:${s} does not exist` } }
  }
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${s}`
  const offset = COMPACT.test(t) ? undefined : m[7]
  if (offset === undefined) return { ok: true, value: `${wall}+07:00` }
  const ms = Date.parse(`${wall}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`)
  const local = new Date(ms + 7 * 3_600_000).toISOString()
  return { ok: true, value: `${local.slice(0, 19)}+07:00` }
}

function issue(payload: Payload, input: unknown, reason: Label): void {
  payload.issues.push({ code: 'custom', message: reason.en, input, params: { vi: reason.vi, en: reason.en } } as z.core.$ZodRawIssue)
}

const blank = (v: unknown): unknown => (v === null || v === '' ? undefined : v)

/** A sync date, read by {@link readSyncDate}. */
const syncDate = z.string().transform((v, ctx) => {
  const r = readSyncDate(v)
  if (r.ok) return r.value
  issue(ctx as unknown as Payload, v, r.reason)
  return z.NEVER
})
const optionalDate = z.preprocess(blank, syncDate.optional())
/** A code the portal sends as a string ("10") or a number (10): kept as its text. */
const codeText = z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v))
const optionalCode = z.preprocess(blank, codeText.optional())
const optionalText = z.preprocess(blank, z.string().optional())
/** A 0/1 flag sent as a number, a string or a boolean. */
const flag = z.preprocess(blank, z.union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1'), z.literal('true'), z.literal('false')])
  .transform((v) => v === true || v === 1 || v === '1' || v === 'true').optional())
const amount = z.preprocess(
  blank,
  z.union([z.number().finite().nonnegative(), z.string().regex(/^\d{1,15}(?:\.\d{1,4})?$/).transform(Number)]).optional(),
)
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === null ? undefined : v), z.array(item).optional())

/**
 * A fee of a sync record (`DanhSachLePhi[]`, `DanhSachLePhiBoSung[]`).
 *
 * @example
 * ```ts
 * import { SyncFeeSchema } from 'hanhchinh/dossiers'
 * SyncFeeSchema.parse({ TenPhiLePhi: 'Lệ phí', Gia: '75000' }).Gia //=> 75000
 * ```
 */
export const SyncFeeSchema = z.looseObject({
  TenPhiLePhi: optionalText,
  MaPhiLePhi: optionalText,
  HinhThucThu: optionalCode,
  Gia: amount,
  LoaiPhiLePhi: optionalCode,
})

/**
 * A submitted file of a sync record (`TaiLieuNop[]`).
 *
 * @example
 * ```ts
 * import { SyncFileSchema } from 'hanhchinh/dossiers'
 * SyncFileSchema.parse({ TepDinhKemId: 8812, TenTepDinhKem: 'don.pdf', DuocSoHoa: 1 }) //=> { TepDinhKemId: '8812', DuocSoHoa: true }
 * ```
 */
export const SyncFileSchema = z.looseObject({
  TepDinhKemId: optionalCode,
  TenTepDinhKem: optionalText,
  IsDeleted: flag,
  MaThanhPhanHoSo: optionalText,
  DuongDanTaiTepTin: optionalText,
  DuocSoHoa: flag,
  DuocLayTuKhoDMQG: flag,
})

/**
 * A result paper of a sync record (`DanhSachGiayToKetQua[]`).
 *
 * @example
 * ```ts
 * import { SyncResultSchema } from 'hanhchinh/dossiers'
 * SyncResultSchema.parse({ TenGiayTo: 'Giấy phép xây dựng', GiayToId: 51 }).GiayToId //=> '51'
 * ```
 */
export const SyncResultSchema = z.looseObject({
  TenGiayTo: optionalText,
  MaThanhPhanHoSo: optionalText,
  GiayToId: optionalCode,
  DuongDanTepTinKetQua: optionalText,
})

/**
 * One supplement round of a sync record (`DanhSachHoSoBoSung[]`): requested
 * at `NgayBoSung`, supplied at `NgayTiepNhanBoSung`, the appointment moved
 * from `NgayHenTraTruoc` to `NgayHenTraMoi`.
 *
 * @example
 * ```ts
 * import { SyncSupplementRoundSchema } from 'hanhchinh/dossiers'
 * SyncSupplementRoundSchema.parse({ HoSoBoSungId: 1, NgayBoSung: '20260213090000' }).NgayBoSung //=> '2026-02-13T09:00:00+07:00'
 * ```
 */
export const SyncSupplementRoundSchema = z.looseObject({
  HoSoBoSungId: optionalCode,
  NguoiYeuCauBoSung: optionalText,
  NoiDungBoSung: optionalText,
  NgayBoSung: syncDate,
  NguoiTiepNhanBoSung: optionalText,
  ThongTinTiepNhan: optionalText,
  NgayTiepNhanBoSung: optionalDate,
  TrangThaiBoSung: optionalCode,
  DanhSachGiayToBoSung: list(z.unknown()),
  DanhSachLePhiBoSung: list(SyncFeeSchema),
  NgayHenTraTruoc: optionalDate,
  NgayHenTraMoi: optionalDate,
})

/**
 * The national portal's dossier sync record (hồ sơ đồng bộ lên Cổng DVCQG),
 * decoded: dates become ISO date-times in Vietnam time, codes become text,
 * blanks and `null` become absent. Unknown fields pass through.
 *
 * @example
 * ```ts
 * import { SyncRecordSchema } from 'hanhchinh/dossiers'
 * const r = SyncRecordSchema.parse({
 *   MaHoSo: 'H15.50.05.13-260212-0001', MaTTHC: '1.001612', TenTTHC: 'Cấp giấy phép xây dựng',
 *   NgayTiepNhan: '20260212100000', NgayHenTra: '2026-03-05 17:00:00', TrangThaiHoSo: 4,
 * })
 * r.NgayTiepNhan //=> '2026-02-12T10:00:00+07:00'
 * r.TrangThaiHoSo //=> '4'
 * ```
 */
export const SyncRecordSchema = z.looseObject({
  MaHoSo: z.string().min(1),
  MaTTHC: z.string().min(1),
  TenTTHC: optionalText,
  MaLinhVuc: optionalText,
  TenLinhVuc: optionalText,
  KenhThucHien: optionalCode,
  HinhThuc: optionalCode,
  ChuHoSo: optionalText,
  LoaiDoiTuong: optionalCode,
  MaDoiTuong: optionalText,
  Email: optionalText,
  SoDienThoai: optionalText,
  TrichYeuHoSo: optionalText,
  NgayTiepNhan: syncDate,
  NgayHenTra: optionalDate,
  TrangThaiHoSo: codeText,
  NgayTra: optionalDate,
  ThongTinTra: optionalText,
  NgayKetThucXuLy: optionalDate,
  NgayTuChoi: optionalDate,
  DonViXuLy: optionalText,
  GhiChu: optionalText,
  TaiLieuNop: list(SyncFileSchema),
  DanhSachLePhi: list(SyncFeeSchema),
  DanhSachTepDinhKemKhac: list(z.unknown()),
  DanhSachHoSoBoSung: list(SyncSupplementRoundSchema),
  DanhSachGiayToKetQua: list(SyncResultSchema),
})

/**
 * A decoded sync record (see {@link SyncRecordSchema}).
 *
 * @example
 * ```ts
 * import type { SyncRecord } from 'hanhchinh/dossiers'
 * const r: Pick<SyncRecord, 'MaHoSo' | 'TrangThaiHoSo'> = { MaHoSo: 'HS-1', TrangThaiHoSo: '10' }
 * r.TrangThaiHoSo //=> '10'
 * ```
 */
export type SyncRecord = z.output<typeof SyncRecordSchema>

/**
 * The portal's processing-progress record (đồng bộ trạng thái xử lý): who
 * did what when (`NguoiXuLy`, `ChucDanh`, `ThoiDiemXuLy`, `PhongBanXuLy`,
 * `NoiDungXuLy`), the status code (`TrangThai`, same table as
 * `TrangThaiHoSo`: {@link SYNC_STATUS_CODES}) and the step's start and
 * statutory end (`NgayBatDau`, `NgayKetThucTheoQuyDinh`).
 *
 * @example
 * ```ts
 * import { SyncProgressSchema } from 'hanhchinh/dossiers'
 * const p = SyncProgressSchema.parse({
 *   MaHoSo: 'HS-1', NguoiXuLy: 'Trần Thị Bình', ThoiDiemXuLy: '20260213083000', NoiDungXuLy: 'Thẩm định hồ sơ', TrangThai: '4',
 * })
 * p.ThoiDiemXuLy //=> '2026-02-13T08:30:00+07:00'
 * ```
 */
export const SyncProgressSchema = z.looseObject({
  MaHoSo: z.string().min(1),
  NguoiXuLy: optionalText,
  ChucDanh: optionalText,
  ThoiDiemXuLy: syncDate,
  PhongBanXuLy: optionalText,
  NoiDungXuLy: optionalText,
  TrangThai: codeText,
  NgayBatDau: optionalDate,
  NgayKetThucTheoQuyDinh: optionalDate,
})

/**
 * A decoded progress record (see {@link SyncProgressSchema}).
 *
 * @example
 * ```ts
 * import type { SyncProgress } from 'hanhchinh/dossiers'
 * const p: Pick<SyncProgress, 'TrangThai'> = { TrangThai: '9' }
 * p.TrangThai //=> '9'
 * ```
 */
export type SyncProgress = z.output<typeof SyncProgressSchema>

/**
 * One entry of the portal's `TrangThaiHoSo` code table: its label, the
 * {@link RecordedStatus} it maps to, and the event that ends a dossier with
 * that status (dated `NgayKetThucXuLy`).
 *
 * @example
 * ```ts
 * import { SYNC_STATUS_CODES, type SyncStatusCode } from 'hanhchinh/dossiers'
 * const c: SyncStatusCode = SYNC_STATUS_CODES['8']!
 * c.status //=> 'stopped'
 * ```
 */
export interface SyncStatusCode {
  readonly label: Label
  readonly status: RecordedStatus
  readonly ending?: Extract<DossierEvent['type'], 'processed' | 'refused' | 'stopped' | 'withdrawn'>
  /** What no source confirms about this entry. */
  readonly unconfirmed?: string
}

/**
 * The portal's `TrangThaiHoSo` (and progress `TrangThai`) codes, "1" to
 * "10", as the public integration code of provincial systems writes them
 * (three independent code bases agree on the labels; the portal's own
 * integration document was not found — UNCONFIRMED as a specification, and
 * whether codes beyond 10 exist is UNCONFIRMED). Codes 1 and 3 are not
 * counted as received by the portal's statistics.
 *
 * @example
 * ```ts
 * import { SYNC_STATUS_CODES } from 'hanhchinh/dossiers'
 * SYNC_STATUS_CODES['10']?.label.vi //=> 'Đã trả kết quả'
 * SYNC_STATUS_CODES['5']?.status //=> 'awaiting-supplement'
 * SYNC_STATUS_CODES['3']?.ending //=> 'refused'
 * ```
 */
export const SYNC_STATUS_CODES: Readonly<Record<string, SyncStatusCode>> = Object.freeze({
  '1': { label: { vi: 'Mới đăng ký', en: 'Newly filed (not yet received)' }, status: 'submitted' },
  '2': { label: { vi: 'Được tiếp nhận', en: 'Received' }, status: 'in-progress' },
  '3': {
    label: { vi: 'Không được tiếp nhận', en: 'Not received' }, status: 'not-received', ending: 'refused',
    unconfirmed: 'Read as a refusal at the desk, dated NgayTuChoi or NgayKetThucXuLy (inferred)',
  },
  '4': { label: { vi: 'Đang xử lý', en: 'Being processed' }, status: 'in-progress' },
  '5': { label: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' }, status: 'awaiting-supplement' },
  '6': {
    label: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' }, status: 'awaiting-obligation',
    unconfirmed: 'Whether the time to pay stops the clock is not modelled: the clock runs',
  },
  '7': { label: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' }, status: 'withdrawn', ending: 'withdrawn' },
  '8': { label: { vi: 'Dừng xử lý', en: 'Processing stopped' }, status: 'stopped', ending: 'stopped' },
  '9': { label: { vi: 'Đã xử lý xong', en: 'Processed' }, status: 'processed', ending: 'processed' },
  '10': { label: { vi: 'Đã trả kết quả', en: 'Result returned' }, status: 'returned', ending: 'processed' },
})

/**
 * The portal's `KenhThucHien` (filing channel) codes: 1 in person, 2 online,
 * 3 by public postal service (absent: the portal's 766 formulas count the
 * dossier as in person; this library leaves the channel unknown).
 *
 * @example
 * ```ts
 * import { SYNC_CHANNEL_CODES } from 'hanhchinh/dossiers'
 * SYNC_CHANNEL_CODES['3'] //=> 'postal'
 * ```
 */
export const SYNC_CHANNEL_CODES: Readonly<Record<string, Channel>> = Object.freeze({ '1': 'in-person', '2': 'online', '3': 'postal' })

/**
 * The portal's `HinhThuc` codes, read as how the result is handed over: 0 in
 * person, 1 by post — inferred from one implementation, UNCONFIRMED. It is
 * not the filing channel.
 *
 * @example
 * ```ts
 * import { SYNC_RESULT_DELIVERY_CODES } from 'hanhchinh/dossiers'
 * SYNC_RESULT_DELIVERY_CODES['1'] //=> 'postal'
 * ```
 */
export const SYNC_RESULT_DELIVERY_CODES: Readonly<Record<string, 'in-person' | 'postal'>> = Object.freeze({ '0': 'in-person', '1': 'postal' })

/**
 * The portal's `LoaiDoiTuong` (applicant type) codes: 1 citizen, 2
 * organisation or business (one implementation; other codes UNCONFIRMED).
 *
 * @example
 * ```ts
 * import { SYNC_APPLICANT_TYPE_CODES } from 'hanhchinh/dossiers'
 * SYNC_APPLICANT_TYPE_CODES['2'] //=> 'organisation'
 * ```
 */
export const SYNC_APPLICANT_TYPE_CODES: Readonly<Record<string, 'citizen' | 'organisation'>> = Object.freeze({ '1': 'citizen', '2': 'organisation' })
