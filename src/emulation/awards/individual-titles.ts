import type { LegalBasis } from '../../core/legal-basis.js'
import { cite, CV_5007_2023, ND_48_2023, ND_90_2020 } from '../rules/bases.js'
import { ratingFacts, serviceMonthsIn } from '../rating.js'
import { afterDiscipline, consecutiveRun, findAwards, holdsIn, windowAfter } from '../history.js'
import {
  AWARD_LABELS,
  DISCIPLINE_LABELS,
  RATING_LABELS,
  disciplineSeverity,
  initiativeLevelRank,
  ratingRank,
  type AwardId,
  type HeldAwardId,
  type Initiative,
  type InitiativeLevel,
  type IndividualRecord,
  type RatingId,
} from '../schema.js'
import { crit, type EmulationCriterion } from '../verdict.js'
import { formatVnDate } from '../../format/date.js'
import { listYears, type CheckContext } from './context.js'

/** The rating of a year after the Decree 90/2020 (+48/2023, 335/2025) rules, as a criterion. @internal */
export function ratingCriterion(ctx: CheckContext, year: number, min: RatingId): EmulationCriterion {
  const id = 'rating'
  const rule = ctx.regime.laoDongTienTien.minRating
  const rec = ctx.record
  const y = rec.years[String(year)]
  const f = ratingFacts(year, y, rec.recruitedOn)
  const required = min
  const reqVi = `${RATING_LABELS[min].vi} trở lên`
  const reqEn = `${RATING_LABELS[min].en} or better`
  const label = { vi: `Xếp loại chất lượng năm ${year}: ${reqVi}`, en: `Quality rating ${year}: ${reqEn}` }
  const basis: LegalBasis[] = min === rule.value ? [...rule.basis] : []
  if (f.tooShortToRate) {
    return crit(id, 'unmet', label, [...basis, cite(ND_90_2020, '2')], {
      vi: `Chỉ làm việc ${f.monthsWorked} tháng trong năm (dưới 6 tháng, không nghỉ thai sản) nên không được xếp loại chất lượng.`,
      en: `Worked only ${f.monthsWorked} months in the year (under 6, no maternity leave), so not rated.`,
    }, { monthsWorked: f.monthsWorked }, required)
  }
  if (f.declared === undefined) {
    return crit(id, 'unknown', label, basis.length ? basis : [cite(ND_90_2020, '2')], {
      vi: `Hồ sơ chưa có kết quả xếp loại chất lượng năm ${year}.`,
      en: `The record has no quality rating for ${year}.`,
    }, undefined, required)
  }
  const eff = f.effective!
  const notes: { vi: string[]; en: string[] } = { vi: [], en: [] }
  const extra = []
  if (f.fromScore) {
    notes.vi.push(`điểm ${y?.score} theo thang 100 điểm (Nghị định 335/2025/NĐ-CP)`)
    notes.en.push(`score ${y?.score} on the 100-point scale (Decree 335/2025)`)
  }
  if (f.absenceCapsAtHt && ratingRank(f.declared) > ratingRank('hoan-thanh')) {
    notes.vi.push(`nghỉ ${f.absenceMonths} tháng (từ 3 đến dưới 6 tháng) nên không được xếp loại từ Hoàn thành tốt trở lên`)
    notes.en.push(`absent ${f.absenceMonths} months (3 to under 6), so cannot be rated HTT or higher`)
    extra.push(cite(ND_90_2020, '2'))
  }
  if (f.disciplinedToKht) {
    notes.vi.push('bị kỷ luật trong năm nên xếp loại Không hoàn thành nhiệm vụ')
    notes.en.push('disciplined in the year, so rated "did not complete duties"')
    extra.push(cite(ND_48_2023, '2', '5', undefined, { note: 'Decree 90/2020 Art 2.5 as amended by Decree 48/2023' }))
  }
  if (f.nonDutyDisciplineIgnored) {
    notes.vi.push('kỷ luật không liên quan đến thực thi công vụ không làm căn cứ xếp loại (Luật 80/2025/QH15 Điều 38.4)')
    notes.en.push('discipline unrelated to official duty is not a basis for the rating (Law 80/2025 Art 38.4)')
  }
  if (f.maternityMonths > 0) {
    notes.vi.push(`nghỉ thai sản ${f.maternityMonths} tháng được tính theo thời gian làm việc thực tế`)
    notes.en.push(`${f.maternityMonths} months of maternity leave; rated on actual working time`)
  }
  const ok = ratingRank(eff) >= ratingRank(min)
  const shown = eff === f.declared ? RATING_LABELS[eff].vi : `${RATING_LABELS[eff].vi} (hồ sơ ghi ${RATING_LABELS[f.declared].vi})`
  const shownEn = eff === f.declared ? RATING_LABELS[eff].en : `${RATING_LABELS[eff].en} (record says ${RATING_LABELS[f.declared].en})`
  const tail = notes.vi.length ? `; ${notes.vi.join('; ')}` : ''
  const tailEn = notes.en.length ? `; ${notes.en.join('; ')}` : ''
  return crit(
    id,
    ok ? 'met' : 'unmet',
    label,
    [...basis, ...extra],
    {
      vi: `Xếp loại năm ${year}: ${shown}${tail}${ok ? '' : ` — chưa đạt yêu cầu ${reqVi}`}.`,
      en: `Rating ${year}: ${shownEn}${tailEn}${ok ? '' : ` — below the required ${reqEn}`}.`,
    },
    f.fromScore ? { rating: eff, score: y?.score } : eff,
    required,
    !ok && min === rule.value ? rule.uncertain : undefined,
  )
}

