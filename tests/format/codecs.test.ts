import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { Decimal } from 'hanhchinh'
import type { IsoDate } from 'hanhchinh/core'
import fc from 'fast-check'
import { formatVnNumber, issueMessage, safeParseVnNumber, vnCount, vnDate, vnDateTime, vnEnum, vnNumber, vnPercent, vnText } from 'hanhchinh/format'

const status = vnEnum(['early', 'on-time', 'late'], { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' })

const SummaryImport = z.object({
  unit: vnText(),
  received: vnCount(),
  early: vnCount(),
  rate: vnPercent(),
  from: vnDate(),
  status,
  note: vnText().optional(),
})

describe('codecs', () => {
  it('decode raw export strings to typed values', () => {
    const r = SummaryImport.parse({
      unit: ' Sở Tư pháp ', received: '50.308', early: '42.657', rate: '84,79%', from: '01/12/2021', status: 'Dung han',
    })
    expect(r).toEqual({ unit: 'Sở Tư pháp', received: 50308, early: 42657, rate: new Decimal('84.79'), from: '2021-12-01', status: 'on-time' })
    expect(r.rate).toBeInstanceOf(Decimal)
    expectTypeOf(r.received).toEqualTypeOf<number>()
    expectTypeOf(r.from).toEqualTypeOf<IsoDate>()
    expectTypeOf(r.status).toEqualTypeOf<'early' | 'on-time' | 'late'>()
    expectTypeOf(r.rate).toEqualTypeOf<Decimal>()
  })
  it('encode typed values back to the export format', () => {
    const typed = { unit: 'Sở Tư pháp', received: 50308, early: 42657, rate: new Decimal('84.79'), from: '2021-12-01' as IsoDate, status: 'late' as const }
    expect(z.encode(SummaryImport, typed)).toEqual({
      unit: 'Sở Tư pháp', received: '50.308', early: '42.657', rate: '84,79%', from: '01/12/2021', status: 'Quá hạn',
    })
    expect(z.encode(vnDateTime(), '2021-12-20T15:30:00+07:00')).toBe('20/12/2021 15:30')
    expect(z.encode(vnNumber(), new Decimal('-1234.5'))).toBe('-1.234,5')
  })
  it('refuse with a bilingual message on the issue', () => {
    const r = SummaryImport.safeParse({
      unit: '  ', received: '-5', early: '1.5', rate: 'abc', from: '30/02/2024', status: 'Hủy',
    })
    expect(r.success).toBe(false)
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), issueMessage(i)]))
    expect(Object.keys(byPath).sort()).toEqual(['early', 'from', 'rate', 'received', 'status', 'unit'])
    expect(byPath.received).toEqual({ vi: 'số lượng không được âm (-5)', en: 'a count cannot be negative (-5)' })
    expect(byPath.from!.en).toBe('"30/02/2024": day 30 does not exist (2024-02 has 29 days)')
    expect(byPath.from!.vi).toBe('"30/02/2024": ngày 30 không tồn tại (tháng 2/2024 có 29 ngày)')
    expect(byPath.status!.vi).toContain('không phải là giá trị được chấp nhận')
    expect(r.error!.issues.find((i) => i.path[0] === 'from')!.message).toBe('"30/02/2024": day 30 does not exist (2024-02 has 29 days)')
  })
  it('vnCount reads exactly what parseVnNumber reads, for any text of digits and dots', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' ', '-') , maxLength: 22 }), (t) => {
        const r = vnCount().safeParse(t)
        const p = safeParseVnNumber(t)
        if (r.success) {
          expect(p.ok && p.value.isInteger() && p.value.gte(0) ? p.value.toNumber() + 0 : 'refused').toBe(r.data)
        } else {
          expect(p.ok && p.value.isInteger() && p.value.gte(0) && p.value.lte(Number.MAX_SAFE_INTEGER)).toBe(false)
        }
      }),
    )
    fc.assert(fc.property(fc.maxSafeNat(), (n) => { expect(vnCount().parse(formatVnNumber(n))).toBe(n) }))
  })
  it('vnCount refuses a leading zero group like parseVnNumber ("0.125" is not 125)', () => {
    for (const t of ['0.125', '0.001', '000.123', '00.000', '0.000']) {
      expect(safeParseVnNumber(t).ok, t).toBe(false)
      expect(vnCount().safeParse(t).success, t).toBe(false)
    }
    expect(vnCount().parse('50.308')).toBe(50308)
    expect(vnCount().parse('007')).toBe(7)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const t = `0${a}.${String(b).padStart(3, '0')}`
        expect(vnCount().safeParse(t).success).toBe(safeParseVnNumber(t).ok)
      }),
    )
  })
  it('vnCount accepts JSON numbers but not fractions, negatives or huge values', () => {
    expect(vnCount().parse(0)).toBe(0)
    expect(vnCount().parse('-0')).toBe(0)
    expect(Object.is(vnCount().parse('-0'), -0)).toBe(false)
    for (const bad of [1.5, -1, NaN, Infinity, '1,5', '9.007.199.254.740.993', true, null, undefined]) {
      expect(vnCount().safeParse(bad).success, String(bad)).toBe(false)
    }
  })
  it('vnEnum matches exact labels before folded ones and refuses ambiguous folds', () => {
    const e = vnEnum(['done', 'skin'], { done: 'Đã', skin: 'Da' })
    expect(e.parse('Đã')).toBe('done')
    expect(e.parse('da')).toBe('skin')
    expect(e.safeParse('Dã').success).toBe(false)
    expect(e.parse('done')).toBe('done')
    expect(() => vnEnum(['x', 'y'], { x: 'a', y: 'A' })).toThrow(RangeError)
    expect(() => vnEnum(['x'], { x: ' ' })).toThrow(RangeError)
    expect(() => vnEnum([])).toThrow(RangeError)
    expect(() => vnEnum(['x'], { z: 'Z' } as never)).toThrow(RangeError)
    expect(status.parse('Đu\u0301ng ha\u0323n')).toBe('on-time')
    // the dossier statuses of the one-stop systems, with accents, without, NFD
    const dossier = vnEnum(z.enum(['received', 'processing', 'returned']), {
      received: { vi: 'Đã tiếp nhận', en: 'Received' },
      processing: { vi: 'Đang xử lý', en: 'Processing' },
      returned: [{ vi: 'Đã trả kết quả', en: 'Result returned' }, 'Đã trả'],
    })
    for (const t of ['Đã trả kết quả', 'da tra ket qua', 'ĐÃ TRẢ KẾT QUẢ', 'Đã trả kết quả'.normalize('NFD'), ' Đã  trả ', 'Result returned']) {
      expect(dossier.parse(t), t).toBe('returned')
    }
    expect(dossier.safeParse('Đã hủy').success).toBe(false)
    expect(z.encode(dossier, 'returned')).toBe('Đã trả kết quả')
  })
  it('read their options like every function: a misspelt name is refused, naming the codec', () => {
    expect(() => vnNumber({ decimalSeperator: '.' } as never)).toThrow(/Unknown option "decimalSeperator" of vnNumber \(did you mean "decimalSeparator"\?/)
    expect(() => vnText({ allowempty: true } as never)).toThrow(/Unknown option "allowempty" of vnText/)
    expect(() => vnPercent({ decimals: 2 } as never)).toThrow(/Unknown option "decimals" of vnPercent/)
    // percentSign is a reading option: encoding with it still writes the sign
    const english = vnPercent({ percentSign: 'required', decimalSeparator: '.' })
    expect(english.parse('84.79%').toString()).toBe('84.79')
    expect(english.safeParse('84.79').success).toBe(false)
    expect(z.encode(english, new Decimal('1234.5'))).toBe('1,234.5%')
    expect(vnText({ allowEmpty: true }).parse('  ')).toBe('')
  })
  it('optional codecs accept absence', () => {
    expect(vnDate().optional().parse(undefined)).toBeUndefined()
    expect(vnNumber().safeParse(undefined).success).toBe(false)
  })
})

