import { describe, expect, it } from 'vitest'
import { createWorkCalendar } from 'hanhchinh/calendar'
import { documentDeadlines, overdueDocuments } from 'hanhchinh/documents'

describe('documentDeadlines', () => {
  it('registration and transfer: the same day, at the latest the next working day (Art 4(2)(b), Art 23)', () => {
    // received Wednesday 07/02/2024, the day before the Tết Giáp Thìn holidays (08–14/02)
    const steps = documentDeadlines({ number: 412, date: '2024-02-07', receivedOn: '2024-02-07' })
    expect(steps.map((s) => [s.step, s.from, s.due, s.done])).toEqual([
      ['registration', '2024-02-07', '2024-02-15', '2024-02-07'],
      ['transfer', '2024-02-07', '2024-02-15', undefined],
    ])
    expect(steps[0]?.basis[0]).toMatchObject({ instrument: '30/2020/NĐ-CP', article: '4', clause: '2', point: 'b' })
    expect(steps[1]?.basis[0]).toMatchObject({ article: '23' })
    // received Friday 24/01/2025, before Tết Ất Tỵ: next working day Monday 03/02/2025
    expect(documentDeadlines({ number: 1, date: '2025-01-24' })[0]?.due).toBe('2025-02-03')
    // received Friday 29/08/2025, before the National Day holidays (30/8–2/9/2025 and the day off 1/9)
    expect(documentDeadlines({ number: 1, date: '2025-08-29' })[0]?.due).toBe('2025-09-03')
  })

  it('urgent documents: immediately, i.e. the same day even on a holiday (Art 4(2)(c))', () => {
    for (const urgency of ['hoa-toc', 'thuong-khan', 'khan'] as const) {
      const [reg, transfer] = documentDeadlines({ number: 1, date: '2024-02-10', receivedOn: '2024-02-10', urgency })
      expect(reg).toMatchObject({ step: 'registration', due: '2024-02-10', immediate: true })
      expect(transfer).toMatchObject({ step: 'transfer', due: '2024-02-10', immediate: true })
      expect(transfer?.basis.map((b) => b.point)).toContain('c')
    }
  })

  it('handling: the deadline set by the director, or working days from transfer', () => {
    expect(documentDeadlines({ number: 1, date: '2024-02-07', transferredOn: '2024-02-07', handlingDeadline: '2024-02-20' })[1])
      .toMatchObject({ step: 'handling', from: '2024-02-07', due: '2024-02-20', immediate: false })
    expect(documentDeadlines({ number: 1, date: '2024-02-07', transferredOn: '2024-02-07' }, { handlingDays: 3 })[1])
      .toMatchObject({ step: 'handling', due: '2024-02-19' })
    expect(documentDeadlines({ number: 1, date: '2024-02-07', transferredOn: '2024-02-07', urgency: 'khan' }, { handlingDays: 3 })[1])
      .toMatchObject({ step: 'handling', due: '2024-02-07' })
    expect(documentDeadlines({ number: 1, date: '2024-02-07' })).toHaveLength(1)
  })

  it('outgoing: numbered by the next working day after signature (Art 15(2)), issued the same or next working day (Art 18(1))', () => {
    const steps = documentDeadlines({ number: 3162, date: '2021-12-20', signedOn: '2021-12-17', issuedOn: '2021-12-21' }, { direction: 'outgoing' })
    expect(steps.map((s) => [s.step, s.due, s.done])).toEqual([['numbering', '2021-12-20', '2021-12-20'], ['issue', '2021-12-20', '2021-12-21']])
    expect(steps[1]?.basis[0]).toMatchObject({ article: '18', clause: '1' })
  })

  it('uses the calendar it is given', () => {
    const enterprise = createWorkCalendar({ includeAnnouncedSchedules: false, extraDaysOff: ['2024-05-02'] })
    expect(documentDeadlines({ number: 1, date: '2024-05-01' }, { calendar: enterprise })[0]?.due).toBe('2024-05-03')
  })

  it('rejects impossible dates and day counts', () => {
    expect(() => documentDeadlines({ number: 1, date: '2024-02-30' })).toThrow(/entry\.date/)
    expect(() => documentDeadlines({ number: 1, date: '2024-02-01' }, { handlingDays: -1 })).toThrow(/options\.handlingDays/)
  })

  it('rejects an urgency level, direction or number it does not know instead of treating it as urgent or outgoing', () => {
    // "Gấp" is not one of Hỏa tốc / Thượng khẩn / Khẩn (Phụ lục I III.2(b)): before, any value made the document urgent
    expect(() => documentDeadlines({ number: 1, date: '2024-02-01', urgency: 'gấp' as never })).toThrow(/entry\.urgency: "gấp"/)
    expect(() => documentDeadlines({ number: 1, date: '2024-02-01' }, { direction: 'đi' as never })).toThrow(/options\.direction: "đi"/)
    expect(() => documentDeadlines({ number: NaN, date: '2024-02-01' })).toThrow(/entry\.number: NaN/)
    expect(() => documentDeadlines({ number: 1, date: '2024-02-01' }, { calendar: 'vietnam' as never })).toThrow(/options\.calendar: "vietnam"/)
    expect(() => overdueDocuments({ direction: 'incoming', entries: [{ number: 1, date: '2024-02-01' }, { number: 2, date: '2024-02-01', urgency: 'khẩn' as never }] }, { asOf: '2024-02-20' }))
      .toThrow(/register\.entries\[1\]\.urgency: "khẩn"/)
    expect(() => overdueDocuments({ direction: 'sideways' as never, entries: [] }, { asOf: '2024-02-20' })).toThrow(/register\.direction/)
    expect(() => overdueDocuments([], { asOf: '2024-02-20', includeLate: 'yes' as never })).toThrow(/options\.includeLate/)
  })
})

