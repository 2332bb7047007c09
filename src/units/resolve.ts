import type { AsOf } from '../core/as-of.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { parseOrThrow, type ParseFailure, type ParseSuccess } from '../core/parse-result.js'
import { findByName } from './find.js'
import { periodsFor, readCoveredDate } from './query.js'
import type { AdministrativeUnit, ProvinceInput, UnitLevel } from './schema.js'

/**
 * Options of {@link resolveCommune} and {@link safeResolveCommune}.
 *
 * @example
 * ```ts
 * import { resolveCommune, type ResolveCommuneOptions } from 'hanhchinh/units'
 * const options: ResolveCommuneOptions = { province: 'Hà Nội', asOf: '2025-06-30' }
 * resolveCommune('Phúc Xá', options).code //=> '00001'
 * ```
 */
export interface ResolveCommuneOptions {
  /** Only units of this province (name in any common spelling, 2-digit code, or record). */
  province?: ProvinceInput
  /**
   * Only units in force at this moment (ISO date — the end of that day in
   * Vietnam time —, ISO date-time with offset, or `Date`). Without it, the
   * units from 01/07/2025 are searched first, then those before.
   */
  asOf?: AsOf
}

/**
 * A refusal of {@link safeResolveCommune} (and {@link safeSuccessorOf},
 * {@link safePredecessorsOf}): the core {@link ParseFailure} with its `code` —
 * `'not-text'`, `'empty'`, `'unknown'` (no unit of that name where asked;
 * `candidates` lists units of that name elsewhere — another period or
 * province — as a hint), `'ambiguous'` (several units match: `candidates`
 * lists them and the reason names them; give the province, or the kind) or
 * `'unknown-province'` (the province filter names no province of the period
 * asked).
 *
 * @example
 * ```ts
 * import { safeResolveCommune, type CommuneFailure } from 'hanhchinh/units'
 * const r = safeResolveCommune('Hồng Hà', { asOf: '2025-06-30' })
 * const failure: CommuneFailure | undefined = r.ok ? undefined : r
 * failure?.code //=> 'ambiguous'
 * failure?.candidates.map((u) => u.code) //=> ['09796', '04264', '06697', '20050']
 * ```
 */
export interface CommuneFailure extends ParseFailure {
  readonly code: 'not-text' | 'empty' | 'too-long' | 'unknown' | 'ambiguous' | 'unknown-province'
  readonly candidates: readonly AdministrativeUnit[]
}

/**
 * The answer of {@link safeResolveCommune}, {@link safeSuccessorOf} and
 * {@link safePredecessorsOf} when they read a name: the unit, or a
 * {@link CommuneFailure}.
 *
 * @example
 * ```ts
 * import { safeResolveCommune, type CommuneResult } from 'hanhchinh/units'
 * const r: CommuneResult = safeResolveCommune('Hong Ha', { province: 'Ha Noi' })
 * r.ok ? r.value.code : r.code //=> '00097'
 * ```
 */
export type CommuneResult = ParseSuccess<AdministrativeUnit> | CommuneFailure

const RESOLVE_OPTIONS: OptionNames<ResolveCommuneOptions> = { province: true, asOf: true }
const COMMUNE_LEVEL: ReadonlySet<UnitLevel> = new Set(['commune'])

/**
 * The longest name the readers of `hanhchinh/units` look up (200
 * characters; the longest official name has under 40): a longer text is
 * refused at once with code `'too-long'`, before any search.
 *
 * @example
 * ```ts
 * import { MAX_UNIT_NAME_LENGTH, safeResolveCommune } from 'hanhchinh/units'
 * MAX_UNIT_NAME_LENGTH //=> 200
 * safeResolveCommune('x'.repeat(201)).code //=> 'too-long'
 * ```
 */
export const MAX_UNIT_NAME_LENGTH = 200

