import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { RESOLUTION_202_2025 } from './data/provinces-2025.js'
import { getRegistry } from './province-registry.js'
import { safeResolveProvince } from './provinces.js'

/**
 * One unit after a reorganisation and the units it was formed from.
 * `nameKeptFrom` is the predecessor whose name the unit carries (if any);
 * `adminCentreIn` the predecessor hosting its political-administrative
 * centre (trung tâm hành chính - chính trị).
 *
 * @example
 * ```ts
 * import type { SuccessionUnit } from 'hanhchinh/rankings'
 * const hungYen: SuccessionUnit = { id: 'hung-yen', predecessors: ['thai-binh', 'hung-yen'], nameKeptFrom: 'hung-yen', adminCentreIn: 'hung-yen' }
 * hungYen.predecessors.length //=> 2
 * ```
 */
export interface SuccessionUnit {
  id: string
  predecessors: readonly string[]
  nameKeptFrom?: string
  adminCentreIn?: string
}

/**
 * A reorganisation of ranked units (sắp xếp đơn vị hành chính): which new
 * unit came from which old ones, with its legal basis. Used by
 * {@link compareRankings} to compare a ranking before the change with one
 * after it. Callers can build their own (e.g. a province's commune merger);
 * `canonical` optionally maps the ids found in rankings (names, aliases) to
 * the ids used here, for each side.
 *
 * @example
 * ```ts
 * import type { Succession } from 'hanhchinh/rankings'
 * const communes: Succession = {
 *   id: 'xa-2025',
 *   label: { vi: 'Sắp xếp xã 2025', en: '2025 commune merger' },
 *   basis: [{ instrument: '1234/NQ-UBTVQH15', unconfirmed: 'illustration only' }],
 *   units: [{ id: 'xa-moi', predecessors: ['xa-a', 'xa-b'], nameKeptFrom: 'xa-a' }],
 * }
 * communes.units[0]?.predecessors //=> ['xa-a', 'xa-b']
 * ```
 */
export interface Succession {
  id: string
  label: Label
  /** First day the new units exist. */
  effectiveFrom?: string
  basis: readonly LegalBasis[]
  units: readonly SuccessionUnit[]
  /** Map a row id of the previous (`'before'`) or current (`'after'`) ranking to this succession's id; `undefined` if unknown. */
  canonical?: (id: string, side: 'before' | 'after') => string | undefined
  /** Name to show in phrases for a canonical id (default: the row id). */
  displayName?: (id: string, side: 'before' | 'after') => string | undefined
}

let provincial: Succession | undefined

/**
 * The 2025 arrangement of provincial-level units, 63 → 34 (Nghị quyết
 * 202/2025/QH15; new governments from 01/07/2025), as a {@link Succession}
 * read from the units data of `hanhchinh/units`: 34 units, 23 of them merged
 * from 52 predecessors, each with the predecessor whose name it kept and the
 * one hosting its admin centre ({@link ADMIN_CENTRES_2025}). Predecessors
 * are in the order of their national codes. Row ids may be province names
 * or aliases: they are resolved with {@link safeResolveProvince} (pre-2025
 * era before, current era after). Built on first call.
 *
 * @example
 * ```ts
 * import { provinceSuccession2025 } from 'hanhchinh/rankings'
 * const s = provinceSuccession2025()
 * s.units.length //=> 34
 * s.effectiveFrom //=> '2025-07-01'
 * s.units.filter((u) => u.predecessors.length > 1).length //=> 23
 * s.units.find((u) => u.id === 'bac-ninh') //=> { predecessors: ['bac-giang', 'bac-ninh'], nameKeptFrom: 'bac-ninh', adminCentreIn: 'bac-giang' }
 * s.canonical?.('Thái Bình', 'before') //=> 'thai-binh'
 * s.canonical?.('TP.HCM', 'after') //=> 'ho-chi-minh'
 * s.displayName?.('bac-giang', 'before') //=> 'Bắc Giang'
 * ```
 */
export function provinceSuccession2025(): Succession {
  if (provincial) return provincial
  const reg = getRegistry()
  provincial = Object.freeze({
    id: 'provinces-2025',
    label: { vi: 'Sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (63 → 34)', en: '2025 arrangement of provincial-level units (63 → 34)' },
    effectiveFrom: reg.currentFrom,
    basis: [RESOLUTION_202_2025],
    units: reg.byEra.current.map(({ id, predecessors = [], adminCentreIn }) =>
      Object.freeze({
        id,
        predecessors,
        ...(adminCentreIn !== undefined ? { adminCentreIn } : {}),
        ...(predecessors.includes(id) ? { nameKeptFrom: id } : {}),
      }),
    ),
    canonical: (id: string, side: 'before' | 'after') => {
      const r = safeResolveProvince(id, { era: side === 'before' ? 'pre-2025' : 'current' })
      return r.ok ? r.value.id : undefined
    },
    displayName: (id: string, side: 'before' | 'after') => {
      const r = safeResolveProvince(id, { era: side === 'before' ? 'pre-2025' : 'current' })
      return r.ok ? r.value.name : undefined
    },
  })
  return provincial
}
