import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyDossier, createClassifier, DOSSIER_STATUSES, DOSSIER_STATUS_LABELS, type DossierEvent, type DossierLike } from 'hanhchinh/dossiers'
import { formatVietnamDateTime, toVietnamTime } from 'hanhchinh/core'

// Received Thursday 25/04/2024, 3 working days: 26/04, then (27/04–01/05 off) 02/05, 03/05 → due Friday 03/05/2024
const base: DossierLike = {
  code: 'H15.50.05.13-240425-0012',
  procedure: { code: '1.001612', name: 'Cấp giấy phép xây dựng' },
  receivedAt: '2024-04-25T09:00:00+07:00',
  timeLimit: { amount: 3, unit: 'working-days' },
}
const asOf = '2024-05-31T00:00:00+07:00'
const withEvents = (...events: DossierEvent[]): DossierLike => ({ ...base, events })

describe('classifyDossier', () => {
  it('refuses an unknown event type, naming the field and the value, wherever it stands in the timeline', () => {
    // 'result-returned' is not an event type ('returned' is): it must not be skipped as if absent
    const bad = { type: 'result-returned', at: '2024-05-02T16:00:00+07:00' } as unknown as DossierEvent
    expect(() => classifyDossier(withEvents(bad), { asOf })).toThrow(RangeError)
    expect(() => classifyDossier(withEvents(bad), { asOf })).toThrow(/dossier\.events\[0\]\.type.*"result-returned".*'returned'/)
    // after the finishing event and after asOf too
    const late = { ...bad, at: '2024-06-30T10:00:00+07:00' } as DossierEvent
    expect(() => classifyDossier(withEvents({ type: 'processed', at: '2024-05-02T16:00:00+07:00' }, late), { asOf }))
      .toThrow(/dossier\.events\[1\]\.type/)
    expect(() => classifyDossier(withEvents({ type: undefined } as unknown as DossierEvent), { asOf })).toThrow(/dossier\.events\[0\]\.type: undefined/)
    expect(() => classifyDossier(withEvents(null as unknown as DossierEvent), { asOf })).toThrow(TypeError)
    expect(() => classifyDossier(withEvents(null as unknown as DossierEvent), { asOf })).toThrow(/dossier\.events\[0\]/)
  })

  it('early / on time / late against the due date 03/05/2024 (TT 01/2018 Art 13)', () => {
    expect(classifyDossier(withEvents({ type: 'processed', at: '2024-05-02T16:00:00+07:00' }), { asOf }).status).toBe('early')
    expect(classifyDossier(withEvents({ type: 'processed', at: '2024-05-03T16:00:00+07:00' }), { asOf }).status).toBe('on-time')
    expect(classifyDossier(withEvents({ type: 'processed', at: '2024-05-04T08:00:00+07:00' }), { asOf }).status).toBe('late')
    const c = classifyDossier(withEvents({ type: 'processed', at: '2024-05-03T16:00:00+07:00' }), { asOf })
    expect(c).toMatchObject({ dueDate: '2024-05-03', finishedAt: '2024-05-03T16:00:00+07:00', label: { vi: 'Đúng hạn' } })
  })

  it('in progress, then overdue, at asOf; events after asOf are ignored', () => {
    const d = withEvents({ type: 'processed', at: '2024-05-06T10:00:00+07:00' })
    expect(classifyDossier(d, { asOf: '2024-05-03T12:00:00+07:00' }).status).toBe('in-progress')
    expect(classifyDossier(d, { asOf: '2024-05-04T00:00:00+07:00' }).status).toBe('in-progress-overdue')
    expect(classifyDossier(d, { asOf }).status).toBe('late')
  })

  it('processed vs returned as the finishing event (default: processing done, the 766 priority)', () => {
    const d = withEvents(
      { type: 'processed', at: '2024-05-03T10:00:00+07:00' },
      { type: 'returned', at: '2024-05-06T09:00:00+07:00' },
    )
    expect(classifyDossier(d, { asOf }).status).toBe('on-time')
    expect(classifyDossier(d, { asOf, finishedBy: 'returned' }).status).toBe('late')
    expect(classifyDossier(d, { asOf: '2024-05-03T12:00:00+07:00', finishedBy: 'returned' }).status).toBe('in-progress')
    // a result returned without a recorded processing-done event still finishes it
    expect(classifyDossier(withEvents({ type: 'returned', at: '2024-05-02T09:00:00+07:00' }), { asOf }).status).toBe('early')
  })

  it('refused, stopped, withdrawn', () => {
    expect(classifyDossier(withEvents({ type: 'refused', at: '2024-04-26T10:00:00+07:00' }), { asOf }).status).toBe('refused')
    expect(classifyDossier(withEvents({ type: 'stopped', at: '2024-04-26T10:00:00+07:00' }), { asOf }).status).toBe('stopped')
    expect(classifyDossier(withEvents({ type: 'withdrawn', at: '2024-04-26T10:00:00+07:00' }), { asOf }).status).toBe('withdrawn')
  })

  it('a dossier awaiting a supplement is not overdue while the applicant has it', () => {
    const d = withEvents({ type: 'supplement-requested', at: '2024-04-26T10:00:00+07:00' })
    const c = classifyDossier(d, { asOf })
    expect(c.status).toBe('in-progress')
    expect(c.awaitingSupplement).toBe(true)
  })

  it('an extension moves the due date the classification uses', () => {
    const d = withEvents(
      { type: 'extended', at: '2024-05-02T09:00:00+07:00', newDue: '2024-05-10' },
      { type: 'processed', at: '2024-05-08T09:00:00+07:00' },
    )
    expect(classifyDossier(d, { asOf })).toMatchObject({ status: 'early', dueDate: '2024-05-10' })
  })

  it('requires asOf', () => {
    expect(() => classifyDossier(base, {} as never)).toThrow(TypeError)
    expect(() => classifyDossier(base, { asOf: '31/05/2024' })).toThrow(/options\.asOf/)
    expect(() => classifyDossier(base, { asOf: '2024-05-31T12:00:00' })).toThrow(/options\.asOf/)
  })

  it('every status has a label', () => {
    for (const s of DOSSIER_STATUSES) expect(DOSSIER_STATUS_LABELS[s].vi.length).toBeGreaterThan(0)
  })

  it('property: never depends on how the instants are written (offset, Z, Date) — hence not on the host zone', () => {
    const ms = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }).map((x) => Math.floor(x / 1000) * 1000)
    const write = (t: number, form: number): string | Date => {
      if (form === 0) return new Date(t)
      if (form === 1) return new Date(t).toISOString().replace('.000Z', 'Z')
      const offset = form === 2 ? 7 : -10
      const local = new Date(t + offset * 3_600_000).toISOString().slice(0, 19)
      return `${local}${offset > 0 ? '+' : '-'}${String(Math.abs(offset)).padStart(2, '0')}:00`
    }
    fc.assert(
      fc.property(ms, fc.nat({ max: 40 * 86_400_000 }), fc.nat({ max: 60 * 86_400_000 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 20 }),
        (received, tookMs, asOfAfterMs, f1, f2, n) => {
          const took = Math.floor(tookMs / 1000) * 1000
          const asOfAfter = Math.floor(asOfAfterMs / 1000) * 1000
          const make = (f: number): DossierLike => ({
            receivedAt: write(received, f), timeLimit: { amount: n, unit: 'working-days' },
            events: [{ type: 'processed', at: write(received + took, (f + 1) % 4) }],
          })
          const a = classifyDossier(make(f1), { asOf: write(received + asOfAfter, f2), cutoff: '15:00' })
          const b = classifyDossier(make(f2), { asOf: write(received + asOfAfter, f1), cutoff: '15:00' })
          expect(b).toEqual(a)
        }),
      { numRuns: 300 },
    )
  })
})

