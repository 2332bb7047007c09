// The registry of units, parsed from the packed data modules on first use and
// kept for the life of the process. Internal to hanhchinh/units (not exported).
import type { IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { COMMUNES_2025 } from './data/communes-2025.js'
import { PROVINCES_2024, PROVINCES_2025 } from './data/provinces.js'
import { SUCCESSION_2025 } from './data/succession-2025.js'
import { UNITS_2024 } from './data/units-2024.js'
import { UNITS_LEGAL_BASES, communeResolution2025 } from './basis.js'
import {
  SUCCESSION_CHANGE_LABELS,
  type AdministrativeUnit,
  type SuccessionChange,
  type UnitKind,
  type UnitSuccession,
} from './schema.js'
import { provinceKey, unitKey } from './text.js'

/** First day of the two-level local government. */
export const FIRST_DAY_AFTER = '2025-07-01' as IsoDate
/** Last day of the three-level local government. */
export const LAST_DAY_BEFORE = '2025-06-30' as IsoDate
/** Earliest date the district and commune data answers for (the GSO list of 01/03/2025). */
export const COMMUNES_COVERED_FROM = '2025-03-01'
/** Earliest date the province data answers for (63 provinces from 01/08/2008). */
export const PROVINCES_COVERED_FROM = '2008-08-01'

/** `'before'`: in force on 30/06/2025 (or earlier); `'after'`: from 01/07/2025. */
export type Period = 'before' | 'after'

export interface Registry {
  /** The province of each code on 30/06/2025. */
  provinceBefore: ReadonlyMap<string, AdministrativeUnit>
  /** The province of each code from 01/07/2025. */
  provinceAfter: ReadonlyMap<string, AdministrativeUnit>
  /** Every province record, oldest first (Tỉnh Thừa Thiên Huế, the 63 of 30/06/2025, the 34). */
  provinces: readonly AdministrativeUnit[]
  provincesBefore: readonly AdministrativeUnit[]
  provincesAfter: readonly AdministrativeUnit[]
  districts: readonly AdministrativeUnit[]
  communesBefore: readonly AdministrativeUnit[]
  communesAfter: readonly AdministrativeUnit[]
  /** Unit records by code, oldest first. */
  byCode: ReadonlyMap<string, readonly AdministrativeUnit[]>
  /** Successions from each old unit (districts' are the union of their communes'); built on first use. */
  readonly successors: ReadonlyMap<AdministrativeUnit, readonly UnitSuccession[]>
  /** Predecessors of each unit: old communes (and the 5 communeless districts), old provinces; built on first use. */
  readonly predecessors: ReadonlyMap<AdministrativeUnit, readonly UnitSuccession[]>
  /** Units by the key of their short name (and name variants): provinces, districts, communes; built on first use. */
  readonly byName: ReadonlyMap<string, readonly AdministrativeUnit[]>
  /** Province records by the compact key of their names and common aliases; built on first use. */
  readonly byProvinceKey: ReadonlyMap<string, readonly AdministrativeUnit[]>
}

/** The period a record belongs to. */
export function periodOf(unit: AdministrativeUnit): Period {
  return unit.validTo === undefined ? 'after' : 'before'
}

/** The period of a civil date. */
export function periodOfDate(date: string): Period {
  return date >= FIRST_DAY_AFTER ? 'after' : 'before'
}

/** Whether a record is in force on a civil date. */
export function inForce(unit: AdministrativeUnit, date: string): boolean {
  return (unit.validFrom === undefined || unit.validFrom <= date) && (unit.validTo === undefined || date <= unit.validTo)
}

let registry: Registry | undefined

/** The registry, built once on first use. */
export function getRegistry(): Registry {
  registry ??= build()
  return registry
}

const COMMUNE_KIND: Record<string, UnitKind> = { x: 'xa', p: 'phuong', t: 'thi-tran', d: 'dac-khu' }
const DISTRICT_KIND: Record<string, UnitKind> = { h: 'huyen', q: 'quan', s: 'thi-xa', c: 'thanh-pho' }
const PROVINCE_KIND: Record<string, UnitKind> = { t: 'tinh', c: 'thanh-pho-truc-thuoc-trung-uong' }
const PREFIX: Record<UnitKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  'dac-khu': 'Đặc khu',
  'thi-tran': 'Thị trấn',
  huyen: 'Huyện',
  quan: 'Quận',
  'thi-xa': 'Thị xã',
  'thanh-pho': 'Thành phố',
  tinh: 'Tỉnh',
  'thanh-pho-truc-thuoc-trung-uong': 'Thành phố',
}
const PART: Record<string, SuccessionChange> = {
  a: 'whole',
  b: 'unchanged',
  c: 'renamed',
  d: 'reclassified',
  e: 'whole-area',
  f: 'part',
  g: 'part-area',
  h: 'part-area-whole-population',
  i: 'part-population',
}
/** Common names of provinces that are not their short names (compact keys are added). */
const PROVINCE_ALIASES: Record<string, readonly string[]> = {
  '46': ['TT Huế', 'TT-Huế', 'TTH'],
  '79': ['HCM', 'TPHCM', 'TP.HCM', 'Sài Gòn'],
  '77': ['BRVT'],
}
const IA_MO =
  'Code 23938 (the old code of Xã Ia Mơ, kept "Giữ nguyên" by the NSO conversion table); the list of Công văn ' +
  '1027/CTK-CSCL gives 23737, the old code of Xã Ia Mơ Nông. A correction to 23938 is reported by a third party but was not seen.'
