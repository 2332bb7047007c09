import { describeValue } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, type ParseSuccess } from '../core/parse-result.js'
import { FIRST_DAY_AFTER, LAST_DAY_BEFORE, getRegistry, inForce, type Period } from './load.js'
import { failure, findByName } from './find.js'
import type { CommuneFailure } from './resolve.js'
import type { AdministrativeUnit, ProvinceInput, UnitLevel, UnitSuccession } from './schema.js'

/**
 * Options of {@link successorOf} and {@link predecessorsOf} (and their safe
 * forms).
 *
 * @example
 * ```ts
 * import { successorOf, type SuccessionOptions } from 'hanhchinh/units'
 * const options: SuccessionOptions = { province: 'Hà Nội' }
 * successorOf('Phúc Xá', options)[0]!.to.code //=> '00097'
 * ```
 */
export interface SuccessionOptions {
  /** When the unit is given by name: only units of this province (name, 2-digit code or record). */
  province?: ProvinceInput
}

/**
 * An old or new unit as {@link successorOf} and {@link predecessorsOf} take
 * it: its record, its code (2 digits for a province, 3 for a district, 5 for
 * a commune) or its name (any spelling {@link resolveCommune} accepts; also
 * district and province names).
 *
 * @example
 * ```ts
 * import { predecessorsOf, type UnitInput } from 'hanhchinh/units'
 * const unit: UnitInput = '00097'
 * predecessorsOf(unit).length //=> 12
 * ```
 */
export type UnitInput = string | AdministrativeUnit

const SUCCESSION_OPTIONS: OptionNames<SuccessionOptions> = { province: true }
const ALL_LEVELS: ReadonlySet<UnitLevel> = new Set(['province', 'district', 'commune'])

function levelOfCode(code: string): UnitLevel | undefined {
  return code.length === 2 ? 'province' : code.length === 3 ? 'district' : code.length === 5 ? 'commune' : undefined
}

/** The registry's own record for a unit given as a record (possibly a copy, e.g. read back from JSON). */
function known(u: AdministrativeUnit): AdministrativeUnit | undefined {
  const same = getRegistry().byCode.get(u.code) ?? []
  return same.includes(u) ? u : same.find((r) => r.level === u.level && r.name === u.name && r.validTo === u.validTo && r.validFrom === u.validFrom)
}

function findUnit(
  input: unknown,
  options: SuccessionOptions | undefined,
  period: Period,
  where: string,
): ParseSuccess<AdministrativeUnit> | CommuneFailure {
  const o = readOptions(options, SUCCESSION_OPTIONS, where)
  if (typeof input === 'object' && input !== null) {
    const u = known(input as AdministrativeUnit)
    if (u) return accept(u)
    return failure(
      `Không có đơn vị hành chính ${describeValue(input)} trong dữ liệu`,
      `Unknown administrative unit ${describeValue(input)}`,
      'unknown',
    )
  }
  if (typeof input === 'string' && /^\d+$/.test(input.trim())) {
    const code = input.trim()
    const day = period === 'after' ? FIRST_DAY_AFTER : LAST_DAY_BEFORE
    const u = levelOfCode(code) && getRegistry().byCode.get(code)?.find((r) => inForce(r, day))
    if (u) return accept(u)
    return failure(
      `Không có đơn vị hành chính mã "${code}" ${period === 'after' ? 'từ 01/07/2025' : 'ngày 30/06/2025'}`,
      `No administrative unit with code "${code}" ${period === 'after' ? 'from 01/07/2025' : 'on 30/06/2025'}`,
      'unknown',
      getRegistry().byCode.get(code) ?? [],
    )
  }
  return findByName(input, ALL_LEVELS, { province: o.province, date: undefined, periods: [period] }, { vi: 'đơn vị hành chính', en: 'administrative unit' })
}

/**
 * The units that took over an old unit — wholly or in part — as
 * {@link UnitSuccession} links, or a refusal when the unit cannot be found.
 *
 * The old unit is a record, a code (read as the unit in force on 30/06/2025:
 * `'00004'` is Phường Trúc Bạch, not the new Phường Ba Đình with the same
 * code) or a name searched among the units before 01/07/2025 (filter with
 * `province`). Sources:
 *
 * - a commune: the NSO conversion table (Bảng chuyển đổi ĐVHC mới – cũ): one
 *   link per new unit, `part: 'whole'` with `share: 1` when the whole commune
 *   went there; a split lists every new unit with `part: 'part'` and no share
 *   (no source gives fractions); links the sources dispute carry `unconfirmed`;
 * - a district: the union of its communes' successors (`'whole'` only when
 *   one unit took all of it, as the five island districts that became đặc
 *   khu);
 * - a province: the province it became (whole) from 01/07/2025 (Nghị quyết
 *   202/2025/QH15); Tỉnh Thừa Thiên Huế → Thành phố Huế on 01/01/2025.
 *
 * A unit in force from 01/07/2025 has no successor (an empty list).
 *
 * @throws RangeError only for bad options.
 *
 * @example
 * ```ts
 * import { safeSuccessorOf } from 'hanhchinh/units'
 * const r = safeSuccessorOf('Phường Phúc Xá', { province: 'Hà Nội' })
 * r.ok ? r.value.map((s) => [s.to.code, s.to.name, s.part]) : [] //=> [['00097', 'Phường Hồng Hà', 'whole']]
 * safeSuccessorOf('Phường Phúc Xá', { province: 'Đà Nẵng' }) //=> { ok: false, code: 'unknown' }
 * safeSuccessorOf('99999') //=> { ok: false, code: 'unknown' }
 * ```
 */
