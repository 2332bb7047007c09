import type { Label } from '../core/label.js'
import {
  CHANNEL_LABELS, LEVEL_LABELS, RecordedStatusSchema, type Channel, type Level, type RecordedClass, type RecordedStatus,
} from './schema.js'

// The vocabularies of provincial one-stop exports: the words their "Trạng thái", "Kết quả",
// "Hình thức nộp" and "Cấp" columns print, each mapped to the model. Read accent- and
// case-insensitively by the import schema (format's vnEnum / accentInsensitiveKey).

/**
 * What a "Trạng thái" (or "Kết quả") cell of a one-stop export can say, as
 * ids: a lifecycle state ({@link RecordedStatus}: `'in-progress'`,
 * `'returned'`, `'refused'`…), a timeliness class alone (`'early'`,
 * `'on-time'`, `'late'` — "Trước hạn", "Đúng hạn", "Quá hạn"), a class of a
 * dossier still in progress (`'in-progress-within-time'`,
 * `'in-progress-overdue'`), or both a state and a class
 * (`'returned-early'`, `'returned-on-time'`, `'returned-late'` — "Đã trả kết
 * quả đúng hạn"…). {@link EXPORT_STATUS_MEANINGS} says what each one means.
 *
 * @example
 * ```ts
 * import type { ExportStatus } from 'hanhchinh/dossiers'
 * const s: ExportStatus = 'late'
 * s //=> 'late'
 * ```
 */
export type ExportStatus =
  | RecordedStatus
  | 'early'
  | 'on-time'
  | 'late'
  | 'in-progress-within-time'
  | 'in-progress-overdue'
  | 'returned-early'
  | 'returned-on-time'
  | 'returned-late'

/**
 * Every {@link ExportStatus} id.
 *
 * @example
 * ```ts
 * import { EXPORT_STATUSES } from 'hanhchinh/dossiers'
 * EXPORT_STATUSES.includes('late') //=> true
 * EXPORT_STATUSES.length //=> 18
 * ```
 */
export const EXPORT_STATUSES: readonly ExportStatus[] = Object.freeze([
  ...RecordedStatusSchema.options,
  'early', 'on-time', 'late', 'in-progress-within-time', 'in-progress-overdue', 'returned-early', 'returned-on-time', 'returned-late',
] as ExportStatus[])

/**
 * What each {@link ExportStatus} says about the dossier: the lifecycle state
 * (kept as `recordedStatus`) and the timeliness class (kept as
 * `recordedClass`, the source's claim that {@link validateDossier} checks).
 * A class is never turned into a state: "Quá hạn" says nothing of whether
 * the dossier ended.
 *
 * @example
 * ```ts
 * import { EXPORT_STATUS_MEANINGS } from 'hanhchinh/dossiers'
 * EXPORT_STATUS_MEANINGS.late //=> { class: 'late' }
 * EXPORT_STATUS_MEANINGS['returned-on-time'] //=> { status: 'returned', class: 'on-time' }
 * EXPORT_STATUS_MEANINGS.refused //=> { status: 'refused' }
 * ```
 */
export const EXPORT_STATUS_MEANINGS: Readonly<Record<ExportStatus, { readonly status?: RecordedStatus; readonly class?: RecordedClass }>> =
  Object.freeze({
    submitted: { status: 'submitted' },
    'in-progress': { status: 'in-progress' },
    'awaiting-supplement': { status: 'awaiting-supplement' },
    'awaiting-obligation': { status: 'awaiting-obligation' },
    processed: { status: 'processed' },
    returned: { status: 'returned' },
    refused: { status: 'refused' },
    'not-received': { status: 'not-received' },
    stopped: { status: 'stopped' },
    withdrawn: { status: 'withdrawn' },
    early: { class: 'early' },
    'on-time': { class: 'on-time' },
    late: { class: 'late' },
    'in-progress-within-time': { status: 'in-progress', class: 'in-progress' },
    'in-progress-overdue': { status: 'in-progress', class: 'in-progress-overdue' },
    'returned-early': { status: 'returned', class: 'early' },
    'returned-on-time': { status: 'returned', class: 'on-time' },
    'returned-late': { status: 'returned', class: 'late' },
  })

