import { Decimal, toDecimal, type DecimalInput } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { formatVnNumber, safeParseVnPercent } from '../format/number.js'
import { inTopGroup } from '../rankings/in-top-group.js'
import { TargetSchema, type Comparator, type MetricKind, type Target } from './schema.js'

/**
 * An actual figure for a target:
 *
 * - a number, a `Decimal`, or a string: a Vietnamese figure (`'84,79%'`,
 *   `'50.308'` = 50308) or a plain decimal (`'84.79'`, `'0.5'`) — a
 *   percentage for a ratio
 *   target (or a fraction when the target's `scale` is `'fraction'`), a
 *   count, or a rank;
 * - `{ part, whole }` for a ratio measured from counts (42.657 of 50.308
 *   dossiers on time): the ratio is computed exactly, never rounded before
 *   the comparison;
 * - `{ rank }` (optionally `{ rank, of }`) for a rank;
 * - `null` or `undefined` (or a missing key): no figure yet — the target is
 *   not measurable.
 *
 * @example
 * ```ts
 * import type { TargetActual } from 'hanhchinh/reform'
 * const onTime: TargetActual = { part: 42657, whole: 50308 }
 * 'part' in onTime //=> true
 * ```
 */
export type TargetActual =
  | number
  | string
  | Decimal
  | { part: DecimalInput; whole: DecimalInput }
  | { rank: number; of?: number | undefined }
  | null
  | undefined

/**
 * The verdict on one target: met, not met, or not measurable (no figure, a
 * figure that cannot be read, or a ratio of nothing).
 *
 * @example
 * ```ts
 * import type { TargetStatus } from 'hanhchinh/reform'
 * const s: TargetStatus = 'not-measurable'
 * s //=> 'not-measurable'
 * ```
 */
export type TargetStatus = 'met' | 'not-met' | 'not-measurable'

/**
 * The result of {@link evaluateTargets} for one target.
 *
 * - `met` — `true`/`false`, or `null` when the target is not measurable.
 * - `difference` — `actual − value`, in the target's unit (percentage
 *   points for a percentage ratio, things for a count, places for a rank).
 * - `margin` — the difference oriented by the comparator, so that it is
 *   positive on the good side: `actual − value` for `>`/`>=`,
 *   `value − actual` for `<`/`<=`, and `actual − value` for `=` (0 when
 *   met). A strict target (`>`, `<`) with margin 0 is **not** met.
 *
 * @example
 * ```ts
 * import { evaluateTargets, type TargetResult } from 'hanhchinh/reform'
 * const [r]: TargetResult[] = evaluateTargets([{ id: 'dung-han', metric: 'ratio', comparator: '>', value: 80 }], { 'dung-han': 84.79 })
 * r //=> { id: 'dung-han', status: 'met', met: true }
 * r!.margin //=> '4.79'
 * ```
 */
export interface TargetResult {
  id: string
  metric: MetricKind
  comparator: Comparator
  /** The target value as a Decimal. */
  value: Decimal
  /** The actual figure as a Decimal (a ratio on the target's scale), when measurable. */
  actual: Decimal | undefined
  status: TargetStatus
  met: boolean | null
  margin: Decimal | undefined
  difference: Decimal | undefined
  /** The wording of the target: its `text`, or one generated from the comparison ("trên 80%"). */
  wording: Label
  /** One sentence stating the target, the actual figure and the verdict. */
  sentence: Label
  /** Why the target is not measurable. */
  reason?: Label
  /** The legal basis of the target (the resolution or plan that set it), when given. */
  basis?: LegalBasis[]
}

/**
 * Options of {@link evaluateTargets}.
 *
 * @example
 * ```ts
 * import type { EvaluateTargetsOptions } from 'hanhchinh/reform'
 * const published: EvaluateTargetsOptions = { roundTo: 2 }
 * published.roundTo //=> 2
 * ```
 */
export interface EvaluateTargetsOptions {
  /**
   * Round a ratio or count actual half-up to this many decimals before
   * comparing — to judge on the published figure (84,79%) rather than the
   * exact one. By default the comparison is exact (UNCONFIRMED which one a
   * given office uses; see docs/reform.md).
   */
  roundTo?: number | undefined
}

const HUNDRED = new Decimal(100)

