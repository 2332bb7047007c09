import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessRating, AwardIdSchema, checkEligibility, checkQuota, customizeRegime, disciplineSeverity, formatVerdict, initiativeLevelRank, MAX_RECORD_LIST_LENGTH, MAX_RECORD_VALUES, ratingRank, REGIME_B, reviewUnit, safeParseRecord, scoreToRating, selectRegime, type AwardId, type Regime } from 'hanhchinh/emulation'
import { documentedError } from '../security/exports.js'

// Programmer errors throw a RangeError/TypeError naming the field and the
// value; none of them may come back as a verdict.
const person = { kind: 'individual', name: 'Phạm Thị Hoa', years: { 2024: { rating: 'hoan-thanh-xuat-sac', monthsWorked: 12 } } } as const
const unit = { kind: 'collective', years: { 2024: { members: 20, laoDongTienTien: 14, chienSiThiDuaCoSo: 1, tasksCompleted: 20, rating: 'hoan-thanh-xuat-sac' } } } as const

function thrown(f: () => unknown): Error {
  try {
    f()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected a throw')
}

describe('checkEligibility: bad inputs', () => {
  it('year as a string, NaN, a fraction or before 1945', () => {
    for (const year of ['2024', Number.NaN, 2024.5, Number.POSITIVE_INFINITY, 1900]) {
      const e = thrown(() => checkEligibility('lao-dong-tien-tien', person, { year: year as number }))
      // A year of the wrong type is a TypeError (issue 13), an impossible number a RangeError.
      expect(e).toBeInstanceOf(typeof year === 'string' ? TypeError : RangeError)
      expect(e.message).toContain('year')
      expect(e.message).toContain(typeof year === 'string' ? '"2024"' : String(year))
    }
  })
  it('an unknown award id', () => {
    const e = thrown(() => checkEligibility('huan-chuong-lao-dong-hang-tu' as AwardId, person, { year: 2024 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toMatch(/award: "huan-chuong-lao-dong-hang-tu"/)
  })
  it('a record without years, or with a year key that is not a year', () => {
    const e = thrown(() => checkEligibility('lao-dong-tien-tien', { kind: 'individual' } as never, { year: 2024 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toMatch(/record\.years: undefined \(expected an object of achievement years/)
    const k = thrown(() => checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 'năm 2024': { rating: 'hoan-thanh-tot' } } } as never, { year: 2024 }))
    expect(k.message).toMatch(/record\.years\.năm 2024: .*a year key/)
  })
  it('a single-year title judged for a year the record does not contain', () => {
    const e = thrown(() => checkEligibility('chien-si-thi-dua-co-so', person, { year: 2023 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toBe('Invalid year: 2023 (expected a year present in record.years (2024))')
    expect(() => checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2025 })).toThrow(/year: 2025 .*record\.years \(2024\)/)
    // Chain awards may be proposed in a year without its own entry: missing years are explained, not thrown.
    const v = checkEligibility('bang-khen-chu-tich-ubnd-tinh', person, { year: 2025 })
    expect(v.ok).toBe(false)
    expect(v.criteria.some((c) => c.status !== 'met')).toBe(true)
  })
  it('a decision date that does not exist, is not ISO, or precedes the achievement year', () => {
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2024-02-30' })).message).toMatch(/decisionDate: "2024-02-30"/)
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '15/01/2025' })).message).toMatch(/decisionDate: "15\/01\/2025"/)
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, decisionDate: '2023-12-20' })).message).toMatch(/decisionDate: "2023-12-20"/)
  })
  it('a regime that is neither an id nor a rule set', () => {
    expect(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, regime: 'D' as 'A' })).toThrow(RangeError)
    const e = thrown(() => checkEligibility('lao-dong-tien-tien', person, { year: 2024, regime: { id: 'B' } as Regime }))
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toMatch(/options\.regime: .*missing laoDongTienTien/)
    // a customised rule set is accepted
    expect(checkEligibility('lao-dong-tien-tien', person, { year: 2024, regime: customizeRegime(REGIME_B, 'Tỉnh X', {}) }).regime).toBe('B/Tỉnh X')
  })
})

