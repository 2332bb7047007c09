import { requireAsOf, type AsOf } from '../core/as-of.js'
import { Decimal, toDecimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import { cite } from './rules/bases.js'
import { valueOn } from './rules/dated.js'
import { AWARD_MONEY_DECREE, BASE_SALARY } from './rules/timeline.js'
import { AWARD_LABELS, HeldAwardIdSchema, type HeldAwardId } from './schema.js'

/**
 * Who receives the award money: an individual or a collective (the Bằng
 * khen coefficients differ).
 *
 * @example
 * ```ts
 * import type { MoneyRecipient } from 'hanhchinh/emulation'
 * const r: MoneyRecipient = 'collective'
 * r //=> 'collective'
 * ```
 */
export type MoneyRecipient = 'individual' | 'collective'

/**
 * Options of {@link awardMoney}.
 *
 * @example
 * ```ts
 * import type { MoneyOptions } from 'hanhchinh/emulation'
 * const o: MoneyOptions = { decisionDate: '2025-01-15', baseSalary: 2_340_000 }
 * o.baseSalary //=> 2340000
 * ```
 */
export interface MoneyOptions {
  /** Date of the award decision (an ISO date, an ISO date-time with offset or a `Date`): it selects the decree and the base salary in force. */
  decisionDate: AsOf
  /** The base salary (lương cơ sở) in force on the decision date, VND/month; defaults to the one of {@link BASE_SALARY} at the decision date (e.g. 1,490,000 from 01/07/2019, 2,340,000 from 01/07/2024). */
  baseSalary?: DecimalInput
  recipient?: MoneyRecipient
}

const MONEY_OPTION_NAMES: OptionNames<MoneyOptions> = { decisionDate: true, baseSalary: true, recipient: true }

/**
 * The money of one award: the coefficient, the base salary, the exact
 * product and the amount paid (rounded up to tens of thousands of đồng), or
 * why it cannot be computed.
 *
 * @example
 * ```ts
 * import { awardMoney, type AwardMoney } from 'hanhchinh/emulation'
 * const m: AwardMoney = awardMoney('lao-dong-tien-tien', { decisionDate: '2025-01-15' })
 * m.ok //=> true
 * ```
 */
export type AwardMoney =
  | { ok: true; award: HeldAwardId; recipient: MoneyRecipient; coefficient: Decimal; baseSalary: Decimal; exactAmount: Decimal; amount: Decimal; basis: LegalBasis[]; uncertain?: string }
  | { ok: false; award: HeldAwardId; recipient: MoneyRecipient; reason: Label }

/**
 * The award money of a title or commendation (tiền thưởng): coefficient ×
 * the base salary in force on the decision date, rounded up to tens of
 * thousands of đồng. The decree, its coefficients and its rounding article
 * come from {@link AWARD_MONEY_DECREE} and the base salary from
 * {@link BASE_SALARY}, both read at the decision date: Decree 91/2017/NĐ-CP
 * for decisions from 01/10/2017 to 31/12/2023 (Art 68 principles and
 * rounding, Art 69 titles, Art 73 Bằng khen and giấy khen), Decree
 * 98/2023/NĐ-CP in 2024 to 30/06/2025 (titles only: the Bằng khen and
 * giấy khen rates of its Art 58 were found in no source, and the refusal
 * says what is known — a commune chairman's giấy khen 0,15), Decree
 * 152/2025/NĐ-CP from 01/07/2025 (BK bộ/tỉnh 1,5, giấy khen 0,3); Decree
 * 42/2010/NĐ-CP from 01/06/2010 to 30/09/2017
 * (titles only, coefficients UNCONFIRMED: a provincial table, not the
 * decree's text; base = "mức lương tối thiểu chung", from 01/07/2013 "mức
 * lương cơ sở"). Decisions before 01/06/2010 and forms without a confirmed
 * coefficient (any Bằng khen before 01/10/2017 or from 01/01/2024 to
 * 30/06/2025) give
 * `{ ok: false, reason }`. `uncertain` says what in the amount is not fully
 * confirmed.
 *
 * @example
 * ```ts
 * import { awardMoney } from 'hanhchinh/emulation'
 * awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2019-12-20' }) //=> { ok: true, amount: '1490000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2019-12-20' }) //=> { ok: true, exactAmount: '447000', amount: '450000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2019-03-15' }) //=> { ok: true, exactAmount: '417000', amount: '420000' }
 * awardMoney('bang-khen-thu-tuong', { decisionDate: '2020-06-01' }) //=> { ok: true, coefficient: '3.5', amount: '5220000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2024-12-20' }) //=> { ok: true, exactAmount: '702000', amount: '710000' }
 * awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2026-07-01' }) //=> { ok: true, amount: '2530000' }
 * awardMoney('bang-khen-thu-tuong', { decisionDate: '2025-09-01', recipient: 'collective' }) //=> { ok: true, amount: '16380000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2016-07-14' }) //=> { ok: true, exactAmount: '363000', amount: '370000' }
 * awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2012-12-20' }) //=> { ok: true, baseSalary: '1050000', amount: '1050000' }
 * awardMoney('co-thi-dua-chinh-phu', { decisionDate: '2014-12-20' }) //=> { ok: true, coefficient: '24.5', amount: '28180000' }
 * awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2016-12-20' }).ok //=> false
 * awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2023-12-31' }) //=> { ok: true, coefficient: '1', amount: '1800000' }
 * awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2024-01-01' }).ok //=> false
 * awardMoney('bang-khen-chu-tich-ubnd-tinh', { decisionDate: '2025-07-01' }) //=> { ok: true, coefficient: '1.5', amount: '3510000' }
 * awardMoney('giay-khen', { decisionDate: '2025-07-01' }) //=> { ok: true, exactAmount: '702000', amount: '710000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2010-05-31' }).ok //=> false
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2024-13-01' }) //=> throws RangeError: decisionDate
 * awardMoney('lao-dong-tien-tien', { decisionDate: new Date('2024-12-20T09:00:00+07:00') }).ok //=> true
 * awardMoney('lao-dong-tien-tien', { decisonDate: '2024-12-20' } as never) //=> throws RangeError: Unknown option "decisonDate" of awardMoney
 * ```
 */
export function awardMoney(award: HeldAwardId, options: MoneyOptions): AwardMoney {
  if (!HeldAwardIdSchema.safeParse(award).success) throw invalidArgument('award', award, `one of ${HeldAwardIdSchema.options.join(', ')}`)
  if (options === undefined || options === null || typeof options !== 'object') throw wrongType('options', options, 'an object { decisionDate, baseSalary?, recipient? }')
  const o = readOptions(options, MONEY_OPTION_NAMES, 'awardMoney')
  const decisionDate = requireAsOf(o.decisionDate, 'options.decisionDate').date
  const recipient = readChoice(o.recipient, ['individual', 'collective'], award.startsWith('tap-the') || award.startsWith('co-thi-dua') ? 'collective' : 'individual', 'options.recipient')
  const given = o.baseSalary !== undefined ? toDecimal(o.baseSalary, 'options.baseSalary') : undefined
  if (given !== undefined && given.isNegative()) throw invalidArgument('options.baseSalary', o.baseSalary, 'a non-negative amount in VND')
  const fail = (vi: string, en: string): AwardMoney => ({ ok: false, award, recipient, reason: { vi, en } })
  const rule = valueOn(AWARD_MONEY_DECREE, decisionDate)
  if (rule === undefined) {
    const first = AWARD_MONEY_DECREE.values[0]!.from
    return fail(
      `Chưa mã hoá mức tiền thưởng cho quyết định ngày ${formatVnDate(decisionDate)}, trước ${formatVnDate(first)} (ngày Nghị định 42/2010/NĐ-CP có hiệu lực, CHƯA ĐƯỢC XÁC NHẬN): quy định tiền thưởng trước Nghị định 42/2010/NĐ-CP chưa được nghiên cứu.`,
      `Award money for a decision dated ${decisionDate}, before ${first} (when Decree 42/2010/NĐ-CP took effect, UNCONFIRMED), is not encoded: the money rules before Decree 42/2010/NĐ-CP were not researched.`,
    )
  }
  const decree = rule.basis[0]!
  const r = rule.value
  const title = r.titles[award]
  const coefficient = title ?? r.forms[award]?.[recipient]
  if (coefficient === undefined) {
    return fail(
      `Chưa có hệ số tiền thưởng đã xác nhận cho ${AWARD_LABELS[award].vi} (${recipient === 'individual' ? 'cá nhân' : 'tập thể'}) theo Nghị định ${decree.instrument}${r.missing ? `: ${r.missing.vi}` : ''}.`,
      `No confirmed money coefficient for ${AWARD_LABELS[award].en} (${recipient}) under Decree ${decree.instrument}${r.missing ? `: ${r.missing.en}` : ''}.`,
    )
  }
  const basis: LegalBasis[] = [cite(decree, title !== undefined ? r.titleArticle : r.formsArticle)]
  const uncertain: string[] = []
  if (rule.uncertain !== undefined) uncertain.push(rule.uncertain)
  const note = r.notes?.[award]
  if (note !== undefined) uncertain.push(note)
  let base: Decimal
  if (given !== undefined) base = given
  else {
    const salary = valueOn(BASE_SALARY, decisionDate)
    if (salary === undefined) {
      const first = BASE_SALARY.values[0]!.from
      return fail(
        `Quyết định ngày ${formatVnDate(decisionDate)} trước ${formatVnDate(first)}: hãy truyền mức lương cơ sở đang áp dụng (baseSalary).`,
        `Decision dated ${decisionDate} is before ${formatVnDate(first)}: pass the base salary then in force (baseSalary).`,
      )
    }
    base = new Decimal(salary.value)
    basis.push(...salary.basis)
    if (salary.uncertain !== undefined) uncertain.push(salary.uncertain)
  }
  const c = new Decimal(coefficient)
  const exactAmount = c.times(base)
  const amount = exactAmount.div(10_000).toDecimalPlaces(0, Decimal.ROUND_CEIL).times(10_000)
  basis.push(r.rounding)
  if (r.roundingUncertain !== undefined) uncertain.push(r.roundingUncertain)
  const out: AwardMoney = { ok: true, award, recipient, coefficient: c, baseSalary: base, exactAmount, amount, basis }
  if (uncertain.length) out.uncertain = uncertain.join('; ')
  return out
}

// Titles ranked by their coefficient (the same in every decree encoded).
const TITLE_RANK: Partial<Record<HeldAwardId, string>> = AWARD_MONEY_DECREE.values[AWARD_MONEY_DECREE.values.length - 1]!.value.titles

/**
 * Of several titles (danh hiệu) decided for the same achievement period, only
 * the highest one's money is paid; titles for different periods are each paid
 * (Decree 152/2025/NĐ-CP Art 49). Commendation forms (Bằng khen, giấy khen,
 * orders) are not titles and pass through unchanged. Returns the awards whose
 * money is paid, in input order.
 *
 * @param awards - each award with its achievement period (e.g. the year `2024`)
 *
 * @example
 * ```ts
 * import { payableAwards } from 'hanhchinh/emulation'
 * payableAwards([{ award: 'lao-dong-tien-tien', period: 2024 }, { award: 'chien-si-thi-dua-co-so', period: 2024 }, { award: 'lao-dong-tien-tien', period: 2023 }])
 * //=> [{ award: 'chien-si-thi-dua-co-so', period: 2024 }, { award: 'lao-dong-tien-tien', period: 2023 }]
 * payableAwards([{ award: 'chien-si-thi-dua-co-so', period: 2024 }, { award: 'bang-khen-chu-tich-ubnd-tinh', period: 2024 }]).length //=> 2
 * ```
 */
export function payableAwards<T extends { award: HeldAwardId; period: number | string }>(awards: readonly T[]): T[] {
  if (!Array.isArray(awards as unknown)) throw wrongType('awards', awards, 'an array of { award, period }')
  const best = new Map<string, T>()
  for (let i = 0; i < awards.length; i++) {
    const a = awards[i]
    if (!(i in awards) || a === null || typeof a !== 'object') throw wrongType(`awards[${i}]`, a, 'a held award { award, period }')
    if (typeof a.award !== 'string') throw wrongType(`awards[${i}].award`, a.award, 'an award id')
    if (typeof a.period !== 'number' && typeof a.period !== 'string') throw wrongType(`awards[${i}].period`, a.period, 'a year or a period')
    if (!Object.prototype.hasOwnProperty.call(TITLE_RANK, a.award)) continue
    const key = String(a.period)
    const cur = best.get(key)
    if (!cur || rank(a.award) > rank(cur.award)) best.set(key, a)
  }
  const keep = new Set(best.values())
  return awards.filter((a) => !Object.prototype.hasOwnProperty.call(TITLE_RANK, a.award) || keep.has(a))
}

function rank(award: HeldAwardId): number {
  return Number(TITLE_RANK[award] ?? -1)
}
