import { describe, expect, it } from 'vitest'
import { denunciationDeadlines } from 'hanhchinh/petitions'

describe('denunciationDeadlines (Law on Denunciations 25/2018/QH14)', () => {
  it('settlement moves with one and two extensions (Art 30)', () => {
    const none = denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 0 })
    const one = denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 1 })
    const two = denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 2, especiallyComplex: true })
    // 11/03 + 30 = 10/04; + 60 = 10/05 (Sunday) → 11/05; + 90 = 09/06/2026
    expect([none.settleBy, one.settleBy, two.settleBy]).toEqual(['2026-04-10', '2026-05-11', '2026-06-09'])
    expect(two.extensions.map((e) => [e.number, e.settleBy])).toEqual([[1, '2026-05-11'], [2, '2026-06-09']])
    expect(none.steps.settle.basis[0]).toMatchObject({ instrument: '25/2018/QH14', article: '30', clause: '1' })
    expect(one.steps.settleExtended.basis.map((b) => `${b.instrument} ${b.article}(${b.clause})`)).toContain('25/2018/QH14 30(2)')
    expect(one.steps.settleExtended.amount).toBe(60)
    expect(two.steps.settleExtended.amount).toBe(90)
  })
  it('a third extension is refused, citing Art 30 of Law 25/2018/QH14', () => {
    expect(() => denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 3 } as never)).toThrow(RangeError)
    expect(() => denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 3 } as never)).toThrow(/Art 30.*25\/2018\/QH14/)
  })
  it('two extensions need an especially complex case', () => {
    expect(() => denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 2, especiallyComplex: false })).toThrow(/especially complex/)
    // without the flag, the second extension is read as the decision that the case is especially complex
    expect(denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 2 }).settleBy).toBe('2026-06-09')
  })
  it('initial processing: 7 working days, up to 10; forwarding 5 (Art 24)', () => {
    const d = denunciationDeadlines({ receivedAt: '2026-03-02', acceptedAt: '2026-03-11' })
    expect(d).toMatchObject({ initialBy: '2026-03-11', initialMaxBy: '2026-03-16', forwardBy: '2026-03-09' })
    expect(d.steps.initial?.basis[0]).toMatchObject({ instrument: '25/2018/QH14', article: '24', clause: '1' })
    expect(d.steps.forward?.basis[0]).toMatchObject({ article: '24', clause: '2' })
    expect(d.steps.initial?.unit).toBe('working-days')
    // over Tết 2026 (14–22/02): received Wednesday 11/02, 7 working days → 12, 13, 23–27/02
    expect(denunciationDeadlines({ receivedAt: '2026-02-11', acceptedAt: '2026-03-02' }).initialBy).toBe('2026-02-27')
  })
  it('refuses bad input', () => {
    expect(() => denunciationDeadlines({ receivedAt: '2026-03-11', acceptedAt: '2026-03-02' })).toThrow(/acceptedAt/)
    expect(() => denunciationDeadlines({ acceptedAt: '2026-03-11', extensions: 1.5 } as never)).toThrow(/extensions/)
    expect(() => denunciationDeadlines({ acceptedAt: '2026-03-11', extension: 1 } as never)).toThrow(/did you mean "extensions"/)
  })
})
