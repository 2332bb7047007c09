import { accentInsensitiveKey } from '../format/text.js'
import type { RatingId } from './schema.js'

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
 * any case — or the ASCII id. Returns `undefined` for anything else (a data
 * error, for the caller to report), never throws.
 *
 * @example
 * ```ts
 * import { parseRatingText } from 'hanhchinh/emulation'
 * parseRatingText('Hoàn thành xuất sắc nhiệm vụ') //=> 'hoan-thanh-xuat-sac'
 * parseRatingText('HTT') //=> 'hoan-thanh-tot'
 * parseRatingText('khong hoan thanh nhiem vu') //=> 'khong-hoan-thanh'
 * parseRatingText('hoan-thanh') //=> 'hoan-thanh'
 * parseRatingText('Giỏi') //=> undefined
 * ```
 */
export function parseRatingText(text: string): RatingId | undefined {
  if (typeof text !== 'string') return undefined
  const t = fold(text).replace(/ nhiem vu( duoc giao)?$/, '')
  for (const [key, id] of BY_TEXT) if (t === key) return id
  return undefined
}
