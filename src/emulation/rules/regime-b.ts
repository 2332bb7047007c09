import { cite, LAW_2022, ND_48_2023, ND_91_2017, ND_98_2023, QD_86_2025_BAC_NINH, TT_01_2024 } from './bases.js'
import type { Regime } from './regime.js'

// Law 2022 Art 21 and 22 are cited by point only: the digest
// (shared/rules/emulation-awards.md §2.1) gives points (a) and (b) but no
// clause number.
const ND90_ART_2_5 = { note: 'Decree 90/2020 Art 2.5 as amended by Decree 48/2023 (derived: disciplined in the year ⇒ KHT)' }

/**
 * Regime B: Law on Emulation and Commendation 06/2022/QH15 + Decree
 * 98/2023/NĐ-CP + Circular 01/2024/TT-BNV — decisions taken from 01/01/2024
 * to 30/06/2025. UNCONFIRMED values carry `uncertain` (the 70% threshold of
 * Art 28.1 is supported by two secondary sources; the adjacent-cycle rule for
 * Chiến sĩ thi đua toàn quốc is carried over from regime A).
 *
 * @example
 * ```ts
 * import { REGIME_B } from 'hanhchinh/emulation'
 * REGIME_B.laoDongTienTien.minServiceMonths.value //=> 6
 * REGIME_B.chienSiThiDuaCoSo.quotaPercentOfLaoDongTienTien.value //=> null
 * ```
 */
export const REGIME_B: Regime = {
  id: 'B',
  label: {
    vi: 'Luật Thi đua, khen thưởng 2022, Nghị định 98/2023/NĐ-CP, Thông tư 01/2024/TT-BNV',
    en: 'Law 2022, Decree 98/2023, Circular 01/2024',
  },
  decisionsFrom: '2024-01-01',
  decisionsTo: '2025-06-30',
  instruments: [LAW_2022, ND_98_2023, TT_01_2024],
  laoDongTienTien: {
    minRating: { value: 'hoan-thanh-tot', basis: [cite(LAW_2022, '24', '1')] },
    minServiceMonths: { value: 6, basis: [cite(TT_01_2024, '1', '5')] },
    disciplineBar: { value: null, basis: [cite(LAW_2022, '24', '1'), cite(ND_48_2023, '2', '5', undefined, ND90_ART_2_5)] },
  },
  chienSiThiDuaCoSo: {
    htxsRoute: { value: true, basis: [cite(LAW_2022, '23', '2')] },
    initiativeLevel: { value: 'co-so', basis: [cite(LAW_2022, '23', '2')] },
    quotaPercentOfLaoDongTienTien: { value: null, basis: [cite(LAW_2022, '23'), ND_98_2023] },
  },
  chienSiThiDuaCapTinh: {
    consecutiveCoSo: { value: 3, basis: [cite(LAW_2022, '22', undefined, 'a')] },
    initiativeScope: { value: 'cap-tinh', basis: [cite(LAW_2022, '22', undefined, 'b')] },
  },
  chienSiThiDuaToanQuoc: {
    consecutiveCapTinh: { value: 2, basis: [cite(LAW_2022, '21', undefined, 'a')] },
    initiativeScope: { value: 'toan-quoc', basis: [cite(LAW_2022, '21', undefined, 'b')] },
    adjacentCycleOnly: {
      value: true,
      basis: [cite(ND_91_2017, '48', '1', 'a', { note: 'Regime-A rule carried over; no counterpart confirmed in Decree 98/2023' }), ND_98_2023],
      uncertain: 'The adjacent-cycle rule of Decree 91/2017 Art 48.1.a has no confirmed counterpart in Decree 98/2023',
    },
  },
  tapTheLaoDongTienTien: {
    minRating: { value: 'hoan-thanh-tot', basis: [cite(LAW_2022, '28', '1')] },
    minLaoDongTienTien: {
      value: { percent: 70, strict: false },
      basis: [cite(LAW_2022, '28', '1'), cite(QD_86_2025_BAC_NINH, '4', '2')],
      uncertain: 'Law 2022 Art 28.1 official text not retrieved; "at least 70%" per two secondary sources',
    },
    memberDisciplineBar: { value: 'canh-cao', basis: [cite(LAW_2022, '28', '1')] },
  },
  tapTheLaoDongXuatSac: {
    minRating: { value: 'hoan-thanh-xuat-sac', basis: [cite(LAW_2022, '27', '1', 'a')] },
    allMembersComplete: { value: true, basis: [cite(LAW_2022, '27', '1', 'c'), cite(ND_48_2023, '2', '5', undefined, ND90_ART_2_5)] },
    minLaoDongTienTien: { value: { percent: 70, strict: false }, basis: [cite(LAW_2022, '27', '1', 'c')] },
    minChienSiThiDuaCoSo: { value: 1, basis: [cite(LAW_2022, '27', '1', 'd')] },
    memberDisciplineBar: { value: null, basis: [cite(LAW_2022, '27', '1')] },
  },
  bangKhenTinh: {
    consecutiveCoSo: { value: 2, basis: [cite(LAW_2022, '74', '1', 'd')] },
    htxsYears: { value: 2, basis: [cite(LAW_2022, '74', '1', 'd')] },
    initiatives: { value: 2, basis: [cite(LAW_2022, '74', '1', 'd')] },
    collectiveYears: {
      value: 2,
      basis: [cite(LAW_2022, '74'), cite(QD_86_2025_BAC_NINH, '3', '3', 'c')],
      uncertain: 'Collective clause known from a provincial restatement (Bắc Ninh QĐ 86/2025), not the law text',
    },
  },
  bangKhenThuTuong: {
    anchor: { value: ['bang-khen-bo-nganh', 'bang-khen-chu-tich-ubnd-tinh'], basis: [cite(LAW_2022, '73', '1', 'b')] },
    years: { value: 5, basis: [cite(LAW_2022, '73', '1', 'b')] },
    minRating: { value: 'hoan-thanh-tot', basis: [cite(LAW_2022, '73', '1', 'b')] },
    initiatives: { value: 0, basis: [cite(LAW_2022, '73', '1', 'b')] },
    chienSiThiDuaCoSo: { value: 3, basis: [cite(LAW_2022, '73', '1', 'b')] },
  },
  huanChuongLaoDongHangBa: {
    anchor: { value: ['bang-khen-thu-tuong'], basis: [cite(LAW_2022, '44', '1', 'e')] },
    years: { value: 5, basis: [cite(LAW_2022, '44', '1', 'e')] },
    minRating: { value: 'hoan-thanh-tot', basis: [cite(LAW_2022, '44', '1', 'e')] },
    htxsYears: { value: 1, basis: [cite(LAW_2022, '44', '1', 'e')] },
    initiatives: { value: 0, basis: [cite(LAW_2022, '44', '1', 'e')] },
    initiativeScope: { value: 'co-so', basis: [cite(LAW_2022, '44', '1', 'e')] },
    chienSiThiDuaCoSo: { value: 3, basis: [cite(LAW_2022, '44', '1', 'e')] },
  },
  general: {
    meritAnchorsOnly: { value: true, basis: [cite(ND_98_2023, '4', '3')] },
    countFromDisciplineEnd: { value: true, basis: [cite(ND_98_2023, '4', '4')] },
    noPendingDiscipline: { value: true, basis: [cite(ND_98_2023, '4', '4')] },
    oneStateFormPerYear: {
      value: false,
      basis: [TT_01_2024],
      uncertain: 'Whether the one-State-form-per-year rule of Circular 12/2019 survived into Circular 01/2024 is not confirmed',
    },
  },
}
