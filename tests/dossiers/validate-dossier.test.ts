import { describe, expect, it } from 'vitest'
import { importRecords } from '../../src/format/index.js'
import {
  classifyDossier, DOSSIER_IMPORT_COLUMNS, DOSSIER_IMPORT_STATUSES, dossierFromImportRow, dossierImportSchema, DossierImportSchema, dossierReport,
  validateDossier,
} from '../../src/dossiers/index.js'

const limit = { amount: 5, unit: 'working-days' } as const

describe('validateDossier', () => {
  it('flags a district-level dossier received on 01/09/2025, not one received on 01/06/2025', () => {
    expect(validateDossier({ level: 'district', receivedAt: '2025-09-01T09:00:00+07:00', timeLimit: limit })).toMatchObject([
      { code: 'district-level-abolished', path: ['level'], severity: 'error' },
    ])
    expect(validateDossier({ level: 'district', receivedAt: '2025-06-01T09:00:00+07:00', timeLimit: limit })).toEqual([])
    // the boundary: 30/06/2025 23:59 Vietnam time is before, 01/07/2025 00:00 is on
    expect(validateDossier({ level: 'district', receivedAt: '2025-06-30T16:59:00Z', timeLimit: limit })).toEqual([])
    expect(validateDossier({ level: 'district', receivedAt: '2025-06-30T17:00:00Z', timeLimit: limit }).map((i) => i.code)).toEqual(['district-level-abolished'])
    expect(validateDossier({ level: 'commune', receivedAt: '2025-09-01T09:00:00+07:00', timeLimit: limit })).toEqual([])
  })

  it('joins the timeline checks, and flags an ending without an end date', () => {
    const d = {
      receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: { amount: 10, unit: 'working-days' },
      events: [{ type: 'supplement-supplied', at: '2026-03-03T09:00:00+07:00' }],
    } as const
    expect(validateDossier(d).map((i) => i.code)).toEqual(['supply-without-request'])
    expect(validateDossier({ ...d, events: [], recordedStatus: 'refused' })).toMatchObject([
      { code: 'status-without-end', path: ['recordedStatus'], severity: 'error' },
    ])
    expect(validateDossier({ ...d, events: [], recordedClass: 'on-time' })).toMatchObject([{ code: 'status-without-end', path: ['recordedClass'] }])
  })

  it('checks the recorded status against the ending of the timeline', () => {
    const d = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: limit, events: [{ type: 'processed', at: '2026-03-04T09:00:00+07:00' }] } as const
    expect(validateDossier({ ...d, recordedStatus: 'in-progress' })).toMatchObject([{ code: 'status-end-mismatch', severity: 'warning' }])
    expect(validateDossier({ ...d, recordedStatus: 'refused' }).map((i) => i.code)).toEqual(['status-end-mismatch'])
    expect(validateDossier({ ...d, recordedStatus: 'returned' })).toEqual([])
    expect(validateDossier({ ...d, events: [], recordedStatus: 'submitted' }).map((i) => i.code)).toEqual(['not-received'])
  })

  it('checks the class the source printed against the computed class', () => {
    // received Mon 02/03/2026, 5 working days: due Mon 09/03
    const done = (at: string) => ({ receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: limit, events: [{ type: 'processed', at }] as const })
    expect(validateDossier({ ...done('2026-03-05T10:00:00+07:00'), recordedClass: 'early' })).toEqual([])
    expect(validateDossier({ ...done('2026-03-09T10:00:00+07:00'), recordedClass: 'on-time' })).toEqual([])
    expect(validateDossier({ ...done('2026-03-10T10:00:00+07:00'), recordedClass: 'late' })).toEqual([])
    expect(validateDossier({ ...done('2026-03-10T10:00:00+07:00'), recordedClass: 'on-time' })).toMatchObject([
      { code: 'class-mismatch', path: ['recordedClass'], severity: 'warning' },
    ])
    // "Quá hạn" of a dossier still open: checked at the export's asOf, not without it
    const open = { receivedAt: '2026-03-02T09:00:00+07:00', timeLimit: limit, recordedClass: 'late' } as const
    expect(validateDossier(open)).toEqual([])
    expect(validateDossier(open, { asOf: '2026-03-12' })).toEqual([])
    expect(validateDossier(open, { asOf: '2026-03-05' }).map((i) => i.code)).toEqual(['class-mismatch'])
    expect(() => validateDossier(open, { asof: '2026-03-05' } as never)).toThrow(/Unknown option "asof" of validateDossier/)
  })
})