describe('records: facts filed under a year they cannot belong to', () => {
  const rec = (years: object, extra: object = {}) => ({ kind: 'individual', ...extra, years }) as never
  it('a year before 1945', () => {
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', rec({ 1800: { rating: 'hoan-thanh-tot' }, 2024: { rating: 'hoan-thanh-tot' } }), { year: 2024 })).message).toMatch(/record\.years\.1800: .*a year from 1945/)
  })
  it('a rating for a year before the recruitment year', () => {
    const e = thrown(() => checkEligibility('lao-dong-tien-tien', rec({ 2024: { rating: 'hoan-thanh-tot' } }, { recruitedOn: '2025-03-01' }), { year: 2024 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toBe('Invalid record.years.2024.rating: "hoan-thanh-tot" (expected no rating for 2024: recruited on 2025-03-01)')
  })
  it('a 100-point score without a rating before 2026 (Decree 335/2025 applies from the 2026 rating)', () => {
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', rec({ 2024: { score: 95 } }), { year: 2024 })).message).toMatch(/record\.years\.2024\.score: 95/)
    expect(thrown(() => assessRating({ years: { 2024: { score: 95 } } }, 2024)).message).toMatch(/record\.years\.2024\.score: 95/)
    expect(assessRating({ years: { 2026: { score: 95 } } }, 2026).effective).toBe('hoan-thanh-xuat-sac')
  })
  it('a held title whose period or decision does not fit the year it is listed under', () => {
    const period = thrown(() => checkEligibility('lao-dong-tien-tien', rec({ 2024: { rating: 'hoan-thanh-tot', titles: [{ award: 'lao-dong-tien-tien', period: { from: 2019, to: 2020 } }] } }), { year: 2024 }))
    expect(period.message).toMatch(/record\.years\.2024\.titles\.0\.period: \{"from":2019,"to":2020\}/)
    const decided = thrown(() => checkEligibility('lao-dong-tien-tien', rec({ 2024: { rating: 'hoan-thanh-tot', titles: [{ award: 'lao-dong-tien-tien', decision: { number: '12/QĐ-UBND', date: '2023-01-05' } }] } }), { year: 2024 }))
    expect(decided.message).toMatch(/record\.years\.2024\.titles\.0\.decision\.date: "2023-01-05"/)
    const unit = { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 8, rating: 'hoan-thanh-tot', commendations: [{ award: 'bang-khen-chu-tich-ubnd-tinh', period: { from: 2022, to: 2023 } }] } } } as never
    expect(thrown(() => checkEligibility('tap-the-lao-dong-tien-tien', unit, { year: 2024 })).message).toMatch(/record\.years\.2024\.commendations\.0\.period/)
  })
})

describe('assessRating: bad inputs', () => {
  it('a rating year outside the record throws instead of "rated, no level"', () => {
    const e = thrown(() => assessRating(person, 2019))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toBe('Invalid year: 2019 (expected a year present in record.years (2024))')
    expect(thrown(() => assessRating({} as never, 2024))).toBeInstanceOf(TypeError)
    expect(thrown(() => assessRating(person, Number.NaN)).message).toMatch(/year: NaN/)
  })
})

describe('checkQuota: bad inputs', () => {
  it('no counts at all, or half of a pair whose cap applies', () => {
    expect(thrown(() => checkQuota({}, { year: 2019 })).message).toMatch(/^Invalid unitOutcomes: \{\}/)
    expect(thrown(() => checkQuota({ chienSiThiDuaCoSo: 13 }, { year: 2019 })).message).toMatch(/unitOutcomes\.laoDongTienTien: undefined/)
    expect(thrown(() => checkQuota({ hoanThanhXuatSac: 7 }, { year: 2025 })).message).toMatch(/unitOutcomes\.hoanThanhTot: undefined/)
    // where the cap does not apply, half a pair is fine: regime B has no CSTĐCS cap, 2019 no HTXS cap
    expect(checkQuota({ chienSiThiDuaCoSo: 13 }, { year: 2024 }).ok).toBe(true)
    expect(checkQuota({ hoanThanhXuatSac: 7 }, { year: 2019 }).caps).toEqual([])
  })
  it('more CSTĐCS than LĐTT (a CSTĐCS is counted among the LĐTT)', () => {
    const e = thrown(() => checkQuota({ laoDongTienTien: 12, chienSiThiDuaCoSo: 13 }, { year: 2019 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toMatch(/unitOutcomes\.chienSiThiDuaCoSo: 13/)
  })
  it('counts that are not whole numbers, and a year as a string', () => {
    expect(thrown(() => checkQuota({ laoDongTienTien: Number.NaN, chienSiThiDuaCoSo: 1 }, { year: 2019 }))).toBeInstanceOf(RangeError)
    expect(thrown(() => checkQuota({ laoDongTienTien: '62' as never, chienSiThiDuaCoSo: 1 }, { year: 2019 }))).toBeInstanceOf(TypeError)
    expect(thrown(() => checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 1 }, { year: '2019' as never })).message).toMatch(/year: "2019"/)
  })
})

describe('reviewUnit: bad inputs', () => {
  it('an invalid member of a { members } unit names the path and the value found there', () => {
    const e = thrown(() => reviewUnit({ members: [{ kind: 'individual', years: { 2024: { rating: 'tot' } } }] } as never, { year: 2024 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toMatch(/^Invalid unit\.members\.0\.years\.2024\.rating: "tot" \(expected one of /)
    expect(thrown(() => reviewUnit({ members: [{ kind: 'individual', years: { 2024: { monthsWorked: 13 } } }] } as never, { year: 2024 })).message).toMatch(/monthsWorked: 13 \(expected number to be <=12\)/)
    expect(thrown(() => checkEligibility('tap-the-lao-dong-tien-tien', { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 12 } } }, { year: 2024 })).message).toBe('Invalid record.years.2024.laoDongTienTien: 12 (expected at most members (10))')
  })
  it('a member without an entry for the year reviewed', () => {
    const other = { kind: 'individual', name: 'Lê Văn Nam', years: { 2023: { rating: 'hoan-thanh-tot' } } } as const
    const e = thrown(() => reviewUnit([person, other], { year: 2024 }))
    expect(e).toBeInstanceOf(RangeError)
    expect(e.message).toMatch(/records\[1\]\.years: \["2023"\] \(expected an entry for the year reviewed, 2024 \(Lê Văn Nam\)\)/)
    expect(thrown(() => reviewUnit({ members: [other] }, { year: 2024 })).message).toMatch(/unit\.members\[0\]\.years/)
  })
})

// Issue 13: hostile input. Every call ends quickly with a value or a
// documented TypeError/RangeError naming the path and the value; nothing
// given is written to.
function deep(depth: number): unknown {
  let v: unknown = 'leaf'
  for (let i = 0; i < depth; i++) v = i % 2 ? { next: v } : [v]
  return v
}
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) continue
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k])
    Object.freeze(v)
  }
  return value
}
function timed(f: () => unknown): { error: Error; ms: number } {
  const t0 = performance.now()
  const error = thrown(f)
  return { error, ms: performance.now() - t0 }
}

