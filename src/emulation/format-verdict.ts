import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { formatLegalBasis, type LegalBasis } from '../core/legal-basis.js'
import { AWARD_LABELS, type HeldAwardId } from './schema.js'
import type { EligibilityVerdict, EmulationCriterion } from './verdict.js'

/**
 * Render a verdict as plain text lines in Vietnamese or English: the award,
 * year and regime, then every criterion (✓ met, ✗ not met, ? unknown) with its
 * explanation and citation, then the warnings — what a report or a
 * notification shows.
 *
 * @param verdict - a verdict of {@link checkEligibility}
 * @param language - `'vi'` (default) or `'en'`
 *
 * @example
 * ```ts
 * import { checkEligibility, formatVerdict } from 'hanhchinh/emulation'
 * const v = checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2022: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach' } } } }, { year: 2022 })
 * const lines = formatVerdict(v)
 * lines[0] //=> '✗ Lao động tiên tiến năm 2022 (chế độ A)'
 * lines.at(-1) //=> '  ✗ Bị kỷ luật khiển trách trong năm 2022. [Điều 10 91/2017/NĐ-CP]'
 * formatVerdict(v, 'en')[0] //=> '✗ Advanced Worker 2022 (regime A)'
 * formatVerdict(undefined as never) //=> throws TypeError: Invalid type for verdict: undefined
 * formatVerdict({ ...v, criteria: [null] } as never) //=> throws TypeError: Invalid type for verdict.criteria[0]: null
 * ```
 *
 * The verdict is read field by field before anything is written: a value
 * that is not a verdict (a missing field, a hole in `criteria` or
 * `warnings`, an unknown award, a label without its text) is a `TypeError`
 * or a `RangeError` naming the path and the value.
 */
export function formatVerdict(verdict: EligibilityVerdict, language: 'vi' | 'en' = 'vi'): string[] {
  if (language !== 'vi' && language !== 'en') throw invalidArgument('language', language, "'vi' or 'en'")
  if (!isObject(verdict)) throw wrongType('verdict', verdict, 'a verdict of checkEligibility { ok, award, year, regime, criteria, warnings }')
  const { award, year, regime, ok, criteria, warnings } = verdict as Partial<Record<keyof EligibilityVerdict, unknown>>
  if (typeof award !== 'string' || !Object.prototype.hasOwnProperty.call(AWARD_LABELS, award)) throw invalidArgument('verdict.award', award, 'an award id')
  if (typeof year !== 'number' || !Number.isInteger(year)) throw wrongType('verdict.year', year, 'an integer year')
  if (typeof regime !== 'string') throw wrongType('verdict.regime', regime, "a regime such as 'B' or 'C/unit'")
  if (typeof ok !== 'boolean') throw wrongType('verdict.ok', ok, 'true or false')
  const name = AWARD_LABELS[award as HeldAwardId][language]
  const head = language === 'vi' ? `${name} năm ${year} (chế độ ${regime})` : `${name} ${year} (regime ${regime})`
  const lines = [`${ok ? '✓' : '✗'} ${head}`]
  for (const [i, c] of items(criteria, 'verdict.criteria')) {
    const path = `verdict.criteria[${i}]`
    if (!isObject(c)) throw wrongType(path, c, 'a criterion { status, detail, basis }')
    const { status, detail, basis, uncertain } = c as Partial<Record<keyof EmulationCriterion, unknown>>
    if (status !== 'met' && status !== 'unmet' && status !== 'unknown') throw invalidArgument(`${path}.status`, status, "'met', 'unmet' or 'unknown'")
    const mark = status === 'met' ? '✓' : status === 'unmet' ? '✗' : '?'
    const cite = items(basis, `${path}.basis`)
      .map(([j, b]) => {
        if (!isObject(b)) throw wrongType(`${path}.basis[${j}]`, b, 'a legal basis { instrument, article?, clause? }')
        try {
          return formatLegalBasis(b as LegalBasis, language)
        } catch (e) {
          // formatLegalBasis names its own argument `basis`: name the place in the verdict instead.
          if (e instanceof TypeError) throw new TypeError(e.message.replace(/^Invalid type for basis/, `Invalid type for ${path}.basis[${j}]`))
          throw e
        }
      })
      .join('; ')
    const note = uncertain ? (language === 'vi' ? ' (quy định chưa xác nhận)' : ' (UNCONFIRMED rule)') : ''
    lines.push(`  ${mark} ${text(detail, `${path}.detail`, language)} [${cite}]${note}`)
  }
  for (const [i, w] of items(warnings, 'verdict.warnings')) lines.push(`  ⚠ ${text(w, `verdict.warnings[${i}]`, language)}`)
  return lines
}

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object'
}

/** The items of an array with their indexes; a hole is named, not skipped. */
function items(list: unknown, path: string): Array<[number, unknown]> {
  if (!Array.isArray(list)) throw wrongType(path, list, 'an array')
  const out: Array<[number, unknown]> = []
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) throw wrongType(`${path}[${i}]`, undefined, 'an item (the array has a hole here)')
    out.push([i, list[i]])
  }
  return out
}

/** The text of a bilingual label in one language. */
function text(label: unknown, path: string, language: 'vi' | 'en'): string {
  const t = isObject(label) ? (label as Partial<Label>)[language] : undefined
  if (typeof t !== 'string') throw wrongType(path, label, 'a label { vi, en } of two texts')
  return t
}
