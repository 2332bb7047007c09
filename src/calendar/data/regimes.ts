import type { Label } from '../../core/label.js'
import type { LegalBasis } from '../../core/legal-basis.js'
import { cite } from '../cite.js'

/**
 * Identifier of a statutory-holiday regime: the Labour Code 2012
 * (10/2012/QH13, Art 115) or the Labour Code 2019 (45/2019/QH14, Art 112).
 *
 * @example
 * ```ts
 * import type { HolidayRegimeId } from 'hanhchinh/calendar'
 * const id: HolidayRegimeId = 'labour-code-2019'
 * id //=> 'labour-code-2019'
 * ```
 */
export type HolidayRegimeId = 'labour-code-2012' | 'labour-code-2019'

/**
 * A statutory-holiday regime: which years it governs, how many Quốc khánh
 * days it grants, and the legal bases of the holiday list and of the
 * compensatory-day rule (nghỉ bù).
 *
 * @example
 * ```ts
 * import { holidayRegimes, type HolidayRegime } from 'hanhchinh/calendar'
 * const r: HolidayRegime = holidayRegimes[1]!
 * r.nationalDayDays //=> 2
 * ```
 */
export interface HolidayRegime {
  id: HolidayRegimeId
  /** First calendar year the library judges under this regime. */
  fromYear: number
  /** Last calendar year (inclusive), absent while in force. */
  toYear?: number
  label: Label
  /** Days of Tết Âm lịch (5 under both codes). */
  tetDays: number
  /** Days of Quốc khánh: 1 (02/09) under the 2012 code, 2 (02/09 + an adjacent day) under the 2019 code. */
  nationalDayDays: 1 | 2
  /** Basis of the holiday list. */
  basis: LegalBasis
  /** Basis of the Tết / adjacent-day choice by the Prime Minister. */
  choiceBasis: LegalBasis
  /** Basis of the compensatory-day rule. */
  compensatoryBasis: LegalBasis
}

/**
 * The statutory-holiday regimes, oldest first. The Labour Code 2012 is
 * applied to every year up to 2020 (years before its entry into force,
 * 01/05/2013, are computed with it too and flagged provisional: the codes
 * before it are not encoded); the Labour Code 2019 from 2021.
 *
 * @example
 * ```ts
 * import { holidayRegimes } from 'hanhchinh/calendar'
 * holidayRegimes.map((r) => `${r.id}:${r.nationalDayDays}`) //=> ['labour-code-2012:1', 'labour-code-2019:2']
 * holidayRegimes[0]!.basis.article //=> '115'
 * ```
 */
export const holidayRegimes: readonly HolidayRegime[] = [
  {
    id: 'labour-code-2012',
    fromYear: 1900,
    toYear: 2020,
    label: { vi: 'Bộ luật Lao động 2012', en: 'Labour Code 2012' },
    tetDays: 5,
    nationalDayDays: 1,
    basis: cite({
      instrument: '10/2012/QH13',
      title: 'Bộ luật Lao động 2012',
      article: '115',
      clause: '1',
      effectiveFrom: '2013-05-01',
      effectiveTo: '2020-12-31',
      note: 'Ten paid holidays: 01/01; Tết Âm lịch 5 days; 10/3 lunar; 30/4; 1/5; 02/09 (1 day). [S] summary in the rules digest §3.1.',
      unconfirmed: 'Article text seen only in a secondary summary; effective date 01/05/2013 is from memory in the rules digest.',
    }),
    choiceBasis: cite({
      instrument: '10/2012/QH13',
      title: 'Bộ luật Lao động 2012',
      article: '115',
      effectiveFrom: '2013-05-01',
      effectiveTo: '2020-12-31',
      note: 'Tết days fixed yearly for civil servants by the Prime Minister (practice described in the rules digest §3.3).',
      unconfirmed: 'The rules digest does not name the provision of the 2012 code (or of its implementing decree) under which the Prime Minister chose the Tết days; Art 115 is cited as the holiday list.',
    }),
    compensatoryBasis: cite({
      instrument: '10/2012/QH13',
      title: 'Bộ luật Lao động 2012',
      article: '115',
      clause: '3',
      effectiveFrom: '2013-05-01',
      effectiveTo: '2020-12-31',
      note: 'A holiday falling on the weekly rest day is compensated on the next day [S].',
    }),
  },
  {
    id: 'labour-code-2019',
    fromYear: 2021,
    label: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
    tetDays: 5,
    nationalDayDays: 2,
    basis: cite({
      instrument: '45/2019/QH14',
      title: 'Bộ luật Lao động 2019',
      article: '112',
      clause: '1',
      effectiveFrom: '2021-01-01',
      note: 'Eleven paid holidays: 01/01; Tết Âm lịch 5 days; 30/4; 1/5; Quốc khánh 02/09 + 1 adjacent day; 10/3 lunar [P].',
    }),
    choiceBasis: cite({
      instrument: '45/2019/QH14',
      title: 'Bộ luật Lao động 2019',
      article: '112',
      clause: '3',
      effectiveFrom: '2021-01-01',
      note: 'The Prime Minister decides the specific Tết days and the day before or after 02/09 [P].',
    }),
    compensatoryBasis: cite({
      instrument: '45/2019/QH14',
      title: 'Bộ luật Lao động 2019',
      article: '111',
      clause: '3',
      effectiveFrom: '2021-01-01',
      note: 'If the weekly rest day coincides with a holiday of Art 112(1), the rest day is taken on the next working day (nghỉ bù) [P].',
    }),
  },
]

