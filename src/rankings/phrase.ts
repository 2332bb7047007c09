import { Decimal } from '../core/decimal.js'
import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { accept, parseOrThrow, refuse, type ParseFailure, type ParseSuccess } from '../core/parse-result.js'
import { rankChangePhrase, scoreChangePhrase } from './change.js'
import { foldVietnamese, formatDecimal } from './text.js'

/**
 * A rank phrase as structured data:
 * - `place` — "xếp thứ 19/63" → `{ rank: 19, of: 63 }`; "đứng đầu" →
 *   `{ rank: 1, position: 'first' }`; "đứng cuối" → `{ position: 'last' }`
 *   (with `rank = of` when the total is given); "á quân" → `{ rank: 2 }`.
 * - `change` — "tăng 7 bậc" → `{ change: 7 }`, "giảm 3 bậc" → `{ change: -3 }`,
 *   "giữ nguyên" → `{ change: 0 }` (change = previous rank − current rank).
 * - `score-change` — "tăng 2,46 điểm %" → `{ change: '2.46', unit: 'percentage-points' }`.
 * - `top-group` — "nhóm 16 tỉnh dẫn đầu", "tốp 10" → `{ k: 16 }`; "nhóm dẫn
 *   đầu", "tốp đầu" (a leading group of unstated size, not rank 1) → `{}`
 *   without `k`.
 *
 * @example
 * ```ts
 * import { parseRankPhrase, type RankPhrase } from 'hanhchinh/rankings'
 * const p: RankPhrase = parseRankPhrase('xếp thứ 19/63')
 * p //=> { kind: 'place', rank: 19, of: 63 }
 * ```
 */
export type RankPhrase =
  | { kind: 'place'; rank?: number; of?: number; position?: 'first' | 'last' }
  | { kind: 'change'; change: number }
  | { kind: 'score-change'; change: Decimal; unit: 'points' | 'percentage-points' }
  | { kind: 'top-group'; k?: number }

/**
 * A refusal of {@link safeParseRankPhrase}: the core {@link ParseFailure}
 * (`reason` in Vietnamese and English) with its stable `code` —
 * `'not-text'` (not a string), `'empty'`, `'unrecognised'` (no rank phrase
 * in it) or `'out-of-range'` (a place that cannot exist, such as
 * "xếp thứ 64/63").
 *
 * @example
 * ```ts
 * import { safeParseRankPhrase, type RankPhraseFailure } from 'hanhchinh/rankings'
 * const r = safeParseRankPhrase('xếp thứ 64/63')
 * const code: RankPhraseFailure['code'] | undefined = r.ok ? undefined : r.code
 * code //=> 'out-of-range'
 * ```
 */
export interface RankPhraseFailure extends ParseFailure {
  readonly code: 'not-text' | 'empty' | 'unrecognised' | 'out-of-range'
}

function refusal(vi: string, en: string, code: RankPhraseFailure['code']): RankPhraseFailure {
  return refuse(vi, en, code) as RankPhraseFailure
}

interface Hit {
  start: number
  end: number
  phrase: RankPhrase
}

const NUM = '(\\d{1,6})'
const SEP = '\\s*(?:/|tren|trong so|trong tong so|of|out of)\\s*'

type Rule = [RegExp, (m: RegExpExecArray) => RankPhrase | undefined]

const int = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number.parseInt(s, 10))

function place(rank: number | undefined, of: number | undefined, position?: 'first' | 'last'): RankPhrase | undefined {
  if (rank !== undefined && (rank < 1 || (of !== undefined && rank > of))) return undefined
  if (of !== undefined && of < 1) return undefined
  const p: RankPhrase = { kind: 'place' }
  if (rank !== undefined) p.rank = rank
  if (of !== undefined) p.of = of
  if (position !== undefined) p.position = position
  return p
}

// Rules on the folded text (lower case, no accents, đ → d). Order breaks ties
// between matches starting at the same place (first rule wins).
let rules: Rule[] | undefined

