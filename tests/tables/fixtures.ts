import type { Table } from 'hanhchinh/tables'

// Overdue dossiers of March 2026 as a centre's report lists them (codes in the national portal's form).
export const overdue: Table = {
  title: { vi: 'Danh sách hồ sơ quá hạn tháng 3/2026', en: 'Overdue dossiers, March 2026' },
  columns: [
    { id: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, type: 'text', width: 30 },
    { id: 'procedure', label: { vi: 'Thủ tục', en: 'Procedure' }, type: 'text' },
    { id: 'received', label: { vi: 'Ngày tiếp nhận', en: 'Received' }, type: 'date' },
    { id: 'returned', label: { vi: 'Thời điểm trả', en: 'Returned at' }, type: 'datetime' },
    { id: 'late', label: { vi: 'Số ngày làm việc trễ', en: 'Working days late' }, type: 'integer' },
    { id: 'fee', label: { vi: 'Lệ phí (đồng)', en: 'Fee (VND)' }, type: 'decimal' },
    { id: 'share', label: { vi: 'Tỷ lệ', en: 'Share' }, type: 'percent' },
  ],
  rows: [
    { code: '000.00.12.H40-260302-0007', procedure: 'Cấp giấy phép xây dựng', received: '2026-03-02', returned: '2026-03-27T16:45:00+07:00', late: 3, fee: 75000, share: 84.79 },
    { code: '000.00.12.H40-260305-0011', procedure: 'Chứng thực bản sao từ bản chính', received: '2026-03-05', returned: null, late: 12, fee: '1234567.5', share: '0.5' },
    { code: 'H40.22-260310-0002', procedure: 'Đăng ký kết hôn, có yếu tố nước ngoài', received: '2026-03-10', returned: new Date('2026-03-31T02:00:00Z'), late: -1, fee: null, share: 100 },
  ],
  notes: [{ vi: 'Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh.', en: 'Source: the provincial one-stop system.' }],
  basis: [{ instrument: '766/QĐ-TTg', title: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp' }],
}