/**
 * Legal basis of the civil-service office week: 40 hours in 5 days, Saturday
 * and Sunday off (QĐ 188/1999/QĐ-TTg Art 1, applied from 02/10/1999).
 *
 * @example
 * ```ts
 * import { officeWeekBasis } from 'hanhchinh/calendar'
 * officeWeekBasis.instrument //=> '188/1999/QĐ-TTg'
 * ```
 */
export const officeWeekBasis: LegalBasis = cite({
  instrument: '188/1999/QĐ-TTg',
  article: '1',
  issued: '1999-09-17',
  effectiveFrom: '1999-10-02',
  note: '40 hours in 5 days; Saturday and Sunday off for administrative and public-service bodies [S].',
})

/**
 * Legal basis (and caveat) of Saturday reception of dossiers: QĐ 14/2010/QĐ-TTg
 * lets ministers and provincial chairs open TTHC reception on Saturdays. The
 * library does NOT treat such Saturdays as working days: whether they count for
 * deadlines is UNCONFIRMED; add them with `extraWorkingDays` if your province does.
 *
 * @example
 * ```ts
 * import { saturdayReceptionBasis } from 'hanhchinh/calendar'
 * saturdayReceptionBasis.unconfirmed !== undefined //=> true
 * ```
 */
export const saturdayReceptionBasis: LegalBasis = cite({
  instrument: '14/2010/QĐ-TTg',
  note: 'Saturday (half or full day) reception and handling of selected TTHC may be organised, except on holidays [S].',
  article: '1',
  issued: '2010-02-12',
  unconfirmed: 'Whether Saturdays opened under QĐ 14/2010 count as working days for deadlines is not confirmed; in force status also unconfirmed.',
})

/**
 * Legal basis of the default office hours 07:30–12:00 and 13:00–16:30: a
 * local choice (a provincial one-stop portal example), consistent with the
 * 8-hour day of QĐ 188/1999 (40 hours / 5 days). Replaceable per calendar.
 *
 * @example
 * ```ts
 * import { officeHoursBasis } from 'hanhchinh/calendar'
 * officeHoursBasis.instrument //=> '188/1999/QĐ-TTg'
 * ```
 */
export const officeHoursBasis: LegalBasis = cite({
  instrument: '188/1999/QĐ-TTg',
  article: '1',
  note: 'Office hours are set locally; 07:30–12:00 and 13:00–16:30 is a provincial portal example (rules digest §1.4(7)) that gives the 8 hours a day of the 40-hour week.',
  unconfirmed: 'No national rule fixes the hours of a session or how "giờ" time limits map to office hours.',
})
