import { formatLegalBasis } from '../core/legal-basis.js'
import { AWARD_LABELS } from './schema.js'
import type { EligibilityVerdict } from './verdict.js'

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
 * ```
 */
export function formatVerdict(verdict: EligibilityVerdict, language: 'vi' | 'en' = 'vi'): string[] {
  const name = AWARD_LABELS[verdict.award][language]
  const head = language === 'vi' ? `${name} năm ${verdict.year} (chế độ ${verdict.regime})` : `${name} ${verdict.year} (regime ${verdict.regime})`
  const lines = [`${verdict.ok ? '✓' : '✗'} ${head}`]
  for (const c of verdict.criteria) {
    const mark = c.status === 'met' ? '✓' : c.status === 'unmet' ? '✗' : '?'
    const cite = c.basis.map((b) => formatLegalBasis(b, language)).join('; ')
    const note = c.uncertain ? (language === 'vi' ? ' (quy định chưa xác nhận)' : ' (UNCONFIRMED rule)') : ''
    lines.push(`  ${mark} ${c.detail[language]} [${cite}]${note}`)
  }
  for (const w of verdict.warnings) lines.push(`  ⚠ ${w[language]}`)
  return lines
}
