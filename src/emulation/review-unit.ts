import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { judge, readEligibilityOptions, safeParseRecord, type DeepReadonlyInput, type EligibilityOptions, type RecordInput } from './check-eligibility.js'
import { quotaReport, type QuotaOptions, type QuotaReport, type QuotaRounding } from './quota.js'
import { ratingFacts } from './rating.js'
import type { AwardId, CollectiveRecord, CollectiveRecordInput, CollectiveYear, EmulationRecord, IndividualRecord } from './schema.js'
import type { EligibilityVerdict } from './verdict.js'
import { MAX_RECORD_LIST_LENGTH } from './schema/limits.js'

/**
 * Options of {@link reviewUnit}: those of {@link checkEligibility} plus the
 * quota options of {@link checkQuota}.
 *
 * @example
 * ```ts
 * import type { ReviewOptions } from 'hanhchinh/emulation'
 * const o: ReviewOptions = { year: 2024, rounding: 'floor' }
 * o.year //=> 2024
 * ```
 */
export interface ReviewOptions extends EligibilityOptions {
  rounding?: QuotaRounding
  outstanding?: boolean
  htxsBase?: 'htt-only' | 'htt-and-htxs'
}

const REVIEW_OPTION_NAMES: OptionNames<ReviewOptions> = { year: true, decisionDate: true, regime: true, rounding: true, outstanding: true, htxsBase: true }

/**
 * What {@link reviewUnit} takes as a unit: its name, the collective's own
 * record, and the members' records. `members` takes the general record type
 * (individual or collective, e.g. a list of {@link EmulationRecord}): a
 * collective record found among them is the unit's collective, exactly as in
 * the array form — at most one in all.
 *
 * @example
 * ```ts
 * import type { ReviewUnitInput, EmulationRecordInput } from 'hanhchinh/emulation'
 * const records: EmulationRecordInput[] = [{ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }, { kind: 'collective', years: { 2024: { members: 1 } } }]
 * const unit: ReviewUnitInput = { name: 'Phòng Tổng hợp', members: records }
 * unit.members.length //=> 2
 * ```
 */
export interface ReviewUnitInput {
  name?: string | undefined
  collective?: DeepReadonlyInput<CollectiveRecordInput> | CollectiveRecord | undefined
  members: readonly RecordInput[]
}

/**
 * One member's part of the review: the awards they are eligible for and the
 * verdict of every individual award.
 *
 * @example
 * ```ts
 * import { reviewUnit, type MemberReview } from 'hanhchinh/emulation'
 * const m: MemberReview = reviewUnit({ members: [{ kind: 'individual', name: 'Lê Văn C', years: { 2024: { rating: 'hoan-thanh-tot' } } }] }, { year: 2024 }).members[0]!
 * m.eligible //=> ['lao-dong-tien-tien']
 * ```
 */
export interface MemberReview {
  id?: string
  name?: string
  eligible: AwardId[]
  verdicts: EligibilityVerdict[]
}

/**
 * The collective's part of the review: the counts used (given, or derived
 * from the members' verdicts), the awards it is eligible for and the
 * verdicts.
 *
 * @example
 * ```ts
 * import { reviewUnit, type CollectiveReview } from 'hanhchinh/emulation'
 * const c: CollectiveReview = reviewUnit({ members: [{ kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }] }, { year: 2024 }).collective
 * c.counts //=> { members: 1, laoDongTienTien: 1, chienSiThiDuaCoSo: 0 }
 * ```
 */
export interface CollectiveReview {
  name?: string
  counts: { members: number; laoDongTienTien: number; chienSiThiDuaCoSo: number; tasksCompleted: number }
  eligible: AwardId[]
  verdicts: EligibilityVerdict[]
}

/**
 * What {@link reviewUnit} returns: what an emulation council prints before it
 * meets.
 *
 * @example
 * ```ts
 * import { reviewUnit, type UnitReview } from 'hanhchinh/emulation'
 * const r: UnitReview = reviewUnit({ members: [] }, { year: 2019 })
 * r.regime //=> 'A'
 * ```
 */
export interface UnitReview {
  name?: string
  year: number
  regime: string
  members: MemberReview[]
  collective: CollectiveReview
  quota: QuotaReport
  warnings: Label[]
}

const INDIVIDUAL_ORDER: AwardId[] = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'bang-khen-chu-tich-ubnd-tinh',
  'bang-khen-thu-tuong',
  'huan-chuong-lao-dong-hang-ba',
]
const COLLECTIVE_ORDER: AwardId[] = ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac', 'bang-khen-chu-tich-ubnd-tinh']

