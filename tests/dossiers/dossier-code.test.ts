import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDossierCode, safeParseDossierCode } from 'hanhchinh/dossiers'

describe('parseDossierCode', () => {
  it('reads the code seen on a 2026 dashboard', () => {
    const r = safeParseDossierCode('H15.50.05.13-261008-0975')
    expect(r).toEqual({
      ok: true,
      value: {
        code: 'H15.50.05.13-261008-0975', agency: 'H15.50.05.13', agencyParts: ['H15', '50', '05', '13'],
        receivedOn: '2026-10-08', sequence: 975, sequenceText: '0975',
      },
    })
  })

  it('accepts ministry-portal sequences of 5–7 digits and shorter agency codes', () => {
    const r = safeParseDossierCode('000.00.12.H15-240315-0012345')
    expect(r.ok && r.value.sequence).toBe(12345)
    expect(safeParseDossierCode('G01-250101-0001').ok).toBe(true)
  })

  it('keeps other formats as plain codes with a reason', () => {
    for (const code of ['HS/2026/123', 'H15.50.05.13-261008-97', 'H15.50.05.13-260230-0001', '']) {
      const r = safeParseDossierCode(code)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.reason.vi.length).toBeGreaterThan(0)
    }
  })

  it('property: a well-formed code round-trips date and sequence', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 9999 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10)
        const code = `H15.50.05.13-${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${String(n).padStart(4, '0')}`
        const r = safeParseDossierCode(code)
        expect(r.ok && r.value.receivedOn).toBe(iso)
        expect(r.ok && r.value.sequence).toBe(n)
      }),
    )
  })
})

describe('parseDossierCode / safeParseDossierCode — one pair, one convention', () => {
  it('parse returns the value the safe reader accepts', () => {
    const safe = safeParseDossierCode('H15.50.05.13-261008-0975')
    expect(safe.ok).toBe(true)
    expect(parseDossierCode('H15.50.05.13-261008-0975')).toEqual(safe.ok ? safe.value : null)
  })

  it('parse throws a RangeError naming the code, with the refusal code; a TypeError for non-text', () => {
    expect(() => parseDossierCode('HS/2026/123')).toThrow(RangeError)
    expect(() => parseDossierCode('HS/2026/123')).toThrow(/Invalid dossier code: "HS\/2026\/123" \(Not in the national format/)
    try {
      parseDossierCode('H15.50.05.13-260230-0001')
      expect.unreachable()
    } catch (error) {
      expect((error as { code?: string }).code).toBe('receipt-date-invalid')
    }
    expect(() => parseDossierCode(20261008 as never)).toThrow(TypeError)
  })

  it('safe never throws: bad input is a refusal with a stable code and both languages', () => {
    for (const [input, code] of [['HS/2026/123', 'not-national-format'], ['H15.50.05.13-260230-0001', 'receipt-date-invalid'], [null, 'not-text'], [42, 'not-text']] as const) {
      const r = safeParseDossierCode(input)
      expect(r).toMatchObject({ ok: false, code })
      if (!r.ok) {
        expect(r.reason.vi.length).toBeGreaterThan(0)
        expect(r.reason.en.length).toBeGreaterThan(0)
      }
    }
  })
})
