// Name keys of units: accent-, case- and punctuation-insensitive, with the
// kind written in full or abbreviated ("Phường", "P.", "TT", "TP"). Internal.
import { accentInsensitiveKey } from '../format/text.js'
import type { UnitKind } from './schema.js'

/**
 * The comparison key of a unit name: accents folded (`đ` → `d`; both tone
 * placements `Hòa`/`Hoà` agree), lower case, apostrophes dropped (`D'Ran` =
 * `Dran`), every other non-alphanumeric character a single space.
 */
export function unitKey(text: string): string {
  return accentInsensitiveKey(text)
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The key of a province name: like {@link unitKey} without a leading "tỉnh"/"thành phố"/"TP" and without spaces. */
export function provinceKey(text: string): string {
  const key = unitKey(text).replace(/^(tinh|thanh pho|tp)\s+(?=\S)/, '')
  return key.replace(/\s+/g, '')
}

const CITY: readonly UnitKind[] = ['thanh-pho', 'thanh-pho-truc-thuoc-trung-uong']
/** Kind words and their abbreviations, longest first. */
const PREFIXES: ReadonlyArray<readonly [string, readonly UnitKind[]]> = [
  ['thanh pho', CITY],
  ['thi tran', ['thi-tran']],
  ['thi xa', ['thi-xa']],
  ['dac khu', ['dac-khu']],
  ['phuong', ['phuong']],
  ['huyen', ['huyen']],
  ['quan', ['quan']],
  ['tinh', ['tinh']],
  ['xa', ['xa']],
  ['tp', CITY],
  ['tt', ['thi-tran']],
  ['tx', ['thi-xa']],
  ['dk', ['dac-khu']],
  ['p', ['phuong']],
  ['q', ['quan']],
  ['h', ['huyen']],
  ['x', ['xa']],
]

/** One way to read a typed name: the key of the name and, when a kind word was written, the kinds it allows. */
export interface Reading {
  key: string
  kinds?: readonly UnitKind[]
}

/**
 * The ways a typed name can be read: as written (a name may itself begin with
 * a letter that abbreviates a kind, as "H Bông"), and with a leading kind word
 * or abbreviation taken as the kind ("P. Hồng Hà", "TT Phố Bảng", "P1").
 */
export function readings(text: string): Reading[] {
  const key = unitKey(text)
  const out: Reading[] = [{ key }]
  for (const [prefix, kinds] of PREFIXES) {
    if (key.startsWith(`${prefix} `) && key.length > prefix.length + 1) out.push({ key: key.slice(prefix.length + 1), kinds })
    else if (/^\d+$/.test(key.slice(prefix.length)) && key.startsWith(prefix) && key.length > prefix.length) {
      out.push({ key: key.slice(prefix.length), kinds })
    }
  }
  return out
}

/** The exact (accent-sensitive) key of a name: NFC, lower case, punctuation as spaces. */
export function exactKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
