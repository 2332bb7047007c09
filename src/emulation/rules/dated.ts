// The emulation rules read their dates through the core's one lookup; a
// regime's rule without dated values holds from 1945, the first year judged.
import { valueOnDay, type DatedRule, type DatedValue } from '../../core/dated.js'
import type { RegimeRule } from './regime.js'

export { atDate, datedRule, type DatedRule, type DatedValue } from '../../core/dated.js'

const FIRST_DAY = '1945-01-01'

/** The value of a rule on a civil date already read. @internal */
export function valueOn<T>(rule: DatedRule<T> | RegimeRule<T>, day: string): DatedValue<T> | undefined {
  return valueOnDay(rule as DatedRule<T> | (RegimeRule<T> & { values?: undefined }), day, FIRST_DAY)
}