/**
 * A label table: per id, the labels an export may print for it (the first is
 * written back when encoding). Extend one by spreading it:
 * `{ ...DOSSIER_IMPORT_STATUSES, late: [...DOSSIER_IMPORT_STATUSES.late, 'Trễ'] }`.
 *
 * @example
 * ```ts
 * import type { LabelTable } from 'hanhchinh/dossiers'
 * const t: LabelTable<'online'> = { online: ['Trực tuyến', 'Qua mạng'] }
 * t.online.length //=> 2
 * ```
 */
export type LabelTable<Id extends string> = { readonly [K in Id]: readonly (string | Label)[] }

/**
 * The words one-stop exports print in their status and result columns
 * ("Trạng thái", "Trạng thái hồ sơ", "Kết quả", "Kết quả giải quyết"), per
 * {@link ExportStatus}: the national portal's `TrangThaiHoSo` labels ("Mới
 * đăng ký", "Được tiếp nhận", "Không được tiếp nhận", "Đang xử lý", "Yêu cầu
 * bổ sung giấy tờ", "Yêu cầu thực hiện nghĩa vụ tài chính", "Công dân yêu
 * cầu rút hồ sơ", "Dừng xử lý", "Đã xử lý xong", "Đã trả kết quả") and the
 * wording of provincial exports and reports ("Quá hạn", "Đúng hạn", "Trước
 * hạn", "Trễ hạn", "Từ chối", "Đang xử lý quá hạn", "Đã trả kết quả đúng
 * hạn"…). Matched without accents or case. Pass an extended copy to
 * {@link dossierImportSchema} as `statuses`.
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_STATUSES } from 'hanhchinh/dossiers'
 * DOSSIER_IMPORT_STATUSES.late.includes('Quá hạn') //=> true
 * DOSSIER_IMPORT_STATUSES.refused[0] //=> 'Từ chối'
 * ```
 */
export const DOSSIER_IMPORT_STATUSES: LabelTable<ExportStatus> = Object.freeze({
  submitted: ['Mới đăng ký', 'Hồ sơ đăng ký mới', 'Chờ tiếp nhận', 'Đăng ký mới'],
  'in-progress': ['Đang xử lý', 'Đang giải quyết', 'Mới tiếp nhận', 'Đã tiếp nhận', 'Được tiếp nhận', 'Đang thụ lý', 'Chờ xử lý'],
  'awaiting-supplement': [
    'Chờ bổ sung', 'Yêu cầu bổ sung', 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu bổ sung hồ sơ', 'Chờ công dân bổ sung', 'Chờ bổ sung hồ sơ',
  ],
  'awaiting-obligation': ['Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính', 'Chờ nộp phí, lệ phí'],
  processed: ['Đã xử lý xong', 'Đã giải quyết', 'Đã giải quyết xong', 'Hoàn thành', 'Đã có kết quả', 'Chờ trả kết quả'],
  returned: ['Đã trả kết quả', 'Đã trả', 'Đã trả kết quả cho công dân', 'Đã trả kết quả cho tổ chức, cá nhân'],
  refused: ['Từ chối', 'Từ chối giải quyết', 'Không đủ điều kiện giải quyết', 'Không giải quyết'],
  'not-received': ['Không được tiếp nhận', 'Từ chối tiếp nhận', 'Không tiếp nhận'],
  stopped: ['Dừng xử lý', 'Dừng giải quyết'],
  withdrawn: ['Công dân yêu cầu rút hồ sơ', 'Công dân rút hồ sơ', 'Rút hồ sơ', 'Đã rút hồ sơ'],
  early: ['Trước hạn', 'Giải quyết trước hạn', 'Hoàn thành trước hạn', 'Xử lý trước hạn'],
  'on-time': ['Đúng hạn', 'Giải quyết đúng hạn', 'Hoàn thành đúng hạn', 'Xử lý đúng hạn'],
  late: ['Quá hạn', 'Trễ hạn', 'Trễ hẹn', 'Giải quyết quá hạn', 'Hoàn thành quá hạn', 'Xử lý quá hạn'],
  'in-progress-within-time': ['Đang xử lý trong hạn', 'Đang giải quyết trong hạn', 'Trong hạn', 'Còn hạn', 'Chưa đến hạn'],
  'in-progress-overdue': ['Đang xử lý quá hạn', 'Đang giải quyết quá hạn', 'Đang xử lý trễ hạn', 'Chưa giải quyết quá hạn'],
  'returned-early': ['Đã trả kết quả trước hạn', 'Trả trước hạn'],
  'returned-on-time': ['Đã trả kết quả đúng hạn', 'Trả đúng hạn'],
  'returned-late': ['Đã trả kết quả quá hạn', 'Trả quá hạn', 'Trả trễ hạn'],
})

