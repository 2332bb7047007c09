// Why an answer of a work calendar is provisional: one bilingual reason per
// run of years without an announced schedule (naming the regime of each), and
// one per year whose shipped schedule is unconfirmed.
import type { Label } from '../core/label.js'
import { holidayRegimes } from './data/regimes.js'
import type { AnnouncedSchedule } from './schema.js'

/** The reasons an answer touching the years `fromYear`..`toYear` (either order) is provisional; empty when it is not. @internal */
export function provisionalReasons(schedules: ReadonlyMap<number, AnnouncedSchedule>, fromYear: number, toYear: number): Label[] {
  const lo = Math.min(fromYear, toYear)
  const hi = Math.max(fromYear, toYear)
  const reasons: Label[] = []
  let runStart: number | undefined
  const flush = (end: number): void => {
    if (runStart === undefined) return
    const years = runStart === end ? `${runStart}` : `${runStart}–${end}`
    // a run may span several Labour Codes (e.g. 2019–2027 without schedules): name each regime it touches
    const first = runStart
    const regimes = holidayRegimes.filter((r) => r.fromYear <= end && (r.toYear === undefined || r.toYear >= first))
    reasons.push({
      vi: `${years}: chưa có lịch nghỉ được công bố cho cán bộ, công chức, viên chức; tính theo quy định của ${regimes.map((r) => r.label.vi).join(' và ')}, với ngày nghỉ Tết và ngày liền kề Quốc khánh mặc định, không hoán đổi ngày làm việc`,
      en: `${years}: no announced civil-service schedule; computed from the statutory rules (${regimes.map((r) => r.label.en).join(' and ')}) with the default Tết and Quốc khánh choices and no day swaps`,
    })
    runStart = undefined
  }
  for (let y = lo; y <= hi; y++) {
    const s = schedules.get(y)
    if (s === undefined) {
      if (runStart === undefined) runStart = y
      continue
    }
    flush(y - 1)
    if (s.unconfirmed !== undefined) {
      reasons.push({
        vi: `${y}: lịch nghỉ đã nạp chưa được xác nhận: ${s.unconfirmed}`,
        en: `${y}: the schedule in use is unconfirmed: ${s.unconfirmed}`,
      })
    }
  }
  flush(hi)
  return reasons
}
