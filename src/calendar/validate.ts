// Validation of the calendar's own inputs without zod (the working-day
// functions must not pull zod into a bundle): a legal basis and an announced
// schedule, with the same rules as LegalBasisSchema and AnnouncedScheduleSchema
// (tests/calendar/validate.test.ts checks both agree). Internal module.
import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate, type IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import type { AnnouncedSchedule, HolidayOccasion } from './schema.js'

/** The ids of the holiday occasions, shared with `HolidayOccasionSchema`. @internal */
export const HOLIDAY_OCCASION_IDS = [
  'tet-duong-lich',
  'tet-am-lich',
  'gio-to-hung-vuong',
  'ngay-chien-thang',
  'quoc-te-lao-dong',
  'quoc-khanh',
  'other',
] as const

const OCCASIONS: ReadonlySet<HolidayOccasion> = new Set<HolidayOccasion>(HOLIDAY_OCCASION_IDS)

const BASIS_TEXT_KEYS = ['title', 'article', 'clause', 'point', 'unconfirmed', 'note'] as const
const BASIS_DATE_KEYS = ['effectiveFrom', 'effectiveTo', 'issued'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function refuseUnknownKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw invalidArgument(`${where}.${key}`, o[key], `no other keys than ${allowed.join(', ')}`)
  }
}

function nonEmptyText(value: unknown, where: string): string {
  if (typeof value !== 'string') throw wrongType(where, value, 'a non-empty string')
  if (value === '') throw invalidArgument(where, value, 'a non-empty string')
  return value
}

function isoDate(value: unknown, where: string): IsoDate {
  if (typeof value !== 'string') throw wrongType(where, value, 'an ISO date YYYY-MM-DD')
  if (!isIsoDate(value)) throw invalidArgument(where, value, 'an ISO date YYYY-MM-DD that exists')
  return value
}

/**
 * Read a legal basis `{ instrument, title?, article?, clause?, point?,
 * effectiveFrom?, effectiveTo?, issued?, unconfirmed?, note? }` (as
 * LegalBasisSchema: other keys are dropped). Throws naming `where`. @internal
 */
export function readLegalBasis(value: unknown, where: string): LegalBasis {
  if (!isRecord(value)) throw wrongType(where, value, 'a LegalBasis { instrument, article?, clause?, ... }')
  const out: LegalBasis = { instrument: nonEmptyText(value.instrument, `${where}.instrument`) }
  for (const key of BASIS_TEXT_KEYS) if (value[key] !== undefined) out[key] = nonEmptyText(value[key], `${where}.${key}`)
  for (const key of BASIS_DATE_KEYS) if (value[key] !== undefined) out[key] = isoDate(value[key], `${where}.${key}`)
  return out
}

function readBases(value: unknown, where: string): LegalBasis[] {
  if (!Array.isArray(value)) throw wrongType(where, value, 'an array of at least one LegalBasis')
  if (value.length === 0) throw invalidArgument(where, value, 'at least one LegalBasis')
  return value.map((b: unknown, i) => readLegalBasis(b, `${where}[${i}]`))
}

function readDecision(value: unknown, where: string): { days: IsoDate[]; basis: LegalBasis[] } | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value)) throw wrongType(where, value, 'a decision { days, basis }')
  refuseUnknownKeys(value, ['days', 'basis'], where)
  const days = value.days
  if (!Array.isArray(days)) throw wrongType(`${where}.days`, days, 'an array of at least one ISO date')
  if (days.length === 0) throw invalidArgument(`${where}.days`, days, 'at least one ISO date')
  return { days: days.map((d: unknown, i) => isoDate(d, `${where}.days[${i}]`)), basis: readBases(value.basis, `${where}.basis`) }
}

const SCHEDULE_KEYS = ['year', 'tet', 'nationalDayAdjacent', 'hungKings', 'swaps', 'basis', 'unconfirmed', 'note']

/**
 * Read an announced schedule (as AnnouncedScheduleSchema: unknown keys
 * refused at every level, `swaps` defaults to `[]`). Throws naming `where`
 * and the field. @internal
 */
export function readAnnouncedSchedule(value: unknown, where: string): AnnouncedSchedule {
  if (!isRecord(value)) throw wrongType(where, value, 'an announced schedule { year, basis, tet?, hungKings?, nationalDayAdjacent?, swaps? }')
  refuseUnknownKeys(value, SCHEDULE_KEYS, where)
  const year = value.year
  if (typeof year !== 'number') throw wrongType(`${where}.year`, year, 'an integer year 1900..2199')
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw invalidArgument(`${where}.year`, year, 'an integer year 1900..2199')
  const out: AnnouncedSchedule = { year, swaps: [], basis: readBases(value.basis, `${where}.basis`) }
  const tet = readDecision(value.tet, `${where}.tet`)
  if (tet) out.tet = tet
  const adjacent = readDecision(value.nationalDayAdjacent, `${where}.nationalDayAdjacent`)
  if (adjacent) out.nationalDayAdjacent = adjacent
  const hung = readDecision(value.hungKings, `${where}.hungKings`)
  if (hung) out.hungKings = hung
  if (value.swaps !== undefined) {
    if (!Array.isArray(value.swaps)) throw wrongType(`${where}.swaps`, value.swaps, 'an array of swaps { off, work, occasion, basis }')
    out.swaps = value.swaps.map((w: unknown, i) => {
      const at = `${where}.swaps[${i}]`
      if (!isRecord(w)) throw wrongType(at, w, 'a swap { off, work, occasion, basis }')
      refuseUnknownKeys(w, ['off', 'work', 'occasion', 'basis'], at)
      const occasion = w.occasion
      if (typeof occasion !== 'string' || !OCCASIONS.has(occasion as HolidayOccasion)) {
        throw invalidArgument(`${at}.occasion`, occasion, `one of ${[...OCCASIONS].join(', ')}`)
      }
      return { off: isoDate(w.off, `${at}.off`), work: isoDate(w.work, `${at}.work`), occasion: occasion as HolidayOccasion, basis: readBases(w.basis, `${at}.basis`) }
    })
  }
  if (value.unconfirmed !== undefined) out.unconfirmed = nonEmptyText(value.unconfirmed, `${where}.unconfirmed`)
  if (value.note !== undefined) out.note = nonEmptyText(value.note, `${where}.note`)
  return out
}
