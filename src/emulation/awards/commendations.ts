import type { Label } from '../../core/label.js'
import { consecutiveRun, findAwards, holdsIn, windowAfter } from '../history.js'
import type { RegimeRule } from '../rules/regime.js'
import { ratingFacts } from '../rating.js'
import { AWARD_LABELS, RATING_LABELS, ratingRank, type AwardId, type CollectiveRecord, type HeldAwardId, type IndividualRecord, type RatingId } from '../schema.js'
import { crit, type EmulationCriterion } from '../verdict.js'
import { listYears, type CheckContext } from './context.js'
import { chainStart, levelLabel, noteReuse, pendingCriterion, usableInitiatives } from './individual-titles.js'

type AnyCtx = CheckContext<IndividualRecord | CollectiveRecord>

const DISCRETIONARY: Label = {
  vi: 'Các trường hợp khác (thành tích xuất sắc trong phong trào thi đua, thành tích đột xuất, đóng góp...) do Hội đồng thi đua, khen thưởng xem xét; thư viện không đánh giá các trường hợp này.',
  en: 'Other limbs (outstanding in a movement, unexpected achievements, contributions...) are for the emulation council; the library does not judge them.',
}

/** Whether a year's effective rating reaches `min`: undefined when there is no data. */
function ratingAtLeast(rec: IndividualRecord, min: RatingId): (y: number) => boolean | undefined {
  return (year) => {
    const f = ratingFacts(year, rec.years[String(year)], rec.recruitedOn)
    if (f.effective === undefined) return f.tooShortToRate ? false : undefined
    return ratingRank(f.effective) >= ratingRank(min)
  }
}

function runText(years: number[], n: number, missing: number | undefined, because: { vi: string; en: string } | undefined, what: { vi: string; en: string }): Label {
  const short = years.length < n
  return {
    vi: `${what.vi} liên tục: ${listYears(years, 'vi')} (${years.length} năm)${because ? `; ${because.vi}` : ''}${short ? ` — chưa đủ ${n} năm liên tục đến năm đề nghị` : ''}${short && missing !== undefined ? `; thiếu số liệu năm ${missing}` : ''}.`,
    en: `Consecutive ${what.en}: ${listYears(years, 'en')} (${years.length})${because ? `; ${because.en}` : ''}${short ? ` — fewer than ${n} consecutive years up to the proposal` : ''}${short && missing !== undefined ? `; no data for ${missing}` : ''}.`,
  }
}

/** "the run 2013–2020 (8 years)": the counting window of a "trong thời gian đó" criterion. */
function windowText(window: { from: number; to: number }, length: number): Label {
  if (length === 0) return { vi: 'thời gian liên tục (không có năm nào)', en: 'the continuous run (no year)' }
  return { vi: `thời gian liên tục ${window.from}–${window.to} (${length} năm)`, en: `the continuous run ${window.from}–${window.to} (${length} years)` }
}

