import { describe, expect, it } from 'vitest'
import { planDocumentNumber } from 'hanhchinh/reform'

describe('planDocumentNumber', () => {
  it('parses a plan number with the documents parser', () => {
    expect(planDocumentNumber('02/KH-VPUB')).toMatchObject({ kind: 'administrative', type: 'ke-hoach', issuer: 'VPUB', sequence: 2 })
    expect(planDocumentNumber('Kế hoạch số 02/KH-UBND ngày 10/01/2022')?.text).toBe('02/KH-UBND')
    expect(planDocumentNumber('Số: 125/KH-UBND')?.text).toBe('125/KH-UBND')
  })
  it('leaves internal codes alone', () => {
    expect(planDocumentNumber('KH-CCHC-2022')).toBeUndefined()
    expect(planDocumentNumber('')).toBeUndefined()
    expect(() => planDocumentNumber(2 as unknown as string)).toThrow(TypeError)
  })
})
