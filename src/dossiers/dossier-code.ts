import { isIsoDate, type IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'

/**
 * A dossier code read in the national format
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` (NĐ 61/2018 Art 26; TT 01/2018/TT-VPCP
 * Art 19): the receiving agency's identifier code (TT 10/2016/TT-BTTTT), the
 * receipt date and the sequence number within that day.
 *
 * @example
 * ```ts
 * import { parseDossierCode, type ParsedDossierCode } from 'hanhchinh/dossiers'
 * const r = parseDossierCode('H15.50.05.13-261008-0975')
 * const p: ParsedDossierCode | undefined = r.ok ? r.value : undefined
 * p?.agency //=> 'H15.50.05.13'
 * ```
 */
export interface ParsedDossierCode {
  /** The code as given. */
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

/**
 * The result of {@link parseDossierCode}: the parts, or the reason the code
 * is not in the national format (a data error, returned not thrown).
 *
 * @example
 * ```ts
 * import { parseDossierCode, type DossierCodeResult } from 'hanhchinh/dossiers'
 * const r: DossierCodeResult = parseDossierCode('000.00.12.H15-240315-0001')
 * r.ok //=> true
 * ```
 */
export type DossierCodeResult =
  | { ok: true; value: ParsedDossierCode }
  | { ok: false; code: string; reason: Label }

const CODE_RE = /^([A-Z0-9]{2,3}(?:\.[A-Z0-9]{2,3}){0,3})-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/

/**
 * Read a dossier code (mã số hồ sơ) in the national format
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`. The agency part is one to four
 * dot-separated groups of 2–3 letters or digits; the date must exist (read as
 * 20YY); the sequence has 4 digits, or 5–7 as some ministry portals issue
 * (UNCONFIRMED convention). Codes in any other format give `{ ok: false }`
 * with a bilingual reason: they stay valid dossier codes, just opaque ones.
 *
 * @example
 * ```ts
 * import { parseDossierCode } from 'hanhchinh/dossiers'
 * parseDossierCode('H15.50.05.13-261008-0975')
 * //=> { ok: true, value: { agency: 'H15.50.05.13', receivedOn: '2026-10-08', sequence: 975, sequenceText: '0975' } }
 * parseDossierCode('H15.50.05.13-260230-0001').ok //=> false
 * parseDossierCode('HS/2026/123').ok //=> false
 * ```
 */
export function parseDossierCode(code: string): DossierCodeResult {
  const m = typeof code === 'string' ? CODE_RE.exec(code.trim()) : null
  if (!m) {
    return {
      ok: false,
      code: String(code),
      reason: {
        vi: 'Mã hồ sơ không theo định dạng V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX',
        en: 'Not in the national format V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX',
      },
    }
  }
  const [, agency, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string, string]
  const date = `20${yy}-${mm}-${dd}`
  if (!isIsoDate(date)) {
    return {
      ok: false,
      code,
      reason: { vi: `Ngày tiếp nhận trong mã không tồn tại: ${yy}${mm}${dd}`, en: `The receipt date in the code does not exist: ${yy}${mm}${dd}` },
    }
  }
  return {
    ok: true,
    value: { code, agency, agencyParts: agency.split('.'), receivedOn: date, sequence: Number(seq), sequenceText: seq },
  }
}