/**
 * A unit's year-end review: every member's eligible titles and forms with
 * their verdicts, the collective's titles (its member counts derived from the
 * members' verdicts unless the collective's record states them), and the
 * quota checks of the year (CSTĐCS cap under regime A, HTXS rating cap).
 *
 * Titles found eligible for the year are fed forward as proposals: a member
 * eligible for Chiến sĩ thi đua cơ sở this year counts it towards the
 * provincial title and the Bằng khen judged in the same review.
 *
 * @param unit - `{ name?, collective?, members }`, or an array of records (individuals and at most one collective); either form takes the general record type
 * @param options - `{ year, decisionDate?, regime?, rounding?, outstanding?, htxsBase? }` (unknown names refused; `decisionDate` as in {@link checkEligibility})
 *
 * @example
 * ```ts
 * import { reviewUnit } from 'hanhchinh/emulation'
 * const r = reviewUnit([
 *   { kind: 'individual', name: 'Nguyễn Thị A', years: { 2024: { rating: 'hoan-thanh-xuat-sac' } } },
 *   { kind: 'individual', name: 'Trần Văn B', years: { 2024: { rating: 'hoan-thanh' } } },
 *   { kind: 'collective', name: 'Phòng Tổng hợp', years: { 2024: { members: 2, laoDongTienTien: 1, rating: 'hoan-thanh-tot' } } },
 * ], { year: 2024 })
 * r.members.map((m) => m.eligible) //=> [['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'], []]
 * r.collective.eligible //=> []
 * reviewUnit({ members: [] }, { year: 2024, rounding: 'x' as 'floor' }) //=> throws RangeError: options.rounding
 * reviewUnit({ members: [] }, { year: 2024, decisonDate: '2025-01-10' } as never) //=> throws RangeError: Unknown option "decisonDate" of reviewUnit
 * reviewUnit({ members: [, { kind: 'individual', years: { 2024: { rating: 'hoan-thanh-tot' } } }] }, { year: 2024 }) //=> throws TypeError: Invalid type for unit.members[0]
 * ```
 */
export function reviewUnit(unit: ReviewUnitInput | readonly RecordInput[], options: ReviewOptions): UnitReview {
  if (options === undefined || options === null || typeof options !== 'object') throw wrongType('options', options, 'an object { year, ... }')
  const o = readOptions(options, REVIEW_OPTION_NAMES, 'reviewUnit')
  let name: string | undefined
  const members: IndividualRecord[] = []
  const memberPaths: string[] = []
  let collective: CollectiveRecord | undefined
  let collectivePath: string | undefined
  // Schema problems are named by their zod-style path (unit.members.0.years...), the member by its index (unit.members[0]).
  const take = (r: unknown, path: string, memberPath = path) => {
    const parsed = readRecord(r, path)
    if (parsed.kind === 'individual') {
      members.push(parsed)
      memberPaths.push(memberPath)
    } else if (collective) throw invalidArgument(`${path}.kind`, 'collective', `at most one collective record (already one at ${collectivePath})`)
    else {
      collective = parsed
      collectivePath = path
    }
  }
  if (Array.isArray(unit)) {
    items(unit, 'records').forEach((r, i) => take(r, `records[${i}]`))
  } else {
    if (unit === null || typeof unit !== 'object') throw wrongType('unit', unit, '{ members, collective? } or an array of records')
    const u = unit as ReviewUnitInput
    if (u.name !== undefined && (typeof u.name !== 'string' || u.name === '')) throw invalidArgument('unit.name', u.name, 'a non-empty name')
    if (!Array.isArray(u.members)) throw wrongType('unit.members', u.members, 'an array of records')
    if (u.collective !== undefined) {
      const c = readRecord(u.collective, 'unit.collective')
      if (c.kind !== 'collective') throw invalidArgument('unit.collective.kind', c.kind, "'collective'")
      collective = c
      collectivePath = 'unit.collective'
    }
    items(u.members, 'unit.members').forEach((r, i) => take(r, `unit.members.${i}`, `unit.members[${i}]`))
    name = u.name
  }
  name ??= collective?.name
  const eligibilityOptions = readEligibilityOptions(o)
  const { year } = eligibilityOptions
  const quotaOptions: Partial<QuotaOptions> = { ...o }
  // Validate the quota options before the (longer) member review.
  quotaReport({ laoDongTienTien: 0, chienSiThiDuaCoSo: 0, hoanThanhXuatSac: 0, hoanThanhTot: 0 }, quotaOptions, 'reviewUnit')

  const key = String(year)
  let regime = ''
  const warnings: Label[] = []
  const seen = new Set<string>()
  const addWarnings = (ws: Label[]) => {
    for (const w of ws) {
      if (!seen.has(w.en)) {
        seen.add(w.en)
        warnings.push(w)
      }
    }
  }
  const memberReviews: MemberReview[] = []
  let ldtt = 0
  let cstdcs = 0
  let completed = 0
  let htxs = 0
  let htt = 0
  const disciplined: CollectiveYear['disciplinedMembers'] = []
  // Every member must have an entry for the year reviewed: a missing one is a
  // typo in the data, and counting that member as "no title" would lower the
  // collective's shares silently.
  members.forEach((m, i) => {
    if (Number.isInteger(year) && !Object.prototype.hasOwnProperty.call(m.years, key)) {
      throw invalidArgument(`${memberPaths[i]}.years`, Object.keys(m.years), `an entry for the year reviewed, ${year}${m.name ? ` (${m.name})` : ''}`)
    }
  })
  for (const m of members) {
    let rec = m
    const verdicts: EligibilityVerdict[] = []
    const eligible: AwardId[] = []
    for (const award of INDIVIDUAL_ORDER) {
      const v = judge(award, rec, eligibilityOptions)
      regime = v.regime
      verdicts.push(v)
      if (v.ok) {
        eligible.push(award)
        rec = withProposal(rec, key, award)
      }
    }
    if (eligible.includes('lao-dong-tien-tien')) ldtt++
    if (eligible.includes('chien-si-thi-dua-co-so')) cstdcs++
    const eff = ratingFacts(year, m.years[key], m.recruitedOn).effective
    if (eff && eff !== 'khong-hoan-thanh') completed++
    if (eff === 'hoan-thanh-xuat-sac') htxs++
    if (eff === 'hoan-thanh-tot') htt++
    for (const d of m.years[key]?.discipline ?? []) disciplined.push(m.name ? { form: d.form, name: m.name } : { form: d.form })
    const review: MemberReview = { eligible, verdicts }
    if (m.id !== undefined) review.id = m.id
    if (m.name !== undefined) review.name = m.name
    memberReviews.push(review)
  }

  const given = collective?.years[key]
  const cy: CollectiveYear = {
    members: given?.members ?? members.length,
    laoDongTienTien: given?.laoDongTienTien ?? ldtt,
    chienSiThiDuaCoSo: given?.chienSiThiDuaCoSo ?? cstdcs,
    tasksCompleted: given?.tasksCompleted ?? completed,
    disciplinedMembers: given && given.disciplinedMembers.length > 0 ? given.disciplinedMembers : disciplined,
    titles: given?.titles ?? [],
    commendations: given?.commendations ?? [],
  }
  if (given?.rating !== undefined) cy.rating = given.rating
  if (given?.emulationMovement !== undefined) cy.emulationMovement = given.emulationMovement
  if (given?.internalUnity !== undefined) cy.internalUnity = given.internalUnity
  const collectiveReview: CollectiveReview = {
    counts: { members: cy.members, laoDongTienTien: cy.laoDongTienTien ?? 0, chienSiThiDuaCoSo: cy.chienSiThiDuaCoSo ?? 0, tasksCompleted: cy.tasksCompleted ?? 0 },
    eligible: [],
    verdicts: [],
  }
  if (name !== undefined) collectiveReview.name = name
  if (cy.members > 0) {
    let crec: CollectiveRecord = { kind: 'collective', ...(collective?.id ? { id: collective.id } : {}), ...(name ? { name } : {}), years: { ...(collective?.years ?? {}), [key]: cy } }
    for (const award of COLLECTIVE_ORDER) {
      const v = judge(award, crec, eligibilityOptions)
      regime = v.regime
      collectiveReview.verdicts.push(v)
      if (v.ok) {
        collectiveReview.eligible.push(award)
        const y = crec.years[key]!
        crec = { ...crec, years: { ...crec.years, [key]: { ...y, titles: [...y.titles, { award, nature: 'cong-trang' }] } } }
      }
    }
  }
  for (const v of [...memberReviews.flatMap((m) => m.verdicts), ...collectiveReview.verdicts]) if (v.ok) addWarnings(v.warnings)
  const quota = quotaReport({ laoDongTienTien: ldtt, chienSiThiDuaCoSo: cstdcs, hoanThanhXuatSac: htxs, hoanThanhTot: htt }, quotaOptions, 'reviewUnit')
  const out: UnitReview = { year, regime: regime || quota.regime, members: memberReviews, collective: collectiveReview, quota, warnings }
  if (name !== undefined) out.name = name
  return out
}

