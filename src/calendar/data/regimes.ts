import type { Label } from '../../core/label.js'
import type { LegalBasis } from '../../core/legal-basis.js'
import { cite } from '../cite.js'

/**
 * Identifier of a statutory-holiday regime: the Labour Code 1994 as amended
 * in 2002 and 2007 (Art 73), the Labour Code 2012 (10/2012/QH13, Art 115) or
 * the Labour Code 2019 (45/2019/QH14, Art 112).
 *
 * @example
 * ```ts
 * import type { HolidayRegimeId } from 'hanhchinh/calendar'
 * const id: HolidayRegimeId = 'labour-code-2019'
 * id //=> 'labour-code-2019'
 * ```
 */
export type HolidayRegimeId = 'labour-code-1994' | 'labour-code-2012' | 'labour-code-2019'

/**
 * A statutory-holiday regime: the days it governs (`from`..`to`, civil dates;
 * a holiday is judged by the regime in force on its date), how many Tết and
 * Quốc khánh days it grants, and the legal bases of the holiday list and of
 * the compensatory-day rule (nghỉ bù).
 *
 * @example
 * ```ts
 * import { holidayRegimes, type HolidayRegime } from 'hanhchinh/calendar'
 * const r: HolidayRegime = holidayRegimes[2]!
 * r.nationalDayDays //=> 2
 * r.from //=> '2021-01-01'
 * ```
 */
export interface HolidayRegime {
  id: HolidayRegimeId
  /** First day the library judges under this regime (ISO date). */
  from: string
  /** Last day (inclusive, ISO date), absent while in force. */
  to?: string
  /** First calendar year with a day judged under this regime (the year of `from`). */
  fromYear: number
  /** Last calendar year with a day judged under it (the year of `to`), absent while in force. 2013 has days under two regimes. */
  toYear?: number
  label: Label
  /** Days of Tết Âm lịch (4 under the 1994 code as amended in 2002, 5 under the 2012 and 2019 codes). */
  tetDays: number
  /** How many of the Tết days fall before mùng 1 in the default choice of a year without a schedule (see `defaultTetDays`). */
  defaultTetDaysBefore: number
  /** Days of Quốc khánh: 1 (02/09) under the 2012 code, 2 (02/09 + an adjacent day) under the 2019 code. */
  nationalDayDays: 1 | 2
  /** Basis of the holiday list. */
  basis: LegalBasis
  /** Basis of the Tết / adjacent-day choice by the Prime Minister. */
  choiceBasis: LegalBasis
  /** Basis of the compensatory-day rule. */
  compensatoryBasis: LegalBasis
}

// The Labour Code 1994 and its amendments: research notes for issue 19 (notes/schedules-2013-2019.md,
// §0) [V]: the python-holidays Vietnam module encodes 4 Tết days before 2013 with references to
// Art 73 on vbpl.vn; the article text itself was not seen. Internal check: the 2013 swap of Friday
// 15/02/2013 (CV 9570/VPCP-KGVX, rules digest §3.3) is needed only with 4 Tết days (09–12/02) and
// their compensatory days 13 and 14/02.
const CODE_1994_UNCONFIRMED =
  'Art 73 of the Labour Code 1994 (as amended by Law 35/2002/QH10 and Law 84/2007/QH11) was not seen: its content is from a secondary source (the python-holidays Vietnam module, citing vbpl.vn) [V]; 4 Tết days agree with the 2013 schedule (CV 9570/VPCP-KGVX). Its entry into force on 01/01/1995 is from memory.'

/**
 * The statutory-holiday regimes, oldest first, each governing the days from
 * `from` to `to`. The Labour Code 1994 as amended in 2002 and 2007 (Art 73:
 * Tết 4 days) governs every day up to 30/04/2013 — so the Tết of 2013
 * (10/02/2013) has 4 days — and, as the earliest regime encoded, every year
 * before it too, though the code took effect on 01/01/1995, Giỗ Tổ became a
 * holiday only in 2007 and Tết had 4 days only from the 2002 amendment (those
 * years have no announced schedule and are flagged provisional); the Labour
 * Code 2012 governs 01/05/2013–31/12/2020; the Labour Code 2019 from 2021.
 *
 * @example
 * ```ts
 * import { holidayRegimes } from 'hanhchinh/calendar'
 * holidayRegimes.map((r) => `${r.id}:${r.tetDays}:${r.nationalDayDays}`) //=> ['labour-code-1994:4:1', 'labour-code-2012:5:1', 'labour-code-2019:5:2']
 * holidayRegimes[0]!.to //=> '2013-04-30'
 * holidayRegimes[1]!.basis.article //=> '115'
 * ```
 */
export const holidayRegimes: readonly HolidayRegime[] = [
  {
    id: 'labour-code-1994',
    from: '1900-01-01',
    to: '2013-04-30',
    fromYear: 1900,
    toYear: 2013,
    label: { vi: 'Bộ luật Lao động 1994 (sửa đổi 2002, 2007)', en: 'Labour Code 1994 (as amended 2002, 2007)' },
    tetDays: 4,
    defaultTetDaysBefore: 1,
    nationalDayDays: 1,
    basis: cite({
      instrument: '35-L/CTN',
      title: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung bởi Luật 35/2002/QH10 và Luật 84/2007/QH11)',
      article: '73',
      effectiveTo: '2013-04-30',
      note: 'Paid holidays: 01/01; Tết Âm lịch 4 days; Giỗ Tổ Hùng Vương 10/3 lunar (added in 2007); 30/4; 1/5; 02/09 (1 day) [V]. Applied here to every day up to 30/04/2013, also before the code took effect (01/01/1995) and before its amendments: such years have no announced schedule and are provisional.',
      unconfirmed: CODE_1994_UNCONFIRMED,
    }),
    choiceBasis: cite({
      instrument: '35-L/CTN',
      title: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung)',
      article: '73',
      effectiveTo: '2013-04-30',
      note: 'The 4 Tết days of civil servants: in 2013 the last day of the old year (29 Chạp) and mùng 1–3, as announced with CV 9570/VPCP-KGVX; the default for a year without a schedule is the same shape (1 day before mùng 1, 3 from it).',
      unconfirmed: 'The provision under which the Tết days were chosen before 2013 is not identified; the default shape is inferred from the 2013 schedule.',
    }),
    compensatoryBasis: cite({
      instrument: '35-L/CTN',
      title: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung)',
      article: '73',
      effectiveTo: '2013-04-30',
      note: 'A holiday falling on the weekly rest day is compensated on the next day [V]; in 2013 Saturday 09/02 and Sunday 10/02 (Tết) gave Wednesday 13/02 and Thursday 14/02.',
      unconfirmed: CODE_1994_UNCONFIRMED,
    }),
  },
  {
    id: 'labour-code-2012',
    from: '2013-05-01',
    to: '2020-12-31',
    fromYear: 2013,
    toYear: 2020,
    label: { vi: 'Bộ luật Lao động 2012', en: 'Labour Code 2012' },
    tetDays: 5,
    defaultTetDaysBefore: 2,
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
    from: '2021-01-01',
    fromYear: 2021,
    label: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
    tetDays: 5,
    defaultTetDaysBefore: 2,
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