function phrase(metric: MetricKind, comparator: Comparator, value: Decimal, scale: 'percent' | 'fraction'): Label {
  if (metric === 'rank') {
    const v = value.toString()
    switch (comparator) {
      case '<=': return { vi: `trong nhóm ${v} dẫn đầu`, en: `within the top ${v}` }
      case '<': return { vi: `xếp trên thứ ${v}`, en: `ranked above ${v}` }
      case '=': return { vi: `xếp thứ ${v}`, en: `ranked ${v}` }
      case '>=': return { vi: `xếp từ thứ ${v} trở xuống`, en: `ranked ${v} or below` }
      case '>': return { vi: `xếp sau thứ ${v}`, en: `ranked below ${v}` }
    }
  }
  const vi = metric === 'ratio' ? fmtRatio(value, scale, 'vi') : formatVnNumber(value)
  const en = metric === 'ratio' ? fmtRatio(value, scale, 'en') : formatVnNumber(value, { decimalSeparator: '.' })
  switch (comparator) {
    case '>': return { vi: `trên ${vi}`, en: `more than ${en}` }
    case '>=': return { vi: `từ ${vi} trở lên`, en: `at least ${en}` }
    case '=': return { vi: `đạt ${vi}`, en: `exactly ${en}` }
    case '<=': return { vi: `không quá ${vi}`, en: `at most ${en}` }
    case '<': return { vi: `dưới ${vi}`, en: `less than ${en}` }
  }
}

function fmtRatio(value: Decimal, scale: 'percent' | 'fraction', lang: 'vi' | 'en'): string {
  const pct = scale === 'fraction' ? value.times(HUNDRED) : value
  const options = lang === 'vi' ? {} : { decimalSeparator: '.' as const }
  // at most 2 decimals shown; exact figures with more digits are rounded for display only
  const shown = pct.decimalPlaces() > 2 ? formatVnNumber(pct, { ...options, decimals: 2 }) : formatVnNumber(pct, options)
  return `${shown}%`
}

function fmtValue(metric: MetricKind, value: Decimal, scale: 'percent' | 'fraction', lang: 'vi' | 'en'): string {
  if (metric === 'ratio') return fmtRatio(value, scale, lang)
  if (metric === 'rank') return lang === 'vi' ? `thứ ${value.toString()}` : `#${value.toString()}`
  const shown = value.decimalPlaces() > 2 ? value.toDecimalPlaces(2) : value
  return lang === 'vi' ? formatVnNumber(shown) : formatVnNumber(shown, { decimalSeparator: '.' })
}

function fmtMargin(metric: MetricKind, margin: Decimal, scale: 'percent' | 'fraction', lang: 'vi' | 'en'): string {
  const abs = margin.abs()
  const n = metric === 'ratio' && scale === 'fraction' ? abs.times(HUNDRED) : abs
  const shown = n.decimalPlaces() > 2 ? n.toDecimalPlaces(2) : n
  const options = { ...(lang === 'en' ? { decimalSeparator: '.' as const } : {}), ...(n.decimalPlaces() > 2 ? { decimals: 2 } : {}) }
  const num = formatVnNumber(n, options)
  if (metric === 'ratio') return lang === 'vi' ? `${num} điểm phần trăm` : `${num} percentage point${shown.eq(1) ? '' : 's'}`
  if (metric === 'rank') return lang === 'vi' ? `${num} bậc` : `${num} place${shown.eq(1) ? '' : 's'}`
  return num
}

type Read = { ok: true; value: Decimal; of?: number } | { ok: false; reason: Label }

const DECIMAL_RE = /^[+-]?\d+(\.\d+)?$/

// Strings are read the Vietnamese way first ("50.308" = 50308, "84,79%"),
// then as a plain decimal ("84.79", which is not a Vietnamese number);
// "0.5" is a decimal (no Vietnamese number starts with "0.").
function readNumberText(text: string): Decimal | undefined {
  const t = text.trim()
  if (/^[+-]?0\.\d+$/.test(t)) return new Decimal(t)
  const vn = safeParseVnPercent(t)
  if (vn.ok) return new Decimal(vn.value.toString())
  if (DECIMAL_RE.test(t)) return new Decimal(t)
  return undefined
}

