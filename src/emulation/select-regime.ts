import { readAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { formatVnDate } from '../format/date.js'
import { valueOn } from './rules/dated.js'
import type { RegimeId } from './rules/regime.js'
import { DECREE_91_STANDARDS, REGIME_TIMELINE } from './rules/timeline.js'
import { regimeById } from './rules/by-id.js'

/**
 * Which regime judges a case, why, and whether the choice is uncertain.
 *
 * @example
 * ```ts
 * import { selectRegime, type RegimeSelection } from 'hanhchinh/emulation'
 * const s: RegimeSelection = selectRegime(2021)
 * s.regime //=> 'A'
 * ```
 */
export interface RegimeSelection {
  regime: RegimeId
  basis: LegalBasis[]
  reason: Label
  /** Set when the transition between regimes is unclear for this case. */
  warnings: Label[]
}

/**
 * Choose the regime for an achievement year and, when known, the decision
 * date. The regime dates are data ({@link REGIME_TIMELINE}, read with
 * {@link atDate}); the documented rule:
 *
 * 1. With a decision date: the regime in force on that date — decisions
 *    before 01/01/2024 → A; from 01/01/2024 to 30/06/2025 → B (Law
 *    06/2022/QH15 in force 01/01/2024, Art 94); from 01/07/2025 → C (Decree
 *    152/2025/NĐ-CP in force 01/07/2025, repealing Decree 98/2023, Art 59).
 * 2. Without one: the law of the achievement year, i.e. the regime in force
 *    on 31/12 of that year — up to 2023 → A, 2024 → B, 2025 onward → C
 *    (year-end awards are decided at or after the end of the year).
 * 3. Where the decision falls under a later regime than the achievement year
 *    (2023 achievements decided in 2024; 2024 achievements decided after
 *    30/06/2025), no transitional clause was found (Law 2022 Art 95 only keeps
 *    awards already made): the decision-date regime is used and a warning
 *    says so. A year whose next 1 January falls under another regime (2023)
 *    without a decision date is judged by the year's regime with a warning.
 *
 * `year` is the achievement year (an integer). `decisionDate` is a date:
 * an ISO date, an ISO date-time with offset or a `Date` (what `asOf`
 * accepts), read as its civil date in Vietnam time. A decision dated before
 * the achievement year began is a programmer error.
 *
 * @example
 * ```ts
 * import { selectRegime } from 'hanhchinh/emulation'
 * selectRegime(2022).regime //=> 'A'
 * selectRegime(2024).regime //=> 'B'
 * selectRegime(2025).regime //=> 'C'
 * selectRegime(2024, '2025-08-10').regime //=> 'C'
 * selectRegime(2024, '2025-06-30T18:00:00Z').regime //=> 'C'
 * selectRegime(2024, new Date('2025-06-30T10:00:00+07:00')).regime //=> 'B'
 * const t = selectRegime(2023, '2024-02-20')
 * t.regime //=> 'B'
 * t.warnings.length //=> 1
 * selectRegime(2023, '2022-12-01') //=> throws RangeError: decisionDate
 * ```
 */
export function selectRegime(year: number, decisionDate?: AsOf): RegimeSelection {
  return selectRegimeOn(year, readDecisionDate(decisionDate, 'decisionDate'))
}

/**
 * Read a decision date the way `asOf` is read (ISO date, ISO date-time with
 * offset, `Date`) and answer its civil date in Vietnam time.
 * @internal
 */
export function readDecisionDate(value: unknown, argument: string): string | undefined {
  return value === undefined ? undefined : readAsOf(value, argument).date
}

/** {@link selectRegime} on a decision date already read as a civil date. @internal */
export function selectRegimeOn(year: number, decisionDate: string | undefined): RegimeSelection {
  if (typeof year !== 'number') throw wrongType('year', year, 'an integer year from 1945')
  if (!Number.isInteger(year) || year < 1945 || year > 9999) throw invalidArgument('year', year, 'an integer year from 1945')
  const warnings: Label[] = []
  const yearEnd = `${year}-12-31`
  if (valueOn(DECREE_91_STANDARDS, decisionDate ?? yearEnd)?.value === false) {
    warnings.push({
      vi: `Quyết định trước ${formatVnDate(standardsFrom())} thuộc thời kỳ Nghị định 42/2010/NĐ-CP hoặc 65/2014/NĐ-CP; thư viện áp dụng tiêu chuẩn của Nghị định 91/2017/NĐ-CP (ví dụ quy tắc nghỉ từ 40 ngày làm việc của Nghị định 65/2014 chưa được mã hoá).`,
      en: `Decisions before ${formatVnDate(standardsFrom())} fall in the Decree 42/2010 or 65/2014 era; the library applies the Decree 91/2017 standards (e.g. the 40-working-day absence rule of Decree 65/2014 is not encoded).`,
    })
  }
  const byYear = regimeOn(yearEnd)
  if (decisionDate === undefined) {
    const nextJanuary = `${year + 1}-01-01`
    const next = year < 9999 ? regimeOn(nextJanuary) : byYear
    if (next.value !== byYear.value) {
      const label = regimeById(next.value).label
      warnings.push({
        vi: `Thành tích năm ${year} nếu quyết định khen thưởng từ ${formatVnDate(next.from)} thì có thể phải áp dụng chế độ ${next.value} (${label.vi}); chưa tìm thấy quy định chuyển tiếp rõ ràng (chưa xác nhận).`,
        en: `Year-${year} achievements decided from ${formatVnDate(next.from)} may fall under regime ${next.value} (${label.en}); no clear transitional clause was found (UNCONFIRMED).`,
      })
    }
    return {
      regime: byYear.value,
      basis: [...byYear.basis],
      reason: {
        vi: `Không có ngày quyết định: áp dụng chế độ của năm thành tích ${year}.`,
        en: `No decision date: the regime of achievement year ${year} applies.`,
      },
      warnings,
    }
  }
  if (decisionDate < `${year}-01-01`) throw invalidArgument('decisionDate', decisionDate, `a date not before the achievement year ${year}`)
  const byDecision = regimeOn(decisionDate)
  if (byDecision.value !== byYear.value) {
    warnings.push({
      vi: `Thành tích năm ${year} (chế độ ${byYear.value}) được quyết định ngày ${formatVnDate(decisionDate)} (chế độ ${byDecision.value}); chưa tìm thấy quy định chuyển tiếp, áp dụng quy định tại thời điểm quyết định (chưa xác nhận).`,
      en: `Year-${year} achievements (regime ${byYear.value}) decided on ${decisionDate} (regime ${byDecision.value}); no transitional clause found, the rules in force on the decision date are used (UNCONFIRMED).`,
    })
  }
  return {
    regime: byDecision.value,
    basis: [...byDecision.basis],
    reason: {
      vi: `Quyết định ngày ${formatVnDate(decisionDate)}: áp dụng chế độ ${byDecision.value}.`,
      en: `Decision dated ${decisionDate}: regime ${byDecision.value} applies.`,
    },
    warnings,
  }
}

function regimeOn(day: string): { value: RegimeId; from: string; basis: LegalBasis[] } {
  const v = valueOn(REGIME_TIMELINE, day)
  // The timeline starts in 1945 and its last value is open-ended, so every day from 1945 has a regime.
  if (v === undefined) throw invalidArgument('date', day, 'a date from 1945')
  return v
}

function standardsFrom(): string {
  return DECREE_91_STANDARDS.values.find((v) => v.value)!.from
}
