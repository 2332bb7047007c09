import type { LegalBasis } from '../core/legal-basis.js'

type BasisInput = Omit<LegalBasis, 'effectiveFrom' | 'effectiveTo' | 'issued'> & { effectiveFrom?: string; effectiveTo?: string; issued?: string }

// Hand-written bases use plain date literals; `LegalBasis` currently infers branded
// `IsoDate` fields from its zod schema, so the literals are narrowed here (they are valid dates).
function cite(basis: BasisInput): LegalBasis {
  return basis as LegalBasis
}

const DECREE_30 = '30/2020/NĐ-CP'
const DECREE_30_TITLE = 'Nghị định về công tác văn thư'
const DECREE_30_FROM = '2020-03-05'

function decree30(article: string, clause?: string, point?: string, note?: string): LegalBasis {
  const basis = cite({ instrument: DECREE_30, title: DECREE_30_TITLE, article, effectiveFrom: DECREE_30_FROM, issued: DECREE_30_FROM })
  if (clause !== undefined) basis.clause = clause
  if (point !== undefined) basis.point = point
  if (note !== undefined) basis.note = note
  return basis
}

/**
 * The legal bases of the document rules, as data: Decree 30/2020/NĐ-CP on
 * clerical work (công tác văn thư, in force from 05/03/2020) and the laws on
 * legal normative documents. Every issue, deadline and catalogue entry of
 * `hanhchinh/documents` cites one of these. Built on each call (no shared
 * mutable state); replace or extend the returned objects freely.
 *
 * Keys: `types` (Art 7), `appendixIII` (abbreviations), `numbering` (Art 15(1)),
 * `numberingAfterSignature` and `classifiedSeries` (Art 15(2)), `layout`
 * (Appendix I II.3), `copies` (Appendix I II.II.1(c)), `sameOrNextWorkingDay`
 * and `urgentImmediately` (Art 4(2)(b),(c)), `issueOutgoing` (Art 18(1)),
 * `incomingNumbering` (Art 22), `presentIncoming` (Art 23), `handlingDeadline`
 * (Art 24), `urgencyLevels` (Appendix I III.2(b)), `secrecyLevels`,
 * `legalNormative2015`, `legalNormative2025`, `legalNormative2025Amended`.
 *
 * @example
 * ```ts
 * import { documentRulesBasis } from 'hanhchinh/documents'
 * import { formatLegalBasis } from 'hanhchinh/core'
 * formatLegalBasis(documentRulesBasis().numbering, 'en') //=> 'Art 15(1) 30/2020/NĐ-CP'
 * documentRulesBasis().incomingNumbering.article //=> '22'
 * ```
 */