function getRules(): Rule[] {
  rules ??= [
    // top groups: "nhóm 16 tỉnh dẫn đầu", "tốp 10", "top 5", "in the top 10"
    [new RegExp(`\\b(?:nhom|top)\\s*${NUM}(?:\\s+(?:tinh|thanh pho|tinh thanh|tinh, thanh pho|dia phuong|don vi|so|bo|xa|phuong))*(?:\\s+(?:dan dau|dung dau|cao nhat|tot nhat))?\\b`, 'g'),
      (m) => { const k = int(m[1])!; return k >= 1 ? { kind: 'top-group', k } : undefined }],
    // a leading group of unstated size: "nhóm dẫn đầu", "nhóm các tỉnh dẫn đầu", "tốp đầu" — not rank 1
    [/\b(?:nhom|top)(?:\s+(?:cac|nhung))?(?:\s+(?:tinh|thanh pho|tinh thanh|tinh, thanh pho|dia phuong|don vi|so|bo|xa|phuong))*\s+(?:dan dau|dung dau|dau)\b/g,
      () => ({ kind: 'top-group' })],
    // score changes: "tăng 1,42 điểm", "giảm 0,83 điểm %", "up 2.46 percentage points"
    [/\b(tang|giam|up|down)\s+(\d+(?:[.,]\d+)?)\s*(diem\s*%|diem phan tram|percentage points?|points?|diem|%)/g,
      (m) => {
        const n = new Decimal(m[2]!.replace(',', '.'))
        const unit = /%|phan tram|percentage/.test(m[3]!) ? 'percentage-points' : 'points'
        return { kind: 'score-change', change: m[1] === 'giam' || m[1] === 'down' ? n.negated() : n, unit }
      }],
    // rank changes
    [/\b(?:tang|vuon len|len|nhay|tang hang|thang hang|up|rose|climbed|gained|moved up)\s+(?:hang\s+)?(\d{1,6})\s*(?:bac|hang|vi tri|buoc|places?|ranks?|spots?)\b/g,
      (m) => ({ kind: 'change', change: int(m[1])! })],
    [/\b(?:giam|tut|tut hang|xuong|xuong hang|sut|sut giam|down|fell|dropped|slipped|moved down)\s+(?:hang\s+)?(\d{1,6})\s*(?:bac|hang|vi tri|buoc|places?|ranks?|spots?)\b/g,
      (m) => ({ kind: 'change', change: -int(m[1])! })],
    [/\b(?:giu nguyen|giu vung|khong thay doi|unchanged|no change|held (?:its )?(?:place|position))\b/g, () => ({ kind: 'change', change: 0 })],
    // last and first
    [new RegExp(`\\b(?:dung cuoi|xep cuoi|doi so|cuoi bang|bet bang|ranked last|bottom)\\b(?:[^0-9]{0,20}?${NUM}${SEP}${NUM})?`, 'g'),
      (m) => {
        const rank = int(m[1])
        const of = int(m[2])
        if (rank !== undefined && rank !== of) return undefined
        return place(of, of, 'last')
      }],
    [new RegExp(`\\b(?:dung dau|dan dau|xep dau|quan quan|vi tri dau tien|ranked first|topped|first place)\\b(?:[^0-9]{0,20}?1${SEP}${NUM})?`, 'g'),
      (m) => place(1, int(m[1]), 'first')],
    [/(?:^|\s)a quan\b/g, () => place(2, undefined)],
    // places: "xếp thứ 19/63", "đứng thứ 3", "hạng 19/63", "vị trí thứ 5", "ranked 19th of 63", "19/63"
    [new RegExp(`\\b(?:(?:xep|dung|o|dat|giu)\\s+)?(?:thu hang|xep hang|vi tri thu|vi tri|hang|thu|ranked|rank|no\\.?|#)\\s*${NUM}(?:st|nd|rd|th)?(?:${SEP}${NUM})?(?![/\\d])`, 'g'),
      (m) => place(int(m[1]), int(m[2]))],
    // a bare "19/63", but not a document number or a date ("202/2025/QH15", "12/6/2025")
    [new RegExp(`(?:^|[\\s(])${NUM}(?:st|nd|rd|th)?${SEP}${NUM}(?![/\\d])`, 'g'), (m) => place(int(m[1]), int(m[2]))],
  ]
  return rules
}