describe('createClassifier', () => {
  it('gives the same answers as classifyDossier', () => {
    const options = { asOf: '2024-05-31T00:00:00+07:00', cutoff: '15:00', finishedBy: 'returned' as const }
    const classify = createClassifier(options)
    const dossiers = [
      withEvents({ type: 'processed', at: '2024-05-02T16:00:00+07:00' }, { type: 'returned', at: '2024-05-03T09:00:00+07:00' }),
      withEvents({ type: 'processed', at: '2024-05-03T16:00:00+07:00' }, { type: 'returned', at: '2024-05-06T09:00:00+07:00' }),
      withEvents({ type: 'supplement-requested', at: '2024-04-26T10:00:00+07:00' }),
      base,
    ]
    expect(dossiers.map((d) => classify(d).status)).toEqual(['on-time', 'late', 'in-progress', 'in-progress-overdue'])
    for (const d of dossiers) expect(classify(d)).toEqual(classifyDossier(d, options))
    expect(() => createClassifier({} as never)).toThrow(TypeError)
  })
})

describe('classifyDossier on hostile input (issue 13)', () => {
  const dossier = { receivedAt: '2024-04-25T09:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } } as const
  const asOf = { asOf: '2024-05-31' }
  const engineMessage = /Cannot read|of null|of undefined|is not iterable|Maximum call stack/

  it('names the argument path for null, sparse and wrong-typed events', () => {
    const cases: [unknown, RegExp][] = [
      [null, /^Invalid type for dossier\.events: null/],
      [[, { type: 'processed', at: '2024-05-02T10:00:00+07:00' }], /^Invalid type for dossier\.events\[0\]: undefined/],
      [[{ type: 'processed', at: {} }], /^Invalid type for dossier\.events\[0\]\.at: \{\}/],
      [[{ type: 'processed', at: NaN }], /^Invalid type for dossier\.events\[0\]\.at: NaN/],
      [[{ type: 'extended', at: '2024-04-26T10:00:00+07:00', newDue: {} }], /^Invalid type for dossier\.events\[0\]\.newDue/],
    ]
    for (const [events, message] of cases) {
      const call = () => classifyDossier({ ...dossier, events } as never, asOf)
      expect(call).toThrow(TypeError)
      expect(call).toThrow(message)
    }
    expect(() => classifyDossier({ ...dossier, events: [{ type: {}, at: '2024-05-02T10:00:00+07:00' }] } as never, asOf)).toThrow(RangeError)
  })

  it('refuses absurd time limits at once, naming dossier.timeLimit.amount', () => {
    for (const [amount, unit] of [[1e9, 'working-days'], [80_001, 'working-days'], [1e9, 'days'], [1e9, 'months'], [1e7, 'working-hours'], [2 ** 53, 'hours']] as const) {
      const t0 = performance.now()
      expect(() => classifyDossier({ ...dossier, timeLimit: { amount, unit } }, asOf)).toThrow(/^Invalid dossier\.timeLimit\.amount: .*MAX_TIME_LIMIT_AMOUNT/)
      expect(performance.now() - t0).toBeLessThan(100)
    }
  })

  it('instants outside 0001–9999 are RangeErrors naming the field', () => {
    expect(() => classifyDossier({ ...dossier, receivedAt: new Date(8.64e15) }, asOf)).toThrow(RangeError)
    expect(() => classifyDossier({ ...dossier, receivedAt: new Date(8.64e15) }, asOf)).toThrow(/^Invalid dossier\.receivedAt: /)
    expect(() => classifyDossier({ ...dossier, events: [{ type: 'processed', at: new Date(-8.64e15) }] }, asOf)).toThrow(/^Invalid dossier\.events\[0\]\.at: /)
  })

  it('a 20,000-deep dossier or events value is a documented error, not a stack overflow', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 20_000; i++) deep = i % 2 ? { next: deep } : [deep]
    for (const d of [deep, { ...dossier, events: deep }, { ...dossier, timeLimit: deep }]) {
      try {
        classifyDossier(d as never, asOf)
        expect.unreachable()
      } catch (e) {
        expect(e instanceof TypeError || e instanceof RangeError).toBe(true)
        expect((e as Error).message).not.toMatch(engineMessage)
      }
    }
  })

  it('a recorded ending without an end date is an unknown end, never "in progress"', () => {
    // an export row: status "Đã trả kết quả" with the return date missing
    const unknown = classifyDossier({ ...dossier, recordedStatus: 'returned' }, asOf)
    expect(unknown).toMatchObject({ status: 'unknown-end', label: { vi: 'Đã kết thúc, không rõ ngày kết thúc' }, awaitingSupplement: false })
    expect(unknown.finishedAt).toBeUndefined()
    expect(classifyDossier({ ...dossier, recordedStatus: 'refused', events: [] }, asOf).status).toBe('unknown-end')
    expect(classifyDossier({ ...dossier, recordedStatus: 'not-received', events: [] }, asOf).status).toBe('unknown-end')
    // a recorded class "Đúng hạn" says the dossier finished: an unknown end too; "Quá hạn" may be in progress
    expect(classifyDossier({ ...dossier, recordedClass: 'on-time' }, asOf).status).toBe('unknown-end')
    expect(classifyDossier({ ...dossier, recordedClass: 'late' }, asOf).status).toBe('in-progress-overdue')
    expect(classifyDossier({ ...dossier, recordedStatus: 'submitted' }, asOf).status).toBe('in-progress-overdue')
    // the ending is there, after asOf: in progress at asOf is right
    const later = { ...dossier, recordedStatus: 'returned', events: [{ type: 'returned', at: '2024-05-02T10:00:00+07:00' }] } as const
    expect(classifyDossier(later, { asOf: '2024-04-30' }).status).toBe('in-progress')
    expect(classifyDossier(later, asOf).status).toBe('early')
    expect(classifyDossier({ ...dossier, recordedStatus: 'awaiting-supplement' }, asOf).status).toBe('in-progress-overdue')
    expect(() => classifyDossier({ ...dossier, recordedStatus: 'done' } as never, asOf)).toThrow(RangeError)
  })
})

