import type { Label } from '../core/label.js'
import { readParseOptions, type ParseDocumentNumberOptions } from './number-options.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import {
  administrativeDocumentTypes,
  commonIssuers,
  historicalAbbreviations,
  type AdministrativeTypeId,
  type HistoricalAbbreviation,
  type LegalNormativeTypeId,
} from './catalogue.js'

/**
 * The parts shared by every parsed document number.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type DocumentNumberBase } from 'hanhchinh/documents'
 * const base: DocumentNumberBase = parseDocumentNumber('Số: 2/KH-VPUB')
 * base.number //=> '02'
 * base.sequence //=> 2
 * base.text //=> '02/KH-VPUB'
 * ```
 */
export interface DocumentNumberBase {
  /** The sequence number as written canonically: `'3162'`, `'02'` (leading zero below 10), `'66.22'`. */
  number: string
  /** The sequence number as an integer (the part before a dot): `3162`, `2`, `66`. */
  sequence: number
  /** The part after the dot of a dotted number (`66.22` → `22`), as written; `undefined` otherwise. */
  subNumber: string | undefined
  /** The canonical number and notation, as {@link formatDocumentNumber} writes it. */
  text: string
}

/**
 * An administrative document number (văn bản hành chính): number, type
 * abbreviation, issuer — `3162/QĐ-UBND`, `02/KH-VPUB`, `828/QĐ-TTg`
 * (Decree 30/2020/NĐ-CP Phụ lục I II.3). No year: the year comes from the
 * document date.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type AdministrativeDocumentNumber } from 'hanhchinh/documents'
 * const r = parseDocumentNumber('3162/QĐ-UBND')
 * const n: AdministrativeDocumentNumber | undefined = r.kind === 'administrative' ? r : undefined
 * n?.type //=> 'quyet-dinh'
 * n?.issuer //=> 'UBND'
 * ```
 */
export interface AdministrativeDocumentNumber extends DocumentNumberBase {
  kind: 'administrative'
  /** The type abbreviation in canonical form: `'QĐ'`, `'KH'`, `'QyĐ'`, `'TTr'`. */
  typeCode: string
  /** The type id from {@link administrativeDocumentTypes}. */
  type: AdministrativeTypeId
  /** Bilingual name of the type. */
  typeLabel: Label
  /** `true` when the abbreviation is a pre-2020 one ({@link historicalAbbreviations}). */
  historical: boolean
  /** The issuer abbreviation, the first group after the type: `'UBND'`, `'TTg'`, `'VPUB'`. */
  issuer: string
  /** All groups after the type abbreviation: `['UBND']`, or `['UBND', 'NC']` for `123/QĐ-UBND-NC`. */
  issuers: string[]
}

/**
 * The number of a công văn (official letter), which has no type
 * abbreviation: issuer abbreviation then drafting unit or field —
 * `12/UBND-VX`, `05/BNV-VP` (Decree 30/2020/NĐ-CP Phụ lục I II.3(b)).
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type OfficialLetterNumber } from 'hanhchinh/documents'
 * const r = parseDocumentNumber('12/UBND-VX')
 * const n: OfficialLetterNumber | undefined = r.kind === 'official-letter' ? r : undefined
 * n?.issuer //=> 'UBND'
 * n?.draftingUnit //=> 'VX'
 * ```
 */
export interface OfficialLetterNumber extends DocumentNumberBase {
  kind: 'official-letter'
  type: 'cong-van'
  /** Issuer abbreviation: `'UBND'`, `'VPCP'`. */
  issuer: string
  /** Drafting unit (or field) abbreviation: `'VX'`, `'KGVX'`; several groups are joined with `-`; `undefined` if absent. */
  draftingUnit: string | undefined
}

