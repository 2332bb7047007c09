import { invalidArgument, wrongType } from '../core/errors.js'
import { addDays, daysInMonth, isoDate, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { PETITION_BASIS as B } from './basis.js'
import { readCalendar, type LetterCalendar } from './deadline.js'

/**
 * The periodic reports of Decree 09/2019/NĐ-CP (and the nine-month report
 * of provincial practice).
 *
 * @example
 * ```ts
 * import type { ReportPeriodKind } from 'hanhchinh/petitions'
 * const k: ReportPeriodKind = 'quarterly'
 * k //=> 'quarterly'
 * ```
 */
export type ReportPeriodKind = 'monthly' | 'quarterly' | 'six-monthly' | 'nine-monthly' | 'annual'

/**
 * Which report: its kind, its year, and the month (1–12), quarter (1–4) or
 * half (1–2, default 1) the kind needs.
 *
 * @example
 * ```ts
 * import type { ReportPeriodInput } from 'hanhchinh/petitions'
 * const march: ReportPeriodInput = { kind: 'monthly', year: 2026, month: 3 }
 * march.month //=> 3
 * ```
 */
export interface ReportPeriodInput {
  kind: ReportPeriodKind
  year: number
  /** Monthly reports: 1–12. */
  month?: number | undefined
  /** Quarterly reports: 1–4. */
  quarter?: number | undefined
  /** Six-monthly reports: 1 (first half) or 2 (second half). @defaultValue 1 */
  half?: 1 | 2 | undefined
}

/**
 * A reporting regime as data: the day of the month on which the data are cut
 * off (`14` under Decree 09/2019: a window runs from the 15th to the 14th;
 * `'end-of-month'` for calendar months), the working days after the cut-off
 * within which the report is due (none in the decree: each regime fixes its
 * own), and the basis. A province's own regime is passed as an override.
 *
 * @example
 * ```ts
 * import { REPORT_REGIMES, type ReportRegime } from 'hanhchinh/petitions'
 * const national: ReportRegime | undefined = REPORT_REGIMES[0]?.regime
 * national?.cutoffDay //=> 14
 * national?.submitWorkingDays //=> undefined
 * ```
 */
export interface ReportRegime {
  id: string
  /** Last day of the data window in the period's last month (1–28), or `'end-of-month'`. */
  cutoffDay: number | 'end-of-month'
  /** Working days after the cut-off within which the report is submitted. */
  submitWorkingDays?: number
  basis: readonly LegalBasis[]
  /** Basis of the nine-month window, which Decree 09/2019 does not define. */
  nineMonthlyBasis: readonly LegalBasis[]
  /** Basis of the second-half window. */
  secondHalfBasis: readonly LegalBasis[]
}

/**
 * The national reporting regimes by date, read by one lookup on the last day
 * of the window: Decree 09/2019/NĐ-CP (in force from 12/03/2019), data from
 * the 15th of the month before to the 14th.
 *
 * @example
 * ```ts
 * import { REPORT_REGIMES } from 'hanhchinh/petitions'
 * REPORT_REGIMES[0]?.from //=> '2019-03-12'
 * REPORT_REGIMES[0]?.regime.basis[0]?.instrument //=> '09/2019/NĐ-CP'
 * ```
 */
export const REPORT_REGIMES: ReadonlyArray<{ readonly from: IsoDate; readonly to?: IsoDate; readonly regime: ReportRegime }> = Object.freeze([
  {
    from: '2019-03-12' as IsoDate,
    regime: {
      id: 'nd-09-2019',
      cutoffDay: 14,
      basis: [B.reportCutoff],
      nineMonthlyBasis: [B.nineMonthly],
      secondHalfBasis: [{ ...B.reportCutoff, unconfirmed: 'The second-half window 15/06–14/12 is recalled from the decree, not read in a text' }],
    },
  },
])

/**
 * A province's (or a sector's) own reporting regime, replacing parts of the
 * national one: its cut-off day, the working days to submit, its id and basis.
 *
 * @example
 * ```ts
 * import type { ReportPeriodOverride } from 'hanhchinh/petitions'
 * const province: ReportPeriodOverride = {
 *   id: 'khanh-hoa-01-2023', submitWorkingDays: 2,
 *   basis: [{ instrument: '01/2023/QĐ-UBND', article: '4' }],
 * }
 * province.submitWorkingDays //=> 2
 * ```
 */
export interface ReportPeriodOverride {
  id?: string | undefined
  cutoffDay?: number | 'end-of-month' | undefined
  submitWorkingDays?: number | undefined
  basis?: readonly LegalBasis[] | undefined
}

/**
 * Options of {@link reportPeriod}.
 *
 * @example
 * ```ts
 * import type { ReportPeriodOptions } from 'hanhchinh/petitions'
 * const o: ReportPeriodOptions = { override: { cutoffDay: 'end-of-month' } }
 * o.override?.cutoffDay //=> 'end-of-month'
 * ```
 */
export interface ReportPeriodOptions {
  /** A provincial or sector regime replacing parts of the national one. */
  override?: ReportPeriodOverride | undefined
  /** The working-day calendar for `submitBy`. @defaultValue `vietnamCivilService` */
  calendar?: LetterCalendar | undefined
}

/**
 * A report's data window (both days inclusive), its submission date when the
 * regime fixes one, the regime and its basis.
 *
 * @example
 * ```ts
 * import { reportPeriod, type ReportPeriodWindow } from 'hanhchinh/petitions'
 * const p: ReportPeriodWindow = reportPeriod({ kind: 'annual', year: 2026 })
 * [p.from, p.to] //=> ['2025-12-15', '2026-12-14']
 * ```
 */
export interface ReportPeriodWindow {
  kind: ReportPeriodKind
  year: number
  from: IsoDate
  to: IsoDate
  /** Last day to submit, when the regime fixes it. */
  submitBy?: IsoDate
  regime: string
  label: Label
  basis: LegalBasis[]
}

const INPUT_NAMES: OptionNames<ReportPeriodInput> = { kind: true, year: true, month: true, quarter: true, half: true }
const OPTION_NAMES: OptionNames<ReportPeriodOptions> = { override: true, calendar: true }
const OVERRIDE_NAMES: OptionNames<ReportPeriodOverride> = { id: true, cutoffDay: true, submitWorkingDays: true, basis: true }
const KINDS: readonly ReportPeriodKind[] = ['monthly', 'quarterly', 'six-monthly', 'nine-monthly', 'annual']
const ROMAN = ['I', 'II', 'III', 'IV'] as const
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

function readInt(value: unknown, argument: string, min: number, max: number): number {
  if (typeof value !== 'number') throw wrongType(argument, value, `an integer from ${min} to ${max}`)
  if (!Number.isInteger(value) || value < min || value > max) throw invalidArgument(argument, value, `an integer from ${min} to ${max}`)
  return value
}

// The cut-off day of a month (year y, month m, 1-based; m = 0 is December of y - 1).
function cut(y: number, m: number, cutoff: number | 'end-of-month'): IsoDate {
  const year = m === 0 ? y - 1 : y
  const month = m === 0 ? 12 : m
  return isoDate(year, month, cutoff === 'end-of-month' ? daysInMonth(year, month) : cutoff)
}

function regimeOn(day: IsoDate): ReportRegime | undefined {
  for (const r of REPORT_REGIMES) if (r.from <= day && (r.to === undefined || day <= r.to)) return r.regime
  return undefined
}

/**
 * The data window of a periodic report under Decree 09/2019/NĐ-CP (Art 12):
 *
 * - monthly — from the 15th of the previous month to the 14th of the month;
 * - quarterly — from the 15th of the month before the quarter to the 14th of its last month;
 * - six-monthly — 15/12 of the previous year to 14/06 (second half 15/06–14/12, UNCONFIRMED);
 * - nine-monthly — 15/12 of the previous year to 14/09: provincial practice (e.g. Khánh Hòa QĐ
 *   01/2023/QĐ-UBND Art 4), not in the decree — cited and marked as such;
 * - annual — 15/12 of the previous year to 14/12.
 *
 * The decree fixes no submission date for every report (each regime sets its own), so `submitBy`
 * is given only when an override sets `submitWorkingDays`. A province's regime is data: pass its
 * cut-off day (or `'end-of-month'` for calendar periods) and submission days as `override`.
 * Statistical reports and sector regimes may use other windows.
 *
 * @throws RangeError for an unknown kind, a missing or out-of-range month / quarter / half, one the
 * kind ignores, a year before the decree with no override, or an unknown option
 *
 * @example
 * ```ts
 * import { reportPeriod } from 'hanhchinh/petitions'
 * reportPeriod({ kind: 'monthly', year: 2026, month: 3 }) //=> { from: '2026-02-15', to: '2026-03-14', regime: 'nd-09-2019' }
 * reportPeriod({ kind: 'monthly', year: 2026, month: 1 }).from //=> '2025-12-15'
 * reportPeriod({ kind: 'quarterly', year: 2026, quarter: 2 }) //=> { from: '2026-03-15', to: '2026-06-14' }
 * reportPeriod({ kind: 'six-monthly', year: 2026, half: 1 }) //=> { from: '2025-12-15', to: '2026-06-14' }
 * reportPeriod({ kind: 'nine-monthly', year: 2026 }).basis[0]?.instrument //=> '01/2023/QĐ-UBND'
 * reportPeriod({ kind: 'annual', year: 2026 }).basis[0] //=> { instrument: '09/2019/NĐ-CP', article: '12' }
 * // a province that submits 2 working days after the cut-off
 * reportPeriod({ kind: 'monthly', year: 2026, month: 4 }, { override: { submitWorkingDays: 2 } }).submitBy //=> '2026-04-16'
 * reportPeriod({ kind: 'monthly', year: 2026, month: 3 }, { override: { cutoffDay: 'end-of-month' } }) //=> { from: '2026-03-01', to: '2026-03-31' }
 * reportPeriod({ kind: 'monthly', year: 2026 }) //=> throws TypeError: month
 * reportPeriod({ kind: 'annual', year: 2026, month: 3 }) //=> throws RangeError: Option "month" of reportPeriod is used only with kind: 'monthly'
 * ```
 */
export function reportPeriod(period: ReportPeriodInput, options?: ReportPeriodOptions): ReportPeriodWindow {
  const o = readOptions(options, OPTION_NAMES, 'reportPeriod')
  if (period === undefined) throw wrongType('period', period, '{ kind, year, month | quarter | half }')
  const p = readOptions(period, INPUT_NAMES, 'reportPeriod')
  const kind = readChoice(p.kind, KINDS, undefined, 'period.kind')
  if (kind === undefined) throw wrongType('period.kind', p.kind, KINDS.join(' | '))
  const year = readInt(p.year, 'period.year', 1900, 2199)
  refuseIgnoredOption(p, 'month', kind === 'monthly', "kind: 'monthly'", 'reportPeriod')
  refuseIgnoredOption(p, 'quarter', kind === 'quarterly', "kind: 'quarterly'", 'reportPeriod')
  refuseIgnoredOption(p, 'half', kind === 'six-monthly', "kind: 'six-monthly'", 'reportPeriod')
  const override = readOptions(o.override, OVERRIDE_NAMES, 'reportPeriod (options.override)')

  let first: number
  let last: number
  let label: Label
  switch (kind) {
    case 'monthly': {
      const m = readInt(p.month, 'period.month', 1, 12)
      first = last = m
      label = { vi: `Tháng ${m}/${year}`, en: `${MONTHS_EN[m - 1]} ${year}` }
      break
    }
    case 'quarterly': {
      const q = readInt(p.quarter, 'period.quarter', 1, 4)
      first = 3 * q - 2
      last = 3 * q
      label = { vi: `Quý ${ROMAN[q - 1]}/${year}`, en: `Q${q} ${year}` }
      break
    }
    case 'six-monthly': {
      const h = p.half === undefined ? 1 : readInt(p.half, 'period.half', 1, 2)
      first = h === 1 ? 1 : 7
      last = h === 1 ? 6 : 12
      label = h === 1 ? { vi: `6 tháng đầu năm ${year}`, en: `First half of ${year}` } : { vi: `6 tháng cuối năm ${year}`, en: `Second half of ${year}` }
      break
    }
    case 'nine-monthly':
      first = 1
      last = 9
      label = { vi: `9 tháng năm ${year}`, en: `Nine months of ${year}` }
      break
    default:
      first = 1
      last = 12
      label = { vi: `Năm ${year}`, en: `Year ${year}` }
  }

  let cutoff: number | 'end-of-month'
  if (override.cutoffDay === undefined) cutoff = 14
  else if (override.cutoffDay === 'end-of-month') cutoff = 'end-of-month'
  else cutoff = readInt(override.cutoffDay, 'options.override.cutoffDay', 1, 28)
  const to = cut(year, last, cutoff)
  const national = regimeOn(to)
  if (national === undefined && (override.cutoffDay === undefined || override.basis === undefined)) {
    throw invalidArgument('period', period, `a period ending on or after ${REPORT_REGIMES[0]!.from} (Decree 09/2019/NĐ-CP), or an override with cutoffDay and basis`)
  }
  if (national !== undefined && override.cutoffDay === undefined) cutoff = national.cutoffDay
  const from = addDays(cut(year, first - 1, cutoff), 1)
  const finalTo = cut(year, last, cutoff)

  let basis: LegalBasis[]
  if (override.basis !== undefined) {
    if (!Array.isArray(override.basis)) throw wrongType('options.override.basis', override.basis, 'an array of LegalBasis')
    basis = [...override.basis]
  } else if (kind === 'nine-monthly') basis = [...national!.nineMonthlyBasis, ...national!.basis]
  else if (kind === 'six-monthly' && first === 7) basis = [...national!.secondHalfBasis]
  else basis = [...national!.basis]
  const out: ReportPeriodWindow = {
    kind, year, from, to: finalTo, regime: override.id ?? (override.cutoffDay === undefined && override.submitWorkingDays === undefined ? national!.id : 'override'),
    label, basis,
  }
  const submit = override.submitWorkingDays ?? national?.submitWorkingDays
  if (submit !== undefined) {
    const n = readInt(submit, 'options.override.submitWorkingDays', 0, 60)
    out.submitBy = readCalendar(o.calendar).addWorkingDaysDetailed(finalTo, n).date
  } else if (o.calendar !== undefined) {
    refuseIgnoredOption(o, 'calendar', false, 'a regime with submitWorkingDays', 'reportPeriod')
  }
  return out
}
