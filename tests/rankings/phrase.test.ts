import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { ParseResult } from 'hanhchinh/core'
import { findRankPhrases, formatRankPhrase, parseRankPhrase, safeParseRankPhrase, type RankPhrase } from 'hanhchinh/rankings'

describe('parseRankPhrase', () => {
  it('the phrases of the issue', () => {
    expect(parseRankPhrase('xếp thứ 19/63')).toMatchObject({ kind: 'place', rank: 19, of: 63 })
    expect(parseRankPhrase('tăng 7 bậc')).toMatchObject({ kind: 'change', change: 7 })
    expect(parseRankPhrase('giảm 3 bậc')).toMatchObject({ kind: 'change', change: -3 })
    expect(parseRankPhrase('giữ nguyên')).toMatchObject({ kind: 'change', change: 0 })
    expect(parseRankPhrase('đứng đầu')).toMatchObject({ kind: 'place', rank: 1, position: 'first' })
    expect(parseRankPhrase('đứng cuối')).toMatchObject({ kind: 'place', position: 'last' })
    expect(parseRankPhrase('tăng 27 bậc')).toMatchObject({ change: 27 })
  })

  it('phrases from the press (rules §6.3)', () => {
    // Hà Nội PAR 2023: "xếp thứ 3/63 tỉnh, thành phố"; Cao Bằng PAR 2024 63/63
    expect(parseRankPhrase('Thành phố Hà Nội xếp thứ 3/63 tỉnh, thành phố')).toMatchObject({ rank: 3, of: 63 })
    expect(parseRankPhrase('Cao Bằng đứng cuối bảng (63/63)')).toMatchObject({ kind: 'place', rank: 63, of: 63, position: 'last' })
    expect(parseRankPhrase('đội sổ')).toMatchObject({ position: 'last' })
    expect(parseRankPhrase('Quảng Ninh tiếp tục đoạt vị trí quán quân')).toMatchObject({ rank: 1 })
    expect(parseRankPhrase('á quân')).toMatchObject({ kind: 'place', rank: 2 })
    expect(parseRankPhrase('đứng thứ 23/63')).toMatchObject({ rank: 23, of: 63 })
    expect(parseRankPhrase('xếp hạng 51/63')).toMatchObject({ rank: 51, of: 63 })
    expect(parseRankPhrase('vươn lên 29 bậc')).toMatchObject({ change: 29 })
    expect(parseRankPhrase('tăng 4 hạng')).toMatchObject({ change: 4 })
    expect(parseRankPhrase('tụt 7 bậc')).toMatchObject({ change: -7 })
    expect(parseRankPhrase('tụt hạng 2 bậc')).toMatchObject({ change: -2 })
    expect(parseRankPhrase('giữ vững vị trí')).toMatchObject({ change: 0 })
    expect(parseRankPhrase('TANG 19 BAC')).toMatchObject({ change: 19 })
    expect(parseRankPhrase('nằm trong nhóm 16 tỉnh dẫn đầu')).toMatchObject({ kind: 'top-group', k: 16 })
    expect(parseRankPhrase('lọt tốp 10')).toMatchObject({ kind: 'top-group', k: 10 })
  })

  it('a place that cannot exist is refused as out of range, naming it; document numbers and dates stay unrecognised', () => {
    expect(safeParseRankPhrase('xếp thứ 64/63')).toEqual({
      ok: false,
      code: 'out-of-range',
      reason: {
        vi: 'Thứ hạng 64/63 trong "xếp thứ 64/63" không hợp lệ: thứ hạng phải từ 1 đến 63',
        en: 'Rank 64/63 in "xếp thứ 64/63" is out of range: a rank must be from 1 to 63',
      },
    })
    expect(safeParseRankPhrase('đứng thứ 0 trên 63 tỉnh')).toMatchObject({ ok: false, code: 'out-of-range' })
    expect(safeParseRankPhrase('0/0')).toMatchObject({ ok: false, reason: { en: 'Rank 0/0 in "0/0" is out of range: the total must be at least 1' } })
    expect(safeParseRankPhrase('Nghị quyết 202/2025/QH15')).toMatchObject({ ok: false, code: 'unrecognised' })
    expect(safeParseRankPhrase('ngày 12/6/2025')).toMatchObject({ ok: false, code: 'unrecognised' })
    const thrown = (() => {
      try {
        parseRankPhrase('xếp thứ 64/63')
      } catch (e) {
        return e
      }
    })()
    expect(thrown).toBeInstanceOf(RangeError)
    expect(thrown).toMatchObject({
      message: 'Invalid text: "xếp thứ 64/63" (Rank 64/63 in "xếp thứ 64/63" is out of range: a rank must be from 1 to 63)',
      code: 'out-of-range',
    })
    expect(() => parseRankPhrase('ngày 12/6/2025')).toThrow(/No rank phrase recognised in "ngày 12\/6\/2025"/)
  })

  it('"nhóm dẫn đầu" (rules §6.3: a leading group) is a top group of unstated size, not first place', () => {
    expect(parseRankPhrase('nhóm dẫn đầu')).toEqual({ kind: 'top-group' })
    expect(safeParseRankPhrase('nhóm dẫn đầu')).toEqual({ ok: true, value: { kind: 'top-group' } })
    expect(findRankPhrases('tiếp tục nằm trong nhóm các tỉnh dẫn đầu')).toEqual([{ kind: 'top-group' }])
    expect(findRankPhrases('lọt tốp đầu')).toEqual([{ kind: 'top-group' }])
    expect(findRankPhrases('Quảng Ninh nằm trong nhóm dẫn đầu, đứng đầu cả nước')).toEqual([
      { kind: 'top-group' },
      { kind: 'place', rank: 1, position: 'first' },
    ])
    // the PAPI group name is not a top-group phrase
    expect(safeParseRankPhrase('Nhóm đạt điểm cao nhất').ok).toBe(false)
    expect(formatRankPhrase({ kind: 'top-group' })).toEqual({ vi: 'trong nhóm dẫn đầu', en: 'in the leading group' })
  })

  it('score changes in points and percentage points', () => {
    const a = parseRankPhrase('tăng 2,46 điểm %')
    expect(a.kind === 'score-change' ? [a.change.toString(), a.unit] : []).toEqual(['2.46', 'percentage-points'])
    const b = parseRankPhrase('giảm 0,83 điểm')
    expect(b.kind === 'score-change' ? [b.change.toString(), b.unit] : []).toEqual(['-0.83', 'points'])
    const c = parseRankPhrase('tăng 1,39%')
    expect(c.kind === 'score-change' ? c.unit : '').toBe('percentage-points')
  })

  it('English forms', () => {
    expect(parseRankPhrase('ranked 23rd out of 63')).toMatchObject({ rank: 23, of: 63 })
    // en.doanhnghiephoinhap.vn, 26/04/2024
    expect(parseRankPhrase('Hai Phong ranked 2nd out of 63 provinces and cities in the PAR INDEX with 91.81%')).toMatchObject({ rank: 2, of: 63 })
    expect(safeParseRankPhrase('an improvement of 7 ranks').ok).toBe(false)
    expect(parseRankPhrase('up 7 places')).toMatchObject({ change: 7 })
    expect(parseRankPhrase('slipped 1 place')).toMatchObject({ change: -1 })
    expect(parseRankPhrase('unchanged')).toMatchObject({ change: 0 })
    expect(parseRankPhrase('in the top 10')).toMatchObject({ k: 10 })
  })

  it('the safe reader returns refusals as values; the throwing one throws them', () => {
    expect(safeParseRankPhrase('')).toEqual({ ok: false, code: 'empty', reason: { vi: 'Chuỗi rỗng, cần một cụm từ xếp hạng', en: 'Empty text, expected a rank phrase' } })
    const r = safeParseRankPhrase('Nhóm A')
    expect(r).toMatchObject({ ok: false, code: 'unrecognised' })
    expect(r.ok ? '' : r.reason.en).toMatch(/No rank phrase recognised in "Nhóm A"/)
    expect(r.ok ? '' : r.reason.vi).toMatch(/Không nhận ra cụm từ xếp hạng trong "Nhóm A"/)
    expect(safeParseRankPhrase('xếp thứ 0/63').ok).toBe(false)
    // input that is not text is a refusal too, and a TypeError from parseRankPhrase
    expect(safeParseRankPhrase(19)).toMatchObject({ ok: false, code: 'not-text', reason: { en: 'Expected the text of a rank phrase, received 19' } })
    expect(() => parseRankPhrase(19 as unknown as string)).toThrow(TypeError)
    expect(() => parseRankPhrase('')).toThrow(RangeError)
    let code: unknown
    try {
      parseRankPhrase('Nhóm A')
    } catch (e) {
      code = (e as { code?: unknown }).code
    }
    expect(code).toBe('unrecognised')
  })

  it('the two readers agree on every input (parseRankPhrase is parseOrThrow of safeParseRankPhrase)', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.constantFrom('xếp thứ 19/63', 'tăng 7 bậc', 'xếp thứ 64/63', 'nhóm dẫn đầu', '', '202/2025/QH15', 'đứng cuối (63/63)'),
    )
    fc.assert(fc.property(texts, (t) => {
      const safe = safeParseRankPhrase(t)
      if (safe.ok) expect(parseRankPhrase(t)).toEqual(safe.value)
      else expect(() => parseRankPhrase(t)).toThrow(safe.reason.en)
    }))
  })

  it('types: the safe reader is a core ParseResult, the throwing one gives the phrase', () => {
    expectTypeOf(parseRankPhrase).returns.toEqualTypeOf<RankPhrase>()
    expectTypeOf(safeParseRankPhrase('x')).toMatchTypeOf<ParseResult<RankPhrase>>()
    const r = safeParseRankPhrase('x')
    if (!r.ok) expectTypeOf(r.code).toEqualTypeOf<'not-text' | 'empty' | 'unrecognised' | 'out-of-range'>()
  })

  it('findRankPhrases reads several phrases in order: score and rank moving apart (Đồng Nai PAR 2022)', () => {
    expect(findRankPhrases('Đồng Nai giảm 0,5 điểm nhưng tăng 4 bậc, xếp thứ 20/63')).toMatchObject([
      { kind: 'score-change', unit: 'points' },
      { kind: 'change', change: 4 },
      { kind: 'place', rank: 20, of: 63 },
    ])
    expect(findRankPhrases('không có gì')).toEqual([])
    // document numbers and dates are not places
    expect(findRankPhrases('theo Nghị quyết 202/2025/QH15 ngày 12/6/2025')).toEqual([])
    expect(findRankPhrases('Cao Bằng (63/63)')).toEqual([{ kind: 'place', rank: 63, of: 63 }])
  })
})

