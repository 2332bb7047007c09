import * as z from 'zod'
import type { Label } from '../core/label.js'
import { LegalBasisSchema, type LegalBasis } from '../core/legal-basis.js'
import { IsoDateStringSchema } from '../core/iso-date.js'

/**
 * The kind of an administrative unit, as a stable ASCII id:
 *
 * - province level: `'tinh'` (tỉnh) and `'thanh-pho-truc-thuoc-trung-uong'`
 *   (centrally-run city);
 * - district level (until 30/06/2025): `'huyen'`, `'quan'`, `'thi-xa'` and
 *   `'thanh-pho'` (provincial city, thành phố thuộc tỉnh);
 * - commune level: `'xa'`, `'phuong'`, `'thi-tran'` (until 30/06/2025) and
 *   `'dac-khu'` (special zone, from 01/07/2025).
 *
 * @example
 * ```ts
 * import { resolveCommune, type UnitKind } from 'hanhchinh/units'
 * const kind: UnitKind = resolveCommune('Phường Hồng Hà', { province: 'Hà Nội', asOf: '2025-07-01' }).kind
 * kind //=> 'phuong'
 * ```
 */
export type UnitKind = z.infer<typeof UnitKindSchema>

/**
 * Schema of {@link UnitKind}.
 *
 * @example
 * ```ts
 * import { UnitKindSchema } from 'hanhchinh/units'
 * UnitKindSchema.parse('dac-khu') //=> 'dac-khu'
 * UnitKindSchema.safeParse('tinh-thanh').success //=> false
 * ```
 */
export const UnitKindSchema = z.enum([
  'xa',
  'phuong',
  'dac-khu',
  'thi-tran',
  'huyen',
  'quan',
  'thi-xa',
  'thanh-pho',
  'tinh',
  'thanh-pho-truc-thuoc-trung-uong',
])

/**
 * The level of an administrative unit: `'province'` (cấp tỉnh), `'district'`
 * (cấp huyện, abolished from 01/07/2025) or `'commune'` (cấp xã).
 *
 * @example
 * ```ts
 * import { UnitLevelSchema, type UnitLevel } from 'hanhchinh/units'
 * const level: UnitLevel = UnitLevelSchema.parse('district')
 * level //=> 'district'
 * ```
 */
export type UnitLevel = z.infer<typeof UnitLevelSchema>

/**
 * Schema of {@link UnitLevel}.
 *
 * @example
 * ```ts
 * import { UnitLevelSchema } from 'hanhchinh/units'
 * UnitLevelSchema.options //=> ['province', 'district', 'commune']
 * ```
 */
export const UnitLevelSchema = z.enum(['province', 'district', 'commune'])

/**
 * Schema of an {@link AdministrativeUnit}.
 *
 * @example
 * ```ts
 * import { AdministrativeUnitSchema, communes } from 'hanhchinh/units'
 * AdministrativeUnitSchema.safeParse(communes({ asOf: '2025-07-01' })[0]).success //=> true
 * ```
 */
export const AdministrativeUnitSchema = z.object({
  /** National code: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: z.string().regex(/^(\d{2}|\d{3}|\d{5})$/),
  /** Official name with the kind (`'Phường Hồng Hà'`, `'Tỉnh Thừa Thiên Huế'`). */
  name: z.string().min(1),
  /** The name without the kind (`'Hồng Hà'`, `'Thừa Thiên Huế'`), as tables print it. */
  shortName: z.string().min(1),
  /** Kind of unit. */
  kind: UnitKindSchema,
  /** Level of the unit. */
  level: UnitLevelSchema,
  /** Code of the province the unit belonged to in its period (its own code for a province). */
  provinceCode: z.string().regex(/^\d{2}$/),
  /** Code of the district (only communes before 01/07/2025). */
  districtCode: z.string().regex(/^\d{3}$/).optional(),
  /** First day in force, when the data knows it. */
  validFrom: IsoDateStringSchema.optional(),
  /** Last day in force (inclusive), for units that ceased. */
  validTo: IsoDateStringSchema.optional(),
  /** The instruments behind the unit: the resolution that formed or ended it, and its code list. */
  basis: z.array(LegalBasisSchema).readonly(),
  /** Set where a fact of this record could not be confirmed in a primary source. */
  unconfirmed: z.string().min(1).optional(),
})

