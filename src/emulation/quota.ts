import type { AsOf } from '../core/as-of.js'
import { Decimal } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readChoice, readOptions, refuseIgnoredOption, type OptionNames } from '../core/options.js'
import { formatVnNumber } from '../format/number.js'
import { regimeOnDay, resolveRegime } from './rules/by-id.js'
import { valueOn } from './rules/dated.js'
import type { Regime, RegimeId } from './rules/regime.js'
import { HTXS_CAP } from './rules/timeline.js'
import { readDecisionDate, selectRegimeOn } from './select-regime.js'

/**
 * A unit's year-end counts for the quota checks (each optional; a cap is
 * checked only when its counts are given).
 *
 * @example
 * ```ts
 * import type { UnitOutcomes } from 'hanhchinh/emulation'
 * const u: UnitOutcomes = { laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }
 * u.laoDongTienTien //=> 62
 * ```
 */
export interface UnitOutcomes {
  /** Individuals proposed for / awarded Lao động tiên tiến (or Chiến sĩ tiên tiến). */
  laoDongTienTien?: number
  /** Individuals proposed for Chiến sĩ thi đua cơ sở. */
  chienSiThiDuaCoSo?: number
  /** Individuals rated (or proposed to be rated) hoàn thành xuất sắc nhiệm vụ. */
  hoanThanhXuatSac?: number
  /** Individuals rated hoàn thành tốt nhiệm vụ (the base of the HTXS cap). */
  hoanThanhTot?: number
}

/**
 * How a fractional limit becomes a whole number of people. The law leaves it
 * open (UNCONFIRMED); `'floor'` (the default) never lets the cap be
 * exceeded.
 *
 * @example
 * ```ts
 * import type { QuotaRounding } from 'hanhchinh/emulation'
 * const r: QuotaRounding = 'half-up'
 * r //=> 'half-up'
 * ```
 */
export type QuotaRounding = 'floor' | 'half-up' | 'ceil'

/**
 * Options of {@link checkQuota}.
 *
 * @example
 * ```ts
 * import type { QuotaOptions } from 'hanhchinh/emulation'
 * const o: QuotaOptions = { year: 2025, outstanding: true, rounding: 'floor' }
 * o.outstanding //=> true
 * ```
 */
export interface QuotaOptions {
  /** The achievement / rating year (a year, not a date). */
  year: number
  /** The decision date (an ISO date, an ISO date-time with offset or a `Date`): it selects the regime of the CSTĐCS cap. */
  decisionDate?: AsOf
  /** Force the emulation regime (for the CSTĐCS cap). */
  regime?: RegimeId | Regime
  rounding?: QuotaRounding
  /** The competent level found the unit outstanding (higher HTXS rate allowed). */
  outstanding?: boolean
  /** Replace the HTXS rate (percent of those rated HTT), e.g. a Party committee's own rate. */
  htxsPercent?: number
  /**
   * The base of the HTXS cap: those rated HTT only (`'htt-only'`, the
   * default, as in the worked examples) or everyone rated HTT or better
   * before the HTXS cut (`'htt-and-htxs'`). The texts leave it open
   * (UNCONFIRMED).
   */
  htxsBase?: 'htt-only' | 'htt-and-htxs'
}

/**
 * One cap: the limit, the count, by how much it is exceeded, and how the
 * limit was computed.
 *
 * @example
 * ```ts
 * import { checkQuota, type QuotaCheck } from 'hanhchinh/emulation'
 * const c: QuotaCheck = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2019 }).caps[0]!
 * c.excess //=> 4
 * ```
 */
export interface QuotaCheck {
  id: 'chien-si-thi-dua-co-so' | 'hoan-thanh-xuat-sac'
  label: Label
  ok: boolean
  count: number
  limit: number
  excess: number
  /** The rate, in percent. */
  percent: Decimal
  /** What the rate applies to, and its size. */
  of: 'lao-dong-tien-tien' | 'hoan-thanh-tot'
  base: number
  /** The exact, unrounded limit. */
  exactLimit: Decimal
  rounding: QuotaRounding
  basis: LegalBasis[]
  detail: Label
  uncertain?: string
}

