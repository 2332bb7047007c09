import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createWorkCalendar, vietnamCivilService } from 'hanhchinh/calendar'
import { formatVietnamDateTime, toEpochMs } from 'hanhchinh/core'
import { createDeadlineEngine, dueDate, type DossierLike } from 'hanhchinh/dossiers'

const wd = (amount: number): DossierLike['timeLimit'] => ({ amount, unit: 'working-days' })

describe('dueDate — working days around Tết Bính Ngọ 2026 (offices closed 14–22/02)', () => {
  it('does not count the day of receipt and skips the Tết break (BLDS Art 147(2))', () => {
    const r = dueDate({ receivedAt: '2026-02-12T10:00:00+07:00', timeLimit: wd(5) })
    // 13/02, then 23, 24, 25, 26/02
    expect(r.dueDate).toBe('2026-02-26')
    expect(r.due).toBe('2026-02-26T23:59:59.999+07:00')
    expect(r.startDate).toBe('2026-02-12')
    expect(r.provisional).toBe(false)
    expect(r.basis.map((b) => `${b.instrument} ${b.article}(${b.clause})`)).toContain('91/2015/QH13 147(2)')
  })

  it('with a 15:00 cut-off, a receipt at 15:30 counts from the next working day', () => {
    const d = { receivedAt: '2026-02-12T15:30:00+07:00', timeLimit: wd(5) }
    expect(dueDate(d).dueDate).toBe('2026-02-26')
    const r = dueDate(d, { cutoff: '15:00' })
    expect(r.dueDate).toBe('2026-02-27')
    expect(r.startDate).toBe('2026-02-13')
    expect(r.reasons[0]?.en).toMatch(/cut-off/)
    expect(r.reasons[0]?.vi).toMatch(/tiếp nhận sau giờ 15:00/)
    // exactly 15:00 is not after the cut-off
    expect(dueDate({ ...d, receivedAt: '2026-02-12T15:00:00+07:00' }, { cutoff: '15:00' }).dueDate).toBe('2026-02-26')
  })

  it('a receipt after the cut-off on the last day before Tết counts from Monday 23/02', () => {
    const r = dueDate({ receivedAt: '2026-02-13T16:00:00+07:00', timeLimit: wd(5) }, { cutoff: '15:00' })
    expect(r.startDate).toBe('2026-02-23')
    expect(r.dueDate).toBe('2026-03-02')
  })

  it('an online receipt during Tết: counted from the next day without cut-off, as received on 23/02 with it', () => {
    const d = { receivedAt: '2026-02-15T21:00:00+07:00', timeLimit: wd(5) }
    expect(dueDate(d).dueDate).toBe('2026-02-27')
    expect(dueDate(d, { cutoff: '15:00' }).dueDate).toBe('2026-03-02')
  })

  it('same instant in another offset or as a Date gives the same answer', () => {
    const a = dueDate({ receivedAt: '2026-02-12T08:30:00Z', timeLimit: wd(5) }, { cutoff: '15:00' }) // 15:30 in Vietnam
    const b = dueDate({ receivedAt: new Date('2026-02-12T08:30:00Z'), timeLimit: wd(5) }, { cutoff: '15:00' })
    expect(a.dueDate).toBe('2026-02-27')
    expect(b).toEqual(a)
  })
})

describe('dueDate — the swapped days of 30/4–1/5/2024 (off 27/04–01/05, Saturday 04/05 worked)', () => {
  it('skips the swapped Monday 29/04', () => {
    expect(dueDate({ receivedAt: '2024-04-26T09:00:00+07:00', timeLimit: wd(2) }).dueDate).toBe('2024-05-03')
  })
  it('counts the make-up Saturday 04/05 as a working day', () => {
    expect(dueDate({ receivedAt: '2024-05-02T09:00:00+07:00', timeLimit: wd(2) }).dueDate).toBe('2024-05-04')
  })
  it('calendar days ending on a holiday roll to the next working day (BLDS Art 148(5))', () => {
    const r = dueDate({ receivedAt: '2024-04-25T09:00:00+07:00', timeLimit: { amount: 3, unit: 'days' } })
    expect(r.dueDate).toBe('2024-05-02')
    expect(r.basis.some((b) => b.article === '148' && b.clause === '5')).toBe(true)
  })
  it('months end on the corresponding day, or the last day of a shorter month', () => {
    expect(dueDate({ receivedAt: '2024-01-31T09:00:00+07:00', timeLimit: { amount: 1, unit: 'months' } }).dueDate).toBe('2024-02-29')
    // 1 month from 30/03/2024 = 30/04/2024, a holiday: next working day Thursday 02/05
    expect(dueDate({ receivedAt: '2024-03-30T09:00:00+07:00', timeLimit: { amount: 1, unit: 'months' } }).dueDate).toBe('2024-05-02')
  })
  it('0 working days: the result is due the same working day', () => {
    expect(dueDate({ receivedAt: '2024-05-02T09:00:00+07:00', timeLimit: wd(0) }).dueDate).toBe('2024-05-02')
  })
})