/**
 * Find a commune-level unit (xã, phường, thị trấn, đặc khu) by name, ignoring
 * accents, case, punctuation and the kind written in full or abbreviated
 * (`'phuong hong ha'`, `'P. Hồng Hà'`, `'Hong Ha'`, `'TT Phố Bảng'`, `'P1'`),
 * and return a refusal instead of throwing. Old spellings of the NSO
 * conversion table (`'Sủng Cháng'` for Xã Sủng Tráng) are recognised.
 *
 * With `asOf`, only units in force then; without it, the units from
 * 01/07/2025 first and, when none has the name, those of 30/06/2025. Never
 * guesses: several matches are refused as `'ambiguous'` with every
 * candidate — unless exactly one is spelt exactly as typed, accents
 * included. {@link resolveCommune} returns the unit or throws.
 *
 * @throws RangeError only for bad options (an unknown option, an unreadable
 * or uncovered `asOf`); TypeError for a province of the wrong type.
 *
 * @example
 * ```ts
 * import { safeResolveCommune } from 'hanhchinh/units'
 * safeResolveCommune('phuong hong ha', { province: 'Hà Nội' }) //=> { ok: true, value: { code: '00097', name: 'Phường Hồng Hà' } }
 * safeResolveCommune('Phúc Xá', { province: 'Hà Nội', asOf: '2025-07-01' })
 * //=> { ok: false, code: 'unknown', reason: { en: 'Unknown commune "Phúc Xá" (2025-07-01); this name belongs to: Phường Phúc Xá (00001, Quận Ba Đình, Thành phố Hà Nội, until 30/06/2025)' } }
 * const r = safeResolveCommune('Xã Tân Phú', { asOf: '2025-07-01' })
 * r.ok ? 0 : r.candidates.length //=> 5
 * r.ok ? '' : r.reason.en //=> 'Ambiguous commune "Xã Tân Phú": could be Xã Tân Phú (17272, Tỉnh Nghệ An, from 01/07/2025); Xã Tân Phú (26116, Tỉnh Đồng Nai, from 01/07/2025); Xã Tân Phú (25549, Tỉnh Tây Ninh, from 01/07/2025); Xã Tân Phú (28468, Tỉnh Đồng Tháp, from 01/07/2025); Xã Tân Phú (28840, Tỉnh Vĩnh Long, from 01/07/2025) — give the province (or the kind of unit)'
 * safeResolveCommune('Hồng Hà', { province: 'Hà Giang', asOf: '2025-07-01' }) //=> { ok: false, code: 'unknown-province' }
 * safeResolveCommune(42) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeResolveCommune(name: unknown, options?: ResolveCommuneOptions): CommuneResult {
  const o = readOptions(options, RESOLVE_OPTIONS, 'safeResolveCommune')
  const date = readCoveredDate(o.asOf, 'commune', 'safeResolveCommune')
  return findByName(name, COMMUNE_LEVEL, { province: o.province, date, periods: periodsFor(date) }, { vi: 'xã, phường', en: 'commune' })
}

/**
 * Find a commune-level unit by name (as {@link safeResolveCommune} does) and
 * return it, or throw a `RangeError` that says why — unknown (with where the
 * name exists instead), or ambiguous with the candidates named; a `TypeError`
 * for a name that is not a string. The error carries the refusal's `code`.
 *
 * @throws RangeError for an empty, unknown or ambiguous name, an unknown
 * province, or bad options.
 *
 * @example
 * ```ts
 * import { resolveCommune } from 'hanhchinh/units'
 * resolveCommune('phuong hong ha', { province: 'Hà Nội' }).code //=> '00097'
 * resolveCommune('P. Hồng Hà', { province: 'Hà Nội' }).name //=> 'Phường Hồng Hà'
 * resolveCommune('Hong Ha', { province: 'Hà Nội', asOf: '2025-07-01' }).code //=> '00097'
 * resolveCommune('Phường Phúc Xá', { province: '01' }) //=> { code: '00001', districtCode: '001', validTo: '2025-06-30' }
 * resolveCommune('Hồng Hà').code //=> '00097'
 * resolveCommune('Hồng Hà', { asOf: '2025-06-30' }) //=> throws RangeError: Ambiguous commune "Hồng Hà": could be Xã Hồng Hà (09796
 * resolveCommune('Atlantis') //=> throws RangeError: Unknown commune "Atlantis"
 * ```
 */
export function resolveCommune(name: string, options?: ResolveCommuneOptions): AdministrativeUnit {
  readOptions(options, RESOLVE_OPTIONS, 'resolveCommune')
  return parseOrThrow(safeResolveCommune(name, options), 'name', name)
}
