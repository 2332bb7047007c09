import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh/core'
import { evaluateTargets, parseTarget, type Target } from 'hanhchinh/reform'

// The 2022 targets of a provincial People's Committee office, as worded in
// its resolution/plan (issue 7), read with parseTarget.
const wording = {
  'ho-so-dung-han': 'Trên 80% hồ sơ đảm bảo thời gian quy định',
  'tap-the-ldtt': 'Phấn đấu 80% tập thể đạt danh hiệu Tập thể lao động tiên tiến',
  'chi-so-cchc': 'Chỉ số cải cách TTHC trong nhóm 16 tỉnh/thành',
} as const

function targets2022(): Target[] {
  return Object.entries(wording).map(([id, text]) => parseTarget(text, { id }))
}

describe('evaluateTargets — 2022 targets of a provincial office', () => {
  it('reads the wording literally', () => {
    expect(targets2022().map((t) => [t.id, t.metric, t.comparator, t.value])).toEqual([
      ['ho-so-dung-han', 'ratio', '>', '80'],
      ['tap-the-ldtt', 'ratio', '>=', '80'],
      ['chi-so-cchc', 'rank', '<=', '16'],
    ])
  })

  it('all met: 42.657/50.308 dossiers on time (84,79%), 9 of 11 collectives (81,82%), rank 16 (BRVT PAR 2021)', () => {
    const r = evaluateTargets(targets2022(), {
      'ho-so-dung-han': { part: 42657, whole: 50308 },
      'tap-the-ldtt': { part: 9, whole: 11 },
      'chi-so-cchc': 16,
    })
    expect(r.map((x) => [x.id, x.status, x.met])).toEqual([
      ['ho-so-dung-han', 'met', true],
      ['tap-the-ldtt', 'met', true],
      ['chi-so-cchc', 'met', true],
    ])
    expect(r[0]!.actual!.toDecimalPlaces(2).toString()).toBe('84.79')
    expect(r[0]!.sentence.vi).toBe('Chỉ tiêu "Trên 80% hồ sơ đảm bảo thời gian quy định": thực hiện 84,79%, đạt (vượt 4,79 điểm phần trăm).')
    expect(r[2]!.margin!.toString()).toBe('0')
    expect(r[2]!.sentence.vi).toBe('Chỉ tiêu "Chỉ số cải cách TTHC trong nhóm 16 tỉnh/thành": thực hiện thứ 16, đạt (đúng mức chỉ tiêu).')
  })

  it('"trên 80%" is strict: exactly 80% is not met, "phấn đấu 80%" is', () => {
    const r = evaluateTargets(targets2022(), {
      'ho-so-dung-han': { part: 40246, whole: 50308 }, // 79,9992...%: published as 80,00% but below 80%
      'tap-the-ldtt': { part: 8, whole: 10 },
      'chi-so-cchc': 17,
    })
    expect(r[0]!.met).toBe(false)
    expect(r[1]!.met).toBe(true)
    expect(r[1]!.margin!.toString()).toBe('0')
    expect(r[2]).toMatchObject({ status: 'not-met', met: false })
    expect(r[2]!.margin!.toString()).toBe('-1')
    expect(r[2]!.sentence.en).toBe('Target "within the top 16": actual #17, not met (1 place short).')

    const exact = evaluateTargets(targets2022(), { 'ho-so-dung-han': { part: 4, whole: 5 }, 'tap-the-ldtt': '80', 'chi-so-cchc': { rank: 2, of: 21 } })
    expect(exact[0]!.actual!.toString()).toBe('80')
    expect(exact[0]).toMatchObject({ status: 'not-met', met: false })
    expect(exact[0]!.sentence.vi).toContain('chưa đạt (bằng mức chỉ tiêu, chưa vượt)')
    expect(exact[1]!.met).toBe(true)
    expect(exact[2]!.met).toBe(true)
    expect(exact[2]!.sentence.vi).toBe('Chỉ tiêu "Chỉ số cải cách TTHC trong nhóm 16 tỉnh/thành": thực hiện thứ 2/21, đạt (vượt 14 bậc).')
  })

  it('a published figure that rounds to 80,00% is still above 80% when compared exactly, not when rounded', () => {
    const t = targets2022().slice(0, 1)
    const part = 40247 // 40.247 / 50.308 = 80,0011...%
    expect(evaluateTargets(t, { 'ho-so-dung-han': { part, whole: 50308 } })[0]!.met).toBe(true)
    expect(evaluateTargets(t, { 'ho-so-dung-han': { part, whole: 50308 } }, { roundTo: 2 })[0]!.met).toBe(false)
  })

  it('without a figure the target is not measurable, never met', () => {
    const r = evaluateTargets(targets2022(), { 'ho-so-dung-han': null, 'tap-the-ldtt': { part: 0, whole: 0 } })
    expect(r.map((x) => x.status)).toEqual(['not-measurable', 'not-measurable', 'not-measurable'])
    expect(r.every((x) => x.met === null && x.margin === undefined)).toBe(true)
    expect(r[0]!.sentence.vi).toBe('Chỉ tiêu "Trên 80% hồ sơ đảm bảo thời gian quy định": không đánh giá được (chưa có số liệu).')
    expect(r[1]!.reason!.en).toBe('a ratio of zero things is undefined')
    expect(evaluateTargets(targets2022(), { 'ho-so-dung-han': 'n/a' })[0]!.reason!.vi).toBe('không đọc được số liệu "n/a"')
  })

  it('accepts Vietnamese figures and Decimals', () => {
    const t: Target[] = [{ id: 'a', metric: 'ratio', comparator: '>', value: 80 }, { id: 'b', metric: 'count', comparator: '>=', value: '50000' }]
    const r = evaluateTargets(t, { a: '84,79%', b: '50.308' })
    expect(r[0]!.actual!.toString()).toBe('84.79')
    expect(r[1]!.actual!.toString()).toBe('50308')
    expect(r[1]!.sentence.vi).toBe('Chỉ tiêu "từ 50.000 trở lên": thực hiện 50.308, đạt (vượt 308).')
    expect(evaluateTargets(t, { a: new Decimal('80.01') })[0]!.met).toBe(true)
  })

  it('follows each comparator; margin is positive on the good side', () => {
    const late = [{ id: 'tre-han', metric: 'ratio', comparator: '<', value: 1 }, { id: 'max', metric: 'count', comparator: '≤', value: 3 }, { id: 'all', metric: 'percent', comparator: '=', value: 100 }]
    const r = evaluateTargets(late, { 'tre-han': 0.4, max: 5, all: { part: 1044, whole: 1056 } })
    expect(r.map((x) => x.met)).toEqual([true, false, false])
    expect(r[0]!.margin!.toString()).toBe('0.6')
    expect(r[0]!.sentence.vi).toBe('Chỉ tiêu "dưới 1%": thực hiện 0,4%, đạt (thấp hơn ngưỡng 0,6 điểm phần trăm).')
    expect(r[1]!.sentence.en).toBe('Target "at most 3": actual 5, not met (2 over the limit).')
    expect(r[1]!.margin!.toString()).toBe('-2')
    expect(r[2]!.actual!.toDecimalPlaces(2).toString()).toBe('98.86')
    expect(r[2]!.sentence.vi).toBe('Chỉ tiêu "đạt 100%": thực hiện 98,86%, chưa đạt (thấp hơn 1,14 điểm phần trăm).')
  })

  it('carries the basis of the target', () => {
    const basis = [{ instrument: '02/KH-VPUB', title: 'Kế hoạch CCHC năm 2022 của Văn phòng UBND tỉnh' }]
    const [r] = evaluateTargets([{ id: 'a', metric: 'ratio', comparator: '>', value: 80, basis }], { a: 90 })
    expect(r!.basis).toEqual(basis)
  })

  it('supports fractions as the ratio scale', () => {
    const r = evaluateTargets([{ id: 'f', metric: 'ratio', comparator: '>', value: 0.8, scale: 'fraction' }], { f: { part: 42657, whole: 50308 } })
    expect(r[0]!.met).toBe(true)
    expect(r[0]!.sentence.en).toBe('Target "more than 80%": actual 84.79%, met (4.79 percentage points over).')
  })

  it('refuses programmer errors naming the target', () => {
    expect(() => evaluateTargets([{ id: 'a', metric: 'ratio', comparator: '>' }], {})).toThrow(/targets\[0\]\.value/)
    expect(() => evaluateTargets([{ id: 'a', metric: 'ratio', comparator: '>', value: 1 }, { id: 'a', metric: 'count', comparator: '>', value: 1 }], {})).toThrow(/targets\[1\]\.id/)
    expect(() => evaluateTargets([{ id: 'r', metric: 'rank', comparator: '<=', value: 16 }], { r: 0 })).toThrow(/actuals\["r"\]/)
    expect(() => evaluateTargets([{ id: 'r', metric: 'rank', comparator: '<=', value: 2.5 }], { r: 1 })).toThrow(RangeError)
    expect(() => evaluateTargets([{ id: 'c', metric: 'count', comparator: '>', value: 1 }], { c: { part: 1, whole: 2 } })).toThrow(/actuals\["c"\]/)
    expect(() => evaluateTargets([{ id: 'c', metric: 'ratio', comparator: '>', value: 1 }], { c: { part: 3, whole: 2 } })).toThrow(RangeError)
    expect(() => evaluateTargets([], {}, { roundTo: -1 })).toThrow(/options\.roundTo/)
  })

  it('refuses figures that cannot be true instead of judging or shelving them', () => {
    const onTime = [{ id: 'dung-han', metric: 'ratio', comparator: '>', value: 80 }]
    // NaN (0/0 in the caller's code) was reported as "not measurable", like a figure not yet known
    expect(() => evaluateTargets(onTime, { 'dung-han': NaN })).toThrow(/actuals\["dung-han"\]: NaN/)
    expect(() => evaluateTargets(onTime, { 'dung-han': Infinity })).toThrow(RangeError)
    // a negative share was "not met, 85 points short"
    expect(() => evaluateTargets(onTime, { 'dung-han': -5 })).toThrow(/actuals\["dung-han"\]: -5/)
    expect(() => evaluateTargets(onTime, { 'dung-han': '-5%' })).toThrow(RangeError)
    expect(() => evaluateTargets([{ id: 'c', metric: 'count', comparator: '>=', value: -3 }], { c: 2 })).toThrow(/targets\[0\]\.value: -3/)
    // rank 20 of 10 units ranked was "not met, 4 places short"
    expect(() => evaluateTargets([{ id: 'par', metric: 'rank', comparator: '<=', value: 16 }], { par: { rank: 20, of: 10 } })).toThrow(/actuals\["par"\]\.rank: 20/)
    // a figure filed under a mistyped id is named in the reason, not silently ignored
    const typo = evaluateTargets(onTime, { 'dung-han ': 84.79 })[0]!
    expect(typo.status).toBe('not-measurable')
    expect(typo.reason!.en).toBe('no figure yet; no figure under "dung-han", figures under ids no target has: "dung-han "')
    expect(evaluateTargets(onTime, { 'dung-han': null })[0]!.reason!.en).toBe('no figure yet')
    // 80 with scale 'fraction' read as 8000%
    expect(() => evaluateTargets([{ id: 'f', metric: 'ratio', comparator: '>', value: 80, scale: 'fraction' }], { f: 0.9 })).toThrow(/targets\[0\]\.value: 80/)
    // the message shows the offending value, not the whole target
    expect(() => evaluateTargets([{ id: 'a', metric: 'ratio', comparator: '>', value: NaN }], {})).toThrow(/targets\[0\]\.value: NaN/)
    expect(() => evaluateTargets([{ id: 'a', metric: 'ratio', comparator: '>>', value: 80 }], {})).toThrow(/targets\[0\]\.comparator: ">>"/)
    // still data, not errors: no figure, unreadable text, a ratio of nothing; a share above 100% ("đạt 105% dự toán") is allowed
    expect(evaluateTargets(onTime, { 'dung-han': 'n/a' })[0]!.status).toBe('not-measurable')
    expect(evaluateTargets(onTime, { 'dung-han': { part: 0, whole: 0 } })[0]!.status).toBe('not-measurable')
    expect(evaluateTargets(onTime, { 'dung-han': 105 })[0]!.met).toBe(true)
  })
})

