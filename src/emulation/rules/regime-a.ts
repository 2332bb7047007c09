import { cite, LAW_2003, ND_91_2017, SECTOR_CIRCULARS_ND91, TT_12_2019 } from './bases.js'
import type { Regime } from './regime.js'

/**
 * Regime A: Law on Emulation and Commendation 15/2003/QH11 (as amended 2005,
 * 2009, 2013) + Decree 91/2017/NĐ-CP (from 01/10/2017) + Circular
 * 12/2019/TT-BNV (from 01/01/2020). Judges achievements up to 2023 decided
 * before 01/01/2024. UNCONFIRMED values carry `uncertain` (Decree 91/2017
 * Art 39 text for Bằng khen; the HTT mapping of "hoàn thành tốt nhiệm vụ";
 * "thành tích xuất sắc" read as HTXS ratings for the Labour Order).
 *
 * @example
 * ```ts
 * import { REGIME_A } from 'hanhchinh/emulation'
 * REGIME_A.chienSiThiDuaCoSo.quotaPercentOfLaoDongTienTien.value //=> 15
 * REGIME_A.chienSiThiDuaCoSo.htxsRoute.value //=> false
 * ```
 */
export const REGIME_A: Regime = {
  id: 'A',
  label: {
    vi: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP, Thông tư 12/2019/TT-BNV',
    en: 'Law 2003 (as amended 2013), Decree 91/2017, Circular 12/2019',
  },
  decisionsTo: '2023-12-31',
  instruments: [LAW_2003, ND_91_2017, TT_12_2019],
  laoDongTienTien: {
    minRating: {
      value: 'hoan-thanh-tot',
      basis: [cite(LAW_2003, '24'), cite(ND_91_2017, '10')],
      uncertain: 'Law 2003 Art 24 says "hoàn thành tốt nhiệm vụ được giao"; reading it as a rating of HTT or better is derived',
    },
    minServiceMonths: { value: 10, basis: [cite(ND_91_2017, '10')] },
    disciplineBar: { value: 'khien-trach', basis: [cite(ND_91_2017, '10')] },
  },
  chienSiThiDuaCoSo: {
    htxsRoute: { value: false, basis: [cite(LAW_2003, '23'), cite(ND_91_2017, '9', '3')] },
    initiativeLevel: { value: 'co-so', basis: [cite(LAW_2003, '23'), cite(ND_91_2017, '9', '3')] },
    quotaPercentOfLaoDongTienTien: {
      value: 15,
      basis: [cite(ND_91_2017, '9', '3')],
      uncertain: 'Aggregation scope (unit vs ministry/province) and rounding are left to the ministry/province (open question); whether a cap existed before 01/10/2017 is not confirmed',
    },
  },
  chienSiThiDuaCapTinh: {
    consecutiveCoSo: { value: 3, basis: [cite(LAW_2003, '22'), cite(ND_91_2017, '9', '2')] },
    initiativeScope: { value: 'cap-tinh', basis: [cite(LAW_2003, '22'), cite(ND_91_2017, '9', '2')] },
  },
  chienSiThiDuaToanQuoc: {
    consecutiveCapTinh: { value: 2, basis: [cite(LAW_2003, '21'), cite(ND_91_2017, '9', '1')] },
    initiativeScope: { value: 'toan-quoc', basis: [cite(LAW_2003, '21'), cite(ND_91_2017, '9', '1')] },
    adjacentCycleOnly: { value: true, basis: [cite(ND_91_2017, '48', '1', 'a')] },
  },
  tapTheLaoDongTienTien: {
    minRating: { value: 'hoan-thanh-tot', basis: [cite(LAW_2003, '28', '1', 'a')] },
    minLaoDongTienTien: { value: { percent: 50, strict: true }, basis: [cite(LAW_2003, '28', '1', 'c')] },
    memberDisciplineBar: { value: 'canh-cao', basis: [cite(LAW_2003, '28', '1', 'c')] },
  },
  tapTheLaoDongXuatSac: {
    minRating: { value: 'hoan-thanh-xuat-sac', basis: [cite(LAW_2003, '27')] },
    allMembersComplete: { value: true, basis: [cite(LAW_2003, '27')] },
    minLaoDongTienTien: { value: { percent: 70, strict: false }, basis: [cite(LAW_2003, '27')] },
    minChienSiThiDuaCoSo: { value: 1, basis: [cite(LAW_2003, '27')] },
    memberDisciplineBar: { value: 'canh-cao', basis: [cite(LAW_2003, '27')] },
  },
  bangKhenTinh: {
    consecutiveCoSo: { value: null, basis: [cite(LAW_2003, '72'), cite(ND_91_2017, '39')] },
    htxsYears: {
      value: 2,
      basis: [cite(LAW_2003, '72'), cite(ND_91_2017, '39'), SECTOR_CIRCULARS_ND91],
      uncertain: 'Decree 91/2017 Art 39 text not retrieved; the 2-year HTXS + 2 initiatives limb is restated by sector circulars',
    },
    initiatives: {
      value: 2,
      basis: [cite(ND_91_2017, '39'), SECTOR_CIRCULARS_ND91],
      uncertain: 'Decree 91/2017 Art 39 text not retrieved; restated by sector circulars',
    },
    collectiveYears: {
      value: 2,
      basis: [cite(LAW_2003, '72'), cite(ND_91_2017, '39')],
      uncertain: 'Collective Bằng khen criteria of regime A not retrieved; the Law 2022 reading (2 consecutive years HTXS or TTLĐXS) is used',
    },
  },
  bangKhenThuTuong: {
    anchor: { value: ['bang-khen-bo-nganh', 'bang-khen-chu-tich-ubnd-tinh'], basis: [cite(LAW_2003, '71'), cite(ND_91_2017, '38', '1', 'c')] },
    years: { value: 5, basis: [cite(ND_91_2017, '38', '1', 'c')] },
    minRating: { value: 'hoan-thanh-xuat-sac', basis: [cite(ND_91_2017, '38', '1', 'c')] },
    initiatives: { value: 5, basis: [cite(ND_91_2017, '38', '1', 'c')] },
    chienSiThiDuaCoSo: { value: 0, basis: [cite(ND_91_2017, '38', '1', 'c')] },
  },
  huanChuongLaoDongHangBa: {
    anchor: { value: ['bang-khen-thu-tuong'], basis: [cite(ND_91_2017, '24')] },
    years: { value: 5, basis: [cite(ND_91_2017, '24')] },
    minRating: {
      value: 'hoan-thanh-xuat-sac',
      basis: [cite(ND_91_2017, '24')],
      uncertain: '"05 năm tiếp theo liên tục có thành tích xuất sắc" read as five HTXS ratings (derived)',
    },
    htxsYears: { value: 5, basis: [cite(ND_91_2017, '24')], uncertain: '"thành tích xuất sắc" read as HTXS ratings (derived)' },
    initiatives: { value: 2, basis: [cite(ND_91_2017, '24')] },
    initiativeScope: { value: 'cap-tinh', basis: [cite(ND_91_2017, '24')] },
    chienSiThiDuaCoSo: { value: 0, basis: [cite(ND_91_2017, '24')] },
  },
  general: {
    meritAnchorsOnly: { value: true, basis: [cite(ND_91_2017, '3'), TT_12_2019] },
    countFromDisciplineEnd: {
      value: false,
      basis: [ND_91_2017],
      uncertain: 'No regime-A counterpart of Decree 98/2023 Art 4.4 was retrieved',
    },
    noPendingDiscipline: {
      value: false,
      basis: [ND_91_2017],
      uncertain: 'No regime-A counterpart of Decree 98/2023 Art 4.4 was retrieved',
    },
    oneStateFormPerYear: { value: true, basis: [TT_12_2019] },
  },
}

