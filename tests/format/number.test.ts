import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh'
import { formatVnNumber, formatVnPercent, parseVnNumber, parseVnPercent, safeParseVnNumber, safeParseVnPercent } from 'hanhchinh/format'
import { formatPercent } from 'hanhchinh/format'

describe('parseVnNumber', () => {
  it('reads real vi-VN figures exactly', () => {
    expect(parseVnNumber('50.308').toString()).toBe('50308')
    expect(parseVnNumber('42.657').toString()).toBe('42657')
    expect(parseVnNumber('7.608').toString()).toBe('7608')
    expect(parseVnNumber('43').toString()).toBe('43')
    expect(parseVnNumber('1.234,5').toString()).toBe('1234.5')
    expect(parseVnNumber('1.234.567,891').toString()).toBe('1234567.891')
    expect(parseVnNumber(' -0,25 ').toString()).toBe('-0.25')
    expect(parseVnNumber('\u22127').toString()).toBe('-7')
    expect(parseVnNumber('1\u00a0234').toString()).toBe('1234')
    expect(parseVnNumber('0,1').plus(parseVnNumber('0,2')).toString()).toBe('0.3')
  })
  it('refuses ambiguity and garbage instead of guessing', () => {
    for (const bad of ['1.5', '0.125', '0.000', '12.34', '1.2345', '1,2,3', 'abc', '', '  ', '1e5', ',5', '1.', '1.234.5', '1,234.5', '+', '--1', '12 3', 'NaN', 'Infinity', '0x10']) {
      expect(safeParseVnNumber(bad).ok, bad).toBe(false)
      expect(() => parseVnNumber(bad), bad).toThrow(RangeError)
    }
    const r = safeParseVnNumber('1.5')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.en).toContain('exactly 3 digits')
      expect(r.reason.vi).toContain('đúng 3 chữ số')
    }
    expect(() => parseVnNumber(5 as unknown as string)).toThrow(TypeError)
    expect(safeParseVnNumber(5).ok).toBe(false)
  })
  it('reads English-style exports only when told', () => {
    expect(parseVnNumber('1,234.5', { decimalSeparator: '.' }).toString()).toBe('1234.5')
    expect(parseVnNumber('1.5', { decimalSeparator: '.' }).toString()).toBe('1.5')
    expect(safeParseVnNumber('1,5', { decimalSeparator: '.' }).ok).toBe(false)
    expect(() => parseVnNumber('1', { decimalSeparator: ';' as ',' })).toThrow(RangeError)
    // misspelt: '1,5' would be read in vi-VN as 1.5 although an English-style export was meant
    expect(() => parseVnNumber('1,5', { decimalSeperator: '.' } as never))
      .toThrow('Unknown option "decimalSeperator" of parseVnNumber (did you mean "decimalSeparator"?')
    expect(() => formatVnPercent('84.79', { decimal: 2 } as never)).toThrow(/Unknown option "decimal" of formatVnPercent \(did you mean "decimals"\?/)
    // each function takes its own options only: decimals means nothing to a reader
    expect(() => parseVnNumber('1', { decimals: 2 } as never)).toThrow(/Unknown option "decimals" of parseVnNumber/)
    expect(() => safeParseVnPercent('1%', { percentsign: 'required' } as never)).toThrow(/did you mean "percentSign"/)
    expect(() => parseVnPercent('1%', { percentSign: 'always' } as never)).toThrow('Invalid options.percentSign: "always"')
    expect(() => parseVnNumber('1', null as never)).toThrow(TypeError)
    expect(formatVnPercent('84.789', { decimals: 2, decimalSeparator: ',' })).toBe('84,79%')
  })
})

