/**
 * Describe a value for an error message: strings are quoted, everything else
 * is shown as JSON where possible so that `NaN`, `undefined` and objects stay
 * recognisable.
 *
 * @example
 * ```ts
 * import { describeValue } from 'hanhchinh/core'
 * describeValue('2024-02-30') //=> '"2024-02-30"'
 * describeValue(NaN) //=> 'NaN'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`
  try {
    const json = JSON.stringify(value)
    return json === undefined ? String(value) : json.length > 120 ? `${json.slice(0, 117)}...` : json
  } catch {
    return Object.prototype.toString.call(value)
  }
}

/**
 * Build the `RangeError` the library throws for a programmer error: the
 * message names the argument, the value received and what was expected.
 *
 * @param argument - the parameter or field name, e.g. `'date'` or `'options.cutoff'`
 * @param value - the offending value
 * @param expected - what a valid value looks like
 *
 * @example
 * ```ts
 * import { invalidArgument } from 'hanhchinh/core'
 * invalidArgument('n', 1.5, 'an integer').message
 * //=> 'Invalid n: 1.5 (expected an integer)'
 * ```
 */
export function invalidArgument(argument: string, value: unknown, expected: string): RangeError {
  return new RangeError(`Invalid ${argument}: ${describeValue(value)} (expected ${expected})`)
}

/**
 * Build the `TypeError` the library throws when an argument has the wrong type.
 *
 * @example
 * ```ts
 * import { wrongType } from 'hanhchinh/core'
 * wrongType('date', 20240101, 'an ISO date string').message
 * //=> 'Invalid type for date: 20240101 (expected an ISO date string)'
 * ```
 */
export function wrongType(argument: string, value: unknown, expected: string): TypeError {
  return new TypeError(`Invalid type for ${argument}: ${describeValue(value)} (expected ${expected})`)
}