describe('issueMessage', () => {
  it('translates built-in zod issues', () => {
    const schema = z.object({
      a: z.string(), b: z.number().max(10), c: z.enum(['x', 'y']), d: z.string().min(3), e: z.email(),
      f: z.number().multipleOf(5), g: z.literal('k'),
    }).strict()
    const r = schema.safeParse({ a: 1, b: 11, c: 'z', d: 'ab', e: 'nope', f: 7, g: 'j', extra: 1 })
    const m = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.') || i.code, issueMessage(i)]))
    expect(m.a).toEqual({ vi: 'sai kiểu: cần chuỗi ký tự, nhận được số', en: 'expected string, received number' })
    expect(m.b).toEqual({ vi: 'phải ≤ 10', en: 'must be ≤ 10' })
    expect(m.c).toEqual({ vi: 'giá trị phải là một trong: "x", "y"', en: 'must be one of: "x", "y"' })
    expect(m.d).toEqual({ vi: 'ít nhất 3 ký tự', en: 'at least 3 characters' })
    expect(m.e!.vi).toBe('sai định dạng (email)')
    expect(m.f!.vi).toBe('phải là bội số của 5')
    expect(m.g).toEqual({ vi: 'giá trị phải là "k"', en: 'must be "k"' })
    expect(m.unrecognized_keys).toEqual({ vi: 'trường không được phép: extra', en: 'unrecognized field: extra' })
  })
  it('explains a union by the reason of each accepted form', () => {
    const due = z.union([vnDate(), z.literal('thường xuyên')])
    const r = due.safeParse('31/04/2024')
    expect(issueMessage(r.error!.issues[0]!)).toEqual({
      vi: 'giá trị không khớp với dạng nào được chấp nhận: "31/04/2024": ngày 31 không tồn tại (tháng 4/2024 có 30 ngày); giá trị phải là "thường xuyên"',
      en: 'matches none of the accepted forms: "31/04/2024": day 31 does not exist (2024-04 has 30 days); must be "thường xuyên"',
    })
    expect(issueMessage(z.union([z.string(), z.number()]).safeParse(undefined).error!.issues[0]!).vi).toBe('thiếu giá trị bắt buộc')
  })
  it('uses { vi, en } params of the user’s own refinements', () => {
    const s = z.number().refine((n) => n % 2 === 0, { message: 'must be even', params: { vi: 'phải là số chẵn', en: 'must be even' } })
    expect(issueMessage(s.safeParse(3).error!.issues[0]!)).toEqual({ vi: 'phải là số chẵn', en: 'must be even' })
    expect(issueMessage(z.number().refine(() => false).safeParse(3).error!.issues[0]!)).toEqual({ vi: 'giá trị không hợp lệ', en: 'invalid value' })
  })
})

describe('vnEnum on hostile input (issue 13)', () => {
  it('checks its arguments before reading them', () => {
    expect(() => vnEnum(1 as never)).toThrow(TypeError)
    expect(() => vnEnum(1 as never)).toThrow(/^Invalid type for values: 1/)
    expect(() => vnEnum(undefined as never)).toThrow(/^Invalid type for values: undefined/)
    expect(() => vnEnum({ options: 'a' } as never)).toThrow(TypeError)
    expect(() => vnEnum(['a'], null as never)).toThrow(/^Invalid type for labels: null/)
    // eslint-disable-next-line no-sparse-arrays
    expect(() => vnEnum(['a', , 'b'] as never)).toThrow(/^Invalid values\[1\]: undefined/)
  })
})
