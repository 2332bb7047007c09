import { invalidArgument, wrongType } from '../core/errors.js'
import { readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { dayOfWeekOfDayNumber, fromDayNumber, isoDate, toDayNumber, toIsoDate, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { datedRule, valueOnDay } from '../core/dated.js'
import { holidayRegimes, type HolidayRegime, type HolidayRegimeId } from './data/regimes.js'
import { fromLunar } from './lunar/index.js'
import type { Holiday, HolidayOccasion } from './schema.js'

/**
 * First year the holiday and working-day functions support (the range of the lunar calendar).
 *
 * @example
 * ```ts
 * import { CALENDAR_MIN_YEAR } from 'hanhchinh/calendar'
 * CALENDAR_MIN_YEAR //=> 1900
 * ```
 */
export const CALENDAR_MIN_YEAR = 1900

/**
 * Last year the holiday and working-day functions support.
 *
 * @example
 * ```ts
 * import { CALENDAR_MAX_YEAR } from 'hanhchinh/calendar'
 * CALENDAR_MAX_YEAR //=> 2199
 * ```
 */
export const CALENDAR_MAX_YEAR = 2199

function checkYear(year: number, argument = 'year'): void {
  if (typeof year !== 'number') throw wrongType(argument, year, `an integer year from ${CALENDAR_MIN_YEAR} to ${CALENDAR_MAX_YEAR}`)
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw invalidArgument(argument, year, `an integer year from ${CALENDAR_MIN_YEAR} to ${CALENDAR_MAX_YEAR}`)
  }
}

/** The regimes as one dated rule, read by the core's lookup by date. */
const REGIME_RULE = datedRule(
  'holidayRegimes',
  holidayRegimes.map((r) => ({ from: r.from, ...(r.to === undefined ? {} : { to: r.to }), value: r, basis: [r.basis] })),
)

/**
 * The statutory-holiday regime in force on a day (an ISO date from
 * 1900-01-01 to 2199-12-31): the Labour Code 1994 as amended up to
 * 30/04/2013, the Labour Code 2012 from 01/05/2013 to 31/12/2020, the Labour
 * Code 2019 from 2021. Each holiday is judged by the regime of its own date.
 *
 * @example
 * ```ts
 * import { holidayRegimeAt } from 'hanhchinh/calendar'
 * holidayRegimeAt('2013-04-30').id //=> 'labour-code-1994'
 * holidayRegimeAt('2013-05-01').id //=> 'labour-code-2012'
 * holidayRegimeAt('2021-09-02').nationalDayDays //=> 2
 * holidayRegimeAt('2013-02-30') //=> throws RangeError: date
 * ```
 */
export function holidayRegimeAt(date: string): HolidayRegime {
  const day = toIsoDate(date, 'date')
  checkYear(Number(day.slice(0, 4)), 'date')
  const found = valueOnDay(REGIME_RULE, day)
  if (!found) throw invalidArgument('date', date, 'a day covered by a holiday regime')
  return found.value
}

/**
 * The statutory-holiday regime that governs the Tết of a calendar year (the
 * regime in force on mùng 1 tháng Giêng): the Labour Code 1994 as amended up
 * to 2013 (Tết 2013 was on 10/02, before the 2012 code took effect on
 * 01/05/2013), the Labour Code 2012 (Art 115) from 2014 to 2020, the Labour
 * Code 2019 (Art 112) from 2021. In every year but 2013 it governs all the
 * year's holidays; for a given day use {@link holidayRegimeAt}.
 *
 * @example
 * ```ts
 * import { holidayRegimeOf } from 'hanhchinh/calendar'
 * holidayRegimeOf(2020).id //=> 'labour-code-2012'
 * holidayRegimeOf(2013).tetDays //=> 4
 * holidayRegimeOf(2021).basis.instrument //=> '45/2019/QH14'
 * holidayRegimeOf(1899) //=> throws RangeError: year
 * ```
 */
export function holidayRegimeOf(year: number): HolidayRegime {
  checkYear(year)
  return holidayRegimeAt(fromDayNumber(tetDayNumber(year)))
}

function regimeById(id: HolidayRegimeId): HolidayRegime {
  const regime = holidayRegimes.find((r) => r.id === id)
  if (!regime) throw invalidArgument('options.regime', id, `one of ${holidayRegimes.map((r) => r.id).join(', ')}`)
  return regime
}

/** Day number of Tết (mùng 1 tháng Giêng) of a lunar year. */
function tetDayNumber(year: number): number {
  return toDayNumber(fromLunar({ year, month: 1, day: 1 }))
}

/**
 * The default choice of the Tết days for a year with no announced schedule:
 * as many days as the regime in force at Tết grants (5; 4 up to 2013, Labour
 * Code 1994 as amended), the last `daysBefore` of them before mùng 1 and the
 * rest from mùng 1. The default `daysBefore` is the regime's
 * (`defaultTetDaysBefore`): 2 under the 2012 and 2019 codes (the last day of
 * the year and the day before it, plus mùng 1–3) — what was chosen in 2020,
 * 2021, 2023, 2024 and 2025; 2022 and 2026 used 1 (the last day plus mùng
 * 1–4) — and 1 under the 1994 code (the last day plus mùng 1–3, as in 2013).
 * Provisional by nature: the real days are decided yearly (BLLĐ 2019 Art 112(3)).
 *
 * @param year - Gregorian year in which the lunar year starts
 * @param daysBefore - how many of the Tết days fall before mùng 1 (0 to the number of days)
 *
 * @example
 * ```ts
 * import { defaultTetDays } from 'hanhchinh/calendar'
 * defaultTetDays(2024) //=> ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12']
 * defaultTetDays(2026, 1)[0] //=> '2026-02-16'
 * defaultTetDays(2013) //=> ['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']
 * ```
 */
export function defaultTetDays(year: number, daysBefore?: number): IsoDate[] {
  checkYear(year)
  const tet = tetDayNumber(year)
  const regime = holidayRegimeAt(fromDayNumber(tet))
  const before = daysBefore ?? regime.defaultTetDaysBefore
  if (!Number.isInteger(before) || before < 0 || before > regime.tetDays) {
    throw invalidArgument('daysBefore', daysBefore, `an integer from 0 to ${regime.tetDays} (${regime.label.en} grants ${regime.tetDays} Tết days)`)
  }
  return Array.from({ length: regime.tetDays }, (_, i) => fromDayNumber(tet - before + i))
}

/**
 * The default Quốc khánh adjacent day for a year (Labour Code 2019) with no
 * announced schedule: 01/09, unless 01/09 is a Saturday or Sunday or 02/09 is
 * a Thursday — then 03/09. This rule [D] reproduces every announced choice
 * 2021–2026 (03/09, 01/09, 01/09, 03/09, 01/09, 01/09): it picks a weekday and joins the
 * break to a weekend when it can. Provisional by nature (Art 112(3): the
 * Prime Minister chooses the day before or after each year).
 *
 * @example
 * ```ts
 * import { defaultNationalDayAdjacent } from 'hanhchinh/calendar'
 * defaultNationalDayAdjacent(2024) //=> '2024-09-03'
 * defaultNationalDayAdjacent(2026) //=> '2026-09-01'
 * defaultNationalDayAdjacent(2027) //=> '2027-09-03'
 * ```
 */
export function defaultNationalDayAdjacent(year: number): IsoDate {
  checkYear(year)
  const sep2 = toDayNumber(isoDate(year, 9, 2))
  const dowSep1 = dayOfWeekOfDayNumber(sep2 - 1)
  const dowSep2 = dayOfWeekOfDayNumber(sep2)
  return dowSep1 === 0 || dowSep1 === 6 || dowSep2 === 4 ? fromDayNumber(sep2 + 1) : fromDayNumber(sep2 - 1)
}

/**
 * Giỗ Tổ Hùng Vương of a year: the 10th day of the 3rd lunar month. In a
 * year with a leap 3rd month the regular (first) month 3 is used — a
 * convention (BLLĐ only says "10/3 âm lịch"), UNCONFIRMED in a legal text.
 *
 * @example
 * ```ts
 * import { hungKingsDay } from 'hanhchinh/calendar'
 * hungKingsDay(2026) //=> '2026-04-26'
 * hungKingsDay(2031) //=> '2031-04-01'
 * ```
 */
export function hungKingsDay(year: number): IsoDate {
  checkYear(year)
  return fromLunar({ year, month: 3, day: 10, leap: false })
}

/**
 * The fixed names of the statutory holidays, by occasion.
 *
 * @example
 * ```ts
 * import { holidayNames } from 'hanhchinh/calendar'
 * holidayNames['gio-to-hung-vuong'].vi //=> 'Giỗ Tổ Hùng Vương'
 * ```
 */
export const holidayNames: Readonly<Record<HolidayOccasion, Label>> = {
  'tet-duong-lich': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'tet-am-lich': { vi: 'Tết Âm lịch (Tết Nguyên Đán)', en: 'Lunar New Year (Tết)' },
  'gio-to-hung-vuong': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  'ngay-chien-thang': { vi: 'Ngày Chiến thắng', en: 'Victory Day (Reunification Day)' },
  'quoc-te-lao-dong': { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
  'quoc-khanh': { vi: 'Quốc khánh', en: 'National Day' },
  other: { vi: 'Ngày nghỉ khác', en: 'Other day off' },
}

/**
 * Options of {@link statutoryHolidays}: the regime (default: the one in force
 * for the year) and the dates decided for the year; what is not given is
 * filled with the default rules and makes the result provisional.
 *
 * @example
 * ```ts
 * import type { StatutoryHolidayOptions } from 'hanhchinh/calendar'
 * const o: StatutoryHolidayOptions = { nationalDayAdjacent: '2024-09-03' }
 * o.nationalDayAdjacent //=> '2024-09-03'
 * ```
 */
export interface StatutoryHolidayOptions {
  regime?: HolidayRegimeId
  /** The five Tết days as decided. */
  tetDays?: readonly string[]
  /** Basis of the Tết decision (default: the regime's choice basis). */
  tetBasis?: readonly LegalBasis[]
  /** Quốc khánh adjacent day as decided (Labour Code 2019 only). */
  nationalDayAdjacent?: string
  nationalDayAdjacentBasis?: readonly LegalBasis[]
  /** Giỗ Tổ date as announced (default: 10/3 lunar). */
  hungKings?: string
  hungKingsBasis?: readonly LegalBasis[]
  /** Days before mùng 1 in the default Tết choice (see {@link defaultTetDays}); default the regime's (2; 1 under the 1994 code). */
  tetDaysBefore?: number
}

const STATUTORY_HOLIDAY_OPTION_NAMES: OptionNames<StatutoryHolidayOptions> = {
  regime: true,
  tetDays: true,
  tetBasis: true,
  nationalDayAdjacent: true,
  nationalDayAdjacentBasis: true,
  hungKings: true,
  hungKingsBasis: true,
  tetDaysBefore: true,
}

/** A decided holiday date must fall in the year it is decided for (Tết days always do: mùng 1 is 21/01–20/02). */
function inYear(date: IsoDate, year: number, argument: string): IsoDate {
  if (!date.startsWith(`${year}-`)) throw invalidArgument(argument, date, `a date in ${year}`)
  return date
}

function fmt(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
}

/**
 * The statutory holidays (kind `'statutory'`) of a year, each under the
 * regime in force on its date ({@link holidayRegimeAt}; 2013 has its Tết and
 * 30/4 under the Labour Code 1994, 1/5 and 2/9 under the 2012 code) unless
 * `options.regime` names one for the whole year, sorted by date, including
 * those that fall on a weekend. Tết days and the
 * Quốc khánh adjacent day come from the options or, failing that, from the
 * default rules ({@link defaultTetDays}, {@link defaultNationalDayAdjacent});
 * the entries are then `provisional: true`. Compensatory days and swaps are
 * not included (see {@link compensatoryDays} and {@link holidaysOf}).
 *
 * @example
 * ```ts
 * import { statutoryHolidays } from 'hanhchinh/calendar'
 * statutoryHolidays(2020).length //=> 10
 * statutoryHolidays(2027).length //=> 11
 * statutoryHolidays(2027).filter((h) => h.occasion === 'quoc-khanh').map((h) => h.date) //=> ['2027-09-02', '2027-09-03']
 * statutoryHolidays(2024, { tetDays: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'], nationalDayAdjacent: '2024-09-03' })[0]
 * //=> { date: '2024-01-01', kind: 'statutory', occasion: 'tet-duong-lich', provisional: false }
 * statutoryHolidays(2024, { tetDay: [] } as never) //=> throws RangeError: Unknown option "tetDay" of statutoryHolidays (did you mean "tetDays"?
 * statutoryHolidays(2020, { nationalDayAdjacent: '2020-09-01' }) //=> throws RangeError: Option "nationalDayAdjacent" of statutoryHolidays is used only with a regime with a Quốc khánh adjacent day
 * // 2013: Tết Quý Tỵ (10/02/2013) under the Labour Code 1994, 4 days; 1/5 under the 2012 code
 * statutoryHolidays(2013).filter((h) => h.occasion === 'tet-am-lich').map((h) => h.date) //=> ['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']
 * statutoryHolidays(2013).map((h) => h.basis.instrument) //=> ['35-L/CTN', '35-L/CTN', '35-L/CTN', '35-L/CTN', '35-L/CTN', '35-L/CTN', '35-L/CTN', '10/2012/QH13', '10/2012/QH13']
 * ```
 */
export function statutoryHolidays(year: number, options?: StatutoryHolidayOptions): Holiday[] {
  checkYear(year)
  options = readOptions(options, STATUTORY_HOLIDAY_OPTION_NAMES, 'statutoryHolidays')
  const forced = options.regime ? regimeById(options.regime) : undefined
  // each holiday under the regime of its own date (one lookup by date), or the regime asked for
  const regimeAt = (date: IsoDate): HolidayRegime => forced ?? holidayRegimeAt(date)
  const tetRegime = forced ?? holidayRegimeOf(year)
  const nationalDayRegime = regimeAt(isoDate(year, 9, 2))
  // options the chosen regime or the given days make useless are refused, not ignored
  refuseIgnoredOption(options, 'tetDaysBefore', options.tetDays === undefined, 'no options.tetDays (it shapes the default Tết days)', 'statutoryHolidays')
  const twoDays = nationalDayRegime.nationalDayDays === 2
  const needs = `a regime with a Quốc khánh adjacent day (${nationalDayRegime.label.en} has ${nationalDayRegime.nationalDayDays})`
  refuseIgnoredOption(options, 'nationalDayAdjacent', twoDays, needs, 'statutoryHolidays')
  refuseIgnoredOption(options, 'nationalDayAdjacentBasis', twoDays, needs, 'statutoryHolidays')
  let provisional = false
  let tetDays: IsoDate[]
  if (options.tetDays) {
    if (options.tetDays.length !== tetRegime.tetDays) {
      throw invalidArgument('options.tetDays', options.tetDays, `${tetRegime.tetDays} dates (${tetRegime.label.en})`)
    }
    tetDays = options.tetDays.map((d, i) => inYear(toIsoDate(d, `options.tetDays[${i}]`), year, `options.tetDays[${i}]`))
  } else {
    const before = options.tetDaysBefore ?? tetRegime.defaultTetDaysBefore
    if (!Number.isInteger(before) || before < 0 || before > tetRegime.tetDays) {
      throw invalidArgument('options.tetDaysBefore', options.tetDaysBefore, `an integer from 0 to ${tetRegime.tetDays}`)
    }
    const tet = tetDayNumber(year)
    tetDays = Array.from({ length: tetRegime.tetDays }, (_, i) => fromDayNumber(tet - before + i))
    provisional = true
  }
  const out: Holiday[] = []
  const add = (date: IsoDate, occasion: HolidayOccasion, basis: readonly LegalBasis[], name?: Label): void => {
    out.push({ date, name: name ?? holidayNames[occasion], kind: 'statutory', occasion, basis: basis[0]!, bases: [...basis], provisional: false })
  }
  const single = (date: IsoDate, occasion: HolidayOccasion): void => add(date, occasion, [regimeAt(date).basis])
  single(isoDate(year, 1, 1), 'tet-duong-lich')
  const tetBasis = [tetRegime.basis, ...(options.tetBasis ?? [tetRegime.choiceBasis])]
  for (const d of tetDays) add(d, 'tet-am-lich', tetBasis)
  const hung = options.hungKings ? inYear(toIsoDate(options.hungKings, 'options.hungKings'), year, 'options.hungKings') : hungKingsDay(year)
  add(hung, 'gio-to-hung-vuong', [regimeAt(hung).basis, ...(options.hungKingsBasis ?? [])])
  single(isoDate(year, 4, 30), 'ngay-chien-thang')
  single(isoDate(year, 5, 1), 'quoc-te-lao-dong')
  single(isoDate(year, 9, 2), 'quoc-khanh')
  if (nationalDayRegime.nationalDayDays === 2) {
    let adjacent: IsoDate
    if (options.nationalDayAdjacent) {
      adjacent = toIsoDate(options.nationalDayAdjacent, 'options.nationalDayAdjacent')
      if (adjacent !== isoDate(year, 9, 1) && adjacent !== isoDate(year, 9, 3)) {
        throw invalidArgument('options.nationalDayAdjacent', adjacent, `${year}-09-01 or ${year}-09-03`)
      }
    } else {
      adjacent = defaultNationalDayAdjacent(year)
      provisional = true
    }
    add(adjacent, 'quoc-khanh', [nationalDayRegime.basis, ...(options.nationalDayAdjacentBasis ?? [nationalDayRegime.choiceBasis])], {
      vi: 'Quốc khánh (ngày liền kề)',
      en: 'National Day (adjacent day)',
    })
  }
  // Giỗ Tổ (10/3 lunar) can fall on 30/04 (1947, the only such year in 1900–2199); both entries are kept on the
  // same day and no extra day is given: the law has no rule for coinciding holidays (UNCONFIRMED).
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  if (provisional) for (const h of out) h.provisional = true
  return out
}

/**
 * The compensatory days (nghỉ bù) for a list of holidays: each holiday that
 * falls on a weekly rest day gives the next working day off — the next day
 * that is neither a rest day, nor a holiday, nor already a compensatory day
 * (so they cascade). BLLĐ 2019 Art 111(3); BLLĐ 2012 Art 115(3); BLLĐ 1994 Art 73
 * (up to 30/04/2013): each with the basis of the regime in force on the holiday's date.
 *
 * @param holidays - the holidays (only `kind: 'statutory'` entries are compensated)
 * @param weekend - the weekly rest days, 0 = Sunday … 6 = Saturday (default Saturday and Sunday)
 * @param otherDaysOff - further days that are already off (e.g. swapped-off days), skipped too
 *
 * @example
 * ```ts
 * import { compensatoryDays, statutoryHolidays } from 'hanhchinh/calendar'
 * // 2023: Giỗ Tổ on Saturday 29/04 and 30/04 on Sunday → Tuesday 02/05 and Wednesday 03/05
 * compensatoryDays(statutoryHolidays(2023, {
 *   tetDays: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'],
 *   nationalDayAdjacent: '2023-09-01',
 * })).map((h) => h.date)
 * //=> ['2023-01-02', '2023-01-25', '2023-01-26', '2023-05-02', '2023-05-03', '2023-09-04']
 * ```
 */
export function compensatoryDays(
  holidays: readonly Holiday[],
  weekend: readonly number[] = [0, 6],
  otherDaysOff: readonly string[] = [],
): Holiday[] {
  if (!Array.isArray(holidays)) throw wrongType('holidays', holidays, 'an array of holidays')
  if (!Array.isArray(weekend)) throw wrongType('weekend', weekend, 'an array of weekdays 0 (Sunday) .. 6 (Saturday)')
  if (!Array.isArray(otherDaysOff)) throw wrongType('otherDaysOff', otherDaysOff, 'an array of ISO dates')
  // index loops, not forEach/filter: a hole in a sparse array is an error naming it, never skipped
  for (let i = 0; i < weekend.length; i++) {
    const d: unknown = weekend[i]
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
      throw invalidArgument(`weekend[${i}]`, d, 'an integer weekday 0 (Sunday) .. 6 (Saturday)')
    }
  }
  const rest = new Set(weekend)
  if (rest.size >= 7) throw invalidArgument('weekend', weekend, 'at most 6 weekly rest days')
  const statutory: Holiday[] = []
  const off = new Set<number>()
  for (let i = 0; i < holidays.length; i++) {
    const h: unknown = holidays[i]
    if (h === null || typeof h !== 'object') throw wrongType(`holidays[${i}]`, h, 'a holiday { date, name, kind, occasion, provisional }')
    const { kind, date, name } = h as Partial<Record<keyof Holiday, unknown>>
    if (typeof kind !== 'string') throw wrongType(`holidays[${i}].kind`, kind, 'a holiday kind')
    if (kind !== 'statutory') continue
    const dn = toDayNumber(toIsoDate(date, `holidays[${i}].date`))
    const year = Number((date as string).slice(0, 4))
    if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
      throw invalidArgument(`holidays[${i}].date`, date, `an ISO date from ${CALENDAR_MIN_YEAR}-01-01 to ${CALENDAR_MAX_YEAR}-12-31`)
    }
    const label = name as { vi?: unknown; en?: unknown } | null | undefined
    if (label === null || typeof label !== 'object' || typeof label.vi !== 'string' || typeof label.en !== 'string') {
      throw wrongType(`holidays[${i}].name`, name, 'a name { vi, en }')
    }
    statutory.push(h as Holiday)
    off.add(dn)
  }
  statutory.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (let i = 0; i < otherDaysOff.length; i++) off.add(toDayNumber(toIsoDate(otherDaysOff[i], `otherDaysOff[${i}]`)))
  const taken = new Set<number>()
  const out: Holiday[] = []
  const compensated = new Set<number>()
  for (const h of statutory) {
    const dn = toDayNumber(h.date)
    if (!rest.has(dayOfWeekOfDayNumber(dn))) continue
    // Two holidays on the same rest day give one compensatory day (UNCONFIRMED: no rule found).
    if (compensated.has(dn)) continue
    compensated.add(dn)
    let d = dn + 1
    while (rest.has(dayOfWeekOfDayNumber(d)) || off.has(d) || taken.has(d)) d++
    taken.add(d)
    const regime = holidayRegimeAt(h.date)
    out.push({
      date: fromDayNumber(d),
      name: { vi: `Nghỉ bù ${h.name.vi} (${fmt(h.date)})`, en: `Compensatory day off for ${h.name.en} (${fmt(h.date)})` },
      kind: 'compensatory',
      occasion: h.occasion,
      basis: regime.compensatoryBasis,
      bases: [regime.compensatoryBasis],
      provisional: h.provisional,
    })
  }
  return out
}
