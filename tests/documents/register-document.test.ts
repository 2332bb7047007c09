import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, toIsoDate } from 'hanhchinh/core'
import { checkRegister, nextRegisterNumber, registerDocument, type Register } from 'hanhchinh/documents'

describe('nextRegisterNumber / registerDocument', () => {
  it('restarts at 01 on 1 January and keeps classified documents and copies apart', () => {
    const entries = [
      { number: 4212, date: '2023-12-29' },
      { number: 17, date: '2023-12-29', secrecy: 'mat' as const },
      { number: 250, date: '2023-12-29', copy: true },
    ]
    expect(nextRegisterNumber(entries, { date: '2023-12-30' })).toBe(4213)
    expect(nextRegisterNumber(entries, { date: '2024-01-01' })).toBe(1)
    expect(nextRegisterNumber(entries, { date: '2023-12-30', secrecy: 'tuyet-mat' })).toBe(18)
    expect(nextRegisterNumber(entries, { date: '2023-12-30', documentNumber: '251/SY-VPUB' })).toBe(251)
    expect(nextRegisterNumber(entries, { date: '2023-12-30', series: 'Hội đồng' })).toBe(1)
    expect(() => nextRegisterNumber(entries, { date: '2023-12-32' })).toThrow(/line\.date/)
  })

  it('refuses an invalid entry instead of writing it into the book', () => {
    const book: Register = { direction: 'incoming', entries: [{ number: 1, date: toIsoDate('2024-01-02') }] }
    expect(() => registerDocument(book, { date: toIsoDate('2024-01-03'), urgency: 'gấp' as never })).toThrow(/entry\.urgency: "gấp"/)
    expect(() => registerDocument(book, { date: '2024-02-30' as never })).toThrow(/entry\.date: "2024-02-30"/)
    expect(() => registerDocument(book, { date: toIsoDate('2024-01-03'), secrecy: 'bí mật' as never })).toThrow(/entry\.secrecy/)
    expect(book.entries).toHaveLength(1)
    // the entries already in the book are checked too
    expect(() => nextRegisterNumber([{ number: 1, date: '2024-01-02' }, { number: 0, date: '2024-01-02' }], { date: '2024-01-03' })).toThrow(/entries\[1\]\.number: 0/)
  })

  it('a register built by registerDocument always passes checkRegister (property)', () => {
    const arb = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 5 }), secret: fc.boolean(), copy: fc.boolean() }), { maxLength: 200 })
    fc.assert(fc.property(arb, (steps) => {
      let book: Register = { direction: 'outgoing', entries: [] }
      let date = '2023-12-20'
      for (const s of steps) {
        date = addDays(date, s.gap)
        const entry = { date: toIsoDate(date), ...(s.secret ? { secrecy: 'mat' as const } : {}), ...(s.copy ? { copy: true } : {}) }
        book = registerDocument(book, entry).register
      }
      return checkRegister(book).ok && book.entries.length === steps.length
    }), { numRuns: 200 })
  })
})
