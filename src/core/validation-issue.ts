import { invalidArgument, wrongType } from './errors.js'
import type { Label } from './label.js'

/**
 * The one shape of a problem found by a validator of the library
 * (`validateDossier`, `validateTimeline`, `validateScoreCard`,
 * `checkRegister`, …): a stable `code`, the `path` to the offending field
 * inside the validated value, a bilingual `message`, and whether it makes the
 * value unusable (`'error'`) or only suspicious (`'warning'`). Import row
 * errors add their row and column on top of this shape.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'hanhchinh/core'
 * const issue: ValidationIssue = {
 *   code: 'end-before-start',
 *   path: ['events', 2, 'at'],
 *   message: { vi: 'Ngày trả trước ngày nhận', en: 'Returned before it was received' },
 *   severity: 'error',
 * }
 * issue.path.join('.') //=> 'events.2.at'
 * ```
 */
export interface ValidationIssue<Code extends string = string> {
  /** Stable, machine-readable id of the problem. */
  readonly code: Code
  /** Where in the validated value: keys and array indexes. */
  readonly path: ReadonlyArray<string | number>
  /** What is wrong, in Vietnamese and English. */
  readonly message: Label
  /** `'error'` makes the value unusable; `'warning'` only flags it. */
  readonly severity: 'error' | 'warning'
}

/**
 * Build a {@link ValidationIssue}.
 *
 * @example
 * ```ts
 * import { validationIssue } from 'hanhchinh/core'
 * validationIssue('missing-end', ['events'], 'Thiếu ngày kết thúc', 'The end date is missing').severity //=> 'error'
 * ```
 */
export function validationIssue<Code extends string>(
  code: Code,
  path: ReadonlyArray<string | number>,
  vi: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): ValidationIssue<Code> {
  if (typeof code !== 'string') throw wrongType('code', code, 'a string code')
  if (!Array.isArray(path)) throw wrongType('path', path, 'an array of keys and indexes')
  if (typeof vi !== 'string' || typeof en !== 'string') throw wrongType('message', { vi, en }, 'two strings, Vietnamese and English')
  if (severity !== 'error' && severity !== 'warning') throw invalidArgument('severity', severity, "'error' or 'warning'")
  return { code, path, message: { vi, en }, severity }
}
