import { describe, expect, it } from 'vitest'
import { parseTarget, safeParseTarget } from 'hanhchinh/reform'

const read = (text: string) => {
  const r = safeParseTarget(text)
  return r.ok ? [r.value.metric, r.value.comparator, r.value.value] : r.reason.en
}

describe('parseTarget', () => {
  it('reads the comparisons of real plan wording literally', () => {
    expect(read('Trên 80% hồ sơ đảm bảo thời gian quy định')).toEqual(['ratio', '>', '80'])
    expect(read('Phấn đấu 80% tập thể đạt danh hiệu Tập thể lao động tiên tiến')).toEqual(['ratio', '>=', '80'])
    expect(read('Chỉ số cải cách TTHC trong nhóm 16 tỉnh/thành')).toEqual(['rank', '<=', '16'])
    expect(read('Đạt 100% thủ tục hành chính được công khai')).toEqual(['ratio', '=', '100'])
    expect(read('100% văn bản được ký số')).toEqual(['ratio', '=', '100'])
    expect(read('Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%')).toEqual(['ratio', '>', '95'])
    expect(read('Tỷ lệ hồ sơ trực tuyến từ 50% trở lên')).toEqual(['ratio', '>=', '50'])
    expect(read('Tỷ lệ hồ sơ trễ hạn không quá 2%')).toEqual(['ratio', '<=', '2'])
    expect(read('Tỷ lệ hồ sơ trễ hạn không vượt quá 2%')).toEqual(['ratio', '<=', '2'])
    expect(read('Tỷ lệ hồ sơ trễ hạn dưới 1,5%')).toEqual(['ratio', '<', '1.5'])
    expect(read('Tỷ lệ hài lòng không dưới 90%')).toEqual(['ratio', '>=', '90'])
    expect(read('Tỷ lệ hài lòng không thấp hơn 90%')).toEqual(['ratio', '>=', '90'])
    expect(read('Tỷ lệ hồ sơ trễ hạn thấp hơn 1%')).toEqual(['ratio', '<', '1'])
    expect(read('Số hóa ít nhất 1.000 hồ sơ')).toEqual(['count', '>=', '1000'])
    expect(read('Tổ chức tối thiểu 4 cuộc kiểm tra CCHC')).toEqual(['count', '>=', '4'])
    expect(read('Tỷ lệ giải quyết đúng hạn 98,5% trở lên')).toEqual(['ratio', '>=', '98.5'])
    expect(read('Chỉ số PAR INDEX năm 2022 thuộc top 10 cả nước')).toEqual(['rank', '<=', '10'])
    expect(read('Giữ vững vị trí thứ 2 trong khối sở, ngành')).toEqual(['rank', '<=', '2'])
    expect(read('Chỉ số SIPAS dẫn đầu khu vực')).toEqual(['rank', '<=', '1'])
  })

  it('ignores years and keeps the wording', () => {
    const r = parseTarget('Năm 2022, trên 80% hồ sơ đúng hạn')
    expect(r).toMatchObject({ comparator: '>', value: '80', text: 'Năm 2022, trên 80% hồ sơ đúng hạn' })
    expect(read('Giai đoạn 2021-2025 tỷ lệ trên 90%')).toEqual(['ratio', '>', '90'])
  })

  it('ignores case and diacritics, and builds an id', () => {
    expect(read('TREN 80% HO SO DUNG HAN')).toEqual(['ratio', '>', '80'])
    expect(parseTarget('Trên 80% hồ sơ đúng hạn')).toMatchObject({ id: 'tren-80-phan-tram-ho-so-dung-han' })
    expect(parseTarget('Trên 80% hồ sơ', { id: 'x' })).toMatchObject({ id: 'x' })
    expect(safeParseTarget('Trên 80% hồ sơ', { id: 'x' })).toEqual({ ok: true, value: parseTarget('Trên 80% hồ sơ', { id: 'x' }) })
  })

  it('returns a reason for wording without a figure', () => {
    const r = safeParseTarget('Nâng cao chất lượng phục vụ người dân')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason.vi).toBe('Không thấy con số chỉ tiêu: "Nâng cao chất lượng phục vụ người dân"')
    expect(r).toMatchObject({ code: 'no-figure' })
    expect(safeParseTarget('  ')).toMatchObject({ ok: false, code: 'empty' })
    expect(safeParseTarget(80)).toMatchObject({ ok: false, code: 'not-text' })
    expect(() => parseTarget('Nâng cao chất lượng phục vụ người dân')).toThrow(RangeError)
    expect(() => parseTarget('Nâng cao chất lượng phục vụ người dân')).toThrow('Invalid text: "Nâng cao chất lượng phục vụ người dân" (No target figure found')
    expect(() => parseTarget(80 as unknown as string)).toThrow(TypeError)
  })

  it('works without options and refuses unknown or ill-typed ones', () => {
    expect(parseTarget('Trên 80% hồ sơ đúng hạn')).toMatchObject({ metric: 'ratio', comparator: '>', value: '80' })
    expect(() => parseTarget('Trên 80%', { ID: 'x' } as never)).toThrow(/Unknown option "ID" of parseTarget/)
    expect(() => safeParseTarget('Trên 80%', { idd: 'x' } as never)).toThrow(/did you mean "id"/)
    expect(() => parseTarget('Trên 80%', null as never)).toThrow(TypeError)
    expect(() => parseTarget('Trên 80%', { id: 5 } as never)).toThrow(TypeError)
  })
})

describe('parseTarget — hostile input', () => {
  it('refuses wording longer than MAX_TARGET_LENGTH at once, naming the limit', async () => {
    const { MAX_TARGET_LENGTH } = await import('hanhchinh/reform')
    expect(MAX_TARGET_LENGTH).toBe(1000)
    const long = 'Trên 80% hồ sơ đảm bảo thời gian quy định' + ' '.repeat(MAX_TARGET_LENGTH - 41)
    expect(long.length).toBe(MAX_TARGET_LENGTH)
    expect(parseTarget(long)).toMatchObject({ metric: 'ratio', comparator: '>', value: '80' })
    const cell = '1'.repeat(1_000_000) + 'x'
    const t0 = performance.now()
    expect(safeParseTarget(cell)).toMatchObject({ ok: false, code: 'too-long' })
    expect(() => parseTarget(cell)).toThrow(/longer than the 1000 characters/)
    expect(performance.now() - t0).toBeLessThan(100)
  })
})
