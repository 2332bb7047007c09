import * as z from 'zod'
import { IsoDateSchema } from '../core/iso-date.js'

/**
 * Direction of a register: `'incoming'` (sổ đăng ký văn bản đến, numbered
 * by số đến, Decree 30/2020/NĐ-CP Art 22) or `'outgoing'` (sổ đăng ký văn
 * bản đi, numbered by the document numbers of Art 15).
 *
 * @example
 * ```ts
 * import { RegisterDirectionSchema } from 'hanhchinh/documents'
 * RegisterDirectionSchema.parse('incoming') //=> 'incoming'
 * ```
 */
export const RegisterDirectionSchema = z.enum(['incoming', 'outgoing'])

/**
 * `'incoming'` or `'outgoing'`.
 *
 * @example
 * ```ts
 * import type { RegisterDirection } from 'hanhchinh/documents'
 * const d: RegisterDirection = 'outgoing'
 * d //=> 'outgoing'
 * ```
 */
export type RegisterDirection = z.infer<typeof RegisterDirectionSchema>

/**
 * Zod schema of an urgency level id (`'hoa-toc'`, `'thuong-khan'`, `'khan'`).
 *
 * @example
 * ```ts
 * import { UrgencyLevelSchema } from 'hanhchinh/documents'
 * UrgencyLevelSchema.safeParse('thuong-khan').success //=> true
 * ```
 */
export const UrgencyLevelSchema = z.enum(['hoa-toc', 'thuong-khan', 'khan'])

/**
 * Zod schema of a secrecy level id (`'tuyet-mat'`, `'toi-mat'`, `'mat'`).
 *
 * @example
 * ```ts
 * import { SecrecyLevelSchema } from 'hanhchinh/documents'
 * SecrecyLevelSchema.safeParse('mat').success //=> true
 * ```
 */
export const SecrecyLevelSchema = z.enum(['tuyet-mat', 'toi-mat', 'mat'])

/**
 * Urgency levels (độ khẩn) of Decree 30/2020/NĐ-CP Phụ lục I Phần I
 * III.2(b), from most to least urgent: Hỏa tốc, Thượng khẩn, Khẩn. A document
 * without a level is ordinary (thường).
 *
 * @example
 * ```ts
 * import type { UrgencyLevel } from 'hanhchinh/documents'
 * const level: UrgencyLevel = 'hoa-toc'
 * level //=> 'hoa-toc'
 * ```
 */
export type UrgencyLevel = z.infer<typeof UrgencyLevelSchema>

/**
 * Secrecy levels (độ mật) of the Law on the Protection of State Secrets
 * 29/2018/QH14 Art 8, from highest to lowest: Tuyệt mật, Tối mật, Mật.
 *
 * @example
 * ```ts
 * import type { SecrecyLevel } from 'hanhchinh/documents'
 * const level: SecrecyLevel = 'mat'
 * level //=> 'mat'
 * ```
 */
export type SecrecyLevel = z.infer<typeof SecrecyLevelSchema>

/**
 * Zod schema of the level of government that issued a document:
 * `'central'` (the National Assembly, the Government, ministries),
 * `'province'` (cấp tỉnh), `'district'` (cấp huyện — only until 30/06/2025,
 * see `LOCAL_GOVERNMENT_LEVEL_PERIODS`) or `'commune'` (cấp xã).
 *
 * @example
 * ```ts
 * import { IssuerLevelSchema } from 'hanhchinh/documents'
 * IssuerLevelSchema.options //=> ['central', 'province', 'district', 'commune']
 * IssuerLevelSchema.safeParse('huyen').success //=> false
 * ```
 */
export const IssuerLevelSchema = z.enum(['central', 'province', 'district', 'commune'])

/**
 * A level of government that issues documents: `'central'`, `'province'`,
 * `'district'` (until 30/06/2025) or `'commune'`.
 *
 * @example
 * ```ts
 * import type { IssuerLevel } from 'hanhchinh/documents'
 * const level: IssuerLevel = 'district'
 * level //=> 'district'
 * ```
 */
export type IssuerLevel = z.infer<typeof IssuerLevelSchema>