describe('hostile input (issue 13)', () => {
  it('a 20,000-deep record is refused at once as too deep, wherever it hangs (no stack overflow)', () => {
    const d = deep(20_000)
    for (const [rec, path] of [
      [d, 'record.next.0'],
      [{ kind: 'individual', years: d }, 'record.years.next.0'],
      [{ kind: 'individual', years: { 2024: d } }, 'record.years.2024.next.0'],
      [{ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } }, note: d }, 'record.note.next.0'],
    ] as const) {
      const { error, ms } = timed(() => checkEligibility('lao-dong-tien-tien', rec as never, { year: 2024 }))
      expect(error).toBeInstanceOf(RangeError)
      expect(error.message).toContain(`Invalid ${path}`)
      expect(error.message).toContain('nested more than 32 levels deep')
      expect((error as Error & { code?: string }).code).toBe('too-deep')
      expect(ms).toBeLessThan(500)
    }
    expect(safeParseRecord({ kind: 'collective', years: { 2024: d } })).toMatchObject({ ok: false, code: 'too-deep' })
    expect(thrown(() => assessRating({ years: { 2024: d } } as never, 2024)).message).toMatch(/^Invalid record\.years\.2024\.next\.0\..*nested more than 32 levels/)
    expect(thrown(() => reviewUnit({ members: [], collective: d } as never, { year: 2024 })).message).toMatch(/^Invalid unit\.collective\.next/)
  })
  it('a record that contains itself is refused as too deep, not walked forever', () => {
    const loop: Record<string, unknown> = { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }
    loop.self = loop
    expect(safeParseRecord(loop)).toMatchObject({ ok: false, code: 'too-deep' })
  })
  it('a record with 2^30 paths through shared values (v = [v, v]) is refused by its size, not walked', () => {
    let shared: unknown = { award: 'lao-dong-tien-tien' }
    for (let i = 0; i < 30; i++) shared = [shared, shared]
    const t0 = performance.now()
    const r = safeParseRecord({ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } }, note: shared })
    expect(r).toMatchObject({ ok: false, code: 'too-large' })
    expect(!r.ok && r.reason.en).toBe(`Invalid record: more than ${MAX_RECORD_VALUES} objects and arrays, counted along every path (expected at most MAX_RECORD_VALUES = 1000000)`)
    expect(performance.now() - t0).toBeLessThan(1000)
    // shared values within the limit are fine: the same held title object listed in two years
    const title = { award: 'lao-dong-tien-tien' }
    expect(checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2023: { rating: 'hoan-thanh-tot', titles: [title] }, 2024: { rating: 'hoan-thanh-tot', titles: [title] } } } as never, { year: 2024 }).ok).toBe(true)
  })
  it('a sparse list of 2^32 - 1 items is refused by its length before any item is read', () => {
    const huge = new Array(2 ** 32 - 1)
    const { error, ms } = timed(() => checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', titles: huge } } } as never, { year: 2024 }))
    expect(error).toBeInstanceOf(RangeError)
    expect(error.message).toBe('Invalid record.years.2024.titles: a list of 4294967295 items (expected at most MAX_RECORD_LIST_LENGTH = 10000)')
    expect(ms).toBeLessThan(500)
    expect(MAX_RECORD_LIST_LENGTH).toBe(10_000)
    expect(thrown(() => reviewUnit(huge, { year: 2024 })).message).toBe('Invalid records.length: 4294967295 (expected at most MAX_RECORD_LIST_LENGTH = 10000 records)')
    expect(thrown(() => assessRating({ years: { 2024: { titles: huge } } } as never, 2024)).message).toMatch(/record\.years\.2024\.titles: a list of 4294967295 items/)
  })
  it('a hole in a list is named, never skipped', () => {
    // eslint-disable-next-line no-sparse-arrays
    const titles = [, 'lao-dong-tien-tien']
    expect(thrown(() => checkEligibility('lao-dong-tien-tien', { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot', titles } } } as never, { year: 2024 })).message).toBe(
      'Invalid record.years.2024.titles.0: undefined (expected a value (nothing is there: a hole in a list, or a missing field))',
    )
    // eslint-disable-next-line no-sparse-arrays
    const members = [person, , person]
    const e = thrown(() => reviewUnit({ members } as never, { year: 2024 }))
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toBe('Invalid type for unit.members[1]: undefined (expected a record (the list has a hole here))')
    expect(thrown(() => reviewUnit(members as never, { year: 2024 })).message).toMatch(/^Invalid type for records\[1\]: undefined/)
  })
  it('deep-frozen records and options are judged without a write (the validation cache keeps nothing on them)', () => {
    const rec = deepFreeze({ kind: 'individual', name: 'Nguyễn Văn An', recruitedOn: '2019-03-01', years: { 2023: { rating: 'hoan-thanh-xuat-sac', titles: ['lao-dong-tien-tien'] }, 2024: { rating: 'hoan-thanh-xuat-sac', initiatives: [{ level: 'co-so' }] } } })
    const before = JSON.stringify(rec)
    const keys = Reflect.ownKeys(rec)
    const options = deepFreeze({ year: 2024, decisionDate: '2025-01-10' })
    const first = checkEligibility('chien-si-thi-dua-co-so', rec as never, options)
    const again = checkEligibility('chien-si-thi-dua-co-so', rec as never, options) // from the cache
    expect(again).toEqual(first)
    expect(first.ok).toBe(true)
    expect(JSON.stringify(rec)).toBe(before)
    expect(Reflect.ownKeys(rec)).toEqual(keys)
    const review = reviewUnit(deepFreeze({ members: [rec] }) as never, deepFreeze({ year: 2024 }))
    expect(review.members[0]!.eligible).toContain('chien-si-thi-dua-co-so')
    expect(JSON.stringify(rec)).toBe(before)
  })
  it('assessRating: a recruitment date that is not a date, a year outside 1945–9999', () => {
    const e = thrown(() => assessRating({ recruitedOn: 20190301, years: { 2024: {} } } as never, 2024))
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toBe('Invalid type for record.recruitedOn: 20190301 (expected an ISO date YYYY-MM-DD)')
    expect(thrown(() => assessRating({ recruitedOn: '2019-02-30', years: { 2024: {} } } as never, 2024))).toBeInstanceOf(RangeError)
    for (const year of [1e15, -5, 10_000]) {
      const r = thrown(() => assessRating({ years: { [year]: {} } } as never, year))
      expect(r).toBeInstanceOf(RangeError)
      expect(r.message).toBe(`Invalid year: ${year} (expected an integer year from 1945 to 9999)`)
    }
    expect(thrown(() => assessRating({ years: { 2024: {} } } as never, '2024' as never))).toBeInstanceOf(TypeError)
  })
  it('checkQuota: counts past Number.MAX_SAFE_INTEGER, an array of counts', () => {
    for (const n of [2 ** 53 + 2, 1e308]) {
      const e = thrown(() => checkQuota({ hoanThanhTot: n, hoanThanhXuatSac: 1 }, { year: 2024 }))
      expect(e).toBeInstanceOf(RangeError)
      expect(e.message).toContain(`unitOutcomes.hoanThanhTot: ${String(n)}`)
    }
    expect(checkQuota({ hoanThanhTot: Number.MAX_SAFE_INTEGER, hoanThanhXuatSac: 1 }, { year: 2024 }).ok).toBe(true)
    expect(thrown(() => checkQuota([62, 13] as never, { year: 2019 }))).toBeInstanceOf(TypeError)
  })
  it('a year of the wrong type is a TypeError in every function that takes one', () => {
    expect(thrown(() => checkQuota({ laoDongTienTien: 62, chienSiThiDuaCoSo: 1 }, { year: '2019' as never }))).toBeInstanceOf(TypeError)
    expect(thrown(() => reviewUnit([person], { year: undefined as never }))).toBeInstanceOf(TypeError)
    expect(thrown(() => selectRegime('2024' as never))).toBeInstanceOf(TypeError)
  })
  it('the rank helpers refuse a value outside their list instead of answering a wrong rank', () => {
    expect(thrown(() => ratingRank('gioi' as never)).message).toBe('Invalid rating: "gioi" (expected one of hoan-thanh-xuat-sac, hoan-thanh-tot, hoan-thanh, khong-hoan-thanh)')
    expect(thrown(() => disciplineSeverity('__proto__' as never))).toBeInstanceOf(RangeError)
    expect(thrown(() => initiativeLevelRank('constructor' as never))).toBeInstanceOf(RangeError)
    expect(ratingRank('hoan-thanh-xuat-sac')).toBe(3)
    expect(disciplineSeverity('buoc-thoi-viec')).toBe(6)
    expect(initiativeLevelRank('toan-quoc')).toBe(3)
  })
})

describe('hostile input (issue 13): near-valid records with one hostile field', () => {
  // The export-wide fuzzer (tests/security) rarely builds a record that gets
  // past the first check; this one starts from valid records and spoils one
  // field (or an option) at a time, deep-freezing half of the inputs.
  const hostile = fc.oneof(
    fc.anything({ maxDepth: 2, withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
    fc.constantFrom<unknown>(Number.NaN, -0, Number.POSITIVE_INFINITY, 1e308, 2 ** 53 + 2, '', '__proto__', [, , 1], new Array(5), null, undefined, Symbol('x'), 10n, '2024-02-30', '9999-12-31', 1944, 10_000),
  )
  const year = fc.integer({ min: 2015, max: 2027 })
  const entry = fc.record(
    {
      rating: fc.constantFrom('hoan-thanh-xuat-sac', 'hoan-thanh-tot', 'hoan-thanh', 'khong-hoan-thanh'),
      titles: fc.constantFrom([], ['lao-dong-tien-tien'], ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']),
      initiatives: fc.constantFrom([], [{ level: 'co-so' }]),
    },
    { requiredKeys: [] },
  )
  const FIELDS = ['rating', 'score', 'titles', 'commendations', 'initiatives', 'monthsWorked', 'leave', 'discipline', 'members', 'laoDongTienTien', 'tasksCompleted', 'disciplinedMembers']
  const record = fc
    .tuple(fc.constantFrom('individual', 'collective'), fc.dictionary(year.map(String), entry, { minKeys: 1, maxKeys: 4 }), fc.constantFrom(...FIELDS), hostile, fc.constantFrom('entry', 'top', 'recruitedOn', 'first title'))
    .map(([kind, years, field, bad, where]) => {
      const r: Record<string, unknown> = { kind, years: structuredClone(years) }
      const y = Object.values(r.years as object)[0] as Record<string, unknown>
      if (kind === 'collective') Object.assign(y, { members: 10, laoDongTienTien: 7 })
      if (where === 'entry') y[field] = bad
      else if (where === 'top') r[field] = bad
      else if (where === 'recruitedOn') r.recruitedOn = bad
      else y.titles = [bad]
      return r
    })
  it('every call answers or throws a documented TypeError/RangeError, and writes nothing', () => {
    const bad = new Set<string>()
    let answered = 0
    fc.assert(
      fc.property(record, fc.constantFrom(...AwardIdSchema.options), year, hostile, fc.boolean(), (rec, award, y, opt, freeze) => {
        const r = freeze ? deepFreeze(rec) : rec
        const first = Number(Object.keys(r.years as object)[0])
        const calls: Array<[string, () => unknown]> = [
          ['checkEligibility', () => checkEligibility(award, r as never, { year: y })],
          ['checkEligibility decisionDate', () => checkEligibility(award, r as never, { year: y, decisionDate: opt } as never)],
          ['checkEligibility regime', () => checkEligibility(award, r as never, { year: y, regime: opt } as never)],
          ['assessRating', () => assessRating(r as never, first)],
          ['reviewUnit', () => reviewUnit([r] as never, { year: first })],
          ['reviewUnit rounding', () => reviewUnit({ members: [], collective: r } as never, { year: y, rounding: opt } as never)],
          ['checkQuota', () => checkQuota({ hoanThanhTot: 10, hoanThanhXuatSac: opt } as never, { year: y })],
          ['checkQuota htxsPercent', () => checkQuota({ hoanThanhTot: 10, hoanThanhXuatSac: 2 }, { year: y, htxsPercent: opt } as never)],
          ['formatVerdict', () => {
            const v = structuredClone(checkEligibility(award, r as never, { year: y })) as unknown as Record<string, unknown>
            v[['award', 'year', 'criteria', 'warnings', 'regime', 'ok'][y % 6]!] = opt
            return formatVerdict(v as never)
          }],
          ['selectRegime', () => selectRegime(y, opt as never)],
          ['scoreToRating', () => scoreToRating(opt as never)],
        ]
        for (const [name, f] of calls) {
          try {
            f()
            answered++
          } catch (e) {
            const d = documentedError(e)
            if (d !== undefined) bad.add(`${name}: ${d}`)
          }
        }
      }),
      { numRuns: 300, seed: 20261204 },
    )
    expect([...bad]).toEqual([])
    expect(answered).toBeGreaterThan(300) // the spoilt records do not all fail at the first check
  })
})
