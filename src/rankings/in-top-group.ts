import { invalidArgument } from '../core/errors.js'

function checkPositiveInteger(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw invalidArgument(name, value, 'a positive integer')
  }
}

/**
 * Whether a rank lies in the leading group of `k` units — the test behind targets
 * such as "nằm trong nhóm 16 tỉnh dẫn đầu" (in the group of the 16 leading
 * provinces) or "top 10". Rank 1 is best; the group is ranks `1..k` inclusive.
 *
 * Shared ranks (competition ranking) count as inside when the shared rank is
 * `≤ k`, so a tie on the boundary puts every tied unit in the group.
 *
 * @param rank - the unit's rank, a positive integer (1 = best)
 * @param k - the size of the leading group, a positive integer
 * @returns `true` when `rank ≤ k`
 * @throws RangeError when `rank` or `k` is not a positive integer
 *
 * @example
 * ```ts
 * import { inTopGroup } from 'hanhchinh/rankings'
 * inTopGroup(16, 16) //=> true
 * inTopGroup(17, 16) //=> false
 * inTopGroup(1, 1) //=> true
 * inTopGroup(0, 16) //=> throws RangeError: rank
 * inTopGroup(3, 2.5) //=> throws RangeError: k
 * ```
 */
export function inTopGroup(rank: number, k: number): boolean {
  checkPositiveInteger('rank', rank)
  checkPositiveInteger('k', k)
  return rank <= k
}
