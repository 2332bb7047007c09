import { describe, expect, it } from 'vitest'
import { DossierSchema, DossierEventSchema, TimeLimitSchema, type Dossier } from 'hanhchinh/dossiers'
import { expectTypeOf } from 'vitest'

describe('DossierSchema', () => {
  const valid = {
    code: 'H15.50.05.13-260312-0007',
    procedure: { code: '1.001612', name: 'Cấp giấy phép xây dựng' },
    level: 'province',
    channel: 'online',
    receivedAt: '2026-03-12T09:15:00+07:00',
    timeLimit: { amount: 15, unit: 'working-days' },
    events: [
      { type: 'supplement-requested', at: '2026-03-13T10:00:00+07:00' },
      { type: 'supplement-supplied', at: '2026-03-16T08:00:00+07:00' },
      { type: 'extended', at: '2026-04-01T08:00:00+07:00', newDue: '2026-04-10' },
      { type: 'processed', at: '2026-04-08T10:00:00+07:00' },
    ],
  }

  it('parses a full dossier and defaults events to []', () => {
    const d = DossierSchema.parse(valid)
    expect(d.events).toHaveLength(4)
    const { events: _omit, ...noEvents } = valid
    expect(DossierSchema.parse(noEvents).events).toEqual([])
    expectTypeOf(d).toEqualTypeOf<Dossier>()
  })

  it('refuses date-times without offset, unknown units and fractional day limits', () => {
    expect(DossierSchema.safeParse({ ...valid, receivedAt: '2026-03-12 09:15' }).success).toBe(false)
    expect(TimeLimitSchema.safeParse({ amount: 1, unit: 'weeks' }).success).toBe(false)
    expect(TimeLimitSchema.safeParse({ amount: 2.5, unit: 'working-days' }).success).toBe(false)
    expect(TimeLimitSchema.safeParse({ amount: 1.5, unit: 'working-hours' }).success).toBe(true)
    expect(TimeLimitSchema.safeParse({ amount: -1, unit: 'days' }).success).toBe(false)
  })

  it('requires the new appointment of an extension', () => {
    expect(DossierEventSchema.safeParse({ type: 'extended', at: '2026-04-01T08:00:00+07:00' }).success).toBe(false)
    expect(DossierEventSchema.safeParse({ type: 'unknown', at: '2026-04-01T08:00:00+07:00' }).success).toBe(false)
  })
})
