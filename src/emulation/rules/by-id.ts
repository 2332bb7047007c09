import { invalidArgument, wrongType } from '../../core/errors.js'
import { REGIME_A } from './regime-a.js'
import { REGIME_B } from './regime-b.js'
import { REGIME_C } from './regime-c.js'
import type { Regime, RegimeId } from './regime.js'

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