function readActual(target: Target, actual: TargetActual, where: string, scale: 'percent' | 'fraction'): Read {
  const missing = (vi: string, en: string): Read => ({ ok: false, reason: { vi, en } })
  if (actual === null || actual === undefined) return missing('chưa có số liệu', 'no figure yet')
  if (typeof actual === 'number') {
    // a NaN or an infinity is a computation gone wrong (0/0), not a figure: say so rather than "no figure yet"
    if (!Number.isFinite(actual)) throw invalidArgument(where, actual, 'a finite number (null or undefined when there is no figure yet)')
    return { ok: true, value: toDecimal(actual, where) }
  }
  if (typeof actual === 'string') {
    const d = readNumberText(actual)
    // toDecimal bounds the exponent: a figure of 100,000 digits is refused, not carried into the sentence
    return d === undefined ? missing(`không đọc được số liệu "${actual}"`, `cannot read the figure "${actual}"`) : { ok: true, value: toDecimal(d, where) }
  }
  if (typeof actual !== 'object') throw wrongType(where, actual, 'a number, a decimal string, a Decimal, { part, whole }, { rank } or null')
  // Decimal.isDecimal also knows a Decimal of another copy of decimal.js (by its tag), without duck-typing
  if (Decimal.isDecimal(actual)) {
    const d = new Decimal((actual as Decimal).toString())
    if (!d.isFinite()) throw invalidArgument(where, (actual as Decimal).toString(), 'a finite Decimal (null or undefined when there is no figure yet)')
    return { ok: true, value: toDecimal(d, where) }
  }
  if ('part' in actual && 'whole' in actual) {
    if (target.metric !== 'ratio') throw invalidArgument(where, actual, `a number for a ${target.metric} target (a { part, whole } pair is a ratio)`)
    // toDecimal names the field and refuses what is not a number (a String() of an object could throw)
    const part = toDecimal(actual.part as DecimalInput, `${where}.part`)
    const whole = toDecimal(actual.whole as DecimalInput, `${where}.whole`)
    if (part.isNeg() || whole.isNeg() || part.gt(whole)) {
      throw invalidArgument(where, actual, '{ part, whole } with 0 ≤ part ≤ whole')
    }
    if (whole.isZero()) return missing('tỷ lệ trên tổng số 0 không xác định', 'a ratio of zero things is undefined')
    const ratio = part.div(whole)
    return { ok: true, value: scale === 'fraction' ? ratio : ratio.times(HUNDRED) }
  }
  if (typeof actual === 'object' && 'rank' in actual) {
    if (target.metric !== 'rank') throw invalidArgument(where, actual, `a number for a ${target.metric} target ({ rank } is for rank targets)`)
    if (actual.of !== undefined && (!Number.isInteger(actual.of) || actual.of < 1)) throw invalidArgument(`${where}.of`, actual.of, 'the number of units ranked: an integer ≥ 1')
    if (typeof actual.rank !== 'number' || !Number.isFinite(actual.rank)) throw invalidArgument(`${where}.rank`, actual.rank, 'a rank: an integer ≥ 1')
    if (actual.of !== undefined && actual.rank > actual.of) throw invalidArgument(`${where}.rank`, actual.rank, `a rank within the ${actual.of} units ranked (of)`)
    return actual.of === undefined ? { ok: true, value: new Decimal(actual.rank) } : { ok: true, value: new Decimal(actual.rank), of: actual.of }
  }
  throw wrongType(where, actual, 'a number, a decimal string, a Decimal, { part, whole }, { rank } or null')
}

function compare(metric: MetricKind, comparator: Comparator, actual: Decimal, value: Decimal, where: string): boolean {
  if (metric === 'rank') {
    if (!actual.isInteger() || actual.lt(1)) throw invalidArgument(where, actual.toString(), 'a rank: an integer ≥ 1')
    const rank = actual.toNumber()
    const k = value.toNumber()
    // "trong nhóm k" — the rankings domain's rule for a leading group
    if (comparator === '<=') return inTopGroup(rank, k)
    if (comparator === '<') return k > 1 && inTopGroup(rank, k - 1)
  }
  const c = actual.cmp(value)
  switch (comparator) {
    case '>': return c > 0
    case '>=': return c >= 0
    case '=': return c === 0
    case '<=': return c <= 0
    case '<': return c < 0
  }
}

const OPTION_NAMES: OptionNames<EvaluateTargetsOptions> = { roundTo: true }

function checkOptions(options: EvaluateTargetsOptions | undefined): number | undefined {
  const { roundTo } = readOptions(options, OPTION_NAMES, 'evaluateTargets')
  if (roundTo !== undefined && (!Number.isInteger(roundTo) || roundTo < 0 || roundTo > 20)) {
    throw invalidArgument('options.roundTo', roundTo, 'an integer from 0 to 20')
  }
  return roundTo
}

