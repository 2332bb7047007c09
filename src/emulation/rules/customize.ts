import { invalidArgument, wrongType } from '../../core/errors.js'
import type { Regime, RegimeRule } from './regime.js'

/**
 * A partial rule set: for each group of a {@link Regime}, the rules to
 * replace. A replaced rule brings its own value and basis (e.g. a province's
 * decision).
 *
 * @example
 * ```ts
 * import type { RegimePatch } from 'hanhchinh/emulation'
 * const patch: RegimePatch = { tapTheLaoDongTienTien: { minLaoDongTienTien: { value: { percent: 75, strict: false }, basis: [{ instrument: '86/2025/QĐ-UBND' }] } } }
 * patch.tapTheLaoDongTienTien?.minLaoDongTienTien?.value.percent //=> 75
 * ```
 */
export type RegimePatch = {
  [G in Exclude<keyof Regime, 'id' | 'variant' | 'label' | 'decisionsFrom' | 'decisionsTo' | 'instruments'>]?: Partial<Regime[G]>
}

/**
 * Adapt a regime to a province's or sector's own parameters without forking
 * the library (Law 2022 Art 24.4 and Art 28.3 let ministries and provinces
 * detail the standards). Returns a new regime whose `variant` names the
 * adapter; the original is not changed. Each replaced rule must carry a value
 * and at least one legal basis.
 *
 * @param base - the regime to adapt
 * @param variant - who adapts it, e.g. `'Bắc Ninh'`
 * @param patch - the rules to replace
 *
 * @example
 * ```ts
 * import { customizeRegime, REGIME_B } from 'hanhchinh/emulation'
 * const bacNinh = customizeRegime(REGIME_B, 'Bắc Ninh', {
 *   tapTheLaoDongTienTien: {
 *     minLaoDongTienTien: { value: { percent: 70, strict: false }, basis: [{ instrument: '86/2025/QĐ-UBND', article: '4', clause: '2' }] },
 *   },
 * })
 * bacNinh.variant //=> 'Bắc Ninh'
 * bacNinh.tapTheLaoDongTienTien.minLaoDongTienTien.uncertain //=> undefined
 * REGIME_B.tapTheLaoDongTienTien.minLaoDongTienTien.uncertain === undefined //=> false
 * customizeRegime(REGIME_B, '', {}) //=> throws RangeError: variant
 * ```
 */
export function customizeRegime(base: Regime, variant: string, patch: RegimePatch): Regime {
  if (base === null || typeof base !== 'object' || Array.isArray(base) || typeof (base as Regime).id !== 'string') {
    throw wrongType('base', base, 'a regime (REGIME_A, REGIME_B, REGIME_C or one customised from them)')
  }
  if (typeof variant !== 'string' || variant.trim() === '') throw invalidArgument('variant', variant, 'a non-empty name of the province or sector')
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw wrongType('patch', patch, 'an object of rule groups to replace')
  const out: Regime = { ...base, variant: base.variant ? `${base.variant}; ${variant}` : variant }
  for (const [group, rules] of Object.entries(patch) as Array<[keyof RegimePatch, Record<string, RegimeRule<unknown>> | undefined]>) {
    if (rules === undefined) continue
    if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw wrongType(`patch.${group}`, rules, 'an object of rules')
    const current = base[group] as unknown as Record<string, RegimeRule<unknown>> | undefined
    if (!Object.prototype.hasOwnProperty.call(base, group) || current === null || typeof current !== 'object') throw invalidArgument('patch', group, `a rule group of the regime (${Object.keys(base).join(', ')})`)
    const merged: Record<string, RegimeRule<unknown>> = { ...current }
    for (const [name, rule] of Object.entries(rules)) {
      if (!Object.prototype.hasOwnProperty.call(current, name)) throw invalidArgument(`patch.${group}`, name, `a rule of ${group} (${Object.keys(current).join(', ')})`)
      if (rule === undefined || typeof rule !== 'object' || !('value' in rule) || !Array.isArray(rule.basis) || rule.basis.length === 0) {
        throw invalidArgument(`patch.${group}.${name}`, rule, 'a rule { value, basis: [at least one LegalBasis] }')
      }
      merged[name] = rule
    }
    ;(out as unknown as Record<string, unknown>)[group] = merged
  }
  return out
}
