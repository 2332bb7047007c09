import { describe, expect, it } from 'vitest'
import { dossierAlerts, lateDossiers, type DossierLike } from 'hanhchinh/dossiers'

// March 2026 has no public holiday: working days are Monday to Friday (1/3 is a Sunday).
type Row = DossierLike & { code: string; officer?: string }
const wd = (amount: number) => ({ amount, unit: 'working-days' }) as const
const MARCH: Row[] = [
  // due Thu 05/03, returned Tue 10/03: late by 3 working days (6, 9, 10/03), 5 calendar days
  { code: 'A', agency: 'Sở Xây dựng', officer: 'Trần Thị Bình', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3),
    events: [{ type: 'returned', at: '2026-03-10T09:00:00+07:00' }] },
  // early
  { code: 'B', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3), events: [{ type: 'processed', at: '2026-03-04T09:00:00+07:00' }] },
  // due Mon 16/03, still open on Fri 20/03: overdue by 4 working days
  { code: 'C', agency: 'UBND phường Hải Châu', receivedAt: '2026-03-09T08:00:00+07:00', timeLimit: wd(5) },
  // due Mon 23/03: due within 1 working day of Fri 20/03
  { code: 'D', receivedAt: '2026-03-18T08:00:00+07:00', timeLimit: wd(3) },
  // due Fri 03/04: not soon
  { code: 'E', receivedAt: '2026-03-20T08:00:00+07:00', timeLimit: wd(10) },
  // supplement requested Wed 04/03, never supplied: waiting 12 working days at 20/03
  { code: 'F', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(10), events: [{ type: 'supplement-requested', at: '2026-03-04T10:00:00+07:00' }] },
  // refused: nothing to say
  { code: 'G', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(5), events: [{ type: 'refused', at: '2026-03-05T10:00:00+07:00' }] },
]
const ASOF = '2026-03-20'

