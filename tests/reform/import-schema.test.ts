import { describe, expect, it } from 'vitest'
import { importRecords } from 'hanhchinh/format'
import { planProgress, REFORM_TASK_COLUMNS, reformTaskImportSchema } from 'hanhchinh/reform'

const csv =
  '\ufeffSTT;Nội dung nhiệm vụ;Lĩnh vực;Đơn vị chủ trì;Thời gian hoàn thành;Ngày hoàn thành;Tình trạng;Kết quả, sản phẩm\r\n' +
  '1;Ban hành Kế hoạch CCHC năm 2022;Chỉ đạo, điều hành;Phòng Tổng hợp;15/01/2022;10/01/2022;Đã hoàn thành;02/KH-VPUB\r\n' +
  '2;Công bố danh mục TTHC;Cải cách TTHC;Phòng Kiểm soát TTHC;Quý I;20/03/2022;Hoàn thành;3162/QĐ-UBND\r\n' +
  '3;Tuyên truyền CCHC;CHI DAO, DIEU HANH;Phòng Tổng hợp;Thường xuyên;;Đang thực hiện;\r\n' +
  '4;Rà soát tài sản công;Tài chính công;Phòng Quản trị - Tài vụ;Trước 15/6/2022;;Đang triển khai;\r\n' +
  '5;Số hóa hồ sơ;Chuyển đổi số;Trung tâm Phục vụ hành chính công;Quý IV;31/02/2022;Chưa triển khai;\r\n' +
  '6;Sắp xếp bộ máy;Văn hóa;Phòng Hành chính - Tổ chức;Quý III;;;\r\n'

describe('reformTaskImportSchema', () => {
  it('imports a plan-tracking table and reports bad rows as data', () => {
    const r = importRecords(reformTaskImportSchema(), csv, { columns: REFORM_TASK_COLUMNS })
    expect(r.stats).toMatchObject({ read: 6, accepted: 4, rejected: 2 })
    expect(r.records.map((t) => [t.id, t.field, t.status])).toEqual([
      ['1', 'chi-dao-dieu-hanh', 'completed'],
      ['2', 'thu-tuc-hanh-chinh', 'completed'],
      ['3', 'chi-dao-dieu-hanh', 'in-progress'],
      ['4', 'tai-chinh-cong', 'in-progress'],
    ])
    expect(r.records[0]).toMatchObject({ dueDate: '2022-01-15', completedAt: '2022-01-10', evidence: ['02/KH-VPUB'] })
    expect(r.records[3]!.dueDate).toMatchObject({ period: 'date', date: '2022-06-15' })
    expect(r.issues.map((i) => [i.row, i.field])).toEqual([[5, 'completedAt'], [6, 'field']])

    const p = planProgress({ id: '02/KH-VPUB', year: 2022, tasks: r.records }, { asOf: '2022-06-30' })
    expect(p).toMatchObject({ total: 4, completed: 2, overdue: 1, inProgress: 1 })
  })
})
