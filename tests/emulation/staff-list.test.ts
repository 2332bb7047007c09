import { describe, expect, it } from 'vitest'
import { importRecords } from 'hanhchinh/format'
import { STAFF_LIST_COLUMNS, checkEligibility, staffListSchema, staffListUnits } from 'hanhchinh/emulation'

const csv =
  '\ufeffSTT;Họ và tên;Chức vụ;Đơn vị;Năm;Ngày tuyển dụng;Xếp loại;Danh hiệu, khen thưởng\r\n' +
  '1;Nguyễn Thị Lan;Chuyên viên;Phòng Tổng hợp;2023;01/03/2015;Hoàn thành xuất sắc nhiệm vụ;"LĐTT; CSTĐCS"\r\n' +
  '2;Nguyễn Thị Lan;Chuyên viên;Phòng Tổng hợp;2024;01/03/2015;HTXS;"CSTĐCS, BK UBND tỉnh"\r\n' +
  '3;Trần Văn Minh;Phó Trưởng phòng;Phòng Tổng hợp;2024;;hoan thanh tot;LĐTT\r\n' +
  '4;Lê Văn Hùng;Chuyên viên;Phòng Kiểm soát TTHC;2024;;Giỏi;LĐTT\r\n' +
  '5;Phạm Thu Hà;Chuyên viên;Phòng Kiểm soát TTHC;2024;;HTT;Huy chương vì sự nghiệp\r\n' +
  '6;Đỗ Anh Tuấn;Chuyên viên;Phòng Kiểm soát TTHC;20x4;;HTT;\r\n'

describe('staff list import (staffListSchema with importRecords)', () => {
  it('reads ratings and titles as written, and reports every bad row in both languages', () => {
    const r = importRecords(staffListSchema(), csv, { columns: STAFF_LIST_COLUMNS })
    expect(r.stats).toMatchObject({ read: 6, accepted: 3, rejected: 3 })
    expect(r.records[0]).toEqual({ name: 'Nguyễn Thị Lan', position: 'Chuyên viên', unit: 'Phòng Tổng hợp', year: 2023, recruitedOn: '2015-03-01', rating: 'hoan-thanh-xuat-sac', awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] })
    expect(r.records[1]!.awards).toEqual(['chien-si-thi-dua-co-so', 'bang-khen-chu-tich-ubnd-tinh'])
    expect(r.records[2]).toMatchObject({ rating: 'hoan-thanh-tot', awards: ['lao-dong-tien-tien'] })
    expect(r.issues.map((i) => [i.row, i.field, i.raw])).toEqual([
      [4, 'rating', 'Giỏi'],
      [5, 'awards', 'Huy chương vì sự nghiệp'],
      [6, 'year', '20x4'],
    ])
    expect(r.issues[0]!.message.vi).toContain('Không đọc được kết quả xếp loại')
    expect(r.issues[1]!.message.vi).toContain('Không đọc được danh hiệu')
    expect(r.issues[1]!.message.en).toContain('not an emulation title or commendation')
  })
  it('groups rows into units and records that checkEligibility reads', () => {
    const r = importRecords(staffListSchema(), csv, { columns: STAFF_LIST_COLUMNS })
    const { units, issues } = staffListUnits(r.records)
    expect(issues).toEqual([])
    expect(units.map((u) => [u.name, u.members.length])).toEqual([['Phòng Tổng hợp', 2]])
    const lan = units[0]!.members[0]!
    expect(lan).toMatchObject({ kind: 'individual', name: 'Nguyễn Thị Lan', position: 'Chuyên viên', recruitedOn: '2015-03-01' })
    expect(lan.years[2024]).toEqual({ rating: 'hoan-thanh-xuat-sac', titles: ['chien-si-thi-dua-co-so'], commendations: ['bang-khen-chu-tich-ubnd-tinh'] })
    // Two consecutive CSTĐCS (2023, 2024) give the provincial Bằng khen its own limb (Law 2022 Art 74.1.d).
    expect(checkEligibility('bang-khen-chu-tich-ubnd-tinh', lan, { year: 2024 }).ok).toBe(true)
  })
  it('a person with two rows for one year, or two recruitment dates, is reported, not merged in silence', () => {
    const row = { name: 'Nguyễn Thị Lan', unit: 'Phòng Tổng hợp', year: 2024 }
    const rows = [{ ...row, recruitedOn: '01/03/2015' }, { ...row, recruitedOn: '01/03/2016', rating: 'HTT' }].map((r) => staffListSchema().parse(r))
    const { units, issues } = staffListUnits(rows)
    expect(issues.map((i) => [i.code, i.path])).toEqual([['conflicting-recruitment', [1, 'recruitedOn']], ['duplicate-year', [1, 'year']]])
    expect(issues[1]!.message.vi).toContain('hai dòng cho năm 2024')
    expect(units[0]!.members[0]!.years[2024]).toEqual({ titles: [], commendations: [] })
    expect(() => staffListUnits([null as never])).toThrow(TypeError)
    expect(() => staffListUnits([null as never])).toThrow(/rows\[0\]/)
  })
})