const UNCLEAR_SUCCESSION =
  'The NSO conversion table (followed here) and the dvhcvn/20250701 mapping disagree for this old unit, and the ' +
  "resolution's clauses did not settle it."

function freezeUnit(u: AdministrativeUnit): AdministrativeUnit {
  return Object.freeze(u)
}

function unit(
  code: string,
  shortName: string,
  kind: UnitKind,
  level: AdministrativeUnit['level'],
  provinceCode: string,
  extra: {
    districtCode?: string
    validFrom?: IsoDate
    validTo?: IsoDate
    basis: readonly LegalBasis[]
    unconfirmed?: string
  },
): AdministrativeUnit {
  const u: { -readonly [K in keyof AdministrativeUnit]: AdministrativeUnit[K] } = {
    code,
    name: `${PREFIX[kind]} ${shortName}`,
    shortName,
    kind,
    level,
    provinceCode,
    basis: extra.basis,
  }
  if (extra.districtCode !== undefined) u.districtCode = extra.districtCode
  if (extra.validFrom !== undefined) u.validFrom = extra.validFrom
  if (extra.validTo !== undefined) u.validTo = extra.validTo
  if (extra.unconfirmed !== undefined) u.unconfirmed = extra.unconfirmed
  return freezeUnit(u)
}

function link(
  from: AdministrativeUnit,
  to: AdministrativeUnit,
  change: SuccessionChange,
  whole: boolean,
  basis: readonly LegalBasis[],
  unconfirmed?: string,
): UnitSuccession {
  const s: { -readonly [K in keyof UnitSuccession]: UnitSuccession[K] } = {
    from,
    to,
    part: whole ? 'whole' : 'part',
    change,
    changeLabel: SUCCESSION_CHANGE_LABELS[change],
    basis,
  }
  if (whole) s.share = 1
  if (unconfirmed !== undefined) s.unconfirmed = unconfirmed
  return Object.freeze(s)
}

function readDelta(line: string, space: number): number {
  const text = line.slice(1, space)
  return text.startsWith('-') ? -parseInt(text.slice(1), 36) : parseInt(text, 36)
}

interface Stage1 {
  provinceBefore: Map<string, AdministrativeUnit>
  provinceAfter: Map<string, AdministrativeUnit>
  thuaThienHue: AdministrativeUnit
  provincesBefore: AdministrativeUnit[]
  provincesAfter: AdministrativeUnit[]
  districts: AdministrativeUnit[]
  communesBefore: AdministrativeUnit[]
  communesAfter: AdministrativeUnit[]
  /** The UNITS_2024 line of each district or commune, in SUCCESSION_2025 order. */
  oldUnits: AdministrativeUnit[]
  variants: Map<AdministrativeUnit, string[]>
  successorCodes: Map<string, string>
  resolutionOf: Map<string, readonly LegalBasis[]>
}