describe('lateDossiers', () => {
  it('lists exactly the late and the open-overdue dossiers, with the delay in working and calendar days', () => {
    const list = lateDossiers(MARCH, { asOf: ASOF })
    expect(list.map((l) => l.code)).toEqual(['A', 'C'])
    expect(list[0]).toMatchObject({
      status: 'late', dueDate: '2026-03-05', delay: { workingDays: 3, days: 5 }, agency: 'Sở Xây dựng', officer: 'Trần Thị Bình',
      finishedAt: '2026-03-10T09:00:00+07:00',
    })
    expect(list[1]).toMatchObject({ status: 'in-progress-overdue', dueDate: '2026-03-16', delay: { workingDays: 4, days: 4 }, agency: 'UBND phường Hải Châu' })
    expect(list[1]!.officer).toBeUndefined()
    expect(list[0]!.dossier).toBe(MARCH[0])
    expect(list[0]!.dueBasis.map((b) => b.article)).toContain('147')
  })

  it('counts working days over a holiday: due Thu 12/02/2026, returned Tue 24/02 after Tết (offices closed 14–22/02) is 3 working days late (13, 23, 24/02)', () => {
    const [late] = lateDossiers([{ receivedAt: '2026-02-09T08:00:00+07:00', timeLimit: wd(3), events: [{ type: 'returned', at: '2026-02-24T10:00:00+07:00' }] }], { asOf: '2026-02-28' })
    expect(late).toMatchObject({ dueDate: '2026-02-12', delay: { workingDays: 3, days: 12 } })
  })

  it('with a period: late finishes before it are left out; open dossiers are judged at its end', () => {
    expect(lateDossiers(MARCH, { asOf: '2026-03-31', period: { from: '2026-03-11', to: '2026-03-20' } }).map((l) => l.code)).toEqual(['C'])
    // at the end of 13/03 C is not due yet
    expect(lateDossiers(MARCH, { asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-13' } }).map((l) => l.code)).toEqual(['A'])
  })

  it('takes any iterable, once', () => {
    function* rows() { yield* MARCH }
    expect(lateDossiers(rows(), { asOf: ASOF }).map((l) => l.code)).toEqual(['A', 'C'])
  })

  it('refuses a missing asOf, an unknown option and a non-iterable', () => {
    expect(() => lateDossiers(MARCH, {} as never)).toThrow(TypeError)
    expect(() => lateDossiers(MARCH, { asOf: ASOF, dueWithin: 2 } as never)).toThrow(/Unknown option "dueWithin" of lateDossiers/)
    expect(() => lateDossiers(42 as never, { asOf: ASOF })).toThrow(TypeError)
  })
})

describe('dossierAlerts', () => {
  it('names the overdue, due-soon and awaiting-supplement dossiers, and not the finished ones', () => {
    const alerts = dossierAlerts(MARCH, { asOf: ASOF, dueWithin: 2 })
    expect(alerts.map((a) => [a.kind, a.code])).toEqual([['overdue', 'C'], ['due-soon', 'D'], ['awaiting-supplement', 'F']])
    const [overdue, soon, waiting] = alerts
    expect(overdue).toMatchObject({ dueDate: '2026-03-16', delay: { workingDays: 4, days: 4 } })
    expect(soon).toMatchObject({ dueDate: '2026-03-23', workingDaysLeft: 1 })
    expect(waiting).toMatchObject({ requestedAt: '2026-03-04T10:00:00+07:00', waiting: { workingDays: 12, days: 16 } })
    expect(overdue!.message.vi).toContain('quá hạn')
  })

  it('dueWithin is in working days: 0 keeps only what is due today; the awaiting horizon follows it unless given', () => {
    expect(dossierAlerts(MARCH, { asOf: ASOF, dueWithin: 0 }).map((a) => a.code)).toEqual(['C', 'F'])
    expect(dossierAlerts(MARCH, { asOf: ASOF, dueWithin: 0, awaitingLongerThan: 12 }).map((a) => a.code)).toEqual(['C'])
    expect(dossierAlerts(MARCH, { asOf: ASOF, dueWithin: 10 }).map((a) => a.code)).toEqual(['C', 'D', 'E', 'F'])
  })

  it('suspicious data is an alert, never an exception: a recorded ending without its event, a recorded appointment that differs', () => {
    const bad: Row[] = [
      { code: 'H', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3), recordedStatus: 'returned' },
      { code: 'I', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(10), appointmentAt: '2026-03-27', events: [{ type: 'processed', at: '2026-03-03T08:00:00+07:00' }] },
      { code: 'J', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(10), appointmentAt: '2026-03-16', events: [{ type: 'processed', at: '2026-03-03T08:00:00+07:00' }] },
    ]
    const alerts = dossierAlerts(bad, { asOf: ASOF })
    expect(alerts.map((a) => [a.kind, a.code])).toEqual([['suspicious', 'H'], ['suspicious', 'I']])
    expect(alerts[1]!.kind === 'suspicious' && alerts[1]!.issues.map((i) => i.code)).toEqual(['appointment-differs'])
    // with the recorded appointment in use, it is not a discrepancy
    expect(dossierAlerts(bad.slice(1), { asOf: ASOF, useRecordedAppointment: true })).toEqual([])
  })

  it('refuses a missing asOf and a bad horizon', () => {
    expect(() => dossierAlerts(MARCH, { dueWithin: 2 } as never)).toThrow(TypeError)
    expect(() => dossierAlerts(MARCH, { asOf: ASOF, dueWithin: 1.5 })).toThrow(/options.dueWithin/)
    expect(() => dossierAlerts(MARCH, { asOf: ASOF, dueWitin: 2 } as never)).toThrow(/did you mean "dueWithin"/)
  })
})

describe('dossierAlerts — an unknown end', () => {
  // Received Mon 02/03/2026 with 3 working days: due Thu 05/03, long past at 20/03. The record says the
  // dossier ended (a status "Đã trả kết quả", or a class "Đúng hạn") but no event gives the end date.
  const base = { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3) } as const
  it('raises no deadline alert (not overdue, not due soon), only a suspicious one naming the missing end', () => {
    const rows: Row[] = [
      { code: 'H1', ...base, recordedStatus: 'returned' },
      { code: 'H2', ...base, recordedStatus: 'in-progress', recordedClass: 'on-time' },
      { code: 'H3', ...base }, // the same dossier with nothing recorded: overdue
    ]
    const alerts = dossierAlerts(rows, { asOf: ASOF })
    expect(alerts.map((a) => [a.kind, a.code])).toEqual([['suspicious', 'H1'], ['suspicious', 'H2'], ['overdue', 'H3']])
    const [h1, h2] = alerts
    expect(h1!.kind === 'suspicious' && h1!.issues.map((i) => [i.code, i.path])).toEqual([['status-without-end', ['recordedStatus']]])
    // H2: the end is unknown, and no "recorded in progress but the timeline ended" mismatch is claimed on top
    expect(h2!.kind === 'suspicious' && h2!.issues.map((i) => i.code)).toEqual(['status-without-end'])
  })
})