/** Effective rating of a year (undefined when unknown). @internal */
export function effectiveRating(rec: IndividualRecord, year: number): RatingId | undefined {
  return ratingFacts(year, rec.years[String(year)], rec.recruitedOn).effective
}

/** Criteria of the Lao động tiên tiến standard for `year`. @internal */
export function laoDongTienTienCriteria(ctx: CheckContext): EmulationCriterion[] {
  const { regime, year, record } = ctx
  const r = regime.laoDongTienTien
  const out: EmulationCriterion[] = [ratingCriterion(ctx, year, r.minRating.value)]
  const months = serviceMonthsIn(year, record.recruitedOn)
  const min = r.minServiceMonths.value
  out.push(
    crit(
      'service-months',
      months >= min ? 'met' : 'unmet',
      { vi: `Thời gian công tác từ khi tuyển dụng trong năm ${year}: từ ${min} tháng`, en: `Service since recruitment in ${year}: at least ${min} months` },
      r.minServiceMonths,
      record.recruitedOn === undefined
        ? { vi: 'Hồ sơ không ghi ngày tuyển dụng: coi như công tác cả năm.', en: 'No recruitment date recorded: assumed employed all year.' }
        : months >= min
          ? { vi: `Tuyển dụng ngày ${formatVnDate(record.recruitedOn)}: ${months} tháng trong năm.`, en: `Recruited on ${record.recruitedOn}: ${months} months in the year.` }
          : {
              vi: `Tuyển dụng ngày ${formatVnDate(record.recruitedOn)}: chỉ ${months} tháng trong năm, dưới ${min} tháng nên không xét.`,
              en: `Recruited on ${record.recruitedOn}: only ${months} months in the year, under ${min}.`,
            },
      months,
      min,
    ),
  )
  const bar = r.disciplineBar.value
  if (bar !== null) {
    const ds = (record.years[String(year)]?.discipline ?? []).filter((d) => disciplineSeverity(d.form) >= disciplineSeverity(bar))
    const worst = ds.map((d) => d.form).sort((a, b) => disciplineSeverity(b) - disciplineSeverity(a))[0]
    out.push(
      crit(
        'discipline',
        worst === undefined ? 'met' : 'unmet',
        { vi: `Không bị kỷ luật từ ${DISCIPLINE_LABELS[bar].vi.toLowerCase()} trở lên trong năm`, en: `No discipline of ${DISCIPLINE_LABELS[bar].en.toLowerCase()} or above in the year` },
        r.disciplineBar,
        worst === undefined
          ? { vi: 'Không bị kỷ luật trong năm.', en: 'Not disciplined in the year.' }
          : { vi: `Bị kỷ luật ${DISCIPLINE_LABELS[worst].vi.toLowerCase()} trong năm ${year}.`, en: `Disciplined (${DISCIPLINE_LABELS[worst].en.toLowerCase()}) in ${year}.` },
        worst ?? null,
        `below ${bar}`,
      ),
    )
  }
  out.push(...pendingCriterion(ctx))
  return out
}