/**
 * Every rank phrase in a text, in reading order (overlapping matches are
 * resolved in favour of the earlier, then the longer one).
 *
 * @example
 * ```ts
 * import { findRankPhrases } from 'hanhchinh/rankings'
 * findRankPhrases('Thái Bình xếp thứ 28/63, tăng 19 bậc so với năm 2021')
 * //=> [{ kind: 'place', rank: 28, of: 63 }, { kind: 'change', change: 19 }]
 * findRankPhrases('Hòa Bình tăng 1,42 điểm nhưng giảm 2 bậc')
 * //=> [{ kind: 'score-change', unit: 'points' }, { kind: 'change', change: -2 }]
 * ```
 */
export function findRankPhrases(text: string): RankPhrase[] {
  if (typeof text !== 'string') throw wrongType('text', text, 'a string')
  const folded = foldVietnamese(text)
  const hits: Hit[] = []
  getRules().forEach(([re, build], order) => {
    re.lastIndex = 0
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const lead = m[0].length - m[0].trimStart().length
      const phrase = build(m)
      if (phrase) hits.push({ start: m.index + lead, end: m.index + m[0].length, phrase, order } as Hit & { order: number })
      if (m[0].length === 0) re.lastIndex++
    }
  })
  hits.sort((a, b) => a.start - b.start || (a as Hit & { order: number }).order - (b as Hit & { order: number }).order || b.end - a.end)
  const out: RankPhrase[] = []
  let until = -1
  for (const h of hits) {
    if (h.start < until) continue
    out.push(h.phrase)
    until = h.end
  }
  return out
}

/**
 * Read one rank phrase of a press release or report — "xếp thứ 19/63",
 * "tăng 7 bậc", "giảm 3 bậc", "giữ nguyên", "đứng đầu", "đứng cuối",
 * "tăng 2,46 điểm %", "nhóm 16 tỉnh dẫn đầu" (and the English forms "ranked
 * 19th of 63", "up 7 places", "unchanged") — into structured values,
 * accent- and case-insensitively, returning a refusal instead of throwing.
 * Synonyms from the press: "tăng/vươn lên/lên N bậc/hạng", "giảm/tụt/xuống
 * N bậc", "giữ vững", "dẫn đầu", "quán quân" (1), "á quân" (2), "đội sổ",
 * "xếp cuối". When the text has several phrases the first is returned;
 * {@link findRankPhrases} returns all. Numbers written in words are not read.
 *
 * A refusal carries the reason in Vietnamese and English and a `code`
 * ({@link RankPhraseFailure}); input that is not a string is refused too.
 * {@link parseRankPhrase} returns the phrase itself or throws.
 *
 * @example
 * ```ts
 * import { safeParseRankPhrase } from 'hanhchinh/rankings'
 * safeParseRankPhrase('xếp thứ 19/63') //=> { ok: true, value: { kind: 'place', rank: 19, of: 63 } }
 * safeParseRankPhrase('tăng 7 bậc') //=> { ok: true, value: { kind: 'change', change: 7 } }
 * safeParseRankPhrase('xep thu 64/63') //=> { ok: false, code: 'out-of-range', reason: { en: 'Rank 64/63 in "xep thu 64/63" is out of range: a rank must be from 1 to 63' } }
 * safeParseRankPhrase('Nghị quyết 202/2025/QH15') //=> { ok: false, code: 'unrecognised' }
 * safeParseRankPhrase('') //=> { ok: false, code: 'empty', reason: { vi: 'Chuỗi rỗng, cần một cụm từ xếp hạng' } }
 * safeParseRankPhrase(19) //=> { ok: false, code: 'not-text' }
 * ```
 */
