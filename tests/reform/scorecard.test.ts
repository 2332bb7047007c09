import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from 'hanhchinh/core'
import {
  indexBand,
  PAR_BANDS,
  PAR_PROVINCIAL_FIELDS_2017,
  scoreCard,
  validateScoreCard,
  type ScoreCard,
} from 'hanhchinh/reform'

// A provincial card on the QĐ 2948/QĐ-BNV field maxima (PAR 2017–2019): one
// line per field, with the field's maximum; points chosen per field.
function card2017(appraised: readonly string[], selfAssessed?: readonly string[]): ScoreCard {
  return {
    unit: 'UBND tỉnh',
    year: 2019,
    criteriaSet: '2948/QĐ-BNV',
    fields: PAR_PROVINCIAL_FIELDS_2017.map((f, i) => ({
      id: f.id,
      label: f.label,
      maxPoints: f.maxPoints,
      criteria: [{ id: `${i + 1}`, maxPoints: f.maxPoints, appraised: appraised[i]!, ...(selfAssessed ? { selfAssessed: selfAssessed[i]! } : {}) }],
    })),
  }
}

describe('scoreCard', () => {
  it('index = achieved / maximum in %, 2 decimals, and band from it', () => {
    // maxima 10, 10, 14.5, 11, 16, 7, 16, 15.5 = 100
    const r = scoreCard(card2017(['9.5', '8.75', '13.25', '10', '14.5', '6.5', '14.85', '12.75'], ['10', '9', '14', '10.5', '15', '7', '15.5', '12.75']))
    expect(r.maxPoints.toString()).toBe('100')
    expect(r.appraised.toString()).toBe('90.1')
    expect(r.index.toFixed(2)).toBe('90.10')
    expect(r.band?.id).toBe('A')
    expect(r.points).toBe('appraised')
    expect(r.selfAssessed.toString()).toBe('93.75')
    expect(r.selfAssessedIndex.toString()).toBe('93.75')
    expect(r.fields.map((f) => f.index.toFixed(2))).toEqual(['95.00', '87.50', '91.38', '90.91', '90.63', '92.86', '92.81', '82.26'])
    expect(r.fields[1]!.label?.vi).toBe('Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh')
    expect(r.adjustments).toHaveLength(7)
    expect(r.adjustments[0]!.change.toString()).toBe('-0.5')
    expect(r.unscored).toEqual([])
  })

  it('bands follow the published groups: Nhóm A ≥ 90, B 80–<90, C 70–<80, none below', () => {
    // Quảng Bình PAR 2022 (QĐ 327/QĐ-UBND): VP UBND tỉnh 95,43; Lệ Thủy 88,94
    expect(indexBand('95.43')?.id).toBe('A')
    expect(indexBand('88.94')?.id).toBe('B')
    expect(indexBand('80')?.id).toBe('B')
    expect(indexBand('79.99')?.id).toBe('C')
    expect(indexBand('70')?.id).toBe('C')
    expect(indexBand('69.99')).toBeUndefined()
    // the band is read from the 2-decimal index: 89.995 → 90.00 → A
    const r = scoreCard({ fields: [{ id: 'x', criteria: [{ id: '1', maxPoints: 200, appraised: '179.99' }] }] })
    expect(r.index.toFixed(2)).toBe('90.00')
    expect(r.band?.id).toBe('A')
  })

  it('uses the self-assessment until the card is appraised, and lists unscored criteria', () => {
    const card: ScoreCard = { fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 3, selfAssessed: 3 }, { id: '2.2', maxPoints: 1 }] }] }
    const r = scoreCard(card)
    expect(r.points).toBe('self-assessed')
    expect(r.index.toString()).toBe('75')
    expect(r.band?.id).toBe('C')
    expect(r.unscored).toEqual([{ fieldId: 'the-che', criterionId: '2.2' }])
    expect(scoreCard(card, { points: 'appraised' }).index.toString()).toBe('0')
  })

  it('accepts province bands', () => {
    const namDinh = [
      { id: 'I', min: '90', label: { vi: 'Nhóm I', en: 'Group I' } },
      { id: 'II', min: '80', label: { vi: 'Nhóm II', en: 'Group II' } },
    ]
    const r = scoreCard({ fields: [{ id: 'x', criteria: [{ id: '1', maxPoints: 70, appraised: '62.62' }] }] }, { bands: namDinh })
    expect(r.index.toString()).toBe('89.46')
    expect(r.band?.label.vi).toBe('Nhóm II')
  })

  it('scores fields given as a whole (Hòa Bình PAR 2024: field 1 "9.5/9.5")', () => {
    const r = scoreCard({
      unit: 'UBND tỉnh Hòa Bình', year: 2024,
      basis: [{ instrument: '876/QĐ-BNV', unconfirmed: 'field maxima of PAR 2024' }],
      fields: [
        { id: 'chi-dao-dieu-hanh', maxPoints: '9.5', selfAssessed: '9.5', appraised: '9.5' },
        { id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, appraised: '1.5' }] },
      ],
    })
    expect(r.fields[0]!.index.toString()).toBe('100')
    expect(r.fields[0]!.label?.vi).toBe('Công tác chỉ đạo, điều hành cải cách hành chính')
    expect(r.maxPoints.toString()).toBe('11.5')
    expect(r.index.toString()).toBe('95.65')
    expect(r.basis?.[0]?.instrument).toBe('876/QĐ-BNV')
    expect(r.unscored).toEqual([])
    expect(() => scoreCard({ fields: [{ id: 'chi-dao-dieu-hanh', maxPoints: '9.5', appraised: 10 }] })).toThrow(/fields\[0\]\.appraised: 10/)
    expect(validateScoreCard({ fields: [{ id: 'x', maxPoints: 2, appraised: 1, criteria: [{ id: '1', maxPoints: 2 }] }] }).ok).toBe(false)
  })

  it('points above a maximum are an error', () => {
    const card = card2017(['10', '10', '14.51', '11', '16', '7', '16', '15.5'])
    expect(() => scoreCard(card)).toThrow(RangeError)
    expect(() => scoreCard(card)).toThrow(/fields\[2\]\.criteria\[0\]\.appraised: "14.51"/)
    const v = validateScoreCard(card)
    expect(v.ok).toBe(false)
    expect(v.issues).toEqual([
      {
        code: 'points-above-max', path: ['fields', 2, 'criteria', 0, 'appraised'], severity: 'error',
        message: { vi: 'Tiêu chí 3: điểm thẩm định 14.51 vượt điểm tối đa 14.5', en: 'Criterion 3: appraised points 14.51 above the maximum 14.5' },
      },
    ])
  })

  it('reports every other data problem', () => {
    const v = validateScoreCard({
      fields: [
        { id: 'a', maxPoints: 5, criteria: [{ id: '1', maxPoints: 2, selfAssessed: -1 }, { id: '1', maxPoints: 0 }] },
        { id: 'a', criteria: [{ id: '2', maxPoints: 'x' }] },
      ],
    })
    expect(v.ok).toBe(false)
    expect(v.issues[0]).toMatchObject({ code: 'invalid-shape', path: ['fields', 1, 'criteria', 0, 'maxPoints'], severity: 'error' })
    const w = validateScoreCard({ fields: [{ id: 'a', maxPoints: 5, criteria: [{ id: '1', maxPoints: 2, selfAssessed: -1 }, { id: '1', maxPoints: 0 }] }, { id: 'a', criteria: [{ id: '2', maxPoints: 1 }] }] })
    expect(w.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['points-negative', 'fields.0.criteria.0.selfAssessed'],
      ['duplicate-criterion-id', 'fields.0.criteria.1.id'],
      ['max-points-not-positive', 'fields.0.criteria.1.maxPoints'],
      ['field-max-mismatch', 'fields.0.maxPoints'],
      ['duplicate-field-id', 'fields.1.id'],
    ])
  })

  it('refuses unknown options', () => {
    const card = card2017(['10', '10', '14', '11', '16', '7', '16', '15.5'])
    expect(() => scoreCard(card, { point: 'appraised' } as never)).toThrow(/Unknown option "point" of scoreCard \(did you mean "points"/)
    expect(() => scoreCard(card, null as never)).toThrow(TypeError)
  })
})

