import type { LegalBasis } from '../../core/legal-basis.js'
import type { AnnouncedScheduleInput } from '../schema.js'

// Sources: rules digest `calendar-dossiers-documents.md` §3.4 (2023–2026). [S] = news /
// portal source as given there; instrument numbers are those the digest names. Compensatory
// days are not listed here: the calendar derives them from Art 111(3) (and the tests check that
// the derived blocks equal the announced "Off" columns of the digest).

// Facts the rules digest does not carry are marked `unconfirmed` in their basis (the digest's
// §3.4 starts at 2023 and leaves the 2023/2024 dispatch numbers open, question 7).
const OUTSIDE_DIGEST_2020_2022 =
  'Not in the rules digest (§3.4 starts at 2023): taken from the news reports named in the note, not checked against the instrument itself.'

const art115: LegalBasis = {
  instrument: '10/2012/QH13',
  title: 'Bộ luật Lao động 2012',
  article: '115',
}

const art112c1: LegalBasis = {
  instrument: '45/2019/QH14',
  title: 'Bộ luật Lao động 2019',
  article: '112',
  clause: '1',
}

const art112c3: LegalBasis = {
  instrument: '45/2019/QH14',
  title: 'Bộ luật Lao động 2019',
  article: '112',
  clause: '3',
}

// 2014–2019: research notes for issue 19 (notes/schedules-2013-2019.md). Tags there: [C] the
// instrument's text seen in a transcription; [V] secondary source only (press, ministry portal).
// A year whose decisions are only [V] keeps `unconfirmed` (provisional, with the reason).
// 2013: its Tết (10/02/2013) fell under the Labour Code 1994 (4 Tết days, Art 73 as amended),
// before the 2012 code (in force 01/05/2013): the regime 'labour-code-1994' (regimes.ts) gives
// the 4 days. Its three swaps are in the rules digest §3.3 (CV 9570/VPCP-KGVX) [S], the Tết
// block 09–17/02 in the press [V]. Years before 2013 have no schedule and stay provisional.
const PRESS_ONLY = (year: number, what: string): string =>
  `The ${year} schedule is known from secondary sources only (press, ministry portals) [V]: ${what}. Not checked against the instruments themselves.`

const art115c3: LegalBasis = { ...art115, clause: '3', note: 'Compensation on the next working day when a holiday falls on the weekly rest day.' }

const art73of1994: LegalBasis = {
  instrument: '35-L/CTN',
  title: 'Bộ luật Lao động 1994 (sửa đổi, bổ sung)',
  article: '73',
  unconfirmed: 'Article text not seen (research notes for issue 19: python-holidays Vietnam module citing vbpl.vn) [V].',
}

const cv9570 = (point: string) => ({
  instrument: 'CV 9570/VPCP-KGVX',
  issued: '2012-11-23',
  note: `${point} — the Prime Minister agrees to MOLISA's swaps for 2013; rules digest §3.3 [S]; tienphong.vn "Tết Âm lịch, được nghỉ 9 ngày"; relayed by the Ministry of Culture's office, VB 571/VP-HCTC (28/12/2012), https://bvhttdl.gov.vn/thong-bao-nghi-le-tet-nam-2013-3958.htm (which misprints the make-up day of 31/12/2012 as "05/02/2013") [V].`,
})

