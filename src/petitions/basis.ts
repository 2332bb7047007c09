import type { IsoDate } from '../core/iso-date.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { CIVIL_CODE_2015 } from '../core/legal-basis.js'

// LegalBasisSchema's date fields infer the branded IsoDate: plain literals are cast once here.
const day = (d: string): IsoDate => d as IsoDate

const LAW_COMPLAINTS = { instrument: '02/2011/QH13', title: 'Luật Khiếu nại', effectiveFrom: day('2012-07-01') }
const LAW_DENUNCIATIONS = { instrument: '25/2018/QH14', title: 'Luật Tố cáo', effectiveFrom: day('2019-01-01') }
const LAW_RECEPTION = { instrument: '42/2013/QH13', title: 'Luật Tiếp công dân', effectiveFrom: day('2014-07-01') }
const LAW_AMENDING = {
  instrument: '136/2025/QH15',
  title: 'Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo',
  effectiveFrom: day('2026-07-01'),
}
const DECREE_124 = { instrument: '124/2020/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại', issued: day('2020-10-19') }
const DECREE_155 = {
  instrument: '155/2026/NĐ-CP',
  title: 'Nghị định sửa đổi, bổ sung Nghị định 124/2020/NĐ-CP',
  issued: day('2026-05-15'),
  effectiveFrom: day('2026-07-01'),
}
const CIVIL_CODE = CIVIL_CODE_2015
const DECREE_09 = {
  instrument: '09/2019/NĐ-CP',
  title: 'Nghị định quy định về chế độ báo cáo của cơ quan hành chính nhà nước',
  issued: day('2019-01-24'),
  effectiveFrom: day('2019-03-12'),
}

const CALENDAR_READING =
  'The Law writes plain "ngày" here and "ngày làm việc" elsewhere (Art 32): read as calendar days (Civil Code default) by inference; no authority converting this limit to working days was found (UNCONFIRMED)'
const AFTER_136 =
  'Law 136/2025/QH15 amends this law from 2026-07-01; its full text was not found, so this limit is carried over unchanged (UNCONFIRMED)'

/**
 * The legal bases the rules of citizens' letters cite, as data: the Law on
 * Complaints 02/2011/QH13, the Law on Denunciations 25/2018/QH14, the Law on
 * Citizen Reception 42/2013/QH13, their implementing decrees and circulars,
 * the amending Law 136/2025/QH15 and Decree 155/2026/NĐ-CP (from 01/07/2026),
 * the Civil Code's counting of periods, and the reporting regime of Decree
 * 09/2019/NĐ-CP. Facts not confirmed in a primary text carry `unconfirmed`.
 *
 * @example
 * ```ts
 * import { PETITION_BASIS } from 'hanhchinh/petitions'
 * PETITION_BASIS.complaintSettle1.article //=> '28'
 * PETITION_BASIS.denunciationExtension.instrument //=> '25/2018/QH14'
 * typeof PETITION_BASIS.calendarDaysReading.unconfirmed //=> 'string'
 * ```
 */
