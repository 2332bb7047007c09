import { describeValue, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { accept, parseOrThrow, refuse, type ParseFailure, type ParseSuccess } from '../core/parse-result.js'
import {
  PRE_2025_PROVINCE_ROWS,
  PROVINCE_SUCCESSION_ROWS_2025,
  RESOLUTION_202_2025,
  UNCONFIRMED_ADMIN_CENTRES_2025,
} from './data/provinces-2025.js'
import { foldVietnamese, readProvinceOptions } from './text.js'

/**
 * Which set of provincial-level units a name refers to: the 63 units before
 * the 2025 arrangement (`'pre-2025'`, the units of every published index up to
 * the 2024 editions) or the 34 units from 1/7/2025 (`'current'`).
 *
 * @example
 * ```ts
 * import { provinces, type Era } from 'hanhchinh/rankings'
 * const era: Era = 'pre-2025'
 * provinces({ era }).length //=> 63
 * ```
 */
export type Era = 'pre-2025' | 'current'

/**
 * A provincial-level unit (tỉnh or thành phố trực thuộc trung ương). A unit
 * that was not reorganised in 2025 (e.g. Hà Nội, Quảng Ninh) is one record
 * valid in both eras; a merged unit that kept a predecessor's name (e.g. the
 * new Hưng Yên, which absorbed Thái Bình) is a different record from that
 * predecessor, with the same `id` in the other era.
 *
 * @example
 * ```ts
 * import { resolveProvince } from 'hanhchinh/rankings'
 * const hy = resolveProvince('Hưng Yên', { era: 'current' })
 * hy //=> { id: 'hung-yen', officialName: 'Tỉnh Hưng Yên', eras: ['current'], predecessors: ['thai-binh', 'hung-yen'], merged: true }
 * hy.adminCentreIn //=> 'hung-yen'
 * ```
 */
export interface ProvinceUnit {
  /** ASCII slug, unique within an era (`'thai-binh'`). */
  id: string
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
  /** Common spellings recognised by {@link resolveProvince} besides the name, official name and id. */
  aliases: readonly string[]
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

const TYPE_LABELS: Record<ProvinceUnit['type'], Label> = {
  tinh: { vi: 'tỉnh', en: 'province' },
  'thanh-pho': { vi: 'thành phố trực thuộc trung ương', en: 'centrally-run city' },
}

function officialNameOf(name: string, type: ProvinceUnit['type']): string {
  const bare = name.replace(/^TP\.\s*/, '')
  return type === 'thanh-pho' ? `Thành phố ${bare}` : `Tỉnh ${bare}`
}

function displayName(name: string): string {
  return name === 'Hồ Chí Minh' ? 'TP. Hồ Chí Minh' : name
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

interface Registry {
  units: ProvinceUnit[]
  byKey: Map<string, ProvinceUnit[]>
  byEra: Record<Era, ProvinceUnit[]>
}

let registry: Registry | undefined

/** Initials of a short name, as offices abbreviate them: "Bà Rịa - Vũng Tàu" → "brvt". */
function initialsOf(name: string): string | undefined {
  const words = foldVietnamese(name.replace(/^TP\.\s*/, '')).replace(/[^a-z0-9]+/g, ' ').trim().split(' ')
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined
}

function buildRegistry(): Registry {
  const units: ProvinceUnit[] = []
  const current = new Map(PROVINCE_SUCCESSION_ROWS_2025.map((r) => [r[0], r] as const))
  const successorOf = new Map<string, string>()
  for (const r of PROVINCE_SUCCESSION_ROWS_2025) for (const p of r[3]) successorOf.set(p, r[0])
  const spanning = new Set<string>()
  for (const [id, name, type, aliases] of PRE_2025_PROVINCE_ROWS) {
    const succ = successorOf.get(id)!
    const c = current.get(succ)!
    const unchanged = c[3].length === 1 && succ === id
    if (unchanged) spanning.add(id)
    const unit: ProvinceUnit = {
      id,
      name: displayName(name),
      officialName: officialNameOf(name, type),
      type,
      typeLabel: TYPE_LABELS[type],
      eras: unchanged ? ['pre-2025', 'current'] : ['pre-2025'],
      aliases,
      successor: succ,
    }
    if (unchanged) {
      unit.predecessors = [id]
      unit.adminCentreIn = id
      unit.merged = false
      unit.basis = RESOLUTION_202_2025
    }
    if (id === 'hue') {
      unit.unconfirmed =
        'Listed as "Huế (Thừa Thiên Huế)" in the source list of the 2025 arrangement: the former Tỉnh Thừa Thiên Huế ' +
        'had become Thành phố Huế before 1/7/2025; the instrument and date of that change are not in the cited data. ' +
        'Index editions up to 2024 name it "Thừa Thiên Huế", which resolves here as an alias.'
    }
    units.push(unit)
  }
  for (const [id, name, type, predecessors, adminCentreIn, aliases] of PROVINCE_SUCCESSION_ROWS_2025) {
    if (spanning.has(id)) continue
    const unit: ProvinceUnit = {
      id,
      name: displayName(name),
      officialName: officialNameOf(name, type),
      type,
      typeLabel: TYPE_LABELS[type],
      eras: ['current'],
      aliases,
      predecessors,
      adminCentreIn,
      merged: predecessors.length > 1,
      basis: RESOLUTION_202_2025,
    }
    const why = UNCONFIRMED_ADMIN_CENTRES_2025[id]
    if (why) unit.unconfirmed = why
    units.push(unit)
  }
  for (const u of units) {
    Object.freeze(u.aliases)
    Object.freeze(u.eras)
    if (u.predecessors) Object.freeze(u.predecessors)
    Object.freeze(u)
  }
  const byKey = new Map<string, ProvinceUnit[]>()
  const add = (k: string, u: ProvinceUnit): void => {
    const list = byKey.get(k) ?? []
    if (!list.includes(u)) list.push(u)
    byKey.set(k, list)
  }
  for (const u of units) {
    for (const k of new Set([u.id, u.name, u.officialName, ...u.aliases].map(provinceKey))) add(k, u)
  }
  // initials ("QN", "BD", "ĐN") only where they are not already a name key;
  // several units share some of them, which resolveProvince reports as ambiguous
  const initials = new Map<string, ProvinceUnit[]>()
  for (const u of units) {
    const i = initialsOf(u.name)
    if (i === undefined) continue
    const list = initials.get(i) ?? []
    list.push(u)
    initials.set(i, list)
  }
  for (const [k, list] of initials) if (!byKey.has(k)) for (const u of list) add(k, u)
  const byEra: Record<Era, ProvinceUnit[]> = {
    'pre-2025': units.filter((u) => u.eras.includes('pre-2025')),
    current: PROVINCE_SUCCESSION_ROWS_2025.map((r) => units.find((u) => u.id === r[0] && u.eras.includes('current'))!),
  }
  return { units, byKey, byEra }
}

function getRegistry(): Registry {
  registry ??= buildRegistry()
  return registry
}

/**
 * The provincial-level units of an era (63 before the 2025 arrangement, 34
 * after), or every record of both eras (86: the 11 unchanged units are one record
 * each) when no era is given. Units are frozen.
 *
 * @example
 * ```ts
 * import { provinces } from 'hanhchinh/rankings'
 * provinces({ era: 'current' }).length //=> 34
 * provinces({ era: 'current' }).filter((u) => u.type === 'thanh-pho').map((u) => u.name)
 * //=> ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ']
 * provinces().length //=> 86
 * ```
 */
export function provinces(options?: ProvinceOptions): readonly ProvinceUnit[] {
  const era = readProvinceOptions(options, 'provinces')
  const r = getRegistry()
  return era ? r.byEra[era] : r.units
}

/**
 * Options of {@link resolveProvince}, {@link safeResolveProvince},
 * {@link provinces} and {@link provinceName}.
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
 * resolveProvince('Hưng Yên') //=> { id: 'hung-yen', merged: true, predecessors: ['thai-binh', 'hung-yen'] }
 * resolveProvince('Hưng Yên', { era: 'pre-2025' }) //=> { id: 'hung-yen', successor: 'hung-yen' }
 * resolveProvince('tp hcm', { era: 'current' }).predecessors //=> ['ba-ria-vung-tau', 'binh-duong', 'ho-chi-minh']
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