/** Bằng khen của Chủ tịch UBND tỉnh. @internal */
export function checkBangKhenTinh(ctx: AnyCtx): EmulationCriterion[] {
  const r = ctx.regime.bangKhenTinh
  const { year } = ctx
  if (ctx.record.kind === 'collective') {
    const rec = ctx.record
    const n = r.collectiveYears.value
    const prev = findAwards(rec, ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-bo-nganh']).filter((f) => f.listedYear < year && f.held.nature === 'cong-trang')
    const last = prev[prev.length - 1]
    const from = last ? windowAfter(last.held, last.listedYear) : 1945
    const run = consecutiveRun((y) => {
      const cy = rec.years[String(y)]
      if (!cy) return undefined
      if (holdsIn(rec, y, 'tap-the-lao-dong-xuat-sac')) return true
      return cy.rating === undefined ? undefined : cy.rating === 'hoan-thanh-xuat-sac'
    }, year, from)
    ctx.warnings.push(DISCRETIONARY)
    return [
      crit(
        'consecutive-htxs-or-excellent-collective',
        run.length >= n ? 'met' : run.brokenByMissing ? 'unknown' : 'unmet',
        { vi: `${n} năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc`, en: `${n} consecutive years rated HTXS or Excellent Labour Collective` },
        r.collectiveYears,
        runText(run.years, n, run.brokenByMissing ? run.brokenAt : undefined, undefined, { vi: 'Năm hoàn thành xuất sắc/Tập thể lao động xuất sắc', en: 'HTXS/excellent-collective years' }),
        run.years,
        n,
      ),
    ]
  }
  const rec = ctx.record
  const c = ctx as CheckContext
  const start = chainStart(c, ['bang-khen-chu-tich-ubnd-tinh', 'bang-khen-bo-nganh'])
  const out: EmulationCriterion[] = []
  // Limb 1 (Law 2022 Art 74.1.d): 02 consecutive CSTĐCS.
  const nCoSo = r.consecutiveCoSo.value
  const coSo = nCoSo === null ? undefined : consecutiveRun((y) => holdsIn(rec, y, 'chien-si-thi-dua-co-so'), year, start.from)
  // Limb 2: ≥ 2 consecutive HTXS years with 2 grassroots initiatives in them.
  const nHtxs = r.htxsYears.value
  const htxs = consecutiveRun(ratingAtLeast(rec, 'hoan-thanh-xuat-sac'), year, start.from)
  const inYears = htxs.years.slice(-Math.max(nHtxs, 1))
  const inits = usableInitiatives(rec, htxs.length >= nHtxs ? htxs.years : inYears, 'bang-khen-chu-tich-ubnd-tinh', 'co-so', 'level')
  const limb1 = coSo !== undefined && nCoSo !== null && coSo.length >= nCoSo
  const limb2 = htxs.length >= nHtxs && inits.length >= r.initiatives.value
  const ok = limb1 || limb2
  const missing = htxs.brokenByMissing && !ok
  const vi: string[] = []
  const en: string[] = []
  if (coSo && nCoSo !== null) {
    vi.push(`Chiến sĩ thi đua cơ sở liên tục: ${listYears(coSo.years, 'vi')} (cần ${nCoSo})`)
    en.push(`consecutive CSTĐCS: ${listYears(coSo.years, 'en')} (${nCoSo} needed)`)
  }
  vi.push(`năm hoàn thành xuất sắc liên tục: ${listYears(htxs.years, 'vi')} (cần ${nHtxs}) với ${inits.length} sáng kiến được công nhận cấp cơ sở (cần ${r.initiatives.value})`)
  en.push(`consecutive HTXS years: ${listYears(htxs.years, 'en')} (${nHtxs} needed) with ${inits.length} grassroots initiative(s) (${r.initiatives.value} needed)`)
  if (start.because) {
    vi.push(start.because.vi)
    en.push(start.because.en)
  }
  const label: Label =
    nCoSo !== null
      ? {
          vi: `${nCoSo} lần liên tục Chiến sĩ thi đua cơ sở, hoặc ${nHtxs} năm liên tục hoàn thành xuất sắc nhiệm vụ với ${r.initiatives.value} sáng kiến/đề tài được công nhận cấp cơ sở`,
          en: `${nCoSo} consecutive CSTĐCS titles, or ${nHtxs} consecutive HTXS years with ${r.initiatives.value} grassroots initiatives/research works`,
        }
      : {
          vi: `${nHtxs} năm liên tục hoàn thành xuất sắc nhiệm vụ với ${r.initiatives.value} sáng kiến được công nhận và áp dụng hiệu quả cấp cơ sở`,
          en: `${nHtxs} consecutive HTXS years with ${r.initiatives.value} grassroots initiatives applied effectively`,
        }
  const basisRule: RegimeRule<unknown> = { value: null, basis: nCoSo !== null ? r.consecutiveCoSo.basis : r.htxsYears.basis, ...(r.htxsYears.uncertain ? { uncertain: r.htxsYears.uncertain } : {}) }
  const initYears = htxs.length >= nHtxs ? htxs.years : inYears
  out.push(
    (ok ? (x: EmulationCriterion) => x : (x: EmulationCriterion) => noteReuse(x, rec, initYears, 'bang-khen-chu-tich-ubnd-tinh', 'co-so', 'level'))(crit(
      nCoSo !== null ? 'consecutive-co-so-or-htxs-initiatives' : 'htxs-years-initiatives',
      ok ? 'met' : missing ? 'unknown' : 'unmet',
      label,
      basisRule,
      { vi: `${ok ? 'Đạt' : 'Chưa đạt'}: ${vi.join('; ')}.`, en: `${ok ? 'Met' : 'Not met'}: ${en.join('; ')}.` },
      { coSoYears: coSo?.years ?? null, htxsYears: htxs.years, initiatives: inits.length },
      nCoSo !== null ? { coSo: nCoSo, htxsYears: nHtxs, initiatives: r.initiatives.value } : { htxsYears: nHtxs, initiatives: r.initiatives.value },
    )),
  )
  out.push(...pendingCriterion(c))
  if (!ok) ctx.warnings.push(DISCRETIONARY)
  return out
}

/** The merit anchor of a chain: the latest anchor award before the year; thematic/unexpected ones are excluded. */
function anchorCriterion(ctx: CheckContext, rule: RegimeRule<HeldAwardId[]>, meritOnly: RegimeRule<boolean>): { crit: EmulationCriterion; from: number | undefined } {
  const found = findAwards(ctx.record, rule.value).filter((f) => f.listedYear < ctx.year)
  const merit = found.filter((f) => !meritOnly.value || f.held.nature === 'cong-trang')
  const excluded = found.filter((f) => !merit.includes(f))
  const last = merit[merit.length - 1]
  const names = rule.value.map((a) => AWARD_LABELS[a])
  const label = { vi: `Đã được tặng ${names.map((n) => n.vi).join(' hoặc ')} (khen thưởng công trạng)`, en: `Already holds ${names.map((n) => n.en).join(' or ')} (on merit)` }
  const basis = [...rule.basis, ...(excluded.length ? meritOnly.basis : [])]
  if (!last) {
    const exNote = excluded.length
      ? {
          vi: ` ${excluded.map((e) => `${AWARD_LABELS[e.held.award].vi} năm ${e.listedYear} là khen thưởng ${e.held.nature === 'chuyen-de' ? 'theo chuyên đề' : 'đột xuất'}, không làm căn cứ đề nghị khen thưởng công trạng`).join('; ')}.`,
          en: ` ${excluded.map((e) => `${AWARD_LABELS[e.held.award].en} of ${e.listedYear} is ${e.held.nature === 'chuyen-de' ? 'thematic' : 'for an unexpected achievement'} and does not anchor merit awards`).join('; ')}.`,
        }
      : { vi: '', en: '' }
    return {
      crit: crit('anchor', 'unmet', label, basis, { vi: `Chưa có ${names.map((n) => n.vi).join(' hoặc ')} khen thưởng công trạng.${exNote.vi}`, en: `No merit ${names.map((n) => n.en).join(' or ')} held.${exNote.en}` }, found.map((f) => ({ award: f.held.award, year: f.listedYear, nature: f.held.nature })), rule.value),
      from: undefined,
    }
  }
  const from = windowAfter(last.held, last.listedYear)
  return {
    crit: crit(
      'anchor',
      'met',
      label,
      basis,
      {
        vi: `Đã được tặng ${AWARD_LABELS[last.held.award].vi}${last.held.decision?.number ? ` (Quyết định số ${last.held.decision.number})` : ''} cho thành tích đến năm ${from - 1}; tính các năm từ ${from}.`,
        en: `Holds ${AWARD_LABELS[last.held.award].en}${last.held.decision?.number ? ` (decision ${last.held.decision.number})` : ''} for achievements up to ${from - 1}; counting from ${from}.`,
      },
      { award: last.held.award, year: last.listedYear },
      rule.value,
    ),
    from,
  }
}

function chainAward(ctx: AnyCtx, award: AwardId): EmulationCriterion[] {
  if (ctx.record.kind === 'collective') {
    return [
      crit(
        'collective-criteria',
        'unknown',
        { vi: `Tiêu chuẩn ${AWARD_LABELS[award].vi} đối với tập thể`, en: `Collective standard of ${AWARD_LABELS[award].en}` },
        award === 'bang-khen-thu-tuong' ? ctx.regime.bangKhenThuTuong.anchor : ctx.regime.huanChuongLaoDongHangBa.anchor,
        { vi: 'Tiêu chuẩn đối với tập thể chưa được xác nhận nên chưa được mã hoá; Hội đồng xem xét theo văn bản.', en: 'Collective criteria are UNCONFIRMED and not encoded; the council must apply the text.' },
        undefined,
        undefined,
        'Collective criteria (Decree 91/2017 Art 38.2; Law 2022 Art 73.2, 44.3) not retrieved',
      ),
    ]
  }
  const c = ctx as CheckContext
  const rec = c.record
  const { year, regime } = c
  const r = award === 'bang-khen-thu-tuong' ? regime.bangKhenThuTuong : regime.huanChuongLaoDongHangBa
  const hc = award === 'huan-chuong-lao-dong-hang-ba' ? regime.huanChuongLaoDongHangBa : undefined
  const out: EmulationCriterion[] = []
  const anchor = anchorCriterion(c, r.anchor, regime.general.meritAnchorsOnly)
  out.push(anchor.crit)
  let from = anchor.from ?? year + 1
  let because: { vi: string; en: string } | undefined
  const d = chainStart(c, [])
  if (d.from > from) {
    from = d.from
    because = d.because
  }
  const n = r.years.value
  const run = anchor.from === undefined ? consecutiveRun([], year, year + 1) : consecutiveRun(ratingAtLeast(rec, r.minRating.value), year, from)
  const minLabel = RATING_LABELS[r.minRating.value]
  out.push(
    crit(
      'consecutive-years',
      run.length >= n ? 'met' : run.brokenByMissing && anchor.from !== undefined ? 'unknown' : 'unmet',
      { vi: `${n} năm liên tục tiếp theo, đến thời điểm đề nghị, xếp loại ${minLabel.vi} trở lên`, en: `${n} subsequent consecutive years up to the proposal rated ${minLabel.en} or better` },
      r.years,
      runText(run.years, n, run.brokenByMissing ? run.brokenAt : undefined, because, { vi: `Năm xếp loại ${minLabel.vi} trở lên`, en: `years rated ${minLabel.en} or better` }),
      run.years,
      n,
      r.minRating.uncertain,
    ),
  )
  // "…liên tục từ 05 năm trở lên … trong thời gian đó có …" (Law 2022 Art
  // 73.1.b, 44.1.e; Decree 91/2017 Art 38.1.c, 24): "that time" is the whole
  // continuous run from the anchor (or the discipline end) to the proposal,
  // however long — not its last five years.
  const years = run.years
  const window = { from: years[0] ?? from, to: year }
  const span = windowText(window, years.length)
  if (hc && hc.htxsYears.value > 0 && hc.htxsYears.value < n) {
    const counted = years.filter((y) => ratingAtLeast(rec, 'hoan-thanh-xuat-sac')(y) === true)
    const ok = counted.length >= hc.htxsYears.value
    out.push(
      crit('htxs-years', ok ? 'met' : 'unmet', { vi: `Trong thời gian đó ít nhất ${hc.htxsYears.value} năm hoàn thành xuất sắc nhiệm vụ`, en: `In that period at least ${hc.htxsYears.value} HTXS year(s)` }, hc.htxsYears,
        { vi: `${counted.length} năm hoàn thành xuất sắc nhiệm vụ (${listYears(counted, 'vi')}) trong ${span.vi}.`, en: `${counted.length} HTXS year(s) (${listYears(counted, 'en')}) in ${span.en}.` },
        { window, years: counted, count: counted.length }, hc.htxsYears.value),
    )
  }
  const nInit = r.initiatives.value
  if (nInit > 0) {
    const scope = hc ? hc.initiativeScope.value : 'co-so'
    const by = hc ? 'scope' : 'level'
    const perYear = years.map((y) => ({ year: y, count: usableInitiatives(rec, [y], award, scope, by).length })).filter((x) => x.count > 0)
    const count = perYear.reduce((a, x) => a + x.count, 0)
    const ok = count >= nInit
    const c = crit('initiatives', ok ? 'met' : 'unmet', { vi: `${nInit} sáng kiến được công nhận, áp dụng hiệu quả (${levelLabel(scope).vi}) trong thời gian đó`, en: `${nInit} initiatives recognised and applied (${levelLabel(scope).en}) in that period` }, r.initiatives,
        { vi: `Có ${count} sáng kiến phù hợp trong ${span.vi}${perYear.length ? ` (${perYear.map((x) => `${x.year}: ${x.count}`).join('; ')})` : ''}${ok ? '' : ` — cần ${nInit}`}.`, en: `${count} qualifying initiative(s) in ${span.en}${perYear.length ? ` (${perYear.map((x) => `${x.year}: ${x.count}`).join('; ')})` : ''}${ok ? '' : ` — ${nInit} needed`}.` },
        { window, years: perYear.map((x) => x.year), count }, nInit)
    out.push(ok ? c : noteReuse(c, rec, years, award, scope, by))
  }
  const nCoSo = r.chienSiThiDuaCoSo.value
  if (nCoSo > 0) {
    const coSo = years.filter((y) => holdsIn(rec, y, 'chien-si-thi-dua-co-so'))
    const ok = coSo.length >= nCoSo
    out.push(
      crit('chien-si-thi-dua-co-so', ok ? 'met' : 'unmet', { vi: `${nCoSo} lần Chiến sĩ thi đua cơ sở trong thời gian đó`, en: `${nCoSo} CSTĐCS titles in that period` }, r.chienSiThiDuaCoSo,
        { vi: `Chiến sĩ thi đua cơ sở trong ${span.vi}: ${listYears(coSo, 'vi')} (${coSo.length} lần${ok ? '' : `, cần ${nCoSo}`}).`, en: `CSTĐCS in ${span.en}: ${listYears(coSo, 'en')} (${coSo.length}${ok ? '' : `, ${nCoSo} needed`}).` },
        { window, years: coSo, count: coSo.length }, nCoSo),
    )
  }
  if (regime.general.oneStateFormPerYear.value) {
    const state: HeldAwardId[] = ['bang-khen-thu-tuong', 'huan-chuong-lao-dong-hang-ba', 'huan-chuong-lao-dong-hang-nhi', 'huan-chuong-lao-dong-hang-nhat', 'chien-si-thi-dua-toan-quoc']
    const other = findAwards(rec, state.filter((s) => s !== award)).filter((f) => f.listedYear === year && f.held.nature === 'cong-trang')
    out.push(
      crit('one-state-form-per-year', other.length === 0 ? 'met' : 'unmet', { vi: 'Không đề nghị hai hình thức khen thưởng cấp Nhà nước trong một năm', en: 'No two State-level forms in one year' }, regime.general.oneStateFormPerYear,
        other.length === 0 ? { vi: 'Chưa có hình thức khen thưởng cấp Nhà nước khác trong năm.', en: 'No other State-level form in the year.' } : { vi: `Năm ${year} đã có ${AWARD_LABELS[other[0]!.held.award].vi}.`, en: `${year} already has ${AWARD_LABELS[other[0]!.held.award].en}.` },
        other.map((o) => o.held.award), 'none'),
    )
  }
  out.push(...pendingCriterion(c))
  if (!out.every((x) => x.ok)) ctx.warnings.push(DISCRETIONARY)
  return out
}

/** Commendation forms handled here. @internal */
export const COMMENDATIONS: Partial<Record<AwardId, (ctx: AnyCtx) => EmulationCriterion[]>> = {
  'bang-khen-chu-tich-ubnd-tinh': checkBangKhenTinh,
  'bang-khen-thu-tuong': (ctx) => chainAward(ctx, 'bang-khen-thu-tuong'),
  'huan-chuong-lao-dong-hang-ba': (ctx) => chainAward(ctx, 'huan-chuong-lao-dong-hang-ba'),
}