describe('dueDate — working hours (default office hours 07:30–12:00, 13:00–16:30)', () => {
  const wh = (amount: number): DossierLike['timeLimit'] => ({ amount, unit: 'working-hours' })
  it('counts through the end of the day and the next morning', () => {
    // 15:00–16:30 (1.5 h) then 07:30–10:00 on Friday 13/02
    expect(dueDate({ receivedAt: '2026-02-12T15:00:00+07:00', timeLimit: wh(4) }).due).toBe('2026-02-13T10:00:00+07:00')
  })
  it('jumps over Tết: 8 working hours from Friday 13/02 14:00 end on Monday 23/02 14:00', () => {
    expect(dueDate({ receivedAt: '2026-02-13T14:00:00+07:00', timeLimit: wh(8) }).due).toBe('2026-02-23T14:00:00+07:00')
  })
  it('with the cut-off, a receipt at 16:00 starts at the opening of the next working day', () => {
    const r = dueDate({ receivedAt: '2026-02-13T16:00:00+07:00', timeLimit: wh(4) }, { cutoff: '15:00' })
    expect(r.startedAt).toBe('2026-02-23T07:30:00+07:00')
    expect(r.due).toBe('2026-02-23T11:30:00+07:00')
  })
  it('elapsed hours run through nights and holidays (BLDS Art 147(1))', () => {
    expect(dueDate({ receivedAt: '2026-02-13T14:00:00+07:00', timeLimit: { amount: 24, unit: 'hours' } }).due).toBe('2026-02-14T14:00:00+07:00')
  })
})

describe('dueDate — supplement requests (yêu cầu bổ sung)', () => {
  const dossier: DossierLike = {
    receivedAt: '2026-03-02T09:00:00+07:00',
    timeLimit: wd(10),
    events: [
      { type: 'supplement-requested', at: '2026-03-04T10:00:00+07:00' },
      { type: 'supplement-supplied', at: '2026-03-09T14:00:00+07:00' },
    ],
  }
  it("'restart' (default): counted again from the full dossier (NĐ 61/2018 Art 19(4))", () => {
    const r = dueDate(dossier)
    expect(r.startDate).toBe('2026-03-09')
    expect(r.dueDate).toBe('2026-03-23')
    expect(r.basis.some((b) => b.instrument === '61/2018/NĐ-CP' && b.clause === '4')).toBe(true)
  })
  it("'pause': the waiting time (5 days 4 hours) is added to the original due instant (766 portal rule)", () => {
    const r = dueDate(dossier, { supplement: 'pause' })
    expect(dueDate({ ...dossier, events: [] }).due).toBe('2026-03-16T23:59:59.999+07:00')
    expect(r.pausedMs).toBe((5 * 24 + 4) * 3_600_000)
    expect(r.due).toBe('2026-03-22T03:59:59.999+07:00')
  })
  it('events may come in any order: they are read in time order', () => {
    const reversed = { ...dossier, events: [...dossier.events!].reverse() }
    expect(dueDate(reversed)).toEqual(dueDate(dossier))
    expect(dueDate(reversed, { supplement: 'pause' }).due).toBe('2026-03-22T03:59:59.999+07:00')
  })

  it('while the applicant has not supplied, the clock is suspended', () => {
    const r = dueDate({ ...dossier, events: dossier.events!.slice(0, 1) })
    expect(r.suspendedSince).toBe('2026-03-04T10:00:00+07:00')
    // asOf before the supply gives the same answer
    expect(dueDate(dossier, { asOf: '2026-03-05T00:00:00+07:00' }).suspendedSince).toBe('2026-03-04T10:00:00+07:00')
  })
})

