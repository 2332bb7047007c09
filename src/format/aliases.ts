import { parseVnDate } from './date.js'
import { formatVnPercent, parseVnNumber, parseVnPercent } from './number.js'

/**
 * Short name of {@link parseVnNumber} (the name used by issue 8's checks):
 * parse a vi-VN number into an exact `Decimal`, or throw a `RangeError`
 * naming the value.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'hanhchinh/format'
 * parseNumber('50.308') //=> '50308'
 * parseNumber('1.5') //=> throws RangeError: "1.5"
 * ```
 */
export const parseNumber: typeof parseVnNumber = parseVnNumber

/**
 * Short name of {@link parseVnPercent}: `84,79%` → `Decimal` 84.79, or a
 * `RangeError` naming the value.
 *
 * @example
 * ```ts
 * import { parsePercent } from 'hanhchinh/format'
 * parsePercent('84,79%') //=> '84.79'
 * ```
 */
export const parsePercent: typeof parseVnPercent = parseVnPercent

/**
 * Short name of {@link parseVnDate}: `20/12/2021` → `'2021-12-20'`, or a
 * `RangeError` naming the value.
 *
 * @example
 * ```ts
 * import { parseDate } from 'hanhchinh/format'
 * parseDate('20/12/2021') //=> '2021-12-20'
 * parseDate('30/02/2024') //=> throws RangeError: "30/02/2024"
 * ```
 */
export const parseDate: typeof parseVnDate = parseVnDate

/**
 * Short name of {@link formatVnPercent}: percentage points → `'84,79%'`.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'hanhchinh/format'
 * formatPercent('84.79') //=> '84,79%'
 * ```
 */
export const formatPercent: typeof formatVnPercent = formatVnPercent