/** Decree 98/2023 and 152/2025 Art 4.4: no award while discipline is being considered. @internal */
export function pendingCriterion(ctx: CheckContext): EmulationCriterion[] {
  const rule = ctx.regime.general.noPendingDiscipline
  if (!rule.value) return []
  const pending = ctx.record.years[String(ctx.year)]?.pendingDiscipline === true
  return [
    crit(
      'no-pending-discipline',
      pending ? 'unmet' : 'met',
      { vi: 'Không đang bị xem xét kỷ luật, điều tra, thanh tra', en: 'Not under disciplinary review or investigation' },
      rule,
      pending
        ? { vi: 'Đang bị xem xét kỷ luật hoặc điều tra, thanh tra: chưa khen thưởng.', en: 'Under disciplinary review or investigation: no award yet.' }
        : { vi: 'Không có việc xem xét kỷ luật đang chờ.', en: 'No pending disciplinary review.' },
      pending,
      false,
    ),
  ]
}

/** Initiatives of a year that may support `award` (applied, level at least `level`, not used for another award). @internal */
export function usableInitiatives(rec: IndividualRecord, years: readonly number[], award: HeldAwardId, level: InitiativeLevel, by: 'level' | 'scope'): Initiative[] {
  const out: Initiative[] = []
  for (const year of years) {
    for (const i of rec.years[String(year)]?.initiatives ?? []) {
      const l = by === 'scope' ? (i.scope ?? i.level) : i.level
      if (i.applied && initiativeLevelRank(l) >= initiativeLevelRank(level) && (i.usedFor === undefined || i.usedFor === award)) out.push(i)
    }
  }
  return out
}

/**
 * When initiatives that would qualify were left out because they already
 * supported another award (one initiative, one award — Official Letter
 * 5007/BNV-TĐKT of 05/09/2023), say so in the criterion and cite the letter.
 * @internal
 */
export function noteReuse(c: EmulationCriterion, rec: IndividualRecord, years: readonly number[], award: HeldAwardId, level: InitiativeLevel, by: 'level' | 'scope'): EmulationCriterion {
  const used: HeldAwardId[] = []
  for (const year of years) {
    for (const i of rec.years[String(year)]?.initiatives ?? []) {
      const l = by === 'scope' ? (i.scope ?? i.level) : i.level
      if (i.applied && initiativeLevelRank(l) >= initiativeLevelRank(level) && i.usedFor !== undefined && i.usedFor !== award) used.push(i.usedFor)
    }
  }
  if (used.length === 0) return c
  const uses = [...new Set(used)]
  return {
    ...c,
    basis: [...c.basis, CV_5007_2023],
    detail: {
      vi: `${c.detail.vi} ${used.length} sáng kiến/đề tài phù hợp đã được dùng làm căn cứ khen thưởng ${uses.map((u) => AWARD_LABELS[u].vi).join(', ')} nên không tính lại.`,
      en: `${c.detail.en} ${used.length} qualifying initiative(s) already supported ${uses.map((u) => AWARD_LABELS[u].en).join(', ')} and are not counted again.`,
    },
  }
}

