import * as z from 'zod'
import { invalidArgument } from '../../core/errors.js'
import { isIsoDate } from '../../core/iso-date.js'

// Building blocks shared by the record schemas of the domain.

// A civil date 'YYYY-MM-DD' that keeps the plain string type, so hand-written
// records type-check (the core IsoDateStringSchema narrows to the IsoDate brand).
/** @internal */
export const IsoDateStringSchema = z.string().refine((s): boolean => isIsoDate(s), { message: 'Expected an ISO date YYYY-MM-DD that exists' })

/** @internal */
export const YearSchema = z.number().int().min(1945).max(9999)

/** @internal */
export const MonthsSchema = z.number().min(0).max(12)

/** @internal */
export const YearKeySchema = z.string().regex(/^\d{4}$/, { message: 'Expected a four-digit year as key' })

/** @internal */
export const CountSchema = z.number().int().min(0)

/** The position of an id among an enumeration's ids, or a RangeError naming the argument. @internal */
export function positionOf<T extends string>(ids: readonly T[], value: T, argument: string): number {
  const i = ids.indexOf(value)
  if (i < 0) throw invalidArgument(argument, value, `one of ${ids.join(', ')}`)
  return i
}