describe('a real-shaped export: vocabularies and header aliases', () => {
  const csv = [
    'STT;Mã hồ sơ;Tên thủ tục;Mã lĩnh vực;Lĩnh vực;Đơn vị xử lý;Hình thức nộp;Thời hạn giải quyết;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Trạng thái',
    '1;H15.50.05.13-260302-0001;Chứng thực bản sao từ bản chính;G16-TP05;Chứng thực;UBND phường Hải Châu;Qua bưu chính;05 ngày làm việc;02/03/2026 09:00;09/03/2026;05/03/2026 10:00;06/03/2026 08:00;Đã trả kết quả',
    '2;H15.50.05.13-260302-0002;Chứng thực bản sao từ bản chính;G16-TP05;Chứng thực;UBND phường Hải Châu;Trực tiếp;05 ngày làm việc;02/03/2026 09:30;09/03/2026;10/03/2026 16:00;;Quá hạn',
    '3;H15.50.05.13-260302-0003;Đăng ký khai sinh;G16-HT01;Hộ tịch;UBND phường Hải Châu;Dịch vụ công trực tuyến toàn trình;03 ngày làm việc;02/03/2026 10:00;05/03/2026;;;Từ chối',
    '4;H15.50.05.13-260302-0004;Đăng ký khai sinh;G16-HT01;Hộ tịch;UBND phường Hải Châu;Trực tuyến một phần;03 ngày làm việc;02/03/2026 10:30;05/03/2026;04/03/2026 09:00;;trước hạn',
    '5;H15.50.05.13-260302-0005;Đăng ký khai sinh;G16-HT01;Hộ tịch;UBND phường Hải Châu;Bưu chính công ích;03 ngày làm việc;02/03/2026 11:00;05/03/2026;05/03/2026 15:00;;Đúng hạn',
  ].join('\n')

  it('imports every row ("Qua bưu chính", "Quá hạn", "Từ chối", "Ngày có kết quả"…)', () => {
    const r = importRecords(DossierImportSchema, csv, { columns: { ...DOSSIER_IMPORT_COLUMNS, STT: null } })
    expect(r.issues).toEqual([])
    expect(r.stats).toMatchObject({ read: 5, accepted: 5, rejected: 0 })
    expect(r.records.map((x) => x.channel)).toEqual(['postal', 'in-person', 'online', 'online', 'postal'])
    expect(r.records.map((x) => x.status)).toEqual(['returned', 'late', 'refused', 'early', 'on-time'])
    const dossiers = r.records.map(dossierFromImportRow)
    expect(dossiers[0]).toMatchObject({
      field: { code: 'G16-TP05', name: 'Chứng thực' }, agency: 'UBND phường Hải Châu', recordedStatus: 'returned',
      events: [{ type: 'processed', at: '2026-03-05T10:00:00+07:00' }, { type: 'returned', at: '2026-03-06T08:00:00+07:00' }],
    })
    // "Quá hạn" is a class, not a state: kept as the source's claim, the dates decide
    expect(dossiers[1]).toMatchObject({ recordedClass: 'late', events: [{ type: 'processed', at: '2026-03-10T16:00:00+07:00' }] })
    expect(dossiers[1]!.recordedStatus).toBeUndefined()
    expect(classifyDossier(dossiers[1]!, { asOf: '2026-03-31' }).status).toBe('late')
    // "Từ chối" without an end date: flagged, and counted as an unknown end, never in progress
    expect(dossiers[2]).toMatchObject({ recordedStatus: 'refused', events: [] })
    expect(validateDossier(dossiers[2]!).map((i) => i.code)).toEqual(['status-without-end'])
    for (const d of dossiers) expect(validateDossier(d, { asOf: '2026-03-31' }).filter((i) => i.code === 'class-mismatch')).toEqual([])
    const report = dossierReport(dossiers, { asOf: '2026-03-31', groupBy: 'field' })
    expect(report.counts).toMatchObject({ total: 5, early: 2, onTime: 1, late: 1, unknownEnd: 1, inProgress: 0, inProgressOverdue: 0 })
    expect(Object.keys(report.groups)).toEqual(['G16-HT01', 'G16-TP05'])
    expect(report.groups['G16-HT01']!.counts).toMatchObject({ total: 3, unknownEnd: 1, early: 1, onTime: 1 })
  })

  it('reads labels without accents or case, and takes extended tables through the factory', () => {
    const plain = 'Mã hồ sơ;Thời hạn giải quyết;Ngày tiếp nhận;Trạng thái;Hình thức nộp\nHS-1;5 ngày làm việc;02/03/2026 09:00;DA TRA KET QUA;qua buu chinh\n'
    expect(importRecords(DossierImportSchema, plain, { columns: DOSSIER_IMPORT_COLUMNS }).records[0]).toMatchObject({ status: 'returned', channel: 'postal' })
    const custom = 'Mã hồ sơ;Thời hạn giải quyết;Ngày tiếp nhận;Trạng thái\nHS-1;5 ngày làm việc;02/03/2026 09:00;Trễ\n'
    expect(importRecords(DossierImportSchema, custom, { columns: DOSSIER_IMPORT_COLUMNS }).stats.rejected).toBe(1)
    const schema = dossierImportSchema({ statuses: { ...DOSSIER_IMPORT_STATUSES, late: [...DOSSIER_IMPORT_STATUSES.late, 'Trễ'] } })
    expect(importRecords(schema, custom, { columns: DOSSIER_IMPORT_COLUMNS }).records[0]?.status).toBe('late')
    expect(() => dossierImportSchema({ statuses: { ...DOSSIER_IMPORT_STATUSES, refused: ['Quá hạn'] } })).toThrow(RangeError)
  })

  it('keeps a status column and a result column apart', () => {
    const text = 'Mã hồ sơ;Thời hạn giải quyết;Ngày tiếp nhận;Ngày trả kết quả;Trạng thái;Kết quả giải quyết\n' +
      'HS-1;5 ngày làm việc;02/03/2026 09:00;06/03/2026 08:00;Đã trả kết quả;Trước hạn\n'
    const [row] = importRecords(DossierImportSchema, text, { columns: DOSSIER_IMPORT_COLUMNS }).records
    expect(dossierFromImportRow(row!)).toMatchObject({ recordedStatus: 'returned', recordedClass: 'early' })
  })
})