/**
 * A legal normative document number (văn bản quy phạm pháp luật):
 * number/year/notation — `61/2018/NĐ-CP`, `01/2018/TT-VPCP`,
 * `45/2019/QH14` (with the National Assembly term), `66.22/2026/NQ-CP`
 * (dotted number) — Law 80/2015/QH13 Art 10, Law 64/2025/QH15.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type LegalNormativeDocumentNumber } from 'hanhchinh/documents'
 * const r = parseDocumentNumber('45/2019/QH14')
 * const n: LegalNormativeDocumentNumber | undefined = r.kind === 'legal-normative' ? r : undefined
 * n?.term //=> 14
 * n?.year //=> 2019
 * ```
 */
export interface LegalNormativeDocumentNumber extends DocumentNumberBase {
  kind: 'legal-normative'
  /** The year in the notation: `2018`. */
  year: number
  /** The type abbreviation in canonical form (`'NĐ'`, `'TT'`, `'TTLT'`); `undefined` for `QH`/`UBTVQH` numbers. */
  typeCode: string | undefined
  /**
   * The type when the notation determines it (`NĐ-CP` → `'nghi-dinh'`); `undefined` when it
   * does not (`QH14` may be a code, a law or a resolution of the National Assembly) or the type code is unknown.
   */
  type: LegalNormativeTypeId | undefined
  /** The issuer: `'CP'`, `'VPCP'`, `'QH'`, `'UBTVQH'`; joint documents: the first issuer. */
  issuer: string
  /** All issuer groups: `['BTC', 'BNV']` for a joint circular `…/TTLT-BTC-BNV`. */
  issuers: string[]
  /** The National Assembly term (khóa) for `QH14`, `UBTVQH15` numbers; `undefined` otherwise. */
  term: number | undefined
}

/**
 * A parsed document number: a discriminated union on `kind`
 * (`'administrative'`, `'official-letter'`, `'legal-normative'`).
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type DocumentNumber } from 'hanhchinh/documents'
 * const n: DocumentNumber = parseDocumentNumber('61/2018/NĐ-CP')
 * n.kind //=> 'legal-normative'
 * ```
 */
export type DocumentNumber = AdministrativeDocumentNumber | OfficialLetterNumber | LegalNormativeDocumentNumber

export type { ParseDocumentNumberOptions } from './number-options.js'

interface TypeEntry {
  code: string
  id: AdministrativeTypeId
  label: Label
  historical: boolean
}

interface Tables {
  /** Upper-case code (Đ kept) → entry. */
  exact: Map<string, TypeEntry>
  /** Upper-case code with Đ folded to D → entry, only where unambiguous and different from an exact code. */
  folded: Map<string, TypeEntry>
}

let defaultTables: Tables | undefined
const customTables = new WeakMap<readonly HistoricalAbbreviation[], Tables>()
let issuerTable: { exact: Map<string, string>; folded: Map<string, string> } | undefined

const foldD = (s: string): string => s.replace(/Đ/g, 'D')

function buildTables(historical: readonly HistoricalAbbreviation[]): Tables {
  const types = administrativeDocumentTypes()
  const entries: TypeEntry[] = []
  for (const t of types) {
    if (t.abbreviation !== undefined && t.group !== 'pre-2020') entries.push({ code: t.abbreviation, id: t.id, label: t.label, historical: false })
  }
  const labelOf = new Map(types.map((t) => [t.id, t.label] as const))
  for (const h of historical) {
    if (entries.some((e) => e.code === h.abbreviation)) continue
    entries.push({ code: h.abbreviation, id: h.typeId, label: labelOf.get(h.typeId) ?? { vi: h.abbreviation, en: h.abbreviation }, historical: true })
  }
  const exact = new Map<string, TypeEntry>()
  for (const e of entries) exact.set(e.code.toUpperCase(), e)
  const foldedCount = new Map<string, number>()
  for (const e of entries) {
    const k = foldD(e.code.toUpperCase())
    foldedCount.set(k, (foldedCount.get(k) ?? 0) + 1)
  }
  const folded = new Map<string, TypeEntry>()
  for (const e of entries) {
    const k = foldD(e.code.toUpperCase())
    if (foldedCount.get(k) === 1 && !exact.has(k)) folded.set(k, e)
  }
  return { exact, folded }
}