/**
 * Zod schema of one register entry (one line of a sổ đăng ký văn bản đến
 * or đi). Only `number` and `date` are required; the other fields enable
 * more checks.
 *
 * - `number`: the register number — số đến for an incoming register, the
 *   sequence number of the document for an outgoing one;
 * - `date`: the date of registration (ngày đến) or of the document (ngày
 *   văn bản, outgoing) — it decides the year of the series;
 * - `series`: an extra series key where a body keeps several series (per
 *   legal normative type, an advisory council's own series); classified
 *   documents (`secrecy`) and copies (`copy`) are separate series anyway;
 * - `issuer`, `issuerLevel`: who issued the document and at which level of
 *   government (the district level exists only until 30/06/2025);
 * - deadlines: `receivedOn` (incoming, if earlier than registration),
 *   `transferredOn` (presented/transferred to the person directing handling),
 *   `handlingDeadline` and `completedOn`; for outgoing `signedOn` and `issuedOn`.
 *
 * @example
 * ```ts
 * import { RegisterEntrySchema } from 'hanhchinh/documents'
 * const e = RegisterEntrySchema.parse({ number: 1, date: '2024-01-02', documentNumber: '3162/QĐ-UBND', urgency: 'khan' })
 * e.urgency //=> 'khan'
 * RegisterEntrySchema.safeParse({ number: 0, date: '2024-01-02' }).success //=> false
 * ```
 */
export const RegisterEntrySchema = z.object({
  number: z.number().int().min(1),
  date: IsoDateSchema,
  /** Number and notation of the document (`'3162/QĐ-UBND'`). */
  documentNumber: z.string().min(1).optional(),
  /** Date of the document itself (incoming: the sender's date). */
  documentDate: IsoDateSchema.optional(),
  /** Type id (`'quyet-dinh'`, `'cong-van'`, `'nghi-dinh'`); read from `documentNumber` when absent. */
  documentType: z.string().min(1).optional(),
  /** Sender (incoming) or issuing unit. */
  issuer: z.string().min(1).optional(),
  /**
   * The level of the issuer. A `'district'` issuer on a document dated (or,
   * without `documentDate`, registered) on or after 01/07/2025 is flagged by
   * `checkRegister` (`'level-not-in-force'`).
   */
  issuerLevel: IssuerLevelSchema.optional(),
  /** Summary (trích yếu). */
  summary: z.string().optional(),
  urgency: UrgencyLevelSchema.optional(),
  secrecy: SecrecyLevelSchema.optional(),
  /** A copy (bản sao y, trích sao, sao lục): its own series (Phụ lục I II.II.1(c)). */
  copy: z.boolean().optional(),
  series: z.string().min(1).optional(),
  receivedOn: IsoDateSchema.optional(),
  transferredOn: IsoDateSchema.optional(),
  handlingDeadline: IsoDateSchema.optional(),
  completedOn: IsoDateSchema.optional(),
  signedOn: IsoDateSchema.optional(),
  issuedOn: IsoDateSchema.optional(),
  /** Whether the document is a legal normative one (counted apart in statistics). */
  legalNormative: z.boolean().optional(),
})

/**
 * One register entry.
 *
 * @example
 * ```ts
 * import type { RegisterEntry } from 'hanhchinh/documents'
 * import { toIsoDate } from 'hanhchinh/core'
 * const e: RegisterEntry = { number: 1, date: toIsoDate('2024-01-02') }
 * e.number //=> 1
 * ```
 */
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>

/**
 * Zod schema of a register: its direction, optionally the body keeping
 * it, and its entries (any number of years).
 *
 * @example
 * ```ts
 * import { RegisterSchema } from 'hanhchinh/documents'
 * const r = RegisterSchema.parse({ direction: 'incoming', entries: [{ number: 1, date: '2024-01-02' }] })
 * r.entries.length //=> 1
 * ```
 */
export const RegisterSchema = z.object({
  direction: RegisterDirectionSchema,
  /** The body keeping the register, e.g. `'Văn phòng UBND tỉnh'`. */
  organisation: z.string().min(1).optional(),
  entries: z.array(RegisterEntrySchema),
})

/**
 * A register (sổ đăng ký văn bản đến or đi).
 *
 * @example
 * ```ts
 * import type { Register } from 'hanhchinh/documents'
 * const r: Register = { direction: 'outgoing', entries: [] }
 * r.direction //=> 'outgoing'
 * ```
 */
export type Register = z.infer<typeof RegisterSchema>