/**
 * An administrative unit in one period of its life: a province, a district
 * (until 30/06/2025) or a commune-level unit, with its national code, kind,
 * name, province, validity and the legal instruments it rests on. A unit that
 * changed name or kind, or that was re-formed on 01/07/2025, is a separate
 * record for each period (the old Phường Phúc Xá 00001 until 30/06/2025; the
 * new Phường Hồng Hà 00097 from 01/07/2025); {@link successorOf} and
 * {@link predecessorsOf} link them. Records are frozen.
 *
 * @example
 * ```ts
 * import { resolveCommune, type AdministrativeUnit } from 'hanhchinh/units'
 * const u: AdministrativeUnit = resolveCommune('Phường Hồng Hà', { province: 'Hà Nội', asOf: '2025-07-01' })
 * u //=> { code: '00097', name: 'Phường Hồng Hà', kind: 'phuong', level: 'commune', provinceCode: '01', validFrom: '2025-07-01' }
 * u.basis[0]!.instrument //=> '1656/NQ-UBTVQH15'
 * ```
 */
export type AdministrativeUnit = Readonly<z.infer<typeof AdministrativeUnitSchema>>

/**
 * Bilingual labels of every {@link UnitKind}.
 *
 * @example
 * ```ts
 * import { UNIT_KIND_LABELS } from 'hanhchinh/units'
 * UNIT_KIND_LABELS['dac-khu'] //=> { vi: 'đặc khu', en: 'special zone' }
 * UNIT_KIND_LABELS['thanh-pho'].en //=> 'provincial city'
 * ```
 */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, Label>> = Object.freeze({
  xa: { vi: 'xã', en: 'commune' },
  phuong: { vi: 'phường', en: 'ward' },
  'dac-khu': { vi: 'đặc khu', en: 'special zone' },
  'thi-tran': { vi: 'thị trấn', en: 'township' },
  huyen: { vi: 'huyện', en: 'rural district' },
  quan: { vi: 'quận', en: 'urban district' },
  'thi-xa': { vi: 'thị xã', en: 'district-level town' },
  'thanh-pho': { vi: 'thành phố thuộc tỉnh', en: 'provincial city' },
  tinh: { vi: 'tỉnh', en: 'province' },
  'thanh-pho-truc-thuoc-trung-uong': { vi: 'thành phố trực thuộc trung ương', en: 'centrally-run city' },
})

/**
 * Bilingual labels of every {@link UnitLevel}.
 *
 * @example
 * ```ts
 * import { UNIT_LEVEL_LABELS } from 'hanhchinh/units'
 * UNIT_LEVEL_LABELS.commune //=> { vi: 'cấp xã', en: 'commune level' }
 * ```
 */
export const UNIT_LEVEL_LABELS: Readonly<Record<UnitLevel, Label>> = Object.freeze({
  province: { vi: 'cấp tỉnh', en: 'province level' },
  district: { vi: 'cấp huyện', en: 'district level' },
  commune: { vi: 'cấp xã', en: 'commune level' },
})

/**
 * What happened to an old unit in one succession, as the NSO conversion table
 * notes it ("Ghi chú"): `'whole'` (nhập toàn bộ), `'unchanged'` (giữ
 * nguyên), `'renamed'`, `'reclassified'`, `'whole-area'` (the whole area but
 * not the whole population), `'part'`, `'part-area'`, `'part-population'`,
 * `'part-area-whole-population'`. Districts use `'whole'` or `'part'`; a
 * province that was not merged is `'unchanged'`.
 *
 * @example
 * ```ts
 * import { successorOf, type SuccessionChange } from 'hanhchinh/units'
 * const change: SuccessionChange = successorOf('00001')[0]!.change
 * change //=> 'whole'
 * ```
 */
