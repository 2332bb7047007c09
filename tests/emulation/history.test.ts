import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consecutiveRun, MAX_RUN_YEARS, windowAfter } from 'hanhchinh/emulation'

describe('consecutiveRun ("liên tục")', () => {
  it('chinhsachonline 72011: CSTĐCS 2019, 2021, 2022, 2023 ⇒ the run is 2021–2023', () => {
    expect(consecutiveRun([2019, 2021, 2022, 2023], 2023)).toMatchObject({ from: 2021, to: 2023, length: 3, years: [2021, 2022, 2023], brokenAt: 2020 })
  })
  it('chinhphu.vn 442848: a final year without the fact breaks the chain', () => {
    expect(consecutiveRun([2016, 2017, 2018, 2019, 2020], 2021)).toMatchObject({ length: 0, brokenAt: 2021, from: 2022 })
  })
  it('respects the window start and reports missing data', () => {
    expect(consecutiveRun([2020, 2021, 2022], 2022, 2021)).toMatchObject({ years: [2021, 2022] })
    expect(consecutiveRun((y) => (y >= 2023 ? true : undefined), 2024)).toMatchObject({ length: 2, brokenAt: 2022, brokenByMissing: true })
  })
  it('laws: every year of the run holds the fact, the year before it does not (or is before the window), length ≤ window', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { maxLength: 31 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1990, max: 2030 }), (years, to, from) => {
        const set = new Set(years)
        const run = consecutiveRun(years, to, from)
        expect(run.years.every((y) => set.has(y))).toBe(true)
        expect(run.length).toBe(run.years.length)
        expect(run.length).toBeLessThanOrEqual(Math.max(0, to - from + 1))
        if (run.length > 0) expect(run.years[run.length - 1]).toBe(to)
        const before = run.from - 1
        if (before >= from) expect(set.has(before)).toBe(false)
      }),
    )
  })
})

describe('windowAfter (Decree 98/2023 Art 30.9)', () => {
  it('counts after the stated achievement period, else after the decision date or the listed year', () => {
    expect(windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', period: { from: 2015, to: 2019 }, decision: { date: '2020-09-15' } }, 2019)).toBe(2020)
    expect(windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', decision: { date: '2021-03-01' } }, 2019)).toBe(2021)
    expect(windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang' }, 2019)).toBe(2020)
  })
})

describe('hostile input (issue 13)', () => {
  it('consecutiveRun: a test that is neither a predicate nor an iterable of integer years is a TypeError', () => {
    expect(() => consecutiveRun(1 as never, 2021)).toThrow(/^Invalid type for test: 1 \(expected a predicate/)
    expect(() => consecutiveRun(null as never, 2021)).toThrow(TypeError)
    expect(() => consecutiveRun('2021' as never, 2021)).toThrow(TypeError) // a string is not a set of years
    expect(() => consecutiveRun(['2021'] as never, 2021)).toThrow('Invalid type for test[0]: "2021" (expected an integer year)')
    expect(() => consecutiveRun(new Set([2020, 2021.5]), 2021)).toThrow(RangeError)
    // eslint-disable-next-line no-sparse-arrays
    expect(() => consecutiveRun([2020, , 2021] as never, 2021)).toThrow('Invalid test[1]: undefined (expected an integer year (the array has a hole here))')
    expect(consecutiveRun(new Set([2020, 2021]), 2021).length).toBe(2)
  })
  it('consecutiveRun: years outside 1945–9999 are refused before the walk (a predicate always true and from = -1e15 ran out of memory)', () => {
    const t0 = performance.now()
    expect(() => consecutiveRun(() => true, 2024, -1e15)).toThrow('Invalid from: -1000000000000000 (expected an integer year from 1945 to 10000)')
    expect(() => consecutiveRun([], 1e15)).toThrow(RangeError)
    expect(() => consecutiveRun([], 2024, '2020' as never)).toThrow(TypeError)
    expect(performance.now() - t0).toBeLessThan(100)
    expect(consecutiveRun(() => true, 9999, 10_000)).toMatchObject({ length: 0, from: 10_000 })
    expect(consecutiveRun(() => true, 1950).length).toBe(6)
  })
  it('consecutiveRun: an iterable longer than MAX_RUN_YEARS (it may be endless) is refused', () => {
    function* endless(): Generator<number> {
      for (;;) yield 2024
    }
    expect(() => consecutiveRun(endless(), 2024)).toThrow(/^Invalid test: .*at most MAX_RUN_YEARS = 100000 years/)
    expect(() => consecutiveRun(new Array(MAX_RUN_YEARS + 1).fill(2024), 2024)).toThrow('Invalid test.length: 100001 (expected at most MAX_RUN_YEARS = 100000 years)')
  })
  it('windowAfter: held award and listed year checked field by field', () => {
    expect(() => windowAfter(undefined as never, 2019)).toThrow(/^Invalid type for held: undefined/)
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang' }, undefined as never)).toThrow('Invalid type for listedYear: undefined (expected an integer year)')
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang' }, 1e9)).toThrow(RangeError)
    expect(() => windowAfter({ period: { from: 2015, to: 2019 } } as never, 2019)).toThrow(/^Invalid held\.award: undefined/)
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', period: 2019 } as never, 2019)).toThrow(/^Invalid type for held\.period: 2019/)
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', period: { from: 2020, to: 2019 } }, 2019)).toThrow(/^Invalid held\.period\.from: 2020 \(expected an integer year from 1945 to 2019\)/)
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', decision: { date: 20200915 } } as never, 2019)).toThrow('Invalid type for held.decision.date: 20200915 (expected an ISO date YYYY-MM-DD)')
    expect(() => windowAfter({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', decision: { date: '2020-02-30' } }, 2019)).toThrow(RangeError)
  })
  it('windowAfter and consecutiveRun read deep-frozen inputs without writing', () => {
    const held = Object.freeze({ award: 'bang-khen-thu-tuong', nature: 'cong-trang', decision: Object.freeze({ number: '1234/QĐ-TTg', date: '2021-03-01' }) } as const)
    expect(windowAfter(held, 2019)).toBe(2021)
    const years = Object.freeze([2021, 2022, 2023])
    expect(consecutiveRun(years, 2023).years).toEqual([2021, 2022, 2023])
  })
})
