import { requireAsOf, type AsOf } from '../core/as-of.js'
import { Decimal, toDecimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { formatVnDate } from '../format/date.js'
import { cite, ND_152_2025 } from './rules/bases.js'
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
  /** The base salary (lương cơ sở) in force on the decision date, VND/month; defaults to the one of {@link BASE_SALARY} (2,340,000 from 01/07/2024, Decree 73/2024/NĐ-CP Art 3.2). */
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

// Decree 98/2023 Art 54 = Decree 152/2025 Art 50 (titles); Decree 152/2025 Art 54 (Bằng khen, giấy khen).
const TITLE_COEFFICIENTS: Partial<Record<HeldAwardId, string>> = {
  'chien-si-thi-dua-toan-quoc': '4.5',
  'chien-si-thi-dua-cap-tinh': '3.0',
  'chien-si-thi-dua-co-so': '1.0',
  'lao-dong-tien-tien': '0.3',
  'chien-si-tien-tien': '0.3',
  'tap-the-lao-dong-xuat-sac': '1.5',
  'tap-the-lao-dong-tien-tien': '0.8',
  'co-thi-dua-chinh-phu': '12.0',
  'co-thi-dua-cap-tinh': '8.0',
}
const FORM_COEFFICIENTS: Partial<Record<HeldAwardId, Partial<Record<MoneyRecipient, string>>>> = {
  'bang-khen-thu-tuong': { individual: '3.5', collective: '7.0' },
  'bang-khen-chu-tich-ubnd-tinh': { individual: '1.5', collective: '3.0' },
  'bang-khen-bo-nganh': { individual: '1.5', collective: '3.0' },
  'giay-khen': { collective: '0.6' },
}
/**
 * The award money of a title or commendation (tiền thưởng): coefficient ×
 * base salary in force on the decision date, rounded up to tens of thousands
 * of đồng (Decree 152/2025/NĐ-CP Art 49). Coefficients: titles per Decree
 * 98/2023 Art 54 = Decree 152/2025 Art 50 (LĐTT 0.3, CSTĐCS 1.0, CSTĐ tỉnh
 * 3.0, CSTĐTQ 4.5; TTLĐTT 0.8, TTLĐXS 1.5; flags 8.0 and 12.0); Bằng khen
 * and giấy khen per Decree 152/2025 Art 54 (decisions from 01/07/2025).
 * Decisions before 01/01/2024, forms without a confirmed coefficient, and
 * dates before 01/07/2024 without a `baseSalary` give `{ ok: false, reason }`.
 *
 * @example
 * ```ts
 * import { awardMoney } from 'hanhchinh/emulation'
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2024-12-20' }) //=> { ok: true, exactAmount: '702000', amount: '710000' }
 * awardMoney('chien-si-thi-dua-co-so', { decisionDate: '2025-08-01' }) //=> { ok: true, amount: '2340000' }
 * awardMoney('bang-khen-thu-tuong', { decisionDate: '2025-09-01', recipient: 'collective' }) //=> { ok: true, amount: '16380000' }
 * awardMoney('lao-dong-tien-tien', { decisionDate: '2022-01-10' }).ok //=> false
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
  const fail = (vi: string, en: string): AwardMoney => ({ ok: false, award, recipient, reason: { vi, en } })
  const rule = valueOn(AWARD_MONEY_DECREE, decisionDate)
  if (rule === undefined) {
    const first = AWARD_MONEY_DECREE.values[0]!.from
    return fail(
      `Mức tiền thưởng cho quyết định trước ${formatVnDate(first)} (Nghị định 91/2017/NĐ-CP) chưa được mã hoá.`,
      `Money for decisions before ${formatVnDate(first)} (Decree 91/2017) is not encoded.`,
    )
  }
  const decree = rule.basis[0]!
  let coefficient: string | undefined
  let basis: LegalBasis[]
  const title = TITLE_COEFFICIENTS[award]
  if (title !== undefined) {
    coefficient = title
    basis = [cite(decree, rule.value.titleArticle)]
  } else {
    coefficient = rule.value.formsArticle !== undefined ? FORM_COEFFICIENTS[award]?.[recipient] : undefined
    basis = [cite(ND_152_2025, '54')]
  }
  if (coefficient === undefined) {
    return fail(
      `Chưa có hệ số tiền thưởng đã xác nhận cho ${AWARD_LABELS[award].vi} (${recipient === 'individual' ? 'cá nhân' : 'tập thể'}) theo ${decree.instrument}.`,
      `No confirmed money coefficient for ${AWARD_LABELS[award].en} (${recipient}) under ${decree.instrument}.`,
    )
  }
  let base: Decimal
  const salary = valueOn(BASE_SALARY, decisionDate)
  if (o.baseSalary !== undefined) base = toDecimal(o.baseSalary, 'options.baseSalary')
  else if (salary !== undefined) {
    base = new Decimal(salary.value)
    basis.push(...salary.basis)
  } else {
    const first = BASE_SALARY.values[0]!.from
    return fail(
      `Quyết định ngày ${formatVnDate(decisionDate)} trước ${formatVnDate(first)}: hãy truyền mức lương cơ sở đang áp dụng (baseSalary).`,
      `Decision dated ${decisionDate} is before ${formatVnDate(first)}: pass the base salary then in force (baseSalary).`,
    )
  }
  if (base.isNegative()) throw invalidArgument('options.baseSalary', o.baseSalary, 'a non-negative amount in VND')
  const c = new Decimal(coefficient)
  const exactAmount = c.times(base)
  const amount = exactAmount.div(10_000).toDecimalPlaces(0, Decimal.ROUND_CEIL).times(10_000)
  basis.push(cite(ND_152_2025, '49'))
  const out: AwardMoney = { ok: true, award, recipient, coefficient: c, baseSalary: base, exactAmount, amount, basis }
  if (rule.value.roundingUncertain !== undefined) out.uncertain = rule.value.roundingUncertain
  return out
}

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
  for (const a of awards) {
    if (TITLE_COEFFICIENTS[a.award] === undefined) continue
    const key = String(a.period)
    const cur = best.get(key)
    if (!cur || rank(a.award) > rank(cur.award)) best.set(key, a)
  }
  const keep = new Set(best.values())
  return awards.filter((a) => TITLE_COEFFICIENTS[a.award] === undefined || keep.has(a))
}

function rank(award: HeldAwardId): number {
  return Number(TITLE_COEFFICIENTS[award] ?? -1)
}
