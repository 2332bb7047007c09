// The province registry of rankings, built on first use from the records of
// hanhchinh/units. Internal to rankings (not exported by the entry): only the
// province functions import it, so a bundle that uses `rank` alone does not
// carry the units data.
import type { Label } from '../core/label.js'
import { accentInsensitiveKey } from '../format/text.js'
import { provinces as unitProvinces, successorOf, type AdministrativeUnit } from '../units/index.js'
import {
  ADMIN_CENTRES_2025,
  PROVINCE_ALIASES,
  RESOLUTION_202_2025,
  UNCONFIRMED_ADMIN_CENTRES_2025,
} from './data/provinces-2025.js'
import { provinceKey, type Era, type FormerProvinceName, type ProvinceUnit } from './provinces.js'
import { foldVietnamese } from './text.js'

const TYPE_LABELS: Record<ProvinceUnit['type'], Label> = {
  tinh: { vi: 'tỉnh', en: 'province' },
  'thanh-pho': { vi: 'thành phố trực thuộc trung ương', en: 'centrally-run city' },
}

/** Short name as ranking tables print it (`'TP. Hồ Chí Minh'`). Internal. */
export function displayName(shortName: string): string {
  return shortName === 'Hồ Chí Minh' ? 'TP. Hồ Chí Minh' : shortName
}