describe('overdueDocuments', () => {
  const register = {
    direction: 'incoming' as const,
    entries: [
      { number: 101, date: '2024-02-05', transferredOn: '2024-02-05', handlingDeadline: '2024-02-16', completedOn: '2024-02-16' },
      { number: 102, date: '2024-02-06', transferredOn: '2024-02-15' }, // transferred late (due 07/02)
      { number: 103, date: '2024-02-07' }, // never transferred, due 15/02
      { number: 104, date: '2024-02-07', transferredOn: '2024-02-07', handlingDeadline: '2024-02-19' }, // open, due 19/02
      { number: 105, date: '2024-02-19', urgency: 'hoa-toc' as const },
    ],
  }

  it('lists the steps not done by asOf and past their due date', () => {
    const r = overdueDocuments(register, { asOf: '2024-02-20' })
    expect(r.map((o) => [o.number, o.step, o.due, o.status, o.workingDaysOverdue])).toEqual([
      [103, 'transfer', '2024-02-15', 'overdue', 3],
      [104, 'handling', '2024-02-19', 'overdue', 1],
      [105, 'transfer', '2024-02-19', 'overdue', 1],
    ])
    expect(r[0]?.message.vi).toBe('Số 103: trình, chuyển giao văn bản đến quá hạn 3 ngày làm việc (hạn 15/02/2024)')
  })

  it('optionally lists steps done late, and ignores what happened after asOf', () => {
    const r = overdueDocuments(register, { asOf: '2024-02-20', includeLate: true })
    expect(r.find((o) => o.number === 102)).toMatchObject({ status: 'late', due: '2024-02-07', done: '2024-02-15', workingDaysOverdue: 1 })
    // on 09/02 (Tết), 102 was not yet transferred: overdue by 0 working days since 07/02
    expect(overdueDocuments(register, { asOf: '2024-02-09' }).map((o) => [o.number, o.workingDaysOverdue])).toEqual([[102, 0]])
  })

  it('reads an instant asOf in Vietnam time', () => {
    // 12/05/2024 20:00 UTC is 13/05/2024 03:00 in Vietnam: the same report as asOf 13/05
    const entries = [{ number: 2, date: '2024-05-09' }]
    const civil = overdueDocuments(entries, { asOf: '2024-05-13' })
    expect(civil.map((o) => o.due)).toEqual(['2024-05-10'])
    expect(overdueDocuments(entries, { asOf: new Date(Date.UTC(2024, 4, 12, 20)) })).toEqual(civil)
    expect(overdueDocuments(entries, { asOf: '2024-05-13T03:00:00+07:00' })).toEqual(civil)
    // 10/05/2024 23:00 in Vietnam is still the due day; 10/05 20:00 UTC is already Saturday 11/05 there
    expect(overdueDocuments(entries, { asOf: '2024-05-10T23:00:00+07:00' })).toEqual([])
    expect(overdueDocuments(entries, { asOf: '2024-05-10T20:00:00Z' }).map((o) => [o.due, o.workingDaysOverdue])).toEqual([['2024-05-10', 0]])
    expect(() => overdueDocuments(entries, { asOf: new Date(NaN) })).toThrow(/options\.asOf/)
  })

  it('throws for a missing asOf', () => {
    expect(() => overdueDocuments(register, { asOf: '20/02/2024' })).toThrow(RangeError)
  })
})

