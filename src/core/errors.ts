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
  // Never throws, whatever the caller passed: symbols, null-prototype objects,
  // throwing getters, cycles and 20,000-deep structures all get a description.
  if (typeof value === 'string') return JSON.stringify(value.length > 200 ? `${value.slice(0, 197)}...` : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'symbol') return value.description === undefined ? 'Symbol()' : `Symbol(${value.description})`
  if (typeof value === 'function') return 'a function'
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`
  try {
    const json = JSON.stringify(value)
    if (json !== undefined) return json.length > 120 ? `${json.slice(0, 117)}...` : json
  } catch {
    // cycles, BigInt inside, throwing getters, too deep: describe the kind only
  }
  if (Array.isArray(value)) return `an array of ${value.length} items`
  return Object.prototype.toString.call(value)
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
  if (typeof argument !== 'string' || typeof expected !== 'string') throw wrongType('argument', argument, 'the names of the argument and of what was expected')
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
  if (typeof argument !== 'string' || typeof expected !== 'string') {
    return new TypeError(`Invalid type for argument: ${describeValue(argument)} (expected the names of the argument and of what was expected)`)
  }
  return new TypeError(`Invalid type for ${argument}: ${describeValue(value)} (expected ${expected})`)
}