describe('formatRankPhrase', () => {
  it('writes the phrases back in Vietnamese and English', () => {
    expect(formatRankPhrase({ kind: 'place', rank: 19, of: 63 })).toEqual({ vi: 'xếp thứ 19/63', en: 'ranked 19th of 63' })
    expect(formatRankPhrase({ kind: 'place', rank: 22 }).en).toBe('ranked 22nd')
    expect(formatRankPhrase({ kind: 'place', rank: 13, of: 63 }).en).toBe('ranked 13th of 63')
    expect(formatRankPhrase({ kind: 'place', rank: 63, of: 63, position: 'last' })).toEqual({ vi: 'đứng cuối (63/63)', en: 'ranked last of 63' })
    expect(formatRankPhrase({ kind: 'change', change: 19 })).toEqual({ vi: 'tăng 19 bậc', en: 'up 19 places' })
    expect(formatRankPhrase({ kind: 'change', change: 0 })).toEqual({ vi: 'giữ nguyên', en: 'unchanged' })
    expect(formatRankPhrase({ kind: 'top-group', k: 16 })).toEqual({ vi: 'trong nhóm 16 dẫn đầu', en: 'in the top 16' })
    expect(() => formatRankPhrase({ kind: 'place' })).toThrow(/phrase.rank/)
    expect(() => formatRankPhrase({ kind: 'oops' } as unknown as RankPhrase)).toThrow(/phrase.kind/)
  })

  it('round-trips: format then parse gives the same value, in both languages', () => {
    const phraseArb: fc.Arbitrary<RankPhrase> = fc.oneof(
      fc.integer({ min: 2, max: 100 }).chain((of) => fc.integer({ min: 1, max: of }).map((rank): RankPhrase => ({ kind: 'place', rank, of }))),
      fc.integer({ min: -60, max: 60 }).map((change): RankPhrase => ({ kind: 'change', change })),
      fc.integer({ min: 1, max: 63 }).map((k): RankPhrase => ({ kind: 'top-group', k })),
    )
    fc.assert(fc.property(phraseArb, (p) => {
      const label = formatRankPhrase(p)
      for (const text of [label.vi, label.en]) {
        const back = safeParseRankPhrase(text)
        expect(back.ok, text).toBe(true)
        if (!back.ok) continue
        if (p.kind === 'place') expect(back.value).toMatchObject({ kind: 'place', rank: p.rank, of: p.of })
        else expect(back.value).toEqual(p)
      }
    }))
  })
})
