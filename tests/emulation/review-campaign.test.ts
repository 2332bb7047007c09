import { describe, expect, it } from 'vitest'
import { importRecords } from 'hanhchinh/format'
import { STAFF_LIST_COLUMNS, reviewCampaign, reviewCampaignTable, reviewUnit, staffListSchema, staffListUnits } from 'hanhchinh/emulation'

const person = (name: string, initiative: boolean) => ({
  kind: 'individual' as const,
  name,
  years: { 2022: { rating: 'hoan-thanh-tot' as const, ...(initiative ? { initiatives: [{ title: 'Số hoá hồ sơ một cửa', level: 'co-so' as const }] } : {}) } },
})
const units = [
  { name: 'Phòng Tổng hợp', members: [person('Nguyễn Thị Lan', true), person('Trần Văn Minh', true), person('Lê Thu Hà', false), person('Phạm Văn Nam', false), person('Đỗ Thị Hoa', false), person('Vũ Văn Long', false)] },
  { name: 'Phòng Kiểm soát TTHC', members: [person('Hoàng Văn Sơn', true), person('Bùi Thị Mai', false), person('Ngô Văn Tú', false), person('Đặng Thị Thu', false)] },
]

describe('reviewCampaign: a whole year-end review', () => {
  it('regime A, 2022: each unit reviewed, totals per award and per unit, the CSTĐCS cap checked on the whole campaign (Decree 91/2017 Art 9.3)', () => {
    const r = reviewCampaign({ units, year: 2022, decisionDate: '2022-12-20' })
    expect(r.regime).toBe('A')
    expect(r.units.map((u) => u.name)).toEqual(['Phòng Tổng hợp', 'Phòng Kiểm soát TTHC'])
    // The unit reviews are reviewUnit's, unchanged.
    expect(r.units[0]).toEqual(reviewUnit(units[0]!, { year: 2022, decisionDate: '2022-12-20' }))
    expect(r.totals).toEqual({ 'lao-dong-tien-tien': 10, 'chien-si-thi-dua-co-so': 3 })
    expect(r.perUnit).toEqual([
      { unit: 'Phòng Tổng hợp', members: 6, totals: { 'lao-dong-tien-tien': 6, 'chien-si-thi-dua-co-so': 2 } },
      { unit: 'Phòng Kiểm soát TTHC', members: 4, totals: { 'lao-dong-tien-tien': 4, 'chien-si-thi-dua-co-so': 1 } },
    ])
    const cap = r.quota.caps.find((c) => c.id === 'chien-si-thi-dua-co-so')!
    expect(cap).toMatchObject({ ok: false, count: 3, base: 10, limit: 1, excess: 2 })
    expect(cap.basis[0]).toMatchObject({ instrument: '91/2017/NĐ-CP', article: '9', clause: '3' })
    expect(r.warnings.some((w) => w.vi.startsWith('Toàn đợt:'))).toBe(true)
  })
  it('the proposal list: highest award first, reasons and citations, money under Decree 91/2017 (only the highest title of a year is paid)', () => {
    const r = reviewCampaign({ units, year: 2022, decisionDate: '2022-12-20' })
    expect(r.proposals.map((p) => p.award)).toEqual([...Array(3).fill('chien-si-thi-dua-co-so'), ...Array(10).fill('lao-dong-tien-tien')])
    const lan = r.proposals.filter((p) => p.name === 'Nguyễn Thị Lan')
    expect(lan.map((p) => [p.award, p.amount])).toEqual([['chien-si-thi-dua-co-so', '1490000'], ['lao-dong-tien-tien', undefined]])
    expect(r.proposals.find((p) => p.name === 'Lê Thu Hà')).toMatchObject({ unit: 'Phòng Tổng hợp', subject: 'individual', amount: '450000' })
    expect(lan[0]!.basis.map((b) => `${b.instrument} Art ${b.article}`)).toContain('91/2017/NĐ-CP Art 9')
    expect(lan[0]!.reasons.some((x) => x.vi.includes('sáng kiến'))).toBe(true)
    // Without a decision date, no money is computed.
    expect(reviewCampaign({ units, year: 2022 }).proposals.every((p) => p.amount === undefined)).toBe(true)
  })
  it('reviewCampaignTable: the list as a hanhchinh/tables Table, in Vietnamese or English', () => {
    const r = reviewCampaign({ units, year: 2022, decisionDate: '2022-12-20' })
    const vi = reviewCampaignTable(r)
    expect(vi.title).toEqual({ vi: 'Danh sách đề nghị khen thưởng năm 2022', en: 'Proposals for emulation titles and commendations, 2022' })
    expect(vi.rows).toHaveLength(13)
    expect(vi.rows[0]).toMatchObject({ no: 1, unit: 'Phòng Tổng hợp', name: 'Nguyễn Thị Lan', award: 'Chiến sĩ thi đua cơ sở', amount: 1490000 })
    expect(String(vi.rows[0]!.basis)).toContain('khoản 3 Điều 9 91/2017/NĐ-CP')
    const en = reviewCampaignTable(r, { language: 'en' })
    expect(en.rows[0]).toMatchObject({ award: 'Grassroots Emulation Fighter' })
    expect(String(en.rows[0]!.basis)).toContain('91/2017/NĐ-CP')
  })
  it('from a staff list to the proposals', () => {
    const csv = 'Họ và tên;Đơn vị;Năm;Xếp loại;Danh hiệu\n' +
      'Nguyễn Thị Lan;Phòng Tổng hợp;2023;HTXS;CSTĐCS\n' +
      'Nguyễn Thị Lan;Phòng Tổng hợp;2024;HTXS;\n' +
      'Trần Văn Minh;Phòng Tổng hợp;2024;HTT;\n'
    const rows = importRecords(staffListSchema(), csv, { columns: STAFF_LIST_COLUMNS })
    expect(rows.issues).toEqual([])
    const r = reviewCampaign({ units: staffListUnits(rows.records).units, year: 2024, decisionDate: '2025-01-15' })
    expect(r.regime).toBe('B')
    // CSTĐCS 2023 and (HTXS route) 2024: two consecutive — the provincial Bằng khen (Law 2022 Art 74.1.d).
    expect(r.proposals.filter((p) => p.name === 'Nguyễn Thị Lan').map((p) => p.award)).toEqual(['bang-khen-chu-tich-ubnd-tinh', 'chien-si-thi-dua-co-so', 'lao-dong-tien-tien'])
  })
  it('argument checks name the argument', () => {
    expect(() => reviewCampaign(null as never)).toThrow(TypeError)
    expect(() => reviewCampaign({ units: {} as never, year: 2024 })).toThrow(/input\.units/)
    expect(() => reviewCampaign({ units: [], year: 2024.5 })).toThrow(/input\.year/)
    expect(() => reviewCampaign({ units: [null as never], year: 2024 })).toThrow(/input\.units\[0\]/)
    expect(() => reviewCampaign({ units: [], year: 2024, decisonDate: '2025-01-01' } as never)).toThrow(/Unknown option "decisonDate" of reviewCampaign/)
    expect(() => reviewCampaignTable({} as never)).toThrow(/review/)
    expect(() => reviewCampaignTable(reviewCampaign({ units: [], year: 2024 }), { language: 'fr' as never })).toThrow(RangeError)
  })
})
