import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh/core'
import { PAR_FIELD_IDS, PAR_FIELDS, PAR_INDEX_BASIS, PAR_PROVINCIAL_FIELDS_2017, PAR_PROVINCIAL_STRUCTURE_2022, parField } from 'hanhchinh/reform'

describe('PAR fields', () => {
  it('eight provincial fields under QĐ 876/QĐ-BNV, in order', () => {
    expect(PAR_FIELDS.map((f) => f.id)).toEqual([...PAR_FIELD_IDS])
    expect(PAR_FIELDS.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(parField('the-che')?.label.vi).toBe('Cải cách thể chế')
    expect(PAR_INDEX_BASIS.unconfirmed).toBeTruthy()
  })

  it('the 2022 provincial structure: 8 fields, 37 criteria, 88 sub-criteria, 32 survey + 68 assessed points', () => {
    expect(PAR_PROVINCIAL_STRUCTURE_2022).toMatchObject({ fields: 8, criteria: 37, subCriteria: 88, maxPoints: 100, surveyPoints: 32, assessedPoints: 68, fieldMaxima: 'user-supplied' })
  })

  it('the QĐ 2948/QĐ-BNV field maxima sum to 100 and to 81 sub-criteria', () => {
    expect(PAR_PROVINCIAL_FIELDS_2017.reduce((s, f) => s.plus(f.maxPoints), new Decimal(0)).toString()).toBe('100')
    expect(PAR_PROVINCIAL_FIELDS_2017.reduce((s, f) => s + f.subCriteria, 0)).toBe(81)
    expect(PAR_PROVINCIAL_FIELDS_2017.map((f) => f.maxPoints)).toEqual(['10.00', '10.00', '14.50', '11.00', '16.00', '7.00', '16.00', '15.50'])
  })
})