describe('percent', () => {
  it('reads 84,79%', () => {
    expect(parseVnPercent('84,79%').toString()).toBe('84.79')
    expect(parseVnPercent('84,79 %').toString()).toBe('84.79')
    expect(parseVnPercent('84,79\u00a0%').toString()).toBe('84.79')
    expect(parseVnPercent('100%').toString()).toBe('100')
    expect(parseVnPercent('84,79').toString()).toBe('84.79')
  })
  it('refuses', () => {
    for (const bad of ['%', '84.79%', '84,79%%', 'abc%', '']) expect(safeParseVnPercent(bad).ok, bad).toBe(false)
    expect(safeParseVnPercent('84,79', { percentSign: 'required' }).ok).toBe(false)
  })
})

describe('formatVnNumber / formatVnPercent', () => {
  it('writes vi-VN exactly', () => {
    expect(formatVnNumber(50308)).toBe('50.308')
    expect(formatVnNumber(0)).toBe('0')
    expect(formatVnNumber('-0')).toBe('0')
    expect(formatVnNumber(999)).toBe('999')
    expect(formatVnNumber(1000)).toBe('1.000')
    expect(formatVnNumber('-1234567.5')).toBe('-1.234.567,5')
    expect(formatVnNumber('12345678901234567890.123456789')).toBe('12.345.678.901.234.567.890,123456789')
    expect(formatVnNumber('1e-7')).toBe('0,0000001')
    expect(formatVnNumber('2.5', { decimals: 0 })).toBe('3')
    expect(formatVnNumber('-0.001', { decimals: 2 })).toBe('0,00')
    expect(formatVnPercent(new Decimal('84.79'))).toBe('84,79%')
    expect(formatVnPercent(new Decimal(42657).div(50308).times(100), { decimals: 2 })).toBe('84,79%')
    expect(() => formatVnNumber(NaN)).toThrow(RangeError)
    expect(() => formatVnNumber(1, { decimals: -1 })).toThrow(RangeError)
  })
  it('round-trips: parse(format(x)) = x for any decimal, in both styles', () => {
    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }))
      .map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`)
    fc.assert(
      fc.property(decimalText, (s) => {
        const d = new Decimal(s)
        expect(parseVnNumber(formatVnNumber(d)).eq(d)).toBe(true)
        expect(parseVnNumber(formatVnNumber(d, { decimalSeparator: '.' }), { decimalSeparator: '.' }).eq(d)).toBe(true)
        expect(parseVnPercent(formatVnPercent(d)).eq(d)).toBe(true)
      }),
    )
  })
  it('never returns a value for text that is not exactly a formatted number', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-% a') }), (s) => {
        const r = safeParseVnNumber(s)
        if (r.ok) {
          // whatever was accepted is written back identically (modulo sign of zero and leading zeros/+)
          const canonical = s.trim().replace(/^\+/, '')
          // thousands grouped consistently by '.' or by spaces, or not at all
          expect(/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d{1,3}( \d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(canonical)).toBe(true)
        }
      }),
    )
  })
})

describe('numbers on hostile input (issue 13)', () => {
  it('refuses absurd exponents before formatting, at once', () => {
    const t0 = performance.now()
    for (const format of [formatVnNumber, formatVnPercent, formatPercent]) {
      expect(() => format('1e9000000000000000')).toThrow(RangeError)
      expect(() => format('1e9000000000000000')).toThrow(/exponent lies within ±1000/)
      expect(() => format(new Decimal('-1e9000000000000000'))).toThrow(RangeError)
    }
    expect(performance.now() - t0).toBeLessThan(2000)
  })

  it('refuses a number text past MAX_DECIMAL_TEXT at once, and digits past the exponent bound', () => {
    const huge = safeParseVnNumber('1'.repeat(1_000_000))
    expect(huge.ok ? '' : huge.reason.en).toBe('the text has 1000000 characters: a number is at most 10000')
    const long = safeParseVnNumber('9'.repeat(2000))
    expect(long.ok ? '' : long.reason.en).toMatch(/decimal exponent must lie within ±1000/)
    expect(safeParseVnPercent('1'.repeat(20_000) + '%').ok).toBe(false)
    expect(parseVnNumber('50.308').toString()).toBe('50308')
  })
})