function tablesFor(historical: readonly HistoricalAbbreviation[] | undefined): Tables {
  if (historical === undefined) return (defaultTables ??= buildTables(historicalAbbreviations()))
  let t = customTables.get(historical)
  if (t === undefined) {
    t = buildTables(historical)
    customTables.set(historical, t)
  }
  return t
}

function issuers(): { exact: Map<string, string>; folded: Map<string, string> } {
  if (issuerTable !== undefined) return issuerTable
  const exact = new Map<string, string>()
  const count = new Map<string, number>()
  const codes = [...commonIssuers().map((i) => i.code), 'NQLT', 'TTLT']
  for (const code of codes) {
    exact.set(code.toUpperCase(), code)
    const k = foldD(code.toUpperCase())
    count.set(k, (count.get(k) ?? 0) + 1)
  }
  const folded = new Map<string, string>()
  for (const code of codes) {
    const k = foldD(code.toUpperCase())
    if (count.get(k) === 1 && !exact.has(k)) folded.set(k, code)
  }
  issuerTable = { exact, folded }
  return issuerTable
}

/** Canonical spelling of an issuer or unit group: known codes restored (`TTG` → `TTg`, `HDND` → `HĐND`), others upper-cased. */
function canonicalIssuer(group: string): string {
  // groups arrive upper-cased
  const table = issuerTable ?? issuers()
  return table.exact.get(group) ?? table.folded.get(group) ?? group
}

function canonicalGroups(groups: readonly string[], from: number): string[] {
  const out: string[] = []
  for (let i = from; i < groups.length; i++) out.push(canonicalIssuer(groups[i] as string))
  return out
}

// Legal normative type codes used in notations (Law 80/2015 Art 10; Law 64/2025).
const LEGAL_TYPE_CODES: ReadonlyMap<string, string> = new Map([
  ['NĐ', 'NĐ'], ['ND', 'NĐ'], ['NQ', 'NQ'], ['QĐ', 'QĐ'], ['QD', 'QĐ'], ['TT', 'TT'], ['TTLT', 'TTLT'],
  ['NQLT', 'NQLT'], ['L', 'L'], ['CT', 'CT'],
])

const MINISTRY_LIKE = /^(B|UB|NHNN|TTCP|VPCP|TANDTC|VKSNDTC|KTNN)/

function legalType(typeCode: string, issuer: string): LegalNormativeTypeId | undefined {
  switch (typeCode) {
    case 'NĐ': return issuer === 'CP' ? 'nghi-dinh' : undefined
    case 'NQ':
      if (issuer === 'CP') return 'nghi-quyet-chinh-phu'
      if (issuer === 'HĐND') return 'nghi-quyet-hdnd'
      if (issuer === 'HĐTP') return 'nghi-quyet-hdtp'
      return undefined
    case 'QĐ':
      if (issuer === 'TTg') return 'quyet-dinh-thu-tuong'
      if (issuer === 'UBND') return 'quyet-dinh-ubnd'
      if (issuer === 'CTN') return 'quyet-dinh-chu-tich-nuoc'
      if (issuer === 'KTNN') return 'quyet-dinh-tong-kiem-toan'
      if (MINISTRY_LIKE.test(issuer)) return 'quyet-dinh-bo-truong'
      return undefined
    case 'TT': return 'thong-tu'
    case 'TTLT': return 'thong-tu-lien-tich'
    case 'NQLT': return 'nghi-quyet-lien-tich'
    case 'L': return issuer === 'CTN' ? 'lenh-chu-tich-nuoc' : undefined
    case 'CT': return 'chi-thi-qppl'
    default: return undefined
  }
}

// Dated rule: dotted sequence numbers ("66.22/2026/NQ-CP") exist from the year of this resolution on.
const DOTTED_NUMBERS = { fromYear: 2025, instrument: '206/2025/QH15' } as const