/**
 * Evaluate targets (chỉ tiêu) against actual figures: for each target, met
 * / not met / not measurable, the margin and a bilingual sentence.
 *
 * A target compares a ratio, a count or a rank with `>`, `>=`, `=`, `<=`
 * or `<` (`≥`/`≤` accepted). The wording is taken literally: "trên 80%" is
 * `> 80` — exactly 80% does **not** meet it; "từ 80% trở lên" is `>= 80`;
 * "đạt 100%" is `= 100`. A rank target "trong nhóm 16" is `rank <= 16`,
 * decided with the rankings domain's `inTopGroup` (rank 1 is best). Use
 * {@link parseTarget} to read such wording.
 *
 * `actuals` maps target ids to figures ({@link TargetActual}); a missing or
 * `null` figure, a text that cannot be read as a figure, or a ratio of 0
 * things makes the target not measurable (`met: null`), never met. A
 * figure that cannot be true — `NaN` or an infinity, a negative ratio or
 * count, a rank above the number ranked — is a `RangeError` naming
 * `actuals["<id>"]`; so is a negative target value for a ratio or count. Ratios given as `{ part, whole }` are compared
 * exactly. Targets are validated with {@link TargetSchema} (a `RangeError`
 * names the target); ids must be unique. Never mutates its inputs.
 *
 * @example
 * ```ts
 * import { evaluateTargets } from 'hanhchinh/reform'
 * const targets = [
 *   { id: 'ho-so', metric: 'ratio', comparator: '>', value: 80, text: 'Trên 80% hồ sơ đảm bảo thời gian quy định' },
 *   { id: 'par', metric: 'rank', comparator: '<=', value: 16 },
 *   { id: 'ldtt', metric: 'ratio', comparator: '>=', value: 80 },
 * ] as const
 * const [hoSo, par, ldtt] = evaluateTargets(targets, { 'ho-so': 80, par: 12 })
 * hoSo //=> { id: 'ho-so', status: 'not-met', met: false }
 * hoSo!.sentence.vi //=> 'Chỉ tiêu "Trên 80% hồ sơ đảm bảo thời gian quy định": thực hiện 80%, chưa đạt (bằng mức chỉ tiêu, chưa vượt).'
 * par //=> { status: 'met', met: true }
 * par!.margin //=> '4'
 * par!.sentence.en //=> 'Target "within the top 16": actual #12, met (4 places to spare).'
 * ldtt //=> { status: 'not-measurable', met: null }
 * evaluateTargets([{ id: 'x', metric: 'ratio', comparator: '>>', value: 80 }], {}) //=> throws RangeError: targets[0]
 * ```
 */
