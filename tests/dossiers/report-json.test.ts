import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dossierReport, mergeReports, reportFromJSON, reportTable, reportToJSON, type DossierLike, type DossierReportOptions } from 'hanhchinh/dossiers'
import { toCsv, TableSchema } from 'hanhchinh/tables'

const channels = ['online', 'in-person', 'postal', undefined] as const
const dossierArb: fc.Arbitrary<DossierLike> = fc
  .record({
    day: fc.integer({ min: 2, max: 27 }), hour: fc.integer({ min: 7, max: 17 }), amount: fc.integer({ min: 0, max: 8 }),
    channel: fc.constantFrom(...channels), finish: fc.option(fc.integer({ min: 0, max: 15 })),
    end: fc.constantFrom('processed', 'returned', 'refused', 'withdrawn'), supplement: fc.boolean(),
  })
  .map(({ day, hour, amount, channel, finish, end, supplement }) => {
    const at = (d: number, h = hour) => `2026-03-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00+07:00`
    const events: DossierLike['events'] = [
      ...(supplement && day < 27 ? [{ type: 'supplement-requested' as const, at: at(day + 1) }] : []),
      ...(finish !== null && day + finish + 2 <= 31 ? [{ type: end, at: at(day + finish + 2) }] : []),
    ]
    return { receivedAt: at(day), timeLimit: { amount, unit: 'working-days' as const }, ...(channel === undefined ? {} : { channel }), events }
  })

const OPTIONS: DossierReportOptions = { asOf: '2026-03-31', period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: 'channel' }

describe('reportToJSON / reportFromJSON', () => {
  it('round-trips a report exactly: counts as integers, decimals as strings', () => {
    const r = dossierReport([
      { channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' }, events: [{ type: 'processed', at: '2026-03-03T10:00:00+07:00' }] },
      { channel: 'postal', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' }, events: [{ type: 'returned', at: '2026-03-05T10:00:00+07:00' }] },
      { channel: 'postal', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } },
    ], OPTIONS)
    const text = reportToJSON(r)
    const j = JSON.parse(text)
    expect(j).toMatchObject({ format: 'hanhchinh/dossier-report', version: 1, counts: { total: 3, early: 1, onTime: 1 } })
    expect(j.figures.indicator766Rate).toBe('66.67')
    expect(j.groups.map((g: { key: string }) => g.key)).toEqual(['online', 'postal'])
    expect(reportFromJSON(text)).toEqual(r)
  })

  it('property: any partition of any dossier list, serialised and merged, equals the whole', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), (dossiers, parts) => {
        const buckets: DossierLike[][] = [[], [], [], []]
        dossiers.forEach((d, i) => buckets[parts[i] ?? 0]!.push(d))
        const wire = buckets.map((b) => reportToJSON(dossierReport(b, OPTIONS)))
        const [a, b, ...more] = wire.map(reportFromJSON)
        expect(mergeReports(a!, b!, ...more)).toEqual(dossierReport(dossiers, OPTIONS))
      }),
      { numRuns: 60 },
    )
  })

  it('refuses an unknown version, naming it; and figures or counts that do not hold', () => {
    const text = reportToJSON(dossierReport([], OPTIONS))
    expect(() => reportFromJSON(text.replace('"version":1', '"version":2'))).toThrow(RangeError)
    expect(() => reportFromJSON(text.replace('"version":1', '"version":2'))).toThrow(/version 2/)
    expect(() => reportFromJSON(text.replace('"version":1', '"version":"1"'))).toThrow(/version "1"/)
    expect(() => reportFromJSON(text.replace('"total":0', '"total":0.5'))).toThrow(/counts.total/)
    expect(() => reportFromJSON(text.replace('"total":0', '"total":0,"bonus":1'))).toThrow(/counts.bonus/)
    const one = reportToJSON(dossierReport([{ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'working-days' }, events: [{ type: 'processed', at: '2026-03-02T10:00:00+07:00' }] }], OPTIONS))
    expect(() => reportFromJSON(one.replace('"onTimeRate":"100"', '"onTimeRate":"99"'))).toThrow(/figures/)
    expect(() => reportFromJSON('[]')).toThrow(TypeError)
    expect(() => reportFromJSON('{')).toThrow(RangeError)
    expect(() => reportFromJSON('{')).toThrow(/not JSON/)
  })

  it('accepts the counts alone, as a SQL engine would write them', () => {
    const full = JSON.parse(reportToJSON(dossierReport([{ channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 1, unit: 'working-days' } }], OPTIONS)))
    delete full.figures
    for (const g of full.groups) delete g.figures
    expect(reportFromJSON(JSON.stringify(full)).groups.online!.counts.inProgressOverdue).toBe(1)
  })
})

describe('reportTable', () => {
  it('is a valid Table with a row per group and a total row', () => {
    const r = dossierReport([
      { channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' }, events: [{ type: 'processed', at: '2026-03-03T10:00:00+07:00' }] },
      { receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } },
    ], OPTIONS)
    const t = reportTable(r, { groupLabel: { vi: 'Kênh nộp', en: 'Channel' }, names: { online: 'Trực tuyến' } })
    expect(TableSchema.safeParse(t).success).toBe(true)
    expect(t.rows.map((x) => x.group)).toEqual(['-', 'Trực tuyến', 'Tổng cộng'])
    expect(t.rows[0]!.onTimeRate).toBeNull()
    expect(t.rows[2]).toMatchObject({ total: 2, early: 1, inProgressOverdue: 1 })
    expect(toCsv(t)).toContain('Kênh nộp')
    expect(() => reportTable(r, { name: {} } as never)).toThrow(/did you mean "names"/)
  })
})