describe('dueDate — apology and extension (NĐ 61/2018 Art 19(9))', () => {
  const base: DossierLike = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(10) }
  it('moves the appointment once', () => {
    const r = dueDate({ ...base, events: [{ type: 'extended', at: '2026-03-13T10:00:00+07:00', newDue: '2026-03-20' }] })
    expect(r.extended).toBe(true)
    expect(r.originalDue).toBe('2026-03-16T23:59:59.999+07:00')
    expect(r.dueDate).toBe('2026-03-20')
  })
  it('a second extension is an error naming the event', () => {
    const events = [
      { type: 'extended', at: '2026-03-13T10:00:00+07:00', newDue: '2026-03-20' },
      { type: 'extended', at: '2026-03-18T10:00:00+07:00', newDue: '2026-03-27' },
    ] as const
    expect(() => dueDate({ ...base, events: [...events] })).toThrow(RangeError)
    expect(() => dueDate({ ...base, events: [...events] })).toThrow(/events\[1\].*only once/)
    // a province that allows two can say so
    expect(dueDate({ ...base, events: [...events] }, { extension: { maxCount: 2 } }).dueDate).toBe('2026-03-27')
  })
  it('an extension notified on the due date itself is not applied (at least 1 day before), unless told to', () => {
    const d = { ...base, events: [{ type: 'extended' as const, at: '2026-03-16T10:00:00+07:00', newDue: '2026-03-20' }] }
    const r = dueDate(d)
    expect(r.extended).toBe(false)
    expect(r.dueDate).toBe('2026-03-16')
    expect(r.reasons.map((x) => x.en).join(' ')).toMatch(/not applied/)
    expect(r.reasons.map((x) => x.vi).join(' ')).toMatch(/không áp dụng/)
    expect(dueDate(d, { extension: { late: 'apply' } }).dueDate).toBe('2026-03-20')
  })
})

describe('dueDate — provisional, options, errors', () => {
  it('is provisional in a year without an announced schedule, with the calendar reasons', () => {
    const r = dueDate({ receivedAt: '2030-01-02T09:00:00+07:00', timeLimit: wd(3) })
    expect(r.provisional).toBe(true)
    expect(r.reasons.length).toBeGreaterThan(0)
  })
  it('uses a local calendar (Saturday morning reception, say) when given one', () => {
    const saturdays = createWorkCalendar({ weekend: [0] })
    // Friday 06/03/2026 + 1 working day: Saturday 07/03 under a Sunday-only weekend
    expect(dueDate({ receivedAt: '2026-03-06T09:00:00+07:00', timeLimit: wd(1) }, { calendar: saturdays }).dueDate).toBe('2026-03-07')
    expect(dueDate({ receivedAt: '2026-03-06T09:00:00+07:00', timeLimit: wd(1) }, { calendar: vietnamCivilService }).dueDate).toBe('2026-03-09')
  })
  it('end-of-office-hours prints the closing time of the last day', () => {
    expect(dueDate({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(1) }, { dueTime: 'end-of-office-hours' }).due).toBe('2026-03-03T16:30:00+07:00')
  })
  it('uses the recorded appointment when asked', () => {
    const d = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(1), appointmentAt: '2026-03-05T16:30:00+07:00' }
    expect(dueDate(d).dueDate).toBe('2026-03-03')
    expect(dueDate(d, { useRecordedAppointment: true }).due).toBe('2026-03-05T16:30:00+07:00')
  })
  it('throws RangeError naming the field for bad input', () => {
    expect(() => dueDate({ receivedAt: '2026-03-02 09:00', timeLimit: wd(1) })).toThrow(/dossier\.receivedAt/)
    expect(() => dueDate({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(1.5) })).toThrow(/dossier\.timeLimit\.amount/)
    expect(() => dueDate({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(1) }, { cutoff: '3pm' })).toThrow(/options\.cutoff/)
    expect(() => dueDate({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: wd(1) }, { supplement: 'stop' as never })).toThrow(/options\.supplement/)
  })
  it('a reused engine gives the same answers as dueDate', () => {
    const engine = createDeadlineEngine({ cutoff: '15:00' })
    for (let round = 0; round < 2; round++) {
      for (const at of ['2026-02-12T15:30:00+07:00', '2026-02-13T16:00:00+07:00', '2024-05-02T09:00:00+07:00', '2026-02-13T14:00:00+07:00']) {
        for (const timeLimit of [wd(5), { amount: 8, unit: 'working-hours' } as const, { amount: 1.5, unit: 'working-hours' } as const]) {
          const d = { receivedAt: at, timeLimit }
          expect(engine.dueDate(d)).toEqual(dueDate(d, { cutoff: '15:00' }))
        }
      }
    }
  })
})

