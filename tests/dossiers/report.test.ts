import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vietnamCivilService } from 'hanhchinh/calendar'
import {
  classifyDossier, createReportAccumulator, dossierReport, dossierReportAsync, dueDate, indicatorPoints, mergeReports,
  type DossierEvent, type DossierLike, type DossierReportOptions,
} from 'hanhchinh/dossiers'

// Received Monday 02/12/2024, 5 working days → due Monday 09/12/2024.
const RECEIVED = '2024-12-02T09:00:00+07:00'
const dossier = (finish: string | null, extra: Partial<DossierLike> = {}): DossierLike => ({
  receivedAt: RECEIVED,
  timeLimit: { amount: 5, unit: 'working-days' },
  events: finish === null ? [] : [{ type: 'processed', at: finish }],
  ...extra,
})
const EARLY = '2024-12-05T10:00:00+07:00'
const ON_TIME = '2024-12-09T10:00:00+07:00'
const LATE = '2024-12-10T10:00:00+07:00'

/** A month's worth of dossiers with the published proportions 42.657 / 7.608 / 43. */
function* published(): Generator<DossierLike> {
  for (let i = 0; i < 42657; i++) yield dossier(EARLY, { procedure: { code: '1.001612', name: 'Cấp giấy phép xây dựng' } })
  for (let i = 0; i < 7608; i++) yield dossier(ON_TIME, { procedure: { code: '2.000635', name: 'Chứng thực bản sao' } })
  for (let i = 0; i < 43; i++) yield dossier(LATE, { procedure: { code: '2.000635', name: 'Chứng thực bản sao' } })
}

describe('dossierReport — the published figures', () => {
  const options: DossierReportOptions = { asOf: '2024-12-31T23:59:59+07:00', period: { from: '2024-12-01', to: '2024-12-31' }, groupBy: 'procedure' }

  it('50.308 = 42.657 early + 7.608 on time + 43 late gives 84,79% / 15,12% / 0,09%', () => {
    const r = dossierReport(published(), options)
    expect(r.finished).toBe(50308)
    expect(r.counts).toMatchObject({ total: 50308, received: 50308, early: 42657, onTime: 7608, late: 43 })
    expect(r.percentages!.early.toString()).toBe('84.79')
    expect(r.percentages!.onTime.toString()).toBe('15.12')
    expect(r.percentages!.late.toString()).toBe('0.09')
    expect(r.onTimeRate!.toString()).toBe('99.91')
    expect(r.indicator766).toMatchObject({ onTime: 50265, total: 50308 })
    expect(r.indicator766.rate!.toString()).toBe('99.91')
    // TT 01/2018 Art 13/15: (2 × 42 657 + 7 608) / 50 308 = 1.847… → 1.8
    expect(r.timelinessScore!.toString()).toBe('1.8')
    expect(Object.keys(r.groups)).toEqual(['1.001612', '2.000635'])
    expect(r.groups['2.000635']!.counts).toMatchObject({ total: 7651, onTime: 7608, late: 43 })
  })

  it('with largest remainder the three parts add up to 100', () => {
    const r = dossierReport(published(), { ...options, groupBy: undefined, percentages: { method: 'largest-remainder' } })
    const p = r.percentages!
    expect(p.early.plus(p.onTime).plus(p.late).toString()).toBe('100')
  })

  it('1.044 of 1.056 on time gives 98,86%', () => {
    const dossiers = [
      ...Array.from({ length: 1044 }, () => dossier(ON_TIME)),
      ...Array.from({ length: 12 }, () => dossier(LATE)),
    ]
    const r = dossierReport(dossiers, options)
    expect(r.onTimeRate!.toString()).toBe('98.86')
    expect(r.indicator766.rate!.toString()).toBe('98.86')
  })
})

