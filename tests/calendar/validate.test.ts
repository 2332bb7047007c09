import { describe, expect, it } from 'vitest'
import { AnnouncedScheduleSchema, announcedSchedules } from 'hanhchinh/calendar'
import { LegalBasisSchema } from 'hanhchinh/core'
import { readAnnouncedSchedule, readLegalBasis } from '../../src/calendar/validate.js'

const basis = [{ instrument: 'CV 6519/VPCP-KGVX', issued: '2018-07-11' }]
const good = { year: 2019, basis, swaps: [{ off: '2019-04-29', work: '2019-05-04', occasion: 'ngay-chien-thang', basis }] }
const bad: unknown[] = [
  null,
  [],
  { year: 2019 },
  { year: 2019, basis: [] },
  { year: 2019.5, basis },
  { year: 1899, basis },
  { year: 2019, basis, swap: [] },
  { year: 2019, basis, tet: { days: [], basis } },
  { year: 2019, basis, tet: { days: ['2019-02-30'], basis } },
  { year: 2019, basis, tet: { days: ['2019-02-04'], basis, note: 'x' } },
  { year: 2019, basis, swaps: [{ off: '2019-04-29', work: '2019-05-04', occasion: 'christmas', basis }] },
  { year: 2019, basis, swaps: [{ off: '2019-04-29', work: '2019-05-04', occasion: 'ngay-chien-thang' }] },
  { year: 2019, basis, swaps: [{ off: '2019-04-29', work: '2019-05-04', occasion: 'ngay-chien-thang', basis, extra: 1 }] },
  { year: 2019, basis: [{ instrument: '' }] },
  { year: 2019, basis: [{ instrument: 'x', issued: '2018-13-01' }] },
  { year: 2019, basis, unconfirmed: '' },
]

describe('the calendar validates its inputs without zod, as the schemas do', () => {
  it('reads every built-in schedule exactly as AnnouncedScheduleSchema parses it', () => {
    for (const s of announcedSchedules) expect(readAnnouncedSchedule(s, 's'), String(s.year)).toEqual(AnnouncedScheduleSchema.parse(s))
    expect(readAnnouncedSchedule(good, 's')).toEqual(AnnouncedScheduleSchema.parse(good))
  })

  it('refuses what the schema refuses, naming the field', () => {
    for (const input of bad) {
      expect(AnnouncedScheduleSchema.safeParse(input).success, JSON.stringify(input)).toBe(false)
      expect(() => readAnnouncedSchedule(input, 'options.schedules[0]'), JSON.stringify(input)).toThrow(/options\.schedules\[0\]/)
    }
    expect(() => readAnnouncedSchedule({ year: 2019, basis, swap: [] }, 'x')).toThrow(/Invalid x\.swap/)
    expect(() => readAnnouncedSchedule({ year: 2019, basis: [{ instrument: 'x', issued: '2018-13-01' }] }, 'x')).toThrow(/x\.basis\[0\]\.issued/)
  })

  it('reads a legal basis as LegalBasisSchema (unknown keys dropped)', () => {
    const input = { instrument: '45/2019/QH14', article: '112', clause: '1', effectiveFrom: '2021-01-01', extra: true }
    expect(readLegalBasis(input, 'b')).toEqual(LegalBasisSchema.parse(input))
    expect(() => readLegalBasis({ article: '1' }, 'b')).toThrow(/b\.instrument/)
  })
})
