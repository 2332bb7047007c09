import type { Label } from '../../core/label.js'
import type { LegalBasis } from '../../core/legal-basis.js'
import type { DisciplineForm, HeldAwardId, InitiativeLevel, RatingId } from '../schema.js'
import type { DatedValue } from './dated.js'

/**
 * Id of a legal regime of emulation and commendation:
 * - `'A'` — Law 15/2003/QH11 (as amended) + Decree 91/2017/NĐ-CP + Circular 12/2019/TT-BNV (achievements up to 2023);
 * - `'B'` — Law 06/2022/QH15 + Decree 98/2023/NĐ-CP + Circular 01/2024/TT-BNV (decisions 01/01/2024 – 30/06/2025);
 * - `'C'` — Law 06/2022/QH15 + Decree 152/2025/NĐ-CP + Circular 15/2025/TT-BNV (decisions from 01/07/2025).
 *
 * @example
 * ```ts
 * import type { RegimeId } from 'hanhchinh/emulation'
 * const id: RegimeId = 'B'
 * id //=> 'B'
 * ```
 */
export type RegimeId = 'A' | 'B' | 'C'

/**
 * One criterion value of a regime with the articles it comes from. `uncertain`
 * is set where the value is UNCONFIRMED (the verdict then marks the
 * criterion `uncertain`); replace it with {@link customizeRegime}. A rule
 * that changes within the regime's period lists its dated `values`
 * (`{ from, to?, value, basis }`, as openfisca's dated parameters); read it
 * with {@link atDate}, which answers the undated `value` for a rule without
 * them.
 *
 * @example
 * ```ts
 * import { REGIME_A } from 'hanhchinh/emulation'
 * const rule = REGIME_A.laoDongTienTien.minServiceMonths
 * rule.value //=> 10
 * rule.basis[0]?.instrument //=> '91/2017/NĐ-CP'
 * ```
 */
export interface RegimeRule<T> {
  value: T
  basis: LegalBasis[]
  uncertain?: string
  /** The rule's values by date, when it changes within the regime's period. */
  values?: readonly DatedValue<T>[]
}

/**
 * A share of members, as a percentage; `strict` means "more than" (Law 2003:
 * "trên 50%"), otherwise "at least" (Law 2022: "ít nhất 70%").
 *
 * @example
 * ```ts
 * import type { MemberShare } from 'hanhchinh/emulation'
 * const s: MemberShare = { percent: 50, strict: true }
 * s.strict //=> true
 * ```
 */
export interface MemberShare {
  percent: number
  strict: boolean
}

/**
 * A complete rule set of one regime: every criterion as a value with its
 * legal basis. Regimes are plain data; a province or sector adapts one with
 * {@link customizeRegime} instead of forking the library.
 *
 * @example
 * ```ts
 * import { REGIME_B } from 'hanhchinh/emulation'
 * REGIME_B.chienSiThiDuaCoSo.htxsRoute.value //=> true
 * REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien.value //=> { percent: 70, strict: false }
 * ```
 */
export interface Regime {
  id: RegimeId
  /** Set by {@link customizeRegime}: who adapted the rule set (e.g. a province). */
  variant?: string
  label: Label
  /** Decisions taken in this period are judged by this regime (see {@link selectRegime}). */
  decisionsFrom?: string
  decisionsTo?: string
  /** The instruments that make up the regime. */
  instruments: LegalBasis[]
  laoDongTienTien: {
    /** Rating the "hoàn thành tốt nhiệm vụ" standard maps to. */
    minRating: RegimeRule<RatingId>
    /** Minimum months of service in the year since recruitment (new-recruit bar). */
    minServiceMonths: RegimeRule<number>
    /** Discipline in the year at or above this form bars the title; `null`: no direct bar (it works through the rating). */
    disciplineBar: RegimeRule<DisciplineForm | null>
  }
  chienSiThiDuaCoSo: {
    /** A "hoàn thành xuất sắc" rating is an alternative to an initiative. */
    htxsRoute: RegimeRule<boolean>
    /** Level at which the initiative or research must be recognised. */
    initiativeLevel: RegimeRule<InitiativeLevel>
    /** Cap on the number of CSTĐCS as a percentage of LĐTT (`null`: no cap). */
    quotaPercentOfLaoDongTienTien: RegimeRule<number | null>
  }
  chienSiThiDuaCapTinh: {
    consecutiveCoSo: RegimeRule<number>
    initiativeScope: RegimeRule<InitiativeLevel>
  }
  chienSiThiDuaToanQuoc: {
    consecutiveCapTinh: RegimeRule<number>
    initiativeScope: RegimeRule<InitiativeLevel>
    /** Must be proposed for the cycle of the 2nd provincial title (no later years). */
    adjacentCycleOnly: RegimeRule<boolean>
  }
  tapTheLaoDongTienTien: {
    minRating: RegimeRule<RatingId>
    minLaoDongTienTien: RegimeRule<MemberShare>
    /** No member disciplined at or above this form. */
    memberDisciplineBar: RegimeRule<DisciplineForm | null>
  }
  tapTheLaoDongXuatSac: {
    minRating: RegimeRule<RatingId>
    allMembersComplete: RegimeRule<boolean>
    minLaoDongTienTien: RegimeRule<MemberShare>
    minChienSiThiDuaCoSo: RegimeRule<number>
    memberDisciplineBar: RegimeRule<DisciplineForm | null>
  }
  bangKhenTinh: {
    /** Consecutive CSTĐCS titles that qualify on their own (`null`: no such limb). */
    consecutiveCoSo: RegimeRule<number | null>
    /** Consecutive HTXS years ... */
    htxsYears: RegimeRule<number>
    /** ... with this many initiatives (or research works) recognised at grassroots level in them. */
    initiatives: RegimeRule<number>
    /** Collective: consecutive years rated HTXS or holding TTLĐXS. */
    collectiveYears: RegimeRule<number>
  }
  bangKhenThuTuong: {
    /** Merit awards that anchor the chain ("đã được tặng ..."). */
    anchor: RegimeRule<HeldAwardId[]>
    years: RegimeRule<number>
    minRating: RegimeRule<RatingId>
    initiatives: RegimeRule<number>
    chienSiThiDuaCoSo: RegimeRule<number>
  }
  huanChuongLaoDongHangBa: {
    anchor: RegimeRule<HeldAwardId[]>
    years: RegimeRule<number>
    minRating: RegimeRule<RatingId>
    /** Of those years, at least this many rated HTXS. */
    htxsYears: RegimeRule<number>
    initiatives: RegimeRule<number>
    initiativeScope: RegimeRule<InitiativeLevel>
    chienSiThiDuaCoSo: RegimeRule<number>
  }
  general: {
    /** Thematic (chuyên đề) and unexpected (đột xuất) awards do not anchor merit chains. */
    meritAnchorsOnly: RegimeRule<boolean>
    /** After a discipline period, achievements count only from its end. */
    countFromDisciplineEnd: RegimeRule<boolean>
    /** No award while discipline is being considered or under investigation. */
    noPendingDiscipline: RegimeRule<boolean>
    /** At most one State-level form (BK TTg, orders) per subject per year. */
    oneStateFormPerYear: RegimeRule<boolean>
  }
}