const historical: readonly AnnouncedScheduleInput[] = [
  {
    year: 2013,
    tet: {
      days: ['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12'],
      basis: [
        { ...art73of1994, note: 'Tết Quý Tỵ (mùng 1 = Sun 10/02/2013), 4 days under the 1994 code: Sat 09/02 (29 Chạp, last day of the year) – Tue 12/02 (mùng 3); Sat 09, Sun 10 → nghỉ bù Wed 13, Thu 14/02; with the swap of Fri 15/02, off 09/02–17/02/2013 (9 days) [V]. Which days are statutory is derived from the announced block [D].' },
        cv9570('Tết off 09/02–17/02/2013, Friday 15/02 swapped with Saturday 23/02'),
      ],
    },
    hungKings: { days: ['2013-04-19'], basis: [{ ...art73of1994, note: 'Giỗ Tổ Fri 19/04/2013 (10/3 lunar, rules digest §4.2) [D].' }] },
    swaps: [
      { off: '2012-12-31', work: '2013-01-05', occasion: 'tet-duong-lich', basis: [cv9570('Off Mon 31/12/2012 ↔ work Sat 05/01/2013')] },
      { off: '2013-02-15', work: '2013-02-23', occasion: 'tet-am-lich', basis: [cv9570('Off Fri 15/02 ↔ work Sat 23/02/2013')] },
      { off: '2013-04-29', work: '2013-05-04', occasion: 'ngay-chien-thang', basis: [cv9570('Off Mon 29/04 ↔ work Sat 04/05/2013 (30/4 under the 1994 code, 1/5 under the 2012 code, in force from 01/05/2013)')] },
    ],
    basis: [cv9570('The 2013 schedule: New Year, Tết and 30/4–1/5 swaps (the number of the MOLISA notice that announced it was not found)')],
    note: 'Quốc khánh 02/09/2013 is a Monday: off 31/08–02/09, no decision needed [D].',
  },
  {
    year: 2014,
    tet: {
      days: ['2014-01-30', '2014-01-31', '2014-02-01', '2014-02-02', '2014-02-03'],
      basis: [
        { ...art115, note: 'Tết Giáp Ngọ: Thu 30/01 (30 Chạp) – Mon 03/02 (mùng 4); Sat 01, Sun 02 → nghỉ bù 04, 05/02; with the swaps, off 28/01–05/02/2014 ("28 Chạp → mùng 6") [D from the announced block].' },
        { instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'The PM agrees to MOLISA\'s 2014 swaps; baonghean.vn/en "Holiday swapping for 2014 holidays", baodongthap.com.vn 18/12/2013 [V].', unconfirmed: 'Secondary sources only; the MOLISA notice number was not found.' },
      ],
    },
    hungKings: { days: ['2014-04-09'], basis: [{ ...art115, note: 'Giỗ Tổ Wed 09/04/2014 (10/3 lunar) [D].' }] },
    swaps: [
      { off: '2014-01-28', work: '2014-01-25', occasion: 'tet-am-lich', basis: [{ instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'Off Tue 28/01 ↔ work Sat 25/01/2014 [V].' }] },
      { off: '2014-01-29', work: '2014-02-08', occasion: 'tet-am-lich', basis: [{ instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'Off Wed 29/01 ↔ work Sat 08/02/2014 [V].' }] },
      { off: '2014-05-02', work: '2014-04-26', occasion: 'quoc-te-lao-dong', basis: [{ instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'Off Fri 02/05 ↔ work Sat 26/04/2014 (baodongthap misprints "26/4/2013") [V].' }] },
      {
        off: '2014-09-01',
        work: '2014-09-06',
        occasion: 'quoc-khanh',
        basis: [{ instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'Off Mon 01/09 ↔ work Sat 06/09/2014.', unconfirmed: 'Only in the python-holidays Vietnam module (special_public_holidays[2014]); not seen in a Vietnamese source.' }],
      },
    ],
    basis: [{ instrument: 'CV 10525/VPCP-KGVX', issued: '2013-12-12', note: 'Government Office dispatch on the 2014 holiday swaps [V].' }],
    unconfirmed: PRESS_ONLY(2014, 'CV 10525/VPCP-KGVX as reported; MOLISA notice number not found; the September swap from one non-Vietnamese source'),
  },
  {
    year: 2015,
    tet: {
      days: ['2015-02-17', '2015-02-18', '2015-02-19', '2015-02-20', '2015-02-21'],
      basis: [
        { ...art115, note: 'Tết Ất Mùi: Tue 17/02 (29 Chạp) – Sat 21/02 (mùng 3); Sat 21 → nghỉ bù Mon 23/02; with the swap, off 15/02–23/02/2015 [V].' },
        { instrument: 'Tờ trình 89/TTr-LĐTBXH', issued: '2014-11-20', note: 'MOLISA proposal, option 1 adopted; full text https://vbpl.freshdesk.com/support/solutions/articles/16000020548 [C]. PM approval 01/12/2014 (viet-jo.com 02/12/2014 citing vnexpress) [V].', unconfirmed: 'The approving VPCP dispatch and the MOLISA notice numbers were not found; the approval is from the press.' },
      ],
    },
    hungKings: { days: ['2015-04-28'], basis: [{ ...art115, note: 'Giỗ Tổ Tue 28/04/2015 (10/3 lunar); off 28/04–03/05/2015 with the swap [V].' }] },
    swaps: [
      { off: '2015-01-02', work: '2014-12-27', occasion: 'tet-duong-lich', basis: [{ instrument: 'Tờ trình 89/TTr-LĐTBXH', issued: '2014-11-20', note: 'Off Fri 02/01/2015 ↔ work Sat 27/12/2014 [C proposal, V approval].' }] },
      { off: '2015-02-16', work: '2015-02-14', occasion: 'tet-am-lich', basis: [{ instrument: 'Tờ trình 89/TTr-LĐTBXH', issued: '2014-11-20', note: 'Off Mon 16/02 ↔ work Sat 14/02/2015 [C proposal, V approval].' }] },
      { off: '2015-04-29', work: '2015-04-25', occasion: 'ngay-chien-thang', basis: [{ instrument: 'Tờ trình 89/TTr-LĐTBXH', issued: '2014-11-20', note: 'Off Wed 29/04 ↔ work Sat 25/04/2015 [C proposal, V approval].' }] },
    ],
    basis: [{ instrument: 'Tờ trình 89/TTr-LĐTBXH', issued: '2014-11-20', note: 'Approved by the PM on 01/12/2014 [V]; no Quốc khánh swap known (none found) [U].' }],
    unconfirmed: PRESS_ONLY(2015, 'the PM\'s approval of Tờ trình 89/TTr-LĐTBXH (01/12/2014) as reported; instrument numbers not found; Quốc khánh: no swap found, no positive source'),
  },
  {
    year: 2016,
    tet: {
      days: ['2016-02-07', '2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11'],
      basis: [
        { ...art115, note: 'Tết Bính Thân: Sun 07/02 (29 Chạp, last day of the year) – Thu 11/02 (mùng 4); Sun 07 → nghỉ bù Fri 12/02; no swap ("không phải hoán đổi"); off 06/02–14/02/2016 [V].' },
        { instrument: 'TB 4659/TB-LĐTBXH', issued: '2015-11-13', note: 'MOLISA notice signed by Minister Phạm Thị Hải Chuyền, after the Government meeting of 29/10/2015; ngaynay.vn [V].', unconfirmed: 'Secondary source only; the Government / VPCP instrument was not found.' },
      ],
    },
    hungKings: { days: ['2016-04-16'], basis: [{ ...art115, note: 'Giỗ Tổ Sat 16/04/2016 → nghỉ bù Mon 18/04; 30/4 Sat and 1/5 Sun → nghỉ bù 02 and 03/05 [D].' }] },
    swaps: [],
    basis: [{ instrument: 'TB 4659/TB-LĐTBXH', issued: '2015-11-13', note: '2016 Tết schedule [V]; other 2016 holidays follow the rule [D].' }],
    unconfirmed: PRESS_ONLY(2016, 'TB 4659/TB-LĐTBXH as reported by ngaynay.vn; the days other than Tết are derived from the rule'),
  },
  {
    year: 2017,
    tet: {
      days: ['2017-01-26', '2017-01-27', '2017-01-28', '2017-01-29', '2017-01-30'],
      basis: [
        { ...art115, note: 'Tết Đinh Dậu: Thu 26/01 (29 Chạp) – Mon 30/01 (mùng 3); Sat 28, Sun 29 → nghỉ bù 31/01, 01/02; no swap [V].' },
        { instrument: 'CV 9794/VPCP-KGVX', issued: '2016-11-14', note: 'The PM (Nguyễn Xuân Phúc) agrees to MOLISA\'s Tết plan; tintuc.thuvienphapluat.com 16/11/2016 [V]. MOLISA notice signed 24/11/2016 by Minister Đào Ngọc Dung, number not found [V].', unconfirmed: 'Secondary sources only; the MOLISA notice number was not found.' },
      ],
    },
    hungKings: { days: ['2017-04-06'], basis: [{ ...art115, note: 'Giỗ Tổ Thu 06/04/2017 [D]; 30/4 Sun → nghỉ bù Tue 02/05; 02/09 Sat → nghỉ bù Mon 04/09 [D].' }] },
    swaps: [],
    basis: [{ instrument: 'CV 9794/VPCP-KGVX', issued: '2016-11-14', note: 'Tết 2017 only; other 2017 holidays follow the rule [D].' }],
    unconfirmed: PRESS_ONLY(2017, 'CV 9794/VPCP-KGVX (Tết) as reported; the other days are derived from the rule'),
  },
  {
    year: 2018,
    tet: {
      days: ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-17', '2018-02-18'],
      basis: [
        { ...art115, note: 'Tết Mậu Tuất: Wed 14/02 (29 Chạp) – Sun 18/02 (mùng 3); Sat 17, Sun 18 → nghỉ bù 19, 20/02; no swap [V].' },
        { instrument: 'TB 573/TB-VPCP', issued: '2017-12-14', note: 'Government Office notice; lawnet.vn/en [V].', unconfirmed: 'Secondary source only.' },
        { instrument: 'TB 5427/TB-LĐTBXH', issued: '2017-12-22', note: 'MOLISA notice; kinhtenongthon.vn [V]. Proposed by CV 4092/LĐTBXH-ATLĐ (no swaps in 2018).', unconfirmed: 'Secondary source only.' },
      ],
    },
    hungKings: { days: ['2018-04-25'], basis: [{ ...art115, note: 'Giỗ Tổ Wed 25/04/2018; 30/4–1/5 Mon–Tue, no swap; 02/09 Sun → nghỉ bù Mon 03/09 [V].' }] },
    swaps: [],
    basis: [
      { instrument: 'TB 573/TB-VPCP', issued: '2017-12-14', note: '2018 schedule, no swaps [V].' },
      { instrument: 'TB 5427/TB-LĐTBXH', issued: '2017-12-22', note: '2018 schedule [V]. (The swap 31/12/2018 ↔ 05/01/2019 belongs to the 2019 schedule, CV 6519/VPCP-KGVX.)' },
    ],
    unconfirmed: PRESS_ONLY(2018, 'TB 573/TB-VPCP and TB 5427/TB-LĐTBXH as reported'),
  },
  {
    year: 2019,
    tet: {
      days: ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'],
      basis: [
        { ...art115, note: 'Tết Kỷ Hợi: Mon 04/02 (30 Chạp) – Fri 08/02 (mùng 4); off 02/02–10/02/2019.' },
        { instrument: 'CV 6519/VPCP-KGVX', issued: '2018-07-11', point: '1.b', note: 'Tết off Mon 04/02 – Fri 08/02/2019 [C]: https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx' },
      ],
    },
    hungKings: { days: ['2019-04-14'], basis: [{ ...art115c3, note: 'Giỗ Tổ Sun 14/04/2019 → nghỉ bù Mon 15/04 [D] (vietnamnet.vn/en 06/08/2018 [V]).' }] },
    swaps: [
      {
        off: '2018-12-31',
        work: '2019-01-05',
        occasion: 'tet-duong-lich',
        basis: [{ instrument: 'CV 6519/VPCP-KGVX', issued: '2018-07-11', point: '1.a', note: 'Off Mon 31/12/2018 ↔ work Sat 05/01/2019 [C]; on MOLISA Tờ trình 30/TTr-LĐTBXH (18/06/2018).' }],
      },
      {
        off: '2019-04-29',
        work: '2019-05-04',
        occasion: 'ngay-chien-thang',
        basis: [{ instrument: 'CV 6519/VPCP-KGVX', issued: '2018-07-11', point: '1.c', note: 'Off Mon 29/04 ↔ work Sat 04/05/2019 [C].' }],
      },
    ],
    basis: [
      { instrument: 'CV 6519/VPCP-KGVX', issued: '2018-07-11', note: 'The PM agrees to MOLISA Tờ trình 30/TTr-LĐTBXH (18/06/2018): New Year, Tết and 30/4–1/5 of 2019 [C]; point 3 authorises the Minister to announce it.' },
      { instrument: 'TB 3238/TB-LĐTBXH', note: 'MOLISA announcement of the 2019 schedule (reported 11/09/2018, baonghean.vn/en) [V].', unconfirmed: 'Date of the notice not seen; secondary source only.' },
    ],
    note: 'Quốc khánh 02/09/2019 is a Monday: off 31/08–02/09, no decision needed [D].',
  },
]

