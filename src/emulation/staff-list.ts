import * as z from 'zod'
import { wrongType } from '../core/errors.js'
import { validationIssue, type ValidationIssue } from '../core/validation-issue.js'
import { codecFailure } from '../format/codec-failure.js'
import { vnCount, vnDate, vnText } from '../format/codecs.js'
import { safeParseAwardText } from './parse-award-text.js'
import { safeParseRatingText } from './parse-rating.js'
import type { HeldAwardId, IndividualRecordInput, RatingId } from './schema.js'

// The titles (danh hiệu thi đua) among the awards a staff list names; the
// others are commendation forms (hình thức khen thưởng).
const TITLE_IDS: ReadonlySet<HeldAwardId> = new Set<HeldAwardId>([
  'lao-dong-tien-tien',
  'chien-si-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
])

/** Split an awards cell on `;`, `+`, line breaks and commas outside parentheses ("CSTĐ cấp tỉnh (bộ, ngành)" stays whole). */
function splitAwards(cell: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]
    if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === ';' || c === '+' || c === '\n' || (c === ',' && depth === 0)) {
      out.push(cell.slice(start, i))
      start = i + 1
    }
  }
  out.push(cell.slice(start))
  return out.map((s) => s.trim()).filter((s) => s !== '')
}

function awardsCodec() {
  return z.codec(z.union([z.string(), z.array(z.string())]), z.custom<HeldAwardId[]>(), {
    decode: (v, payload) => {
      const parts = Array.isArray(v) ? v : splitAwards(v)
      const ids: HeldAwardId[] = []
      for (const p of parts) {
        const r = safeParseAwardText(p)
        if (!r.ok) return codecFailure(payload, p, r.reason, 'award')
        if (!ids.includes(r.value)) ids.push(r.value)
      }
      return ids
    },
    encode: (ids) => ids.join('; '),
  })
}

function ratingCodec() {
  return z.codec(z.string(), z.custom<RatingId>(), {
    decode: (v, payload) => {
      const r = safeParseRatingText(v)
      return r.ok ? r.value : codecFailure(payload, v, r.reason, 'rating')
    },
    encode: (id) => id,
  })
}

function yearCodec() {
  return vnCount().pipe(z.number().int().min(1945, { message: 'a year from 1945' }).max(2200, { message: 'a year up to 2200' }))
}

/**
 * The schema behind {@link staffListSchema}, built afresh on each call (use
 * {@link staffListSchema}, which builds it once); its output type is
 * {@link StaffListRow}.
 *
 * @example
 * ```ts
 * import { buildStaffListSchema } from 'hanhchinh/emulation'
 * buildStaffListSchema().safeParse({ name: 'Trần Văn Minh', unit: 'Phòng Tổng hợp', year: '2024' }).success //=> true
 * ```
 */
export function buildStaffListSchema() {
  return z.object({
    id: z.union([z.string().min(1), z.number().int().nonnegative()]).transform((v) => String(v).trim()).optional(),
    name: vnText(),
    position: vnText().optional(),
    unit: vnText(),
    year: yearCodec(),
    recruitedOn: vnDate().optional(),
    rating: ratingCodec().optional(),
    awards: awardsCodec().optional().transform((a) => a ?? []),
  })
}

let cached: ReturnType<typeof buildStaffListSchema> | undefined

/**
 * The import schema of a staff list for the emulation review (use it with
 * `importRecords` of `hanhchinh/format`): one row per person and year with
 * the name, position, unit, year, recruitment date (`dd/mm/yyyy`), quality
 * rating as written ("Hoàn thành tốt nhiệm vụ", "HTXS") and the titles and
 * commendations of the year as written ("LĐTT; BK UBND tỉnh", read by
 * {@link safeParseAwardText}; separated by `;`, `+`, commas or line breaks).
 * A cell that cannot be read is a row error in Vietnamese and English,
 * naming the value. Built on first use and cached. Group the rows into
 * units with {@link staffListUnits}.
 *
 * @example
 * ```ts
 * import { staffListSchema } from 'hanhchinh/emulation'
 * const row = staffListSchema().parse({ name: 'Nguyễn Thị Lan', position: 'Chuyên viên', unit: 'Phòng Tổng hợp', year: '2024', rating: 'HTXS', awards: 'LĐTT; CSTĐCS' })
 * row //=> { name: 'Nguyễn Thị Lan', year: 2024, rating: 'hoan-thanh-xuat-sac', awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] }
 * staffListSchema().safeParse({ name: 'A', unit: 'B', year: 2024, awards: 'Huy chương' }).success //=> false
 * ```
 */
export function staffListSchema(): ReturnType<typeof buildStaffListSchema> {
  return (cached ??= buildStaffListSchema())
}

/**
 * A row of a staff list, as read by {@link staffListSchema}.
 *
 * @example
 * ```ts
 * import type { StaffListRow } from 'hanhchinh/emulation'
 * const row: StaffListRow = { name: 'Trần Văn Minh', unit: 'Phòng Tổng hợp', year: 2024, rating: 'hoan-thanh-tot', awards: ['lao-dong-tien-tien'] }
 * row.awards.length //=> 1
 * ```
 */
export type StaffListRow = z.output<ReturnType<typeof buildStaffListSchema>>