export function safeSuccessorOf(
  unit: unknown,
  options?: SuccessionOptions,
): ParseSuccess<readonly UnitSuccession[]> | CommuneFailure {
  const found = findUnit(unit, options, 'before', 'safeSuccessorOf')
  if (!found.ok) return found
  return accept(getRegistry().successors.get(found.value) ?? [])
}

/**
 * The units that took over an old unit (as {@link safeSuccessorOf} finds
 * them), or a `RangeError` when the unit is unknown or its name ambiguous (a
 * `TypeError` for an input that is neither text nor a record).
 *
 * @throws RangeError for an unknown or ambiguous unit, or bad options.
 *
 * @example
 * ```ts
 * import { successorOf } from 'hanhchinh/units'
 * successorOf('Phường Phúc Xá', { province: 'Hà Nội' })[0]!.to //=> { code: '00097', name: 'Phường Hồng Hà', validFrom: '2025-07-01' }
 * successorOf('00001')[0] //=> { part: 'whole', share: 1, change: 'whole', changeLabel: { vi: 'nhập toàn bộ', en: 'merged whole' } }
 * successorOf('Xã Kỳ Lợi').map((s) => [s.to.name, s.change])
 * //=> [['Phường Sông Trí', 'part-population'], ['Phường Vũng Áng', 'whole-area'], ['Phường Hoành Sơn', 'part-population']]
 * successorOf('Huyện Côn Đảo').map((s) => s.to.name) //=> ['Đặc khu Côn Đảo']
 * successorOf('Quận Ba Đình').length //=> 8
 * successorOf('Quận Ba Đình')[0] //=> { part: 'part', change: 'part' }
 * successorOf('02')[0]!.to.name //=> 'Tỉnh Tuyên Quang'
 * successorOf('Phường Hồng Hà', { province: 'Hà Nội' }) //=> throws RangeError: Unknown administrative unit "Phường Hồng Hà"
 * ```
 */
export function successorOf(unit: UnitInput, options?: SuccessionOptions): readonly UnitSuccession[] {
  return parseOrThrow(safeSuccessorOf(unit, options), 'unit', unit)
}

/**
 * The old units a unit was formed from, as {@link UnitSuccession} links
 * (`from` is the old unit), or a refusal when the unit cannot be found. The
 * unit is a record, a code (read as the unit in force from 01/07/2025) or a
 * name searched among the units from 01/07/2025. A new commune lists the old
 * communes (and, for five special zones, the old district) it took over; a
 * new province the old provinces. Districts are not listed for a commune
 * formed from their communes: read them from the communes' `districtCode`.
 *
 * @throws RangeError only for bad options.
 *
 * @example
 * ```ts
 * import { safePredecessorsOf } from 'hanhchinh/units'
 * const r = safePredecessorsOf('Phường Hồng Hà', { province: 'Hà Nội' })
 * r.ok ? r.value.length : 0 //=> 12
 * r.ok ? r.value.slice(0, 3).map((s) => s.from.name) : [] //=> ['Phường Phúc Xá', 'Phường Phúc Tân', 'Phường Chương Dương']
 * safePredecessorsOf('Phường Hồng Hà', { province: 'Hà Giang' }) //=> { ok: false, code: 'unknown-province' }
 * ```
 */
export function safePredecessorsOf(
  unit: unknown,
  options?: SuccessionOptions,
): ParseSuccess<readonly UnitSuccession[]> | CommuneFailure {
  const found = findUnit(unit, options, 'after', 'safePredecessorsOf')
  if (!found.ok) return found
  return accept(getRegistry().predecessors.get(found.value) ?? [])
}

/**
 * The old units a unit was formed from (as {@link safePredecessorsOf} finds
 * them), or a `RangeError` when the unit is unknown or ambiguous.
 *
 * @throws RangeError for an unknown or ambiguous unit, or bad options.
 *
 * @example
 * ```ts
 * import { predecessorsOf, resolveCommune } from 'hanhchinh/units'
 * const hongHa = resolveCommune('Phường Hồng Hà', { province: 'Hà Nội' })
 * predecessorsOf(hongHa).slice(0, 4).map((s) => [s.from.code, s.part]) //=> [['00001', 'whole'], ['00037', 'whole'], ['00067', 'whole'], ['00091', 'part']]
 * predecessorsOf('Tuyên Quang') //=> throws RangeError: Ambiguous administrative unit "Tuyên Quang": could be Tỉnh Tuyên Quang (08, from 01/07/2025); Xã Tuyên Quang (22963, Tỉnh Lâm Đồng, from 01/07/2025)
 * predecessorsOf('Tỉnh Tuyên Quang').map((s) => s.from.name) //=> ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang']
 * predecessorsOf('Đặc khu Côn Đảo')[0]!.from.name //=> 'Huyện Côn Đảo'
 * predecessorsOf('Phường Phúc Xá') //=> throws RangeError: Unknown administrative unit "Phường Phúc Xá"
 * ```
 */
export function predecessorsOf(unit: UnitInput, options?: SuccessionOptions): readonly UnitSuccession[] {
  return parseOrThrow(safePredecessorsOf(unit, options), 'unit', unit)
}

