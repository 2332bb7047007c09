import type { AsOf } from '../core/as-of.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { getRegistry, inForce, periodOfDate } from './load.js'
import { provinceFilter, provinceOrThrow, readCoveredDate } from './query.js'
import type { AdministrativeUnit, ProvinceInput } from './schema.js'

/**
 * Options of {@link provinces}.
 *
 * @example
 * ```ts
 * import { provinces, type ProvinceListOptions } from 'hanhchinh/units'
 * const options: ProvinceListOptions = { asOf: '2024-12-31' }
 * provinces(options).length //=> 63
 * ```
 */
export interface ProvinceListOptions {
  /**
   * The units in force at this moment (an ISO date — the end of that day in
   * Vietnam time —, an ISO date-time with offset, or a `Date`); every record
   * of every period when omitted. The data covers provinces from 01/08/2008.
   */
  asOf?: AsOf
}

/**
 * Options of {@link communes} and {@link districts}.
 *
 * @example
 * ```ts
 * import { communes, type UnitListOptions } from 'hanhchinh/units'
 * const options: UnitListOptions = { asOf: '2025-07-01', province: 'Huế' }
 * communes(options).length //=> 40
 * ```
 */
export interface UnitListOptions {
  /**
   * The units in force at this moment (an ISO date — the end of that day in
   * Vietnam time —, an ISO date-time with offset, or a `Date`); the records of
   * both periods when omitted. The data covers districts and communes from
   * 01/03/2025.
   */
  asOf?: AsOf
  /**
   * Only units of this province: its name in any common spelling
   * (`'Hà Nội'`, `'Thua Thien Hue'`, `'TP.HCM'`), its 2-digit code, or its
   * record. A name or code is matched in the period asked; without `asOf`,
   * in both periods (the province of that name before and after 01/07/2025).
   */
  province?: ProvinceInput
}

const PROVINCE_LIST_OPTIONS: OptionNames<ProvinceListOptions> = { asOf: true }
const UNIT_LIST_OPTIONS: OptionNames<UnitListOptions> = { asOf: true, province: true }

/**
 * The provincial-level units (tỉnh and thành phố trực thuộc trung ương) in
 * force on a date: 63 until 30/06/2025, 34 from 01/07/2025 (Nghị quyết
 * 202/2025/QH15). Until 31/12/2024 code 46 is Tỉnh Thừa Thiên Huế; from
 * 01/01/2025 Thành phố Huế. Without `asOf`, every record of every period
 * (98: Tỉnh Thừa Thiên Huế, the 63 of 30/06/2025 and the 34), oldest first.
 *
 * @throws RangeError for an unknown option, an unreadable `asOf`, or a date
 * before 01/08/2008 (not covered).
 *
 * @example
 * ```ts
 * import { provinces } from 'hanhchinh/units'
 * provinces({ asOf: '2025-07-01' }).length //=> 34
 * provinces({ asOf: '2025-06-30' }).length //=> 63
 * provinces({ asOf: '2022-12-31' }).find((p) => p.code === '46')?.name //=> 'Tỉnh Thừa Thiên Huế'
 * provinces({ asOf: '2025-07-01' }).find((p) => p.code === '46')
 * //=> { name: 'Thành phố Huế', kind: 'thanh-pho-truc-thuoc-trung-uong', validFrom: '2025-07-01' }
 * provinces().length //=> 98
 * provinces({ asOf: '2000-01-01' }) //=> throws RangeError: provinces: no data for 2000-01-01
 * ```
 */
export function provinces(options?: ProvinceListOptions): readonly AdministrativeUnit[] {
  const o = readOptions(options, PROVINCE_LIST_OPTIONS, 'provinces')
  const date = readCoveredDate(o.asOf, 'province', 'provinces')
  const reg = getRegistry()
  if (date === undefined) return reg.provinces
  return reg.provinces.filter((p) => inForce(p, date))
}