export function documentRulesBasis(): {
  types: LegalBasis
  appendixIII: LegalBasis
  numbering: LegalBasis
  numberingAfterSignature: LegalBasis
  classifiedSeries: LegalBasis
  layout: LegalBasis
  copies: LegalBasis
  sameOrNextWorkingDay: LegalBasis
  urgentImmediately: LegalBasis
  issueOutgoing: LegalBasis
  incomingNumbering: LegalBasis
  presentIncoming: LegalBasis
  handlingDeadline: LegalBasis
  urgencyLevels: LegalBasis
  secrecyLevels: LegalBasis
  secrecyLevels2025: LegalBasis
  legalNormative2015: LegalBasis
  legalNormative2025: LegalBasis
  legalNormative2025Amended: LegalBasis
} {
  return {
    types: decree30('7', undefined, undefined, '29 types of administrative documents'),
    appendixIII: cite({
      instrument: DECREE_30,
      title: `${DECREE_30_TITLE}, Phụ lục III`,
      effectiveFrom: DECREE_30_FROM,
      note: 'Phụ lục III I: chữ viết tắt tên loại văn bản hành chính và bản sao văn bản',
    }),
    numbering: decree30('15', '1', undefined, 'numbers follow issuance order within the year, from 01 on 1 January to 31 December; number and notation unique within the year'),
    numberingAfterSignature: decree30('15', '2', undefined, 'paper documents are numbered and dated after signature, at the latest the next working day'),
    classifiedSeries: decree30('15', '2', undefined, 'classified (mật) documents use a separate number series'),
    layout: cite({
      instrument: DECREE_30,
      title: `${DECREE_30_TITLE}, Phụ lục I`,
      effectiveFrom: DECREE_30_FROM,
      note: 'Phụ lục I Phần I mục II.3: Arabic digits, numbers below 10 with a leading 0, "/" between number and notation, "-" between groups, no spaces',
    }),
    copies: cite({
      instrument: DECREE_30,
      title: `${DECREE_30_TITLE}, Phụ lục I`,
      effectiveFrom: DECREE_30_FROM,
      note: 'Phụ lục I Phần II mục II.1(c): copies share their own number series, restarting at 01 on 1 January, notation SY/TrS/SL',
    }),
    sameOrNextWorkingDay: decree30('4', '2', 'b', 'documents are registered, issued or transferred on the day they arrive or are dated, at the latest on the next working day'),
    urgentImmediately: decree30('4', '2', 'c', 'documents marked Hỏa tốc, Thượng khẩn or Khẩn are registered, presented and transferred immediately'),
    issueOutgoing: decree30('18', '1', undefined, 'outgoing documents are issued on the signing day, at the latest the next working day; urgent ones immediately after signature'),
    incomingNumbering: decree30('22', undefined, undefined, 'the incoming number (số đến) runs consecutively in order of receipt within the year'),
    presentIncoming: decree30('23', undefined, undefined, 'incoming documents are presented the same day, at the latest the next working day; urgent ones immediately'),
    handlingDeadline: decree30('24', undefined, undefined, 'handling deadlines follow the body\'s working rules; urgent documents are handled immediately'),
    urgencyLevels: cite({
      instrument: DECREE_30,
      title: `${DECREE_30_TITLE}, Phụ lục I`,
      effectiveFrom: DECREE_30_FROM,
      note: 'Phụ lục I Phần I mục III.2(b): Hỏa tốc, Thượng khẩn, Khẩn',
      unconfirmed: 'no statutory delivery time per urgency level was found in Decree 30/2020 or elsewhere; "immediately" is modelled as "on the same day"',
    }),
    secrecyLevels: cite({
      instrument: '29/2018/QH14',
      title: 'Luật Bảo vệ bí mật nhà nước',
      article: '8',
      effectiveFrom: '2020-07-01',
      effectiveTo: '2026-02-28',
      note: 'Tuyệt mật, Tối mật, Mật',
    }),
    secrecyLevels2025: cite({
      instrument: '117/2025/QH15',
      title: 'Luật Bảo vệ bí mật nhà nước 2025',
      effectiveFrom: '2026-03-01',
      unconfirmed: 'the level names Tuyệt mật, Tối mật, Mật are assumed unchanged; the classification article was not read',
    }),
    legalNormative2015: cite({
      instrument: '80/2015/QH13',
      title: 'Luật Ban hành văn bản quy phạm pháp luật 2015',
      article: '10',
      effectiveFrom: '2016-07-01',
      effectiveTo: '2025-03-31',
      note: 'number/year/type-issuer; laws and National Assembly resolutions, ordinances and Standing Committee resolutions numbered per term',
      unconfirmed: 'Art 10 read in a secondary source (legal Q&A); the effective date 01/07/2016 is recalled, not re-verified (its end, 31/03/2025, follows from Law 64/2025/QH15 applying from 01/04/2025)',
    }),
    legalNormative2025: cite({
      instrument: '64/2025/QH15',
      title: 'Luật Ban hành văn bản quy phạm pháp luật 2025',
      article: '4',
      effectiveFrom: '2025-04-01',
      note: 'system of legal normative documents; continuous sequence number, year, type and issuer',
    }),
    legalNormative2025Amended: cite({
      instrument: '87/2025/QH15',
      title: 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
      effectiveFrom: '2025-07-01',
      note: 'adds decisions of the provincial People\'s Committee chair, commune People\'s Council resolutions and commune People\'s Committee decisions',
    }),
  }
}
