import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { complaintDeadlines, type ComplaintInput } from 'hanhchinh/petitions'

const base = { receivedAt: '2026-03-02', acceptedAt: '2026-03-09' } as const

describe('complaintDeadlines (Law on Complaints 02/2011/QH13)', () => {
  it('grows from simple to complex to complex in a remote area, citing Art 28', () => {
    const simple = complaintDeadlines({ round: 1, ...base })
    const complex = complaintDeadlines({ round: 1, ...base, complex: true })
    const remote = complaintDeadlines({ round: 1, ...base, remoteArea: true })
    const both = complaintDeadlines({ round: 1, ...base, complex: true, remoteArea: true })
    expect([simple.settleBy, complex.settleBy, remote.settleBy, both.settleBy]).toEqual(['2026-04-08', '2026-04-23', '2026-04-23', '2026-05-08'])
    expect([simple, complex, both].map((d) => d.steps.settle.amount)).toEqual([30, 45, 60])
    expect(simple.steps.settle.basis[0]).toMatchObject({ instrument: '02/2011/QH13', article: '28' })
    expect(simple.steps.settle.unit).toBe('days')
    expect(simple.steps.settle.unconfirmed).toMatch(/calendar days/)
  })
  it('round 2 is longer than round 1, citing Art 37 and Art 36', () => {
    const r2 = [false, true].flatMap((remoteArea) => [false, true].map((complex) => complaintDeadlines({ round: 2, ...base, complex, remoteArea })))
    expect(r2.map((d) => d.steps.settle.amount)).toEqual([45, 60, 60, 70])
    // 09/03 + 45 = 23/04; + 60 = 08/05; + 70 = 18/05/2026 (Monday)
    expect(r2.map((d) => d.settleBy)).toEqual(['2026-04-23', '2026-05-08', '2026-05-08', '2026-05-18'])
    expect(r2[0]!.steps.settle.basis[0]).toMatchObject({ instrument: '02/2011/QH13', article: '37' })
    expect(r2[0]!.steps.accept.basis[0]).toMatchObject({ instrument: '02/2011/QH13', article: '36', clause: '1' })
    expect(r2[0]!.complainAgainBy).toBeUndefined()
  })
  it('acceptance: 10 working days until 30/06/2026, 7 from 01/07/2026 (NĐ 155/2026)', () => {
    const before = complaintDeadlines({ round: 1, receivedAt: '2026-06-30' })
    expect(before.steps.accept).toMatchObject({ amount: 10, unit: 'working-days', date: '2026-07-14' })
    expect(before.regime).toBe('law-2011-2018')
    expect(before.steps.accept.basis.map((b) => b.instrument)).toEqual(['02/2011/QH13', '124/2020/NĐ-CP', '91/2015/QH13'])
    const after = complaintDeadlines({ round: 1, receivedAt: '2026-07-01' })
    expect(after.steps.accept).toMatchObject({ amount: 7, unit: 'working-days', date: '2026-07-10' })
    expect(after.regime).toBe('law-2025')
    expect(after.steps.accept.basis[0]).toMatchObject({ instrument: '155/2026/NĐ-CP', article: '10' })
    expect(after.steps.settle.unconfirmed).toMatch(/136\/2025\/QH15/)
    // receipt at 20:00 on 30/06 in UTC is 01/07 in Vietnam
    expect(complaintDeadlines({ round: 1, receivedAt: '2026-06-30T20:00:00Z' }).regime).toBe('law-2025')
  })
  it('acceptance over Tết 2026 counts working days only', () => {
    // received Tuesday 10/02/2026; civil-service Tết 14–22/02
    expect(complaintDeadlines({ round: 1, receivedAt: '2026-02-10' }).acceptBy).toBe('2026-03-03')
  })
  it('without an acceptance date, settlement runs from the last day to accept', () => {
    const d = complaintDeadlines({ round: 1, receivedAt: '2026-03-02' })
    expect(d.settleCountedFrom).toBe('latest-acceptance')
    expect(d.steps.settle.from).toBe('2026-03-16')
    expect(d.settleBy).toBe('2026-04-15')
  })
  it('the windows to complain again (Art 33(1)) and to sue (Art 33(2))', () => {
    const noDecision = complaintDeadlines({ round: 1, ...base })
    // 08/04 + 30 = 08/05/2026
    expect(noDecision.complainAgainBy).toBe('2026-05-08')
    expect(noDecision.steps.complainAgain?.basis[0]).toMatchObject({ article: '33', clause: '1' })
    const decided = complaintDeadlines({ round: 1, ...base, remoteArea: true, decisionReceivedAt: '2026-04-01' })
    // 01/04 + 45 = 16/05/2026, a Saturday → Monday 18/05 (BLDS Art 148(5))
    expect(decided.complainAgainBy).toBe('2026-05-18')
    expect(decided.steps.complainAgain?.basis.map((b) => `${b.instrument} ${b.article}`)).toContain('91/2015/QH13 148')
    expect(decided.steps.sue).toMatchObject({ from: '2026-04-01', to: '2027-04-01' })
    expect(decided.steps.sue.unconfirmed).toBeDefined()
    expect(decided.unconfirmed.length).toBeGreaterThan(0)
  })
  it('refuses bad input', () => {
    expect(() => complaintDeadlines({ round: 3 } as never)).toThrow(/complaint.round/)
    expect(() => complaintDeadlines({ round: 1, receivedAt: '2026-03-09', acceptedAt: '2026-03-02' })).toThrow(/acceptedAt/)
    expect(() => complaintDeadlines({ round: 1, receivedAt: '02/03/2026' })).toThrow(RangeError)
    expect(() => complaintDeadlines({ round: 1, receivedAt: '2026-03-02', complx: true } as never)).toThrow(/did you mean "complex"/)
    expect(() => complaintDeadlines({ round: 1, receivedAt: '2018-06-01' })).toThrow(RangeError)
    expect(() => complaintDeadlines({ round: 1, receivedAt: '2026-03-02' }, { calender: {} } as never)).toThrow(/did you mean "calendar"/)
  })
  it('property: simple ≤ complex ≤ complex+remote, and round 1 ≤ round 2, for any 2026–2027 receipt', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 10 }), (received, lag) => {
      const acceptedAt = new Date(Date.parse(`${received}T00:00:00Z`) + lag * 86_400_000).toISOString().slice(0, 10)
      const at = (c: Partial<ComplaintInput>, round: 1 | 2 = 1) => complaintDeadlines({ round, receivedAt: received, acceptedAt, ...c })
      const chain = [at({}), at({ complex: true }), at({ complex: true, remoteArea: true })]
      for (let i = 1; i < chain.length; i++) {
        expect(chain[i]!.steps.settle.amount).toBeGreaterThan(chain[i - 1]!.steps.settle.amount)
        expect(chain[i]!.settleBy >= chain[i - 1]!.settleBy).toBe(true)
      }
      for (const c of [{}, { complex: true }, { remoteArea: true }, { complex: true, remoteArea: true }]) {
        expect(at(c, 2).steps.settle.amount).toBeGreaterThan(at(c, 1).steps.settle.amount)
        expect(at(c, 2).settleBy >= at(c, 1).settleBy).toBe(true)
      }
    }), { numRuns: 60 })
  })
})