describe('dossierReport — periods, 766 rule, averages', () => {
  const asOf = '2025-01-10T00:00:00+07:00'

  it('counts received-in-period and carried-over dossiers; events after the period are ignored', () => {
    const dec = { from: '2024-12-01', to: '2024-12-31' }
    const carried = { receivedAt: '2024-11-28T09:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' }, events: [{ type: 'processed', at: '2024-12-03T09:00:00+07:00' }] } as DossierLike
    const doneInNovember = { ...carried, events: [{ type: 'processed', at: '2024-11-29T09:00:00+07:00' }] } as DossierLike
    const receivedInJanuary = { ...carried, receivedAt: '2025-01-02T09:00:00+07:00', events: [] } as DossierLike
    const finishedInJanuary = dossier('2025-01-03T09:00:00+07:00')
    const r = dossierReport([carried, doneInNovember, receivedInJanuary, finishedInJanuary], { asOf, period: dec })
    expect(r.counts).toMatchObject({ total: 2, received: 1, carriedOver: 1, early: 1, inProgressOverdue: 1 })
    expect(r.settings.asOf).toBe('2024-12-31T23:59:59.999+07:00')
  })

  it('766: supplement time subtracted; more than one request is overdue; an awaiting dossier ends at the request', () => {
    // due 09/12; supplement 03/12 → 06/12 (3 days); processed 11/12 10:00: late under restart? no — restart counts from 06/12 → due 13/12
    const supplemented = dossier('2024-12-11T10:00:00+07:00', {
      events: [
        { type: 'supplement-requested', at: '2024-12-03T10:00:00+07:00' },
        { type: 'supplement-supplied', at: '2024-12-06T10:00:00+07:00' },
        { type: 'processed', at: '2024-12-11T10:00:00+07:00' },
      ],
    })
    const twice = dossier(null, {
      events: [
        { type: 'supplement-requested', at: '2024-12-03T10:00:00+07:00' },
        { type: 'supplement-supplied', at: '2024-12-04T10:00:00+07:00' },
        { type: 'supplement-requested', at: '2024-12-05T10:00:00+07:00' },
        { type: 'supplement-supplied', at: '2024-12-05T15:00:00+07:00' },
        { type: 'processed', at: '2024-12-06T10:00:00+07:00' },
      ] as DossierEvent[],
    })
    const awaiting = dossier(null, { events: [{ type: 'supplement-requested', at: '2024-12-04T10:00:00+07:00' }] })
    const r = dossierReport([supplemented, twice, awaiting], { asOf })
    expect(classifyDossier(supplemented, { asOf }).status).toBe('early')
    expect(r.counts).toMatchObject({ early: 2, inProgress: 1, awaitingSupplement: 1, supplementRequested: 3 })
    // supplemented: 11/12 10:00 − 3 days = 08/12 ≤ 09/12 → on time; twice: overdue; awaiting: 04/12 ≤ 09/12 → on time
    expect(r.indicator766).toMatchObject({ onTime: 2, total: 3 })
    expect(r.indicator766.rate!.toString()).toBe('66.67')
  })

  it('refused, stopped and withdrawn dossiers count as ended in the 766 rate when ended in time', () => {
    const ended = (type: 'refused' | 'stopped' | 'withdrawn', at: string) => dossier(null, { events: [{ type, at }] })
    const r = dossierReport([ended('refused', '2024-12-03T09:00:00+07:00'), ended('stopped', '2024-12-12T09:00:00+07:00'), ended('withdrawn', '2024-12-04T09:00:00+07:00')], { asOf })
    expect(r.counts).toMatchObject({ refused: 1, stopped: 1, withdrawn: 1, total: 3 })
    expect(r.finished).toBe(0)
    expect(r.percentages).toBeUndefined()
    expect(r.indicator766.onTime).toBe(2)
  })

  it('average processing time in days and working days', () => {
    // 02/12 09:00 → 05/12 10:00 = 3 days 1 hour, 3 working days; → 09/12 10:00 = 7 days 1 hour, 5 working days
    const r = dossierReport([dossier(EARLY), dossier(ON_TIME)], { asOf })
    expect(r.averageProcessing.count).toBe(2)
    expect(r.averageProcessing.days!.toString()).toBe('5.04')
    expect(r.averageProcessing.workingDays!.toString()).toBe('4')
  })

  it('async variant gives the same report', async () => {
    async function* rows() {
      yield dossier(EARLY)
      yield dossier(LATE)
    }
    expect(await dossierReportAsync(rows(), { asOf })).toEqual(dossierReport([dossier(EARLY), dossier(LATE)], { asOf }))
  })

  it('accumulator reports at any time; asOf is required', () => {
    const acc = createReportAccumulator({ asOf })
    acc.add(dossier(EARLY))
    expect(acc.report().counts.early).toBe(1)
    acc.add(dossier(LATE))
    expect(acc.report().counts.late).toBe(1)
    expect(() => dossierReport([], {} as never)).toThrow(TypeError)
    expect(() => dossierReport([], { asOf, groupBy: 'colour' as never })).toThrow(/options\.groupBy/)
    expect(() => dossierReport([], { asOf, period: { from: '2024-12-31', to: '2024-12-01' } })).toThrow(/options\.period/)
  })
})

