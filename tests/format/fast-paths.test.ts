// The fast paths of the readers (issue 19: import speed) must give exactly what the general paths give:
// each property below compares a text that takes a fast path with one that takes the general path and
// must read the same (a trailing space, which normalisation removes, sends a cell down the general path).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeVietnamese, safeParseVnDate, safeParseVnDateTime, safeParseVnNumber, vnCount, vnNumber, vnPercent } from 'hanhchinh/format'

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max })
const sep = fc.constantFrom('/', '-', '.')

describe('fast paths read as the general paths do', () => {
  it('normalizeVietnamese equals NFC + collapse + trim, for text with characters NFC changes or keeps', () => {
    const reference = (t: string) => t.normalize('NFC').replace(/[\s\u200b]+/g, ' ').trim()
    const unit = fc.constantFrom(
      'a', 'e', 'ệ', 'ạ', 'Ỹ', 'đ', 'Đ', 'ư', '\u0302', '\u0301', '\u0323', '\u0340', '\u0344', ' ', '\t', '\r', '\n', '\u00a0',
      '\u1680', '\u2000', '\u2001', '\u200a', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u212b', '\u2126',
      '\uf900', '\u1100', '\u1161', '\u11a8', 'A\u030a', 'x',
    )
    fc.assert(fc.property(fc.string({ unit, maxLength: 24 }), (t) => { expect(normalizeVietnamese(t)).toBe(reference(t)) }), { numRuns: 3000 })
    expect(normalizeVietnamese('\u2000Sở Tư pháp\u2001')).toBe('Sở Tư pháp')
    expect(normalizeVietnamese('\u212b')).toBe('\u00c5') // the Ångström sign becomes Å
  })

  it('text below U+0300 or in U+1E00–U+1EFF is NFC already, which the fast path of normalisation assumes (every character, every pair)', () => {
    const units: string[] = []
    for (let c = 0; c < 0x300; c++) units.push(String.fromCharCode(c))
    for (let c = 0x1e00; c <= 0x1eff; c++) units.push(String.fromCharCode(c))
    let changed = 0
    for (const a of units) {
      if (a.normalize('NFC') !== a) changed++
      for (const b of units) if ((a + b).normalize('NFC') !== a + b) changed++
    }
    expect(changed).toBe(0)
    expect('e\u0302'.normalize('NFC')).not.toBe('e\u0302') // a pair outside the ranges does change
  })

  it('safeParseVnDateTime on dd/mm/yyyy HH:mm(:ss) and on a date alone', () => {
    const cell = fc.tuple(digits(1, 3), sep, digits(1, 3), digits(3, 5), fc.option(fc.tuple(digits(1, 2), digits(2, 2), fc.option(digits(2, 2)))))
      .map(([d, s, m, y, t]) => `${d}${s}${m}${s}${y}${t ? ` ${t[0]}:${t[1]}${t[2] === null ? '' : `:${t[2]}`}` : ''}`)
    fc.assert(fc.property(cell, (t) => { expect(safeParseVnDateTime(t)).toEqual(safeParseVnDateTime(`${t} `)) }), { numRuns: 3000 })
    expect(safeParseVnDateTime('20/12/2021 15:30')).toEqual({ ok: true, value: '2021-12-20T15:30:00+07:00' })
    expect(safeParseVnDateTime('5.1.2020 7:05:09')).toEqual({ ok: true, value: '2020-01-05T07:05:09+07:00' })
    const r = safeParseVnDateTime('31/09/2024 09:15')
    expect(r.ok ? '' : r.reason).toEqual({ vi: '"31/09/2024 09:15": ngày 31 không tồn tại (tháng 9/2024 có 30 ngày)', en: '"31/09/2024 09:15": day 31 does not exist (2024-09 has 30 days)' })
    const alone = safeParseVnDateTime('20/12/2021')
    expect(alone.ok ? '' : alone.reason.en).toBe('"20/12/2021" has a date but no time of day')
    const impossible = safeParseVnDateTime('30/02/2024')
    expect(impossible.ok ? '' : impossible.reason.en).toBe('"30/02/2024" is not a date-time (expected dd/mm/yyyy HH:mm)')
    const hour = safeParseVnDateTime('20/12/2021 24:10')
    expect(hour.ok ? '' : hour.reason.vi).toBe('"20/12/2021 24:10": giờ 24:10 không tồn tại')
  })

  it('safeParseVnDate on dd/mm/yyyy', () => {
    const cell = fc.tuple(digits(1, 3), sep, digits(1, 3), digits(3, 5)).map(([d, s, m, y]) => `${d}${s}${m}${s}${y}`)
    fc.assert(fc.property(cell, (t) => { expect(safeParseVnDate(t)).toEqual(safeParseVnDate(`${t} `)) }), { numRuns: 2000 })
    expect(safeParseVnDate('01/01/1000')).toEqual({ ok: true, value: '1000-01-01' })
  })

  it('vnPercent and vnNumber on vi-VN digits', () => {
    const grouped = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { maxLength: 5 })).map(([h, g]) => [String(h), ...g].join('.'))
    const num = fc.tuple(fc.oneof(digits(1, 20), grouped, fc.constantFrom('0.125', '1.5', '12.34.567', '')), fc.option(digits(0, 6)))
      .map(([i, f]) => (f === null ? i : `${i},${f}`))
    const read = (r: { success: boolean; data?: unknown; error?: { issues: { message: string }[] } }) =>
      r.success ? `ok ${String(r.data)}` : `no ${r.error!.issues.map((i) => i.message).join('; ')}`
    const schemas = [vnPercent(), vnPercent({ percentSign: 'required' }), vnNumber()]
    fc.assert(fc.property(num, fc.boolean(), (n, sign) => {
      const t = sign ? `${n}%` : n
      for (const s of schemas) {
        const slow = read(s.safeParse(`${t} `)).replace(`"${t} "`, `"${t}"`)
        expect(read(s.safeParse(t))).toBe(slow)
      }
    }), { numRuns: 3000 })
    expect(String(vnPercent().parse('84,79%'))).toBe('84.79')
    expect(String(vnNumber().parse('1.234.567,891'))).toBe('1234567.891')
    expect(() => vnPercent({ percentSign: 'always' } as never)).toThrow(RangeError)
    expect(() => vnNumber({ decimalSeparator: ';' } as never)).toThrow(RangeError)
  })

  it('vnCount reads what parseVnNumber reads as a non-negative safe integer, and nothing else', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789.'), maxLength: 24 }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,- '), maxLength: 12 }),
      fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(digits(3, 3), { maxLength: 6 })).map(([h, g]) => [String(h), ...g].join('.')),
    )
    const count = vnCount()
    fc.assert(fc.property(text, (t) => {
      const r = safeParseVnNumber(t)
      const expected = r.ok && (!r.value.isNegative() || r.value.isZero()) && r.value.isInteger() && r.value.lte(Number.MAX_SAFE_INTEGER) ? r.value.toNumber() + 0 : undefined
      const got = count.safeParse(t)
      expect(got.success ? got.data : undefined).toBe(expected)
    }), { numRuns: 5000 })
    expect(count.parse('50.308')).toBe(50308)
    expect(count.parse('007')).toBe(7)
    expect(count.parse('999.999.999.999.999')).toBe(999999999999999)
    expect(count.parse('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER)
    expect(count.safeParse('0.125').success).toBe(false)
  })
})
