import { invalidArgument } from '../core/errors.js'
import { isIsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { cite, LAW_2022, ND_152_2025 } from './rules/bases.js'
import type { RegimeId } from './rules/regime.js'
import { viDate } from './awards/context.js'

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

const LAW_2022_IN_FORCE = '2024-01-01'
const ND_152_IN_FORCE = '2025-07-01'

/**
 * Choose the regime for an achievement year and, when known, the decision
 * date. The documented rule:
 *
 * 1. With a decision date: decisions before 01/01/2024 → A; from 01/01/2024
 *    to 30/06/2025 → B (Law 06/2022/QH15 in force 01/01/2024, Art 94);
 *    from 01/07/2025 → C (Decree 152/2025/NĐ-CP in force 01/07/2025,
 *    repealing Decree 98/2023, Art 59).
 * 2. Without one: the law of the achievement year — up to 2023 → A, 2024 → B,
 *    2025 onward → C (year-end awards are decided at or after the end of the
 *    year).
 * 3. Where the decision falls under a later regime than the achievement year
 *    (2023 achievements decided in 2024; 2024 achievements decided after
 *    30/06/2025), no transitional clause was found (Law 2022 Art 95 only keeps
 *    awards already made): the decision-date regime is used and a warning
 *    says so. Year 2023 without a decision date is judged by A with a warning.
 *
 * A decision dated before the achievement year began is a programmer error.
 *
 * @example
 * ```ts
 * import { selectRegime } from 'hanhchinh/emulation'
 * selectRegime(2022).regime //=> 'A'
 * selectRegime(2024).regime //=> 'B'
 * selectRegime(2025).regime //=> 'C'
 * selectRegime(2024, '2025-08-10').regime //=> 'C'
 * const t = selectRegime(2023, '2024-02-20')
 * t.regime //=> 'B'
 * t.warnings.length //=> 1
 * selectRegime(2023, '2022-12-01') //=> throws RangeError: decisionDate
 * ```
 */
export function selectRegime(year: number, decisionDate?: string): RegimeSelection {
  if (!Number.isInteger(year) || year < 1945 || year > 9999) throw invalidArgument('year', year, 'an integer year from 1945')
  const warnings: Label[] = []
  if (year <= 2016 && (decisionDate === undefined || decisionDate < '2017-10-01')) {
    warnings.push({
      vi: 'Quyết định trước 01/10/2017 thuộc thời kỳ Nghị định 42/2010/NĐ-CP hoặc 65/2014/NĐ-CP; thư viện áp dụng tiêu chuẩn của Nghị định 91/2017/NĐ-CP (ví dụ quy tắc nghỉ từ 40 ngày làm việc của Nghị định 65/2014 chưa được mã hoá).',
      en: 'Decisions before 01/10/2017 fall in the Decree 42/2010 or 65/2014 era; the library applies the Decree 91/2017 standards (e.g. the 40-working-day absence rule of Decree 65/2014 is not encoded).',
    })
  }
  const byYear: RegimeId = year <= 2023 ? 'A' : year === 2024 ? 'B' : 'C'
  if (decisionDate === undefined) {
    if (year === 2023) {
      warnings.push({
        vi: 'Thành tích năm 2023 nếu quyết định khen thưởng từ 01/01/2024 thì có thể phải áp dụng Luật Thi đua, khen thưởng 2022; chưa tìm thấy quy định chuyển tiếp rõ ràng (chưa xác nhận).',
        en: 'Year-2023 achievements decided from 01/01/2024 may fall under Law 2022; no clear transitional clause was found (UNCONFIRMED).',
      })
    }
    return {
      regime: byYear,
      basis: basisOf(byYear),
      reason: {
        vi: `Không có ngày quyết định: áp dụng chế độ của năm thành tích ${year}.`,
        en: `No decision date: the regime of achievement year ${year} applies.`,
      },
      warnings,
    }
  }
  if (!isIsoDate(decisionDate)) throw invalidArgument('decisionDate', decisionDate, 'an ISO date YYYY-MM-DD')
  if (decisionDate < `${year}-01-01`) throw invalidArgument('decisionDate', decisionDate, `a date not before the achievement year ${year}`)
  const byDecision: RegimeId = decisionDate < LAW_2022_IN_FORCE ? 'A' : decisionDate < ND_152_IN_FORCE ? 'B' : 'C'
  if (byDecision !== byYear) {
    warnings.push({
      vi: `Thành tích năm ${year} (chế độ ${byYear}) được quyết định ngày ${viDate(decisionDate)} (chế độ ${byDecision}); chưa tìm thấy quy định chuyển tiếp, áp dụng quy định tại thời điểm quyết định (chưa xác nhận).`,
      en: `Year-${year} achievements (regime ${byYear}) decided on ${decisionDate} (regime ${byDecision}); no transitional clause found, the rules in force on the decision date are used (UNCONFIRMED).`,
    })
  }
  return {
    regime: byDecision,
    basis: basisOf(byDecision),
    reason: {
      vi: `Quyết định ngày ${viDate(decisionDate)}: áp dụng chế độ ${byDecision}.`,
      en: `Decision dated ${decisionDate}: regime ${byDecision} applies.`,
    },
    warnings,
  }
}

function basisOf(regime: RegimeId): LegalBasis[] {
  if (regime === 'A') return [cite(LAW_2022, '94', undefined, undefined, { note: 'Law 2003 applies until Law 2022 takes effect on 01/01/2024' })]
  if (regime === 'B') return [cite(LAW_2022, '94')]
  return [cite(ND_152_2025, '59')]
}
