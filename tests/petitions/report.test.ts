import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { letterReport, createLetterReportAccumulator, mergeLetterReports, reportPeriod, type LetterLike, type LetterReport } from 'hanhchinh/petitions'

const march = reportPeriod({ kind: 'monthly', year: 2026, month: 3 }) // 15/02–14/03/2026

describe('letterReport', () => {
  const letters: LetterLike[] = [
    // carried over: received before the window, accepted in it, still open (settle by 28/03 + …)
    { kind: 'complaint', received: '2026-02-10', channel: 'in-person', events: [{ type: 'classified', at: '2026-02-11' }, { type: 'accepted', at: '2026-02-20' }] },
    // settled on time inside the window
    { kind: 'petition', received: '2026-02-16', channel: 'post', events: [{ type: 'classified', at: '2026-02-24' }, { type: 'settled', at: '2026-02-27' }] },
    // answered late
    { kind: 'reflection', received: '2026-02-16', events: [{ type: 'forwarded', at: '2026-03-10' }] },
    // unaccepted denunciation, overdue at the end of the window (initial processing by 12/03)
    { kind: 'denunciation', received: '2026-03-03' },
    // withdrawn in the window
    { kind: 'complaint', received: '2026-03-02', events: [{ type: 'withdrawn', at: '2026-03-04' }] },
    // finished before the window: not counted
    { kind: 'petition', received: '2026-01-05', events: [{ type: 'settled', at: '2026-01-09' }] },
    // received after the window: not counted
    { kind: 'petition', received: '2026-03-20' },
  ]
  it('counts by kind in the Decree 09/2019 window; the parts add up', () => {
    const r = letterReport(letters, { period: march })
    expect(r.counts).toEqual({
      total: 5, received: 4, carriedOver: 1, onTime: 1, late: 1, open: 1, overdue: 1, withdrawn: 1,
      classified: 1, accepted: 1, forwarded: 1, extended: 0, settled: 1,
    })
    expect(r.byKind.complaint.counts).toMatchObject({ total: 2, carriedOver: 1, open: 1, withdrawn: 1, accepted: 1 })
    expect(r.byKind.denunciation.counts).toMatchObject({ total: 1, overdue: 1 })
    expect(r.onTimeRate?.toString()).toBe('50')
    expect(r.settings.period).toEqual({ from: '2026-02-15', to: '2026-03-14' })
    expect(r.basis[0]).toMatchObject({ instrument: '09/2019/NĐ-CP' })
  })
  it('an earlier asOf is kept; the accumulator gives the same report', () => {
    const early = letterReport(letters, { period: march, asOf: '2026-03-01' })
    expect(early.counts.late).toBe(0)
    const acc = createLetterReportAccumulator({ period: march })
    for (const l of letters) acc.add(l)
    expect(acc.report()).toEqual(letterReport(letters, { period: march }))
  })
  it('refuses bad options and mismatched merges', () => {
    expect(() => letterReport([], { period: { from: '2026-03-14', to: '2026-02-15' } })).toThrow(/period/)
    expect(() => letterReport([], { period: march, groupBy: 'agency' } as never)).toThrow(/Unknown option "groupBy"/)
    expect(() => mergeLetterReports(letterReport([], { period: march }), letterReport([], { period: march, asOf: '2026-03-10' }))).toThrow(/settings/)
  })

  const kinds = ['complaint', 'denunciation', 'petition', 'reflection'] as const
  const day = (n: number) => new Date(Date.UTC(2026, 0, 20) + n * 86_400_000).toISOString().slice(0, 10)
  const letterArb = fc.record({
    kind: fc.constantFrom(...kinds), r: fc.integer({ min: 0, max: 60 }),
    acc: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    end: fc.option(fc.record({ type: fc.constantFrom('settled', 'forwarded', 'withdrawn'), lag: fc.integer({ min: 0, max: 40 }) }), { nil: undefined }),
    ext: fc.integer({ min: 0, max: 2 }),
  }).map(({ kind, r, acc, end, ext }): LetterLike => {
    const events: NonNullable<LetterLike['events']>[number][] = [{ type: 'classified', at: day(r + 1) }]
    if (acc !== undefined) events.push({ type: 'accepted', at: day(r + acc) })
    if (acc !== undefined && kind === 'denunciation') for (let i = 0; i < ext; i++) events.push({ type: 'extended', at: day(r + acc + 1 + i) })
    if (end !== undefined) events.push({ type: end.type, at: day(r + (acc ?? 0) + 3 + end.lag) })
    return { kind, received: day(r), events }
  })

  it('property: merging partial reports equals one report, and the parts add up', () => {
    fc.assert(fc.property(fc.array(letterArb, { maxLength: 25 }), fc.integer({ min: 0, max: 25 }), (ls, cut) => {
      const options = { period: march }
      const whole = letterReport(ls, options)
      const merged = mergeLetterReports(letterReport(ls.slice(0, cut), options), letterReport(ls.slice(cut), options))
      expect(merged).toEqual(whole)
      const check = (s: LetterReport['byKind']['complaint']) => {
        const c = s.counts
        expect(c.onTime + c.late + c.open + c.overdue + c.withdrawn).toBe(c.total)
        expect(c.received + c.carriedOver).toBe(c.total)
      }
      check(whole)
      for (const k of kinds) check(whole.byKind[k])
      for (const key of Object.keys(whole.counts) as (keyof LetterReport['counts'])[]) {
        expect(kinds.reduce((sum, k) => sum + whole.byKind[k].counts[key], 0)).toBe(whole.counts[key])
      }
    }), { numRuns: 80 })
  })
})
