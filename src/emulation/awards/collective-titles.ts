import { Decimal, percentOf } from '../../core/decimal.js'
import { formatVnNumber } from '../../format/number.js'
import { cite, ND_48_2023 } from '../rules/bases.js'
import type { RegimeRule, MemberShare } from '../rules/regime.js'
import {
  DISCIPLINE_LABELS,
  RATING_LABELS,
  disciplineSeverity,
  ratingRank,
  type AwardId,
  type CollectiveRecord,
  type CollectiveYear,
  type DisciplineForm,
  type RatingId,
} from '../schema.js'
import { crit, type EmulationCriterion } from '../verdict.js'
import type { CheckContext } from './context.js'

type Ctx = CheckContext<CollectiveRecord>

function yearOf(ctx: Ctx): CollectiveYear | undefined {
  return ctx.record.years[String(ctx.year)]
}

function collectiveRating(ctx: Ctx, min: RegimeRule<RatingId>): EmulationCriterion {
  const y = yearOf(ctx)
  const label = { vi: `Tập thể xếp loại ${RATING_LABELS[min.value].vi} trở lên năm ${ctx.year}`, en: `Collective rated ${RATING_LABELS[min.value].en} or better in ${ctx.year}` }
  if (y?.rating === undefined) {
    return crit('rating', 'unknown', label, min, { vi: `Chưa có kết quả đánh giá tập thể năm ${ctx.year}.`, en: `No collective rating recorded for ${ctx.year}.` }, undefined, min.value)
  }
  const ok = ratingRank(y.rating) >= ratingRank(min.value)
  return crit(
    'rating',
    ok ? 'met' : 'unmet',
    label,
    min,
    { vi: `Tập thể xếp loại ${RATING_LABELS[y.rating].vi}${ok ? '' : ` — chưa đạt ${RATING_LABELS[min.value].vi}`}.`, en: `Collective rated ${RATING_LABELS[y.rating].en}${ok ? '' : ` — below ${RATING_LABELS[min.value].en}`}.` },
    y.rating,
    min.value,
  )
}

function shareCriterion(ctx: Ctx, rule: RegimeRule<MemberShare>): EmulationCriterion {
  const y = yearOf(ctx)
  const { percent, strict } = rule.value
  const label = {
    vi: `${strict ? 'Trên' : 'Ít nhất'} ${percent}% cá nhân đạt Lao động tiên tiến`,
    en: `${strict ? 'More than' : 'At least'} ${percent}% of members are Advanced Workers`,
  }
  if (!y || y.laoDongTienTien === undefined) return crit('lao-dong-tien-tien-share', 'unknown', label, rule, { vi: `Không có số Lao động tiên tiến năm ${ctx.year}.`, en: `No Advanced Worker count for ${ctx.year}.` }, undefined, `${strict ? '>' : '≥'} ${percent}%`)
  // Exact integer comparison: ldtt * 100 vs percent * members.
  const ldtt = y.laoDongTienTien
  const lhs = new Decimal(ldtt).times(100)
  const rhs = new Decimal(percent).times(y.members)
  const ok = strict ? lhs.gt(rhs) : lhs.gte(rhs)
  const pct = percentOf(ldtt, y.members)!.toString()
  return crit(
    'lao-dong-tien-tien-share',
    ok ? 'met' : 'unmet',
    label,
    rule,
    {
      vi: `${y.laoDongTienTien}/${y.members} cá nhân đạt Lao động tiên tiến (${formatVnNumber(pct)}%)${ok ? '' : ` — chưa đạt ${strict ? 'trên' : 'ít nhất'} ${percent}%`}.`,
      en: `${y.laoDongTienTien}/${y.members} members are Advanced Workers (${pct}%)${ok ? '' : ` — not ${strict ? 'more than' : 'at least'} ${percent}%`}.`,
    },
    { laoDongTienTien: y.laoDongTienTien, members: y.members, percent: pct },
    `${strict ? '>' : '≥'} ${percent}%`,
  )
}

function memberDiscipline(ctx: Ctx, rule: RegimeRule<DisciplineForm | null>): EmulationCriterion[] {
  const bar = rule.value
  if (bar === null) return []
  const hit = (yearOf(ctx)?.disciplinedMembers ?? []).filter((d) => disciplineSeverity(d.form) >= disciplineSeverity(bar))
  return [
    crit(
      'member-discipline',
      hit.length === 0 ? 'met' : 'unmet',
      { vi: `Không có cá nhân bị kỷ luật từ ${DISCIPLINE_LABELS[bar].vi.toLowerCase()} trở lên`, en: `No member disciplined with ${DISCIPLINE_LABELS[bar].en.toLowerCase()} or above` },
      rule,
      hit.length === 0
        ? { vi: 'Không có cá nhân bị kỷ luật từ mức này trở lên.', en: 'No member disciplined at or above this form.' }
        : {
            vi: `Có ${hit.length} cá nhân bị kỷ luật (${hit.map((d) => `${d.name ? `${d.name}: ` : ''}${DISCIPLINE_LABELS[d.form].vi.toLowerCase()}`).join(', ')}).`,
            en: `${hit.length} member(s) disciplined (${hit.map((d) => `${d.name ? `${d.name}: ` : ''}${DISCIPLINE_LABELS[d.form].en.toLowerCase()}`).join(', ')}).`,
          },
      hit.map((d) => d.form),
      `none at or above ${bar}`,
    ),
  ]
}

