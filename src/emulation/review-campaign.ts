import type { AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { formatLegalBasis, type LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import type { Table } from '../tables/schema.js'
import { safeParseRecord } from './check-eligibility.js'
import { awardMoney, payableAwards } from './money.js'
import { checkQuota, type QuotaReport, type QuotaRounding } from './quota.js'
import { ratingFacts } from './rating.js'
import { reviewUnit, type ReviewOptions, type ReviewUnitInput, type UnitReview } from './review-unit.js'
import type { Regime, RegimeId } from './rules/regime.js'
import { AWARD_LABELS, type AwardId } from './schema.js'
import type { EligibilityVerdict } from './verdict.js'

/**
 * What {@link reviewCampaign} takes: the units of the campaign (each as
 * {@link reviewUnit} takes it), the achievement year, and the options of
 * {@link reviewUnit}.
 *
 * @example
 * ```ts
 * import type { CampaignInput } from 'hanhchinh/emulation'
 * const c: CampaignInput = { year: 2024, decisionDate: '2025-01-15', units: [{ name: 'Phòng Tổng hợp', members: [] }] }
 * c.units.length //=> 1
 * ```
 */
export interface CampaignInput {
  units: readonly ReviewUnitInput[]
  year: number
  decisionDate?: AsOf
  regime?: RegimeId | Regime
  rounding?: QuotaRounding
  outstanding?: boolean
  htxsBase?: 'htt-only' | 'htt-and-htxs'
}

const CAMPAIGN_INPUT_NAMES: OptionNames<CampaignInput> = { units: true, year: true, decisionDate: true, regime: true, rounding: true, outstanding: true, htxsBase: true }

/**
 * One line of the proposal list (danh sách đề nghị): who (a member of a
 * unit, or the unit as a collective), the award, why (the criteria met, in
 * both languages), the articles cited, and the award money when the
 * decision date is given and the money is encoded (for a member with
 * several titles of the year, only the highest title's money: see
 * {@link payableAwards}).
 *
 * @example
 * ```ts
 * import type { CampaignProposal } from 'hanhchinh/emulation'
 * const p: CampaignProposal = { unit: 'Phòng Tổng hợp', subject: 'individual', name: 'Nguyễn Thị Lan', award: 'lao-dong-tien-tien', reasons: [], basis: [] }
 * p.award //=> 'lao-dong-tien-tien'
 * ```
 */
export interface CampaignProposal {
  unit: string
  subject: 'individual' | 'collective'
  name?: string
  id?: string
  award: AwardId
  reasons: Label[]
  basis: LegalBasis[]
  /** Award money (VND) at the decision date, when computed. */
  amount?: string
}

/**
 * What {@link reviewCampaign} returns: every unit's review, the quota checks
 * of the whole campaign (all units' counts added), the totals per award and
 * per unit, and the proposal list.
 *
 * @example
 * ```ts
 * import { reviewCampaign, type CampaignReview } from 'hanhchinh/emulation'
 * const r: CampaignReview = reviewCampaign({ year: 2024, units: [] })
 * r.proposals //=> []
 * ```
 */
export interface CampaignReview {
  year: number
  regime: string
  units: UnitReview[]
  quota: QuotaReport
  totals: Partial<Record<AwardId, number>>
  perUnit: Array<{ unit: string; members: number; totals: Partial<Record<AwardId, number>> }>
  proposals: CampaignProposal[]
  warnings: Label[]
}

// The order of the proposal list: highest award first.
const PROPOSAL_ORDER: AwardId[] = [
  'huan-chuong-lao-dong-hang-ba',
  'bang-khen-thu-tuong',
  'chien-si-thi-dua-toan-quoc',
  'chien-si-thi-dua-cap-tinh',
  'bang-khen-chu-tich-ubnd-tinh',
  'tap-the-lao-dong-xuat-sac',
  'tap-the-lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'lao-dong-tien-tien',
]

function proposal(unit: string, subject: 'individual' | 'collective', v: EligibilityVerdict, who: { name?: string | undefined; id?: string | undefined }, decisionDate: AsOf | undefined): CampaignProposal {
  const seen = new Set<string>()
  const basis: LegalBasis[] = []
  for (const c of v.criteria) {
    for (const b of c.basis) {
      const k = formatLegalBasis(b, 'en')
      if (!seen.has(k)) {
        seen.add(k)
        basis.push(b)
      }
    }
  }
  const p: CampaignProposal = { unit, subject, award: v.award, reasons: v.criteria.map((c) => c.detail), basis }
  if (who.name !== undefined) p.name = who.name
  if (who.id !== undefined) p.id = who.id
  if (decisionDate !== undefined) {
    const m = awardMoney(v.award, { decisionDate, recipient: subject })
    if (m.ok) p.amount = m.amount.toString()
  }
  return p
}

/**
 * A whole year-end emulation review (đợt xét thi đua, khen thưởng): each
 * unit reviewed with {@link reviewUnit} (its members, fed forward, and the
 * unit as a collective), the quota checks of the whole campaign (the CSTĐCS
 * cap of Decree 91/2017 Art 9.3 and the HTXS cap on the units' counts added
 * together — pass one unit at a time to {@link reviewUnit} for the caps of
 * each unit), the number of proposals per award and per unit, and the
 * proposal list (danh sách đề nghị), highest award first, each with its
 * reasons and citations and, when `decisionDate` is given, its award money.
 * {@link reviewCampaignTable} prints the list.
 *
 * @param input - `{ units, year, decisionDate?, regime?, rounding?, outstanding?, htxsBase? }` (unknown names refused)
 *
 * @example
 * ```ts
 * import { reviewCampaign } from 'hanhchinh/emulation'
 * const r = reviewCampaign({
 *   year: 2024,
 *   decisionDate: '2025-01-15',
 *   units: [
 *     { name: 'Phòng Tổng hợp', collective: { kind: 'collective', years: { 2024: { members: 2, rating: 'hoan-thanh-tot' } } }, members: [
 *       { kind: 'individual', name: 'Nguyễn Thị Lan', years: { 2024: { rating: 'hoan-thanh-xuat-sac' } } },
 *       { kind: 'individual', name: 'Trần Văn Minh', years: { 2024: { rating: 'hoan-thanh-tot' } } },
 *     ] },
 *     { name: 'Phòng Kiểm soát TTHC', members: [{ kind: 'individual', name: 'Lê Văn Hùng', years: { 2024: { rating: 'hoan-thanh' } } }] },
 *   ],
 * })
 * r.totals //=> { 'lao-dong-tien-tien': 2, 'chien-si-thi-dua-co-so': 1, 'tap-the-lao-dong-tien-tien': 1 }
 * r.proposals.map((p) => [p.name ?? p.unit, p.award, p.amount])
 * //=> [['Phòng Tổng hợp', 'tap-the-lao-dong-tien-tien', '1880000'], ['Nguyễn Thị Lan', 'chien-si-thi-dua-co-so', '2340000'], ['Nguyễn Thị Lan', 'lao-dong-tien-tien', undefined], ['Trần Văn Minh', 'lao-dong-tien-tien', '710000']]
 * r.perUnit[1] //=> { unit: 'Phòng Kiểm soát TTHC', members: 1, totals: {} }
 * reviewCampaign({ year: 2024, units: {} as never }) //=> throws TypeError: input.units
 * ```
 */
export function reviewCampaign(input: CampaignInput): CampaignReview {
  if (input === null || typeof input !== 'object') throw wrongType('input', input, 'an object { units, year, decisionDate?, ... }')
  const o = readOptions(input, CAMPAIGN_INPUT_NAMES, 'reviewCampaign')
  if (!Array.isArray(o.units)) throw wrongType('input.units', o.units, 'an array of units { name?, collective?, members }')
  if (typeof o.year !== 'number' || !Number.isInteger(o.year)) throw invalidArgument('input.year', o.year, 'an integer year (the achievement year)')
  const year = o.year
  const units: readonly ReviewUnitInput[] = o.units
  const options: ReviewOptions = { year }
  if (o.decisionDate !== undefined) options.decisionDate = o.decisionDate
  if (o.regime !== undefined) options.regime = o.regime
  if (o.rounding !== undefined) options.rounding = o.rounding
  if (o.outstanding !== undefined) options.outstanding = o.outstanding
  if (o.htxsBase !== undefined) options.htxsBase = o.htxsBase
  const key = String(year)
  const reviews: UnitReview[] = []
  const totals: Partial<Record<AwardId, number>> = {}
  const perUnit: CampaignReview['perUnit'] = []
  const proposals: CampaignProposal[] = []
  const warnings: Label[] = []
  const seen = new Set<string>()
  let ldtt = 0
  let cstdcs = 0
  let htxs = 0
  let htt = 0
  units.forEach((unit, i) => {
    if (unit === null || typeof unit !== 'object' || Array.isArray(unit)) throw wrongType(`input.units[${i}]`, unit, 'a unit { name?, collective?, members }')
    const r = reviewUnit(unit, options)
    reviews.push(r)
    const unitName = r.name ?? `#${i + 1}`
    const unitTotals: Partial<Record<AwardId, number>> = {}
    const add = (a: AwardId) => {
      unitTotals[a] = (unitTotals[a] ?? 0) + 1
      totals[a] = (totals[a] ?? 0) + 1
    }
    r.members.forEach((m) => {
      for (const a of m.eligible) add(a)
      if (m.eligible.includes('lao-dong-tien-tien')) ldtt++
      if (m.eligible.includes('chien-si-thi-dua-co-so')) cstdcs++
      // Of several titles for the same year only the highest one's money is paid.
      const paid = new Set(payableAwards(m.eligible.map((award) => ({ award, period: year }))).map((x) => x.award))
      for (const v of m.verdicts) if (v.ok) proposals.push(proposal(unitName, 'individual', v, m, paid.has(v.award) ? o.decisionDate : undefined))
    })
    unit.members.forEach((m) => {
      const parsed = safeParseRecord(m)
      if (!parsed.ok || parsed.value.kind !== 'individual') return
      const eff = ratingFacts(year, parsed.value.years[key], parsed.value.recruitedOn).effective
      if (eff === 'hoan-thanh-xuat-sac') htxs++
      if (eff === 'hoan-thanh-tot') htt++
    })
    for (const a of r.collective.eligible) add(a)
    for (const v of r.collective.verdicts) if (v.ok) proposals.push(proposal(unitName, 'collective', v, {}, o.decisionDate))
    perUnit.push({ unit: unitName, members: r.members.length, totals: unitTotals })
    for (const w of r.warnings) {
      if (!seen.has(w.en)) {
        seen.add(w.en)
        warnings.push(w)
      }
    }
  })
  const quota = checkQuota({ laoDongTienTien: ldtt, chienSiThiDuaCoSo: cstdcs, hoanThanhXuatSac: htxs, hoanThanhTot: htt }, options)
  for (const c of quota.caps) {
    if (!c.ok) {
      const w = { vi: `Toàn đợt: ${c.detail.vi}`, en: `Whole campaign: ${c.detail.en}` }
      seen.add(w.en)
      warnings.push(w)
    }
  }
  const rank = (a: AwardId) => PROPOSAL_ORDER.indexOf(a)
  proposals.sort((a, b) => rank(a.award) - rank(b.award))
  const regime = reviews.find((r) => r.regime)?.regime ?? quota.regime
  return { year, regime, units: reviews, quota, totals, perUnit, proposals, warnings }
}

/**
 * Options of {@link reviewCampaignTable}: the language of the cells (the
 * headings are bilingual).
 *
 * @example
 * ```ts
 * import type { CampaignTableOptions } from 'hanhchinh/emulation'
 * const o: CampaignTableOptions = { language: 'en' }
 * o.language //=> 'en'
 * ```
 */
export interface CampaignTableOptions {
  language?: 'vi' | 'en'
}

const TABLE_OPTION_NAMES: OptionNames<CampaignTableOptions> = { language: true }

/**
 * The proposal list of a {@link reviewCampaign} result as a `Table` of
 * `hanhchinh/tables` (write it with `toCsv`, `toHtml` or `toXlsx`): number,
 * unit, individual or collective, award, award money, reasons and legal
 * basis, in Vietnamese (default) or English.
 *
 * @example
 * ```ts
 * import { reviewCampaign, reviewCampaignTable } from 'hanhchinh/emulation'
 * const r = reviewCampaign({ year: 2024, decisionDate: '2025-01-15', units: [{ name: 'Phòng Tổng hợp', members: [{ kind: 'individual', name: 'Nguyễn Thị Lan', years: { 2024: { rating: 'hoan-thanh-tot' } } }] }] })
 * const t = reviewCampaignTable(r)
 * t.rows[0] //=> { no: 1, unit: 'Phòng Tổng hợp', name: 'Nguyễn Thị Lan', award: 'Lao động tiên tiến', amount: 710000 }
 * t.columns.map((c) => c.label.vi).slice(0, 4) //=> ['STT', 'Đơn vị', 'Cá nhân, tập thể', 'Danh hiệu, hình thức khen thưởng']
 * reviewCampaignTable(r, { language: 'fr' as never }) //=> throws RangeError: options.language
 * ```
 */
export function reviewCampaignTable(review: CampaignReview, options?: CampaignTableOptions): Table {
  if (review === null || typeof review !== 'object' || !Array.isArray((review as CampaignReview).proposals)) throw wrongType('review', review, 'the result of reviewCampaign')
  const o = readOptions(options, TABLE_OPTION_NAMES, 'reviewCampaignTable')
  const language = readChoice(o.language, ['vi', 'en'], 'vi', 'options.language')
  if (!Number.isInteger(review.year)) throw invalidArgument('review.year', review.year, 'an integer year')
  return {
    title: { vi: `Danh sách đề nghị khen thưởng năm ${review.year}`, en: `Proposals for emulation titles and commendations, ${review.year}` },
    columns: [
      { id: 'no', label: { vi: 'STT', en: 'No.' }, type: 'integer' },
      { id: 'unit', label: { vi: 'Đơn vị', en: 'Unit' }, type: 'text' },
      { id: 'name', label: { vi: 'Cá nhân, tập thể', en: 'Individual or collective' }, type: 'text' },
      { id: 'award', label: { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Title or commendation' }, type: 'text' },
      { id: 'amount', label: { vi: 'Tiền thưởng (đồng)', en: 'Award money (VND)' }, type: 'integer' },
      { id: 'reasons', label: { vi: 'Thành tích, tiêu chuẩn đạt', en: 'Criteria met' }, type: 'text' },
      { id: 'basis', label: { vi: 'Căn cứ', en: 'Legal basis' }, type: 'text' },
    ],
    rows: review.proposals.map((p, i) => ({
      no: i + 1,
      unit: p.unit,
      name: p.subject === 'collective' ? p.unit : (p.name ?? p.id ?? ''),
      award: AWARD_LABELS[p.award][language],
      amount: p.amount === undefined ? null : Number(p.amount),
      reasons: p.reasons.map((r) => r[language]).join(' '),
      basis: p.basis.map((b) => formatLegalBasis(b, language)).join('; '),
    })),
    notes: [{ vi: 'Lập bằng hanhchinh: reviewCampaign.', en: 'Prepared with hanhchinh: reviewCampaign.' }],
  }
}