describe('evaluateTargets properties', () => {
  const cmp = fc.constantFrom('>' as const, '>=' as const, '=' as const, '<=' as const, '<' as const)
  it('met agrees with the comparison and the sign of the margin', () => {
    fc.assert(
      fc.property(cmp, fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }), (comparator, v, a) => {
        const [r] = evaluateTargets([{ id: 't', metric: 'ratio', comparator, value: v / 100 }], { t: a / 100 })
        const expected = { '>': a > v, '>=': a >= v, '=': a === v, '<=': a <= v, '<': a < v }[comparator]
        expect(r!.met).toBe(expected)
        expect(r!.difference!.toString()).toBe(new Decimal(a).minus(v).div(100).toString())
        if (comparator !== '=') {
          const strict = comparator === '>' || comparator === '<'
          expect(r!.met).toBe(strict ? r!.margin!.gt(0) : r!.margin!.gte(0))
        }
      }),
    )
  })
  it('a rank target "trong nhóm k" is met exactly when rank ≤ k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 63 }), fc.integer({ min: 1, max: 63 }), (rank, k) => {
        const [r] = evaluateTargets([{ id: 'par', metric: 'rank', comparator: '<=', value: k }], { par: rank })
        expect(r!.met).toBe(rank <= k)
        const [s] = evaluateTargets([{ id: 'par', metric: 'rank', comparator: '<', value: k }], { par: rank })
        expect(s!.met).toBe(rank < k)
      }),
    )
  })
})