describe('scoreCard properties', () => {
  const criterion = fc
    .tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
    .map(([max, a, s]) => ({ maxPoints: (max / 100).toFixed(2), appraised: ((max * a) / 100000).toFixed(3), selfAssessed: ((max * s) / 100000).toFixed(3) }))
  it('index = round(achieved / max × 100, 2), lies in [0, 100], fields add up', () => {
    fc.assert(
      fc.property(fc.array(fc.array(criterion, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (fields) => {
        const card: ScoreCard = { fields: fields.map((cs, i) => ({ id: `f${i}`, criteria: cs.map((c, j) => ({ id: `${i}.${j}`, ...c })) })) }
        const r = scoreCard(card)
        const max = fields.flat().reduce((s, c) => s.plus(c.maxPoints), new Decimal(0))
        const ach = fields.flat().reduce((s, c) => s.plus(c.appraised), new Decimal(0))
        expect(r.maxPoints.eq(max)).toBe(true)
        expect(r.achieved.eq(ach)).toBe(true)
        expect(r.index.eq(ach.div(max).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true)
        expect(r.index.gte(0) && r.index.lte(100)).toBe(true)
        expect(r.fields.reduce((s, f) => s.plus(f.maxPoints), new Decimal(0)).eq(max)).toBe(true)
        const b = r.band?.id
        expect(b).toBe(r.index.gte(90) ? 'A' : r.index.gte(80) ? 'B' : r.index.gte(70) ? 'C' : undefined)
        expect(PAR_BANDS).toHaveLength(3)
      }),
    )
  })
})

describe('scoreCard error messages', () => {
  it('name the criterion field and the value, in plain words', () => {
    expect(() => scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: NaN, selfAssessed: 1 }] }] }))
      .toThrow('Invalid fields[0].criteria[0].maxPoints: NaN (expected points: a finite number or a decimal string such as 1.5)')
    expect(() => scoreCard({ fields: [{ id: 'the-che', criteria: [{ id: '2.1', maxPoints: 2, selfAssessed: '1,5' }] }] }))
      .toThrow('Invalid fields[0].criteria[0].selfAssessed: "1,5" (expected a decimal number such as 80 or 84.79)')
  })
})
