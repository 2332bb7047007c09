import { describe, expect, it } from 'vitest'
import { petitionDeadlines } from 'hanhchinh/petitions'

describe('petitionDeadlines (Law on Citizen Reception 42/2013/QH13)', () => {
  it('answer within 10 working days (Art 28(1)), across Tết 2026', () => {
    const d = petitionDeadlines({ receivedAt: '2026-02-10' })
    expect(d.answerBy).toBe('2026-03-03')
    expect(d.steps.answer).toMatchObject({ amount: 10, unit: 'working-days' })
    expect(d.steps.answer.basis.map((b) => b.instrument)).toEqual(['42/2013/QH13', '05/2021/TT-TTCP', '91/2015/QH13'])
    // the 10 working days are confirmed; reading them as the circular's classification limit is not
    expect(d.unconfirmed).toEqual([])
    expect(d.steps.answer.basis[1]?.unconfirmed).toMatch(/classification limit/)
    expect(petitionDeadlines({ receivedAt: '2026-07-01' }).unconfirmed[0]).toMatch(/136\/2025\/QH15/)
  })
  it('report back to the forwarder (Art 27(2)) and to the citizen (Art 28(2))', () => {
    const d = petitionDeadlines({ receivedAt: '2026-03-02', settledAt: '2026-04-24', resultReceivedAt: '2026-04-28' })
    // 24/04 (Fri) + 7 working days: 27/04 is the Hùng Kings day off (26/04 falls on Sunday), 30/04–01/05 holidays
    expect(d.informForwarderBy).toBe('2026-05-08')
    expect(d.steps.informForwarder?.basis[0]).toMatchObject({ article: '27', clause: '2' })
    expect(d.informCitizenBy).toBe('2026-05-07')
    expect(() => petitionDeadlines({ receivedAt: '2026-03-02', settledAt: '2026-03-01' })).toThrow(/settledAt/)
  })
})
