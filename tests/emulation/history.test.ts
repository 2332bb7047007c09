import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { consecutiveRun, windowAfter } from 'hanhchinh/emulation'

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
