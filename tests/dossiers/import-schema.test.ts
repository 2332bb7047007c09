import { describe, expect, it } from 'vitest'
import { importRecords } from 'hanhchinh/format'
import {
  classifyDossier, DOSSIER_IMPORT_COLUMNS, DossierImportSchema, DossierSchema, dossierFromImportRow, MAX_DATE_CELL_LENGTH,
  MAX_TIME_LIMIT_TEXT_LENGTH, safeParseTimeLimit, validateTimeline, vnDateOrDateTime, vnTimeLimit,
} from 'hanhchinh/dossiers'

const HEADER = 'Mã hồ sơ;Mã TTHC;Tên TTHC;Hình thức nộp;Thời hạn giải quyết;Ngày tiếp nhận;Hạn xử lý;Ngày yêu cầu bổ sung;Ngày bổ sung;Ngày xử lý xong;Ngày trả kết quả;Ngày kết thúc;Trạng thái'

describe('DossierImportSchema', () => {
  it('imports a one-stop export, with Vietnamese headers, labels and dates', () => {
    const csv = [
      HEADER,
      'H15.50.05.13-260212-0001;2.000635;Chứng thực bản sao từ bản chính;Trực tiếp;05 ngày làm việc;12/02/2026 10:00;26/02/2026;;;24/02/2026 16:00;25/02/2026 09:00;;Đã trả kết quả',
      'H15.50.05.13-260212-0002;1.001612;Cấp giấy phép xây dựng;Trực tuyến;15 ngày;12/02/2026 15:30;;13/02/2026 09:00;02/03/2026 10:00;;;;dang xu ly',
      'H15.50.05.13-260212-0003;1.001612;Cấp giấy phép xây dựng;BCCI;15 ngày;12/02/2026;;;;;;20/02/2026 08:00;Công dân rút hồ sơ',
      'H15.50.05.13-260230-0004;1.001612;Cấp giấy phép xây dựng;Trực tiếp;15 ngày;30/02/2026 08:00;;;;;;;Đang xử lý',
    ].join('\r\n')
    const r = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
    expect(r.stats).toMatchObject({ read: 4, accepted: 3, rejected: 1 })
    expect(r.issues[0]).toMatchObject({ row: 4, field: 'receivedAt', raw: '30/02/2026 08:00' })
    const [a, b, c] = r.records.map(dossierFromImportRow)
    expect(DossierSchema.safeParse(a).success).toBe(true)
    expect(a).toMatchObject({
      code: 'H15.50.05.13-260212-0001', channel: 'in-person', procedure: { code: '2.000635' },
      timeLimit: { amount: 5, unit: 'working-days' }, receivedAt: '2026-02-12T10:00:00+07:00', appointmentAt: '2026-02-26',
      events: [{ type: 'processed', at: '2026-02-24T16:00:00+07:00' }, { type: 'returned', at: '2026-02-25T09:00:00+07:00' }],
    })
    expect(classifyDossier(a!, { asOf: '2026-03-01T00:00:00+07:00' }).status).toBe('early')
    expect(b!.channel).toBe('online')
    expect(b!.events.map((e) => e.type)).toEqual(['supplement-requested', 'supplement-supplied'])
    expect(c!.channel).toBe('postal')
    expect(c!.receivedAt).toBe('2026-02-12T00:00:00+07:00')
    expect(c!.events).toEqual([{ type: 'withdrawn', at: '2026-02-20T08:00:00+07:00' }])
  })

  it('says which part of a date-time cell does not exist, in Vietnamese and English', () => {
    const csv = [
      HEADER,
      'H15.50.05.13-240930-0001;1.001612;Cấp giấy phép xây dựng;Trực tiếp;15 ngày;31/09/2024 09:15;;;;;;;Đang xử lý',
      'H15.50.05.13-240930-0002;1.001612;Cấp giấy phép xây dựng;Trực tiếp;15 ngày;30/09/2024 25:15;;;;;;;Đang xử lý',
      'H15.50.05.13-240930-0003;1.001612;Cấp giấy phép xây dựng;Trực tiếp;15 ngày;31/09/2024;;;;;;;Đang xử lý',
      'H15.50.05.13-240930-0004;1.001612;Cấp giấy phép xây dựng;Trực tiếp;15 ngày;hôm qua;;;;;;;Đang xử lý',
    ].join('\n')
    const r = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
    expect(r.stats).toMatchObject({ read: 4, accepted: 0, rejected: 4 })
    const [dayTime, hour, dayAlone, words] = r.issues
    expect(dayTime).toMatchObject({ row: 1, field: 'receivedAt', raw: '31/09/2024 09:15' })
    expect(dayTime!.message.vi).toContain('"31/09/2024 09:15": ngày 31 không tồn tại (tháng 9/2024 có 30 ngày)')
    expect(dayTime!.message.en).toContain('day 31 does not exist (2024-09 has 30 days)')
    expect(hour!.message.vi).toContain('giờ 25:15 không tồn tại')
    expect(dayAlone!.message.vi).toContain('"31/09/2024": ngày 31 không tồn tại (tháng 9/2024 có 30 ngày)')
    expect(words!.message.vi).toContain('không phải là ngày')
  })

  it('reads time limits in words', () => {
    const t = vnTimeLimit()
    expect(t.parse('05 ngày làm việc')).toEqual({ amount: 5, unit: 'working-days' })
    expect(t.parse('15 NGAY')).toEqual({ amount: 15, unit: 'days' })
    expect(t.parse('3 tháng')).toEqual({ amount: 3, unit: 'months' })
    expect(t.parse('4 giờ')).toEqual({ amount: 4, unit: 'hours' })
    expect(t.parse('1,5 giờ làm việc')).toEqual({ amount: 1.5, unit: 'working-hours' })
    expect(t.safeParse('0,5 ngày làm việc').success).toBe(false)
    expect(t.safeParse('ngày làm việc').success).toBe(false)
  })
})