/**
 * The district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) in
 * force on a date: 696 on 30/06/2025 and none from 01/07/2025, when the
 * district level ended (Luật Tổ chức chính quyền địa phương 72/2025/QH15, Art
 * 51(3) — article UNCONFIRMED). Without `asOf`, the 696 records.
 *
 * @throws RangeError for an unknown option, an unreadable `asOf`, a date
 * before 01/03/2025 (not covered), or a province that is not one in the
 * period asked.
 *
 * @example
 * ```ts
 * import { districts } from 'hanhchinh/units'
 * districts({ asOf: '2025-06-30' }).length //=> 696
 * districts({ asOf: '2025-07-01' }).length //=> 0
 * districts({ asOf: '2025-06-30', province: 'Hà Nội' }).length //=> 30
 * districts({ asOf: '2025-06-30', province: '01' })[0] //=> { code: '001', name: 'Quận Ba Đình', kind: 'quan', level: 'district', validTo: '2025-06-30' }
 * ```
 */
export function districts(options?: UnitListOptions): readonly AdministrativeUnit[] {
  const o = readOptions(options, UNIT_LIST_OPTIONS, 'districts')
  const date = readCoveredDate(o.asOf, 'district', 'districts')
  const reg = getRegistry()
  const codes = provinceOrThrow(provinceFilter(o.province, ['before']), o.province, 'districts')
  if (date !== undefined && periodOfDate(date) === 'after') return []
  if (codes === undefined) return reg.districts
  return reg.districts.filter((d) => codes.before.has(d.provinceCode))
}

/**
 * The commune-level units in force on a date, with their 5-digit codes:
 *
 * - from 01/07/2025: 3,321 units — 2,621 xã, 687 phường, 13 đặc khu — in 34
 *   provinces, each formed by the Standing Committee resolution of its
 *   province (1654–1687/NQ-UBTVQH15 of 16/06/2025);
 * - on 30/06/2025 (and back to 01/03/2025, the date of the GSO list the data
 *   comes from): 10,035 units — 7,692 xã, 1,726 phường, 617 thị trấn.
 *
 * Without `asOf`, the records of both periods (13,356), those before first.
 * Filter by `province` (name, code or record).
 *
 * @throws RangeError for an unknown option, an unreadable `asOf`, a date
 * before 01/03/2025 (not covered), or a province that is not one in the
 * period asked (`'Hà Giang'` from 01/07/2025, with the province it is part of).
 *
 * @example
 * ```ts
 * import { communes } from 'hanhchinh/units'
 * communes({ asOf: '2025-07-01' }).length //=> 3321
 * communes({ asOf: '2025-06-30' }).length //=> 10035
 * communes({ asOf: '2025-07-01', province: 'Hà Nội' }).length //=> 126
 * communes({ asOf: '2025-06-30T23:59:59+07:00', province: '01' }).length //=> 526
 * communes({ asOf: new Date('2025-06-30T17:00:00Z'), province: 'ha noi' }).length //=> 126
 * communes({ asOf: '2025-07-01', province: 'Hà Giang' }) //=> throws RangeError: "Hà Giang" is not a province from 01/07/2025 (now part of Tỉnh Tuyên Quang)
 * ```
 */
export function communes(options?: UnitListOptions): readonly AdministrativeUnit[] {
  const o = readOptions(options, UNIT_LIST_OPTIONS, 'communes')
  const date = readCoveredDate(o.asOf, 'commune', 'communes')
  const reg = getRegistry()
  const periods = date === undefined ? (['before', 'after'] as const) : ([periodOfDate(date)] as const)
  const codes = provinceOrThrow(provinceFilter(o.province, periods), o.province, 'communes')
  const out: AdministrativeUnit[] = []
  for (const period of periods) {
    const list = period === 'after' ? reg.communesAfter : reg.communesBefore
    const selected = codes?.[period]
    if (selected === undefined && date === undefined) {
      out.push(...list)
      continue
    }
    for (const u of list) {
      if (selected !== undefined && !selected.has(u.provinceCode)) continue
      if (date !== undefined && !inForce(u, date)) continue
      out.push(u)
    }
  }
  return out
}
