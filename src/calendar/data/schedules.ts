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

/**
 * The civil-service holiday schedules shipped with the library, 2020–2026,
 * each decision with its instrument or source. 2023–2026 are as announced
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
 * announcedSchedules.map((s) => s.year) //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * announcedSchedules.find((s) => s.year === 2024)?.swaps?.[0]?.basis[0]?.instrument //=> 'CV 2450/VPCP-KGVX'
 * ```
 */
export const announcedSchedules: readonly AnnouncedScheduleInput[] = [
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