function build(): Registry {
  const s = parseUnits()
  const provinces = Object.freeze([s.thuaThienHue, ...s.provincesBefore, ...s.provincesAfter])
  const byCode = new Map<string, AdministrativeUnit[]>()
  for (const list of [provinces, s.districts, s.communesBefore, s.communesAfter]) {
    for (const u of list) {
      const same = byCode.get(u.code)
      if (same) same.push(u)
      else byCode.set(u.code, [u])
    }
  }
  let links: ReturnType<typeof buildSuccessions> | undefined
  let names: ReturnType<typeof buildNames> | undefined
  let provinceKeys: ReturnType<typeof buildProvinceKeys> | undefined
  return {
    provinceBefore: s.provinceBefore,
    provinceAfter: s.provinceAfter,
    provinces,
    provincesBefore: Object.freeze(s.provincesBefore),
    provincesAfter: Object.freeze(s.provincesAfter),
    districts: Object.freeze(s.districts),
    communesBefore: Object.freeze(s.communesBefore),
    communesAfter: Object.freeze(s.communesAfter),
    byCode,
    get successors() {
      links ??= buildSuccessions(s)
      return links.successors
    },
    get predecessors() {
      links ??= buildSuccessions(s)
      return links.predecessors
    },
    get byName() {
      names ??= buildNames(s, provinces)
      return names
    },
    get byProvinceKey() {
      provinceKeys ??= buildProvinceKeys(provinces)
      return provinceKeys
    },
  }
}

