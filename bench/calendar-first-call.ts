// Benchmark: the first isWorkingDay / dayInfo call in a year not yet asked (the year table is
// built then: holidays from the precomputed lunar table, the announced schedule, prefix sums).
// 1. The very first call of the process, on vietnamCivilService (cold code: includes the
//    one-time JIT warm-up of the calendar code).
// 2. The first call in each of 300 unvisited years 1900–2199, in random order, on fresh
//    calendars (createWorkCalendar()), alternating isWorkingDay and dayInfo.
// 3. The first addWorkingDays in each of those years on other fresh calendars: it builds the
//    year's window table (the year and 256 days of each neighbour), so up to three year tables.
// Prints the median, p95 and max; exits 1 if the median or p95 of (2) exceeds 2 ms.
// Wall-clock time (a single call is too short for CPU time); on a loaded machine the max is
// mostly the other processes and a garbage collection.
import { performance } from 'node:perf_hooks'
import { createWorkCalendar, vietnamCivilService } from 'hanhchinh/calendar'

const t0 = performance.now()
vietnamCivilService.isWorkingDay('2026-03-04')
const coldFirst = performance.now() - t0
const t1 = performance.now()
vietnamCivilService.dayInfo('2027-09-02')
const coldSecondYear = performance.now() - t1

let seed = 19670708
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const ROUNDS = 5
const times: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  const cal = createWorkCalendar()
  const years = Array.from({ length: 300 }, (_, i) => 1900 + i)
  for (let i = years.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[years[i], years[j]] = [years[j]!, years[i]!]
  }
  for (const [i, y] of years.entries()) {
    const date = `${y}-0${1 + (i % 9)}-1${i % 10}`
    const a = performance.now()
    if (i % 2) cal.isWorkingDay(date)
    else cal.dayInfo(date)
    times.push(performance.now() - a)
  }
}
const addTimes: number[] = []
for (let r = 0; r < ROUNDS; r++) {
  const cal = createWorkCalendar()
  const years = Array.from({ length: 300 }, (_, i) => 1900 + i)
  for (let i = years.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[years[i], years[j]] = [years[j]!, years[i]!]
  }
  for (const [i, y] of years.entries()) {
    const date = `${y}-0${1 + (i % 9)}-1${i % 10}`
    const a = performance.now()
    cal.addWorkingDays(date, y === 1900 ? 30 : (i % 121) - 60) // 1900: no count back past 01/01/1900
    addTimes.push(performance.now() - a)
  }
}
times.sort((a, b) => a - b)
addTimes.sort((a, b) => a - b)
const quantile = (list: number[], p: number): number => list[Math.min(list.length - 1, Math.floor(p * list.length))]!
const q = (p: number): number => quantile(times, p)
const qa = (p: number): number => quantile(addTimes, p)
console.log(`first call of the process (cold code): isWorkingDay ${coldFirst.toFixed(2)} ms; dayInfo in a second year ${coldSecondYear.toFixed(2)} ms`)
console.log(
  `first call in an unvisited year, ${times.length} years (300 × ${ROUNDS} fresh calendars): median ${q(0.5).toFixed(3)} ms, p95 ${q(0.95).toFixed(3)} ms, p99 ${q(0.99).toFixed(3)} ms, max ${q(1).toFixed(3)} ms (required: median and p95 ≤ 2 ms)`,
)
console.log(
  `first addWorkingDays in an unvisited year (builds its window), ${addTimes.length} years: median ${qa(0.5).toFixed(3)} ms, p95 ${qa(0.95).toFixed(3)} ms, p99 ${qa(0.99).toFixed(3)} ms, max ${qa(1).toFixed(3)} ms (required: median and p95 ≤ 2 ms)`,
)
if (q(0.5) > 2 || q(0.95) > 2 || qa(0.5) > 2 || qa(0.95) > 2) {
  console.error('FAIL: the first call in a year takes more than 2 ms')
  process.exit(1)
}
