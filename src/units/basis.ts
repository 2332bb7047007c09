import { invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'

const freeze = (b: LegalBasis): LegalBasis => Object.freeze(b)
/** A literal ISO date of the data (checked by the tests). */
const day = (iso: string): IsoDate => iso as IsoDate

/**
 * The legal instruments `hanhchinh/units` cites, as data. Facts that could not
 * be read in a primary source carry `unconfirmed` (see docs/units.md):
 *
 * - `provinces2025`: Nghị quyết 202/2025/QH15 (63 → 34 provinces);
 * - `localGovernmentLaw2025`: Luật Tổ chức chính quyền địa phương 72/2025/QH15,
 *   Art 51(3) ending the district level from 01/07/2025 (article UNCONFIRMED);
 * - `codes2025`: Quyết định 19/2025/QĐ-TTg, list and codes of units from
 *   01/07/2025 (UNCONFIRMED; the codes here come from Công văn 1027/CTK-CSCL);
 * - `codes2004`: Quyết định 124/2004/QĐ-TTg, the list and codes of units
 *   before 01/07/2025 (as kept by the GSO list of 01/03/2025);
 * - `hueCity2025`: Nghị quyết 175/2024/QH15, Thừa Thiên Huế becomes Thành
 *   phố Huế from 01/01/2025 (UNCONFIRMED);
 * - `haNoi2008`: Nghị quyết 15/2008/QH12, the 63 provinces from 01/08/2008
 *   (UNCONFIRMED; the start of the province data).
 *
 * The 34 commune resolutions of 16/06/2025 are given by
 * {@link communeResolution2025}.
 *
 * @example
 * ```ts
 * import { UNITS_LEGAL_BASES } from 'hanhchinh/units'
 * UNITS_LEGAL_BASES.provinces2025.instrument //=> '202/2025/QH15'
 * UNITS_LEGAL_BASES.localGovernmentLaw2025 //=> { instrument: '72/2025/QH15', article: '51', clause: '3' }
 * typeof UNITS_LEGAL_BASES.codes2025.unconfirmed //=> 'string'
 * ```
 */
export const UNITS_LEGAL_BASES = Object.freeze({
  provinces2025: freeze({
    instrument: '202/2025/QH15',
    title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
    issued: day('2025-06-12'),
    effectiveFrom: day('2025-06-12'),
    note:
      'Passed 12/06/2025, effective on passage; the new provincial governments operate from 01/07/2025. ' +
      'Number and date as cited by each of the 34 commune resolutions of 16/06/2025.',
  }),
  localGovernmentLaw2025: freeze({
    instrument: '72/2025/QH15',
    title: 'Luật Tổ chức chính quyền địa phương',
    article: '51',
    clause: '3',
    issued: day('2025-06-16'),
    effectiveFrom: day('2025-07-01'),
    unconfirmed:
      'The number is cited by each of the 34 commune resolutions of 16/06/2025; the article and clause that end the ' +
      'district level come from two third-party sources, the text of the law was not read.',
  }),
  codes2025: freeze({
    instrument: '19/2025/QĐ-TTg',
    title: 'Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam',
    effectiveFrom: day('2025-07-01'),
    unconfirmed:
      'Cited by third-party sources (datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf); date of signature ' +
      'and text not read. The codes here come from the list of Công văn 1027/CTK-CSCL of 25/06/2025 (Cục Thống kê); ' +
      'whether the decision’s annex equals that list (Xã Ia Mơ) is not confirmed.',
  }),
  codes2004: freeze({
    instrument: '124/2004/QĐ-TTg',
    title: 'Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam',
    effectiveTo: day('2025-06-30'),
    note: 'Codes and names as kept by the GSO list of administrative units at 01/03/2025 (danhmuchanhchinh).',
    unconfirmed: 'Cited by the sources as the edition replaced by 19/2025/QĐ-TTg; its text was not read.',
  }),
  hueCity2025: freeze({
    instrument: '175/2024/QH15',
    title: 'Nghị quyết về việc thành lập thành phố Huế trực thuộc trung ương',
    effectiveFrom: day('2025-01-01'),
    unconfirmed: 'Number and effective date from a press report (cand.com.vn, 29/12/2024); the text was not read.',
  }),
  haNoi2008: freeze({
    instrument: '15/2008/QH12',
    title: 'Nghị quyết về việc điều chỉnh địa giới hành chính thành phố Hà Nội và một số tỉnh có liên quan',
    effectiveFrom: day('2008-08-01'),
    unconfirmed:
      'Start of the province data (63 provinces after Hà Tây joined Hà Nội); number and date not read in a primary source here.',
  }),
} satisfies Record<string, LegalBasis>)

/**
 * The Standing Committee resolution of 16/06/2025 that arranged the
 * commune-level units of one new province (1654–1687/NQ-UBTVQH15, one per
 * province), from its number and notation and the province's full name.
 *
 * @param instrument - the resolution's number and notation (`'1656/NQ-UBTVQH15'`)
 * @param provinceFullName - the new province's official name (`'Thành phố Hà Nội'`)
 *
 * @example
 * ```ts
 * import { communeResolution2025 } from 'hanhchinh/units'
 * communeResolution2025('1656/NQ-UBTVQH15', 'Thành phố Hà Nội')
 * //=> { instrument: '1656/NQ-UBTVQH15', title: 'Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hà Nội năm 2025', issued: '2025-06-16' }
 * communeResolution2025('1/NQ-UBTVQH15', 'Tỉnh X') //=> throws RangeError: Invalid instrument
 * ```
 */
export function communeResolution2025(instrument: string, provinceFullName: string): LegalBasis {
  const number = typeof instrument === 'string' ? /^(\d{4})\/NQ-UBTVQH15$/.exec(instrument)?.[1] : undefined
  if (number === undefined || Number(number) < 1654 || Number(number) > 1687) {
    throw invalidArgument('instrument', instrument, "a commune resolution of 16/06/2025, '1654/NQ-UBTVQH15' to '1687/NQ-UBTVQH15'")
  }
  if (typeof provinceFullName !== 'string' || provinceFullName === '') {
    throw wrongType('provinceFullName', provinceFullName, "the province's official name")
  }
  const of = provinceFullName.charAt(0).toLowerCase() + provinceFullName.slice(1)
  return freeze({
    instrument,
    title: `Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của ${of} năm 2025`,
    issued: day('2025-06-16'),
    effectiveFrom: day('2025-06-16'),
    note: 'Effective on passage; the new commune-level governments operate from 01/07/2025 (Điều 2).',
  })
}