describe('dossier import on hostile input (issue 13)', () => {
  it('dossierFromImportRow checks the row, naming the field', () => {
    expect(() => dossierFromImportRow(undefined as never)).toThrow(TypeError)
    expect(() => dossierFromImportRow(undefined as never)).toThrow(/^Invalid type for row: undefined/)
    expect(() => dossierFromImportRow([] as never)).toThrow(/^Invalid type for row\.code/)
    const row = { code: 'H15.50.05.13-260212-0001', timeLimit: { amount: 5, unit: 'working-days' }, receivedAt: '2026-02-12T10:00:00+07:00' } as const
    expect(() => dossierFromImportRow({ ...row, extendedTo: {} } as never)).toThrow(/^Invalid type for row\.extendedTo: \{\}/)
    expect(() => dossierFromImportRow({ ...row, status: 'done' } as never)).toThrow(RangeError)
  })

  it('a "returned" status without its date is kept and flagged, not counted as in progress', () => {
    const csv = 'Mã hồ sơ;Thời hạn giải quyết;Ngày tiếp nhận;Ngày trả kết quả;Trạng thái\r\n' +
      'H15.50.05.13-260212-0001;05 ngày làm việc;12/02/2026 10:00;;Đã trả kết quả\r\n'
    const r = importRecords(DossierImportSchema, csv, { columns: DOSSIER_IMPORT_COLUMNS })
    const d = dossierFromImportRow(r.records[0]!)
    expect(d.recordedStatus).toBe('returned')
    expect(d.events).toEqual([])
    expect(DossierSchema.parse(d).recordedStatus).toBe('returned')
    expect(validateTimeline(d).map((i) => i.code)).toEqual(['status-without-end'])
    expect(classifyDossier(d, { asOf: '2026-03-31' }).status).toBe('unknown-end')
  })

  it('a date cell longer than MAX_DATE_CELL_LENGTH is refused at once, naming the limit', () => {
    const cell = '12/02/2026 10:00' + ','.repeat(1_000_000)
    const t0 = performance.now()
    const r = vnDateOrDateTime().safeParse(cell)
    expect(performance.now() - t0).toBeLessThan(100)
    expect(r.error?.issues[0]?.message).toBe(`A date cell has at most ${MAX_DATE_CELL_LENGTH} characters (MAX_DATE_CELL_LENGTH); received ${cell.length}`)
    expect(vnDateOrDateTime().parse('12/02/2026 10:00')).toBe('2026-02-12T10:00:00+07:00')
  })

  it('time limits: one pass over the text, a length limit, no Infinity', () => {
    // '1x' + spaces + 'y' was quadratic in the old /^\s*(\d+(?:,\d+)?)\s*(.+?)\s*$/
    const long = '1x' + ' '.repeat(MAX_TIME_LIMIT_TEXT_LENGTH) + 'y'
    expect(safeParseTimeLimit(long)).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeParseTimeLimit('9'.repeat(90) + ' ngày')).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeParseTimeLimit('80001 ngày làm việc')).toMatchObject({ ok: false, code: 'too-long' })
    expect(safeParseTimeLimit('  05   ngày  làm việc ')).toEqual({ ok: true, value: { amount: 5, unit: 'working-days' } })
    expect(safeParseTimeLimit('1,5 giờ')).toEqual({ ok: true, value: { amount: 1.5, unit: 'hours' } })
    expect(safeParseTimeLimit('5ngày')).toEqual({ ok: true, value: { amount: 5, unit: 'days' } })
    expect(safeParseTimeLimit('ngày 5').ok).toBe(false)
    expect(vnTimeLimit().safeParse('5 ' + ' '.repeat(1_000_000) + 'ngày').success).toBe(false)
  })
})
