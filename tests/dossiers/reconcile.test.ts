import { describe, expect, it } from 'vitest'
import { reconcileFigures } from 'hanhchinh/dossiers'

describe('reconcileFigures', () => {
  it('accepts the consistent published 50.308 summary, in numbers or Vietnamese text', () => {
    expect(reconcileFigures({
      total: 50308,
      parts: { early: 42657, onTime: 7608, late: 43 },
      percentages: { early: 84.79, onTime: 15.12, late: 0.09 },
    })).toEqual([])
    expect(reconcileFigures({
      total: '50.308',
      parts: { early: '42.657', onTime: '7.608', late: '43' },
      percentages: { early: '84,79%', onTime: '15,12%', late: '0,09%' },
    })).toEqual([])
  })

  it('reports 675 received = 567 + 68 + 18 + 18 as not adding up, by 4', () => {
    const issues = reconcileFigures({ total: 675, parts: { early: 567, onTime: 68, returned: 18, pending: 18 } })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ kind: 'parts-sum', part: 'total', expected: 675, actual: 671, difference: 4 })
    expect(issues[0]!.message.vi).toContain('lệch 4')
  })

  it('reports a percentage that does not match its count (98,87% for 1.044 / 1.056)', () => {
    const issues = reconcileFigures({ total: 1056, parts: { onTime: 1044, late: 12 }, percentages: { onTime: '98,87%' } })
    expect(issues).toHaveLength(1)
    expect(issues[0]!.kind).toBe('percentage')
    expect(issues[0]!.part).toBe('onTime')
    expect(String(issues[0]!.expected)).toBe('98.86')
    expect(String(issues[0]!.actual)).toBe('98.87')
    const issue = issues[0]!
    if (issue.kind !== 'percentage') throw new Error(`expected a percentage inconsistency, got ${issue.kind}`)
    expect([issue.count, issue.total]).toEqual([1044, 1056])
    expect(issues[0]!.message.vi).toContain('98,86%')
  })

  it('accepts a largest-remainder value unless only half-up is allowed', () => {
    // 1/3 each: largest remainder publishes 33.34 for the first part
    const figures = { total: 3, parts: { a: 1, b: 1, c: 1 }, percentages: { a: '33,34', b: '33,33', c: '33,33' } }
    expect(reconcileFigures(figures)).toEqual([])
    expect(reconcileFigures({ ...figures, methods: ['round-half-up'] }).map((i) => i.part)).toEqual(['a'])
  })

  it('lists every inconsistency at once, and percentages of unknown parts', () => {
    const issues = reconcileFigures({
      total: 100, parts: { early: 50, late: 40 }, percentages: { early: 50, late: 45, onTime: 10 },
    })
    expect(issues.map((i) => [i.kind, i.part])).toEqual([
      ['parts-sum', 'total'], ['percentage', 'late'], ['unknown-part', 'onTime'],
    ])
  })

  it('incomplete parts: only an excess is an error', () => {
    expect(reconcileFigures({ total: 100, parts: { early: 60 }, complete: false })).toEqual([])
    expect(reconcileFigures({ total: 100, parts: { early: 60, late: 50 }, complete: false })[0]).toMatchObject({ difference: -10 })
  })

  it('throws on unreadable figures (programmer error)', () => {
    expect(() => reconcileFigures({ total: 'abc', parts: {} })).toThrow(/figures\.total/)
    expect(() => reconcileFigures({ total: 1, parts: { a: 1 }, percentages: { a: 'x%' } })).toThrow(/figures\.percentages\.a/)
  })
})