describe('indicatorPoints', () => {
  it('follows the full-at-threshold pattern and needs the threshold', () => {
    expect(indicatorPoints('99.91', { max: 20, fullAt: 100 })!.toString()).toBe('19.98')
    expect(indicatorPoints(undefined, { max: 20, fullAt: 100 })).toBeUndefined()
    expect(() => indicatorPoints('101', { max: 20, fullAt: 100 })).toThrow(/rate/)
  })
})

describe('dossierReport — properties', () => {
  const asOf = '2025-02-28T23:59:59+07:00'
  const t0 = Date.UTC(2024, 11, 1)
  const arbDossier: fc.Arbitrary<DossierLike> = fc.record({
    received: fc.integer({ min: 0, max: 45 * 86_400 }),
    amount: fc.integer({ min: 0, max: 15 }),
    unit: fc.constantFrom('working-days', 'days', 'working-hours'),
    finish: fc.option(fc.integer({ min: 0, max: 40 * 86_400 }), { nil: undefined }),
    ending: fc.constantFrom('processed', 'returned', 'refused', 'stopped', 'withdrawn'),
    supplement: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 * 86_400 }), fc.option(fc.integer({ min: 0, max: 10 * 86_400 }), { nil: undefined })), { nil: undefined }),
    group: fc.constantFrom('A', 'B', 'C'),
  }).map(({ received, amount, unit, finish, ending, supplement, group }) => {
    const r = t0 + received * 1000
    const events: DossierEvent[] = []
    let t = r
    if (supplement) {
      t += supplement[0] * 1000
      events.push({ type: 'supplement-requested', at: new Date(t) })
      if (supplement[1] !== undefined) {
        t += supplement[1] * 1000
        events.push({ type: 'supplement-supplied', at: new Date(t) })
      }
    }
    if (finish !== undefined) events.push({ type: ending, at: new Date(t + finish * 1000) } as DossierEvent)
    return { agency: group, receivedAt: new Date(r), timeLimit: { amount, unit }, events } as DossierLike
  })
  const opts = fc.record({
    supplement: fc.constantFrom('restart', 'pause') as fc.Arbitrary<'restart' | 'pause'>,
    finishedBy: fc.constantFrom('processed', 'returned') as fc.Arbitrary<'processed' | 'returned'>,
    period: fc.constantFrom(undefined, { from: '2024-12-01', to: '2024-12-31' }, { from: '2025-01-01', to: '2025-01-31' }),
  })

  it('the status counts add up to the total, overall and per group; groups add up to the whole', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 60 }), opts, (ds, o) => {
        const r = dossierReport(ds, { asOf, groupBy: 'agency', ...o })
        for (const s of [r, ...Object.values(r.groups)]) {
          const c = s.counts
          expect(c.early + c.onTime + c.late + c.inProgress + c.inProgressOverdue + c.refused + c.stopped + c.withdrawn).toBe(c.total)
          expect(c.received + c.carriedOver).toBe(c.total)
          if (s.percentages) expect(s.finished).toBeGreaterThan(0)
        }
        expect(Object.values(r.groups).reduce((a, g) => a + g.counts.total, 0)).toBe(r.counts.total)
        if (o.period === undefined) expect(r.counts.total).toBe(ds.length)
      }),
      { numRuns: 150 },
    )
  })

  it('merging partial reports equals one report over both inputs', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 40 }), fc.array(arbDossier, { maxLength: 40 }), opts, (a, b, o) => {
        const options = { asOf, groupBy: 'agency' as const, ...o }
        expect(mergeReports(dossierReport(a, options), dossierReport(b, options))).toEqual(dossierReport([...a, ...b], options))
      }),
      { numRuns: 150 },
    )
  })

  it('processing working days are the calendar\'s count from the start date to the finish date', () => {
    // dossiers from 1990 to 2035 in one report: the engine's running count of working days has to
    // grow and, past its widest window, fall back to the calendar
    const wide = fc.record({
      received: fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 }),
      amount: fc.integer({ min: 0, max: 30 }),
      took: fc.integer({ min: 0, max: 400 * 86_400 }),
    }).map(({ received, amount, took }): DossierLike => ({
      receivedAt: new Date(received * 1000),
      timeLimit: { amount, unit: 'working-days' },
      events: [{ type: 'processed', at: new Date((received + took) * 1000) }],
    }))
    fc.assert(
      fc.property(fc.array(fc.oneof(arbDossier, wide), { maxLength: 40 }), opts, (ds, o) => {
        const { period: _p, ...rest } = o
        const options = { asOf: '2036-01-01T00:00:00+07:00', ...rest }
        let expected = 0
        for (const d of ds) {
          const c = classifyDossier(d, options)
          if (c.status !== 'early' && c.status !== 'on-time' && c.status !== 'late') continue
          const start = dueDate(d, { asOf: options.asOf, supplement: o.supplement }).startDate
          const finish = c.finishedAt!.slice(0, 10)
          if (finish > start) expected += vietnamCivilService.workingDaysBetween(start, finish)
        }
        expect(dossierReport(ds, options).counts.processingWorkingDays).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('the report agrees with classifyDossier dossier by dossier', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 30 }), opts, (ds, o) => {
        const { period: _p, ...rest } = o
        const r = dossierReport(ds, { asOf, ...rest })
        const counts: Record<string, number> = {}
        for (const d of ds) {
          const s = classifyDossier(d, { asOf, ...rest }).status
          counts[s] = (counts[s] ?? 0) + 1
        }
        expect(r.counts.early).toBe(counts.early ?? 0)
        expect(r.counts.onTime).toBe(counts['on-time'] ?? 0)
        expect(r.counts.late).toBe(counts.late ?? 0)
        expect(r.counts.inProgressOverdue).toBe(counts['in-progress-overdue'] ?? 0)
      }),
      { numRuns: 100 },
    )
  })
})

