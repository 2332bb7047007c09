import { describe, expect, it } from 'vitest'
import { RATING_RULES, assessRating, atDate } from 'hanhchinh/emulation'

describe('RATING_RULES: the quality-rating rules by date', () => {
  it('Decree 90/2020 from 20/08/2020, Decree 48/2023 from 15/09/2023, Law 80/2025 + Decree 335/2025 from 01/01/2026', () => {
    expect(atDate(RATING_RULES, '2020-08-19')).toBeUndefined()
    expect(atDate(RATING_RULES, '2020-08-20')?.value).toEqual({ minimumService: true, disciplinedIsKht: false, hundredPointScore: false, dutyRelatedDisciplineOnly: false })
    expect(atDate(RATING_RULES, '2023-09-15')?.value.disciplinedIsKht).toBe(true)
    expect(atDate(RATING_RULES, '2025-12-31')?.value.hundredPointScore).toBe(false)
    expect(atDate(RATING_RULES, '2026-01-01')?.value).toEqual({ minimumService: true, disciplinedIsKht: true, hundredPointScore: true, dutyRelatedDisciplineOnly: true })
  })
  it('a rating year is judged by the rules in force on its 31 December', () => {
    const disciplined = (year: number) => assessRating({ years: { [year]: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach' } } } }, year).effective
    expect(disciplined(2022)).toBe('hoan-thanh-tot')
    expect(disciplined(2023)).toBe('khong-hoan-thanh') // Decree 48/2023 in force 15/09/2023, before the 2023 rating
    const short = (year: number) => assessRating({ years: { [year]: { rating: 'hoan-thanh-tot', monthsWorked: 5 } } }, year).effective
    expect(short(2019)).toBe('hoan-thanh-tot')
    expect(short(2020)).toBeUndefined() // Decree 90/2020 in force 20/08/2020: under 6 months worked is not rated
    expect(assessRating({ years: { 2026: { score: 91 } } }, 2026).effective).toBe('hoan-thanh-xuat-sac')
    expect(() => assessRating({ years: { 2025: { score: 91 } } }, 2025)).toThrow(/from the 2026 rating/)
    const offDuty = (year: number) => assessRating({ years: { [year]: { rating: 'hoan-thanh-tot', discipline: { form: 'khien-trach', dutyRelated: false } } } }, year).effective
    expect(offDuty(2025)).toBe('khong-hoan-thanh')
    expect(offDuty(2026)).toBe('hoan-thanh-tot') // Law 80/2025 Art 38.4
  })
})