export const PETITION_BASIS = {
  /** Limitation to complain: 90 days from receipt or knowledge of the decision or act (Art 9). */
  complaintLimitation: { ...LAW_COMPLAINTS, article: '9' },
  /** Acceptance of a first complaint within 10 days of receipt (Art 27, original wording). */
  complaintAccept1: { ...LAW_COMPLAINTS, article: '27', effectiveTo: day('2026-06-30') },
  /** Settlement of a first complaint: 30 / 45 days, remote areas 45 / 60 (Art 28). */
  complaintSettle1: { ...LAW_COMPLAINTS, article: '28' },
  /** Sending the first decision within 03 working days (Art 32). */
  complaintSendDecision: { ...LAW_COMPLAINTS, article: '32' },
  /** Complain again within 30 days (remote areas 45) (Art 33(1)). */
  complaintAgain: { ...LAW_COMPLAINTS, article: '33', clause: '1' },
  /** Or sue in an administrative court (Art 33(2)). */
  complaintSue: { ...LAW_COMPLAINTS, article: '33', clause: '2' },
  /** Acceptance of a second complaint within 10 days of receipt (Art 36(1), original wording). */
  complaintAccept2: { ...LAW_COMPLAINTS, article: '36', clause: '1', effectiveTo: day('2026-06-30') },
  /** Settlement of a second complaint: 45 / 60 days, remote areas 60 / 70 (Art 37). */
  complaintSettle2: { ...LAW_COMPLAINTS, article: '37' },
  /** Acceptance counted in working days: 10 ngày làm việc (TT 07/2013/TT-TTCP Art 5(1) as amended by TT 02/2016, then NĐ 124/2020 Art 16(1)). */
  complaintAcceptWorkingDays: {
    ...DECREE_124,
    article: '16',
    clause: '1',
    effectiveTo: day('2026-06-30'),
    note: 'Same rule earlier in TT 07/2013/TT-TTCP Art 5(1) as amended by TT 02/2016/TT-TTCP (from 05/12/2016), read in the Pháp điển',
    unconfirmed: 'The original wording of NĐ 124/2020 Art 16(1) ("10 ngày làm việc") was not retrieved; the amended text and the earlier circular say working days',
  },
  /** From 01/07/2026: acceptance within 07 working days (NĐ 124/2020 Art 16(1) as amended by NĐ 155/2026 Art 10). */
  complaintAccept2026: { ...DECREE_155, article: '10', note: 'replaces NĐ 124/2020/NĐ-CP Art 16(1): thụ lý trong 07 ngày làm việc' },
  /** Criteria of a complex complaint (NĐ 124/2020 Art 3a, added by NĐ 155/2026 Art 2). */
  complaintComplex2026: { ...DECREE_155, article: '2', note: 'adds Art 3a to NĐ 124/2020/NĐ-CP: criteria of a complex case' },
  /** The amending law in force from 01/07/2026, whose limits could not be read. */
  amendingLaw: { ...LAW_AMENDING, unconfirmed: 'Full text not found; which time limits it changed is not known' },
  /** Plain "ngày" of the Law on Complaints read as calendar days (inference). */
  calendarDaysReading: { ...CIVIL_CODE, article: '147', clause: '2', unconfirmed: CALENDAR_READING },
  /** Initial processing of a denunciation: 07 working days, up to 10 (Art 24(1)). */
  denunciationInitial: { ...LAW_DENUNCIATIONS, article: '24', clause: '1' },
  /** Forwarding a denunciation outside the receiver's competence: 05 working days (Art 24(2)). */
  denunciationForward: { ...LAW_DENUNCIATIONS, article: '24', clause: '2' },
  /** Decision to accept a denunciation: the four conditions (Art 29). */
  denunciationAccept: { ...LAW_DENUNCIATIONS, article: '29' },
  /** Settlement of a denunciation: 30 days from acceptance (Art 30(1)). */
  denunciationSettle: { ...LAW_DENUNCIATIONS, article: '30', clause: '1' },
  /** Extension: once (complex) or twice (especially complex), each up to 30 days (Art 30(2)–(4)). */
  denunciationExtension: { ...LAW_DENUNCIATIONS, article: '30', clause: '2', note: 'clauses 2 to 4: complex once, especially complex twice, each ≤ 30 days' },
  /** Complex (one criterion) and especially complex (two or more) denunciations (NĐ 31/2019 Art 3(2)–(3)). */
  denunciationComplexity: { instrument: '31/2019/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo', article: '3', effectiveFrom: day('2019-05-28') },
  /** Answer to a letter received at citizen reception within 10 working days (Law 42/2013 Art 28(1)). */
  receptionAnswer: { ...LAW_RECEPTION, article: '28', clause: '1' },
  /** Tell the forwarding body the result within 07 working days of settlement (Law 42/2013 Art 27(2)). */
  receptionInformForwarder: { ...LAW_RECEPTION, article: '27', clause: '2' },
  /** The receiving body tells the citizen within 05 working days of receiving that result (Law 42/2013 Art 28(2)). */
  receptionInformCitizen: { ...LAW_RECEPTION, article: '28', clause: '2' },
  /** Circular 05/2021/TT-TTCP on handling letters (Art 13–16: propose acceptance, forward once). */
  handlingLetters: {
    instrument: '05/2021/TT-TTCP',
    title: 'Thông tư quy định quy trình tiếp công dân, xử lý đơn',
    issued: day('2021-10-01'),
    effectiveFrom: day('2021-11-15'),
    article: '13',
    note: 'Art 13–16: within competence → propose acceptance; outside → forward once; classification limit widely quoted as 10 working days',
    unconfirmed: 'The general classification limit of the circular was not found in its text; the 10 working days applied are those of Law 42/2013 Art 28(1)',
  },
  /** A period in days: the first day is not counted (BLDS 2015 Art 147(2)). */
  firstDayNotCounted: { ...CIVIL_CODE, article: '147', clause: '2' },
  /** A period ending on a rest day ends at the end of the next working day (BLDS 2015 Art 148(5)). */
  rollToWorkingDay: { ...CIVIL_CODE, article: '148', clause: '5' },
  /** Time limit to sue after a complaint: 1 year (Law on Administrative Procedure 93/2015/QH13 Art 116(3)). */
  sueLimitation: {
    instrument: '93/2015/QH13',
    title: 'Luật Tố tụng hành chính',
    article: '116',
    clause: '3',
    effectiveFrom: day('2016-07-01'),
    unconfirmed: 'From memory, not read in a text: 01 năm from receipt of the complaint decision or from the end of the settlement limit without a decision',
  },
  /** Monthly, quarterly, six-monthly and annual data cut-off: 15th to 14th (NĐ 09/2019 Art 12). */
  reportCutoff: {
    ...DECREE_09,
    article: '12',
    unconfirmed: 'Art 12 itself was not retrieved; the 15th–14th windows are reproduced verbatim in texts following the decree (annual window confirmed as the national formula)',
  },
  /** The nine-month window 15/12–14/09 is provincial practice, not NĐ 09/2019 (e.g. Khánh Hòa QĐ 01/2023/QĐ-UBND Art 4). */
  nineMonthly: {
    instrument: '01/2023/QĐ-UBND',
    title: 'Quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Khánh Hòa (provincial practice)',
    article: '4',
    unconfirmed: 'Provincial practice, not in NĐ 09/2019/NĐ-CP; read from a transcription, not the decision text',
  },
} as const satisfies Record<string, LegalBasis>

/** Unconfirmed note for limits carried over after 01/07/2026. @internal */
export const CARRIED_OVER_2026 = AFTER_136
