import { describe, expect, it } from 'vitest'
import { RegisterEntrySchema, RegisterSchema, SecrecyLevelSchema, UrgencyLevelSchema } from 'hanhchinh/documents'

describe('register schemas', () => {
  it('accept a full incoming entry and refuse impossible values', () => {
    const e = RegisterEntrySchema.parse({
      number: 412, date: '2024-02-07', documentNumber: '3162/QĐ-UBND', documentDate: '2024-02-05', issuer: 'UBND tỉnh',
      summary: 'Về việc ...', urgency: 'thuong-khan', receivedOn: '2024-02-07', transferredOn: '2024-02-07', handlingDeadline: '2024-02-20',
    })
    expect(e).toMatchObject({ number: 412, urgency: 'thuong-khan', handlingDeadline: '2024-02-20' })
    expect(RegisterEntrySchema.safeParse({ number: 1.5, date: '2024-02-07' }).success).toBe(false)
    expect(RegisterEntrySchema.safeParse({ number: 1, date: '07/02/2024' }).success).toBe(false)
    expect(RegisterEntrySchema.safeParse({ number: 1, date: '2024-02-07', urgency: 'Hỏa tốc' }).success).toBe(false)
    expect(RegisterSchema.safeParse({ direction: 'sideways', entries: [] }).success).toBe(false)
  })

  it('list the three levels of each scale', () => {
    expect(UrgencyLevelSchema.options).toEqual(['hoa-toc', 'thuong-khan', 'khan'])
    expect(SecrecyLevelSchema.options).toEqual(['tuyet-mat', 'toi-mat', 'mat'])
  })
})
