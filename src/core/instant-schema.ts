// The zod schema of an instant (kept apart from instant.ts so that the instant
// functions carry no zod).
import * as z from 'zod'
import { toEpochMs } from './instant.js'

/**
 * Zod schema of an instant: an ISO date-time string with an offset, or a
 * valid `Date`. Parsed values are kept as given.
 *
 * @example
 * ```ts
 * import { InstantSchema } from 'hanhchinh/core'
 * InstantSchema.safeParse('2024-04-26T15:30:00+07:00').success //=> true
 * InstantSchema.safeParse('2024-04-26T15:30:00').success //=> false
 * ```
 */
export const InstantSchema = z.union([
  z.string().refine((s) => {
    try {
      toEpochMs(s)
      return true
    } catch {
      return false
    }
  }, { message: 'Expected an ISO date-time with an offset, e.g. 2024-04-26T15:30:00+07:00' }),
  z.date(),
])