/**
 * The result of {@link checkQuota}: every cap that applies to the year, and
 * notes on the caps that do not.
 *
 * @example
 * ```ts
 * import { checkQuota, type QuotaReport } from 'hanhchinh/emulation'
 * const r: QuotaReport = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2024 })
 * r.ok //=> true
 * ```
 */
export interface QuotaReport {
  ok: boolean
  year: number
  regime: string
  caps: QuotaCheck[]
  notes: Label[]
}

/** Every option name of {@link QuotaOptions}. @internal */
export const QUOTA_OPTION_NAMES: OptionNames<QuotaOptions> = { year: true, decisionDate: true, regime: true, rounding: true, outstanding: true, htxsPercent: true, htxsBase: true }

function count(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number') throw wrongType(`unitOutcomes.${name}`, value, 'a whole number of people')
  if (!Number.isSafeInteger(value) || value < 0) throw invalidArgument(`unitOutcomes.${name}`, value, 'a whole number of people, 0 or more (at most Number.MAX_SAFE_INTEGER)')
  return value
}

function roundLimit(exact: Decimal, rounding: QuotaRounding): number {
  const mode = rounding === 'floor' ? Decimal.ROUND_FLOOR : rounding === 'ceil' ? Decimal.ROUND_CEIL : Decimal.ROUND_HALF_UP
  return exact.toDecimalPlaces(0, mode).toNumber()
}

/**
 * The HTXS-rating cap in force for a rating year, read from the dated data
 * ({@link HTXS_CAP}) at 31/12 of that year, or undefined (none found).
 */
function htxsRule(year: number, outstanding: boolean): { percent: number; basis: LegalBasis[]; uncertain?: string } | undefined {
  const v = valueOn(HTXS_CAP, `${year}-12-31`)
  if (v === undefined) return undefined
  const uncertain = outstanding ? (v.value.uncertainOutstanding ?? v.uncertain) : v.uncertain
  const out = { percent: outstanding ? v.value.outstandingPercent : v.value.percent, basis: [...v.basis] }
  return uncertain === undefined ? out : { ...out, uncertain }
}

/**
 * Check a unit's year-end counts against the caps of the year:
 * - **Chiến sĩ thi đua cơ sở** — at most 15% of the individuals who achieved
 *   Lao động tiên tiến (Decree 91/2017/NĐ-CP Art 9.3; regime A only — the cap
 *   lapsed with Law 2022 on 01/01/2024). Scope and rounding are left to the
 *   ministry/province (UNCONFIRMED).
 * - **Hoàn thành xuất sắc ratings** — not above the Party rate (Decree
 *   90/2020 Art 2.6 as amended by Decree 48/2023, from the 2023 rating):
 *   20% of those rated HTT (QĐ 124-QĐ/TW for 2023–2024, rate UNCONFIRMED;
 *   QĐ 366-QĐ/TW Art 11 for 2025, 25% for outstanding units); from 2026
 *   20% of those rated HTT (Decree 335/2025/NĐ-CP), higher for outstanding
 *   organisations (ceiling UNCONFIRMED, 25% assumed). Before 2023 no cap was
 *   found (UNCONFIRMED absence).
 *
 * The rounding of a fractional limit is an option (default `'floor'`).
 * The HTXS options (`outstanding`, `htxsPercent`, `htxsBase`) are refused
 * for a year without an HTXS cap: they would have no effect. An unknown
 * option name is refused too.
 *
 * @example
 * ```ts
 * import { checkQuota } from 'hanhchinh/emulation'
 * const r = checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2019 })
 * r.ok //=> false
 * r.caps[0] //=> { id: 'chien-si-thi-dua-co-so', limit: 9, count: 13, excess: 4 }
 * r.caps[0]?.exactLimit //=> '9.3'
 * checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2024 }).caps.length //=> 0
 * checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025, outstanding: true }).caps[0] //=> { limit: 7, ok: true }
 * checkQuota({ hoanThanhTot: 12, hoanThanhXuatSac: 3 }, { year: 2026, htxsBase: 'htt-and-htxs' }).caps[0] //=> { base: 15, limit: 3, ok: true }
 * checkQuota({ laoDongTienTien: -1 }, { year: 2019 }) //=> throws RangeError: unitOutcomes.laoDongTienTien
 * checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 13 }, { year: 2019, outstanding: true }) //=> throws RangeError: Option "outstanding" of checkQuota is used only with
 * checkQuota({ hoanThanhTot: 30, hoanThanhXuatSac: 7 }, { year: 2025, rouding: 'ceil' } as never) //=> throws RangeError: Unknown option "rouding" of checkQuota (did you mean "rounding"?
 * ```
 */
