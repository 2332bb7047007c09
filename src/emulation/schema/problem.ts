// The first issue of a zod schema, turned into the library's wording: the
// path under the argument's name, the value found there, what was expected.
import { invalidArgument } from '../../core/errors.js'

/**
 * The error for the first schema issue of an input: its path under `root`,
 * the value found there and what was expected, worded for people (zod's
 * "Invalid option: " style prefixes dropped).
 * @internal
 */
export function schemaError(root: string, input: unknown, issue: { path: readonly PropertyKey[]; code: string; message: string }): RangeError {
  const { path, value, expected } = schemaProblem(root, input, issue)
  return invalidArgument(path, value, expected)
}

/** Where a schema issue is, the value found there and what was expected. @internal */
export function schemaProblem(root: string, input: unknown, issue: { path: readonly PropertyKey[]; code: string; message: string }): { path: string; value: unknown; expected: string } {
  const path = [root, ...issue.path.map(String)].join('.')
  let value: unknown = input
  for (const k of issue.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k] : undefined
  const last = issue.path[issue.path.length - 1]
  const expected =
    last === 'years' && (value === undefined || value === null || typeof value !== 'object')
      ? 'an object of achievement years, e.g. { 2024: { rating: ... } }'
      : issue.code === 'invalid_key'
        ? 'a year key such as 2024'
        : issue.code === 'invalid_union' && issue.message === 'Invalid input'
          ? (value === undefined ? 'a value (nothing is there: a hole in a list, or a missing field)' : 'one of the forms the schema accepts')
          : issue.message.replace(/^(Invalid input|Invalid option|Too big|Too small): expected /, '').replace(/^Expected /, '')
  return { path, value, expected }
}