function qualitative(ctx: Ctx, basis: RegimeRule<unknown>): EmulationCriterion[] {
  const y = yearOf(ctx)
  const out: EmulationCriterion[] = []
  if (y?.emulationMovement !== undefined) {
    out.push(
      crit('emulation-movement', y.emulationMovement ? 'met' : 'unmet', { vi: 'Phong trào thi đua thường xuyên, thiết thực, hiệu quả', en: 'Regular, effective emulation movement' }, basis,
        y.emulationMovement ? { vi: 'Hội đồng ghi nhận phong trào thi đua hiệu quả.', en: 'The council found an effective emulation movement.' } : { vi: 'Hội đồng ghi nhận phong trào thi đua chưa hiệu quả.', en: 'The council found no effective emulation movement.' },
        y.emulationMovement, true),
    )
  }
  if (y?.internalUnity !== undefined) {
    out.push(
      crit('internal-unity', y.internalUnity ? 'met' : 'unmet', { vi: 'Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật', en: 'Internal unity and compliance' }, basis,
        y.internalUnity ? { vi: 'Nội bộ đoàn kết.', en: 'Internal unity found.' } : { vi: 'Hội đồng ghi nhận nội bộ chưa đoàn kết.', en: 'The council found no internal unity.' },
        y.internalUnity, true),
    )
  }
  return out
}

/** Tập thể lao động tiên tiến. @internal */
export function checkTapTheLaoDongTienTien(ctx: Ctx): EmulationCriterion[] {
  const r = ctx.regime.tapTheLaoDongTienTien
  return [collectiveRating(ctx, r.minRating), shareCriterion(ctx, r.minLaoDongTienTien), ...memberDiscipline(ctx, r.memberDisciplineBar), ...qualitative(ctx, r.minRating)]
}

/** Tập thể lao động xuất sắc. @internal */
export function checkTapTheLaoDongXuatSac(ctx: Ctx): EmulationCriterion[] {
  const r = ctx.regime.tapTheLaoDongXuatSac
  const y = yearOf(ctx)
  const out: EmulationCriterion[] = [collectiveRating(ctx, r.minRating)]
  if (r.allMembersComplete.value) {
    const label = { vi: '100% cá nhân hoàn thành nhiệm vụ', en: '100% of members completed their tasks' }
    if (!y || y.tasksCompleted === undefined) {
      out.push(crit('all-members-complete', 'unknown', label, r.allMembersComplete, { vi: 'Hồ sơ không ghi số cá nhân hoàn thành nhiệm vụ.', en: 'The record does not state how many members completed their tasks.' }, undefined, '100%'))
    } else {
      // Regime B/C (derived): a member disciplined in the year is rated KHT (Decree 48/2023 Art 2.5).
      const derived = r.memberDisciplineBar.value === null && y.disciplinedMembers.length > 0
      const completed = derived ? Math.min(y.tasksCompleted, y.members - y.disciplinedMembers.length) : y.tasksCompleted
      const ok = completed === y.members
      out.push(
        crit(
          'all-members-complete',
          ok ? 'met' : 'unmet',
          label,
          derived && !r.allMembersComplete.basis.some((b) => b.instrument === ND_48_2023.instrument) ? [...r.allMembersComplete.basis, cite(ND_48_2023, '2', '5')] : r.allMembersComplete,
          {
            vi: `${completed}/${y.members} cá nhân hoàn thành nhiệm vụ${derived ? ` (${y.disciplinedMembers.length} cá nhân bị kỷ luật được xếp loại Không hoàn thành nhiệm vụ)` : ''}${ok ? '' : ' — chưa đạt 100%'}.`,
            en: `${completed}/${y.members} members completed their tasks${derived ? ` (${y.disciplinedMembers.length} disciplined member(s) rated KHT)` : ''}${ok ? '' : ' — not 100%'}.`,
          },
          { completed, members: y.members },
          '100%',
          derived ? 'Derived: disciplined members are rated KHT (Decree 90/2020 Art 2.5 as amended) and so break the 100% condition' : undefined,
        ),
      )
    }
  }
  out.push(shareCriterion(ctx, r.minLaoDongTienTien))
  const min = r.minChienSiThiDuaCoSo.value
  const label = { vi: `Có ít nhất ${min} cá nhân đạt Chiến sĩ thi đua cơ sở`, en: `At least ${min} Grassroots Emulation Fighter(s)` }
  if (!y || y.chienSiThiDuaCoSo === undefined) {
    out.push(crit('chien-si-thi-dua-co-so', 'unknown', label, r.minChienSiThiDuaCoSo, { vi: 'Hồ sơ không ghi số Chiến sĩ thi đua cơ sở.', en: 'The record does not state the number of CSTĐCS.' }, undefined, min))
  } else {
    const ok = y.chienSiThiDuaCoSo >= min
    out.push(
      crit('chien-si-thi-dua-co-so', ok ? 'met' : 'unmet', label, r.minChienSiThiDuaCoSo,
        { vi: `Có ${y.chienSiThiDuaCoSo} Chiến sĩ thi đua cơ sở${ok ? '' : ` — cần ít nhất ${min}`}.`, en: `${y.chienSiThiDuaCoSo} CSTĐCS${ok ? '' : ` — at least ${min} needed`}.` },
        y.chienSiThiDuaCoSo, min),
    )
  }
  out.push(...memberDiscipline(ctx, r.memberDisciplineBar), ...qualitative(ctx, r.minRating))
  return out
}

/** Collective titles handled here. @internal */
export const COLLECTIVE_TITLES: Partial<Record<AwardId, (ctx: Ctx) => EmulationCriterion[]>> = {
  'tap-the-lao-dong-tien-tien': checkTapTheLaoDongTienTien,
  'tap-the-lao-dong-xuat-sac': checkTapTheLaoDongXuatSac,
}
