import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { accentInsensitiveKey } from '../format/text.js'
import { AWARD_LABELS, HeldAwardIdSchema, type HeldAwardId } from './schema.js'

/**
 * Longest award text {@link safeParseAwardText} reads (characters); longer
 * text is refused at once with the code `'too-long'`, so a hostile cell
 * costs nothing.
 *
 * @example
 * ```ts
 * import { MAX_AWARD_TEXT_LENGTH, safeParseAwardText } from 'hanhchinh/emulation'
 * MAX_AWARD_TEXT_LENGTH //=> 200
 * safeParseAwardText('x'.repeat(201)) //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_AWARD_TEXT_LENGTH = 200

// Phrases folded to short forms before the lookup (applied once, left to
// right, on the accent-insensitive key): "Bằng khen của Chủ tịch Ủy ban
// nhân dân tỉnh" and "BK CT UBND tỉnh" meet at "bk ct ubnd tinh".
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bbang khen\b/g, 'bk'],
  [/\bgiay khen\b/g, 'gk'],
  [/\bhuan chuong\b/g, 'hc'],
  [/\bthu tuong chinh phu\b/g, 'ttg'],
  [/\bthu tuong\b/g, 'ttg'],
  [/\bchu tich\b/g, 'ct'],
  [/\bchinh phu\b/g, 'cp'],
  [/\bhc lao dong\b/g, 'hcld'],
  [/\bhc ld\b/g, 'hcld'],
  [/\bchien si thi dua\b/g, 'cstd'],
  [/\bcap\b/g, ''],
  [/\bcua\b/g, ''],
  [/\bdanh hieu\b/g, ''],
]

const ALIASES: Readonly<Record<HeldAwardId, readonly string[]>> = {
  'lao-dong-tien-tien': ['ldtt', 'lao dong tien tien'],
  'chien-si-tien-tien': ['cstt', 'chien si tien tien'],
  'chien-si-thi-dua-co-so': ['cstdcs', 'cstd cs', 'cstd co so'],
  'chien-si-thi-dua-cap-tinh': ['cstd tinh', 'cstdt', 'cstd bo', 'cstd bo nganh', 'cstd bo nganh tinh', 'cstd bo ban nganh tinh', 'cstd tinh bo nganh', 'cstd bo tinh'],
  'chien-si-thi-dua-toan-quoc': ['cstdtq', 'cstd tq', 'cstd toan quoc'],
  'tap-the-lao-dong-tien-tien': ['ttldtt', 'tt ldtt', 'tap the lao dong tien tien'],
  'tap-the-lao-dong-xuat-sac': ['ttldxs', 'tt ldxs', 'tap the lao dong xuat sac'],
  'bang-khen-chu-tich-ubnd-tinh': ['bk ubnd tinh', 'bk ct ubnd tinh', 'bk tinh', 'bk ct tinh', 'bkct ubnd tinh', 'bk ubnd', 'bk ct ubnd'],
  'bang-khen-thu-tuong': ['bkttg', 'bk ttg', 'bk tt', 'bk ttcp', 'bk tt cp', 'bk ttg cp'],
  'bang-khen-bo-nganh': ['bk bo', 'bk bo nganh', 'bk bo ban nganh', 'bk nganh'],
  'giay-khen': ['gk'],
  'co-thi-dua-cap-tinh': ['co thi dua tinh', 'co thi dua bo nganh tinh', 'co thi dua tinh bo nganh', 'ctd tinh'],
  'co-thi-dua-chinh-phu': ['co thi dua cp', 'ctd cp'],
  'huan-chuong-lao-dong-hang-ba': ['hcld hang ba', 'hcld hang 3', 'hcld hang iii', 'hcld iii', 'hcld 3'],
  'huan-chuong-lao-dong-hang-nhi': ['hcld hang nhi', 'hcld hang 2', 'hcld hang ii', 'hcld ii', 'hcld 2'],
  'huan-chuong-lao-dong-hang-nhat': ['hcld hang nhat', 'hcld hang 1', 'hcld hang i', 'hcld i', 'hcld 1'],
}

/** The lookup key of a text: accent-insensitive, words of letters and digits, phrases shortened. */
function key(text: string): string {
  let k = accentInsensitiveKey(text).replace(/[^a-z0-9]+/g, ' ')
  for (const [re, to] of PHRASES) k = k.replace(re, to)
  return k.replace(/ +/g, ' ').trim()
}