/**
 * The words one-stop exports print in their channel column ("Hình thức
 * nộp", "Kênh nộp"), per {@link Channel}: "Trực tiếp", "Qua bưu chính",
 * "Bưu chính công ích", "Trực tuyến", "Dịch vụ công trực tuyến toàn trình",
 * "Trực tuyến một phần" (the two online service kinds of NĐ 42/2022/NĐ-CP),
 * "Mức độ 3", "Mức độ 4" (the online levels before it)…
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_CHANNELS } from 'hanhchinh/dossiers'
 * DOSSIER_IMPORT_CHANNELS.postal.includes('Qua bưu chính') //=> true
 * ```
 */
export const DOSSIER_IMPORT_CHANNELS: LabelTable<Channel> = Object.freeze({
  'in-person': [
    CHANNEL_LABELS['in-person'], 'Nộp trực tiếp', 'Tại quầy', 'Nộp tại quầy', 'Tiếp nhận trực tiếp', 'Trực tiếp tại Bộ phận Một cửa',
  ],
  postal: [
    CHANNEL_LABELS.postal, 'Qua bưu chính', 'Bưu chính', 'Bưu chính công ích', 'Qua bưu chính công ích', 'Qua dịch vụ bưu chính công ích',
    'Dịch vụ bưu chính công ích', 'Nộp qua bưu chính', 'BCCI',
  ],
  online: [
    CHANNEL_LABELS.online, 'Nộp trực tuyến', 'Qua mạng', 'DVC trực tuyến', 'DVCTT', 'Dịch vụ công trực tuyến',
    'Dịch vụ công trực tuyến toàn trình', 'Dịch vụ công trực tuyến một phần', 'Trực tuyến toàn trình', 'Trực tuyến một phần', 'Toàn trình',
    'Một phần', 'Mức độ 3', 'Mức độ 4',
  ],
})

/**
 * The words one-stop exports print in their level column ("Cấp", "Cấp thực
 * hiện"), per {@link Level}. The district level exists only before
 * 01/07/2025 ({@link validateDossier} flags a later one).
 *
 * @example
 * ```ts
 * import { DOSSIER_IMPORT_LEVELS } from 'hanhchinh/dossiers'
 * DOSSIER_IMPORT_LEVELS.commune.includes('Xã, phường') //=> true
 * ```
 */
export const DOSSIER_IMPORT_LEVELS: LabelTable<Level> = Object.freeze({
  ministry: [LEVEL_LABELS.ministry, 'Bộ', 'Bộ, ngành', 'Trung ương', 'Cấp trung ương'],
  province: [LEVEL_LABELS.province, 'Tỉnh', 'UBND tỉnh', 'Sở, ban, ngành', 'Cấp sở'],
  district: [LEVEL_LABELS.district, 'Huyện', 'UBND cấp huyện', 'Cấp quận', 'Quận, huyện'],
  commune: [LEVEL_LABELS.commune, 'Xã', 'UBND cấp xã', 'Cấp phường', 'Xã, phường', 'Xã, phường, đặc khu', 'Phường'],
})
