import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vietnamCivilService } from '../../src/calendar/index.js'
import { formatVietnamDateTime } from '../../src/core/instant.js'
import {
  classifyDossier, createClassifier, createReportAccumulator, dueDate, type DeadlineCalendar, type DossierEvent, type DossierLike,
} from '../../src/dossiers/index.js'
import { outcome } from '../support/outcome.js'

// A classifier (or report) that has served thousands of dossiers answers from its due-day rows
// and its one-pass 766 rule: the answers must be those of a fresh classifier per dossier.
const pad = (n: number): string => String(n).padStart(2, '0')
function dossiers(): DossierLike[] {
  const out: DossierLike[] = []
  // receipts from 20/12/2024 over Tết Ất Tỵ (28/01–02/02/2025) into an unannounced future year
  const first = Date.UTC(2024, 11, 20)
  for (let i = 0; i < 6000; i++) {
    const day = new Date(first + ((i * 37) % 900) * 86_400_000)
    const at = `${day.toISOString().slice(0, 10)}T${pad(7 + (i % 10))}:${pad((i * 7) % 60)}:00+07:00`
    const amount = i % 70
    const unit = i % 5 === 0 ? 'days' : i % 97 === 0 ? 'months' : 'working-days'
    const later = (h: number): string => new Date(Date.parse(at) + h * 3_600_000).toISOString().replace('.000Z', 'Z')
    const events: DossierEvent[] = []
    if (i % 7 === 0) events.push({ type: 'supplement-requested', at: later(20) }, { type: 'supplement-supplied', at: later(70) })
    if (i % 11 === 0) events.push({ type: 'supplement-requested', at: later(80) })
    if (i % 3 !== 0) events.push({ type: 'processed', at: later(24 * (i % 40)) }, { type: 'returned', at: later(24 * (i % 40) + 30) })
    out.push({ receivedAt: at, timeLimit: { amount: unit === 'months' ? 1 : amount, unit }, events })
  }
  return out
}

describe('engine caches', () => {
  const all = dossiers()
  it('a classifier after 18,000 dossiers answers as a fresh one per dossier', () => {
    for (const asOf of ['2025-03-01', '2027-06-30']) {
      const classify = createClassifier({ asOf })
      for (let k = 0; k < 3; k++) for (const d of all) classify(d) // warm: 18,000 dues fill the due-day rows
      for (const d of all) expect(classify(d)).toEqual(classifyDossier(d, { asOf }))
    }
  })
  it('the counts of a report over 30,000 dossiers are the sums of one-dossier reports', () => {
    for (const supplement of ['restart', 'pause'] as const) {
      // five times over: the due-day rows are filled on the first pass, then read from
      const big = createReportAccumulator({ asOf: '2027-06-30', supplement })
      for (let k = 0; k < 5; k++) for (const d of all) big.add(d)
      const sums: Record<string, number> = {}
      for (const d of all) {
        const one = createReportAccumulator({ asOf: '2027-06-30', supplement })
        one.add(d)
        for (const [k, v] of Object.entries(one.report().counts)) sums[k] = (sums[k] ?? 0) + 5 * v
      }
      expect(big.report().counts).toEqual(sums)
      expect(sums.onTime766).toBeGreaterThan(5000)
      expect(sums.provisional).toBeGreaterThan(500)
      expect(sums.supplementRequested).toBeGreaterThan(5000)
    }
  })
  it('dense receipts (few days, few limits: nearly every due read from the rows) count as one-dossier reports', () => {
    // 4,000 dossiers received over 40 days around Tết Ất Tỵ (28/01–02/02/2025), limits of 0–9 days
    const dense = Array.from({ length: 4000 }, (_, i): DossierLike => {
      const day = new Date(Date.UTC(2025, 0, 10) + ((i * 7) % 40) * 86_400_000).toISOString().slice(0, 10)
      const at = `${day}T${pad(7 + (i % 9))}:15:00+07:00`
      const after = (d: number): string => new Date(Date.parse(at) + d * 86_400_000).toISOString().replace('.000Z', 'Z')
      const events: DossierEvent[] = i % 6 === 0 ? [{ type: 'supplement-requested', at: after(1) }, { type: 'supplement-supplied', at: after(3) }] : []
      events.push({ type: 'processed', at: after(i % 15) })
      // each day has 20 (amount, unit) pairs, each five times: the first fills its row slot, the others read it
      return { receivedAt: at, timeLimit: { amount: Math.floor(i / 40) % 10, unit: Math.floor(i / 400) % 2 === 0 ? 'days' : 'working-days' }, events }
    })
    const big = createReportAccumulator({ asOf: '2025-12-31' })
    const classify = createClassifier({ asOf: '2025-12-31' })
    const sums: Record<string, number> = {}
    for (const d of dense) {
      big.add(d)
      expect(classify(d)).toEqual(classifyDossier(d, { asOf: '2025-12-31' }))
      const one = createReportAccumulator({ asOf: '2025-12-31' })
      one.add(d)
      for (const [k, v] of Object.entries(one.report().counts)) sums[k] = (sums[k] ?? 0) + v
    }
    expect(big.report().counts).toEqual(sums)
    expect(sums.early! * sums.onTime! * sums.late!).toBeGreaterThan(0)
  })
  it('receipts over forty years, most outside the 2,048 days of due-day rows, count as one-dossier reports', () => {
    // the first receipt (2010) places the rows; later ones fall before and far after them
    const spread = Array.from({ length: 3000 }, (_, i): DossierLike => {
      const day = new Date(Date.UTC(2010, 0, 4) + (((i * 4111) % 14_600) - (i === 0 ? 0 : 5000)) * 86_400_000)
      const at = `${day.toISOString().slice(0, 10)}T08:30:00+07:00`
      const done = new Date(Date.parse(at) + (i % 40) * 86_400_000).toISOString().replace('.000Z', 'Z')
      return { receivedAt: at, timeLimit: { amount: i % 70, unit: i % 4 === 0 ? 'days' : 'working-days' }, events: [{ type: 'processed', at: done }] }
    })
    const big = createReportAccumulator({ asOf: '2040-01-01' })
    for (let k = 0; k < 2; k++) for (const d of spread) big.add(d)
    const sums: Record<string, number> = {}
    for (const d of spread) {
      const one = createReportAccumulator({ asOf: '2040-01-01' })
      one.add(d)
      for (const [k, v] of Object.entries(one.report().counts)) sums[k] = (sums[k] ?? 0) + 2 * v
    }
    expect(big.report().counts).toEqual(sums)
    expect(sums.early! + sums.onTime! + sums.late!).toBe(6000)
  })
  it('the 766 rule counts the same under either supplement policy (it always pauses)', () => {
    const counts = (['restart', 'pause'] as const).map((supplement) => {
      const acc = createReportAccumulator({ asOf: '2027-06-30', supplement })
      for (const d of all) acc.add(d)
      return acc.report().counts
    })
    expect(counts[0]!.onTime766).toBe(counts[1]!.onTime766)
    expect(counts[0]!.onTime).not.toBe(counts[1]!.onTime) // the policies do differ on the due dates
  })
})