/**
 * Usual column headers of a staff list and the fields they hold, for the
 * `columns` option of `importRecords` (headers match ignoring accents, case
 * and spacing); `STT` is ignored.
 *
 * @example
 * ```ts
 * import { STAFF_LIST_COLUMNS } from 'hanhchinh/emulation'
 * STAFF_LIST_COLUMNS['Họ và tên'] //=> 'name'
 * STAFF_LIST_COLUMNS['Danh hiệu thi đua'] //=> 'awards'
 * ```
 */
export const STAFF_LIST_COLUMNS: Readonly<Record<string, string | null>> = Object.freeze({
  STT: null,
  'Mã cán bộ': 'id',
  'Mã số': 'id',
  'Họ và tên': 'name',
  'Họ tên': 'name',
  'Chức vụ': 'position',
  'Chức danh': 'position',
  'Đơn vị': 'unit',
  'Phòng, ban': 'unit',
  'Phòng ban': 'unit',
  Năm: 'year',
  'Năm đánh giá': 'year',
  'Ngày tuyển dụng': 'recruitedOn',
  'Xếp loại': 'rating',
  'Xếp loại chất lượng': 'rating',
  'Kết quả xếp loại': 'rating',
  'Danh hiệu': 'awards',
  'Danh hiệu thi đua': 'awards',
  'Danh hiệu, khen thưởng': 'awards',
  'Khen thưởng': 'awards',
})

/**
 * The units of a staff list, for {@link reviewCampaign}: each unit's name
 * and its members' records (one per person, keyed by `id` or else by name
 * within the unit), with titles and commendations split. Data problems are
 * returned, never thrown: a person with two rows for one year (the later row
 * is not merged) or two recruitment dates.
 *
 * @example
 * ```ts
 * import { staffListUnits } from 'hanhchinh/emulation'
 * const { units, issues } = staffListUnits([
 *   { name: 'Nguyễn Thị Lan', unit: 'Phòng Tổng hợp', year: 2023, rating: 'hoan-thanh-xuat-sac', awards: ['chien-si-thi-dua-co-so'] },
 *   { name: 'Nguyễn Thị Lan', unit: 'Phòng Tổng hợp', year: 2024, rating: 'hoan-thanh-xuat-sac', awards: ['bang-khen-chu-tich-ubnd-tinh'] },
 * ])
 * units[0]?.members[0]?.years[2024] //=> { rating: 'hoan-thanh-xuat-sac', titles: [], commendations: ['bang-khen-chu-tich-ubnd-tinh'] }
 * issues //=> []
 * staffListUnits(5 as never) //=> throws TypeError: rows
 * ```
 */
export function staffListUnits(rows: readonly StaffListRow[]): { units: Array<{ name: string; members: IndividualRecordInput[] }>; issues: ValidationIssue[] } {
  if (!Array.isArray(rows)) throw wrongType('rows', rows, 'an array of staff-list rows (staffListSchema output)')
  const units = new Map<string, { name: string; members: Map<string, IndividualRecordInput & { years: Record<number, { rating?: RatingId; titles: HeldAwardId[]; commendations: HeldAwardId[] }> }> }>()
  const issues: ValidationIssue[] = []
  rows.forEach((row, i) => {
    if (row === null || typeof row !== 'object' || typeof row.name !== 'string' || typeof row.unit !== 'string' || !Number.isInteger(row.year)) {
      throw wrongType(`rows[${i}]`, row, 'a staff-list row { name, unit, year, rating?, awards }')
    }
    let unit = units.get(row.unit)
    if (!unit) units.set(row.unit, (unit = { name: row.unit, members: new Map() }))
    const key = row.id ?? row.name
    let m = unit.members.get(key)
    if (!m) {
      m = { kind: 'individual', name: row.name, years: {} }
      if (row.id !== undefined) m.id = row.id
      if (row.position !== undefined) m.position = row.position
      unit.members.set(key, m)
    }
    if (row.recruitedOn !== undefined) {
      if (m.recruitedOn !== undefined && m.recruitedOn !== row.recruitedOn) {
        issues.push(validationIssue('conflicting-recruitment', [i, 'recruitedOn'], `${row.name}: hai ngày tuyển dụng khác nhau (${m.recruitedOn}, ${row.recruitedOn}); giữ ngày đầu.`, `${row.name}: two recruitment dates (${m.recruitedOn}, ${row.recruitedOn}); the first is kept.`))
      } else m.recruitedOn = row.recruitedOn
    }
    if (m.years[row.year] !== undefined) {
      issues.push(validationIssue('duplicate-year', [i, 'year'], `${row.name} (${row.unit}) có hai dòng cho năm ${row.year}; dòng sau không được ghép.`, `${row.name} (${row.unit}) has two rows for ${row.year}; the later row is not merged.`))
      return
    }
    const awards: HeldAwardId[] = Array.isArray(row.awards) ? row.awards : []
    const y: { rating?: RatingId; titles: HeldAwardId[]; commendations: HeldAwardId[] } = {
      titles: awards.filter((a) => TITLE_IDS.has(a)),
      commendations: awards.filter((a) => !TITLE_IDS.has(a)),
    }
    if (row.rating !== undefined) y.rating = row.rating
    m.years[row.year] = y
  })
  return { units: [...units.values()].map((u) => ({ name: u.name, members: [...u.members.values()] })), issues }
}