export function evaluateTargets(
  targets: readonly unknown[],
  actuals: Readonly<Record<string, TargetActual>>,
  options?: EvaluateTargetsOptions,
): TargetResult[] {
  if (!Array.isArray(targets)) throw wrongType('targets', targets, 'an array of targets')
  if (actuals === null || typeof actuals !== 'object') throw wrongType('actuals', actuals, 'an object mapping target ids to figures')
  const roundTo = checkOptions(options)
  const seen = new Set<string>()
  return targets.map((raw, i): TargetResult => {
    const parsed = TargetSchema.safeParse(raw)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const path = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : ''
      // show the offending value itself (NaN, '>>'), not the whole target
      let offending: unknown = raw
      for (const k of issue?.path ?? []) offending = offending !== null && typeof offending === 'object' ? (offending as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined
      throw invalidArgument(`targets[${i}]${path}`, offending, `a target { id, metric, comparator, value } (${issue?.message ?? 'invalid'})`)
    }
    const target = parsed.data
    if (seen.has(target.id)) throw invalidArgument(`targets[${i}].id`, target.id, 'a target id not used by another target')
    seen.add(target.id)
    const scale = target.scale ?? 'percent'
    const value = new Decimal(String(target.value))
    if (target.metric === 'rank' && (!value.isInteger() || value.lt(1))) {
      throw invalidArgument(`targets[${i}].value`, target.value, 'a rank or group size: an integer ≥ 1')
    }
    if (target.metric !== 'rank' && value.isNeg()) throw invalidArgument(`targets[${i}].value`, target.value, `a ${target.metric} ≥ 0`)
    // 80 on the fraction scale would be 8000%: a percentage given with scale 'fraction'
    if (target.metric === 'ratio' && scale === 'fraction' && value.gt(10)) {
      throw invalidArgument(`targets[${i}].value`, target.value, "a fraction such as 0.8 with scale 'fraction' (or leave scale out for a percentage such as 80)")
    }
    const generated = phrase(target.metric, target.comparator, value, scale)
    const wording: Label = target.text !== undefined ? { vi: target.text, en: target.label?.en ?? generated.en } : target.label ?? generated
    const head: Label = { vi: `Chỉ tiêu "${wording.vi}"`, en: `Target "${wording.en}"` }
    const where = `actuals[${JSON.stringify(target.id)}]`
    const present = Object.hasOwn(actuals, target.id)
    let read = readActual(target, present ? actuals[target.id] : undefined, where, scale)
    if (!read.ok && !present) {
      // a figure filed under a key no target has (a typo, an id with a space) is named, not lost
      const ids = new Set(targets.map((t) => (t !== null && typeof t === 'object' ? (t as { id?: unknown }).id : undefined)))
      const stray = Object.keys(actuals).filter((k) => !ids.has(k))
      if (stray.length > 0) {
        const list = stray.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')
        read = { ok: false, reason: { vi: `${read.reason.vi}; không có số liệu cho mã "${target.id}", có số liệu không khớp chỉ tiêu nào: ${list}`, en: `${read.reason.en}; no figure under "${target.id}", figures under ids no target has: ${list}` } }
      }
    }
    const base = { id: target.id, metric: target.metric, comparator: target.comparator, value, wording, ...(target.basis === undefined ? {} : { basis: target.basis }) }
    if (!read.ok) {
      return {
        ...base,
        actual: undefined,
        status: 'not-measurable',
        met: null,
        margin: undefined,
        difference: undefined,
        sentence: { vi: `${head.vi}: không đánh giá được (${read.reason.vi}).`, en: `${head.en}: not measurable (${read.reason.en}).` },
        reason: read.reason,
      }
    }
    if (target.metric !== 'rank' && read.value.isNeg()) {
      throw invalidArgument(where, actuals[target.id], `a ${target.metric === 'ratio' ? 'ratio' : 'count'} ≥ 0 (a negative ${target.metric} cannot be measured)`)
    }
    const actual = roundTo !== undefined && target.metric !== 'rank' ? read.value.toDecimalPlaces(roundTo, Decimal.ROUND_HALF_UP) : read.value
    const met = compare(target.metric, target.comparator, actual, value, where)
    const difference = actual.minus(value)
    const margin = target.comparator === '<' || target.comparator === '<=' ? difference.neg() : difference
    const of = read.of === undefined ? '' : `/${read.of}`
    const shown: Label = { vi: fmtValue(target.metric, actual, scale, 'vi') + of, en: fmtValue(target.metric, actual, scale, 'en') + of }
    let detail: Label
    if (margin.isZero()) {
      detail = met
        ? { vi: 'đúng mức chỉ tiêu', en: 'exactly on target' }
        : { vi: 'bằng mức chỉ tiêu, chưa vượt', en: 'equal to the threshold, which must be exceeded' }
    } else {
      const m: Label = { vi: fmtMargin(target.metric, margin, scale, 'vi'), en: fmtMargin(target.metric, margin, scale, 'en') }
      if (target.comparator === '=') {
        detail = difference.isPos() ? { vi: `cao hơn ${m.vi}`, en: `${m.en} above` } : { vi: `thấp hơn ${m.vi}`, en: `${m.en} below` }
      } else if (target.metric === 'rank') {
        detail = margin.isPos() ? { vi: `vượt ${m.vi}`, en: `${m.en} to spare` } : { vi: `kém ${m.vi}`, en: `${m.en} short` }
      } else if (target.comparator === '<' || target.comparator === '<=') {
        detail = margin.isPos() ? { vi: `thấp hơn ngưỡng ${m.vi}`, en: `${m.en} under the limit` } : { vi: `vượt ngưỡng ${m.vi}`, en: `${m.en} over the limit` }
      } else {
        detail = margin.isPos() ? { vi: `vượt ${m.vi}`, en: `${m.en} over` } : { vi: `thiếu ${m.vi}`, en: `${m.en} short` }
      }
    }
    const verdict: Label = met ? { vi: 'đạt', en: 'met' } : { vi: 'chưa đạt', en: 'not met' }
    return {
      ...base,
      actual,
      status: met ? 'met' : 'not-met',
      met,
      margin,
      difference,
      sentence: {
        vi: `${head.vi}: thực hiện ${shown.vi}, ${verdict.vi} (${detail.vi}).`,
        en: `${head.en}: actual ${shown.en}, ${verdict.en} (${detail.en}).`,
      },
    }
  })
}