describe('documentDeadlines and overdueDocuments — fields and options the direction ignores are refused', () => {
  it('refuses signedOn without direction: outgoing (it would be ignored)', () => {
    const entry = { number: 5, date: '2024-05-13', signedOn: '2024-05-10', issuedOn: '2024-05-14' }
    expect(() => documentDeadlines(entry)).toThrow(RangeError)
    expect(() => documentDeadlines(entry)).toThrow(/"entry\.signedOn" of documentDeadlines is used only with direction: 'outgoing'/)
    expect(() => documentDeadlines(entry, { direction: 'incoming' })).toThrow(/entry\.signedOn/)
    expect(documentDeadlines(entry, { direction: 'outgoing' }).map((s) => s.step)).toEqual(['numbering', 'issue'])
  })

  it('refuses incoming-only fields and options with direction: outgoing', () => {
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13', receivedOn: '2024-05-13' }, { direction: 'outgoing' })).toThrow(/entry\.receivedOn.*direction: 'incoming'/)
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13', completedOn: '2024-05-14' }, { direction: 'outgoing' })).toThrow(/entry\.completedOn/)
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13' }, { direction: 'outgoing', handlingDays: 5 })).toThrow(/Option "handlingDays" of documentDeadlines is used only with direction: 'incoming'/)
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13' }, { direction: 'outgoing', urgentHandlingDays: 0 })).toThrow(/urgentHandlingDays/)
  })

  it('refuses misspelt options, and null options are a TypeError', () => {
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13' }, { handlingDay: 5 } as never)).toThrow(/Unknown option "handlingDay" of documentDeadlines \(did you mean "handlingDays"/)
    expect(() => documentDeadlines({ number: 1, date: '2024-05-13' }, null as never)).toThrow(TypeError)
    expect(() => overdueDocuments([], { asOf: '2024-05-13', includelate: true } as never)).toThrow(/Unknown option "includelate" of overdueDocuments/)
    expect(() => overdueDocuments([], undefined as never)).toThrow(TypeError)
  })

  it('names the entry of a register whose field its direction ignores', () => {
    const register = { direction: 'incoming' as const, entries: [{ number: 1, date: '2024-05-13' }, { number: 2, date: '2024-05-13', signedOn: '2024-05-10' }] }
    expect(() => overdueDocuments(register, { asOf: '2024-05-20' })).toThrow(/"register\.entries\[1\]\.signedOn" of overdueDocuments/)
  })

  it('reads a plain-date asOf as the end of that day in Vietnam time', () => {
    // transfer due 10/05: a step done on 13/05 is known by the end of 13/05
    const entries = [{ number: 2, date: '2024-05-09', transferredOn: '2024-05-13' }]
    expect(overdueDocuments(entries, { asOf: '2024-05-13', includeLate: true }).map((o) => o.status)).toEqual(['late'])
    expect(overdueDocuments(entries, { asOf: '2024-05-12', includeLate: true }).map((o) => o.status)).toEqual(['overdue'])
  })
})