function parseUnits(): Stage1 {
  const B = UNITS_LEGAL_BASES

  // provinces from 01/07/2025
  const provincesAfter: AdministrativeUnit[] = []
  const resolutionOf = new Map<string, readonly LegalBasis[]>()
  const provinceBasis = Object.freeze([B.provinces2025, B.codes2025])
  for (const line of PROVINCES_2025.split('\n')) {
    const [code, name, kind, resolution] = line.split('|') as [string, string, string, string]
    const u = unit(code, name, PROVINCE_KIND[kind]!, 'province', code, { validFrom: FIRST_DAY_AFTER, basis: provinceBasis })
    provincesAfter.push(u)
    resolutionOf.set(code, Object.freeze([communeResolution2025(resolution, u.name)]))
  }

  // provinces before, with the one change of name and kind the data covers (Huế)
  const provincesBefore: AdministrativeUnit[] = []
  const successorCodes = new Map<string, string>()
  const oldProvinceBasis = Object.freeze([B.codes2004, B.provinces2025])
  let thuaThienHue: AdministrativeUnit | undefined
  for (const line of PROVINCES_2024.split('\n')) {
    const [code, name, kind, successor] = line.split('|') as [string, string, string, string]
    successorCodes.set(code, successor)
    const hue = code === '46'
    provincesBefore.push(
      unit(code, name, PROVINCE_KIND[kind]!, 'province', code, {
        ...(hue ? { validFrom: '2025-01-01' as IsoDate } : {}),
        validTo: LAST_DAY_BEFORE,
        basis: hue ? Object.freeze([B.hueCity2025, B.codes2004, B.provinces2025]) : oldProvinceBasis,
      }),
    )
    if (hue) thuaThienHue = unit(code, 'Thừa Thiên Huế', 'tinh', 'province', code, { validTo: '2024-12-31' as IsoDate, basis: Object.freeze([B.codes2004]) })
  }

  // commune-level units from 01/07/2025
  const communesAfter: AdministrativeUnit[] = []
  {
    let province = ''
    let code = 0
    let basis: readonly LegalBasis[] = []
    for (const line of COMMUNES_2025.split('\n')) {
      if (line.startsWith('#')) {
        province = line.slice(1)
        code = 0
        basis = Object.freeze([...resolutionOf.get(province)!, B.codes2025])
        continue
      }
      const space = line.indexOf(' ')
      code += readDelta(line, space)
      const c = String(code).padStart(5, '0')
      communesAfter.push(
        unit(c, line.slice(space + 1), COMMUNE_KIND[line[0]!]!, 'commune', province, {
          validFrom: FIRST_DAY_AFTER,
          basis,
          ...(c === '23938' ? { unconfirmed: IA_MO } : {}),
        }),
      )
    }
  }

  // districts and communes in force on 30/06/2025; a commune ends with the
  // resolution of the new province its whole old province went into
  const districts: AdministrativeUnit[] = []
  const communesBefore: AdministrativeUnit[] = []
  const oldUnits: AdministrativeUnit[] = []
  const variants = new Map<AdministrativeUnit, string[]>()
  const districtBasis = Object.freeze([B.codes2004, B.localGovernmentLaw2025])
  {
    let province = ''
    let basis: readonly LegalBasis[] = []
    let district: AdministrativeUnit | undefined
    let code = 0
    for (const line of UNITS_2024.split('\n')) {
      if (line.startsWith('#')) {
        province = line.slice(1)
        basis = Object.freeze([B.codes2004, ...resolutionOf.get(successorCodes.get(province)!)!])
        continue
      }
      if (line.startsWith('@')) {
        district = unit(line.slice(1, 4), line.slice(5), DISTRICT_KIND[line[4]!]!, 'district', province, {
          validTo: LAST_DAY_BEFORE,
          basis: districtBasis,
        })
        districts.push(district)
        oldUnits.push(district)
        continue
      }
      const space = line.indexOf(' ')
      code += readDelta(line, space)
      const bar = line.indexOf('|', space)
      const c = unit(String(code).padStart(5, '0'), line.slice(space + 1, bar < 0 ? undefined : bar), COMMUNE_KIND[line[0]!]!, 'commune', province, {
        districtCode: district!.code,
        validTo: LAST_DAY_BEFORE,
        basis,
      })
      communesBefore.push(c)
      oldUnits.push(c)
      if (bar >= 0) variants.set(c, line.slice(bar + 1).split('|'))
    }
  }
  return {
    provinceBefore: new Map(provincesBefore.map((p) => [p.code, p])),
    provinceAfter: new Map(provincesAfter.map((p) => [p.code, p])),
    thuaThienHue: thuaThienHue!,
    provincesBefore,
    provincesAfter,
    districts,
    communesBefore,
    communesAfter,
    oldUnits,
    variants,
    successorCodes,
    resolutionOf,
  }
}