export function safeParseRankPhrase(text: unknown): ParseSuccess<RankPhrase> | RankPhraseFailure {
  if (typeof text !== 'string') {
    return refusal(
      `Cần một chuỗi chữ (cụm từ xếp hạng), nhận được ${describeValue(text)}`,
      `Expected the text of a rank phrase, received ${describeValue(text)}`,
      'not-text',
    )
  }
  if (text.trim() === '') {
    return refusal('Chuỗi rỗng, cần một cụm từ xếp hạng', 'Empty text, expected a rank phrase', 'empty')
  }
  const [first] = findRankPhrases(text)
  if (first) return accept(first)
  // a place that cannot exist ("xếp thứ 64/63", "0/63") is reported as such, not as unrecognised
  const bad = new RegExp(`(?:^|[^\\d/])${NUM}(?:st|nd|rd|th)?${SEP}${NUM}(?![/\\d])`).exec(foldVietnamese(text))
  if (bad) {
    const rank = int(bad[1])!
    const of = int(bad[2])!
    if (of < 1 || rank < 1 || rank > of) {
      return refusal(
        `Thứ hạng ${rank}/${of} trong "${text}" không hợp lệ: ${of < 1 ? 'tổng số đơn vị phải từ 1 trở lên' : `thứ hạng phải từ 1 đến ${of}`}`,
        `Rank ${rank}/${of} in "${text}" is out of range: ${of < 1 ? 'the total must be at least 1' : `a rank must be from 1 to ${of}`}`,
        'out-of-range',
      )
    }
  }
  return refusal(
    `Không nhận ra cụm từ xếp hạng trong "${text}" (ví dụ hợp lệ: "xếp thứ 19/63", "tăng 7 bậc", "giữ nguyên", "đứng đầu")`,
    `No rank phrase recognised in "${text}" (valid examples: "xếp thứ 19/63", "tăng 7 bậc", "giữ nguyên", "đứng đầu")`,
    'unrecognised',
  )
}

/**
 * Read one rank phrase (see {@link safeParseRankPhrase} for what is read)
 * and return it, or throw: a `RangeError` for text with no readable phrase
 * or an impossible place, a `TypeError` for input that is not a string. The
 * message names the text and gives the English reason; the error carries the
 * refusal's `code`.
 *
 * @throws RangeError for an empty text, no rank phrase, or a place out of range.
 * @throws TypeError for input that is not a string.
 *
 * @example
 * ```ts
 * import { findRankPhrases, parseRankPhrase } from 'hanhchinh/rankings'
 * parseRankPhrase('xếp thứ 19/63') //=> { kind: 'place', rank: 19, of: 63 }
 * parseRankPhrase('tăng 7 bậc') //=> { kind: 'change', change: 7 }
 * parseRankPhrase('giảm 3 bậc') //=> { kind: 'change', change: -3 }
 * parseRankPhrase('Giữ nguyên vị trí') //=> { kind: 'change', change: 0 }
 * parseRankPhrase('đứng đầu cả nước') //=> { kind: 'place', rank: 1, position: 'first' }
 * parseRankPhrase('đứng cuối (63/63)') //=> { kind: 'place', rank: 63, of: 63, position: 'last' }
 * parseRankPhrase('tăng 2,46 điểm %') //=> { kind: 'score-change', unit: 'percentage-points' }
 * parseRankPhrase('nằm trong nhóm 16 tỉnh dẫn đầu') //=> { kind: 'top-group', k: 16 }
 * findRankPhrases('tiếp tục nằm trong nhóm dẫn đầu') //=> [{ kind: 'top-group' }]
 * parseRankPhrase('xep thu 64/63') //=> throws RangeError: Invalid text: "xep thu 64/63" (Rank 64/63 in "xep thu 64/63" is out of range
 * parseRankPhrase('Nghị quyết 202/2025/QH15') //=> throws RangeError: No rank phrase recognised
 * ```
 */
export function parseRankPhrase(text: string): RankPhrase {
  return parseOrThrow(safeParseRankPhrase(text), 'text', text)
}

