import type { Label } from '../../core/label.js'
import type { Regime } from '../rules/regime.js'
import type { CollectiveRecord, IndividualRecord } from '../schema.js'

/** What every award check receives. @internal */
export interface CheckContext<R extends IndividualRecord | CollectiveRecord = IndividualRecord> {
  regime: Regime
  year: number
  decisionDate?: string
  record: R
  /** Notes added by the checks (discretionary limbs, derived rules). */
  warnings: Label[]
}

/** "2019, 2020, 2021" or "không có" / "none". @internal */
export function listYears(years: readonly number[], language: 'vi' | 'en'): string {
  if (years.length === 0) return language === 'vi' ? 'không có' : 'none'
  return years.join(', ')
}