/**
 * The civil-service holiday schedules shipped with the library, 2013–2026,
 * each decision with its instrument or source. 2013 is CV 9570/VPCP-KGVX
 * (swaps as in the rules digest; its Tết has the 4 days of the Labour Code
 * 1994, in force until 30/04/2013). 2014–2018 are known from
 * secondary sources only and stay provisional (`unconfirmed` says why); 2019
 * is confirmed by CV 6519/VPCP-KGVX. Years before 2013 have no schedule and
 * are provisional. 2023–2026 are as announced
 * (rules digest §3.4); 2020–2022 come from news reports of the approved
 * schedules (sources in each basis' `note`). Compensatory days are derived
 * from the rule (Art 111(3) / Art 115(3)), not listed.
 *
 * Pass your own list (for instance this one plus a newly announced year) as
 * `createWorkCalendar({ schedules: [...announcedSchedules, schedule2027] })`.
 *
 * @example
 * ```ts
 * import { announcedSchedules } from 'hanhchinh/calendar'
 * announcedSchedules.map((s) => s.year) //=> [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * announcedSchedules.find((s) => s.year === 2024)?.swaps?.[0]?.basis[0]?.instrument //=> 'CV 2450/VPCP-KGVX'
 * ```
 */
export const announcedSchedules: readonly AnnouncedScheduleInput[] = [
  ...historical,
  {
    year: 2020,
    tet: {
      days: ['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27'],
      basis: [
        { ...art115, note: 'Tết Canh Tý: Thu 23/01 (29 Chạp) – Mon 27/01 (mùng 3); 25, 26 fall on the weekend → nghỉ bù 28, 29/01; off 23/01–29/01/2020.', unconfirmed: OUTSIDE_DIGEST_2020_2022 },
        {
          instrument: 'CV 9087/VPCP-KGVX',
          issued: '2019-10-07',
          note: 'Government Office dispatch: the PM agrees to MOLISA Tờ trình 54/TTr-LĐTBXH (18/09/2019), Tết off 23/01–29/01/2020 [S] https://vbp.vn/?lang=ja&p=1569 ; socongthuong.daklak.gov.vn (07/01/2020).',
          unconfirmed: OUTSIDE_DIGEST_2020_2022,
        },
      ],
    },
    hungKings: {
      days: ['2020-04-02'],
      basis: [{ ...art115, note: 'Giỗ Tổ Thu 02/04/2020 (10/3 lunar, digest §4.2), single day; 30/4–1/5 Thu–Fri, no swap; 2/9 Wed, single day; 01/01 Wed, single day [S] https://m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} (The Giỗ Tổ date itself is in digest §4.2; the absence of any 2020 swap is from the news report.)` }],
    },
    swaps: [],
    basis: [
      { instrument: 'CV 9087/VPCP-KGVX', issued: '2019-10-07', note: 'Tết 2020 schedule; other 2020 holidays need no decision (no swap) [S] kienthuc.net.vn. Source found outside the rules digest §3.4, which starts at 2023.', unconfirmed: OUTSIDE_DIGEST_2020_2022 },
    ],
  },
  {
    year: 2021,
    tet: {
      days: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14'],
      basis: [
        {
          ...art112c3,
          note: 'Tết Tân Sửu: Wed 10/02 (29 Chạp) – Sun 14/02 (mùng 3); 13, 14 weekend → nghỉ bù 15, 16/02; off 10/02–16/02/2021. PM agreed to the MOLISA proposal (nhadautu.vn 27/11/2020; hanoimoi.vn) [S].',
          unconfirmed: `${OUTSIDE_DIGEST_2020_2022} Number of the approving VPCP dispatch not found.`,
        },
      ],
    },
    nationalDayAdjacent: {
      days: ['2021-09-03'],
      basis: [{ ...art112c3, note: 'First year of the second Quốc khánh day: 02/09 (Thu) + 03/09 (Fri), off 02/09–05/09/2021; PM approval with the Tết 2021 plan (nhadautu.vn 27/11/2020) [S].', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} Number of the approving VPCP dispatch not found.` }],
    },
    hungKings: {
      days: ['2021-04-21'],
      basis: [{ ...art112c1, note: 'Giỗ Tổ Wed 21/04/2021 [D] (digest §4.2); 30/4 Fri + 1/5 Sat → nghỉ bù Mon 03/05/2021, no swap (giadinhcuquang.net 04/2021) [S].', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} (The Giỗ Tổ date itself is in digest §4.2; the absence of a 30/4–1/5 swap is from the news report.)` }],
    },
    swaps: [],
    basis: [
      { instrument: 'Lịch nghỉ Tết Nguyên đán và Quốc khánh 2021 (Thủ tướng đồng ý, 11/2020)', note: 'nhadautu.vn 27/11/2020, hanoimoi.vn, vietnamnet [S]. Source found outside the rules digest §3.4, which starts at 2023.', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} Number of the approving VPCP dispatch not found.` },
    ],
  },
  {
    year: 2022,
    tet: {
      days: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'],
      basis: [
        { ...art112c3, note: 'Tết Nhâm Dần: Mon 31/01 (29 Chạp, last day of the year) – Fri 04/02 (mùng 4); off 29/01–06/02/2022 with the weekends, no swap [S] sggpnews 05/12/2021, vietexplorer.', unconfirmed: OUTSIDE_DIGEST_2020_2022 },
        { instrument: 'CV 245/VPCP-KGVX', issued: '2022-01-11', note: 'Government Office dispatch conveying Deputy PM Vũ Đức Đam\'s approval of the 5-day Tết plan (kinhtemoitruong.vn 12/01/2022) [S].', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} Number and date from a single news report.` },
      ],
    },
    nationalDayAdjacent: {
      days: ['2022-09-01'],
      basis: [{ ...art112c3, note: 'Quốc khánh 01/09 (Thu) + 02/09 (Fri) 2022 (vietexplorer, with the Tết 2022 decision) [S].', unconfirmed: OUTSIDE_DIGEST_2020_2022 }],
    },
    hungKings: {
      days: ['2022-04-10'],
      basis: [{ ...art112c1, note: 'Giỗ Tổ Sun 10/04/2022 → nghỉ bù Mon 11/04 [D] (Art 111(3)).' }],
    },
    swaps: [],
    basis: [
      { instrument: 'CV 245/VPCP-KGVX', issued: '2022-01-11', note: 'Tết 2022; 01/01/2022 Sat → nghỉ bù Mon 03/01 (sggpnews 05/12/2021) [S]. Source found outside the rules digest §3.4, which starts at 2023.', unconfirmed: `${OUTSIDE_DIGEST_2020_2022} Number and date from a single news report.` },
      { instrument: 'Lịch nghỉ Giỗ Tổ, 30/4–1/5/2022', note: 'Derived: Giỗ Tổ Sun 10/04 → Mon 11/04; 30/4 Sat, 1/5 Sun → Mon 02/05, Tue 03/05 (Art 111(3)).', unconfirmed: 'No announcement of a 2022 swap for Giỗ Tổ or 30/4–1/5 was found; none is modelled.' },
    ],
  },
  {
    year: 2023,
    tet: {
      days: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'],
      basis: [
        {
          ...art112c3,
          note: 'Tết Quý Mão: 29 Chạp → mùng 3; 21, 22 weekend → nghỉ bù 25, 26/01 (Art 111(3)); sggp 08/12/2022, vietnamplus [S].',
        },
        { instrument: 'CV 8056/VPCP-KGVX', issued: '2022-12-01', note: 'Deputy PM Vũ Đức Đam agrees to MOLISA\'s proposal: Tết off 20/01–26/01/2023, Quốc khánh off 01/09–04/09/2023 [S] truyenhinhnghean.vn 12/2022, suckhoecongdongonline.vn 01/12/2022.', unconfirmed: 'The rules digest §3.4 gives the approval only as a VPCP dispatch of 11/2022 with its number UNCONFIRMED (open question 7); number 8056 and date 01/12/2022 are from the news reports named here.' },
      ],
    },
    hungKings: {
      days: ['2023-04-29'],
      basis: [{ instrument: '45/2019/QH14', article: '112', clause: '1', note: 'Giỗ Tổ 10/3 lunar = Sat 29/04/2023; todaycnews, viet-jo [S].' }],
    },
    nationalDayAdjacent: {
      days: ['2023-09-01'],
      basis: [{ ...art112c3, note: 'Off Fri 01/09 – Mon 04/09/2023 (02/09 Sat → nghỉ bù 04/09); sggp, vietnaminsider [S].' }, { instrument: 'CV 8056/VPCP-KGVX', issued: '2022-12-01', note: 'Deputy PM Vũ Đức Đam agrees to MOLISA\'s proposal: Tết off 20/01–26/01/2023, Quốc khánh off 01/09–04/09/2023 [S] truyenhinhnghean.vn 12/2022, suckhoecongdongonline.vn 01/12/2022.', unconfirmed: 'The rules digest §3.4 gives the approval only as a VPCP dispatch of 11/2022 with its number UNCONFIRMED (open question 7); number 8056 and date 01/12/2022 are from the news reports named here.' }],
    },
    swaps: [],
    basis: [
      { instrument: 'CV 8056/VPCP-KGVX', issued: '2022-12-01', note: 'Tết and Quốc khánh 2023; the other occasions follow the Labour Code. Rules digest §3.4 (2023): officeholidays, sggp, vietnamplus, todaycnews, viet-jo, vietnaminsider [S].', unconfirmed: 'The rules digest §3.4 gives the approval only as a VPCP dispatch of 11/2022 with its number UNCONFIRMED (open question 7); number 8056 and date 01/12/2022 are from the news reports named here.' },
    ],
  },
  {
    year: 2024,
    tet: {
      days: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
      basis: [
        {
          ...art112c3,
          note: 'Tết Giáp Thìn: 29 Chạp → mùng 3; 10, 11 weekend → nghỉ bù 13, 14/02 (Art 111(3)); vietnamnews 05/11/2023 [S].',
        },
        { instrument: 'CV 8662/VPCP-KGVX', issued: '2023-11-03', note: 'The PM agrees to MOLISA CV 4594/LĐTBXH-ATLĐ (27/10/2023): Tết off 08/02–14/02/2024, Quốc khánh off 31/08–03/09/2024 [S] chinhsachdautu.vn, kkt-kontum.com.', unconfirmed: 'The rules digest §3.4 gives only "PM approval 11/2023 (vietnamnews 05/11/2023)", dispatch number UNCONFIRMED (open question 7); number 8662, date 03/11/2023 and MOLISA CV 4594/LĐTBXH-ATLĐ are from the news reports named here.' },
        { instrument: 'TB 5015/TB-LĐTBXH', issued: '2023-11-22', note: 'MOLISA announcement of the 2024 Tết and Quốc khánh schedule [S] huyendakha.kontum.gov.vn.', unconfirmed: 'Not in the rules digest; number and date from a district portal (huyendakha.kontum.gov.vn).' },
      ],
    },
    hungKings: {
      days: ['2024-04-18'],
      basis: [{ instrument: '45/2019/QH14', article: '112', clause: '1', note: 'Giỗ Tổ Thu 18/04/2024; eturbonews [S].' }],
    },
    nationalDayAdjacent: {
      days: ['2024-09-03'],
      basis: [{ ...art112c3, note: 'Off Sat 31/08 – Tue 03/09/2024 (02/09 Mon + 03/09 Tue); vietnamnews, btv.org.vn [S].' }, { instrument: 'CV 8662/VPCP-KGVX', issued: '2023-11-03', note: 'The PM agrees to MOLISA CV 4594/LĐTBXH-ATLĐ (27/10/2023): Tết off 08/02–14/02/2024, Quốc khánh off 31/08–03/09/2024 [S] chinhsachdautu.vn, kkt-kontum.com.', unconfirmed: 'The rules digest §3.4 gives only "PM approval 11/2023 (vietnamnews 05/11/2023)", dispatch number UNCONFIRMED (open question 7); number 8662, date 03/11/2023 and MOLISA CV 4594/LĐTBXH-ATLĐ are from the news reports named here.' }],
    },
    swaps: [
      {
        off: '2024-04-29',
        work: '2024-05-04',
        occasion: 'ngay-chien-thang',
        basis: [
          {
            instrument: 'CV 2450/VPCP-KGVX',
            issued: '2024-04-12',
            note: 'Off Mon 29/04 ↔ work Sat 04/05/2024; sggp, thoibaotaichinh [S].',
          },
        ],
      },
    ],
    basis: [
      { instrument: 'CV 8662/VPCP-KGVX', issued: '2023-11-03', note: 'Tết and Quốc khánh 2024 (announced by TB 5015/TB-LĐTBXH, 22/11/2023); 30/4–1/5 swap by CV 2450/VPCP-KGVX. Rules digest §3.4 (2024): vietnamnews, vietnaminsider, vnexpress, sggp, thoibaotaichinh, btv [S].', unconfirmed: 'The rules digest §3.4 gives only "PM approval 11/2023 (vietnamnews 05/11/2023)", dispatch number UNCONFIRMED (open question 7); number 8662, date 03/11/2023 and MOLISA CV 4594/LĐTBXH-ATLĐ are from the news reports named here.' },
    ],
  },
  {
    year: 2025,
    tet: {
      days: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
      basis: [
        { ...art112c3, note: 'Tết Ất Tỵ: Mon 27/01 – Fri 31/01 (28 Chạp → mùng 3), no swap.' },
        { instrument: 'CV 8726/VPCP-KGVX', issued: '2024-11-26', note: 'VPCP dispatch conveying the PM\'s approval of the 2025 Tết and 30/4–1/5 schedule; sggp 27/11/2024, pld.net.vn [S].', unconfirmed: 'The rules digest §3.4 gives the number and the year (2024); the date 26/11/2024 is from the news reports named here.' },
        { instrument: 'TB 6150/TB-BLĐTBXH', note: 'MOLISA announcement (2024) of the 2025 Tết and 30/4–1/5 schedule [S].' },
      ],
    },
    hungKings: {
      days: ['2025-04-07'],
      basis: [{ instrument: '45/2019/QH14', article: '112', clause: '1', note: 'Giỗ Tổ Mon 07/04/2025 [D] from the lunar calendar; no swap reported.' }],
    },
    nationalDayAdjacent: {
      days: ['2025-09-01'],
      basis: [{ ...art112c3, note: 'Off Sat 30/08 – Tue 02/09/2025 (01/09 Mon + 02/09 Tue); Bộ Nội vụ; vietnamnews 04/08/2025 [S].' }],
    },
    swaps: [
      {
        off: '2025-05-02',
        work: '2025-04-26',
        occasion: 'quoc-te-lao-dong',
        basis: [
          { instrument: 'TB 6150/TB-BLĐTBXH', note: 'Off Fri 02/05 ↔ work Sat 26/04/2025, on CV 8726/VPCP-KGVX; kntb.vn, VietnamPlus [S].' },
        ],
      },
    ],
    basis: [{ instrument: 'TB 6150/TB-BLĐTBXH', note: 'Rules digest §3.4 (2025): CV 8726/VPCP-KGVX → TB 6150/TB-BLĐTBXH; sggp, vietnam.vn, kntb.vn, vietnamnews, timeanddate [S].' }],
  },
  {
    year: 2026,
    tet: {
      days: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
      basis: [
        {
          ...art112c3,
          note: 'Tết Bính Ngọ: Mon 16/02 (29 Chạp, last day of the year) – Fri 20/02 (mùng 4); PM approval announced 14/10/2025; en.baochinhphu, sggp, vietnamnews [S].',
          unconfirmed: 'Number of the approving instrument not found.',
        },
      ],
    },
    hungKings: {
      days: ['2026-04-26'],
      basis: [{ instrument: '45/2019/QH14', article: '112', clause: '1', note: 'Giỗ Tổ Sun 26/04/2026 → nghỉ bù Mon 27/04; thanhnien 23/02/2026 [S].' }],
    },
    nationalDayAdjacent: {
      days: ['2026-09-01'],
      basis: [{ ...art112c3, note: 'Quốc khánh 01/09 (Tue) + 02/09 (Wed); Bộ Nội vụ announcement (vietnamnews 17/10/2025) [S].' }],
    },
    swaps: [
      {
        off: '2026-01-02',
        work: '2026-01-10',
        occasion: 'tet-duong-lich',
        basis: [
          {
            instrument: 'CV 12729/VPCP-KGVX',
            issued: '2025-12-25',
            note: 'Off Fri 02/01 ↔ work Sat 10/01/2026; on Bộ Nội vụ CV 12556/BNV-CVL; sggp, vietnamnews, vnanet, laodong [S].',
          },
        ],
      },
      {
        off: '2026-08-31',
        work: '2026-08-22',
        occasion: 'quoc-khanh',
        basis: [{ instrument: 'Thông báo của Bộ Nội vụ (lịch nghỉ Tết, Quốc khánh 2026)', note: 'Off Mon 31/08 ↔ work Sat 22/08/2026, approved by the PM with the 2026 Tết schedule (VPCP dispatch, 10/2025; kienthuc.net.vn 13/10/2025); vietnamnews 17/10/2025 [S].', unconfirmed: 'Numbers of the VPCP dispatch and of the announcement not found.' }],
      },
    ],
    basis: [
      { instrument: 'CV 12729/VPCP-KGVX', issued: '2025-12-25', note: 'Rules digest §3.4 (2026) [S].' },
      {
        instrument: 'Lịch nghỉ 30/4–1/5/2026',
        note: 'Thu 30/04 – Sun 03/05/2026, no swap reported (thanhnien 23/02/2026) [S].',
        unconfirmed: 'Confirmation that no swap was approved for 30/4–1/5/2026 not found.',
      },
    ],
    note: 'Ngày Văn hóa Việt Nam 24/11 (Resolution 80-NQ/TW) is NOT a holiday here: not confirmed enacted; add it with extraDaysOff if it becomes one.',
  },
]
