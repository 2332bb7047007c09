import { requireAsOf, type AsOf } from '../core/as-of.js'
import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { formatLegalBasis, type LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { AWARD_AUTHORITIES, AWARD_DECIDERS, RECIPIENT_LEVELS, type Decider, type RecipientLevel } from './rules/authority.js'
import { atDate } from './rules/dated.js'
import { AWARD_LABELS, type HeldAwardId } from './schema.js'

/**
 * Options of {@link awardAuthority}.
 *
 * @example
 * ```ts
 * import type { AwardAuthorityOptions } from 'hanhchinh/emulation'
 * const o: AwardAuthorityOptions = { date: '2025-09-01', recipientLevel: 'commune' }
 * o.recipientLevel //=> 'commune'
 * ```
 */
export interface AwardAuthorityOptions {
  /**
   * The date of the decision (required): an ISO date (that day in Vietnam
   * time), an ISO date-time with offset, or a `Date`.
   */
  date: AsOf
  /** Where the recipient sits; without it, every decider of the award is listed. */
  recipientLevel?: RecipientLevel
}

const NAMES: OptionNames<AwardAuthorityOptions> = { date: true, recipientLevel: true }

/**
 * A decider of an award on a date: who (see {@link Decider}), for recipients
 * at which levels, on what legal basis, and why it is UNCONFIRMED when it is.
 *
 * @example
 * ```ts
 * import { awardAuthority, type AwardDecider } from 'hanhchinh/emulation'
 * const d: AwardDecider | undefined = awardAuthority('giay-khen', { date: '2025-09-01', recipientLevel: 'commune' }).deciders[0]
 * d?.recipientLevels //=> ['commune']
 * ```
 */
export interface AwardDecider extends Decider {
  readonly recipientLevels: readonly RecipientLevel[]
  readonly basis: readonly LegalBasis[]
  readonly uncertain?: string
}

/**
 * Who decides an award on a date ({@link awardAuthority}): the award, the
 * civil date read, the recipient level asked about, the deciders (closest to
 * the recipient first) and the period of the rules applied.
 *
 * @example
 * ```ts
 * import { awardAuthority, type AwardAuthority } from 'hanhchinh/emulation'
 * const a: AwardAuthority = awardAuthority('lao-dong-tien-tien', { date: '2024-12-20', recipientLevel: 'agency' })
 * a.deciders.map((d) => d.id) //=> ['thu-truong-co-quan']
 * ```
 */
export interface AwardAuthority {
  readonly award: HeldAwardId
  readonly label: Label
  readonly date: IsoDate
  readonly recipientLevel: RecipientLevel | undefined
  readonly deciders: readonly AwardDecider[]
  readonly period: { readonly from: string; readonly to: string | undefined; readonly basis: readonly LegalBasis[] }
}

function coded(error: RangeError, code: string): RangeError {
  ;(error as RangeError & { code?: string }).code = code
  return error
}

/**
 * Who has the power to decide a title or commendation (thẩm quyền quyết
 * định khen thưởng) on a date, with the article — read from
 * {@link AWARD_AUTHORITIES} through the library's one dated lookup:
 *
 * - until 31/12/2023, Law 15/2003/QH11 Art 77–80 (as amended);
 * - 01/01/2024 – 30/06/2025, Law 06/2022/QH15 Art 80: the district chairman
 *   decides CSTĐCS, LĐTT, TTLĐTT and giấy khen (80.2), the commune chairman
 *   only LĐTT and giấy khen (80.3);
 * - from 01/07/2025, Decree 129/2025/NĐ-CP Art 59: the commune chairman
 *   decides CSTĐCS, TTLĐTT, LĐTT and giấy khen within the commune. The
 *   district level no longer exists (Law on Organisation of Local Government
 *   72/2025/QH15): asking for a `'district'` recipient on or after that date
 *   is a `RangeError` (code `'level-not-in-force'`) naming the date and the law.
 *
 * `recipientLevel` narrows the answer to the deciders for a recipient there
 * (a commune official's CSTĐCS in 2024 is the district chairman's); none for
 * that level is a `RangeError` (code `'no-authority'`). A date before Law
 * 2003 took effect (01/07/2004) is a `RangeError` (code `'no-data'`).
 *
 * @param award - the award's id (`'chien-si-thi-dua-co-so'`, `'giay-khen'`, …)
 * @param options - `date` (required) and `recipientLevel`
 *
 * @example
 * ```ts
 * import { awardAuthority } from 'hanhchinh/emulation'
 * awardAuthority('chien-si-thi-dua-co-so', { date: '2024-12-20', recipientLevel: 'commune' }).deciders.map((d) => d.label.vi)
 * //=> ['Chủ tịch Ủy ban nhân dân cấp huyện']
 * const after = awardAuthority('chien-si-thi-dua-co-so', { date: '2025-09-01', recipientLevel: 'commune' })
 * after.deciders[0]?.label.vi //=> 'Chủ tịch Ủy ban nhân dân cấp xã'
 * after.deciders[0]?.basis.map((b) => `${b.article} ${b.instrument}`) //=> ['80 06/2022/QH15', '59 129/2025/NĐ-CP']
 * awardAuthority('lao-dong-tien-tien', { date: '2024-12-20', recipientLevel: 'commune' }).deciders.map((d) => d.id)
 * //=> ['chu-tich-ubnd-xa', 'chu-tich-ubnd-huyen']
 * awardAuthority('bang-khen-chu-tich-ubnd-tinh', { date: '2025-09-01' }).deciders.map((d) => d.id) //=> ['chu-tich-ubnd-tinh']
 * awardAuthority('giay-khen', { date: '2025-09-01' }).deciders.map((d) => d.id) //=> ['thu-truong-co-quan', 'chu-tich-ubnd-xa']
 * awardAuthority('chien-si-thi-dua-co-so', { date: '2025-09-01', recipientLevel: 'district' }) //=> throws RangeError: 72/2025/QH15
 * awardAuthority('lao-dong-tien-tien', { date: '2024-12-20', recipientLevel: 'province' }) //=> throws RangeError: No decider
 * awardAuthority('giay-khen', { date: '2025-09-01', recipientLevel: 'huyen' as never }) //=> throws RangeError: Invalid options.recipientLevel
 * ```
 */
export function awardAuthority(award: HeldAwardId, options: AwardAuthorityOptions): AwardAuthority {
  if (typeof award !== 'string') throw wrongType('award', award, "an award id such as 'chien-si-thi-dua-co-so'")
  if (!Object.prototype.hasOwnProperty.call(AWARD_LABELS, award)) throw invalidArgument('award', award, `one of ${Object.keys(AWARD_LABELS).join(', ')}`)
  const o = readOptions(options, NAMES, 'awardAuthority')
  const date = requireAsOf(o.date, 'options.date').date
  const recipientLevel = readChoice(o.recipientLevel, RECIPIENT_LEVELS, undefined, 'options.recipientLevel')

  const period = atDate(AWARD_AUTHORITIES, date)
  if (period === undefined) {
    const first = AWARD_AUTHORITIES.values[0]!
    throw coded(
      new RangeError(`No award authority for options.date ${describeValue(date)}: the data start on ${first.from} (${first.basis[0]?.instrument ?? ''} in force)`),
      'no-data',
    )
  }
  const rules = period.value
  if (recipientLevel !== undefined && !rules.levels.includes(recipientLevel)) {
    const law = rules.levelsBasis.map((b) => `${b.title ? `${b.title} ` : ''}${formatLegalBasis(b, 'en')}`).join('; ')
    throw coded(
      invalidArgument(
        'options.recipientLevel',
        recipientLevel,
        `one of ${rules.levels.map((l) => `'${l}'`).join(', ')} on ${date}: there is no ${recipientLevel} level from ${period.from} — ${law}`,
      ),
      'level-not-in-force',
    )
  }
  const forAward = rules.grants.filter((g) => g.awards.includes(award))
  if (forAward.length === 0) {
    const covered = [...new Set(rules.grants.flatMap((g) => g.awards))].join(', ')
    throw coded(invalidArgument('award', award, `an award with a civil decider on ${date} (${covered})`), 'no-authority')
  }
  const grants = recipientLevel === undefined ? forAward : forAward.filter((g) => g.recipientLevels.includes(recipientLevel))
  if (grants.length === 0) {
    const who = forAward.map((g) => `${AWARD_DECIDERS[g.decider].label.en} (${g.recipientLevels.join(', ')})`).join('; ')
    throw coded(new RangeError(`No decider of ${describeValue(award)} for a recipient at level ${describeValue(recipientLevel)} on ${date}: the law gives it to ${who}`), 'no-authority')
  }
  return Object.freeze({
    award,
    label: AWARD_LABELS[award],
    date,
    recipientLevel,
    deciders: Object.freeze(
      grants.map((g): AwardDecider => {
        const d = AWARD_DECIDERS[g.decider]
        return Object.freeze({
          ...d,
          recipientLevels: g.recipientLevels,
          basis: g.basis,
          ...(g.uncertain !== undefined ? { uncertain: g.uncertain } : {}),
        })
      }),
    ),
    period: Object.freeze({ from: period.from, to: period.to, basis: period.basis }),
  })
}