function withProposal(rec: IndividualRecord, key: string, award: AwardId): IndividualRecord {
  const y = rec.years[key]
  if (!y) return rec
  if (y.titles.some((t) => t.award === award) || y.commendations.some((t) => t.award === award)) return rec
  const isTitle = !award.startsWith('bang-khen') && !award.startsWith('huan-chuong')
  const held = { award, nature: 'cong-trang' as const }
  const next = isTitle ? { ...y, titles: [...y.titles, held] } : { ...y, commendations: [...y.commendations, held] }
  return { ...rec, years: { ...rec.years, [key]: next } }
}

/**
 * The records of a list, read by index: a hole is named (forEach would skip
 * it, and a member would vanish from the counts without a word), and so is a
 * list too long to be a unit.
 */
function items(list: readonly unknown[], path: string): unknown[] {
  if (list.length > MAX_RECORD_LIST_LENGTH) throw invalidArgument(`${path}.length`, list.length, `at most MAX_RECORD_LIST_LENGTH = ${MAX_RECORD_LIST_LENGTH} records`)
  const out: unknown[] = []
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) throw wrongType(`${path}[${i}]`, undefined, 'a record (the list has a hole here)')
    out.push(list[i])
  }
  return out
}

/** Validate one record of the unit, naming its place in the message. */
function readRecord(r: unknown, path: string): EmulationRecord {
  const parsed = safeParseRecord(r)
  if (parsed.ok) return parsed.value
  const message = parsed.reason.en.replace(/^Invalid (type for )?record/, `Invalid $1${path}`)
  throw parsed.code === 'not-an-object' ? new TypeError(message) : new RangeError(message)
}