export function checkQuota(unitOutcomes: UnitOutcomes, options: QuotaOptions): QuotaReport {
  if (unitOutcomes === null || typeof unitOutcomes !== 'object' || Array.isArray(unitOutcomes)) throw wrongType('unitOutcomes', unitOutcomes, 'an object of counts')
  if (options === undefined || options === null || typeof options !== 'object') throw wrongType('options', options, 'an object { year, ... }')
  return quotaReport(unitOutcomes, readOptions(options, QUOTA_OPTION_NAMES, 'checkQuota'), 'checkQuota')
}

/** {@link checkQuota} on options already read; `where` names the caller for the messages. @internal */
export function quotaReport(unitOutcomes: UnitOutcomes, options: Partial<QuotaOptions>, where: string): QuotaReport {
  const rounding = readChoice(options.rounding, ['floor', 'half-up', 'ceil'], 'floor', 'options.rounding')
  const year = options.year as number
  const decisionDate = readDecisionDate(options.decisionDate, 'options.decisionDate')
  const selection = selectRegimeOn(year, decisionDate)
  const regime = regimeOnDay(resolveRegime(options.regime, selection.regime), decisionDate ?? `${year}-12-31`)
  const h = htxsRule(year, options.outstanding === true)
  for (const name of ['outstanding', 'htxsPercent', 'htxsBase'] as const) {
    refuseIgnoredOption(options, name, h !== undefined, `a rating year with an HTXS cap (from ${HTXS_CAP.values[0]!.from.slice(0, 4)})`, where)
  }
  const ldtt = count(unitOutcomes.laoDongTienTien, 'laoDongTienTien')
  const cstdcs = count(unitOutcomes.chienSiThiDuaCoSo, 'chienSiThiDuaCoSo')
  const htxs = count(unitOutcomes.hoanThanhXuatSac, 'hoanThanhXuatSac')
  const htt = count(unitOutcomes.hoanThanhTot, 'hoanThanhTot')
  if (options.htxsPercent !== undefined && (typeof options.htxsPercent !== 'number' || !(options.htxsPercent >= 0 && options.htxsPercent <= 100))) {
    throw invalidArgument('options.htxsPercent', options.htxsPercent, 'a percentage from 0 to 100')
  }
  if (ldtt === undefined && cstdcs === undefined && htxs === undefined && htt === undefined) {
    throw invalidArgument('unitOutcomes', unitOutcomes, 'at least one pair of counts: { laoDongTienTien, chienSiThiDuaCoSo } or { hoanThanhTot, hoanThanhXuatSac }')
  }
  // A Chiến sĩ thi đua cơ sở meets the Lao động tiên tiến standard first (Law
  // 2003 Art 23; Law 2022 Art 23), so it is one of those counted as LĐTT.
  if (ldtt !== undefined && cstdcs !== undefined && cstdcs > ldtt) {
    throw invalidArgument('unitOutcomes.chienSiThiDuaCoSo', cstdcs, `at most laoDongTienTien (${ldtt}): a CSTĐCS is counted among those who achieved LĐTT`)
  }
  const caps: QuotaCheck[] = []
  const notes: Label[] = []
  const q = regime.chienSiThiDuaCoSo.quotaPercentOfLaoDongTienTien
  const pair = (a: number | undefined, aName: string, b: number | undefined, bName: string) => {
    if (a !== undefined && b === undefined) throw invalidArgument(`unitOutcomes.${bName}`, b, `a count: the ${year} cap on ${aName} is measured against ${bName}`)
    if (b !== undefined && a === undefined) throw invalidArgument(`unitOutcomes.${aName}`, a, `a count: the ${year} cap is on ${aName}, measured against ${bName}`)
  }
  if (q.value !== null) pair(cstdcs, 'chienSiThiDuaCoSo', ldtt, 'laoDongTienTien')
  if (q.value === null) {
    notes.push({
      vi: `Chế độ ${regime.id}: không có giới hạn tỷ lệ Chiến sĩ thi đua cơ sở theo luật (có thể có quy định riêng của bộ, ngành, tỉnh).`,
      en: `Regime ${regime.id}: no statutory cap on CSTĐCS (ministries/provinces may set their own).`,
    })
  } else if (ldtt !== undefined && cstdcs !== undefined) {
    caps.push(
      makeCheck('chien-si-thi-dua-co-so', q.value, ldtt, cstdcs, 'lao-dong-tien-tien', rounding, q.basis,
        { vi: 'Tỷ lệ Chiến sĩ thi đua cơ sở', en: 'Share of Grassroots Emulation Fighters' },
        ['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến'], ['CSTĐCS', 'LĐTT'],
        q.uncertain),
    )
  }
  if (h !== undefined) pair(htxs, 'hoanThanhXuatSac', htt, 'hoanThanhTot')
  if (h === undefined) {
    notes.push({
      vi: `Năm ${year}: không tìm thấy giới hạn tỷ lệ Hoàn thành xuất sắc nhiệm vụ (trước Nghị định 48/2023/NĐ-CP; chưa xác nhận).`,
      en: `${year}: no cap on HTXS ratings found (before Decree 48/2023; UNCONFIRMED absence).`,
    })
  } else if (htxs !== undefined && htt !== undefined) {
    const percent = options.htxsPercent ?? h.percent
    const base = readChoice(options.htxsBase, ['htt-only', 'htt-and-htxs'], 'htt-only', 'options.htxsBase') === 'htt-and-htxs' ? htt + htxs : htt
    caps.push(
      makeCheck('hoan-thanh-xuat-sac', percent, base, htxs, 'hoan-thanh-tot', rounding, h.basis,
        { vi: 'Tỷ lệ Hoàn thành xuất sắc nhiệm vụ', en: 'Share of HTXS ratings' },
        ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'], ['HTXS', 'HTT'],
        options.htxsPercent !== undefined ? undefined : h.uncertain),
    )
  }
  return { ok: caps.every((c) => c.ok), year, regime: regime.variant ? `${regime.id}/${regime.variant}` : regime.id, caps, notes }
}

