import { describeValue, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { accept, parseOrThrow, refuse, type ParseFailure, type ParseSuccess } from '../core/parse-result.js'
import { getRegistry } from './province-registry.js'
import { foldVietnamese, readProvinceOptions } from './text.js'

/**
 * Which set of provincial-level units a name refers to: the 63 units before
 * the 2025 arrangement (`'pre-2025'`, the units of every published index up to
 * the 2024 editions) or the 34 units from 1/7/2025 (`'current'`).
 *
 * @example
 * ```ts
 * import { rankingProvinces, type Era } from 'hanhchinh/rankings'
 * const era: Era = 'pre-2025'
 * rankingProvinces({ era }).length //=> 63
 * ```
 */
export type Era = 'pre-2025' | 'current'

/**
 * A name a unit bore before the name of its record, with the last day it
 * was in use: Thành phố Huế was Tỉnh Thừa Thiên Huế until 31/12/2024 (from
 * the units data of `hanhchinh/units`).
 *
 * @example
 * ```ts
 * import { resolveProvince, type FormerProvinceName } from 'hanhchinh/rankings'
 * const former: FormerProvinceName | undefined = resolveProvince('Huế').formerNames?.[0]
 * former //=> { name: 'Thừa Thiên Huế', officialName: 'Tỉnh Thừa Thiên Huế', code: '46', validTo: '2024-12-31' }
 * ```
 */
export interface FormerProvinceName {
  /** Short name as ranking tables printed it (`'Thừa Thiên Huế'`). */
  name: string
  /** Official name with the unit type (`'Tỉnh Thừa Thiên Huế'`). */
  officialName: string
  /** National code then. */
  code: string
  /** Last day the name was in use. */
  validTo: string
}

/**
 * A provincial-level unit (tỉnh or thành phố trực thuộc trung ương) as
 * rankings know it: an ASCII `id` that ranking rows use, built from the
 * records of `hanhchinh/units` (names, national codes, types, the 63 → 34
 * succession). A unit that was not reorganised in 2025 (e.g. Hà Nội, Quảng
 * Ninh) is one record valid in both eras; a merged unit that kept a
 * predecessor's name (e.g. the new Hưng Yên, which absorbed Thái Bình) is a
 * different record from that predecessor, with the same `id` in the other
 * era. `name` is the name of the era's last day (`'Huế'` for the pre-2025
 * record); earlier names are in `formerNames`, and {@link provinceAt} gives
 * the name of any date.
 *
 * @example
 * ```ts
 * import { resolveProvince } from 'hanhchinh/rankings'
 * const hy = resolveProvince('Hưng Yên', { era: 'current' })
 * hy //=> { id: 'hung-yen', code: '33', officialName: 'Tỉnh Hưng Yên', eras: ['current'], predecessors: ['hung-yen', 'thai-binh'], merged: true }
 * hy.adminCentreIn //=> 'hung-yen'
 * resolveProvince('Bắc Ninh', { era: 'pre-2025' }).code //=> '27'
 * resolveProvince('Bắc Ninh', { era: 'current' }).code //=> '24'
 * ```
 */
export interface ProvinceUnit {
  /** ASCII slug, unique within an era (`'thai-binh'`). */
  id: string
  /** National code of the record (`hanhchinh/units`); the same id may have another code in the other era. */
  code: string
  /** Short name as used in ranking tables (`'Thái Bình'`). */
  name: string
  /** Official name with the unit type (`'Tỉnh Thái Bình'`, `'Thành phố Hà Nội'`). */
  officialName: string
  /** `'tinh'` (province) or `'thanh-pho'` (centrally-run city). */
  type: 'tinh' | 'thanh-pho'
  /** Bilingual label of the type. */
  typeLabel: Label
  /** Eras in which this record is a provincial-level unit. */
  eras: readonly Era[]
  /** Common spellings recognised by {@link resolveProvince} besides the name, official name and id (with the former names). */
  aliases: readonly string[]
  /** Earlier names of the unit within the data (Tỉnh Thừa Thiên Huế until 31/12/2024 for Huế). */
  formerNames?: readonly FormerProvinceName[]
  /** For units of the current era: ids of the pre-2025 units they were formed from. */
  predecessors?: readonly string[]
  /** For pre-2025 units: id of the current unit they became (part of). */
  successor?: string
  /** For current units: id of the predecessor hosting the political-administrative centre. */
  adminCentreIn?: string
  /** For current units: whether two or more predecessors were merged. */
  merged?: boolean
  /** Legal basis of the unit's current form (Nghị quyết 202/2025/QH15 for current units). */
  basis?: LegalBasis
  /** Set when part of this record is UNCONFIRMED (e.g. the admin centre). */
  unconfirmed?: string
}

/**
 * The comparison key of a province name: accents, case, punctuation, spaces,
 * a leading "tỉnh"/"thành phố"/"TP" and a trailing "province"/"city" are
 * ignored, so `'TP.HCM'`, `'tp hcm'` and `'HCM'` share a key, as do
 * `'Hanoi'` and `'Hà Nội'`.
 *
 * @example
 * ```ts
 * import { provinceKey } from 'hanhchinh/rankings'
 * provinceKey('Tỉnh Thái Bình') //=> 'thaibinh'
 * provinceKey('Hanoi') === provinceKey('Hà Nội') //=> true
 * provinceKey('TP.HCM') //=> 'hcm'
 * provinceKey('Quang Ninh province') //=> 'quangninh'
 * provinceKey(null as never) //=> throws TypeError: Invalid type for name: null
 * ```
 */
export function provinceKey(name: string): string {
  if (typeof name !== 'string') throw wrongType('name', name, 'a province name')
  let t = foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim()
  t = t.replace(/^(tinh|thanh pho|tp)\s+(?=\S)/, '').replace(/\s+(province|city)$/, '')
  return t.replace(/\s+/g, '')
}

/**
 * The provincial-level units of an era as rankings know them (63 before the
 * 2025 arrangement, 34 after), or every record of both eras (86: the 11
 * unchanged units are one record each) when no era is given, in the order
 * of their national codes. Built on first call from the records of
 * `hanhchinh/units` (whose `provinces({ asOf })` is the dated list of
 * administrative records); this one adds the ids ranking rows use, the
 * aliases, the predecessors and admin centres. Units are frozen.
 *
 * @example
 * ```ts
 * import { rankingProvinces } from 'hanhchinh/rankings'
 * rankingProvinces({ era: 'current' }).length //=> 34
 * rankingProvinces({ era: 'current' }).filter((u) => u.type === 'thanh-pho').map((u) => u.name)
 * //=> ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ']
 * rankingProvinces().length //=> 86
 * rankingProvinces({ era: 'pre-2025' })[0] //=> { id: 'ha-noi', code: '01', officialName: 'Thành phố Hà Nội', eras: ['pre-2025', 'current'] }
 * ```
 */
export function rankingProvinces(options?: ProvinceOptions): readonly ProvinceUnit[] {
  const era = readProvinceOptions(options, 'rankingProvinces')
  const r = getRegistry()
  return era ? r.byEra[era] : r.units
}

/**
 * Options of {@link resolveProvince}, {@link safeResolveProvince},
 * {@link rankingProvinces} and {@link provinceName}.
 *
 * @example
 * ```ts
 * import { resolveProvince, type ProvinceOptions } from 'hanhchinh/rankings'
 * const options: ProvinceOptions = { era: 'pre-2025' }
 * resolveProvince('Thái Bình', options).id //=> 'thai-binh'
 * ```
 */
export interface ProvinceOptions {
  /** Only units of this era match; without it, both eras (the current record first). */
  era?: Era
}

/**
 * A refusal of {@link safeResolveProvince}: the core {@link ParseFailure}
 * (`reason` in Vietnamese and English) with its `code` — `'not-text'`,
 * `'empty'`, `'unknown'` (no unit has that name in the era asked;
 * `candidates` lists units of the other era with that name, as a hint) or
 * `'ambiguous'` (two or more different units match; `candidates` lists
 * them, and the reason names each one).
 *
 * @example
 * ```ts
 * import { safeResolveProvince, type ProvinceFailure } from 'hanhchinh/rankings'
 * const r = safeResolveProvince('BD')
 * const failure: ProvinceFailure | undefined = r.ok ? undefined : r
 * failure?.code //=> 'ambiguous'
 * failure?.candidates.map((u) => u.id) //=> ['binh-dinh', 'binh-duong']
 * ```
 */
export interface ProvinceFailure extends ParseFailure {
  readonly code: 'not-text' | 'empty' | 'unknown' | 'ambiguous'
  readonly candidates: readonly ProvinceUnit[]
}

function describe(u: ProvinceUnit, language: 'vi' | 'en'): string {
  const era =
    u.eras.length === 2 ? (language === 'vi' ? 'trước và sau 1/7/2025' : 'both eras')
    : u.eras[0] === 'pre-2025' ? (language === 'vi' ? 'trước 1/7/2025' : 'pre-2025')
    : language === 'vi' ? 'từ 1/7/2025' : 'current'
  return `${u.officialName} (${u.id}, ${era})`
}

function provinceFailure(vi: string, en: string, code: ProvinceFailure['code'], candidates: readonly ProvinceUnit[]): ProvinceFailure {
  return { ...refuse(vi, en, code), code, candidates }
}

/**
 * Find a province or centrally-run city by name, official name, id or a
 * common alias (`'TT-Huế'`, `'Thừa Thiên Huế'`, `'BRVT'`, `'TP.HCM'`, ASCII
 * forms such as `'Quang Ninh'`, initials such as `'HCM'`), ignoring accents,
 * case, punctuation and a leading "Tỉnh"/"Thành phố"/"TP", and return a
 * refusal instead of throwing. Never guesses: a name that fits two
 * different units — initials such as `'QN'` (Quảng Ninh, Quảng Nam, Quảng
 * Ngãi) or `'BD'` (Bình Dương, Bình Định) — is refused with code
 * `'ambiguous'`, a reason naming every candidate, and the candidates; an
 * unknown name is `'unknown'`. With `era`, only units of that era match
 * (`'Thái Bình'` is unknown in the current era, with a hint that it is now
 * part of Hưng Yên).
 *
 * When a merged unit kept a predecessor's name (the new Hưng Yên absorbed
 * Thái Bình; the new TP. Hồ Chí Minh absorbed Bình Dương and Bà Rịa - Vũng
 * Tàu), both records share one `id`, so the name is not ambiguous: without
 * an `era` the current record is returned; ask with `era: 'pre-2025'` for
 * the other one. {@link resolveProvince} returns the unit or throws.
 *
 * @throws RangeError only for bad options (an unknown option or era).
 *
 * @example
 * ```ts
 * import { safeResolveProvince } from 'hanhchinh/rankings'
 * safeResolveProvince('BRVT') //=> { ok: true, value: { id: 'ba-ria-vung-tau', officialName: 'Tỉnh Bà Rịa - Vũng Tàu' } }
 * safeResolveProvince('TP.HCM') //=> { ok: true, value: { id: 'ho-chi-minh', officialName: 'Thành phố Hồ Chí Minh' } }
 * const r = safeResolveProvince('QN')
 * r.ok ? [] : r.candidates.map((u) => u.id) //=> ['quang-ninh', 'quang-nam', 'quang-ngai']
 * r.ok ? '' : r.reason.en //=> 'Ambiguous province "QN": could be Tỉnh Quảng Ninh (quang-ninh, both eras); Tỉnh Quảng Nam (quang-nam, pre-2025); Tỉnh Quảng Ngãi (quang-ngai, current) — write the full name'
 * safeResolveProvince('QN', { era: 'current' }) //=> { ok: false, code: 'ambiguous' }
 * safeResolveProvince('Thái Bình', { era: 'current' }) //=> { ok: false, code: 'unknown', reason: { en: 'Unknown province "Thái Bình" in era current; this name belongs to: Tỉnh Thái Bình (thai-binh, pre-2025) (now part of Tỉnh Hưng Yên)' } }
 * safeResolveProvince('Hà Tây') //=> { ok: false, code: 'unknown', candidates: [] }
 * safeResolveProvince(42) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeResolveProvince(name: unknown, options?: ProvinceOptions): ParseSuccess<ProvinceUnit> | ProvinceFailure {
  const era = readProvinceOptions(options, 'safeResolveProvince')
  if (typeof name !== 'string') {
    return provinceFailure(
      `Cần tên tỉnh, thành phố (chuỗi chữ), nhận được ${describeValue(name)}`,
      `Expected the text of a province name, received ${describeValue(name)}`,
      'not-text',
      [],
    )
  }
  const key = provinceKey(name)
  if (key === '') return provinceFailure('Chưa nhập tên tỉnh, thành phố', 'Empty province name', 'empty', [])
  const all = getRegistry().byKey.get(key) ?? []
  const matches = era ? all.filter((u) => u.eras.includes(era)) : all
  const ids = new Set(matches.map((u) => u.id))
  if (ids.size === 1) return accept(matches.find((u) => u.eras.includes('current')) ?? matches[0]!)
  if (matches.length === 0) {
    const eraVi = era === 'current' ? 'từ 1/7/2025' : 'trước 1/7/2025'
    const hintVi = all.length ? `; tên này thuộc: ${all.map((u) => describe(u, 'vi')).join('; ')}` : ''
    const hintEn = all.length ? `; this name belongs to: ${all.map((u) => describe(u, 'en')).join('; ')}` : ''
    const succ = all.length === 1 && all[0]!.successor && era === 'current' ? all[0]!.successor : undefined
    const succName = succ ? getRegistry().byEra.current.find((u) => u.id === succ)?.officialName ?? succ : undefined
    return provinceFailure(
      `Không có tỉnh, thành phố "${name}"${era ? ` (${eraVi})` : ''}${hintVi}${succName ? ` (nay thuộc ${succName})` : ''}`,
      `Unknown province "${name}"${era ? ` in era ${era}` : ''}${hintEn}${succName ? ` (now part of ${succName})` : ''}`,
      'unknown',
      all,
    )
  }
  // one candidate per id (the current record of a unit that kept its name)
  const candidates = [...ids].map((id) => {
    const same = matches.filter((u) => u.id === id)
    return same.find((u) => u.eras.includes('current')) ?? same[0]!
  })
  return provinceFailure(
    `Tên "${name}" không rõ, có thể là: ${candidates.map((u) => describe(u, 'vi')).join('; ')} — hãy ghi đủ tên`,
    `Ambiguous province "${name}": could be ${candidates.map((u) => describe(u, 'en')).join('; ')} — write the full name`,
    'ambiguous',
    candidates,
  )
}

/**
 * Find a province or centrally-run city by name, id or alias (as
 * {@link safeResolveProvince} does) and return the unit, or throw a
 * `RangeError` that says why — unknown, or ambiguous with every candidate
 * named (a `TypeError` for a name that is not a string). The error carries
 * the refusal's `code`.
 *
 * @throws RangeError for an empty, unknown or ambiguous name, or bad options.
 * @throws TypeError for a name that is not a string.
 *
 * @example
 * ```ts
 * import { resolveProvince } from 'hanhchinh/rankings'
 * resolveProvince('BRVT') //=> { id: 'ba-ria-vung-tau', officialName: 'Tỉnh Bà Rịa - Vũng Tàu' }
 * resolveProvince('quang ninh').eras //=> ['pre-2025', 'current']
 * resolveProvince('TT-Huế').officialName //=> 'Thành phố Huế'
 * resolveProvince('Thua Thien Hue').id //=> 'hue'
 * resolveProvince('Hưng Yên') //=> { id: 'hung-yen', merged: true, predecessors: ['hung-yen', 'thai-binh'] }
 * resolveProvince('Hưng Yên', { era: 'pre-2025' }) //=> { id: 'hung-yen', successor: 'hung-yen' }
 * resolveProvince('tp hcm', { era: 'current' }).predecessors //=> ['binh-duong', 'ba-ria-vung-tau', 'ho-chi-minh']
 * resolveProvince('Huế').formerNames //=> [{ name: 'Thừa Thiên Huế', validTo: '2024-12-31' }]
 * resolveProvince('BD') //=> throws RangeError: Ambiguous province "BD": could be Tỉnh Bình Định
 * resolveProvince('Atlantis') //=> throws RangeError: Unknown province "Atlantis"
 * resolveProvince('Huế', { eras: 'current' } as never) //=> throws RangeError: Unknown option "eras" of resolveProvince (did you mean "era"?
 * ```
 */
export function resolveProvince(name: string, options?: ProvinceOptions): ProvinceUnit {
  readProvinceOptions(options, 'resolveProvince')
  return parseOrThrow(safeResolveProvince(name, options), 'name', name)
}

/**
 * The former name of {@link resolveProvince}, which now returns the unit or
 * throws in the same way.
 *
 * @deprecated Use {@link resolveProvince}.
 *
 * @example
 * ```ts
 * import { getProvince } from 'hanhchinh/rankings'
 * getProvince('Thua Thien Hue').officialName //=> 'Thành phố Huế'
 * getProvince('BD') //=> throws RangeError: Ambiguous province "BD"
 * ```
 */
export function getProvince(name: string, options?: ProvinceOptions): ProvinceUnit {
  readProvinceOptions(options, 'getProvince')
  return parseOrThrow(safeResolveProvince(name, options), 'name', name)
}
