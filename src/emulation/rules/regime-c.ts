import { cite, LAW_2022, ND_152_2025, ND_91_2017, TT_01_2024, TT_15_2025 } from './bases.js'
import type { Regime } from './regime.js'
import { REGIME_B } from './regime-b.js'

const { decisionsTo: _decisionsTo, ...REGIME_B_OPEN } = REGIME_B

/**
 * Regime C: Law 06/2022/QH15 + Decree 152/2025/NĐ-CP (from 01/07/2025; it
 * repeals Decree 98/2023, Art 59) + Circular 15/2025/TT-BNV. The title
 * standards stay in Law 2022 and are those of regime B; the general
 * principles of Decree 98/2023 Art 4 are carried over unchanged into Decree
 * 152/2025 Art 4. UNCONFIRMED: whether Circular 15/2025 keeps the "< 6 months"
 * new-recruit bar of Circular 01/2024 (kept here, marked uncertain).
 *
 * @example
 * ```ts
 * import { REGIME_C } from 'hanhchinh/emulation'
 * REGIME_C.general.countFromDisciplineEnd.basis[0]?.instrument //=> '152/2025/NĐ-CP'
 * REGIME_C.laoDongTienTien.minServiceMonths.uncertain !== undefined //=> true
 * ```
 */
export const REGIME_C: Regime = {
  ...REGIME_B_OPEN,
  id: 'C',
  label: {
    vi: 'Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP, Thông tư 15/2025/TT-BNV',
    en: 'Law 2022, Decree 152/2025, Circular 15/2025',
  },
  decisionsFrom: '2025-07-01',
  instruments: [LAW_2022, ND_152_2025, TT_15_2025],
  laoDongTienTien: {
    ...REGIME_B.laoDongTienTien,
    minServiceMonths: {
      value: 6,
      basis: [cite(TT_01_2024, '1', '5', undefined, { note: 'Assumed to continue under Circular 15/2025/TT-BNV' }), TT_15_2025],
      uncertain: 'Circular 15/2025/TT-BNV clauses not retrieved; the 6-month bar of Circular 01/2024 Art 1.5 is assumed to continue',
    },
  },
  chienSiThiDuaCoSo: {
    ...REGIME_B.chienSiThiDuaCoSo,
    quotaPercentOfLaoDongTienTien: { value: null, basis: [cite(LAW_2022, '23'), ND_152_2025] },
  },
  chienSiThiDuaToanQuoc: {
    ...REGIME_B.chienSiThiDuaToanQuoc,
    adjacentCycleOnly: {
      value: true,
      basis: [cite(ND_91_2017, '48', '1', 'a', { note: 'Regime-A rule carried over; no counterpart confirmed in Decree 152/2025' }), ND_152_2025],
      uncertain: 'The adjacent-cycle rule of Decree 91/2017 Art 48.1.a has no confirmed counterpart in Decree 152/2025',
    },
  },
  general: {
    meritAnchorsOnly: { value: true, basis: [cite(ND_152_2025, '4', '3')] },
    countFromDisciplineEnd: { value: true, basis: [cite(ND_152_2025, '4', '4')] },
    noPendingDiscipline: { value: true, basis: [cite(ND_152_2025, '4', '4')] },
    oneStateFormPerYear: {
      value: false,
      basis: [TT_15_2025],
      uncertain: 'Whether the one-State-form-per-year rule of Circular 12/2019 survived into Circular 15/2025 is not confirmed',
    },
  },
}