/** The rankings id of a units record: its short name as an ASCII slug (`'Bà Rịa - Vũng Tàu'` → `'ba-ria-vung-tau'`). Internal. */
export function slugOf(u: AdministrativeUnit): string {
  return accentInsensitiveKey(u.shortName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** The rankings registry built from the units data. Internal to rankings. */
export interface Registry {
  units: ProvinceUnit[]
  byKey: Map<string, ProvinceUnit[]>
  byEra: Record<Era, ProvinceUnit[]>
  /** The units record behind each rankings record, by era (a spanning record has both). */
  recordOf: Map<ProvinceUnit, Partial<Record<Era, AdministrativeUnit>>>
  /** The rankings record of each units record of the two eras (former records map to their later record). */
  unitOf: Map<AdministrativeUnit, ProvinceUnit>
  /** First day of the current era (the 34 units' `validFrom`). */
  currentFrom: string
  /** Last day of the pre-2025 era (the 63 units' `validTo`). */
  previousTo: string
}

let registry: Registry | undefined

/** Initials of a short name, as offices abbreviate them: "Bà Rịa - Vũng Tàu" → "brvt". */
function initialsOf(name: string): string | undefined {
  const words = foldVietnamese(name.replace(/^TP\.\s*/, '')).replace(/[^a-z0-9]+/g, ' ').trim().split(' ')
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined
}

function typeOf(u: AdministrativeUnit): ProvinceUnit['type'] {
  return u.kind === 'tinh' ? 'tinh' : 'thanh-pho'
}

function buildRegistry(): Registry {
  const all = unitProvinces()
  const after = all.filter((u) => u.validTo === undefined)
  const previousTo = all.reduce((m, u) => (u.validTo !== undefined && u.validTo > m ? u.validTo : m), '')
  const before = all.filter((u) => u.validTo === previousTo)
  const former = all.filter((u) => u.validTo !== undefined && u.validTo < previousTo)
  const currentFrom = after[0]!.validFrom!
  const recordOf = new Map<ProvinceUnit, Partial<Record<Era, AdministrativeUnit>>>()
  const unitOf = new Map<AdministrativeUnit, ProvinceUnit>()
  // former names: follow each earlier record to the pre-2025 record it became
  const formerOf = new Map<AdministrativeUnit, FormerProvinceName[]>()
  for (const f of former) {
    let u: AdministrativeUnit | undefined = f
    while (u !== undefined && u.validTo !== undefined && u.validTo < previousTo) u = successorOf(u)[0]?.to
    if (u === undefined) continue
    const list = formerOf.get(u) ?? []
    list.push({ name: displayName(f.shortName), officialName: f.name, code: f.code, validTo: f.validTo! })
    formerOf.set(u, list)
  }
  const succ = new Map<AdministrativeUnit, { to: AdministrativeUnit; unchanged: boolean }>()
  const predecessorsOf = new Map<AdministrativeUnit, AdministrativeUnit[]>()
  for (const b of before) {
    const links = successorOf(b)
    if (links.length !== 1) throw new Error(`hanhchinh: province ${b.name} has ${links.length} successors`)
    const to = links[0]!.to
    succ.set(b, { to, unchanged: links[0]!.change === 'unchanged' })
    const list = predecessorsOf.get(to) ?? []
    list.push(b)
    predecessorsOf.set(to, list)
  }
  const make = (u: AdministrativeUnit, eras: readonly Era[]): ProvinceUnit => {
    const id = slugOf(u)
    const formerNames = formerOf.get(u)
    const aliases = [...(PROVINCE_ALIASES[id] ?? [])]
    for (const f of formerNames ?? []) if (!aliases.includes(f.name)) aliases.unshift(f.name)
    const unit: ProvinceUnit = {
      id,
      code: u.code,
      name: displayName(u.shortName),
      officialName: u.name,
      type: typeOf(u),
      typeLabel: TYPE_LABELS[typeOf(u)],
      eras,
      aliases,
    }
    if (formerNames) unit.formerNames = formerNames
    return unit
  }
  const units: ProvinceUnit[] = []
  const currentOf = new Map<AdministrativeUnit, ProvinceUnit>()
  const addCurrent = (unit: ProvinceUnit, a: AdministrativeUnit): void => {
    const preds = predecessorsOf.get(a) ?? []
    unit.predecessors = preds.map(slugOf)
    unit.merged = preds.length > 1
    const centre = ADMIN_CENTRES_2025[unit.id]
    if (centre !== undefined) unit.adminCentreIn = centre
    unit.basis = RESOLUTION_202_2025
    const why = UNCONFIRMED_ADMIN_CENTRES_2025[unit.id]
    if (why) unit.unconfirmed = why
    currentOf.set(a, unit)
    unitOf.set(a, unit)
  }
  for (const b of before) {
    const { to, unchanged } = succ.get(b)!
    const spanning = unchanged && to.code === b.code && slugOf(to) === slugOf(b)
    const unit = make(b, spanning ? ['pre-2025', 'current'] : ['pre-2025'])
    unit.successor = slugOf(to)
    if (spanning) addCurrent(unit, to)
    recordOf.set(unit, spanning ? { 'pre-2025': b, current: to } : { 'pre-2025': b })
    unitOf.set(b, unit)
    units.push(unit)
  }
  for (const a of after) {
    if (currentOf.has(a)) continue
    const unit = make(a, ['current'])
    addCurrent(unit, a)
    recordOf.set(unit, { current: a })
    units.push(unit)
  }
  for (const f of former) {
    let u: AdministrativeUnit | undefined = f
    while (u !== undefined && !unitOf.has(u)) u = successorOf(u)[0]?.to
    if (u !== undefined) unitOf.set(f, unitOf.get(u)!)
  }
  for (const u of units) {
    Object.freeze(u.aliases)
    Object.freeze(u.eras)
    if (u.predecessors) Object.freeze(u.predecessors)
    if (u.formerNames) {
      u.formerNames.forEach((f) => Object.freeze(f))
      Object.freeze(u.formerNames)
    }
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
    'pre-2025': before.map((b) => unitOf.get(b)!),
    current: after.map((a) => unitOf.get(a)!),
  }
  return { units, byKey, byEra, recordOf, unitOf, currentFrom, previousTo }
}

/** The registry, built from `hanhchinh/units` on first use. Internal to rankings. */
export function getRegistry(): Registry {
  registry ??= buildRegistry()
  return registry
}