describe('dueDate — properties', () => {
  const instant = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000))
  const limit = fc.record({
    amount: fc.integer({ min: 0, max: 40 }),
    unit: fc.constantFrom('working-days', 'days', 'months', 'working-hours', 'hours') as fc.Arbitrary<DossierLike['timeLimit']['unit']>,
  })
  const cutoff = fc.constantFrom(undefined, '15:00', '11:30')

  it('regression: with a cut-off, a weekend receipt is not due later than a Monday 00:00 receipt', () => {
    const limit = { amount: 0, unit: 'hours' } as const
    const sat = dueDate({ receivedAt: '2027-12-11T10:00:00+07:00', timeLimit: limit }, { cutoff: '15:00' })
    const mon = dueDate({ receivedAt: '2027-12-13T00:00:00+07:00', timeLimit: limit }, { cutoff: '15:00' })
    expect(sat.due).toBe('2027-12-13T07:30:00+07:00')
    expect(mon.due).toBe('2027-12-13T07:30:00+07:00')
  })

  it('reads an instant the same whether written +07:00, Z, another offset or as a Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }), (sec) => {
        const ms = sec * 1000
        const vn = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00'
        const z = new Date(ms).toISOString().slice(0, 19) + 'Z'
        const other = new Date(ms - 5.5 * 3_600_000).toISOString().slice(0, 19) + '-05:30'
        const limit = { amount: 2, unit: 'hours' } as const
        const expected = dueDate({ receivedAt: new Date(ms), timeLimit: limit }).due
        for (const receivedAt of [vn, z, other]) expect(dueDate({ receivedAt, timeLimit: limit }).due).toBe(expected)
      }),
      { numRuns: 500 },
    )
    for (const bad of ['2024-02-30T10:00:00+07:00', '2024-13-01T10:00:00+07:00', '2024-01-01T24:00:00+07:00', '2024-01-0xT10:00:00+07:00', '2024-01-01T10:00:00']) {
      expect(() => dueDate({ receivedAt: bad, timeLimit: { amount: 1, unit: 'days' } })).toThrow(RangeError)
    }
  })

  it('is monotonic in the receipt time', () => {
    fc.assert(
      fc.property(instant, instant, limit, cutoff, (a, b, timeLimit, c) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        const options = c === undefined ? {} : { cutoff: c }
        const d1 = dueDate({ receivedAt: early, timeLimit }, options)
        const d2 = dueDate({ receivedAt: late, timeLimit }, options)
        expect(Date.parse(d1.due)).toBeLessThanOrEqual(Date.parse(d2.due))
      }),
      { numRuns: 2000 },
    )
  })

  it('a working-day due date is a working day and is never before the receipt', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 30 }), (at, n) => {
        const r = dueDate({ receivedAt: at, timeLimit: wd(n) })
        expect(vietnamCivilService.isWorkingDay(r.dueDate)).toBe(true)
        expect(Date.parse(r.due)).toBeGreaterThan(at.getTime())
        if (n > 0) expect(vietnamCivilService.workingDaysBetween(r.startDate, r.dueDate)).toBe(n)
      }),
      { numRuns: 300 },
    )
  })
})

describe('dueDate — working hours equal the calendar\'s addWorkingHours', () => {
  // The engine counts office hours itself (from officeHours and the cached working days);
  // it must give exactly what the calendar gives, provisional flag and reasons included.
  const calendars = [
    ['vietnamCivilService', vietnamCivilService],
    ['Saturday office, three sessions', createWorkCalendar({
      weekend: [0],
      officeHours: [{ start: '07:00', end: '11:00' }, { start: '13:30', end: '16:00' }, { start: '18:00', end: '19:15' }],
    })],
  ] as const
  // Whole seconds from 2023 to 2031 (2030-2031 have no announced schedule: provisional).
  const instant = fc.integer({ min: Date.UTC(2023, 0, 1) / 1000, max: Date.UTC(2031, 11, 31) / 1000 }).map((s) => new Date(s * 1000))
  const hours = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 60, noNaN: true }).map((h) => Math.round(h * 100) / 100))
  for (const [name, calendar] of calendars) {
    it(name, () => {
      const engine = createDeadlineEngine({ calendar })
      fc.assert(
        fc.property(instant, hours, (at, amount) => {
          const expected = calendar.addWorkingHours(at, amount)
          const r = engine.dueDate({ receivedAt: at, timeLimit: { amount, unit: 'working-hours' } })
          expect(r.due).toBe(expected.at)
          expect(r.provisional).toBe(expected.provisional)
          expect(r.reasons).toEqual(expected.reasons)
        }),
        { numRuns: 3000 },
      )
      // the session boundaries themselves, around Tết 2026 and the 2024 swapped days
      for (const at of ['2026-02-13T16:30:00+07:00', '2026-02-13T12:00:00+07:00', '2026-02-13T12:30:00+07:00', '2024-05-04T07:00:00+07:00', '2024-04-29T10:00:00+07:00']) {
        for (const amount of [0, 0.5, 1, 3.5, 4, 4.5, 8, 16, 40]) {
          expect(engine.dueDate({ receivedAt: at, timeLimit: { amount, unit: 'working-hours' } }).due, `${at} + ${amount} h`).toBe(calendar.addWorkingHours(at, amount).at)
        }
      }
    })
  }
})

