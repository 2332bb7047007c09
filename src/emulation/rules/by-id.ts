import { invalidArgument, wrongType } from '../../core/errors.js'
import { REGIME_A } from './regime-a.js'
import { REGIME_B } from './regime-b.js'
import { REGIME_C } from './regime-c.js'
import type { Regime, RegimeId, RegimeRule } from './regime.js'
import { valueOn } from './dated.js'

/**
 * The rule set of a regime id.
 *
 * @example
 * ```ts
 * import { regimeById } from 'hanhchinh/emulation'
 * regimeById('C').id //=> 'C'
 * regimeById('D' as 'A') //=> throws RangeError: regime
 * ```
 */
export function regimeById(id: RegimeId): Regime {
  if (id === 'A') return REGIME_A
  if (id === 'B') return REGIME_B
  if (id === 'C') return REGIME_C
  throw invalidArgument('regime', id, "'A', 'B', 'C' or a Regime object")
}

/** A caller-supplied rule set must look like a {@link Regime}. @internal */
export function resolveRegime(forced: unknown, selected: RegimeId): Regime {
  if (forced === undefined) return regimeById(selected)
  if (typeof forced === 'string') return regimeById(forced as RegimeId)
  if (forced === null || typeof forced !== 'object') throw wrongType('options.regime', forced, "'A', 'B', 'C' or a Regime object")
  const r = forced as Partial<Regime>
  const parts = ['id', 'laoDongTienTien', 'chienSiThiDuaCoSo', 'chienSiThiDuaCapTinh', 'chienSiThiDuaToanQuoc', 'tapTheLaoDongTienTien', 'tapTheLaoDongXuatSac', 'bangKhenTinh', 'bangKhenThuTuong', 'huanChuongLaoDongHangBa', 'general'] as const
  const missing = parts.filter((k) => r[k] === undefined || r[k] === null)
  if (missing.length) throw wrongType('options.regime', forced, `a Regime object (REGIME_A/B/C or customizeRegime(...)); missing ${missing.join(', ')}`)
  return forced as Regime
}


const UNDATED = new WeakSet<Regime>()

/**
 * A regime as it stands on a day: every rule that lists dated `values` is
 * replaced by the value in force that day (through the one lookup,
 * `valueOn`/`atDate`); a rule with no value that day keeps its undated one.
 * Regimes without dated rules (the built-in ones) are returned as they are.
 * @internal
 */
export function regimeOnDay(regime: Regime, day: string): Regime {
  if (UNDATED.has(regime)) return regime
  let out: Regime | undefined
  for (const [group, rules] of Object.entries(regime)) {
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules) || group === 'label') continue
    for (const [name, rule] of Object.entries(rules as Record<string, RegimeRule<unknown>>)) {
      if (rule === null || typeof rule !== 'object' || rule.values === undefined) continue
      const v = valueOn(rule, day)
      if (v === undefined) continue
      const fixed: RegimeRule<unknown> = { value: v.value, basis: v.basis, ...(v.uncertain !== undefined ? { uncertain: v.uncertain } : {}) }
      out ??= { ...regime }
      const g = out as unknown as Record<string, Record<string, RegimeRule<unknown>>>
      g[group] = { ...g[group], [name]: fixed }
    }
  }
  if (out === undefined) UNDATED.add(regime)
  return out ?? regime
}
