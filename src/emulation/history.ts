import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate } from '../core/iso-date.js'
import { MAX_RUN_YEARS } from './schema/limits.js'
import { HeldAwardIdSchema, type CollectiveRecord, type HeldAward, type HeldAwardId, type IndividualRecord } from './schema.js'
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
 * consecutiveRun(2021 as never, 2023) //=> throws TypeError: Invalid type for test: 2021
 * consecutiveRun(['2023'] as never, 2023) //=> throws TypeError: Invalid type for test[0]: "2023"
 * consecutiveRun(() => true, 2023, -1e15) //=> throws RangeError: Invalid from: -1000000000000000
 * ```
 *
 * `to` is a year from 1945 to 9999 and `from` a year from 1945 to 10000
 * (a window opening after 9999 is empty), so a run never walks more than
 * those years; `test` is a function or a non-string iterable of integer years
 * (at most {@link MAX_RUN_YEARS} of them), anything else a `TypeError`.
 */
export function consecutiveRun(test: Iterable<number> | ((year: number) => boolean | undefined), to: number, from = 1945): YearRun {
  if (typeof to !== 'number') throw wrongType('to', to, 'an integer year')
  if (!Number.isInteger(to) || to < 1945 || to > 9999) throw invalidArgument('to', to, 'an integer year from 1945 to 9999')
  if (typeof from !== 'number') throw wrongType('from', from, 'an integer year')
  if (!Number.isInteger(from) || from < 1945 || from > 10000) throw invalidArgument('from', from, 'an integer year from 1945 to 10000')
  let has: (year: number) => boolean | undefined
  if (typeof test === 'function') has = test
  else {
    const set = readYearSet(test)
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

function readYearSet(test: unknown): Set<number> {
  const iterator = test !== null && typeof test === 'object' ? (test as Partial<Iterable<unknown>>)[Symbol.iterator] : undefined
  if (typeof iterator !== 'function') throw wrongType('test', test, 'a predicate (year) => boolean | undefined, or an iterable of integer years such as [2021, 2022]')
  const set = new Set<number>()
  let i = 0
  if (Array.isArray(test)) {
    // By index: a hole is named, not skipped (for…of would read it as undefined).
    if (test.length > MAX_RUN_YEARS) throw invalidArgument('test.length', test.length, `at most MAX_RUN_YEARS = ${MAX_RUN_YEARS} years`)
    for (; i < test.length; i++) {
      if (!(i in test)) throw invalidArgument(`test[${i}]`, undefined, 'an integer year (the array has a hole here)')
      set.add(yearItem(test[i], i))
    }
    return set
  }
  for (const y of test as Iterable<unknown>) {
    if (i >= MAX_RUN_YEARS) throw invalidArgument('test', test, `an iterable of at most MAX_RUN_YEARS = ${MAX_RUN_YEARS} years`)
    set.add(yearItem(y, i++))
  }
  return set
}

function yearItem(y: unknown, i: number): number {
  if (typeof y !== 'number') throw wrongType(`test[${i}]`, y, 'an integer year')
  if (!Number.isInteger(y)) throw invalidArgument(`test[${i}]`, y, 'an integer year')
  return y
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
 * windowAfter(undefined as never, 2015) //=> throws TypeError: Invalid type for held: undefined
 * windowAfter({ award: 'bang-khen-bo-nganh', nature: 'cong-trang', period: { from: 2013, to: '2015' } } as never, 2015) //=> throws TypeError: Invalid type for held.period.to: "2015"
 * ```
 *
 * `held` is checked as {@link HeldAwardSchema} would (its object form) and
 * `listedYear` is a year from 1945 to 9999: anything else is a `TypeError`
 * or a `RangeError` naming the field and the value.
 */
export function windowAfter(held: HeldAward, listedYear: number): number {
  if (held === null || typeof held !== 'object' || Array.isArray(held)) throw wrongType('held', held, "a held award { award, nature?, period?, decision? }")
  if (typeof listedYear !== 'number') throw wrongType('listedYear', listedYear, 'an integer year')
  if (!Number.isInteger(listedYear) || listedYear < 1945 || listedYear > 9999) throw invalidArgument('listedYear', listedYear, 'an integer year from 1945 to 9999')
  // By hand, not by the schema: the award checks call this for every held award they read.
  const { award, period, decision } = held as { award?: unknown; period?: unknown; decision?: unknown }
  if (typeof award !== 'string' || !HELD_AWARD_IDS.has(award)) throw invalidArgument('held.award', award, `one of ${HeldAwardIdSchema.options.join(', ')}`)
  if (period !== undefined) {
    if (period === null || typeof period !== 'object') throw wrongType('held.period', period, 'an achievement period { from, to }')
    const { from, to } = period as { from?: unknown; to?: unknown }
    if (typeof to !== 'number') throw wrongType('held.period.to', to, 'an integer year')
    if (typeof from !== 'number') throw wrongType('held.period.from', from, 'an integer year')
    if (!Number.isInteger(to) || to < 1945 || to > 9999) throw invalidArgument('held.period.to', to, 'an integer year from 1945 to 9999')
    if (!Number.isInteger(from) || from < 1945 || from > to) throw invalidArgument('held.period.from', from, `an integer year from 1945 to ${to}`)
    return to + 1
  }
  let decided = 0
  if (decision !== undefined) {
    if (decision === null || typeof decision !== 'object') throw wrongType('held.decision', decision, 'a decision { number?, date? }')
    const { date } = decision as { date?: unknown }
    if (date !== undefined) {
      if (typeof date !== 'string') throw wrongType('held.decision.date', date, 'an ISO date YYYY-MM-DD')
      if (!isIsoDate(date)) throw invalidArgument('held.decision.date', date, 'an ISO date YYYY-MM-DD that exists')
      decided = Number(date.slice(0, 4))
    }
  }
  return Math.max(listedYear + 1, decided)
}

const HELD_AWARD_IDS: ReadonlySet<string> = new Set(HeldAwardIdSchema.options)

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
