import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rankChange, rankChangePhrase, scoreChangePhrase } from 'hanhchinh/rankings'
import { Decimal } from 'hanhchinh/core'

describe('rankChange', () => {
  it('Thái Bình PCI 25 (2020) → 47 (2021) → 28 (2022): "giảm 22 bậc" then "tăng 19 bậc"', () => {
    const a = rankChange({ rank: 25, of: 63 }, { rank: 47, of: 63 })
    expect(a).toMatchObject({ from: 25, to: 47, of: 63, change: -22, direction: 'down', phrase: { vi: 'giảm 22 bậc', en: 'down 22 places' } })
    const b = rankChange({ rank: 47, of: 63 }, { rank: 28, of: 63 })
    expect(b).toMatchObject({ from: 47, to: 28, change: 19, direction: 'up', phrase: { vi: 'tăng 19 bậc', en: 'up 19 places' } })
  })

  it('Nghệ An PCI 2022: 30th → 23rd, 66.60 points, "tăng 7 bậc" (baonghean.vn post267904)', () => {
    expect(rankChange({ rank: 30, of: 63 }, { rank: 23, of: 63, score: '66.60' }).phrase.vi).toBe('tăng 7 bậc')
  })

  it('Bắc Giang PCI 2022: up 29 places and +8.06 points to 72.80 (2021 score derived: 64.74)', () => {
    const c = rankChange({ rank: 31, score: '64.74' }, { rank: 2, score: '72.80' })
    expect(c.change).toBe(29)
    expect(c.scoreChange?.toString()).toBe('8.06')
    expect(c.scorePhrase).toEqual({ vi: 'tăng 8,06 điểm', en: 'up 8.06 points' })
    expect(c.opposite).toBe(false)
  })

  it('Hải Phòng PAR INDEX: 90.09 (2022) → 91.81 (2023) is +1.72 percentage points (ranks illustrative)', () => {
    const c = rankChange({ rank: 5, score: '90.09' }, { rank: 5, score: '91.81' }, { scoreUnit: 'percentage-points' })
    expect(c.direction).toBe('same')
    expect(c.phrase).toEqual({ vi: 'giữ nguyên', en: 'unchanged' })
    expect(c.scorePhrase).toEqual({ vi: 'tăng 1,72 điểm %', en: 'up 1.72 percentage points' })
  })

  it('score and rank can move in opposite directions (Hòa Bình PAR 2024: +1.42 points, −2 places; absolute values illustrative)', () => {
    const c = rankChange({ rank: 30, score: '85.00' }, { rank: 32, score: '86.42' })
    expect(c.direction).toBe('down')
    expect(c.scoreDirection).toBe('up')
    expect(c.opposite).toBe(true)
    expect(c.scoreChange?.toString()).toBe('1.42')
  })

  it('Bà Rịa - Vũng Tàu 2021 (baobariavungtau.com.vn, 7/2022): PAR +1,59 but "giảm 7 bậc"; PCI 69,03 (+3,55) "tăng 6 bậc" to 9th', () => {
    // PAR 2021: 87.61, 16th (rules §6.1); 2020 values derived from the stated changes
    const par = rankChange({ rank: 9, of: 63, score: '86.02' }, { rank: 16, of: 63, score: '87.61' }, { scoreUnit: 'percentage-points' })
    expect(par.phrase.vi).toBe('giảm 7 bậc')
    expect(par.scorePhrase?.vi).toBe('tăng 1,59 điểm %')
    expect(par.opposite).toBe(true)
    const pci = rankChange({ rank: 15, of: 63, score: '65.48' }, { rank: 9, of: 63, score: '69.03' })
    expect(pci).toMatchObject({ change: 6, direction: 'up', phrase: { vi: 'tăng 6 bậc' }, scorePhrase: { vi: 'tăng 3,55 điểm' }, opposite: false })
  })

  it('has no plain difference between rankings of different sizes', () => {
    expect(() => rankChange({ rank: 19, of: 63 }, { rank: 5, of: 34 })).toThrow(/compareRankings/)
  })

  it('refuses invalid places, naming them', () => {
    expect(() => rankChange({ rank: 0 }, { rank: 1 })).toThrow(/previous.rank/)
    expect(() => rankChange({ rank: 1 }, { rank: 64, of: 63 })).toThrow(/current.rank: 64/)
    expect(() => rankChange({ rank: 1, of: 0 }, { rank: 1 })).toThrow(/previous.of/)
    expect(() => rankChange(null as never, { rank: 1 })).toThrow(TypeError)
    expect(() => rankChange({ rank: 1 }, { rank: 1 }, { scoreUnit: 'percent' as 'points' })).toThrow(/options.scoreUnit/)
    expect(() => rankChange({ rank: 1 }, { rank: 1 }, 'percentage-points' as never)).toThrow('Invalid type for rankChange options: "percentage-points"')
    expect(() => rankChange({ rank: 1 }, { rank: 1 }, { unit: 'points' } as never)).toThrow('Unknown option "unit" of rankChange (valid options: scoreUnit)')
    expect(() => rankChange({ rank: 1 }, { rank: 1 }, { scoreunit: 'points' } as never)).toThrow(/did you mean "scoreUnit"/)
  })

  it('phrases', () => {
    expect(rankChangePhrase(1)).toEqual({ vi: 'tăng 1 bậc', en: 'up 1 place' })
    expect(rankChangePhrase(-7)).toEqual({ vi: 'giảm 7 bậc', en: 'down 7 places' })
    expect(scoreChangePhrase(new Decimal('-0.83'), 'percentage-points')).toEqual({ vi: 'giảm 0,83 điểm %', en: 'down 0.83 percentage points' })
    expect(scoreChangePhrase(new Decimal(0)).en).toBe('score unchanged')
    // a unit that is neither is refused, not read as percentage points
    expect(() => scoreChangePhrase(new Decimal('1.42'), 'percent' as never)).toThrow("Invalid unit: \"percent\" (expected one of 'points', 'percentage-points')")
    expect(() => rankChangePhrase(NaN)).toThrow(RangeError)
  })

  it('is antisymmetric: swapping the years negates the change and swaps the direction', () => {
    const flip = { up: 'down', down: 'up', same: 'same' } as const
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n }))),
      fc.tuple(fc.integer({ min: -10000, max: 10000 }), fc.integer({ min: -10000, max: 10000 })),
      ([n, a, b], [sa, sb]) => {
        const x = rankChange({ rank: a, of: n, score: new Decimal(sa).div(100) }, { rank: b, of: n, score: new Decimal(sb).div(100) })
        const y = rankChange({ rank: b, of: n, score: new Decimal(sb).div(100) }, { rank: a, of: n, score: new Decimal(sa).div(100) })
        expect(x.change + y.change).toBe(0)
        expect(y.direction).toBe(flip[x.direction])
        expect(x.scoreChange!.plus(y.scoreChange!).isZero()).toBe(true)
        expect(x.change).toBe(a - b)
      },
    ))
  })
})

describe('scoreChangePhrase on hostile input (issue 13)', () => {
  it('requires a finite Decimal', () => {
    expect(() => scoreChangePhrase(1.42 as never)).toThrow(TypeError)
    expect(() => scoreChangePhrase(undefined as never)).toThrow(/^Invalid type for change: undefined/)
    expect(() => scoreChangePhrase(new Decimal(Number.NaN))).toThrow(RangeError)
    expect(scoreChangePhrase(new Decimal('1.42')).vi).toBe('tăng 1,42 điểm')
  })
})
