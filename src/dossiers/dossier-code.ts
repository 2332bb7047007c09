import { describeValue } from '../core/errors.js'
import { isIsoDate, type IsoDate } from '../core/iso-date.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'

/**
 * A dossier code read in the national format
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` (NĐ 61/2018 Art 26; TT 01/2018/TT-VPCP
 * Art 19): the receiving agency's identifier code (TT 10/2016/TT-BTTTT), the
 * receipt date and the sequence number within that day.
 *
 * @example
 * ```ts
 * import { parseDossierCode, type ParsedDossierCode } from 'hanhchinh/dossiers'
 * const p: ParsedDossierCode = parseDossierCode('H15.50.05.13-261008-0975')
 * p.agency //=> 'H15.50.05.13'
 * ```
 */
export interface ParsedDossierCode {
  /** The code as given (surrounding spaces removed). */
  code: string
  /** The agency identifier code, e.g. `'H15.50.05.13'`. */
  agency: string
  /** The identifier split on dots: `['H15', '50', '05', '13']`. */
  agencyParts: string[]
  /** Receipt date from `YYMMDD`, read as 20YY. */
  receivedOn: IsoDate
  /** Sequence number within the day. */
  sequence: number
  /** The sequence as written (keeps leading zeros). */
  sequenceText: string
}

const CODE_RE = /^([A-Z0-9]{2,3}(?:\.[A-Z0-9]{2,3}){0,3})-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/

/**
 * Read a dossier code (mã số hồ sơ) in the national format
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`. The agency part is one to four
 * dot-separated groups of 2–3 letters or digits; the date must exist (read as
 * 20YY); the sequence has 4 digits, or 5–7 as some ministry portals issue
 * (UNCONFIRMED convention). Codes in any other format are refused with a
 * bilingual reason and a `code` (`'not-national-format'`,
 * `'receipt-date-invalid'`, `'not-text'`): they stay valid dossier codes,
 * just opaque ones. Never throws; {@link parseDossierCode} throws instead.
 *
 * @example
 * ```ts
 * import { safeParseDossierCode } from 'hanhchinh/dossiers'
 * safeParseDossierCode('H15.50.05.13-261008-0975')
 * //=> { ok: true, value: { agency: 'H15.50.05.13', receivedOn: '2026-10-08', sequence: 975, sequenceText: '0975' } }
 * safeParseDossierCode('H15.50.05.13-260230-0001') //=> { ok: false, code: 'receipt-date-invalid' }
 * safeParseDossierCode('HS/2026/123').ok //=> false
 * ```
 */
export function safeParseDossierCode(text: unknown): ParseResult<ParsedDossierCode> {
  if (typeof text !== 'string') {
    return refuse(`cần văn bản mã hồ sơ, nhận được ${describeValue(text)}`, `expected the text of a dossier code, received ${describeValue(text)}`, 'not-text')
  }
  const code = text.trim()
  const m = CODE_RE.exec(code)
  if (!m) {
    return refuse(
      'Mã hồ sơ không theo định dạng V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX',
      'Not in the national format V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX',
      'not-national-format',
    )
  }
  const [, agency, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string, string]
  const date = `20${yy}-${mm}-${dd}`
  if (!isIsoDate(date)) {
    return refuse(
      `Ngày tiếp nhận trong mã không tồn tại: ${yy}${mm}${dd}`,
      `The receipt date in the code does not exist: ${yy}${mm}${dd}`,
      'receipt-date-invalid',
    )
  }
  return accept({ code, agency, agencyParts: agency.split('.'), receivedOn: date, sequence: Number(seq), sequenceText: seq })
}

/**
 * Read a dossier code in the national format (see {@link safeParseDossierCode}),
 * or throw: a `RangeError` naming the code and the reason, a `TypeError` when
 * it is not text. The error carries the refusal's `code`.
 *
 * @example
 * ```ts
 * import { parseDossierCode } from 'hanhchinh/dossiers'
 * parseDossierCode('000.00.12.H15-240315-0001').receivedOn //=> '2024-03-15'
 * parseDossierCode('H15.50.05.13-261008-0975').agencyParts //=> ['H15', '50', '05', '13']
 * parseDossierCode('HS/2026/123') //=> throws RangeError: Invalid dossier code: "HS/2026/123" (Not in the national format
 * ```
 */
export function parseDossierCode(text: string): ParsedDossierCode {
  return parseOrThrow(safeParseDossierCode(text), 'dossier code', text)
}
