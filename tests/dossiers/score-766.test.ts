import { describe, expect, it } from 'vitest'
import { dossierReport, indicatorPoints, score766, SCORE_766_TABLE, Score766InputsSchema, type DossierLike } from 'hanhchinh/dossiers'

const wd = (amount: number) => ({ amount, unit: 'working-days' }) as const
// March 2026: 7 dossiers; 766 on time: B (early), D and E (open, not due), F (awaiting since before its due date), G (refused
// before its due date); not on time: A (returned late), C (open past due). 5 / 7 = 71.43 %.
const MARCH: DossierLike[] = [
  { code: 'A', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3), events: [{ type: 'returned', at: '2026-03-10T09:00:00+07:00' }] },
  { code: 'B', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(3), events: [{ type: 'processed', at: '2026-03-04T09:00:00+07:00' }] },
  { code: 'C', receivedAt: '2026-03-09T08:00:00+07:00', timeLimit: wd(5) },
  { code: 'D', receivedAt: '2026-03-18T08:00:00+07:00', timeLimit: wd(3) },
  { code: 'E', receivedAt: '2026-03-20T08:00:00+07:00', timeLimit: wd(10) },
  { code: 'F', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(10), events: [{ type: 'supplement-requested', at: '2026-03-04T10:00:00+07:00' }] },
  { code: 'G', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: wd(5), events: [{ type: 'refused', at: '2026-03-05T10:00:00+07:00' }] },
]
const PERIOD = { from: '2026-03-01', to: '2026-03-31' }

describe('score766', () => {
  const s = score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD })

  it('has the five groups, maxima 18/20/22/22/18 adding up to 100, and every indicator with its basis', () => {
    expect(s.groups.map((g) => [g.id, g.max])).toEqual([['1', 18], ['2', 20], ['3', 22], ['4', 22], ['5', 18]])
    expect(s.max).toBe(100)
    expect(s.groups.reduce((a, g) => a + g.max, 0)).toBe(100)
    const ids = s.groups.flatMap((g) => g.indicators.map((i) => i.id))
    expect(ids).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '3.5', '3.6', '4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4'])
    for (const g of s.groups) {
      for (const i of g.indicators) {
        expect(i.basis[0]).toMatchObject({ instrument: '766/QĐ-TTg', issued: '2022-06-23' })
        expect(i.basis.length).toBeGreaterThan(0)
      }
    }
  })

  it('computes 2.1 from the dossiers: the 766 on-time rate and its points', () => {
    const i21 = s.groups[1]!.indicators[0]!
    expect(i21).toMatchObject({ id: '2.1', status: 'measured', max: 20, figures: { onTime: 5, total: 7 } })
    expect(String(i21.figures.rate)).toBe('71.43')
    expect(String(i21.points)).toBe('14.29')
    const r = dossierReport(MARCH, { asOf: '2026-03-20', period: PERIOD })
    expect(String(i21.points)).toBe(String(indicatorPoints(r.indicator766.rate, { max: 20, fullAt: 100 })))
    expect(i21.basis[1]!.unconfirmed).toMatch(/curve/)
  })

  it('marks every indicator without data not-measurable, naming the input — never 0, never full marks', () => {
    const unmeasured = s.groups.flatMap((g) => g.indicators).filter((i) => i.status === 'not-measurable')
    expect(unmeasured.map((i) => i.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '3.1', '3.2', '3.3', '3.5', '3.6', '4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4'])
    for (const i of unmeasured) {
      expect(i.points).toBeUndefined()
      expect(i.missing!.length).toBeGreaterThan(0)
    }
    expect(unmeasured.find((i) => i.id === '5.4')!.missing).toEqual(['inputs.feedback.dossiersWithFeedback'])
    expect(unmeasured.find((i) => i.id === '1.2')!.missing).toEqual(['inputs.publication.publishedOnTime'])
    // an indicator whose maximum no source gives stays unscored even with its input, and says so
    const with31 = score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, inputs: { online: { servicesOnline: { count: 90, of: 100 } } } })
    const i31 = with31.groups[2]!.indicators[0]!
    expect(i31).toMatchObject({ status: 'not-measurable', max: null, figures: { count: 90, of: 100 } })
    expect(i31.missing![0]).toMatch(/maximum points of indicator 3.1/)
    expect(String(s.total)).toBe('14.29')
    expect(s.measuredMax).toBe(20)
  })

  it('scores the non-dossier inputs on their thresholds: 5.4 from the overdue rate and the feedback, 3.6 proportional', () => {
    const t = score766({
      dossiers: MARCH, asOf: '2026-03-20', period: PERIOD,
      inputs: { feedback: { dossiersWithFeedback: 1, classified: { count: 0, of: 0 } }, online: { paidOnline: { count: 786, of: 1000 } }, publication: { publishedOnTime: { count: 42, of: 42 } } },
    })
    const byId = new Map(t.groups.flatMap((g) => g.indicators).map((i) => [i.id, i]))
    // 100 − (2/7 + 1/7) × 100 = 57.14 %; 57.14 × 6 ÷ 90 = 3.81
    expect(String(byId.get('5.4')!.figures.rate)).toBe('57.14')
    expect(String(byId.get('5.4')!.points)).toBe('3.81')
    expect(String(byId.get('3.6')!.points)).toBe('4.72')
    expect(String(byId.get('1.2')!.points)).toBe('4')
    expect(byId.get('5.1')).toMatchObject({ status: 'not-measurable' })
    expect(byId.get('5.1')!.missing![0]).toMatch(/0: nothing to measure/)
    expect(String(t.total)).toBe('26.82')
    expect(t.measuredMax).toBe(36)
  })

  it('the table is data: dated, replaceable, checked', () => {
    expect(SCORE_766_TABLE.from).toBe('2022-06-23')
    const table = { ...SCORE_766_TABLE, groups: SCORE_766_TABLE.groups.map((g) => g.id !== '2' ? g : { ...g, indicators: g.indicators.map((i) => i.id === '2.1' ? { ...i, fullAt: 90 } : i) }) }
    const t = score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, table })
    expect(String(t.groups[1]!.indicators[0]!.points)).toBe('15.87')
    const tooMuch = { ...SCORE_766_TABLE, groups: SCORE_766_TABLE.groups.map((g) => g.id !== '5' ? g : { ...g, max: 10 }) }
    expect(() => score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, table: tooMuch })).toThrow(/group maximum 10/)
    expect(() => score766({ dossiers: [], asOf: '2022-03-31', period: { from: '2022-03-01', to: '2022-03-31' } })).toThrow(/on or after 2022-06-23/)
  })

  it('refuses a missing period or asOf, bad inputs and unknown arguments', () => {
    expect(() => score766({ dossiers: MARCH, asOf: '2026-03-20' } as never)).toThrow(TypeError)
    expect(() => score766({ dossiers: MARCH, period: PERIOD } as never)).toThrow(TypeError)
    expect(() => score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, inputs: { online: { paidOnline: { count: 5, of: 4 } } } })).toThrow(/inputs.online.paidOnline.count/)
    expect(() => score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, input: {} } as never)).toThrow(/did you mean "inputs"/)
    expect(Score766InputsSchema.safeParse({ feedback: { dossiersWithFeedback: -1 } }).success).toBe(false)
    expect(() => score766({ dossiers: MARCH, asOf: '2026-03-20', period: PERIOD, inputs: { feedback: { dossiersWithFeedback: 8 } } })).toThrow(/dossiersWithFeedback/)
  })
})
