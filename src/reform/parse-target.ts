import { readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import { wrongType } from '../core/errors.js'
import { accentInsensitiveKey, normalizeVietnamese } from '../format/text.js'
import type { Comparator, Target } from './schema.js'

/**
 * Options of {@link parseTarget} and {@link safeParseTarget}.
 *
 * @example
 * ```ts
 * import type { ParseTargetOptions } from 'hanhchinh/reform'
 * const o: ParseTargetOptions = { id: 'ho-so-dung-han' }
 * o.id //=> 'ho-so-dung-han'
 * ```
 */
export interface ParseTargetOptions {
  /** The id of the target; by default a slug of the wording. */
  id?: string | undefined
}

const OPTION_NAMES: OptionNames<ParseTargetOptions> = { id: true }

/**
 * The longest target wording {@link parseTarget} reads: 1,000 characters.
 * A target (chỉ tiêu) of a plan or resolution is one sentence, a few hundred
 * characters at most; longer text is refused at once (code `'too-long'`),
 * naming this limit, before any other work.
 *
 * @example
 * ```ts
 * import { MAX_TARGET_LENGTH, safeParseTarget } from 'hanhchinh/reform'
 * MAX_TARGET_LENGTH //=> 1000
 * safeParseTarget('Trên 80% hồ sơ đúng hạn. ' + 'x'.repeat(1000)) //=> { ok: false, code: 'too-long' }
 * ```
 */
export const MAX_TARGET_LENGTH = 1000

// Comparator words, matched on accent-folded lower-case text at the end of
// the words before the number. Negated forms come before the plain ones
// ("không dưới" before "dưới", "không vượt quá" before "vượt").
const BEFORE: ReadonlyArray<readonly [string, Comparator | 'reach']> = [
  ['khong vuot qua', '<='],
  ['khong qua', '<='],
  ['toi da', '<='],
  ['khong cao hon', '<='],
  ['khong lon hon', '<='],
  ['khong nhieu hon', '<='],
  ['nho hon hoac bang', '<='],
  ['khong duoi', '>='],
  ['khong thap hon', '>='],
  ['khong it hon', '>='],
  ['lon hon hoac bang', '>='],
  ['it nhat', '>='],
  ['toi thieu', '>='],
  ['tu', '>='],
  ['cao hon', '>'],
  ['lon hon', '>'],
  ['nhieu hon', '>'],
  ['thap hon', '<'],
  ['nho hon', '<'],
  ['it hon', '<'],
  ['vuot', '>'],
  ['tren', '>'],
  ['hon', '>'],
  ['duoi', '<'],
  ['bang', '='],
  ['dat', 'reach'],
  ['phan dau', 'reach'],
]

const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)`

function toDecimalString(token: string): string {
  // Vietnamese style: "." groups thousands, "," is the decimal mark; a lone
  // "." followed by 1–2 digits is read as a decimal point ("84.79").
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(token)) return token.replace(/\./g, '').replace(',', '.')
  return token.replace(',', '.')
}

function slug(folded: string): string {
  const s = folded.replace(/%/g, ' phan tram ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return (s.length > 60 ? s.slice(0, 60).replace(/-[^-]*$/, '') : s) || 'chi-tieu'
}

/**
 * Read the Vietnamese wording of a target (chỉ tiêu) of a plan or
 * resolution into a {@link Target}. The words before the figure decide the
 * comparison, literally:
 *
 * - "trên", "hơn", "vượt", "cao hơn" → `>` (strictly: "trên 80%" is not met by 80%)
 * - "từ … trở lên", "ít nhất", "tối thiểu", "không dưới", "không thấp hơn" → `>=`
 * - "dưới", "thấp hơn", "ít hơn" → `<`
 * - "không quá", "không vượt quá", "tối đa", "… trở xuống" → `<=`
 * - "đạt 100%", "100% …" → `=`; "đạt N%", "phấn đấu (đạt) N%" or a bare
 *   "N% …" with N below 100 → `>=` (reaching N counts as meeting it — a
 *   reading, UNCONFIRMED in any instrument; see docs/reform.md)
 * - "trong nhóm 16", "top 10", "tốp 5", "xếp thứ 10 trở lên" → rank `<=`;
 *   "dẫn đầu", "đứng đầu" → rank `<= 1`
 *
 * A figure followed by "%" (or "phần trăm") is a ratio, otherwise a count.
 * Years ("năm 2022", "/2022") are ignored. Case and diacritics are ignored;
 * the original wording is kept in `text`.
 *
 * Wording that names no figure, or is longer than
 * {@link MAX_TARGET_LENGTH}, is refused: a `RangeError` naming the text
 * and the reason ({@link safeParseTarget} returns the refusal instead).
 *
 * @example
 * ```ts
 * import { parseTarget } from 'hanhchinh/reform'
 * parseTarget('Trên 80% hồ sơ đảm bảo thời gian quy định') //=> { metric: 'ratio', comparator: '>', value: '80' }
 * parseTarget('Phấn đấu 80% tập thể đạt danh hiệu Tập thể lao động tiên tiến') //=> { metric: 'ratio', comparator: '>=', value: '80' }
 * parseTarget('Chỉ số cải cách TTHC trong nhóm 16 tỉnh/thành', { id: 'par' }) //=> { id: 'par', metric: 'rank', comparator: '<=', value: '16' }
 * parseTarget('Đạt 100% thủ tục được công khai') //=> { comparator: '=', value: '100' }
 * parseTarget('Tỷ lệ hồ sơ trễ hạn dưới 1,5%') //=> { comparator: '<', value: '1.5' }
 * parseTarget('Từ 95% trở lên hồ sơ được số hóa') //=> { comparator: '>=', value: '95' }
 * parseTarget('Nâng cao chất lượng phục vụ') //=> throws RangeError: No target figure found
 * parseTarget('Trên 80%', { ID: 'x' } as never) //=> throws RangeError: Unknown option "ID" of parseTarget
 * ```
 */
export function parseTarget(text: string, options?: ParseTargetOptions): Target {
  return parseOrThrow(readTarget(text, options, 'parseTarget'), 'text', text)
}

/**
 * Read the wording of a target like {@link parseTarget}, without throwing
 * on the wording: `{ ok: true, value }` with the target, or
 * `{ ok: false, reason }` (input that is not text included). Only bad
 * options throw.
 *
 * @example
 * ```ts
 * import { safeParseTarget } from 'hanhchinh/reform'
 * safeParseTarget('Trên 80% hồ sơ đúng hạn') //=> { ok: true, value: { metric: 'ratio', comparator: '>', value: '80' } }
 * safeParseTarget('Nâng cao chất lượng phục vụ') //=> { ok: false, code: 'no-figure' }
 * safeParseTarget(80) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeParseTarget(text: unknown, options?: ParseTargetOptions): ParseResult<Target> {
  return readTarget(text, options, 'safeParseTarget')
}

