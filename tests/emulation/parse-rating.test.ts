import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_RATING_TEXT_LENGTH, RATING_LABELS, RatingIdSchema, parseRatingText, safeParseRatingText } from 'hanhchinh/emulation'

describe('parseRatingText / safeParseRatingText', () => {
  it('reads every official label, its id and common forms from real reports', () => {
    for (const id of RatingIdSchema.options) {
      expect(parseRatingText(RATING_LABELS[id].vi)).toBe(id)
      expect(parseRatingText(RATING_LABELS[id].vi.toUpperCase())).toBe(id)
      expect(parseRatingText(id)).toBe(id)
      expect(safeParseRatingText(RATING_LABELS[id].vi)).toEqual({ ok: true, value: id })
    }
    expect(parseRatingText('  Hoàn thành tốt nhiệm vụ được giao ')).toBe('hoan-thanh-tot')
    expect(parseRatingText('HTXS')).toBe('hoan-thanh-xuat-sac')
    expect(parseRatingText('Không hoàn thành')).toBe('khong-hoan-thanh')
    // Decomposed Unicode (as some exports write it)
    expect(parseRatingText('Hoàn thành xuất sắc'.normalize('NFD'))).toBe('hoan-thanh-xuat-sac')
  })
  it('safeParseRatingText refuses anything else with a bilingual reason and a code, never throws', () => {
    const r = safeParseRatingText('Xuất sắc')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe('unknown-rating')
    expect(r.reason.vi).toContain('Xuất sắc')
    expect(r.reason.en).toContain('not a quality rating')
    expect(safeParseRatingText('')).toMatchObject({ ok: false, code: 'unknown-rating' })
    expect(safeParseRatingText(3 as unknown as string)).toMatchObject({ ok: false, code: 'not-text' })
    fc.assert(fc.property(fc.anything(), (s) => {
      const res = safeParseRatingText(s as string)
      expect(res.ok ? RatingIdSchema.options.includes(res.value) : typeof res.reason.vi === 'string' && typeof res.reason.en === 'string').toBe(true)
    }))
  })
  it('parseRatingText throws what the safe reader refuses: RangeError for text, TypeError for non-text, with the code', () => {
    expect(() => parseRatingText('Giỏi')).toThrow(RangeError)
    expect(() => parseRatingText('Giỏi')).toThrow(/Invalid text: "Giỏi" \(not a quality rating/)
    expect(() => parseRatingText(undefined as unknown as string)).toThrow(TypeError)
    try {
      parseRatingText('Khá')
      expect.unreachable()
    } catch (e) {
      expect((e as Error & { code?: string }).code).toBe('unknown-rating')
    }
    fc.assert(fc.property(fc.string(), (s) => {
      const safe = safeParseRatingText(s)
      if (safe.ok) expect(parseRatingText(s)).toBe(safe.value)
      else expect(() => parseRatingText(s)).toThrow(RangeError)
    }))
  })
})

describe('parseRatingText: hostile input (issue 13)', () => {
  it('text over MAX_RATING_TEXT_LENGTH is refused at once, naming the limit', () => {
    const t0 = performance.now()
    for (const text of ['h'.repeat(1_000_000) + '!', ' nhiem vu'.repeat(100_000), ' '.repeat(1_000_000) + 'HTT']) {
      const r = safeParseRatingText(text)
      expect(r).toMatchObject({ ok: false, code: 'too-long' })
      expect(!r.ok && r.reason.en).toContain(`longer than a quality rating can be (MAX_RATING_TEXT_LENGTH = ${MAX_RATING_TEXT_LENGTH})`)
      expect(() => parseRatingText(text)).toThrow(RangeError)
    }
    expect(performance.now() - t0).toBeLessThan(200)
    // at the limit the text is still read
    expect(parseRatingText(`${' '.repeat(MAX_RATING_TEXT_LENGTH - 3)}HTT`)).toBe('hoan-thanh-tot')
    expect(safeParseRatingText(`${' '.repeat(MAX_RATING_TEXT_LENGTH - 2)}HTT`)).toMatchObject({ ok: false, code: 'too-long' })
  })
  it('reading time is linear: 200 characters of every hard shape take well under a millisecond each', () => {
    for (const unit of [' ', 'nhiem vu ', '-', 'a', 'ê\u0301', ' duoc giao']) {
      const text = unit.repeat(Math.floor(MAX_RATING_TEXT_LENGTH / unit.length))
      const t0 = performance.now()
      for (let i = 0; i < 100; i++) safeParseRatingText(text)
      expect(performance.now() - t0).toBeLessThan(100)
    }
  })
})
