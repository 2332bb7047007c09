import { invalidArgument, wrongType } from '../../core/errors.js'

const STEMS_VI: readonly HeavenlyStem[] = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý']
const ELEMENTS_EN = ['Wood', 'Wood', 'Fire', 'Fire', 'Earth', 'Earth', 'Metal', 'Metal', 'Water', 'Water'] as const
const BRANCHES_VI: readonly EarthlyBranch[] = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi']
const ANIMALS_EN = [
  'Rat',
  'Buffalo',
  'Tiger',
  'Cat',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
] as const

/**
 * A heavenly stem (thiên can), in Vietnamese.
 *
 * @example
 * ```ts
 * import { canChi, type HeavenlyStem } from 'hanhchinh/calendar'
 * const stem: HeavenlyStem = canChi(2026).stem
 * stem //=> 'Bính'
 * ```
 */
export type HeavenlyStem = 'Giáp' | 'Ất' | 'Bính' | 'Đinh' | 'Mậu' | 'Kỷ' | 'Canh' | 'Tân' | 'Nhâm' | 'Quý'

/**
 * An earthly branch (địa chi), in Vietnamese. The Vietnamese zodiac has the
 * Cat (Mão) where the Chinese has the Rabbit, and the Buffalo (Sửu) for the Ox.
 *
 * @example
 * ```ts
 * import { canChi, type EarthlyBranch } from 'hanhchinh/calendar'
 * const branch: EarthlyBranch = canChi(2023).branch
 * branch //=> 'Mão'
 * ```
 */
export type EarthlyBranch = 'Tý' | 'Sửu' | 'Dần' | 'Mão' | 'Thìn' | 'Tỵ' | 'Ngọ' | 'Mùi' | 'Thân' | 'Dậu' | 'Tuất' | 'Hợi'

/**
 * The sexagenary name of a lunar year: a bilingual label `{ vi, en }`
 * (`'Bính Ngọ'` / `'Fire Horse'`) with its stem and branch.
 *
 * @example
 * ```ts
 * import { canChi, type CanChi } from 'hanhchinh/calendar'
 * const name: CanChi = canChi(2026)
 * name.vi //=> 'Bính Ngọ'
 * ```
 */
export interface CanChi {
  /** Vietnamese name, stem then branch: `'Bính Ngọ'`. */
  readonly vi: string
  /** English name, element then animal of the Vietnamese zodiac: `'Fire Horse'`. */
  readonly en: string
  /** The heavenly stem (can). */
  readonly stem: HeavenlyStem
  /** The earthly branch (chi). */
  readonly branch: EarthlyBranch
}

/**
 * The can chi (sexagenary stem-and-branch) name of a lunar year, in
 * Vietnamese and English.
 *
 * @param year - the lunar year (the Gregorian year in which its Tết falls)
 * @throws RangeError if `year` is not a safe integer
 *
 * @remarks
 * The 60-year cycle pairs the 10 stems (Giáp Ất Bính Đinh Mậu Kỷ Canh Tân
 * Nhâm Quý) with the 12 branches (Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu
 * Tuất Hợi); 1984 (and 2044) is Giáp Tý. It names the lunar year, which
 * begins at Tết, not on 1 January: 2026-02-16 is still in Ất Tỵ — use
 * `canChi(toLunar(date).year)` for a date. English names use the element of
 * the stem and the Vietnamese zodiac animal (Cat for Mão, Buffalo for Sửu).
 *
 * @example
 * ```ts
 * import { canChi, toLunar } from 'hanhchinh/calendar'
 * canChi(2026) //=> { vi: 'Bính Ngọ', en: 'Fire Horse' }
 * canChi(2023) //=> { vi: 'Quý Mão', en: 'Water Cat', stem: 'Quý', branch: 'Mão' }
 * canChi(toLunar('2026-02-16').year).vi //=> 'Ất Tỵ'
 * canChi(2.5) //=> throws RangeError: Invalid year: 2.5
 * ```
 */
export function canChi(year: number): CanChi {
  if (typeof year !== 'number') throw wrongType('year', year, 'an integer year')
  if (!Number.isSafeInteger(year)) throw invalidArgument('year', year, 'an integer year')
  const stemIndex = (((year - 4) % 10) + 10) % 10
  const branchIndex = (((year - 4) % 12) + 12) % 12
  const stem = STEMS_VI[stemIndex]!
  const branch = BRANCHES_VI[branchIndex]!
  return {
    vi: `${stem} ${branch}`,
    en: `${ELEMENTS_EN[stemIndex]!} ${ANIMALS_EN[branchIndex]!}`,
    stem,
    branch,
  }
}