/**
 * The longest text {@link parseDocumentNumber} and
 * {@link safeParseDocumentNumber} read: 120 characters, prefix (`Số:`) and
 * spaces included. A number and notation is a few dozen characters at
 * most, even a joint circular with several issuer groups
 * (`…/2015/TTLT-BTC-BNV`); longer text is refused at once (code
 * `'too-long'`), naming this limit, before any other work — an import cell
 * of a megabyte costs nothing.
 *
 * @example
 * ```ts
 * import { MAX_DOCUMENT_NUMBER_LENGTH, safeParseDocumentNumber } from 'hanhchinh/documents'
 * MAX_DOCUMENT_NUMBER_LENGTH //=> 120
 * safeParseDocumentNumber('1'.repeat(121) + '/QĐ-UBND') //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_DOCUMENT_NUMBER_LENGTH = 120

const ASCII_ONLY = /^[\x20-\x7e]*$/
const PREFIX = /^(?:s[ốoô]\s*hi[ệe]u|so\s*hieu|s[ốoô]|no)\s*[:.]?\s*/i
const SPACES = /[\s\u00a0\u202f\u200b\ufeff]+/g
const DASHES = /[\u2010-\u2015\u2212\uff0d]/g
const COMBINING = /[\u0300-\u036f]/
const ODD_CHARS = /[\u00d0\u2010-\u2015\u2212\uff0d\uff0f]/
const HAS_SPACE = /[\s\u00a0\u202f\u200b\ufeff]/
const INVISIBLE = /[\u200b\ufeff]/g
const AROUND_SEPARATOR = /[\s\u00a0\u202f]*([/-])[\s\u00a0\u202f]*/g
const DIGITS_SPACE_DIGITS = /\d[\s\u00a0\u202f]+\d/
const NUMBER = /^(\d{1,7})(?:\.(\d{1,4}))?$/
const GROUP = /^[A-ZĐ][A-Z0-9Đ]*$/
const YEAR = /^\d{4}$/
const TERM = /^(UBTVQH|QH)(\d{1,2})$/
const CLEAN = /^(\d{1,7})\/(?:(\d{4})\/)?([A-Za-zĐđ][A-Za-z0-9Đđ]*(?:-[A-Za-zĐđ][A-Za-z0-9Đđ]*)*)$/

type Result = ParseResult<DocumentNumber>

/** Canonical sequence number: no leading zeros, one leading zero below 10 (Phụ lục I II.3). */
function canonicalNumber(main: string): string {
  const n = Number(main)
  return n < 10 ? `0${n}` : String(n)
}

