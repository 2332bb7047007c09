import { describe, expect, it } from 'vitest'
import {
  classifyDossier, DossierSchema, parseSyncRecord, readSyncDate, safeParseSyncRecord, SYNC_STATUS_CODES, SyncProgressSchema, toSyncRecord,
  validateDossier,
} from '../../src/dossiers/index.js'

const limit = { timeLimit: { amount: 15, unit: 'working-days' } } as const

// A building permit (1.001612, 15 working days) received Thursday 12/02/2026, two supplement rounds,
// processed and returned. Tết Bính Ngọ 2026: days off Mon 16/02 – Fri 20/02. Due 12/03; each supply
// restarts the 15 working days (NĐ 61/2018 Art 19(4)): 26/02 → 19/03, 13/03 → 03/04.
const record = {
  MaHoSo: 'H15.50.05.13-260212-0001',
  MaTTHC: '1.001612',
  TenTTHC: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II',
  MaLinhVuc: 'G09-XD01',
  TenLinhVuc: 'Hoạt động xây dựng',
  KenhThucHien: 2,
  HinhThuc: '1',
  ChuHoSo: 'Công ty TNHH Minh Phát',
  LoaiDoiTuong: '2',
  NgayTiepNhan: '20260212100000',
  NgayHenTra: '20260403170000',
  TrangThaiHoSo: '10',
  NgayKetThucXuLy: '20260325150000',
  NgayTra: '20260326090000',
  DonViXuLy: 'Sở Xây dựng',
  NgayTuChoi: '',
  GhiChu: null,
  DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí cấp giấy phép xây dựng', MaPhiLePhi: 'LP01', Gia: '150000', HinhThucThu: 1 }],
  TaiLieuNop: [{ TepDinhKemId: 8812, TenTepDinhKem: 'Đơn đề nghị cấp giấy phép xây dựng.pdf', MaThanhPhanHoSo: 'TP01', DuocSoHoa: 1 }],
  DanhSachGiayToKetQua: [{ GiayToId: '51', TenGiayTo: 'Giấy phép xây dựng số 12/GPXD' }],
  DanhSachHoSoBoSung: [
    {
      HoSoBoSungId: 'BS2', NoiDungBoSung: 'Bổ sung bản vẽ mặt cắt', NgayBoSung: '20260310090000', NgayTiepNhanBoSung: '20260313140000',
      NgayHenTraTruoc: '20260319170000', NgayHenTraMoi: '20260403170000',
    },
    {
      HoSoBoSungId: 'BS1', NoiDungBoSung: 'Bổ sung giấy tờ về quyền sử dụng đất', NgayBoSung: '20260224100000',
      NgayTiepNhanBoSung: '20260226080000', NgayHenTraTruoc: '20260312170000', NgayHenTraMoi: '20260319170000',
    },
  ],
}