function readTarget(text: unknown, options: ParseTargetOptions | undefined, where: string): ParseResult<Target> {
  const { id: givenId } = readOptions(options, OPTION_NAMES, where)
  if (givenId !== undefined && (typeof givenId !== 'string' || givenId === '')) throw wrongType('options.id', givenId, 'a non-empty string')
  if (typeof text !== 'string') return refuse('Chỉ tiêu phải là chuỗi ký tự', 'a target must be text', 'not-text')
  if (text.length > MAX_TARGET_LENGTH) {
    return refuse(
      `Chuỗi dài ${text.length} ký tự, quá giới hạn ${MAX_TARGET_LENGTH} ký tự của một chỉ tiêu`,
      `Text of ${text.length} characters is longer than the ${MAX_TARGET_LENGTH} characters a target may have`,
      'too-long',
    )
  }
  const original = normalizeVietnamese(text)
  const fail = (vi: string, en: string, code: string): ParseResult<Target> => refuse(`${vi}: "${original}"`, `${en}: "${original}"`, code)
  if (original === '') return fail('Chỉ tiêu trống', 'Empty target', 'empty')
  const folded = accentInsensitiveKey(original)
    .replace(/\btop\b/g, 'top')
    .replace(/\b(?:nam|giai doan) \d{4}(?:\s*-\s*\d{4})?\b/g, ' ')
    .replace(/\/\d{4}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const id = givenId ?? slug(accentInsensitiveKey(original))
  const make = (metric: Target['metric'], comparator: Comparator, value: string): ParseResult<Target> =>
    accept({ id, metric, comparator, value, text: original })

  // rank / group
  let m = /\b(?:dan dau|dung dau|xep thu nhat|dung thu nhat|dung dau ca nuoc)\b/.exec(folded)
  const group = /\b(?:nhom|top)\s+(\d+)\b/.exec(folded)
  const place = /\b(?:xep|dung|giu vung|duy tri)\s+(?:o\s+)?(?:vi tri\s+)?(?:thu|hang|thu hang)\s+(\d+)\b/.exec(folded)
  if (group) return make('rank', '<=', String(Number(group[1])))
  if (place) return make('rank', '<=', String(Number(place[1])))
  if (m) return make('rank', '<=', '1')

  const re = new RegExp(String.raw`(?:^|[^\d.,])${NUMBER}\s*(%|phan tram)?`, 'g')
  m = re.exec(folded)
  if (!m) return fail('Không thấy con số chỉ tiêu', 'No target figure found', 'no-figure')
  const token = m[1]!
  const isPercent = m[2] !== undefined
  const value = toDecimalString(token)
  const start = m.index + m[0].indexOf(token)
  const before = folded.slice(0, start).trim()
  const after = folded.slice(m.index + m[0].length).trim()
  const metric = isPercent || /\bty le\b/.test(before) ? 'ratio' : 'count'
  const isHundred = metric === 'ratio' && Number(value) === 100

  if (/^tro len\b/.test(after)) return make(metric, '>=', value)
  if (/^tro xuong\b/.test(after)) return make(metric, '<=', value)
  for (const [words, comparator] of BEFORE) {
    if (before === words || before.endsWith(` ${words}`)) {
      if (comparator === 'reach') return make(metric, isHundred ? '=' : '>=', value)
      return make(metric, comparator, value)
    }
  }
  return make(metric, isHundred ? '=' : '>=', value)
}