/**
 * Parse a document number and notation (số, ký hiệu) as real text writes
 * it, and say which of three kinds it is:
 *
 * - `'administrative'` — `3162/QĐ-UBND`, `02/KH-VPUB`, `828/QĐ-TTg`:
 *   number, type abbreviation (`typeCode` in canonical form, `type` id),
 *   issuer (Decree 30/2020/NĐ-CP Art 15, Phụ lục I II.3, Phụ lục III);
 * - `'official-letter'` — `12/UBND-VX`: a công văn, whose notation has no
 *   type abbreviation: issuer and drafting unit;
 * - `'legal-normative'` — `61/2018/NĐ-CP`, `01/2018/TT-VPCP`,
 *   `45/2019/QH14` (with the National Assembly `term`), `66.22/2026/NQ-CP`
 *   (dotted number): number, year, type and issuer (Law 80/2015/QH13 Art 10,
 *   Law 64/2025/QH15).
 *
 * Tolerated and normalised: a `Số:` prefix, spaces (`3162 / QĐ - UBND`; a
 * space left between two groups stands for the dash: `3162/QĐ UBND` →
 * `3162/QĐ-UBND`; a space between digits of the number is refused),
 * lower case, `Đ` written as `D` (`QD` → `QĐ`, `ND-CP` → `NĐ-CP`, `HDND` →
 * `HĐND`, where this is unambiguous — `HD` stays hướng dẫn and `DA` dự án),
 * the look-alike `Ð` (U+00D0), Unicode NFD, typographic dashes, leading zeros
 * (`0002` → `02`), a trailing full stop. Pre-2020 abbreviations (UQ, NP,
 * TS, …; UNCONFIRMED list) parse with `historical: true`. Text longer than
 * {@link MAX_DOCUMENT_NUMBER_LENGTH} (120 characters) is refused at once.
 *
 * Returns the parsed number itself; text that is not a document number is
 * a `RangeError` (a `TypeError` for input that is not text) naming the
 * input and the reason. To test user text without a throw, use
 * {@link safeParseDocumentNumber}.
 *
 * @remarks A notation whose first group is not a known type abbreviation is
 * read as a công văn (issuer-unit). Issuer codes that coincide with a type
 * abbreviation (e.g. `CT` for a Cục Thuế) are therefore read as that type;
 * issuer codes are chosen by each body (Phụ lục I II.3) and cannot be told
 * apart from the number alone. For a dotted number the part before the dot
 * gets the leading zero below 10 like any number (`5.3` → `05.3`): UNCONFIRMED,
 * only numbers like `66.22` were seen.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'hanhchinh/documents'
 * parseDocumentNumber('3162/QĐ-UBND') //=> { kind: 'administrative', number: '3162', typeCode: 'QĐ', type: 'quyet-dinh', issuer: 'UBND' }
 * parseDocumentNumber('12/UBND-VX') //=> { kind: 'official-letter', issuer: 'UBND', draftingUnit: 'VX' }
 * parseDocumentNumber('61/2018/NĐ-CP') //=> { kind: 'legal-normative', year: 2018, typeCode: 'NĐ', type: 'nghi-dinh', issuer: 'CP' }
 * parseDocumentNumber('45/2019/QH14') //=> { kind: 'legal-normative', issuer: 'QH', term: 14, type: undefined }
 * parseDocumentNumber('66.22/2026/NQ-CP') //=> { number: '66.22', sequence: 66, subNumber: '22', year: 2026 }
 * parseDocumentNumber('Số: 2 / kh - vpub').text //=> '02/KH-VPUB'
 * parseDocumentNumber('828/QD-TTG') //=> { typeCode: 'QĐ', issuer: 'TTg', text: '828/QĐ-TTg' }
 * parseDocumentNumber('QĐ-UBND') //=> throws RangeError: Invalid text: "QĐ-UBND" (Missing "/" between number and notation)
 * parseDocumentNumber('3162/QĐ-UBND', { historicalAbbreviation: [] } as never) //=> throws RangeError: did you mean "historicalAbbreviations"?
 * ```
 */
export function parseDocumentNumber(text: string, options?: ParseDocumentNumberOptions): DocumentNumber {
  return parseOrThrow(safeParseDocumentNumber(text, options), 'text', text)
}

/**
 * Read a document number like {@link parseDocumentNumber}, without
 * throwing on data: `{ ok: true, value }` with the parsed number, or
 * `{ ok: false, reason: { vi, en } }` for anything that is not a document
 * number (input that is not text included). Only bad options throw.
 *
 * @example
 * ```ts
 * import { safeParseDocumentNumber } from 'hanhchinh/documents'
 * safeParseDocumentNumber('3162/QĐ-UBND') //=> { ok: true, value: { kind: 'administrative', typeCode: 'QĐ', issuer: 'UBND' } }
 * safeParseDocumentNumber('ngày 20/12/2021') //=> { ok: false }
 * safeParseDocumentNumber('QĐ-UBND').ok //=> false
 * safeParseDocumentNumber(3162) //=> { ok: false, code: 'not-text' }
 * const r = safeParseDocumentNumber('0/QĐ-UBND')
 * r.ok ? r.value.text : r.reason.en //=> 'Sequence numbers start at 01, not 0'
 * ```
 */
