import type { AsOf } from '../core/as-of.js'
import { requireAsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { getRegistry, inForce } from './load.js'
import { checkCoverage } from './query.js'
import type { AdministrativeUnit } from './schema.js'

/**
 * Options of {@link unitAt}.
 *
 * @example
 * ```ts
 * import { unitAt, type UnitAtOptions } from 'hanhchinh/units'
 * const options: UnitAtOptions = { asOf: '2025-06-30' }
 * unitAt('00004', options)?.name //=> 'Phường Trúc Bạch'
 * ```
 */
export interface UnitAtOptions {
  /** The moment (ISO date — the end of that day in Vietnam time —, ISO date-time with offset, or `Date`). Required. */
  asOf: AsOf
}

/**
 * Options of {@link unitName}.
 *
 * @example
 * ```ts
 * import { unitName, type UnitNameOptions } from 'hanhchinh/units'
 * const options: UnitNameOptions = { asOf: '2022-12-31', form: 'short' }
 * unitName('46', options) //=> 'Thừa Thiên Huế'
 * ```
 */
export interface UnitNameOptions extends UnitAtOptions {
  /** `'full'` (default: `'Tỉnh Thừa Thiên Huế'`) or `'short'` (`'Thừa Thiên Huế'`, as ranking tables print it). */
  form?: 'full' | 'short'
}

const AT_OPTIONS: OptionNames<UnitAtOptions> = { asOf: true }
const NAME_OPTIONS: OptionNames<UnitNameOptions> = { asOf: true, form: true }

function readCode(code: unknown): { code: string; level: AdministrativeUnit['level'] } {
  if (typeof code !== 'string') throw wrongType('code', code, 'a unit code as text (2, 3 or 5 digits)')
  const level = /^\d{2}$/.test(code) ? 'province' : /^\d{3}$/.test(code) ? 'district' : /^\d{5}$/.test(code) ? 'commune' : undefined
  if (level === undefined) throw invalidArgument('code', code, 'a unit code of 2 (province), 3 (district) or 5 digits (commune)')
  return { code, level }
}

/**
 * The unit that had a code at a moment, or `undefined` when none had it
 * then. Codes are reused: `'00004'` is Phường Trúc Bạch until 30/06/2025 and
 * Phường Ba Đình from 01/07/2025; `'46'` is Tỉnh Thừa Thiên Huế until
 * 31/12/2024, then Thành phố Huế.
 *
 * @throws RangeError for a malformed code, an unknown option, an unreadable
 * `asOf`, or a date the data does not cover (provinces before 01/08/2008,
 * districts and communes before 01/03/2025); TypeError for a missing `asOf`.
 *
 * @example
 * ```ts
 * import { unitAt } from 'hanhchinh/units'
 * unitAt('00004', { asOf: '2025-06-30' })?.name //=> 'Phường Trúc Bạch'
 * unitAt('00004', { asOf: '2025-07-01' })?.name //=> 'Phường Ba Đình'
 * unitAt('001', { asOf: '2025-07-01' }) //=> undefined
 * unitAt('46', { asOf: new Date('2024-06-01T00:00:00+07:00') })?.kind //=> 'tinh'
 * unitAt('1234', { asOf: '2025-07-01' }) //=> throws RangeError: Invalid code: "1234"
 * ```
 */
export function unitAt(code: string, options: UnitAtOptions): AdministrativeUnit | undefined {
  const o = readOptions(options, AT_OPTIONS, 'unitAt')
  return find(code, o.asOf, 'unitAt')
}

function find(code: unknown, asOf: unknown, where: string): AdministrativeUnit | undefined {
  const c = readCode(code)
  const date = requireAsOf(asOf, 'options.asOf').date
  checkCoverage(date, c.level, where)
  return getRegistry().byCode.get(c.code)?.find((u) => u.level === c.level && inForce(u, date))
}

/**
 * The name a unit had at a moment — the name to print for a period: code 46
 * is `'Tỉnh Thừa Thiên Huế'` in a 2022 table and `'Thành phố Huế'` from 2025.
 * Throws when no unit had the code then.
 *
 * @throws RangeError for a code no unit had at that moment, a malformed code,
 * bad options, or a date the data does not cover.
 *
 * @example
 * ```ts
 * import { unitName } from 'hanhchinh/units'
 * unitName('46', { asOf: '2022-12-31' }) //=> 'Tỉnh Thừa Thiên Huế'
 * unitName('46', { asOf: '2025-03-01', form: 'short' }) //=> 'Huế'
 * unitName('00004', { asOf: '2025-07-01' }) //=> 'Phường Ba Đình'
 * unitName('00001', { asOf: '2025-07-01' }) //=> throws RangeError: No administrative unit has code "00001" on 2025-07-01
 * ```
 */
export function unitName(code: string, options: UnitNameOptions): string {
  const o = readOptions(options, NAME_OPTIONS, 'unitName')
  const form = readChoice(o.form, ['full', 'short'], 'full', 'options.form')
  const u = find(code, o.asOf, 'unitName')
  if (u === undefined) {
    const date = requireAsOf(o.asOf).date
    throw new RangeError(`No administrative unit has code ${JSON.stringify(code)} on ${date}`)
  }
  return form === 'short' ? u.shortName : u.name
}