export type SuccessionChange =
  | 'whole'
  | 'unchanged'
  | 'renamed'
  | 'reclassified'
  | 'whole-area'
  | 'part'
  | 'part-area'
  | 'part-area-whole-population'
  | 'part-population'

/**
 * Bilingual labels of every {@link SuccessionChange}.
 *
 * @example
 * ```ts
 * import { SUCCESSION_CHANGE_LABELS } from 'hanhchinh/units'
 * SUCCESSION_CHANGE_LABELS['part-area'].vi //=> 'nhập một phần diện tích'
 * ```
 */
export const SUCCESSION_CHANGE_LABELS: Readonly<Record<SuccessionChange, Label>> = Object.freeze({
  whole: { vi: 'nhập toàn bộ', en: 'merged whole' },
  unchanged: { vi: 'giữ nguyên', en: 'unchanged' },
  renamed: { vi: 'đổi tên', en: 'renamed' },
  reclassified: { vi: 'chuyển loại hình', en: 'reclassified' },
  'whole-area': { vi: 'nhập toàn bộ diện tích', en: 'whole area merged' },
  part: { vi: 'nhập một phần', en: 'part merged' },
  'part-area': { vi: 'nhập một phần diện tích', en: 'part of the area merged' },
  'part-area-whole-population': {
    vi: 'nhập một phần diện tích, toàn bộ dân số',
    en: 'part of the area and the whole population merged',
  },
  'part-population': { vi: 'nhập một phần dân số', en: 'part of the population merged' },
})

/**
 * One link between an old unit and a unit that took it over (wholly or in
 * part), as returned by {@link successorOf} and {@link predecessorsOf}.
 * `part` is `'whole'` when the whole old unit went to `to` (then `share` is
 * 1); a split lists every new unit with `part: 'part'` and no `share`, because
 * no source gives numeric shares (area or population fractions).
 *
 * @example
 * ```ts
 * import { successorOf, type UnitSuccession } from 'hanhchinh/units'
 * const [s]: UnitSuccession[] = successorOf('Phường Phúc Xá', { province: 'Hà Nội' })
 * s //=> { part: 'whole', share: 1, change: 'whole' }
 * s!.to.name //=> 'Phường Hồng Hà'
 * ```
 */
export interface UnitSuccession {
  /** The old unit. */
  readonly from: AdministrativeUnit
  /** The unit that took it over (wholly or in part). */
  readonly to: AdministrativeUnit
  /** Whether the whole old unit went to `to`. */
  readonly part: 'whole' | 'part'
  /** Fraction of the old unit that went to `to`, when a source gives it (1 for a whole unit). */
  readonly share?: number
  /** The kind of change, as the source notes it. */
  readonly change: SuccessionChange
  /** Bilingual label of `change`. */
  readonly changeLabel: Label
  /** The instrument that made the change. */
  readonly basis: readonly LegalBasis[]
  /** Set when this link is disputed between sources and the primary text did not settle it. */
  readonly unconfirmed?: string
}

/**
 * A province as the `province` option of `hanhchinh/units` takes it: its name
 * in any common spelling (`'Hà Nội'`, `'ha noi'`, `'Thừa Thiên Huế'`,
 * `'TP.HCM'`), its 2-digit code (`'01'`), or its record.
 *
 * @example
 * ```ts
 * import { communes, type ProvinceInput } from 'hanhchinh/units'
 * const province: ProvinceInput = 'Thua Thien Hue'
 * communes({ asOf: '2025-06-30', province }).length === communes({ asOf: '2025-06-30', province: '46' }).length //=> true
 * ```
 */
export type ProvinceInput = string | AdministrativeUnit