describe('parseSyncRecord — the national portal sync record', () => {
  it('a record with two supplement rounds becomes a dossier with two supplement requests, in time order', () => {
    const d = parseSyncRecord(record, limit)
    const requests = d.events.filter((e) => e.type === 'supplement-requested')
    expect(requests).toEqual([
      { type: 'supplement-requested', at: '2026-02-24T10:00:00+07:00', round: 'BS1', previousDue: '2026-03-12T17:00:00+07:00', note: 'Bổ sung giấy tờ về quyền sử dụng đất' },
      { type: 'supplement-requested', at: '2026-03-10T09:00:00+07:00', round: 'BS2', previousDue: '2026-03-19T17:00:00+07:00', note: 'Bổ sung bản vẽ mặt cắt' },
    ])
    expect(d.events.map((e) => e.type)).toEqual([
      'supplement-requested', 'supplement-supplied', 'supplement-requested', 'supplement-supplied', 'processed', 'returned',
    ])
    expect(d.events[1]).toMatchObject({ at: '2026-02-26T08:00:00+07:00', round: 'BS1', newDue: '2026-03-19T17:00:00+07:00' })
    expect(d).toMatchObject({
      code: 'H15.50.05.13-260212-0001',
      procedure: { code: '1.001612' },
      field: { code: 'G09-XD01', name: 'Hoạt động xây dựng' },
      agency: 'Sở Xây dựng',
      channel: 'online',
      resultDelivery: 'postal',
      applicant: { name: 'Công ty TNHH Minh Phát', type: 'organisation' },
      receivedAt: '2026-02-12T10:00:00+07:00',
      appointmentAt: '2026-04-03T17:00:00+07:00',
      recordedStatus: 'returned',
      fees: [{ name: 'Lệ phí cấp giấy phép xây dựng', code: 'LP01', amount: 150000, collection: '1' }],
      attachments: [{ id: '8812', name: 'Đơn đề nghị cấp giấy phép xây dựng.pdf', component: 'TP01', digitised: true }],
      results: [{ id: '51', name: 'Giấy phép xây dựng số 12/GPXD' }],
    })
    expect(d.timeLimitInferred).toBeUndefined()
    // the result is a valid strict dossier, and the deadline functions read it
    expect(DossierSchema.parse(d)).toEqual(d)
    expect(classifyDossier(d, { asOf: '2026-03-31' })).toMatchObject({ status: 'early', dueDate: '2026-04-03' })
    expect(validateDossier(d)).toEqual([])
  })

  it('reads yyyyMMddHHmmss and ISO-like dates the same, as Vietnam time', () => {
    const iso = {
      ...record, NgayTiepNhan: '2026-02-12 10:00:00', NgayHenTra: '2026-04-03T17:00:00', NgayKetThucXuLy: '2026-03-25 15:00:00.000',
      NgayTra: '2026-03-26T09:00:00', DanhSachHoSoBoSung: record.DanhSachHoSoBoSung.map((r) => ({
        ...r,
        NgayBoSung: `${r.NgayBoSung.slice(0, 4)}-${r.NgayBoSung.slice(4, 6)}-${r.NgayBoSung.slice(6, 8)} ${r.NgayBoSung.slice(8, 10)}:${r.NgayBoSung.slice(10, 12)}:${r.NgayBoSung.slice(12)}`,
      })),
    }
    expect(parseSyncRecord(iso, limit)).toEqual(parseSyncRecord(record, limit))
    expect(readSyncDate('20260212100000')).toEqual(readSyncDate('2026-02-12 10:00:00'))
    expect(readSyncDate('2026-02-12T03:00:00Z')).toEqual({ ok: true, value: '2026-02-12T10:00:00+07:00' })
    expect(readSyncDate('2026-02-12')).toEqual({ ok: true, value: '2026-02-12T00:00:00+07:00' })
  })

  it('refuses a record dated 31/02, naming NgayTiepNhan (and any other field by its path)', () => {
    const r = safeParseSyncRecord({ ...record, NgayTiepNhan: '20260231090000' }, limit)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.reason.en).toMatch(/^NgayTiepNhan: /)
      expect(r.reason.en).toContain('day 31 does not exist')
      expect(r.reason.vi).toMatch(/^NgayTiepNhan: .*ngày 31 không tồn tại/)
    }
    expect(() => parseSyncRecord(JSON.stringify({ ...record, NgayTiepNhan: '2026-02-31 09:00:00' }), limit)).toThrow(RangeError)
    expect(() => parseSyncRecord(JSON.stringify({ ...record, NgayTiepNhan: '2026-02-31 09:00:00' }), limit)).toThrow(/NgayTiepNhan/)
    const bad = safeParseSyncRecord({ ...record, DanhSachHoSoBoSung: [{ ...record.DanhSachHoSoBoSung[0], NgayTiepNhanBoSung: '20260313250000' }] }, limit)
    expect(!bad.ok && bad.reason.en).toMatch(/^DanhSachHoSoBoSung\.0\.NgayTiepNhanBoSung: .*time 25:00:00 does not exist/)
    expect(safeParseSyncRecord('{not json', limit).ok).toBe(false)
    expect(safeParseSyncRecord([record], limit).ok).toBe(false)
    expect(() => parseSyncRecord(42)).toThrow(TypeError)
  })

  it('maps every TrangThaiHoSo code, and refuses a code outside the table naming the field', () => {
    expect(Object.keys(SYNC_STATUS_CODES)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    const open = { ...record, NgayKetThucXuLy: undefined, NgayTra: undefined }
    expect(parseSyncRecord({ ...open, TrangThaiHoSo: 5 }, limit).recordedStatus).toBe('awaiting-supplement')
    expect(parseSyncRecord({ ...open, TrangThaiHoSo: '1' }, limit).recordedStatus).toBe('submitted')
    const stopped = parseSyncRecord({ ...record, TrangThaiHoSo: '8', NgayTra: '' }, limit)
    expect(stopped.events.at(-1)).toEqual({ type: 'stopped', at: '2026-03-25T15:00:00+07:00' })
    const refused = parseSyncRecord({ ...open, TrangThaiHoSo: '3', NgayTuChoi: '20260212110000', DanhSachHoSoBoSung: [] }, limit)
    expect(refused.events).toEqual([{ type: 'refused', at: '2026-02-12T11:00:00+07:00' }])
    const r = safeParseSyncRecord({ ...record, TrangThaiHoSo: '11' }, limit)
    expect(!r.ok && r.reason.en).toMatch(/^TrangThaiHoSo: code "11" is not one of 1, 2, 3/)
    const k = safeParseSyncRecord({ ...record, KenhThucHien: 4 }, limit)
    expect(!k.ok && k.reason.en).toMatch(/^KenhThucHien: code "4"/)
    // a returned dossier without its dates is an unknown end, flagged, never in progress
    const unknown = parseSyncRecord({ ...open, DanhSachHoSoBoSung: [] }, limit)
    expect(classifyDossier(unknown, { asOf: '2026-03-31' }).status).toBe('unknown-end')
    expect(validateDossier(unknown).map((i) => i.code)).toContain('status-without-end')
  })

  it('infers the time limit from the first recorded appointment when none is given, and says so', () => {
    const d = parseSyncRecord({ ...record, DanhSachHoSoBoSung: [], NgayHenTra: '20260309170000' })
    // 12/02 (Thu) → 09/03: 13/02, 23–27/02, 02–06/03, 09/03 = 12 working days (Tết 16–20/02 off)
    expect(d.timeLimit).toEqual({ amount: 12, unit: 'working-days' })
    expect(d.timeLimitInferred).toBe(true)
    expect(classifyDossier(d, { asOf: '2026-03-31' }).dueDate).toBe('2026-03-09')
    const byProcedure = parseSyncRecord(record, { timeLimit: (p) => (p.code === '1.001612' ? { amount: 15, unit: 'working-days' } : undefined) })
    expect(byProcedure.timeLimit).toEqual({ amount: 15, unit: 'working-days' })
    const none = safeParseSyncRecord({ ...record, NgayHenTra: '', DanhSachHoSoBoSung: [] })
    expect(!none.ok && none.reason.en).toMatch(/^NgayHenTra: /)
    expect(() => safeParseSyncRecord(record, { timelimit: 1 } as never)).toThrow(/Unknown option "timelimit"/)
  })

  it('checks the appointment moves of each round against its own computation', () => {
    // the record's moves agree with the library's restart rule (checked in the first test): no issue;
    // a system that paused the clock instead moves the appointment less — each move is reported
    const paused = {
      ...record,
      DanhSachHoSoBoSung: [{ ...record.DanhSachHoSoBoSung[1]!, NgayHenTraMoi: '20260316170000' }],
      NgayHenTra: '20260316170000',
    }
    const d = parseSyncRecord(paused, limit)
    expect(validateDossier(d)).toMatchObject([
      { code: 'appointment-mismatch', path: ['events', 1, 'newDue'], severity: 'warning', message: { en: 'The recorded appointment 2026-03-16 differs from the computed due date 2026-03-19' } },
    ])
    const off = { ...d, events: [{ type: 'supplement-requested', at: '2026-02-24T10:00:00+07:00', previousDue: '2026-03-13' } as const] }
    expect(validateDossier(off).filter((i) => i.code === 'appointment-mismatch')).toMatchObject([{ path: ['events', 0, 'previousDue'] }])
  })

  it('toSyncRecord writes the record back: parse → write → parse is the same dossier', () => {
    const d = parseSyncRecord(record, limit)
    const back = toSyncRecord(d)
    expect(back).toMatchObject({
      MaHoSo: record.MaHoSo, MaTTHC: '1.001612', KenhThucHien: '2', HinhThuc: '1', LoaiDoiTuong: '2', TrangThaiHoSo: '10',
      NgayTiepNhan: '20260212100000', NgayKetThucXuLy: '20260325150000', NgayTra: '20260326090000',
    })
    expect(back.DanhSachHoSoBoSung).toHaveLength(2)
    expect(parseSyncRecord(back, limit)).toEqual(d)
    expect(parseSyncRecord(toSyncRecord(d, { dates: 'iso-like' }), limit)).toEqual(d)
    expect(toSyncRecord(d, { dates: 'iso-like' }).NgayTiepNhan).toBe('2026-02-12 10:00:00')
    expect(() => toSyncRecord(d, { dates: 'iso' } as never)).toThrow(RangeError)
  })

  it('reads the processing-progress record', () => {
    const p = SyncProgressSchema.parse({
      MaHoSo: record.MaHoSo, NguoiXuLy: 'Trần Thị Bình', ChucDanh: 'Chuyên viên', ThoiDiemXuLy: '2026-02-13 08:30:00', PhongBanXuLy: 'Phòng Cấp phép',
      NoiDungXuLy: 'Thẩm định hồ sơ', TrangThai: 4, NgayBatDau: '20260213080000', NgayKetThucTheoQuyDinh: '20260227170000',
    })
    expect(p).toMatchObject({ ThoiDiemXuLy: '2026-02-13T08:30:00+07:00', TrangThai: '4', NgayKetThucTheoQuyDinh: '2026-02-27T17:00:00+07:00' })
    expect(SYNC_STATUS_CODES[p.TrangThai]?.label.vi).toBe('Đang xử lý')
    expect(SyncProgressSchema.safeParse({ MaHoSo: 'HS-1', ThoiDiemXuLy: '20260230083000', TrangThai: '4' }).success).toBe(false)
  })
})
