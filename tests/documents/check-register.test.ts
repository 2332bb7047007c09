import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, toIsoDate } from 'hanhchinh/core'
import { checkRegister, type RegisterLine } from 'hanhchinh/documents'

const day = (start: string, n: number): string => addDays(start, n)

describe('checkRegister', () => {
  it('reports a duplicate, a gap and a missed 1 January restart exactly', () => {
    // Incoming register of a provincial office, end of 2023 and start of 2024
    const entries: RegisterLine[] = [
      { number: 4211, date: '2023-12-28', documentNumber: '3162/QĐ-UBND' },
      { number: 4212, date: '2023-12-29', documentNumber: '02/KH-VPUB' },
      { number: 4213, date: '2024-01-02', documentNumber: '12/UBND-VX' }, // should have been 01
      { number: 4214, date: '2024-01-02', documentNumber: '828/QĐ-TTg' },
      { number: 4214, date: '2024-01-03', documentNumber: '61/2018/NĐ-CP' }, // duplicate
      { number: 4217, date: '2024-01-04', documentNumber: '01/2018/TT-VPCP' }, // 4215–4216 missing
    ]
    const r = checkRegister(entries, { firstNumbers: { 2023: 4211 } })
    expect(r.ok).toBe(false)
    expect(r.issues).toHaveLength(3)
    expect(r.issues[0]).toMatchObject({ code: 'no-restart', year: 2024, firstNumber: 4213, previousYearLast: 4212, entries: [2], basis: { article: '22' } })
    expect(r.issues[1]).toMatchObject({ code: 'duplicate', year: 2024, number: 4214, entries: [3, 4] })
    expect(r.issues[2]).toMatchObject({ code: 'gap', year: 2024, from: 4215, to: 4216, count: 2 })
    expect(r.issues[2]?.message.vi).toBe('Năm 2024: sổ thiếu các số 4215–4216 (2 số)')
    expect(r.counts).toEqual({ duplicates: 1, gaps: 1, missingNumbers: 2, outOfOrder: 0, noRestart: 1, levelNotInForce: 0 })
    expect(r.series).toMatchObject([
      { seriesKind: 'regular', year: 2023, entries: 2, first: 4211, last: 4212 },
      { seriesKind: 'regular', year: 2024, entries: 4, first: 4213, last: 4217, missing: 2 },
    ])
  })

  it('accepts a correct register with a restart at 01 on 1 January', () => {
    const r = checkRegister({
      direction: 'outgoing',
      entries: [
        { number: 3161, date: toIsoDate('2021-12-20') }, { number: 3162, date: toIsoDate('2021-12-20') },
        { number: 1, date: toIsoDate('2022-01-04') }, { number: 2, date: toIsoDate('2022-01-04') }, { number: 3, date: toIsoDate('2022-01-05') },
      ],
    }, { firstNumbers: { 2021: 3161 } })
    expect(r).toMatchObject({ ok: true, issues: [] })
  })

  it('reports a year starting above 01 without a previous year as a gap', () => {
    const r = checkRegister([{ number: 3, date: '2024-01-02' }, { number: 4, date: '2024-01-03' }])
    expect(r.issues).toMatchObject([{ code: 'gap', from: 1, to: 2 }])
  })

  it('keeps classified documents and copies in separate series (Art 15(2); Phụ lục I II.II.1(c))', () => {
    const r = checkRegister({
      direction: 'outgoing',
      entries: [
        { number: 1, date: toIsoDate('2024-01-02') },
        { number: 1, date: toIsoDate('2024-01-03'), secrecy: 'mat' },
        { number: 2, date: toIsoDate('2024-01-04') },
        { number: 1, date: toIsoDate('2024-01-05'), documentNumber: '01/SY-VPUB' },
        { number: 2, date: toIsoDate('2024-01-06'), copy: true },
        { number: 3, date: toIsoDate('2024-01-06'), secrecy: 'toi-mat' },
      ],
    })
    expect(r.series.map((s) => [s.seriesKind, s.entries, s.last])).toEqual([['regular', 2, 2], ['copy', 2, 2], ['classified', 2, 3]])
    expect(r.issues).toMatchObject([{ code: 'gap', seriesKind: 'classified', from: 2, to: 2, basis: { article: '15' } }])
    expect(r.issues[0]?.message.vi).toBe('Năm 2024: sổ văn bản mật thiếu số 02')
  })

  it('blames only the misdated entry for dates out of order', () => {
    const r = checkRegister([
      { number: 1, date: '2024-01-02' }, { number: 2, date: '2024-01-03' }, { number: 3, date: '2024-03-01' },
      { number: 4, date: '2024-01-04' }, { number: 5, date: '2024-01-05' },
    ])
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]).toMatchObject({ code: 'out-of-order', number: 3, date: '2024-03-01', entries: [2] })
    const early = checkRegister([{ number: 1, date: '2024-01-04' }, { number: 2, date: '2024-01-05' }, { number: 3, date: '2024-01-03' }, { number: 4, date: '2024-01-06' }])
    expect(early.issues).toMatchObject([{ code: 'out-of-order', number: 3, previous: { number: 2, date: '2024-01-05' } }])
    expect(early.issues[0]?.message.vi).toBe('Năm 2024: số 03 ngày 03/01/2024 sớm hơn số 02 ngày 05/01/2024 — số không theo thứ tự thời gian')
    // a register whose earliest entry is 4211 on 28/12 is an extract of that year: 01–4210 are not reported,
    // unless told to (detectExtracts: false); the summary says the year was read as an extract
    const extract = checkRegister([{ number: 4211, date: '2023-12-28' }])
    expect(extract.issues).toEqual([])
    expect(extract.series).toMatchObject([{ year: 2023, first: 4211, extract: true, missing: 0 }])
    expect(checkRegister([{ number: 4211, date: '2023-12-28' }], { detectExtracts: false }).issues).toMatchObject([{ code: 'gap', from: 1, to: 4210 }])
  })

  it('reads a register exported around 1 January as an extract of the earlier year, so the three faults are reported exactly', () => {
    // the same register as the first test, without firstNumbers
    const r = checkRegister([
      { number: 4211, date: '2023-12-28' }, { number: 4212, date: '2023-12-29' },
      { number: 4213, date: '2024-01-02' }, { number: 4214, date: '2024-01-02' }, { number: 4214, date: '2024-01-03' },
      { number: 4217, date: '2024-01-04' },
    ])
    expect(r.issues.map((i) => [i.code, i.year])).toEqual([['no-restart', 2024], ['duplicate', 2024], ['gap', 2024]])
    expect(r.series.map((x) => [x.year, x.extract])).toEqual([[2023, true], [2024, false]])
    // a first entry dated in January is not an extract: numbers 01–02 are missing
    expect(checkRegister([{ number: 3, date: '2024-01-02' }, { number: 4, date: '2024-02-03' }]).issues).toMatchObject([{ code: 'gap', from: 1, to: 2 }])
    // the later year of a series is never an extract: a 2024 that starts at 05 in March after a 2023 is a gap
    expect(checkRegister([{ number: 4211, date: '2023-12-28' }, { number: 5, date: '2024-03-01' }]).issues).toMatchObject([{ code: 'gap', year: 2024, from: 1, to: 4 }])
    expect(() => checkRegister([], { detectExtracts: 'yes' as never })).toThrow(/options\.detectExtracts/)
  })

  it('keeps extra series apart', () => {
    const r = checkRegister([{ number: 1, date: '2024-01-02', series: 'Hội đồng thi đua' }, { number: 1, date: '2024-01-02' }])
    expect(r.ok).toBe(true)
  })

  it('throws for impossible entries, naming the field', () => {
    expect(() => checkRegister([{ number: 0, date: '2024-01-02' }])).toThrow(/entries\[0\]\.number/)
    expect(() => checkRegister([{ number: 1, date: '2024-02-30' }])).toThrow(/entries\[0\]\.date/)
  })

  it('throws for a secrecy level, copy flag or direction it does not know instead of guessing a series', () => {
    // "bí mật" is not one of the three levels of Law 29/2018/QH14 Art 8: an error, not a silent classified series
    expect(() => checkRegister([{ number: 1, date: '2024-01-02', secrecy: 'bí mật' as never }])).toThrow(RangeError)
    expect(() => checkRegister([{ number: 1, date: '2024-01-02' }, { number: 2, date: '2024-01-02', secrecy: 'bí mật' as never }])).toThrow(/entries\[1\]\.secrecy: "bí mật"/)
    expect(() => checkRegister([{ number: 1, date: '2024-01-02', copy: 'có' as never }])).toThrow(/entries\[0\]\.copy/)
    expect(() => checkRegister([{ number: 1, date: '2024-01-02', documentNumber: 3162 as never }])).toThrow(TypeError)
    expect(() => checkRegister({ direction: 'đến' as never, entries: [] })).toThrow(/direction: "đến"/)
    expect(() => checkRegister([], { direction: 'in' as never })).toThrow(/options\.direction/)
    expect(() => checkRegister([], { firstNumbers: { 2024: 0 } })).toThrow(/options\.firstNumbers\[2024\]/)
  })

  it('finds every injected gap and duplicate (property)', () => {
    const arb = fc.record({
      size: fc.integer({ min: 2, max: 300 }),
      removed: fc.uniqueArray(fc.integer({ min: 1, max: 299 }), { maxLength: 30 }),
      duplicated: fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 10 }),
      startDay: fc.integer({ min: 0, max: 20 }),
    })
    fc.assert(fc.property(arb, ({ size, removed, duplicated, startDay }) => {
      const gone = new Set(removed.filter((n) => n < size))
      const lines: RegisterLine[] = []
      for (let n = 1; n <= size; n++) {
        if (gone.has(n)) continue
        const date = day('2024-01-02', startDay + Math.floor(n / 3))
        lines.push({ number: n, date })
        if (duplicated.includes(n)) lines.push({ number: n, date })
      }
      // shuffle deterministically: reverse halves
      const shuffled = [...lines.slice(lines.length >> 1), ...lines.slice(0, lines.length >> 1)]
      const r = checkRegister(shuffled)
      const missing: number[] = []
      for (const i of r.issues) if (i.code === 'gap') for (let n = i.from; n <= i.to; n++) missing.push(n)
      const dups = r.issues.filter((i) => i.code === 'duplicate').map((i) => (i.code === 'duplicate' ? i.number : 0))
      const expectedDups = duplicated.filter((n) => n <= size && !gone.has(n)).sort((a, b) => a - b)
      return JSON.stringify(missing) === JSON.stringify([...gone].sort((a, b) => a - b))
        && JSON.stringify(dups) === JSON.stringify(expectedDups)
        && r.issues.every((i) => i.code === 'gap' || i.code === 'duplicate')
    }), { numRuns: 300 })
  })
})

