import { describe, expect, it } from 'vitest'
import { classifyLetter, createLetterClassifier, LetterSchema, type LetterLike } from 'hanhchinh/petitions'

describe('classifyLetter', () => {
  const complaint: LetterLike = {
    kind: 'complaint', received: '2026-03-02', round: 1, agency: 'UBND tỉnh',
    events: [{ type: 'classified', at: '2026-03-03' }, { type: 'accepted', at: '2026-03-09' }, { type: 'settled', at: '2026-04-08', document: '3162/QĐ-UBND' }],
  }
  it('judges a complaint on acceptance, then on settlement (Law 02/2011 Art 27, 28)', () => {
    expect(classifyLetter(complaint, { asOf: '2026-03-05' })).toMatchObject({ status: 'open', stage: 'accept', due: '2026-03-16' })
    expect(classifyLetter(complaint, { asOf: '2026-03-20' })).toMatchObject({ status: 'open', stage: 'settle', due: '2026-04-08' })
    const done = classifyLetter(complaint, { asOf: '2026-04-30' })
    expect(done).toMatchObject({ status: 'on-time', stage: 'settle', due: '2026-04-08', finishedOn: '2026-04-08', regime: 'law-2011-2018' })
    expect(done.basis[0]).toMatchObject({ instrument: '02/2011/QH13', article: '28' })
    expect(done.unconfirmed).toMatch(/calendar days/)
    const unaccepted = { kind: 'complaint', received: '2026-03-02' } as const
    expect(classifyLetter(unaccepted, { asOf: '2026-03-16' }).status).toBe('open')
    expect(classifyLetter(unaccepted, { asOf: '2026-03-17' }).status).toBe('overdue')
    expect(classifyLetter(unaccepted, { asOf: '2026-03-16T23:59:59+07:00' }).status).toBe('open')
    expect(classifyLetter(unaccepted, { asOf: '2026-03-16T17:00:00Z' }).status).toBe('overdue')
  })
  it('a complex second-round complaint in a remote area has 70 days', () => {
    const l: LetterLike = { kind: 'complaint', round: 2, complex: true, remoteArea: true, received: '2026-03-02',
      events: [{ type: 'accepted', at: '2026-03-09' }, { type: 'settled', at: '2026-05-15' }] }
    expect(classifyLetter(l, { asOf: '2026-06-01' })).toMatchObject({ status: 'on-time', due: '2026-05-18' })
  })
  it('denunciations: each extension moves the due date; a third is refused', () => {
    const d = (extensions: number, settled: string): LetterLike => ({
      kind: 'denunciation', received: '2026-03-02',
      events: [{ type: 'accepted', at: '2026-03-11' }, ...Array.from({ length: extensions }, (_, i) => ({ type: 'extended' as const, at: `2026-04-0${i + 6}` })),
        { type: 'settled', at: settled }],
    })
    expect(classifyLetter(d(0, '2026-05-05'), { asOf: '2026-07-01' })).toMatchObject({ status: 'late', due: '2026-04-10' })
    expect(classifyLetter(d(1, '2026-05-05'), { asOf: '2026-07-01' })).toMatchObject({ status: 'on-time', due: '2026-05-11' })
    expect(classifyLetter(d(2, '2026-06-09'), { asOf: '2026-07-01' })).toMatchObject({ status: 'on-time', due: '2026-06-09' })
    expect(() => classifyLetter(d(3, '2026-06-09'), { asOf: '2026-07-01' })).toThrow(/25\/2018\/QH14/)
    expect(classifyLetter({ kind: 'denunciation', received: '2026-03-02', events: [{ type: 'forwarded', at: '2026-03-10' }] }, { asOf: '2026-03-31' }))
      .toMatchObject({ status: 'late', stage: 'forward', due: '2026-03-09' })
  })
  it('petitions and reflections: the first answer counts (Law 42/2013 Art 28(1))', () => {
    const classify = createLetterClassifier({ asOf: '2026-03-31' })
    expect(classify({ kind: 'reflection', received: '2026-03-02', events: [{ type: 'forwarded', at: '2026-03-16' }] }))
      .toMatchObject({ status: 'on-time', stage: 'answer', due: '2026-03-16' })
    expect(classify({ kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-17' }] }).status).toBe('late')
    expect(classify({ kind: 'petition', received: '2026-03-02', events: [{ type: 'withdrawn', at: '2026-03-05' }] }).status).toBe('withdrawn')
  })
  it('events after asOf are ignored; bad letters are refused', () => {
    expect(classifyLetter(complaint, { asOf: '2026-04-07' }).status).toBe('open')
    expect(() => classifyLetter({ kind: 'complaint', received: '2026-03-02', events: [{ type: 'extended', at: '2026-03-05' }] }, { asOf: '2026-03-31' })).toThrow(/no extension/)
    expect(() => classifyLetter({ kind: 'appeal', received: '2026-03-02' } as never, { asOf: '2026-03-31' })).toThrow(/letter.kind/)
    expect(() => classifyLetter({ kind: 'petition', received: '2026-03-02', events: [{ type: 'settled', at: '2026-03-01' }] }, { asOf: '2026-03-31' })).toThrow(/before receipt/)
    expect(() => classifyLetter({ kind: 'petition', received: '2026-04-02' }, { asOf: '2026-03-31' })).toThrow(/not after asOf/)
    expect(() => classifyLetter(complaint, { asOf: '2026-03-31', asof: 1 } as never)).toThrow(/Unknown option "asof"/)
  })
  it('the schema accepts what the classifier reads', () => {
    expect(LetterSchema.parse(complaint).events).toHaveLength(3)
    expect(LetterSchema.safeParse({ ...complaint, received: '2026-03-02T08:00:00' }).success).toBe(false)
  })
})
