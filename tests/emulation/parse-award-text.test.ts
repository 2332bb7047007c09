import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AWARD_LABELS, HeldAwardIdSchema, MAX_AWARD_TEXT_LENGTH, parseAwardText, safeParseAwardText, type HeldAwardId } from 'hanhchinh/emulation'

describe('parseAwardText / safeParseAwardText', () => {
  it('reads the abbreviations of staff lists to their ids', () => {
    const cases: Array<[string, HeldAwardId]> = [
      ['LĐTT', 'lao-dong-tien-tien'],
      ['CSTT', 'chien-si-tien-tien'],
      ['CSTĐCS', 'chien-si-thi-dua-co-so'],
      ['CSTĐ cơ sở', 'chien-si-thi-dua-co-so'],
      ['CSTĐ tỉnh', 'chien-si-thi-dua-cap-tinh'],
      ['CSTĐ cấp tỉnh', 'chien-si-thi-dua-cap-tinh'],
      ['CSTĐTQ', 'chien-si-thi-dua-toan-quoc'],
      ['TTLĐTT', 'tap-the-lao-dong-tien-tien'],
      ['TTLĐXS', 'tap-the-lao-dong-xuat-sac'],
      ['BK UBND tỉnh', 'bang-khen-chu-tich-ubnd-tinh'],
      ['BK Chủ tịch UBND tỉnh', 'bang-khen-chu-tich-ubnd-tinh'],
      ['BKTTg', 'bang-khen-thu-tuong'],
      ['BK TTg', 'bang-khen-thu-tuong'],
      ['BK Bộ', 'bang-khen-bo-nganh'],
      ['HCLĐ hạng Ba', 'huan-chuong-lao-dong-hang-ba'],
      ['HCLĐ hạng III', 'huan-chuong-lao-dong-hang-ba'],
      ['HCLĐ hạng Nhì', 'huan-chuong-lao-dong-hang-nhi'],
      ['HCLĐ hạng Nhất', 'huan-chuong-lao-dong-hang-nhat'],
      ['GK', 'giay-khen'],
    ]
    for (const [text, id] of cases) expect(parseAwardText(text), text).toBe(id)
  })
  it('reads full names with or without accents, in any case, with "danh hiệu" and "của"', () => {
    const cases: Array<[string, HeldAwardId]> = [
      ['Danh hiệu Lao động tiên tiến', 'lao-dong-tien-tien'],
      ['LAO DONG TIEN TIEN', 'lao-dong-tien-tien'],
      ['Chiến sĩ thi đua cơ sở', 'chien-si-thi-dua-co-so'],
      ['chien si thi dua cap tinh', 'chien-si-thi-dua-cap-tinh'],
      ['Chiến sĩ thi đua toàn quốc', 'chien-si-thi-dua-toan-quoc'],
      ['Tập thể lao động xuất sắc', 'tap-the-lao-dong-xuat-sac'],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'bang-khen-chu-tich-ubnd-tinh'],
      ['Bằng khen của Thủ tướng Chính phủ', 'bang-khen-thu-tuong'],
      ['Huân chương Lao động hạng Ba', 'huan-chuong-lao-dong-hang-ba'],
      ['huan chuong lao dong hang ba', 'huan-chuong-lao-dong-hang-ba'],
      ['Cờ thi đua của Chính phủ', 'co-thi-dua-chinh-phu'],
      ['Cờ thi đua cấp tỉnh', 'co-thi-dua-cap-tinh'],
      ['Giấy khen', 'giay-khen'],
      // NFD (decomposed) text, as some systems export it
      ['Lao động tiên tiến'.normalize('NFD'), 'lao-dong-tien-tien'],
    ]
    for (const [text, id] of cases) expect(parseAwardText(text), text).toBe(id)
  })
  it('every id and every bilingual label reads back to its id', () => {
    for (const id of HeldAwardIdSchema.options) {
      expect(parseAwardText(id)).toBe(id)
      expect(parseAwardText(AWARD_LABELS[id].vi)).toBe(id)
      expect(parseAwardText(AWARD_LABELS[id].en)).toBe(id)
    }
  })
  it('an unknown award is refused in both languages; a non-text is a TypeError; too long is refused at once', () => {
    for (const text of ['Huy chương Vì sự nghiệp', 'Chiến sĩ thi đua', 'Bằng khen', 'HCLĐ', 'Giỏi', '', 'CSTĐ huyện']) {
      const r = safeParseAwardText(text)
      expect(r, text).toMatchObject({ ok: false, code: 'unknown-award' })
      expect(r.ok === false && r.reason.vi).toContain('Không đọc được danh hiệu')
    }
    expect(() => parseAwardText('Bằng khen')).toThrow(RangeError)
    expect(() => parseAwardText('Bằng khen')).toThrow(/text/)
    expect(() => parseAwardText(5 as never)).toThrow(TypeError)
    expect(safeParseAwardText(null as never)).toMatchObject({ ok: false, code: 'not-text' })
    expect(safeParseAwardText('LĐTT '.repeat(100))).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeParseAwardText(' '.repeat(MAX_AWARD_TEXT_LENGTH) + 'x')).toMatchObject({ ok: false, code: 'too-long' })
  })
  it('never throws on any string, and is fast on the longest hostile text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { safeParseAwardText(s) }))
    const hostile = 'bang khen '.repeat(20)
    const t = performance.now()
    for (let i = 0; i < 2000; i++) safeParseAwardText(hostile)
    expect(performance.now() - t).toBeLessThan(2000)
  })
})
