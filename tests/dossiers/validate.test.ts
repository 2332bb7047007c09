import { describe, expect, it } from 'vitest'
import { validateTimeline, type DossierLike } from 'hanhchinh/dossiers'

const base: DossierLike = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' } }

describe('validateTimeline', () => {
  it('reports an unknown event type as data and checks the rest of the timeline without it', () => {
    const issues = validateTimeline({
      ...base,
      events: [
        { type: 'result-returned', at: '2026-03-10T10:00:00+07:00' } as never,
        { type: 'supplement-supplied', at: '2026-03-09T14:00:00+07:00' },
      ],
    })
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([['unknown-event-type', 0], ['supply-without-request', 1]])
    expect(issues[0]!.message.en).toContain('"result-returned"')
    expect(issues[0]!.message.vi).toContain('"result-returned"')
  })

  it('accepts a clean timeline', () => {
    expect(validateTimeline({
      ...base,
      events: [
        { type: 'supplement-requested', at: '2026-03-04T10:00:00+07:00' },
        { type: 'supplement-supplied', at: '2026-03-09T14:00:00+07:00' },
        { type: 'extended', at: '2026-03-19T10:00:00+07:00', newDue: '2026-03-27' },
        { type: 'processed', at: '2026-03-26T10:00:00+07:00' },
        { type: 'returned', at: '2026-03-27T08:00:00+07:00' },
      ],
    })).toEqual([])
  })

  it('finds a second extension, a late one, an earlier new date', () => {
    expect(validateTimeline({
      ...base,
      events: [
        { type: 'extended', at: '2026-03-13T10:00:00+07:00', newDue: '2026-03-20' },
        { type: 'extended', at: '2026-03-18T10:00:00+07:00', newDue: '2026-03-27' },
      ],
    }).map((i) => [i.code, i.path[1]])).toEqual([['extension-limit', 1]])
    // due 16/03: notified on the due date itself
    expect(validateTimeline({ ...base, events: [{ type: 'extended', at: '2026-03-16T10:00:00+07:00', newDue: '2026-03-20' }] }).map((i) => i.code))
      .toEqual(['extension-late'])
    expect(validateTimeline({ ...base, events: [{ type: 'extended', at: '2026-03-10T10:00:00+07:00', newDue: '2026-03-12' }] }).map((i) => i.code))
      .toEqual(['extension-earlier'])
  })

  it('finds events before receipt, supplies without request and events after the end', () => {
    const issues = validateTimeline({
      ...base,
      events: [
        { type: 'supplement-supplied', at: '2026-03-01T10:00:00+07:00' },
        { type: 'refused', at: '2026-03-05T10:00:00+07:00' },
        { type: 'processed', at: '2026-03-06T10:00:00+07:00' },
      ],
    })
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['event-before-receipt', 0], ['supply-without-request', 0], ['event-after-end', 2],
    ])
    expect(issues[0]!.message.vi).toContain('trước thời điểm tiếp nhận')
  })
})

describe('validateTimeline on hostile input (issue 13)', () => {
  const dossier = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' } } as const

  it('throws documented errors naming the path for what is not a dossier', () => {
    expect(() => validateTimeline(undefined as never)).toThrow(/^Invalid type for dossier: undefined/)
    expect(() => validateTimeline({ ...dossier, events: null } as never)).toThrow(/^Invalid type for dossier\.events: null/)
    // a hole is not an event: forEach used to skip it in silence
    expect(() => validateTimeline({ ...dossier, events: [, { type: 'processed', at: '2026-03-05T10:00:00+07:00' }] } as never))
      .toThrow(/^Invalid type for dossier\.events\[0\]: undefined/)
  })

  it('reports a recorded ending without an end date', () => {
    expect(validateTimeline({ ...dossier, recordedStatus: 'returned' })).toMatchObject([
      { code: 'status-without-end', path: ['recordedStatus'], severity: 'error' },
    ])
    expect(validateTimeline({ ...dossier, recordedStatus: 'returned', events: [{ type: 'returned', at: '2026-03-10T10:00:00+07:00' }] })).toEqual([])
    expect(validateTimeline({ ...dossier, recordedStatus: 'in-progress' })).toEqual([])
    expect(validateTimeline({ ...dossier, recordedStatus: 'closed' } as never).map((i) => i.code)).toEqual(['unknown-recorded-status'])
  })

  it('checks thousands of extensions in linear time', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({ type: 'extended' as const, at: '2026-03-05T10:00:00+07:00', newDue: i % 2 ? '2026-03-25' : '2026-03-27' }))
    const t0 = performance.now()
    const issues = validateTimeline({ ...dossier, events })
    expect(performance.now() - t0).toBeLessThan(2_000)
    expect(issues.filter((i) => i.code === 'extension-limit')).toHaveLength(4_999)
  })
})
