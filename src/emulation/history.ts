import { invalidArgument } from '../core/errors.js'
import type { CollectiveRecord, HeldAward, HeldAwardId, IndividualRecord } from './schema.js'
import { ratingRulesOf } from './rules/rating-rules.js'

/**
 * A run of consecutive years ("liên tục") ending at a given year.
 *
 * @example
 * ```ts
 * import { consecutiveRun, type YearRun } from 'hanhchinh/emulation'
 * const run: YearRun = consecutiveRun([2019, 2021, 2022, 2023], 2023)
 * run.length //=> 3
 * ```
 */
export interface YearRun {
  /** First year of the run (`to + 1` when empty). */
  from: number
  /** Last year of the run: the year asked about. */
  to: number
  length: number
  /** The years of the run, oldest first. */
  years: number[]
  /** The year that broke the run (or `undefined` when it reached the window start). */
  brokenAt?: number
  /** True when the run was broken by a year the test could not decide (missing data). */
  brokenByMissing: boolean
}

/**
 * Count consecutive years ending at `to` (the proposal year) — the "liên tục"
 * rule: a year without the fact breaks the run, and counting restarts after
 * the gap (MoHA answers: a final HTT year breaks a five-year HTXS chain; CSTĐCS
 * 2019, 2021, 2022, 2023 gives the run 2021–2023). Years before `from` (the
 * window start: after the previous award's achievement period, or after a
 * discipline period) never count. `test` is a set of years or a predicate
 * that may answer `undefined` for "no data".
 *
 * @param test - the years that hold the fact, or a predicate
 * @param to - the last year (the year of the proposal)
 * @param from - the first year that may count (inclusive)
 *
 * @example
 * ```ts
 * import { consecutiveRun } from 'hanhchinh/emulation'
 * consecutiveRun([2019, 2021, 2022, 2023], 2023) //=> { from: 2021, to: 2023, length: 3, brokenAt: 2020 }
 * consecutiveRun([2016, 2017, 2018, 2019, 2020], 2021).length //=> 0
 * consecutiveRun([2021, 2022, 2023], 2023, 2022).years //=> [2022, 2023]
 * consecutiveRun((y) => (y === 2024 ? true : undefined), 2024) //=> { length: 1, brokenAt: 2023, brokenByMissing: true }
 * consecutiveRun([], 20.5) //=> throws RangeError: to
 * ```
 */
export function consecutiveRun(test: Iterable<number> | ((year: number) => boolean | undefined), to: number, from = 1945): YearRun {
  if (!Number.isInteger(to)) throw invalidArgument('to', to, 'an integer year')
  if (!Number.isInteger(from)) throw invalidArgument('from', from, 'an integer year')
  let has: (year: number) => boolean | undefined
  if (typeof test === 'function') has = test
  else {
    const set = new Set(test)
    has = (y) => set.has(y)
  }
  const years: number[] = []
  let y = to
  let brokenAt: number | undefined
  let brokenByMissing = false
  for (; y >= from; y--) {
    const r = has(y)
    if (r !== true) {
      brokenAt = y
      brokenByMissing = r === undefined
      break
    }
    years.push(y)
  }
  years.reverse()
  const run: YearRun = { from: years[0] ?? to + 1, to, length: years.length, years, brokenByMissing }
  if (brokenAt !== undefined) run.brokenAt = brokenAt
  return run
}

/** A held award found in a record, with the year it is listed under. @internal */
export interface FoundAward {
  held: HeldAward
  listedYear: number
}

/** Every held award of the given ids in a record (titles and commendations), oldest first. @internal */
export function findAwards(record: IndividualRecord | CollectiveRecord, ids: readonly HeldAwardId[]): FoundAward[] {
  const out: FoundAward[] = []
  for (const [key, y] of Object.entries(record.years)) {
    const listedYear = Number(key)
    for (const held of [...y.titles, ...y.commendations]) if (ids.includes(held.award)) out.push({ held, listedYear })
  }
  return out.sort((a, b) => a.listedYear - b.listedYear)
}

/** Whether a record lists a merit award of this id for the year. @internal */
export function holdsIn(record: IndividualRecord | CollectiveRecord, year: number, id: HeldAwardId, meritOnly = true): boolean {
  const y = record.years[String(year)]
  if (!y) return false
  for (const h of y.titles) if (h.award === id && (!meritOnly || h.nature === 'cong-trang')) return true
  for (const h of y.commendations) if (h.award === id && (!meritOnly || h.nature === 'cong-trang')) return true
  return false
}

/**
 * The first year counted after a held award (Decree 98/2023 Art 30.9): the
 * year after the achievement period stated in its decision; when no period is
 * stated, from the decision date (its year, but never before the year after
 * the year the award is listed under).
 *
 * @example
 * ```ts
 * import { windowAfter } from 'hanhchinh/emulation'
 * windowAfter({ award: 'bang-khen-bo-nganh', nature: 'cong-trang', period: { from: 2013, to: 2015 } }, 2015) //=> 2016
 * windowAfter({ award: 'bang-khen-bo-nganh', nature: 'cong-trang', decision: { date: '2017-06-01' } }, 2015) //=> 2017
 * windowAfter({ award: 'bang-khen-bo-nganh', nature: 'cong-trang' }, 2015) //=> 2016
 * ```
 */
export function windowAfter(held: HeldAward, listedYear: number): number {
  if (held.period) return held.period.to + 1
  const decided = held.decision?.date ? Number(held.decision.date.slice(0, 4)) : undefined
  return Math.max(listedYear + 1, decided ?? 0)
}

/**
 * The first year counted after the latest discipline ending before or in
 * `year` (Decree 98/2023 and 152/2025 Art 4.4: achievements count from the end
 * of the discipline period): the year after the period's end, or after the
 * year the discipline is listed under when no end is recorded. `undefined`
 * when there is no discipline.
 * @internal
 */
export function afterDiscipline(record: IndividualRecord, year: number): { from: number; endedOn?: string; listedYear: number } | undefined {
  let best: { from: number; endedOn?: string; listedYear: number } | undefined
  for (const [key, y] of Object.entries(record.years)) {
    const listedYear = Number(key)
    if (listedYear > year) continue
    for (const d of y.discipline) {
      if (!d.dutyRelated && ratingRulesOf(listedYear).dutyRelatedDisciplineOnly) continue
      const from = d.periodEnd ? Number(d.periodEnd.slice(0, 4)) + 1 : listedYear + 1
      if (!best || from > best.from) best = d.periodEnd ? { from, endedOn: d.periodEnd, listedYear } : { from, listedYear }
    }
  }
  return best
}
