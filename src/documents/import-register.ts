import * as z from 'zod'
import { wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { vnCount, vnDate, vnEnum, vnText } from '../format/codecs.js'
import { importRecords } from '../format/import.js'
import type { ImportIssue, ImportOptions, ImportStats } from '../format/import-types.js'
import type { Register, RegisterDirection, RegisterEntry } from './schema.js'

/**
 * The field of a {@link RegisterEntry} (or of the import row) a column of
 * a register export can feed.
 *
 * @example
 * ```ts
 * import type { RegisterField } from 'hanhchinh/documents'
 * const f: RegisterField = 'documentNumber'
 * f //=> 'documentNumber'
 * ```
 */
export type RegisterField =
  | 'number' | 'date' | 'documentNumber' | 'documentDate' | 'documentType' | 'issuer' | 'issuerLevel' | 'summary' | 'urgency'
  | 'secrecy' | 'copy' | 'series' | 'receivedOn' | 'transferredOn' | 'handlingDeadline' | 'completedOn' | 'signedOn' | 'issuedOn'

/**
 * The column headers of register exports the library knows, each with the
 * {@link RegisterField} it feeds (`null`: ignored). Frozen: take a copy with
 * {@link registerColumns} to extend it.
 *
 * @example
 * ```ts
 * import { REGISTER_COLUMNS } from 'hanhchinh/documents'
 * REGISTER_COLUMNS['Số đến'] //=> 'number'
 * Object.isFrozen(REGISTER_COLUMNS) //=> true
 * ```
 */
export const REGISTER_COLUMNS = Object.freeze({
  'Số đến': 'number',
  'Số thứ tự': null,
  'STT': null,
  'Ngày đến': 'date',
  'Ngày đăng ký': 'date',
  'Ngày nhận': 'receivedOn',
  'Số, ký hiệu': 'documentNumber',
  'Số ký hiệu': 'documentNumber',
  'Số và ký hiệu': 'documentNumber',
  'Ngày văn bản': 'documentDate',
  'Ngày ban hành': 'documentDate',
  'Loại văn bản': 'documentType',
  'Tên loại': 'documentType',
  'Nơi gửi': 'issuer',
  'Cơ quan ban hành': 'issuer',
  'Cấp ban hành': 'issuerLevel',
  'Cấp cơ quan ban hành': 'issuerLevel',
  'Trích yếu': 'summary',
  'Trích yếu nội dung': 'summary',
  'Độ khẩn': 'urgency',
  'Độ mật': 'secrecy',
  'Bản sao': 'copy',
  'Sổ đăng ký': 'series',
  'Ngày chuyển': 'transferredOn',
  'Ngày trình': 'transferredOn',
  'Hạn xử lý': 'handlingDeadline',
  'Hạn giải quyết': 'handlingDeadline',
  'Ngày hoàn thành': 'completedOn',
  'Ngày giải quyết': 'completedOn',
  'Ngày ký': 'signedOn',
  'Ngày phát hành': 'issuedOn',
  'Đơn vị xử lý': null,
  'Người xử lý': null,
  'Ghi chú': null,
} as const satisfies Record<string, RegisterField | null>)

/**
 * The map {@link registerColumns} returns: each header it knows, typed with
 * the field it feeds (`null` for a column that is ignored).
 *
 * @example
 * ```ts
 * import { registerColumns, type RegisterColumns } from 'hanhchinh/documents'
 * const columns: RegisterColumns = registerColumns()
 * columns['Ngày đến'] //=> 'date'
 * ```
 */
export type RegisterColumns = { -readonly [Header in keyof typeof REGISTER_COLUMNS]: (typeof REGISTER_COLUMNS)[Header] }

/**
 * The column headers of a register export that {@link importRegister}
 * recognises, mapped to {@link RegisterEntry} fields (headers match
 * ignoring accents, case and spacing). Columns such as `STT`, `Đơn vị xử lý`
 * or `Ghi chú` are ignored (`null`). A fresh object on each call, typed
 * header by header ({@link RegisterColumns}): extend it for your software's
 * export, with values that are {@link RegisterField}s.
 *
 * @example
 * ```ts
 * import { importRegister, registerColumns, type RegisterField } from 'hanhchinh/documents'
 * registerColumns()['Số đến'] //=> 'number'
 * registerColumns()['Số, ký hiệu'] //=> 'documentNumber'
 * const field: RegisterField = registerColumns()['Ngày ký']
 * field //=> 'signedOn'
 * const columns = { ...registerColumns(), 'Ngày vào sổ': 'date' } as const
 * importRegister('Số đến,Ngày vào sổ\n1,02/01/2024\n', { direction: 'incoming', columns }).register.entries[0]?.date //=> '2024-01-02'
 * ```
 */
export function registerColumns(): RegisterColumns {
  return { ...REGISTER_COLUMNS }
}

let schema: ReturnType<typeof buildSchema> | undefined

function buildSchema() {
  const urgency = vnEnum(['hoa-toc', 'thuong-khan', 'khan', 'thuong'], {
    'hoa-toc': ['Hỏa tốc', 'Hoả tốc', 'HT'],
    'thuong-khan': ['Thượng khẩn', 'TK'],
    khan: ['Khẩn', 'K'],
    thuong: ['Thường', 'Bình thường', 'Không'],
  })
  const secrecy = vnEnum(['tuyet-mat', 'toi-mat', 'mat', 'thuong'], {
    'tuyet-mat': 'Tuyệt mật',
    'toi-mat': 'Tối mật',
    mat: 'Mật',
    thuong: ['Thường', 'Không'],
  })
  const issuerLevel = vnEnum(['central', 'province', 'district', 'commune'], {
    central: ['Trung ương', 'Cấp trung ương', 'TW'],
    province: ['Tỉnh', 'Cấp tỉnh'],
    district: ['Huyện', 'Cấp huyện'],
    commune: ['Xã', 'Cấp xã'],
  })
  const yesNo = vnEnum(['yes', 'no'], { yes: ['Có', 'x', 'Sao y', 'Trích sao', 'Sao lục'], no: ['Không'] })
  return z.object({
    number: vnCount().refine((n) => n >= 1, { message: 'Số phải từ 01 / Number must be 01 or more' }),
    date: vnDate(),
    documentNumber: vnText().optional(),
    documentDate: vnDate().optional(),
    documentType: vnText().optional(),
    issuer: vnText().optional(),
    issuerLevel: issuerLevel.optional(),
    summary: vnText().optional(),
    urgency: urgency.optional(),
    secrecy: secrecy.optional(),
    copy: yesNo.optional(),
    series: vnText().optional(),
    receivedOn: vnDate().optional(),
    transferredOn: vnDate().optional(),
    handlingDeadline: vnDate().optional(),
    completedOn: vnDate().optional(),
    signedOn: vnDate().optional(),
    issuedOn: vnDate().optional(),
  })
}

/**
 * The import schema of one register line as exports write it: `Số đến`
 * `1.204`, dates `20/12/2021`, `Độ khẩn` `Hỏa tốc` / `Thượng khẩn` / `Khẩn` /
 * `Thường`, `Độ mật` `Mật` … (built once, on first use).
 *
 * @example
 * ```ts
 * import { registerEntryImportSchema } from 'hanhchinh/documents'
 * registerEntryImportSchema().parse({ number: '1.204', date: '20/12/2021', urgency: 'Hoả tốc' })
 * //=> { number: 1204, date: '2021-12-20', urgency: 'hoa-toc' }
 * registerEntryImportSchema().parse({ number: '12', date: '03/07/2025', issuerLevel: 'Cấp huyện' }).issuerLevel //=> 'district'
 * ```
 */
export function registerEntryImportSchema(): ReturnType<typeof buildSchema> {
  return (schema ??= buildSchema())
}

/**
 * The result of {@link importRegister}: the register of valid lines, and
 * for every invalid line where and why (from `hanhchinh/format`).
 *
 * @example
 * ```ts
 * import { importRegister, type RegisterImport } from 'hanhchinh/documents'
 * const r: RegisterImport = importRegister('Số đến,Ngày đến\n1,02/01/2024\n', { direction: 'incoming' })
 * r.register.entries.length //=> 1
 * ```
 */
export interface RegisterImport {
  register: Register
  issues: ImportIssue[]
  stats: ImportStats
}

/**
 * Options of {@link importRegister}.
 *
 * @example
 * ```ts
 * import { importRegister, type ImportRegisterOptions } from 'hanhchinh/documents'
 * const options: ImportRegisterOptions = { direction: 'incoming', delimiter: ';' }
 * importRegister('Số đến;Ngày đến\n1;02/01/2024\n', options).register.entries.length //=> 1
 * ```
 */
export interface ImportRegisterOptions extends Pick<ImportOptions, 'delimiter' | 'header'> {
  /** Which register the export is: `'incoming'` (sổ văn bản đến) or `'outgoing'` (sổ văn bản đi). */
  direction: RegisterDirection
  /** The organisation keeping the register, copied to the result. */
  organisation?: string | undefined
  /** Extra or replacing headers, merged over {@link registerColumns}. */
  columns?: Readonly<Record<string, RegisterField | null>> | undefined
}

const IMPORT_OPTIONS: OptionNames<ImportRegisterOptions> = { direction: true, organisation: true, columns: true, delimiter: true, header: true }

/**
 * Read a register exported as CSV (or rows, or objects) from an e-office
 * system: headers in Vietnamese ({@link registerColumns}), vi-VN numbers and
 * dates, urgency and secrecy as words. Valid lines become a
 * {@link Register}; invalid ones are reported with row, column and a
 * bilingual message — nothing is dropped silently.
 *
 * @example
 * ```ts
 * import { importRegister } from 'hanhchinh/documents'
 * const csv = 'Số đến;Ngày đến;Số, ký hiệu;Độ khẩn\n' +
 *   '1;02/01/2024;3162/QĐ-UBND;Thường\n' +
 *   '2;31/02/2024;02/KH-VPUB;\n' +
 *   '3;03/01/2024;12/UBND-VX;Hỏa tốc\n'
 * const r = importRegister(csv, { direction: 'incoming' })
 * r.register.entries.map((e) => [e.number, e.urgency]) //=> [[1, undefined], [3, 'hoa-toc']]
 * r.issues[0] //=> { row: 2, column: 'Ngày đến', raw: '31/02/2024' }
 * ```
 */
export function importRegister(input: string | Uint8Array | Iterable<unknown>, options: ImportRegisterOptions): RegisterImport {
  if (options === undefined) throw wrongType('options', options, "{ direction: 'incoming' | 'outgoing' }")
  const o = readOptions(options, IMPORT_OPTIONS, 'importRegister')
  const direction = readChoice(o.direction, ['incoming', 'outgoing'], undefined, 'options.direction')
  if (direction === undefined) throw wrongType('options.direction', o.direction, "'incoming' or 'outgoing' (which register this is)")
  const importOptions: ImportOptions & { format?: 'csv' } = { columns: { ...registerColumns(), ...o.columns } }
  if (o.delimiter !== undefined) importOptions.delimiter = o.delimiter
  if (o.header !== undefined) importOptions.header = o.header
  const r = importRecords(registerEntryImportSchema(), input, importOptions)
  const entries: RegisterEntry[] = r.records.map((row) => {
    const e: RegisterEntry = { number: row.number, date: row.date }
    if (row.documentNumber !== undefined) e.documentNumber = row.documentNumber
    if (row.documentDate !== undefined) e.documentDate = row.documentDate
    if (row.documentType !== undefined) e.documentType = row.documentType
    if (row.issuer !== undefined) e.issuer = row.issuer
    if (row.issuerLevel !== undefined) e.issuerLevel = row.issuerLevel
    if (row.summary !== undefined) e.summary = row.summary
    if (row.urgency !== undefined && row.urgency !== 'thuong') e.urgency = row.urgency
    if (row.secrecy !== undefined && row.secrecy !== 'thuong') e.secrecy = row.secrecy
    if (row.copy !== undefined) e.copy = row.copy === 'yes'
    if (row.series !== undefined) e.series = row.series
    if (row.receivedOn !== undefined) e.receivedOn = row.receivedOn
    if (row.transferredOn !== undefined) e.transferredOn = row.transferredOn
    if (row.handlingDeadline !== undefined) e.handlingDeadline = row.handlingDeadline
    if (row.completedOn !== undefined) e.completedOn = row.completedOn
    if (row.signedOn !== undefined) e.signedOn = row.signedOn
    if (row.issuedOn !== undefined) e.issuedOn = row.issuedOn
    return e
  })
  const register: Register = { direction, entries }
  if (o.organisation !== undefined) register.organisation = o.organisation
  return { register, issues: r.issues, stats: r.stats }
}