export function safeParseDocumentNumber(text: unknown, options?: ParseDocumentNumberOptions): ParseResult<DocumentNumber> {
  const historical = readParseOptions(options, 'safeParseDocumentNumber')
  if (typeof text !== 'string') return refuse('Số, ký hiệu phải là chuỗi ký tự', 'a document number must be a string', 'not-text')
  if (text.length > MAX_DOCUMENT_NUMBER_LENGTH) {
    return refuse(
      `Chuỗi dài ${text.length} ký tự, quá giới hạn ${MAX_DOCUMENT_NUMBER_LENGTH} ký tự của số, ký hiệu văn bản`,
      `Text of ${text.length} characters is longer than the ${MAX_DOCUMENT_NUMBER_LENGTH} characters a document number may have`,
      'too-long',
    )
  }
  // Fast path: text already written without prefix, spaces or odd characters.
  const clean = CLEAN.exec(text)
  if (clean !== null) {
    const notation = (clean[3] as string).toUpperCase()
    return finish(clean[1] as string, undefined, clean[2], notation, notation.split('-'), historical)
  }
  let s = text
  if (!ASCII_ONLY.test(s)) {
    if (COMBINING.test(s)) s = s.normalize('NFC')
    if (ODD_CHARS.test(s)) s = s.replace(/\u00d0/g, 'Đ').replace(DASHES, '-').replace(/\uff0f/g, '/')
  }
  s = s.trim()
  if (s.length === 0) return refuse('Số, ký hiệu trống', 'The document number is empty')
  const c0 = s.charCodeAt(0)
  if (c0 < 48 || c0 > 57) s = s.replace(PREFIX, '')
  if (s.endsWith('.') || s.endsWith(',') || s.endsWith(';')) s = s.slice(0, -1)
  if (HAS_SPACE.test(s)) {
    s = s.replace(INVISIBLE, '').trim().replace(AROUND_SEPARATOR, '$1')
    const slash = s.indexOf('/')
    const head = slash < 0 ? s : s.slice(0, slash)
    if (DIGITS_SPACE_DIGITS.test(head)) {
      return refuse(`Số thứ tự "${head}" có khoảng trắng giữa các chữ số`, `Sequence number "${head}" has a space between its digits`)
    }
    // a space left between two groups of the notation stands for the "-" ("3162/QĐ UBND"); it never joins them
    s = slash < 0 ? head.replace(SPACES, '') : head.replace(SPACES, '') + s.slice(slash).replace(SPACES, '-')
  }
  s = s.toUpperCase()
  const parts = s.split('/')
  if (parts.length < 2) return refuse('Thiếu dấu "/" giữa số và ký hiệu', 'Missing "/" between number and notation')
  if (parts.length > 3) return refuse('Quá nhiều dấu "/"', 'Too many "/" separators')
  const m = NUMBER.exec(parts[0] ?? '')
  if (m === null) return refuse(`Số thứ tự "${parts[0] ?? ''}" không phải là chữ số Ả Rập`, `Sequence number "${parts[0] ?? ''}" is not in Arabic digits`)
  const notation = parts[parts.length - 1] ?? ''
  if (notation.length === 0) return refuse('Thiếu ký hiệu sau dấu "/"', 'Missing notation after "/"')
  const groups = notation.split('-')
  for (const g of groups) {
    if (!GROUP.test(g)) {
      return refuse(`Nhóm ký hiệu "${g}" không hợp lệ (chỉ gồm chữ cái và chữ số, bắt đầu bằng chữ cái)`, `Notation group "${g}" is invalid (letters and digits, starting with a letter)`)
    }
  }
  return finish(m[1] as string, m[2], parts.length === 3 ? (parts[1] ?? '') : undefined, notation, groups, historical)
}

