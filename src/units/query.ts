// Shared pieces of the public functions: asOf and coverage, the province
// filter, the name search. Internal to hanhchinh/units (not exported).
import { readAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { refuse, type ParseFailure } from '../core/parse-result.js'
import {
  COMMUNES_COVERED_FROM,
  PROVINCES_COVERED_FROM,
  getRegistry,
  inForce,
  periodOf,
  periodOfDate,
  type Period,
} from './load.js'
import type { AdministrativeUnit, ProvinceInput, UnitLevel } from './schema.js'
import { exactKey, provinceKey, readings } from './text.js'


/** Read an optional asOf; check that the data covers it for the level asked. */
export function readCoveredDate(asOf: AsOf | undefined, level: UnitLevel, where: string): string | undefined {
  if (asOf === undefined) return undefined
  const date = readAsOf(asOf, 'options.asOf').date
  checkCoverage(date, level, where)
  return date
}

export function checkCoverage(date: string, level: UnitLevel, where: string): void {
  const from = level === 'province' ? PROVINCES_COVERED_FROM : COMMUNES_COVERED_FROM
  if (date >= from) return
  const what =
    level === 'province'
      ? 'provinces from 01/08/2008 (the 63 provinces after Hà Tây joined Hà Nội)'
      : 'districts and communes from 01/03/2025 (the GSO list of that date; earlier rearrangements are not in the data)'
  throw new RangeError(`${where}: no data for ${date}: hanhchinh/units covers ${what}`)
}

/** Every province record matching a name, code or record, any period. */
export function provinceRecords(input: ProvinceInput, argument = 'options.province'): readonly AdministrativeUnit[] {
  const reg = getRegistry()
  if (typeof input === 'object' && input !== null) {
    if (input.level !== 'province' || typeof input.code !== 'string') {
      throw wrongType(argument, input, 'a province name, a 2-digit province code or a province record')
    }
    return (reg.byCode.get(input.code) ?? []).filter((u) => u.level === 'province' && periodOf(u) === periodOf(input))
  }
  if (typeof input !== 'string') throw wrongType(argument, input, 'a province name, a 2-digit province code or a province record')
  const text = input.trim()
  if (/^\d{2}$/.test(text)) return (reg.byCode.get(text) ?? []).filter((u) => u.level === 'province')
  return reg.byProvinceKey.get(provinceKey(text)) ?? []
}

/** The province codes a filter selects in each period, or a refusal when it selects none in the periods asked. */
export function provinceFilter(
  input: ProvinceInput | undefined,
  periods: readonly Period[],
): { ok: true; codes: Record<Period, ReadonlySet<string>> | undefined } | ParseFailure {
  if (input === undefined) return { ok: true, codes: undefined }
  const records = provinceRecords(input)
  const codes: Record<Period, Set<string>> = { before: new Set(), after: new Set() }
  for (const p of records) codes[periodOf(p)].add(p.code)
  if (periods.some((p) => codes[p].size > 0)) return { ok: true, codes }
  const name = typeof input === 'string' ? input : input.name
  if (records.length === 0) {
    return refuse(`Không có tỉnh, thành phố "${name}"`, `Unknown province "${name}"`, 'unknown-province')
  }
  const reg = getRegistry()
  const succ = records.flatMap((p) => reg.successors.get(p) ?? []).map((s) => s.to.name)
  const when = periods.includes('after') ? { vi: 'từ 01/07/2025', en: 'from 01/07/2025' } : { vi: 'trước 01/07/2025', en: 'before 01/07/2025' }
  const now = succ.length ? { vi: ` (nay thuộc ${succ.join(', ')})`, en: ` (now part of ${succ.join(', ')})` } : { vi: '', en: '' }
  return refuse(
    `"${name}" không phải là tỉnh, thành phố ${when.vi}${now.vi}`,
    `"${name}" is not a province ${when.en}${now.en}`,
    'unknown-province',
  )
}

/** Throw the refusal of a province filter as the RangeError of a list function. */
export function provinceOrThrow(
  result: ReturnType<typeof provinceFilter>,
  input: unknown,
  where: string,
): Record<Period, ReadonlySet<string>> | undefined {
  if (result.ok) return result.codes
  throw invalidArgument(`options.province of ${where}`, input, `a province in force in the period asked — ${result.reason.en}`)
}

/** Describe a unit for a message: name, code, district and province, period. */
export function describeUnit(u: AdministrativeUnit, language: 'vi' | 'en'): string {
  const reg = getRegistry()
  const period = periodOf(u)
  const province = period === 'after' ? reg.provinceAfter.get(u.provinceCode) : reg.provinceBefore.get(u.provinceCode)
  const district = u.districtCode === undefined ? undefined : reg.byCode.get(u.districtCode)?.[0]
  const where = [u.code, district?.name, u.level === 'province' ? undefined : province?.name].filter(Boolean).join(', ')
  const when =
    period === 'after'
      ? language === 'vi' ? 'từ 01/07/2025' : 'from 01/07/2025'
      : language === 'vi' ? `đến ${formatDay(u.validTo!)}` : `until ${formatDay(u.validTo!)}`
  return `${u.name} (${where}, ${when})`
}

function formatDay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
}

export interface SearchRequest {
  levels: ReadonlySet<UnitLevel>
  /** Periods in order of preference: the first one with a match answers. */
  periods: readonly Period[]
  date: string | undefined
  provinces: Record<Period, ReadonlySet<string>> | undefined
}

/** Units whose name matches the text, in the first period of the request that has any. */
export function searchUnits(text: string, request: SearchRequest): readonly AdministrativeUnit[] {
  const reg = getRegistry()
  const found: AdministrativeUnit[] = []
  for (const r of readings(text)) {
    for (const u of reg.byName.get(r.key) ?? []) {
      if (r.kinds && !r.kinds.includes(u.kind)) continue
      if (!request.levels.has(u.level) || found.includes(u)) continue
      found.push(u)
    }
  }
  for (const period of request.periods) {
    const codes = request.provinces?.[period]
    const list = found.filter(
      (u) =>
        periodOf(u) === period &&
        (request.date === undefined || inForce(u, request.date)) &&
        (codes === undefined || codes.has(u.provinceCode)),
    )
    if (list.length > 1) {
      // an exact (accent-sensitive) match of one of them decides
      const typed = exactKey(text)
      const exact = list.filter((u) => exactKey(u.name) === typed || exactKey(u.shortName) === typed)
      if (exact.length === 1) return exact
    }
    if (list.length) return list
  }
  return []
}

/** The same search in every period and province, for the hint of a refusal. */
export function searchAnywhere(text: string, levels: ReadonlySet<UnitLevel>): readonly AdministrativeUnit[] {
  return [
    ...searchUnits(text, { levels, periods: ['after'], date: undefined, provinces: undefined }),
    ...searchUnits(text, { levels, periods: ['before'], date: undefined, provinces: undefined }),
  ]
}

/** Periods to search for an asOf date, or both (newest first) without one. */
export function periodsFor(date: string | undefined): readonly Period[] {
  return date === undefined ? ['after', 'before'] : [periodOfDate(date)]
}

export function listNames(units: readonly AdministrativeUnit[], language: 'vi' | 'en', max = 8): string {
  const shown = units.slice(0, max).map((u) => describeUnit(u, language))
  const more = units.length - shown.length
  if (more > 0) shown.push(language === 'vi' ? `và ${more} đơn vị khác` : `and ${more} more`)
  return shown.join('; ')
}