describe('classifier texts', () => {
  it('finishedAt and due are formatVietnamDateTime of the instants, milliseconds included', () => {
    const classify = createClassifier({ asOf: '2199-12-31' })
    const start = Date.UTC(2023, 0, 1, 0, 0, 0)
    for (let i = 0; i < 3000; i++) {
      const ms = start + i * 86_399_937 + (i % 4 === 0 ? 0 : i % 1000)
      const at = new Date(ms)
      const c = classify({ receivedAt: at, timeLimit: { amount: i % 30, unit: 'hours' }, events: [{ type: 'processed', at }] })
      expect(c.finishedAt).toBe(formatVietnamDateTime(ms))
      expect(c.due).toBe(formatVietnamDateTime(ms + (i % 30) * 3_600_000))
      expect(c.dueDate).toBe(formatVietnamDateTime(ms + (i % 30) * 3_600_000).slice(0, 10))
    }
  })
})

describe('the calendar read by day number', () => {
  // The engine reads a calendar built by this library by day number; any other calendar through
  // its methods. A calendar that only delegates to vietnamCivilService is "any other": both must
  // give the same dues, provisional flags, reasons and errors — 1900 to 2199, announced years,
  // unconfirmed (2014–2018) and unannounced (2027 on) ones, every unit.
  const delegate: DeadlineCalendar = {
    isWorkingDay: (d) => vietnamCivilService.isWorkingDay(d),
    addWorkingDaysDetailed: (d, n) => vietnamCivilService.addWorkingDaysDetailed(d, n),
    workingDaysBetween: (a, b) => vietnamCivilService.workingDaysBetween(a, b),
    officeHours: vietnamCivilService.officeHours,
  }
  it('the same due, provisional flag and reasons as through the methods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1899, 11, 1), max: Date.UTC(2200, 1, 1) }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('working-days', 'days', 'months', 'working-hours'),
        fc.constantFrom(undefined, '15:00'),
        (ms, amount, unit, cutoff) => {
          const d: DossierLike = { receivedAt: new Date(ms), timeLimit: { amount: unit === 'months' ? amount % 25 : amount, unit } as DossierLike['timeLimit'] }
          const ours = outcome(() => dueDate(d, { cutoff }))
          const theirs = outcome(() => dueDate(d, { cutoff, calendar: delegate }))
          expect(ours).toEqual(theirs)
        },
      ),
      { numRuns: 1500 },
    )
  })
  it('a report over 6,000 dossiers counts the same through either', () => {
    const counts = [vietnamCivilService, delegate].map((calendar) => {
      const acc = createReportAccumulator({ asOf: '2027-06-30', calendar })
      for (const d of dossiers()) acc.add(d)
      return acc.report().counts
    })
    expect(counts[0]).toEqual(counts[1])
    expect(counts[0]!.provisional).toBeGreaterThan(100)
  })
})