function ordinal(n: number): string {
  const mod100 = n % 100
  if (!Number.isInteger(n)) return String(n)
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`
}

/**
 * Write a rank phrase back in Vietnamese and English, as the press writes
 * it: `xếp thứ 19/63` / `ranked 19th of 63`, `tăng 19 bậc` / `up 19
 * places`, `đứng đầu` / `ranked first`, `giảm 0,83 điểm` / `down 0.83
 * points`, `trong nhóm 16 dẫn đầu` / `in the top 16`.
 *
 * @throws RangeError for a value that is not a rank phrase.
 *
 * @example
 * ```ts
 * import { formatRankPhrase, parseRankPhrase } from 'hanhchinh/rankings'
 * formatRankPhrase({ kind: 'place', rank: 19, of: 63 }) //=> { vi: 'xếp thứ 19/63', en: 'ranked 19th of 63' }
 * formatRankPhrase({ kind: 'change', change: -22 }) //=> { vi: 'giảm 22 bậc', en: 'down 22 places' }
 * formatRankPhrase({ kind: 'place', rank: 1, position: 'first' }).en //=> 'ranked first'
 * formatRankPhrase({ kind: 'top-group', k: 16 }).vi //=> 'trong nhóm 16 dẫn đầu'
 * formatRankPhrase({ kind: 'top-group' }).en //=> 'in the leading group'
 * formatRankPhrase(parseRankPhrase('đứng cuối')).vi //=> 'đứng cuối'
 * formatRankPhrase({ kind: 'place', rank: 0 }) //=> throws RangeError: phrase.rank
 * ```
 */
export function formatRankPhrase(phrase: RankPhrase): Label {
  if (phrase === null || typeof phrase !== 'object') throw wrongType('phrase', phrase, 'a RankPhrase object')
  switch (phrase.kind) {
    case 'place': {
      const { rank, of, position } = phrase
      if (of !== undefined && (!Number.isInteger(of) || of < 1)) throw invalidArgument('phrase.of', of, 'a positive integer')
      if (rank !== undefined && (typeof rank !== 'number' || !Number.isFinite(rank) || rank < 1 || (of !== undefined && rank > of))) {
        throw invalidArgument('phrase.rank', rank, of === undefined ? 'a number ≥ 1' : `a number from 1 to ${of}`)
      }
      const total = of !== undefined ? ` (${rank ?? of}/${of})` : ''
      if (position === 'first' || (position === undefined && rank === 1 && of === undefined)) {
        return { vi: `đứng đầu${total}`, en: `ranked first${of !== undefined ? ` of ${of}` : ''}` }
      }
      if (position === 'last') return { vi: `đứng cuối${total}`, en: `ranked last${of !== undefined ? ` of ${of}` : ''}` }
      if (rank === undefined) throw invalidArgument('phrase.rank', rank, 'a rank, or position "first"/"last"')
      const r = formatDecimal(rank, 'vi')
      return {
        vi: of !== undefined ? `xếp thứ ${r}/${of}` : `xếp thứ ${r}`,
        en: of !== undefined ? `ranked ${ordinal(rank)} of ${of}` : `ranked ${ordinal(rank)}`,
      }
    }
    case 'change':
      return rankChangePhrase(phrase.change)
    case 'score-change':
      return scoreChangePhrase(phrase.change instanceof Decimal ? phrase.change : new Decimal(String(phrase.change)), phrase.unit)
    case 'top-group':
      if (phrase.k === undefined) return { vi: 'trong nhóm dẫn đầu', en: 'in the leading group' }
      if (!Number.isInteger(phrase.k) || phrase.k < 1) throw invalidArgument('phrase.k', phrase.k, 'a positive integer')
      return { vi: `trong nhóm ${phrase.k} dẫn đầu`, en: `in the top ${phrase.k}` }
    default:
      throw invalidArgument('phrase.kind', (phrase as { kind: unknown }).kind, "'place', 'change', 'score-change' or 'top-group'")
  }
}