describe('dueDate — the fast instant reader agrees with the core parser', () => {
  // '+07:00' and 'Z' strings take an arithmetic fast path; every other shape goes to toEpochMs.
  // On any string of those shapes (real or impossible dates, years 0100–9999), both must agree.
  // (Years 0000–0099 are left out: the core's toEpochMs reads them through Date.UTC, which maps
  // them to 1900–1999 — reported to the core's owner.)
  const pad = (n: number, w: number): string => String(n).padStart(w, '0')
  const text = fc.record({
    y: fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1896, max: 2104 })),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 24 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    zone: fc.constantFrom('+07:00', 'Z', '+07:30', '-07:00'),
    // characters just below and above the digits, and digits of other scripts ('٣', '３')
    noise: fc.option(fc.tuple(fc.nat({ max: 24 }), fc.constantFrom('/', ' ', 'x', ':', '-', '0', '+', '*', '.', '?', '\u0663', '\uff13')), { nil: undefined }),
  }).map(({ y, mo, d, h, mi, s, zone, noise }) => {
    let t = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${zone}`
    if (noise !== undefined && noise[0] < t.length) t = t.slice(0, noise[0]) + noise[1] + t.slice(noise[0] + 1)
    return t
  })
  // Dossier instants run from 0001-01-01 to 9999-12-31 in Vietnam time: '9999-12-31T17:00:00Z' is
  // already 10000-01-01 in Vietnam, refused by the reader, while the core's toEpochMs reads it (and
  // its formatVietnamDateTime writes '+010000-01-01T00:00+07:00'). The oracle once took that text
  // as the expected answer, so the property failed only when the unseeded random draw reached the
  // last seven hours of 9999 (fast-check favours the bounds: year 9999 comes often, December 31 with
  // an afternoon UTC hour and 'Z' rarely). The seed is now fixed (a failure names it and replays),
  // and the oracle applies the documented range.
  const LAST_MS = Date.UTC(9999, 11, 31, 17) - 1 // 9999-12-31T23:59:59.999+07:00
  const expectedDue = (receivedAt: string): string | RangeError => {
    try {
      const ms = toEpochMs(receivedAt)
      if (ms > LAST_MS) return new RangeError('after 9999-12-31 in Vietnam time')
      return formatVietnamDateTime(ms)
    } catch (error) {
      return error as RangeError
    }
  }
  it('same instant, or the same RangeError', () => {
    fc.assert(
      fc.property(text, (receivedAt) => {
        fc.pre(!receivedAt.startsWith('00'))
        const timeLimit = { amount: 0, unit: 'hours' } as const
        const expected = expectedDue(receivedAt)
        if (typeof expected === 'string') expect(dueDate({ receivedAt, timeLimit }).due).toBe(expected)
        else expect(() => dueDate({ receivedAt, timeLimit })).toThrow(RangeError)
      }),
      { numRuns: 20_000, seed: 20261204 },
    )
  })
  it('the last instants of 9999 in Vietnam time, and the first after them', () => {
    const timeLimit = { amount: 0, unit: 'hours' } as const
    expect(dueDate({ receivedAt: '9999-12-31T16:59:59Z', timeLimit }).due).toBe('9999-12-31T23:59:59+07:00')
    expect(dueDate({ receivedAt: '9999-12-31T23:59:59+07:00', timeLimit }).due).toBe('9999-12-31T23:59:59+07:00')
    expect(() => dueDate({ receivedAt: '9999-12-31T17:00:00Z', timeLimit })).toThrow(/dossier\.receivedAt.*9999-12-31T17:00:00Z/)
    expect(expectedDue('9999-12-31T17:00:00Z')).toBeInstanceOf(RangeError)
  })
})