/** The common tail of both paths: number, year and notation groups (upper case, each a valid group). */
function finish(
  main: string, sub: string | undefined, yearText: string | undefined, notation: string, groups: string[],
  historical: readonly HistoricalAbbreviation[] | undefined,
): Result {
  const sequence = Number(main)
  if (sequence === 0) return refuse('Số thứ tự bắt đầu từ 01, không thể là 0', 'Sequence numbers start at 01, not 0')
  const number = sub === undefined ? canonicalNumber(main) : `${canonicalNumber(main)}.${sub}`
  if (yearText !== undefined) {
    if (!YEAR.test(yearText)) return refuse(`Năm "${yearText}" phải có 4 chữ số`, `Year "${yearText}" must have 4 digits`)
    const year = Number(yearText)
    if (year < 1945 || year > 2200) return refuse(`Năm ${year} nằm ngoài khoảng 1945–2200`, `Year ${year} is outside 1945–2200`)
    if (sub !== undefined && year < DOTTED_NUMBERS.fromYear) {
      return refuse(
        `Số có dấu chấm chỉ dùng từ năm ${DOTTED_NUMBERS.fromYear} (Nghị quyết ${DOTTED_NUMBERS.instrument})`,
        `Dotted numbers are only used from ${DOTTED_NUMBERS.fromYear} (Resolution ${DOTTED_NUMBERS.instrument})`,
      )
    }
    const first = groups[0] as string
    const t = groups.length === 1 ? TERM.exec(first) : null
    if (t !== null) {
      const issuer = t[1] === 'QH' ? 'QH' : 'UBTVQH'
      const term = Number(t[2])
      if (term === 0) return refuse('Khóa Quốc hội phải từ 1', 'The National Assembly term starts at 1')
      const value: LegalNormativeDocumentNumber = {
        kind: 'legal-normative', number, sequence, subNumber: sub, year, typeCode: undefined, type: undefined,
        issuer, issuers: [issuer], term, text: `${number}/${year}/${issuer}${term}`,
      }
      return accept(value)
    }
    if (groups.length < 2) return refuse(`Ký hiệu "${notation}" thiếu tên loại hoặc cơ quan ban hành`, `Notation "${notation}" lacks the type or the issuer`)
    const typeCode = LEGAL_TYPE_CODES.get(first) ?? tablesFor(historical).exact.get(first)?.code ?? first
    const issuerGroups = canonicalGroups(groups, 1)
    const issuer = issuerGroups[0] as string
    const value: LegalNormativeDocumentNumber = {
      kind: 'legal-normative', number, sequence, subNumber: sub, year, typeCode, type: legalType(typeCode, issuer),
      issuer, issuers: issuerGroups, term: undefined, text: `${number}/${year}/${typeCode}-${issuerGroups.join('-')}`,
    }
    return accept(value)
  }
  if (sub !== undefined) return refuse('Số có dấu chấm chỉ gặp ở văn bản quy phạm pháp luật có năm', 'Dotted numbers occur only in legal normative numbers with a year')
  const first = groups[0] as string
  const tables = tablesFor(historical)
  const entry = tables.exact.get(first) ?? tables.folded.get(first)
  if (entry !== undefined) {
    if (groups.length < 2) return refuse(`Ký hiệu "${notation}" thiếu chữ viết tắt tên cơ quan ban hành`, `Notation "${notation}" lacks the issuer abbreviation`)
    const issuerGroups = canonicalGroups(groups, 1)
    const value: AdministrativeDocumentNumber = {
      kind: 'administrative', number, sequence, subNumber: undefined, typeCode: entry.code, type: entry.id, typeLabel: entry.label,
      historical: entry.historical, issuer: issuerGroups[0] as string, issuers: issuerGroups,
      text: `${number}/${entry.code}-${issuerGroups.join('-')}`,
    }
    return accept(value)
  }
  const issuer = canonicalIssuer(first)
  const unitGroups = canonicalGroups(groups, 1)
  const draftingUnit = unitGroups.length === 0 ? undefined : unitGroups.join('-')
  const value: OfficialLetterNumber = {
    kind: 'official-letter', number, sequence, subNumber: undefined, type: 'cong-van', issuer, draftingUnit,
    text: draftingUnit === undefined ? `${number}/${issuer}` : `${number}/${issuer}-${draftingUnit}`,
  }
  return accept(value)
}