const LEVEL_VI: Record<InitiativeLevel, string> = { 'co-so': 'cấp cơ sở', 'cap-tinh': 'cấp tỉnh (bộ, ngành)', 'toan-quoc': 'toàn quốc' }
const LEVEL_EN: Record<InitiativeLevel, string> = { 'co-so': 'grassroots', 'cap-tinh': 'provincial (ministerial)', 'toan-quoc': 'nationwide' }
/** @internal */
export function levelLabel(l: InitiativeLevel): { vi: string; en: string } {
  return { vi: LEVEL_VI[l], en: LEVEL_EN[l] }
}

/** Lao động tiên tiến. @internal */
export function checkLaoDongTienTien(ctx: CheckContext): EmulationCriterion[] {
  return laoDongTienTienCriteria(ctx)
}

/** Chiến sĩ thi đua cơ sở. @internal */
export function checkChienSiThiDuaCoSo(ctx: CheckContext): EmulationCriterion[] {
  const { regime, year, record } = ctx
  const r = regime.chienSiThiDuaCoSo
  const out = laoDongTienTienCriteria(ctx).map((c) => ({ ...c, id: c.id === 'no-pending-discipline' ? c.id : `lao-dong-tien-tien.${c.id}` }))
  const inits = usableInitiatives(record, [year], 'chien-si-thi-dua-co-so', r.initiativeLevel.value, 'level')
  const eff = effectiveRating(record, year)
  const htxs = eff === 'hoan-thanh-xuat-sac'
  const viaHtxs = r.htxsRoute.value && htxs
  const ok = viaHtxs || inits.length > 0
  const label = r.htxsRoute.value
    ? { vi: 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến/đề tài được công nhận cấp cơ sở', en: 'Rated HTXS, or an initiative/research recognised at grassroots level' }
    : { vi: 'Có sáng kiến được cơ sở công nhận hoặc đề tài khoa học đã nghiệm thu được áp dụng', en: 'An initiative recognised at grassroots level or an accepted, applied research topic' }
  const detail = ok
    ? viaHtxs
      ? { vi: `Đạt qua xếp loại Hoàn thành xuất sắc nhiệm vụ năm ${year}.`, en: `Met by the HTXS rating of ${year}.` }
      : { vi: `Có ${inits.length} sáng kiến/đề tài được công nhận năm ${year}.`, en: `${inits.length} recognised initiative(s)/research work(s) in ${year}.` }
    : r.htxsRoute.value
      ? { vi: `Năm ${year} không được xếp loại Hoàn thành xuất sắc và không có sáng kiến/đề tài được công nhận chưa dùng cho khen thưởng khác.`, en: `In ${year} neither rated HTXS nor holding an unused recognised initiative/research work.` }
      : {
          vi: `Năm ${year} không có sáng kiến/đề tài được công nhận chưa dùng cho khen thưởng khác${htxs ? ' (xếp loại Hoàn thành xuất sắc không thay thế được sáng kiến theo chế độ này)' : ''}.`,
          en: `No unused recognised initiative/research work in ${year}${htxs ? ' (an HTXS rating does not replace the initiative under this regime)' : ''}.`,
        }
  const c = crit('initiative-or-htxs', ok ? 'met' : 'unmet', label, { value: null, basis: [...r.htxsRoute.basis] }, detail, { rating: eff ?? null, initiatives: inits.length }, r.htxsRoute.value ? 'HTXS or 1 initiative' : '1 initiative')
  out.push(ok ? c : noteReuse(c, record, [year], 'chien-si-thi-dua-co-so', r.initiativeLevel.value, 'level'))
  return out
}

/** First year that may count for a chain ending at `ctx.year`: after the previous same award and (B/C) after discipline. @internal */
export function chainStart(ctx: CheckContext, previous: readonly HeldAwardId[]): { from: number; because: { vi: string; en: string } | undefined } {
  let from = 1945
  let because: { vi: string; en: string } | undefined
  const prev = findAwards(ctx.record, previous).filter((f) => f.listedYear < ctx.year && f.held.nature === 'cong-trang')
  const last = prev[prev.length - 1]
  if (last) {
    const start = windowAfter(last.held, last.listedYear)
    if (start > from) {
      from = start
      because = { vi: `đã được tặng ${AWARD_LABELS[last.held.award].vi} cho thành tích năm ${start - 1}`, en: `already awarded ${AWARD_LABELS[last.held.award].en} for ${start - 1}` }
    }
  }
  if (ctx.regime.general.countFromDisciplineEnd.value) {
    const d = afterDiscipline(ctx.record, ctx.year)
    if (d && d.from > from) {
      from = d.from
      because = {
        vi: `thành tích chỉ tính từ sau khi hết thời hạn kỷ luật${d.endedOn ? ` (${formatVnDate(d.endedOn)})` : ` (kỷ luật năm ${d.listedYear})`}`,
        en: `achievements count only after the discipline period${d.endedOn ? ` (${d.endedOn})` : ` (discipline of ${d.listedYear})`}`,
      }
    }
  }
  return { from, because }
}

/** Chiến sĩ thi đua cấp tỉnh (bộ, ngành). @internal */
export function checkChienSiThiDuaCapTinh(ctx: CheckContext): EmulationCriterion[] {
  const { regime, year, record } = ctx
  const r = regime.chienSiThiDuaCapTinh
  const n = r.consecutiveCoSo.value
  const start = chainStart(ctx, ['chien-si-thi-dua-cap-tinh'])
  const run = consecutiveRun((y) => holdsIn(record, y, 'chien-si-thi-dua-co-so'), year, start.from)
  const out: EmulationCriterion[] = [
    crit(
      'consecutive-co-so',
      run.length >= n ? 'met' : 'unmet',
      { vi: `${n} lần liên tục đạt Chiến sĩ thi đua cơ sở đến năm ${year}`, en: `${n} consecutive Grassroots Emulation Fighter titles up to ${year}` },
      r.consecutiveCoSo,
      {
        vi: `Chuỗi Chiến sĩ thi đua cơ sở liên tục: ${listYears(run.years, 'vi')} (${run.length} năm)${start.because && run.from <= start.from ? `; ${start.because.vi}` : ''}${run.length < n ? ` — chưa đủ ${n} năm liên tục` : ''}.`,
        en: `Consecutive CSTĐCS run: ${listYears(run.years, 'en')} (${run.length})${start.because && run.from <= start.from ? `; ${start.because.en}` : ''}${run.length < n ? ` — fewer than ${n} consecutive` : ''}.`,
      },
      run.years,
      n,
    ),
  ]
  const years = run.length >= n ? run.years.slice(-n) : run.years
  const scope = r.initiativeScope.value
  const inits = usableInitiatives(record, years, 'chien-si-thi-dua-cap-tinh', scope, 'scope')
  out.push(
    noteReuse(crit(
      'initiative-scope',
      inits.length > 0 ? 'met' : 'unmet',
      { vi: `Sáng kiến/đề tài có hiệu quả, phạm vi ảnh hưởng ${levelLabel(scope).vi}`, en: `An initiative/research work with ${levelLabel(scope).en} effect and scope` },
      r.initiativeScope,
      inits.length > 0
        ? { vi: `Có ${inits.length} sáng kiến/đề tài phạm vi ${levelLabel(scope).vi} trong các năm ${listYears(years, 'vi')}.`, en: `${inits.length} initiative(s) of ${levelLabel(scope).en} scope in ${listYears(years, 'en')}.` }
        : { vi: `Không có sáng kiến/đề tài được công nhận phạm vi ${levelLabel(scope).vi} trong các năm ${listYears(years, 'vi')}.`, en: `No initiative of ${levelLabel(scope).en} scope in ${listYears(years, 'en')}.` },
      inits.length,
      1,
    ), record, years, 'chien-si-thi-dua-cap-tinh', scope, 'scope'),
  )
  out.push(...pendingCriterion(ctx))
  return out
}

/** Chiến sĩ thi đua toàn quốc. @internal */
export function checkChienSiThiDuaToanQuoc(ctx: CheckContext): EmulationCriterion[] {
  const { regime, year, record } = ctx
  const r = regime.chienSiThiDuaToanQuoc
  const n = r.consecutiveCapTinh.value
  const start = chainStart(ctx, ['chien-si-thi-dua-toan-quoc'])
  const held = findAwards(record, ['chien-si-thi-dua-cap-tinh']).filter((f) => f.held.nature === 'cong-trang' && f.listedYear <= year && f.listedYear >= start.from)
  // Walk back from the latest: two provincial titles are consecutive when the
  // later one's achievement period starts right after the earlier one. A
  // title entered without its period is read with the title's standard
  // period — the n consecutive CSTĐCS years it rests on (Law 2003 Art 22,
  // Law 2022 Art 22.a), ending in the year it is listed under — unless the
  // CSTĐCS titles in between show the continuity directly; either reading
  // carries a warning.
  const n0 = regime.chienSiThiDuaCapTinh.consecutiveCoSo.value
  const chain = held.length ? [held[held.length - 1]!] : []
  const readWithStandard: number[] = []
  let overlap: { earlier: number; later: number } | undefined
  for (let i = held.length - 2; i >= 0; i--) {
    const later = chain[0]!
    const earlier = held[i]!
    let continuous: boolean
    if (later.held.period) continuous = later.held.period.from === earlier.listedYear + 1
    else if (consecutiveRun((y) => holdsIn(record, y, 'chien-si-thi-dua-co-so'), later.listedYear, earlier.listedYear + 1).length === later.listedYear - earlier.listedYear) continuous = true
    else {
      const from = later.listedYear - n0 + 1
      continuous = from === earlier.listedYear + 1
      if (continuous) readWithStandard.push(later.listedYear)
      else if (from <= earlier.listedYear) overlap = { earlier: earlier.listedYear, later: later.listedYear }
    }
    if (!continuous) break
    chain.unshift(earlier)
  }
  if (readWithStandard.length) {
    const ys = readWithStandard.sort((a, b) => a - b)
    ctx.warnings.push({
      vi: `Chiến sĩ thi đua cấp tỉnh năm ${ys.join(', ')} không ghi thời gian thành tích: đọc theo thời gian chuẩn ${n0} năm liên tục đạt Chiến sĩ thi đua cơ sở (${ys.map((y) => `${y - n0 + 1}–${y}`).join(', ')}); hãy ghi thời gian thành tích trong quyết định.`,
      en: `Provincial Emulation Fighter of ${ys.join(', ')} entered without its achievement period: read with the standard period of ${n0} consecutive CSTĐCS years (${ys.map((y) => `${y - n0 + 1}–${y}`).join(', ')}); enter the period stated in the decision.`,
    })
  }
  if (overlap) {
    ctx.warnings.push({
      vi: `Chiến sĩ thi đua cấp tỉnh năm ${overlap.earlier} và ${overlap.later} không ghi thời gian thành tích; với thời gian chuẩn ${n0} năm, hai danh hiệu trùng năm thành tích nên không được coi là liên tục — hãy ghi thời gian thành tích trong quyết định.`,
      en: `Provincial Emulation Fighter of ${overlap.earlier} and ${overlap.later} entered without their periods; with the standard period of ${n0} years they overlap, so they are not read as consecutive — enter the periods stated in the decisions.`,
    })
  }
  const chainYears = chain.map((c) => c.listedYear)
  const out: EmulationCriterion[] = [
    crit(
      'consecutive-cap-tinh',
      chain.length >= n ? 'met' : 'unmet',
      { vi: `${n} lần liên tục đạt Chiến sĩ thi đua cấp tỉnh (bộ, ngành)`, en: `${n} consecutive provincial (ministerial) Emulation Fighter titles` },
      r.consecutiveCapTinh,
      {
        vi: `Chiến sĩ thi đua cấp tỉnh liên tục: ${listYears(chainYears, 'vi')} (${chain.length} lần)${chain.length < n ? ` — chưa đủ ${n} lần liên tục` : ''}.`,
        en: `Consecutive provincial titles: ${listYears(chainYears, 'en')} (${chain.length})${chain.length < n ? ` — fewer than ${n}` : ''}.`,
      },
      chainYears,
      n,
      chain.length > 1 && chain.some((c) => !c.held.period) ? 'Continuity of provincial titles without a stated period is derived (from the CSTĐCS titles in between, or from the standard period)' : undefined,
    ),
  ]
  const last = chainYears[chainYears.length - 1]
  if (r.adjacentCycleOnly.value) {
    // The proposal must be made with the results of the 2nd provincial title's
    // cycle (the year judged); the national decision itself may come later.
    const ok = last === year
    out.push(
      crit(
        'adjacent-cycle',
        ok ? 'met' : 'unmet',
        { vi: 'Đề nghị ngay trong đợt xét liền kề lần Chiến sĩ thi đua cấp tỉnh thứ hai', en: 'Proposed in the cycle adjacent to the second provincial title' },
        r.adjacentCycleOnly,
        ok
          ? { vi: `Lần Chiến sĩ thi đua cấp tỉnh gần nhất là năm ${last}, xét cùng đợt.`, en: `Latest provincial title ${last}, proposed in its cycle.` }
          : last === undefined
            ? { vi: 'Không có Chiến sĩ thi đua cấp tỉnh.', en: 'No provincial title held.' }
            : {
                vi: `Lần Chiến sĩ thi đua cấp tỉnh gần nhất là năm ${last}; đề nghị với thành tích năm ${year} là quá đợt liền kề, không được đề nghị.`,
                en: `Latest provincial title ${last}; proposing with the results of ${year} misses the adjacent cycle.`,
              },
        { lastCapTinh: last ?? null, year },
        'the year of the 2nd provincial title',
      ),
    )
  }
  const first = chain[Math.max(0, chain.length - n)]
  const fromYear = first ? (first.held.period?.from ?? first.listedYear - regime.chienSiThiDuaCapTinh.consecutiveCoSo.value + 1) : year
  const years: number[] = []
  for (let y = fromYear; y <= year; y++) years.push(y)
  const scope = r.initiativeScope.value
  const inits = usableInitiatives(record, years, 'chien-si-thi-dua-toan-quoc', scope, 'scope')
  out.push(
    noteReuse(crit(
      'initiative-scope',
      inits.length > 0 ? 'met' : 'unmet',
      { vi: `Sáng kiến/đề tài có hiệu quả, phạm vi ảnh hưởng ${levelLabel(scope).vi}`, en: `An initiative/research work with ${levelLabel(scope).en} effect and scope` },
      r.initiativeScope,
      inits.length > 0
        ? { vi: `Có ${inits.length} sáng kiến/đề tài phạm vi toàn quốc (${fromYear}–${year}).`, en: `${inits.length} nationwide initiative(s) (${fromYear}–${year}).` }
        : { vi: `Không có sáng kiến/đề tài phạm vi toàn quốc trong các năm ${fromYear}–${year}.`, en: `No nationwide-scope initiative in ${fromYear}–${year}.` },
      inits.length,
      1,
    ), record, years, 'chien-si-thi-dua-toan-quoc', scope, 'scope'),
  )
  out.push(...pendingCriterion(ctx))
  return out
}

/** Individual awards handled here. @internal */
export const INDIVIDUAL_TITLES: Partial<Record<AwardId, (ctx: CheckContext) => EmulationCriterion[]>> = {
  'lao-dong-tien-tien': checkLaoDongTienTien,
  'chien-si-thi-dua-co-so': checkChienSiThiDuaCoSo,
  'chien-si-thi-dua-cap-tinh': checkChienSiThiDuaCapTinh,
  'chien-si-thi-dua-toan-quoc': checkChienSiThiDuaToanQuoc,
}