describe('evaluateTargets options', () => {
  it('refuses a misspelt option instead of comparing exactly in silence', () => {
    const t = [{ id: 'ho-so', metric: 'ratio', comparator: '>', value: 80 }]
    expect(() => evaluateTargets(t, { 'ho-so': '80,004' }, { roundto: 2 } as never)).toThrow(/Unknown option "roundto" of evaluateTargets \(did you mean "roundTo"/)
    expect(evaluateTargets(t, { 'ho-so': '80,004' }, { roundTo: 2 })[0]?.met).toBe(false)
    expect(evaluateTargets(t, { 'ho-so': '80,004' })[0]?.met).toBe(true)
  })
})

describe('evaluateTargets — hostile figures', () => {
  const target = [{ id: 'ho-so', metric: 'ratio', comparator: '>', value: 80 }] as const
  it('names the figure whose exponent is absurd, before any formatting', () => {
    expect(() => evaluateTargets([{ id: 'a', metric: 'count', comparator: '>=', value: 1 }], { a: new Decimal('1e9000000000000000') })).toThrow(/Invalid actuals\["a"\]: .*exponent/)
    expect(() => evaluateTargets([{ id: 'a', metric: 'count', comparator: '>=', value: 1 }], { a: '9'.repeat(5000) })).toThrow(/Invalid actuals\["a"\]/)
  })
  it('names part and whole of the wrong type instead of an engine error', () => {
    expect(() => evaluateTargets([...target], { 'ho-so': { part: Object.create(null), whole: 1056 } as never })).toThrow(/^Invalid type for actuals\["ho-so"\]\.part/)
    expect(() => evaluateTargets([...target], { 'ho-so': { part: 1044, whole: 10n } as never })).toThrow(TypeError)
    expect(() => evaluateTargets([...target], { 'ho-so': Symbol('x') as never })).toThrow(TypeError)
    const [r] = evaluateTargets([...target], { 'ho-so': { part: 1044, whole: 1056 } })
    expect(r?.status).toBe('met')
    expect(r?.actual?.toFixed(2)).toBe('98.86')
  })
})
