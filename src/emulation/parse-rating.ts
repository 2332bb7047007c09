import { accentInsensitiveKey } from '../format/text.js'
import { accept, parseOrThrow, refuse, type ParseResult } from '../core/parse-result.js'
import type { RatingId } from './schema.js'
import { MAX_RATING_TEXT_LENGTH } from './schema/limits.js'

const fold = (s: string): string =>
  accentInsensitiveKey(s)
    .replace(/[^a-z]+/g, ' ')
    .trim()

const BY_TEXT: ReadonlyArray<[string, RatingId]> = [
  ['khong hoan thanh', 'khong-hoan-thanh'],
  ['kht', 'khong-hoan-thanh'],
  ['hoan thanh xuat sac', 'hoan-thanh-xuat-sac'],
  ['htxs', 'hoan-thanh-xuat-sac'],
  ['hoan thanh tot', 'hoan-thanh-tot'],
  ['htt', 'hoan-thanh-tot'],
  ['hoan thanh', 'hoan-thanh'],
  ['ht', 'hoan-thanh'],
]

/**
 * Read a quality rating as written in real exports and reports — the full
 * Vietnamese label ("Hoàn thành xuất sắc nhiệm vụ"), a short form ("Hoàn thành
 * tốt"), the abbreviation (HTXS, HTT, HT, KHT), with or without accents, in
 * any case — or the ASCII id. Never throws: anything else is a refusal with
 * its reason in Vietnamese and English (code `'unknown-rating'`, or
 * `'not-text'` for input that is not a string, or `'too-long'` for text over
 * {@link MAX_RATING_TEXT_LENGTH} characters, refused before it is read).
 * Linear in the length of the text. {@link parseRatingText} is the throwing
 * form.
 *
 * @example
 * ```ts
 * import { safeParseRatingText } from 'hanhchinh/emulation'
 * safeParseRatingText('Hoàn thành xuất sắc nhiệm vụ') //=> { ok: true, value: 'hoan-thanh-xuat-sac' }
 * safeParseRatingText('HTT') //=> { ok: true, value: 'hoan-thanh-tot' }
 * safeParseRatingText('Giỏi') //=> { ok: false, code: 'unknown-rating' }
 * safeParseRatingText('Giỏi').reason.vi.startsWith('Không đọc được') //=> true
 * safeParseRatingText('x'.repeat(1_000_000)) //=> { ok: false, code: 'too-long' }
 * ```
 */
export function safeParseRatingText(text: string): ParseResult<RatingId> {
  if (typeof text !== 'string') {
    return refuse('Kết quả xếp loại phải là văn bản.', 'a quality rating must be text', 'not-text')
  }
  if (text.length > MAX_RATING_TEXT_LENGTH) {
    return refuse(
      `Văn bản dài ${text.length} ký tự, quá giới hạn ${MAX_RATING_TEXT_LENGTH} ký tự của một kết quả xếp loại (MAX_RATING_TEXT_LENGTH).`,
      `${text.length} characters, longer than a quality rating can be (MAX_RATING_TEXT_LENGTH = ${MAX_RATING_TEXT_LENGTH})`,
      'too-long',
    )
  }
  const t = fold(text).replace(/ nhiem vu( duoc giao)?$/, '')
  for (const [key, id] of BY_TEXT) if (t === key) return accept(id)
  return refuse(
    `Không đọc được kết quả xếp loại chất lượng "${text}" (Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ, HTXS, HTT, HT, KHT).`,
    'not a quality rating (Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ, HTXS, HTT, HT, KHT)',
    'unknown-rating',
  )
}

/**
 * Read a quality rating as {@link safeParseRatingText} does, returning the
 * rating id itself; text that is not a rating is a `RangeError` (a
 * `TypeError` for input that is not text) naming the argument `text`, with
 * the refusal's `code` on the error.
 *
 * @example
 * ```ts
 * import { parseRatingText } from 'hanhchinh/emulation'
 * parseRatingText('Hoàn thành xuất sắc nhiệm vụ') //=> 'hoan-thanh-xuat-sac'
 * parseRatingText('HTT') //=> 'hoan-thanh-tot'
 * parseRatingText('khong hoan thanh nhiem vu') //=> 'khong-hoan-thanh'
 * parseRatingText('hoan-thanh') //=> 'hoan-thanh'
 * parseRatingText('Giỏi') //=> throws RangeError: Invalid text: "Giỏi"
 * ```
 */
export function parseRatingText(text: string): RatingId {
  return parseOrThrow(safeParseRatingText(text), 'text', text)
}
