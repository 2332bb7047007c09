import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldVietnamese, accentInsensitiveKey, normalizeVietnamese } from 'hanhchinh/format'

describe('text', () => {
  it('normalises NFD exports to NFC', () => {
    const nfd = 'Ngày tiếp nhận'.normalize('NFD')
    expect(nfd).not.toBe('Ngày tiếp nhận')
    expect(normalizeVietnamese(nfd)).toBe('Ngày tiếp nhận')
    expect(normalizeVietnamese('\ufeff  Hạn \t xử  lý\u00a0 ')).toBe('Hạn xử lý')
  })
  it('folds accents and đ', () => {
    expect(foldVietnamese('Ngày trả kết quả')).toBe('Ngay tra ket qua')
    expect(foldVietnamese('ĐƯỢC ĐỀ NGHỊ')).toBe('DUOC DE NGHI')
    expect(foldVietnamese('Ắ ặ ỡ ữ ỵ')).toBe('A a o u y')
    expect(accentInsensitiveKey('NGÀY TRẢ KẾT QUẢ')).toBe('ngay tra ket qua')
  })
  it('gives one key to a status label however it was typed', () => {
    const key = accentInsensitiveKey('Đã trả kết quả')
    expect(key).toBe('da tra ket qua')
    for (const t of ['da tra ket qua', 'ĐÃ TRẢ KẾT QUẢ', 'Đã trả kết quả'.normalize('NFD'), '  Đã\u00a0trả  kết quả ', 'Da Tra Ket Qua']) {
      expect(accentInsensitiveKey(t), t).toBe(key)
    }
    expect(accentInsensitiveKey('Đang xử lý')).not.toBe(key)
  })
  it('accentInsensitiveKey is idempotent and ignores NFC/NFD and case', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđAĂÂĐ \u0300\u0301\u0303\u0309\u0323') }), (s) => {
        const k = accentInsensitiveKey(s)
        expect(accentInsensitiveKey(k)).toBe(k)
        expect(accentInsensitiveKey(s.normalize('NFD'))).toBe(k)
        expect(accentInsensitiveKey(s.toUpperCase())).toBe(k)
        expect(/[^\x00-\x7f]/.test(k)).toBe(false)
      }),
    )
  })
  it('normalizeVietnamese equals NFC + collapse + trim for any text (the fast path changes nothing)', () => {
    const reference = (t: string) => t.normalize('NFC').replace(/[\s\u00a0\u202f\u200b\ufeff]+/g, ' ').trim()
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ệ', 'e', '\u0302', ' ', '\t', '\n', '\u00a0', '\u200b', '\ufeff', '\u202f') }), (t) => {
        expect(normalizeVietnamese(t)).toBe(reference(t))
      }),
    )
  })
})

describe('text functions on hostile input (issue 13)', () => {
  it('throw a TypeError naming the argument for a non-string', () => {
    for (const f of [accentInsensitiveKey, foldVietnamese, normalizeVietnamese]) {
      expect(() => f(null as never)).toThrow(TypeError)
      expect(() => f(null as never)).toThrow(/^Invalid type for text: null/)
      expect(() => f(Object.create(null) as never)).toThrow(/^Invalid type for text/)
    }
  })
})
