import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyLetter, letterReport, validateLetter, type LetterLike } from 'hanhchinh/petitions'

const codes = (l: unknown, asOf?: string) => validateLetter(l as LetterLike, asOf === undefined ? undefined : { asOf }).map((i) => `${i.code}@${i.path.join('.')}`)

describe('validateLetter', () => {
  it('finds nothing in a well-formed letter of each kind', () => {
    expect(validateLetter({ kind: 'complaint', received: '2026-03-02', round: 1, complex: true, events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'settled', at: '2026-04-10', document: '3162/QĐ-UBND' }] }, { asOf: '2026-04-30' })).toEqual([])
    expect(validateLetter({ kind: 'denunciation', received: '2026-03-02', complex: true, events: [{ type: 'accepted', at: '2026-03-11' }, { type: 'extended', at: '2026-04-08' }] })).toEqual([])
    expect(validateLetter({ kind: 'petition', received: '2026-03-02T08:30:00+07:00', events: [{ type: 'forwarded', at: new Date('2026-03-05T03:00:00Z'), to: 'Sở Tài nguyên và Môi trường' }] })).toEqual([])
    expect(validateLetter({ kind: 'reflection', received: '2026-03-02' })).toEqual([])
  })

  it('flags events out of order (a warning: the rules sort them) and settled before accepted (an error)', () => {
    expect(codes({ kind: 'complaint', received: '2026-03-02', events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'classified', at: '2026-03-03' }] }))
      .toEqual(['events-out-of-order@events.1'])
    const issues = validateLetter({ kind: 'complaint', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-05' }, { type: 'accepted', at: '2026-03-09' }] })
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['settled-before-accepted', 'error']])
    expect(issues[0]!.message.vi).toBe('Giải quyết xong ngày 05/03/2026 trước khi thụ lý (09/03/2026)')
  })

  it('checks the extensions of a denunciation against Art 30 Law 25/2018/QH14', () => {
    const base = { kind: 'denunciation', received: '2026-03-02' } as const
    const accepted = { type: 'accepted', at: '2026-03-11' } as const
    const ext = (at: string) => ({ type: 'extended', at }) as const
    // a third extension
    expect(codes({ ...base, especiallyComplex: true, events: [accepted, ext('2026-04-08'), ext('2026-05-08'), ext('2026-06-05')] })).toEqual(['too-many-extensions@events.3'])
    // an extension of a case recorded as not complex
    expect(codes({ ...base, complex: false, events: [accepted, ext('2026-04-08')] })).toEqual(['extension-without-complexity@events.1'])
    // a second extension of a complex case that is not especially complex
    expect(codes({ ...base, complex: true, especiallyComplex: false, events: [accepted, ext('2026-04-08'), ext('2026-05-08')] })).toEqual(['extension-without-complexity@events.2'])
    // complexity not recorded: warnings, as the classifier reads the extensions
    const unrecorded = validateLetter({ ...base, events: [accepted, ext('2026-04-08'), ext('2026-05-08')] })
    expect(unrecorded.map((i) => [i.code, i.severity])).toEqual([['complexity-not-recorded', 'warning'], ['complexity-not-recorded', 'warning']])
    // complex recorded, especially complex not: the second extension is a warning
    expect(codes({ ...base, complex: true, events: [accepted, ext('2026-04-08'), ext('2026-05-08')] })).toEqual(['complexity-not-recorded@events.2'])
    // extended before (or without) the acceptance
    expect(codes({ ...base, complex: true, events: [ext('2026-03-05'), accepted] })).toEqual(['extension-before-acceptance@events.0.at'])
    expect(codes({ ...base, complex: true, events: [ext('2026-03-20')] })).toEqual(['extension-before-acceptance@events.0.at'])
  })

  it('refuses extensions of complaints, petitions and reflections', () => {
    for (const kind of ['complaint', 'petition', 'reflection'] as const) {
      const issues = validateLetter({ kind, received: '2026-03-02', events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'extended', at: '2026-03-20' }] })
      expect(issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['extension-not-allowed@events.1.type'])
    }
  })

  it('reports unknown kinds and event types, unreadable dates and fields, and dates against asOf', () => {
    expect(codes({ kind: 'rumour', received: '02/03/2026', events: [{ type: 'answered', at: '2026-03-05' }, { type: 'settled', at: '2026-03-05T10:00:00' }, null], round: 3, complex: 'yes' }))
      .toEqual(['unknown-kind@kind', 'invalid-date@received', 'invalid-field@round', 'invalid-field@complex', 'unknown-event-type@events.0.type', 'invalid-date@events.1.at', 'invalid-field@events.2'])
    expect(codes({ kind: 'petition', received: '2026-03-02', events: 'none' })).toEqual(['invalid-field@events'])
    expect(codes({ kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-01' }] })).toEqual(['event-before-receipt@events.0.at'])
    expect(codes({ kind: 'complaint', received: '2018-12-31' })).toEqual(['no-rules@received'])
    expect(codes({ kind: 'petition', received: '2026-03-16' }, '2026-03-14')).toEqual(['received-after-as-of@received'])
    const later = validateLetter({ kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-16' }] }, { asOf: '2026-03-14' })
    expect(later.map((i) => [i.code, i.severity])).toEqual([['event-after-as-of', 'warning']])
  })

  it('throws only for what is not a letter, or bad options', () => {
    expect(() => validateLetter(null as never)).toThrow(TypeError)
    expect(() => validateLetter({ kind: 'petition', received: '2026-03-02' }, { asof: '2026-03-14' } as never)).toThrow(/did you mean "asOf"/)
    expect(() => validateLetter({ kind: 'petition', received: '2026-03-02' }, { asOf: '2026-03-14T10:00:00' })).toThrow(RangeError)
  })
})

// Letters with every kind of fault: validateLetter is the gate before the classifier and the report.
const day = fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10))
const eventArb = fc.record({
  // extensions and acceptances weighted up, so that third extensions and extensions before acceptance occur
  type: fc.oneof(
    { weight: 4, arbitrary: fc.constant('extended') },
    { weight: 2, arbitrary: fc.constant('accepted') },
    { weight: 3, arbitrary: fc.constantFrom('classified', 'forwarded', 'settled', 'withdrawn', 'answered') },
  ),
  at: fc.oneof({ weight: 12, arbitrary: day }, { weight: 1, arbitrary: fc.constant('14/03/2026') }),
})
const letterArb = fc.record({
  kind: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('complaint', 'denunciation', 'petition', 'reflection') }, { weight: 1, arbitrary: fc.constant('rumour') }),
  received: day,
  complex: fc.option(fc.boolean(), { nil: undefined }),
  especiallyComplex: fc.option(fc.boolean(), { nil: undefined }),
  remoteArea: fc.option(fc.boolean(), { nil: undefined }),
  round: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
  events: fc.array(eventArb, { maxLength: 6 }),
}, { requiredKeys: ['kind', 'received', 'events'] })

describe('validateLetter as the gate of the classifier and the report (property)', () => {
  it('a letter with no error is classified and reported without throwing; one the classifier refuses has an error', () => {
    let clean = 0
    let refused = 0
    fc.assert(fc.property(letterArb, day, (letter, asOfDay) => {
      const asOf = asOfDay
      const errors = validateLetter(letter as LetterLike, { asOf }).filter((i) => i.severity === 'error')
      let threw: unknown
      try {
        classifyLetter(letter as LetterLike, { asOf })
        letterReport([letter as LetterLike], { period: { from: '2026-01-01', to: asOf } })
      } catch (e) {
        threw = e
      }
      if (errors.length === 0) expect(threw).toBeUndefined()
      if (threw !== undefined) expect(errors.length).toBeGreaterThan(0)
      if (errors.length === 0) clean++
      if (threw !== undefined) refused++
    }), { numRuns: 2000, seed: 20260314 })
    // both sides of the gate were exercised
    expect(clean).toBeGreaterThan(200)
    expect(refused).toBeGreaterThan(200)
  })
})