describe('dossierReport — the same answer however the events are listed and written', () => {
  // Events in time order take a one-pass walk; out of order, or with an extension, they are read
  // first and applied in time order. Instants written as '+07:00' or 'Z' texts take an arithmetic
  // reader; a Date or another shape takes the core's. All of these must give the same report.
  const asOf = '2025-01-20T12:00:00+07:00'
  const t0 = Date.UTC(2024, 11, 1, 1, 30)
  const TYPES = [
    'supplement-requested', 'supplement-supplied', 'consultation-requested', 'consultation-answered', 'extended',
    'processed', 'returned', 'refused', 'stopped', 'withdrawn',
  ] as const
  const vn = (ms: number): string => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`
  const zulu = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`
  const arbDossier = fc.record({
    received: fc.integer({ min: 0, max: 40 * 1440 }),
    amount: fc.integer({ min: 0, max: 12 }),
    unit: fc.constantFrom('working-days', 'days', 'months', 'working-hours'),
    // distinct minutes after the receipt, so that the time order is one order
    steps: fc.uniqueArray(fc.integer({ min: 1, max: 30 * 1440 }), { maxLength: 5 }),
    types: fc.array(fc.constantFrom(...TYPES), { minLength: 5, maxLength: 5 }),
    group: fc.constantFrom('A', 'B'),
  }).map(({ received, amount, unit, steps, types, group }) => {
    const r = t0 + received * 60_000
    const times = steps.map((m) => r + m * 60_000).sort((a, b) => a - b)
    const events = times.map((ms, k) => (types[k] === 'extended'
      ? { type: 'extended', at: ms, newDue: vn(ms + 5 * 86_400_000).slice(0, 10) }
      : { type: types[k]!, at: ms }))
    return { received: r, timeLimit: { amount, unit }, events, group }
  })
  type Raw = { received: number; timeLimit: { amount: number; unit: string }; events: { type: string; at: number; newDue?: string }[]; group: string }
  const write = (d: Raw, how: (ms: number) => string | Date, order: (events: Raw['events']) => Raw['events']): DossierLike =>
    ({
      agency: d.group, receivedAt: how(d.received), timeLimit: d.timeLimit,
      events: order(d.events).map((e) => ({ ...e, at: how(e.at) })),
    }) as DossierLike
  const asIs = (e: Raw['events']): Raw['events'] => e
  const reversed = (e: Raw['events']): Raw['events'] => [...e].reverse()

  it('in time order or not; as +07:00 texts, Z texts or Dates', () => {
    fc.assert(
      fc.property(
        fc.array(arbDossier, { maxLength: 25 }),
        fc.constantFrom('restart', 'pause') as fc.Arbitrary<'restart' | 'pause'>,
        fc.constantFrom('processed', 'returned') as fc.Arbitrary<'processed' | 'returned'>,
        (raw, supplement, finishedBy) => {
          const options = { asOf, groupBy: 'agency' as const, supplement, finishedBy, invalid: 'skip' as const }
          const expected = dossierReport(raw.map((d) => write(d, (ms) => new Date(ms), asIs)), options)
          for (const how of [vn, zulu]) {
            for (const order of [asIs, reversed]) {
              expect(dossierReport(raw.map((d) => write(d, how, order)), options)).toEqual(expected)
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the usual dossiers (texts, in order, no extension) count as when written with Dates', () => {
    // Texts in time order with no extension take the report's one-pass path; Dates take the walk.
    // Supplement rounds (one or two, supplied or not), consultations, every ending, open dossiers,
    // receipts into an unannounced year (provisional dues), every day-based and hour-based unit,
    // with and without a cut-off, a period, and receipts on the same days (due days read from cache).
    const usual = fc.record({
      day: fc.integer({ min: 0, max: 12 }).map((k) => (k < 10 ? k : 760 + k)), // Dec 2024, or Jan 2027 (unannounced)
      minute: fc.integer({ min: 0, max: 1439 }),
      amount: fc.integer({ min: 0, max: 8 }),
      unit: fc.constantFrom('working-days', 'working-days', 'days', 'months', 'working-hours', 'hours'),
      rounds: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 * 1440 }), fc.option(fc.integer({ min: 1, max: 6 * 1440 }), { nil: undefined })), { maxLength: 2 }),
      consultation: fc.boolean(),
      end: fc.option(fc.tuple(fc.constantFrom('processed', 'returned', 'refused', 'stopped', 'withdrawn'), fc.integer({ min: 0, max: 20 * 1440 })), { nil: undefined }),
      after: fc.boolean(),
      group: fc.constantFrom('A', 'B'),
    }).map(({ day, minute, amount, unit, rounds, consultation, end, after, group }): Raw => {
      const r = t0 + day * 86_400_000 + minute * 60_000
      const events: Raw['events'] = []
      let t = r
      for (const [asked, supplied] of rounds) {
        events.push({ type: 'supplement-requested', at: (t += asked * 60_000) })
        if (supplied === undefined) break
        events.push({ type: 'supplement-supplied', at: (t += supplied * 60_000) })
      }
      if (consultation) events.push({ type: 'consultation-requested', at: (t += 60_000) })
      if (end !== undefined) {
        events.push({ type: end[0], at: (t += end[1] * 60_000) })
        if (after) events.push({ type: end[0] === 'processed' ? 'returned' : 'processed', at: t + 3_600_000 })
      }
      return { received: r, timeLimit: { amount, unit }, events, group }
    })
    fc.assert(
      fc.property(
        fc.array(usual, { minLength: 1, maxLength: 60 }),
        fc.constantFrom('restart', 'pause') as fc.Arbitrary<'restart' | 'pause'>,
        fc.constantFrom(undefined, '15:00'),
        fc.constantFrom(undefined, { from: '2024-12-05', to: '2024-12-31' }),
        (raw, supplement, cutoff, period) => {
          const options = { asOf: '2027-02-28T23:59:59+07:00', groupBy: 'agency' as const, supplement, cutoff, period, invalid: 'skip' as const }
          const expected = dossierReport(raw.map((d) => write(d, (ms) => new Date(ms), asIs)), options)
          for (const how of [vn, zulu]) expect(dossierReport(raw.map((d) => write(d, how, asIs)), options)).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a bad event is an error wherever it stands, also after the end', () => {
    const base = { receivedAt: '2024-12-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' as const } }
    const processed = { type: 'processed' as const, at: '2024-12-03T09:00:00+07:00' }
    for (const bad of ['2024-12-04T25:00:00+07:00', '2024-02-30T10:00:00+07:00', '2024-12-04T10:00:00+07:0٠']) {
      expect(() => dossierReport([{ ...base, events: [processed, { type: 'returned', at: bad }] }], { asOf })).toThrow(/events\[1\]\.at/)
    }
    expect(() => dossierReport([{ ...base, events: [processed, { type: 'retuned', at: '2024-12-04T10:00:00+07:00' } as unknown as DossierEvent] }], { asOf }))
      .toThrow(/events\[1\]\.type/)
  })
})

describe('dossierReport — invalid dossiers', () => {
  const asOf = '2026-04-30T00:00:00+07:00'
  const twice: DossierLike = {
    receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' },
    events: [
      { type: 'extended', at: '2026-03-13T10:00:00+07:00', newDue: '2026-03-20' },
      { type: 'extended', at: '2026-03-18T10:00:00+07:00', newDue: '2026-03-27' },
    ],
  }
  it('throws by default, or skips and counts them outside the total', () => {
    expect(() => dossierReport([twice], { asOf })).toThrow(RangeError)
    const r = dossierReport([twice, { ...twice, events: [] }, { ...twice, receivedAt: 'hôm qua' }], { asOf, invalid: 'skip', groupBy: 'agency' })
    expect(r.counts).toMatchObject({ total: 1, invalid: 2, inProgressOverdue: 1 })
    expect(r.groups['-']!.counts.invalid).toBe(0)
  })
  it('an unknown event type makes the dossier invalid: thrown by default, counted with invalid: \'skip\'', () => {
    const misspelt = { ...twice, events: [{ type: 'result-returned', at: '2026-03-10T10:00:00+07:00' }] } as unknown as DossierLike
    expect(() => dossierReport([misspelt], { asOf })).toThrow(/dossier\.events\[0\]\.type.*"result-returned"/)
    expect(dossierReport([misspelt, { ...twice, events: [] }], { asOf, invalid: 'skip' }).counts).toMatchObject({ total: 1, invalid: 1 })
  })
})

describe('reports on hostile input (issue 13)', () => {
  const asOf = { asOf: '2024-12-31' }
  const d = { receivedAt: '2024-12-02T09:00:00+07:00', timeLimit: { amount: 5, unit: 'working-days' } } as const

  it('names the argument for what is not an iterable of dossiers', () => {
    for (const bad of [5, {}, null, undefined, Symbol.iterator]) {
      expect(() => dossierReport(bad as never, asOf)).toThrow(/^Invalid type for dossiers: /)
    }
    expect(() => dossierReport([, d] as never, asOf)).toThrow(/^Invalid type for dossier: undefined/)
    expect(() => dossierReport([{ ...d, events: null }] as never, asOf)).toThrow(/^Invalid type for dossier\.events: null/)
    // skipped, counted as invalid, when asked
    expect(dossierReport([{ ...d, events: null }, d] as never, { ...asOf, invalid: 'skip' }).counts).toMatchObject({ total: 1, invalid: 1 })
    // a recorded ending with no end date is an unknown end, counted in total, never in progress
    expect(dossierReport([{ ...d, recordedStatus: 'returned' }, d], { ...asOf, invalid: 'skip' }).counts)
      .toMatchObject({ total: 2, invalid: 0, unknownEnd: 1, inProgressOverdue: 1, onTime766: 0 })
  })

  it('group keys: wrong-typed fields are errors, "__proto__" is a group like any other', () => {
    expect(() => dossierReport([{ ...d, agency: {} }] as never, { ...asOf, groupBy: 'agency' })).toThrow(/^Invalid type for dossier\.agency: \{\}/)
    expect(() => dossierReport([{ ...d, procedure: 5 }] as never, { ...asOf, groupBy: 'procedure' })).toThrow(/^Invalid type for dossier\.procedure: 5/)
    const r = dossierReport([{ ...d, agency: '__proto__' }, { ...d, agency: 'UBND phường Hải Châu' }], { ...asOf, groupBy: 'agency' })
    expect(Object.keys(r.groups)).toEqual(['UBND phường Hải Châu', '__proto__'])
    expect(Object.getPrototypeOf(r.groups)).toBe(Object.prototype)
    expect(r.groups['__proto__']!.counts.total).toBe(1)
    const merged = mergeReports(r, dossierReport([], { ...asOf, groupBy: 'agency' }))
    expect(merged.groups['__proto__']!.counts.total).toBe(1)
  })

  it('mergeReports and indicatorPoints check their arguments', () => {
    const r = dossierReport([d], asOf)
    expect(() => mergeReports({ settings: {}, counts: {} } as never, r)).toThrow(/^Invalid type for reports\[0\]\.counts\.total: undefined/)
    expect(() => mergeReports(r, { ...r, groups: null } as never)).toThrow(/^Invalid type for reports\[1\]\.groups: null/)
    expect(() => mergeReports(r, { ...r, counts: { ...r.counts, late: NaN } })).toThrow(RangeError)
    expect(() => indicatorPoints({} as never, { max: 20, fullAt: 100 })).toThrow(/^Invalid type for rate: \{\}/)
    expect(() => indicatorPoints('abc', { max: 20, fullAt: 100 })).toThrow(/^Invalid rate: "abc"/)
    expect(() => indicatorPoints('1e9000000000000000', { max: 20, fullAt: 100 })).toThrow(RangeError)
    expect(indicatorPoints(r.indicator766.rate, { max: 20, fullAt: 100 })?.toString()).toBe('0')
  })
})