function buildSuccessions(s: Stage1): {
  successors: Map<AdministrativeUnit, readonly UnitSuccession[]>
  predecessors: Map<AdministrativeUnit, readonly UnitSuccession[]>
} {
  const B = UNITS_LEGAL_BASES
  const successors = new Map<AdministrativeUnit, UnitSuccession[]>()
  const predecessors = new Map<AdministrativeUnit, UnitSuccession[]>()
  const addLink = (l: UnitSuccession, derived = false): void => {
    const out = successors.get(l.from)
    if (out) out.push(l)
    else successors.set(l.from, [l])
    if (derived) return
    const back = predecessors.get(l.to)
    if (back) back.push(l)
    else predecessors.set(l.to, [l])
  }
  // provinces
  addLink(link(s.thuaThienHue, s.provinceBefore.get('46')!, 'reclassified', true, Object.freeze([B.hueCity2025])))
  const merged = new Map<string, number>()
  for (const code of s.successorCodes.values()) merged.set(code, (merged.get(code) ?? 0) + 1)
  const provinceBasis = Object.freeze([B.provinces2025])
  for (const p of s.provincesBefore) {
    const to = s.provinceAfter.get(s.successorCodes.get(p.code)!)!
    addLink(link(p, to, merged.get(to.code) === 1 ? 'unchanged' : 'whole', true, provinceBasis))
  }
  // communes, and the five districts without communes that became special zones
  const lines = SUCCESSION_2025.split('\n')
  const lawBasis = new Map<string, readonly LegalBasis[]>()
  const withLaw = (code: string): readonly LegalBasis[] => {
    let b = lawBasis.get(code)
    if (!b) lawBasis.set(code, (b = Object.freeze([...s.resolutionOf.get(code)!, B.localGovernmentLaw2025])))
    return b
  }
  const communesOf = new Map<string, AdministrativeUnit[]>()
  s.oldUnits.forEach((u, i) => {
    const entries = lines[i] ?? ''
    if (u.level === 'commune') {
      const list = communesOf.get(u.districtCode!)
      if (list) list.push(u)
      else communesOf.set(u.districtCode!, [u])
    }
    if (entries === '') return
    for (const t of parseEntries(entries, s.communesAfter)) {
      const basis = u.level === 'district' ? withLaw(t.to.provinceCode) : s.resolutionOf.get(t.to.provinceCode)!
      addLink(link(u, t.to, t.change, t.whole, basis, t.unclear ? UNCLEAR_SUCCESSION : undefined))
    }
  })
  // other districts: the union of their communes' successors (not indexed as predecessors)
  for (const d of s.districts) {
    const cs = communesOf.get(d.code)
    if (!cs) continue
    const allWhole = new Map<AdministrativeUnit, boolean>()
    for (const c of cs) {
      for (const l of successors.get(c)!) allWhole.set(l.to, (allWhole.get(l.to) ?? true) && l.part === 'whole')
    }
    const targets = [...allWhole.keys()]
    const whole = targets.length === 1 && allWhole.get(targets[0]!) === true
    for (const to of targets) addLink(link(d, to, whole ? 'whole' : 'part', whole, withLaw(to.provinceCode)), true)
  }
  for (const m of [successors, predecessors]) for (const list of m.values()) Object.freeze(list)
  return { successors, predecessors }
}

function buildNames(
  s: Stage1,
  provinces: readonly AdministrativeUnit[],
): Map<string, readonly AdministrativeUnit[]> {
  const byName = new Map<string, AdministrativeUnit[]>()
  const addName = (key: string, u: AdministrativeUnit): void => {
    const list = byName.get(key)
    if (!list) byName.set(key, [u])
    else if (!list.includes(u)) list.push(u)
  }
  for (const list of [provinces, s.districts, s.communesBefore, s.communesAfter]) {
    for (const u of list) addName(unitKey(u.shortName), u)
  }
  for (const [u, names] of s.variants) {
    const prefix = `${unitKey(PREFIX[u.kind])} `
    for (const n of names) {
      const key = unitKey(n)
      addName(key.startsWith(prefix) ? key.slice(prefix.length) : key, u)
    }
  }
  return byName
}

function buildProvinceKeys(provinces: readonly AdministrativeUnit[]): Map<string, readonly AdministrativeUnit[]> {
  const byProvinceKey = new Map<string, AdministrativeUnit[]>()
  for (const p of provinces) {
    for (const n of [p.shortName, ...(PROVINCE_ALIASES[p.code] ?? [])]) {
      const key = provinceKey(n)
      const list = byProvinceKey.get(key)
      if (!list) byProvinceKey.set(key, [p])
      else if (!list.includes(p)) list.push(p)
    }
  }
  return byProvinceKey
}

interface Target {
  to: AdministrativeUnit
  change: SuccessionChange
  whole: boolean
  unclear: boolean
}

function parseEntries(entries: string, communesAfter: readonly AdministrativeUnit[]): Target[] {
  const out: Target[] = []
  for (let e of entries.split(' ')) {
    let unclear = false
    if (e.endsWith('!')) e = e.slice(0, -1)
    else if (e.endsWith('?')) {
      unclear = true
      e = e.slice(0, -1)
    }
    // "s" can only be the share flag: part characters are a–i
    const whole = e.endsWith('s')
    if (whole) e = e.slice(0, -1)
    const change = PART[e[e.length - 1]!]!
    const to = communesAfter[parseInt(e.slice(0, -1), 36)]!
    out.push({ to, change, whole, unclear })
  }
  return out
}
