import { describe, expect, it } from 'vitest'
import { selectRegime } from 'hanhchinh/emulation'

describe('selectRegime', () => {
  it('by achievement year without a decision date', () => {
    expect(selectRegime(2019)).toMatchObject({ regime: 'A', warnings: [] })
    expect(selectRegime(2022).regime).toBe('A')
    expect(selectRegime(2024)).toMatchObject({ regime: 'B', warnings: [] })
    expect(selectRegime(2025).regime).toBe('C')
    expect(selectRegime(2026).regime).toBe('C')
  })
  it('2023 without a decision date: A, with a warning about decisions from 01/01/2024', () => {
    const s = selectRegime(2023)
    expect(s.regime).toBe('A')
    expect(s.warnings).toHaveLength(1)
    expect(s.warnings[0]!.vi).toContain('2023')
  })
  it('by decision date: the boundaries 01/01/2024 (Law 2022) and 01/07/2025 (Decree 152/2025)', () => {
    expect(selectRegime(2023, '2023-12-31')).toMatchObject({ regime: 'A', warnings: [] })
    expect(selectRegime(2023, '2024-01-01').regime).toBe('B')
    expect(selectRegime(2024, '2025-06-30')).toMatchObject({ regime: 'B', warnings: [] })
    expect(selectRegime(2024, '2025-07-01').regime).toBe('C')
    expect(selectRegime(2025, '2025-12-20')).toMatchObject({ regime: 'C', warnings: [] })
  })
  it('cites the instrument that moved the boundary', () => {
    expect(selectRegime(2024).basis[0]).toMatchObject({ instrument: '06/2022/QH15', article: '94' })
    expect(selectRegime(2025).basis[0]).toMatchObject({ instrument: '152/2025/NĐ-CP', article: '59' })
  })
  it('transitions are flagged: 2023 decided in 2024, 2024 decided after 30/06/2025', () => {
    const a = selectRegime(2023, '2024-02-20')
    expect(a.warnings[0]!.en).toContain('UNCONFIRMED')
    expect(a.warnings[0]!.vi).toContain('20/02/2024')
    expect(selectRegime(2024, '2025-08-01').warnings).toHaveLength(1)
  })
  it('flags pre-Decree-91 decisions', () => {
    expect(selectRegime(2014, '2015-04-20').warnings[0]!.en).toContain('Decree 65/2014')
    expect(selectRegime(2016, '2017-10-02').warnings).toEqual([])
  })
  it('rejects impossible inputs', () => {
    expect(() => selectRegime(2024, '2023-12-31')).toThrow(/decisionDate/)
    expect(() => selectRegime(2024, '2024-02-30')).toThrow(/decisionDate/)
    expect(() => selectRegime(NaN)).toThrow(/year/)
  })
})
