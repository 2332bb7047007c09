import { cite, LAW_2022, ND_152_2025, ND_335_2025, ND_48_2023, ND_91_2017, QD_124_2023, QD_366_2025 } from './bases.js'
import { datedRule, type DatedRule } from './dated.js'
import { REGIME_A } from './regime-a.js'
import { REGIME_B } from './regime-b.js'
import { REGIME_C } from './regime-c.js'
import type { Regime, RegimeId } from './regime.js'

// The dates at which the emulation rules change, as data: every function of
// the domain reads them through `atDate` (rules/dated.ts) and none writes a
// rule date itself.

const FIRST_DAY = '1945-01-01'

const REGIME_BASIS: Record<RegimeId, Regime['instruments']> = {
  A: [cite(LAW_2022, '94', undefined, undefined, { note: 'Law 2003 applies until Law 2022 takes effect on 01/01/2024' })],
  B: [cite(LAW_2022, '94')],
  C: [cite(ND_152_2025, '59')],
}

/**
 * Which regime is in force on a date: the decision periods of
 * {@link REGIME_A}, {@link REGIME_B} and {@link REGIME_C} (their
 * `decisionsFrom`/`decisionsTo`) as one dated rule — A up to 31/12/2023,
 * B from 01/01/2024 (Law 06/2022/QH15 Art 94) to 30/06/2025, C from
 * 01/07/2025 (Decree 152/2025/NĐ-CP Art 59). {@link selectRegime} reads it at
 * the decision date, or at 31/12 of the achievement year.
 *
 * @example
 * ```ts
 * import { REGIME_TIMELINE, atDate } from 'hanhchinh/emulation'
 * atDate(REGIME_TIMELINE, '2025-07-01')?.value //=> 'C'
 * atDate(REGIME_TIMELINE, '2025-07-01')?.basis[0]?.article //=> '59'
 * ```
 */
export const REGIME_TIMELINE: DatedRule<RegimeId> = datedRule(
  'REGIME_TIMELINE',
  [REGIME_A, REGIME_B, REGIME_C].map((r) => ({
    from: r.decisionsFrom ?? FIRST_DAY,
    ...(r.decisionsTo !== undefined ? { to: r.decisionsTo } : {}),
    value: r.id,
    basis: REGIME_BASIS[r.id],
  })),
)

/**
 * Whether the standards encoded for regime A (those of Decree 91/2017/NĐ-CP,
 * in force 01/10/2017) were in force on a date: before it, the Decree
 * 42/2010 and 65/2014 era, whose rules differ in places (e.g. the
 * 40-working-day absence rule of Decree 65/2014 is not encoded) — the
 * verdict then carries a warning.
 *
 * @example
 * ```ts
 * import { DECREE_91_STANDARDS, atDate } from 'hanhchinh/emulation'
 * atDate(DECREE_91_STANDARDS, '2017-09-30')?.value //=> false
 * atDate(DECREE_91_STANDARDS, '2017-10-01')?.value //=> true
 * ```
 */
export const DECREE_91_STANDARDS: DatedRule<boolean> = datedRule('DECREE_91_STANDARDS', [
  { from: FIRST_DAY, to: '2017-09-30', value: false, basis: [ND_91_2017] },
  { from: ND_91_2017.effectiveFrom!, value: true, basis: [ND_91_2017] },
])

/**
 * The cap on "hoàn thành xuất sắc nhiệm vụ" ratings, as a percentage of
 * those rated "hoàn thành tốt" (`outstandingPercent` for units the competent
 * level found outstanding), by the date of the rating — read at 31/12 of the
 * rating year by {@link checkQuota}. From the 2023 rating, not above the
 * Party rate (Decree 90/2020 Art 2.6 as amended by Decree 48/2023): QĐ
 * 124-QĐ/TW for 2023–2024 (rate UNCONFIRMED), QĐ 366-QĐ/TW Art 11 for 2025;
 * from 2026 Decree 335/2025/NĐ-CP. No value before 2023: no cap was found
 * (UNCONFIRMED absence).
 *
 * @example
 * ```ts
 * import { HTXS_CAP, atDate } from 'hanhchinh/emulation'
 * atDate(HTXS_CAP, '2025-12-31')?.value //=> { percent: 20, outstandingPercent: 25 }
 * atDate(HTXS_CAP, '2022-12-31') //=> undefined
 * ```
 */
export const HTXS_CAP: DatedRule<{ percent: number; outstandingPercent: number; uncertainOutstanding?: string }> = datedRule('HTXS_CAP', [
  {
    from: '2023-01-01',
    to: '2024-12-31',
    value: {
      percent: 20,
      outstandingPercent: 25,
      uncertainOutstanding: 'The HTXS rate of QĐ 124-QĐ/TW (2023) is not confirmed; the 20% of QĐ 132/HD 21 is assumed; the 25% for outstanding units comes from QĐ 366 (2025)',
    },
    basis: [cite(ND_48_2023, '2', '6', undefined, { note: 'Decree 90/2020 Art 2.6 as amended by Decree 48/2023: not above the Party rate' }), QD_124_2023],
    uncertain: 'The HTXS rate of QĐ 124-QĐ/TW (2023) is not confirmed; the 20% of QĐ 132/HD 21 is assumed',
  },
  {
    from: '2025-01-01',
    to: '2025-12-31',
    value: { percent: 20, outstandingPercent: 25 },
    basis: [cite(ND_48_2023, '2', '6', undefined, { note: 'Decree 90/2020 Art 2.6 as amended by Decree 48/2023: not above the Party rate' }), cite(QD_366_2025, '11')],
  },
  {
    from: ND_335_2025.effectiveFrom!,
    value: {
      percent: 20,
      outstandingPercent: 25,
      uncertainOutstanding: 'Decree 335/2025 lets the competent level set a higher rate for outstanding organisations; the ceiling is not confirmed (25% by analogy with QĐ 366-QĐ/TW)',
    },
    basis: [ND_335_2025],
    uncertain: 'Whether the HTT base is counted before or after the HTXS cut is not confirmed',
  },
])

export { AWARD_MONEY_DECREE, BASE_SALARY } from './money-rules.js'