describe('createClassifier — the texts of its results', () => {
  it('due, dueDate and finishedAt are those of formatVietnamDateTime / toVietnamTime, on any instant 0001–9999 (ms included)', () => {
    const classify = createClassifier({ asOf: '9999-12-31' })
    const first = Date.UTC(1, 0, 1) - 7 * 3_600_000
    const last = Date.UTC(9999, 11, 31, 17) - 1 - 48 * 3_600_000 // the due stays within 9999
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 48 }), (ms, hours) => {
        const at = new Date(ms)
        const r = classify({ receivedAt: at, timeLimit: { amount: hours, unit: 'hours' }, events: [{ type: 'processed', at }] })
        expect(r.finishedAt).toBe(formatVietnamDateTime(ms))
        const due = ms + hours * 3_600_000
        expect(r.due).toBe(formatVietnamDateTime(due))
        expect(r.dueDate).toBe(toVietnamTime(new Date(due)).date)
      }),
      { numRuns: 5_000, seed: 20261204 },
    )
    // the texts of real instants: a partial second keeps its milliseconds
    expect(classify({ receivedAt: '2024-05-03T10:00:00.05+07:00', timeLimit: { amount: 0, unit: 'hours' } }).due).toBe('2024-05-03T10:00:00.050+07:00')
  })
})