function makeCheck(
  id: QuotaCheck['id'],
  percent: number,
  base: number,
  counted: number,
  of: QuotaCheck['of'],
  rounding: QuotaRounding,
  basis: LegalBasis[],
  label: Label,
  vi: [string, string],
  en: [string, string],
  uncertain: string | undefined,
): QuotaCheck {
  const p = new Decimal(percent)
  const exactLimit = p.times(base).div(100)
  const limit = roundLimit(exactLimit, rounding)
  const excess = Math.max(0, counted - limit)
  const ok = excess === 0
  const check: QuotaCheck = {
    id,
    label,
    ok,
    count: counted,
    limit,
    excess,
    percent: p,
    of,
    base,
    exactLimit,
    rounding,
    basis,
    detail: {
      vi: `${counted} ${vi[0]}; tối đa ${formatVnNumber(p)}% × ${base} ${vi[1]} = ${formatVnNumber(exactLimit)} → ${limit}${ok ? '' : `; vượt ${excess}`}.`,
      en: `${counted} ${en[0]}; at most ${p.toString()}% × ${base} ${en[1]} = ${exactLimit.toString()} → ${limit}${ok ? '' : `; ${excess} over`}.`,
    },
  }
  if (uncertain !== undefined) check.uncertain = uncertain
  return check
}