let table: Map<string, HeldAwardId> | undefined
function lookup(): Map<string, HeldAwardId> {
  if (table) return table
  const t = new Map<string, HeldAwardId>()
  for (const id of HeldAwardIdSchema.options) {
    for (const text of [id, AWARD_LABELS[id].vi, AWARD_LABELS[id].en, ...ALIASES[id]]) {
      const k = key(text)
      const previous = t.get(k)
      if (previous !== undefined && previous !== id) throw new Error(`award alias "${text}" is ambiguous (${previous}, ${id})`)
      t.set(k, id)
    }
  }
  return (table = t)
}

/**
 * Read an emulation title or commendation as staff lists and reports write
 * it — the abbreviation ("LĐTT", "CSTĐCS", "CSTĐ tỉnh", "TTLĐTT", "TTLĐXS",
 * "BK UBND tỉnh", "BKTTg", "HCLĐ hạng Ba", "GK"), the full name ("Bằng khen
 * của Chủ tịch Ủy ban nhân dân tỉnh", "Danh hiệu Lao động tiên tiến"), with
 * or without accents, in any case, or the ASCII id — to its id. Never
 * throws: anything else is a refusal in Vietnamese and English (code
 * `'unknown-award'`; `'not-text'` for input that is not a string;
 * `'too-long'` past {@link MAX_AWARD_TEXT_LENGTH}). Time is linear in the
 * text. {@link parseAwardText} is the throwing form.
 *
 * @example
 * ```ts
 * import { safeParseAwardText } from 'hanhchinh/emulation'
 * safeParseAwardText('CSTĐCS') //=> { ok: true, value: 'chien-si-thi-dua-co-so' }
 * safeParseAwardText('Bằng khen của Chủ tịch UBND tỉnh') //=> { ok: true, value: 'bang-khen-chu-tich-ubnd-tinh' }
 * safeParseAwardText('bang khen thu tuong chinh phu') //=> { ok: true, value: 'bang-khen-thu-tuong' }
 * safeParseAwardText('Huy chương vì sự nghiệp') //=> { ok: false, code: 'unknown-award' }
 * safeParseAwardText(12 as never) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeParseAwardText(text: string): ParseResult<HeldAwardId> {
  if (typeof text !== 'string') return refuse('Danh hiệu, hình thức khen thưởng phải là văn bản.', 'an award must be text', 'not-text')
  if (text.length > MAX_AWARD_TEXT_LENGTH) {
    return refuse(
      `Tên danh hiệu, hình thức khen thưởng dài ${text.length} ký tự, quá ${MAX_AWARD_TEXT_LENGTH} ký tự.`,
      `award text of ${text.length} characters, longer than ${MAX_AWARD_TEXT_LENGTH}`,
      'too-long',
    )
  }
  const id = lookup().get(key(text))
  if (id !== undefined) return accept(id)
  return refuse(
    `Không đọc được danh hiệu, hình thức khen thưởng "${text}" (ví dụ: LĐTT, CSTĐCS, CSTĐ tỉnh, CSTĐTQ, TTLĐTT, TTLĐXS, BK UBND tỉnh, BKTTg, HCLĐ hạng Ba, GK).`,
    'not an emulation title or commendation (e.g. LĐTT, CSTĐCS, CSTĐ tỉnh, CSTĐTQ, TTLĐTT, TTLĐXS, BK UBND tỉnh, BKTTg, HCLĐ hạng Ba, GK)',
    'unknown-award',
  )
}

/**
 * Read a title or commendation as {@link safeParseAwardText} does, returning
 * its id; text that is not an award is a `RangeError` (a `TypeError` for
 * input that is not text) naming the argument `text`, with the refusal's
 * `code` on the error.
 *
 * @example
 * ```ts
 * import { parseAwardText } from 'hanhchinh/emulation'
 * parseAwardText('LĐTT') //=> 'lao-dong-tien-tien'
 * parseAwardText('cstd tinh') //=> 'chien-si-thi-dua-cap-tinh'
 * parseAwardText('TTLĐXS') //=> 'tap-the-lao-dong-xuat-sac'
 * parseAwardText('HCLĐ hạng Ba') //=> 'huan-chuong-lao-dong-hang-ba'
 * parseAwardText('Giấy khen') //=> 'giay-khen'
 * parseAwardText('Giỏi') //=> throws RangeError: Invalid text: "Giỏi"
 * ```
 */
export function parseAwardText(text: string): HeldAwardId {
  return parseOrThrow(safeParseAwardText(text), 'text', text)
}