describe('checkRegister — one issue shape, options read once', () => {
  const entries = [
    { number: 4211, date: '2023-12-28' }, { number: 4212, date: '2023-12-29' },
    { number: 4213, date: '2024-01-02' }, { number: 4214, date: '2024-01-02' }, { number: 4214, date: '2024-01-03' },
    { number: 4217, date: '2024-01-04' },
  ]
  it('every issue is a ValidationIssue pointing at its entry', () => {
    const r = checkRegister(entries, { firstNumbers: { 2023: 4211 } })
    for (const i of r.issues) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'path', 'message', 'severity']))
      expect(i.severity).toBe('error')
      expect(typeof i.message.vi).toBe('string')
      expect(typeof i.message.en).toBe('string')
    }
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['no-restart', ['entries', 2, 'number']],
      ['duplicate', ['entries', 4, 'number']],
      ['gap', ['entries', 5, 'number']],
    ])
  })
  it('writes dates the Vietnamese way in the out-of-order message', () => {
    const r = checkRegister([{ number: 1, date: '2024-01-02' }, { number: 2, date: '2024-03-01' }, { number: 3, date: '2024-01-05' }, { number: 4, date: '2024-01-06' }])
    expect(r.issues).toMatchObject([{ code: 'out-of-order', path: ['entries', 1, 'date'] }])
    expect(r.issues[0]?.message.vi).toContain('ngày 01/03/2024')
  })
  it('refuses misspelt and ill-typed options', () => {
    expect(() => checkRegister(entries, { firstNumber: { 2023: 4211 } } as never)).toThrow(/Unknown option "firstNumber" of checkRegister \(did you mean "firstNumbers"/)
    expect(() => checkRegister(entries, null as never)).toThrow(TypeError)
    expect(() => checkRegister(entries, { direction: 'in' as never })).toThrow(/options\.direction/)
  })
})

describe('seriesKindOf — wrong shapes', () => {
  it('names the argument instead of reading a property of undefined', async () => {
    const { seriesKindOf } = await import('hanhchinh/documents')
    expect(() => seriesKindOf(undefined as never)).toThrow(/^Invalid type for line: undefined/)
    expect(() => seriesKindOf(null as never)).toThrow(TypeError)
    expect(() => seriesKindOf({ date: '2024-01-05', secrecy: 'secret' } as never)).toThrow(/line\.secrecy: "secret"/)
    expect(() => seriesKindOf({ date: '2024-01-05', copy: 'yes' } as never)).toThrow(/line\.copy/)
    expect(seriesKindOf({ date: '2024-01-05', documentNumber: '01/SY-VPUB' })).toBe('copy')
  })
})
