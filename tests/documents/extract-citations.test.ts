import { describe, expect, it } from 'vitest'
import { extractCitations } from 'hanhchinh/documents'

describe('extractCitations', () => {
  it('finds the issue sentences with type, number, date and issuer', () => {
    const text = 'Thực hiện Quyết định số 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh, Văn phòng ban hành Kế hoạch số 02/KH-VPUB về cải cách hành chính.'
    const cs = extractCitations(text)
    expect(cs).toHaveLength(2)
    expect(cs[0]).toMatchObject({ type: 'quyet-dinh', typeName: 'Quyết định', number: '3162/QĐ-UBND', kind: 'administrative', date: '2021-12-20', issuer: 'UBND tỉnh', issuerCode: 'UBND' })
    expect(cs[1]).toMatchObject({ type: 'ke-hoach', typeName: 'Kế hoạch', number: '02/KH-VPUB', date: undefined, issuer: undefined, issuerCode: 'VPUB' })
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text)
    expect(cs[0]?.text).toBe('Quyết định số 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh')
    expect(text.slice(cs[1]!.numberStart, cs[1]!.numberEnd)).toBe('02/KH-VPUB')
  })

  it('reads a reform-report paragraph (Government resolution 76/NQ-CP, provincial decision and plan)', () => {
    const text = 'Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; '
      + 'Quyết định số 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2022, '
      + 'Văn phòng UBND tỉnh ban hành Kế hoạch số 02/KH-VPUB ngày 10/01/2022 triển khai thực hiện.'
    expect(extractCitations(text).map((c) => [c.number, c.type, c.date, c.issuer])).toEqual([
      ['76/NQ-CP', 'nghi-quyet', '2021-07-15', 'Chính phủ'],
      ['3162/QĐ-UBND', 'quyet-dinh', '2021-12-20', 'UBND tỉnh'],
      ['02/KH-VPUB', 'ke-hoach', '2022-01-10', undefined],
    ])
  })

  it('reads a date after a comma and the Prime Minister as issuer', () => {
    const [c] = extractCitations('Căn cứ Quyết định số 828/QĐ-TTg, ngày 22/7/2004 của Thủ tướng Chính phủ phê duyệt Đề án;')
    expect(c).toMatchObject({ number: '828/QĐ-TTg', date: '2004-07-22', issuer: 'Thủ tướng Chính phủ', type: 'quyet-dinh' })
  })

  it('reads a preamble of legal bases (dates in words, laws by term, circulars)', () => {
    const text = 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13; Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019; '
      + 'Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông; '
      + 'Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành;'
    const cs = extractCitations(text)
    expect(cs.map((c) => c.number)).toEqual(['80/2015/QH13', '45/2019/QH14', '61/2018/NĐ-CP', '01/2018/TT-VPCP'])
    expect(cs[0]).toMatchObject({ type: 'luat', typeName: 'Luật', date: undefined })
    expect(cs[1]).toMatchObject({ type: 'bo-luat', date: '2019-11-20', parsed: { term: 14 } })
    expect(cs[2]).toMatchObject({ type: 'nghi-dinh', date: '2018-04-23', issuer: 'Chính phủ' })
    expect(cs[3]).toMatchObject({ type: 'thong-tu', date: '2018-11-23', issuer: 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ' })
  })

  it('reads official letters, bracketed dates and joint issuers', () => {
    const cs = extractCitations('Công văn 9570/VPCP-KGVX (23/11/2012) của Văn phòng Chính phủ và Công văn số 12/UBND-VX của UBND tỉnh; Thông tư liên tịch số 15/2015/TTLT-BTC-BNV của Bộ Tài chính và Bộ Nội vụ')
    expect(cs).toMatchObject([
      { number: '9570/VPCP-KGVX', type: 'cong-van', date: '2012-11-23', issuer: 'Văn phòng Chính phủ' },
      { number: '12/UBND-VX', type: 'cong-van', typeName: 'Công văn', issuer: 'UBND tỉnh', parsed: { draftingUnit: 'VX' } },
      { number: '15/2015/TTLT-BTC-BNV', type: 'thong-tu-lien-tich', typeName: 'Thông tư liên tịch', issuer: 'Bộ Tài chính và Bộ Nội vụ' },
    ])
  })

  it('keeps "và" inside ministry names but not before the next citation', () => {
    const [c] = extractCitations('Quyết định số 1234/QĐ-BGDĐT của Bộ Giáo dục và Đào tạo về việc ...')
    expect(c?.issuer).toBe('Bộ Giáo dục và Đào tạo')
    const [d] = extractCitations('Quyết định số 01/QĐ-UBND của UBND tỉnh và các văn bản khác')
    expect(d?.issuer).toBe('UBND tỉnh')
  })

  it('accepts messy numbers, dotted numbers and NFD text, with positions in the original text', () => {
    const text = ('Theo Quyết định 01/QD-UBND ngày 5/1/2022 của Chủ tịch UBND tỉnh Quảng Ninh và Nghị quyết 66.22/2026/NQ-CP của Chính phủ.').normalize('NFD')
    const cs = extractCitations(text)
    expect(cs).toMatchObject([
      { number: '01/QĐ-UBND', date: '2022-01-05', issuer: 'Chủ tịch UBND tỉnh Quảng Ninh', typeName: 'Quyết định' },
      { number: '66.22/2026/NQ-CP', type: 'nghi-quyet-chinh-phu', issuer: 'Chính phủ' },
    ])
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text)
    expect(cs[0]?.text.normalize('NFC')).toBe('Quyết định 01/QD-UBND ngày 5/1/2022 của Chủ tịch UBND tỉnh Quảng Ninh')
  })

  it('ignores dates and fractions, and gives no ISO date for an impossible one', () => {
    expect(extractCitations('Ngày 20/12/2021, tỷ lệ đạt 3/4 chỉ tiêu.')).toEqual([])
    const [c] = extractCitations('Quyết định số 10/QĐ-UBND ngày 30/02/2021')
    expect(c?.date).toBeUndefined()
    expect(c?.invalidDate).toBe('ngày 30/02/2021')
    expect(extractCitations('')).toEqual([])
  })
})

describe('extractCitations: impossible dates', () => {
  it('keeps a date that does not exist as written, and still reads the issuer after it', () => {
    // before, the date was dropped without a trace and the citation stopped at the number
    const [c] = extractCitations('Theo Quyết định số 3162/QĐ-UBND ngày 31/02/2021 của UBND tỉnh về việc ban hành Kế hoạch')
    expect(c).toMatchObject({ number: '3162/QĐ-UBND', date: undefined, invalidDate: 'ngày 31/02/2021', issuer: 'UBND tỉnh' })
    expect(c!.text).toBe('Quyết định số 3162/QĐ-UBND ngày 31/02/2021 của UBND tỉnh')
    const [w] = extractCitations('Quyết định số 828/QĐ-TTg ngày 30 tháng 2 năm 2004 của Thủ tướng Chính phủ')
    expect(w).toMatchObject({ invalidDate: 'ngày 30 tháng 2 năm 2004', issuer: 'Thủ tướng Chính phủ' })
    // a real date sets no invalidDate
    expect(extractCitations('Quyết định số 828/QĐ-TTg, ngày 22/7/2004 của Thủ tướng Chính phủ')[0]).not.toHaveProperty('invalidDate')
  })
})
