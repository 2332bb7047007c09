import { wrongType } from '../core/errors.js'
import type { IsoDate } from '../core/iso-date.js'
import { isIsoDate } from '../core/iso-date.js'
import type { AdministrativeTypeId, LegalNormativeTypeId } from './catalogue.js'
import { readParseOptions, type ParseDocumentNumberOptions } from './number-options.js'
import { safeParseDocumentNumber, type DocumentNumber } from './parse-document-number.js'

/**
 * One document cited in free text, e.g. "Quyết định số 3162/QĐ-UBND ngày
 * 20/12/2021 của UBND tỉnh". Positions are UTF-16 offsets into the text as
 * given (`text.slice(start, end)` is the citation), also for NFD input.
 *
 * @example
 * ```ts
 * import { extractCitations, type Citation } from 'hanhchinh/documents'
 * const [c]: Citation[] = extractCitations('Kế hoạch số 02/KH-VPUB')
 * c?.number //=> '02/KH-VPUB'
 * c?.typeName //=> 'Kế hoạch'
 * ```
 */
export interface Citation {
  /** The canonical number and notation: `'3162/QĐ-UBND'`. */
  number: string
  /** The parsed number with all its parts. */
  parsed: DocumentNumber
  kind: DocumentNumber['kind']
  /**
   * The document type: from the notation where it says (`QĐ` → `'quyet-dinh'`, `NĐ-CP` → `'nghi-dinh'`,
   * công văn → `'cong-van'`), else from the word before the number (`Luật số 45/2019/QH14` → `'luat'`).
   */
  type: AdministrativeTypeId | LegalNormativeTypeId | undefined
  /** The type word as written before the number (`'Quyết định'`, `'Nghị định'`), if any. */
  typeName: string | undefined
  /** The document date (ISO) where the text gives one: "ngày 20/12/2021", "ngày 23 tháng 4 năm 2018". */
  date: IsoDate | undefined
  /**
   * Set when the text gives a date that does not exist ("ngày 31/02/2021"): the date as written,
   * so a typo in the source is visible instead of silently losing the date (`date` is then `undefined`).
   */
  invalidDate?: string
  /** The issuing body as written after "của" ("UBND tỉnh", "Thủ tướng Chính phủ"), in NFC, if any. */
  issuer: string | undefined
  /** The issuer code of the notation (`'UBND'`, `'TTg'`). */
  issuerCode: string
  /** The whole citation as it appears in the text. */
  text: string
  /** Offset of the citation's first character (the type word, or the number). */
  start: number
  /** Offset after the citation's last character. */
  end: number
  /** Offsets of the number and notation alone. */
  numberStart: number
  numberEnd: number
}

// Type words (accents folded, lower case) → the type they name. Longer phrases first.
const TYPE_WORDS: ReadonlyArray<readonly [string, AdministrativeTypeId | LegalNormativeTypeId | undefined]> = [
  ['van ban quy pham phap luat', undefined], ['van ban hop nhat', undefined], ['van ban', undefined],
  ['thong tu lien tich', 'thong-tu-lien-tich'], ['nghi quyet lien tich', 'nghi-quyet-lien-tich'],
  ['nghi quyet', 'nghi-quyet'], ['quyet dinh', 'quyet-dinh'], ['chi thi', 'chi-thi'], ['quy che', 'quy-che'],
  ['quy dinh', 'quy-dinh'], ['thong cao', 'thong-cao'], ['thong bao', 'thong-bao'], ['huong dan', 'huong-dan'],
  ['chuong trinh', 'chuong-trinh'], ['ke hoach', 'ke-hoach'], ['phuong an', 'phuong-an'], ['de an', 'de-an'],
  ['du an', 'du-an'], ['bao cao', 'bao-cao'], ['bien ban', 'bien-ban'], ['to trinh', 'to-trinh'],
  ['hop dong', 'hop-dong'], ['cong van', 'cong-van'], ['cong dien', 'cong-dien'], ['ban ghi nho', 'ban-ghi-nho'],
  ['ban thoa thuan', 'ban-thoa-thuan'], ['giay uy quyen', 'giay-uy-quyen'], ['giay moi', 'giay-moi'],
  ['giay gioi thieu', 'giay-gioi-thieu'], ['giay nghi phep', 'giay-nghi-phep'], ['phieu gui', 'phieu-gui'],
  ['phieu chuyen', 'phieu-chuyen'], ['phieu bao', 'phieu-bao'], ['thu cong', 'thu-cong'],
  ['nghi dinh', 'nghi-dinh'], ['thong tu', 'thong-tu'], ['bo luat', 'bo-luat'], ['luat', 'luat'],
  ['phap lenh', 'phap-lenh'], ['hien phap', 'hien-phap'], ['lenh', 'lenh-chu-tich-nuoc'],
]

let typeWordPattern: RegExp | undefined
function typeWords(): RegExp {
  return (typeWordPattern ??= new RegExp(`(?<![a-z0-9])(${TYPE_WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|')})(?![a-z0-9])`, 'g'))
}

const GENERIC: ReadonlySet<string> = new Set(['van ban quy pham phap luat', 'van ban hop nhat', 'van ban'])
// Types whose citations put the title between the type word and "số": "Luật Đất đai số 31/2024/QH15".
const TITLED: ReadonlySet<string> = new Set(['luat', 'bo luat', 'phap lenh', 'nghi quyet', 'hien phap'])

const NUMBER_TOKEN = /(?<![\p{L}\p{M}\p{N}/.])(\d{1,7}(?:\.\d{1,4})?)[ \t]*\/[ \t]*(?:(\d{4})[ \t]*\/[ \t]*)?([A-Za-zĐđÐ][A-Za-z0-9Đđ]*(?![\p{L}\p{M}\p{N}])(?:[ \t]*[-–][ \t]*[A-Za-zĐđÐ0-9][A-Za-z0-9Đđ]*(?![\p{L}\p{M}\p{N}]))*)/gu
const COMBINING = /[\u0300-\u036f]/g

/**
 * Fold one NFC string char by char (same length): lower case, no accents, đ → d.
 * ASCII runs are lower-cased as slices and the pieces joined once: a string
 * built one character at a time costs far more memory and time on long text.
 */
function foldSameLength(text: string): string {
  const parts: string[] = []
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) continue
    if (i > from) parts.push(text.slice(from, i).toLowerCase())
    const ch = text[i] as string
    if (ch === 'đ' || ch === 'Đ' || ch === 'Ð') parts.push('d')
    else {
      const base = ch.normalize('NFD').replace(COMBINING, '').toLowerCase()
      parts.push(base.length === 1 ? base : ch)
    }
    from = i + 1
  }
  if (from < text.length) parts.push(text.slice(from).toLowerCase())
  return parts.join('')
}

/** NFC text and, for each of its UTF-16 units, the offset in the original text (plus one final entry). */
function toNfcWithOffsets(text: string): { nfc: string; offsets: number[] | undefined } {
  const nfc = text.normalize('NFC')
  if (nfc === text) return { nfc, offsets: undefined }
  let out = ''
  const offsets: number[] = []
  let i = 0
  while (i < text.length) {
    let j = i + 1
    while (j < text.length && /[\u0300-\u036f]/.test(text[j] as string)) j++
    const piece = text.slice(i, j).normalize('NFC')
    for (let k = 0; k < piece.length; k++) offsets.push(i)
    out += piece
    i = j
  }
  offsets.push(text.length)
  return { nfc: out, offsets }
}

const DATE_NUMERIC = /^[ \t]*[,(]?[ \t]*(?:(?:duoc[ \t]+)?ban[ \t]+hanh[ \t]+)?(ngay[ \t]+)?(\d{1,2})[ \t]*([/.-])[ \t]*(\d{1,2})[ \t]*\3[ \t]*(\d{4})(?![\d/])[ \t]*\)?/
const DATE_WORDS = /^[ \t]*[,(]?[ \t]*(?:(?:duoc[ \t]+)?ban[ \t]+hanh[ \t]+)?ngay[ \t]+(\d{1,2})[ \t]+thang[ \t]+(\d{1,2})[ \t]+nam[ \t]+(\d{4})(?!\d)[ \t]*\)?/
const ISSUER_START = /^[ \t]*,?[ \t]*cua[ \t]+/
const ISSUER_STOP = /[,;.()\n:"“”?!\d]|[ \t](?:về|quy định|ban hành|hướng dẫn|phê duyệt|sửa đổi|thì|đã|tại|theo|trong|nhằm|ngày|với|để|được|là|có|cho|mà|này|đó|từ|đến|gửi|kèm|số|thực hiện|triển khai|giao|yêu cầu|đề nghị|như|khi|nên|vì|bị)(?![\p{L}\p{M}\p{N}])/u
const AND = /[ \t]và[ \t]+(\S)/gu

function readDate(folded: string, at: number, bracketed: boolean): { date: IsoDate | undefined; end: number } | undefined {
  const rest = folded.slice(at, at + 60)
  let m = DATE_WORDS.exec(rest)
  let day: string | undefined, month: string | undefined, year: string | undefined
  if (m !== null) {
    [, day, month, year] = m
  } else {
    m = DATE_NUMERIC.exec(rest)
    if (m === null) return undefined
    // without "ngày", only a date in brackets is taken: "9570/VPCP-KGVX (23/11/2012)"
    if (m[1] === undefined && !(bracketed || m[0].includes('('))) return undefined
    day = m[2]; month = m[4]; year = m[5]
  }
  const iso = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`
  let len = m[0].length
  // an opening bracket we did not close belongs to the text, not the citation
  if (m[0].includes('(') && !m[0].includes(')')) return undefined
  while (len > 0 && /[ \t]/.test(m[0][len - 1] as string)) len--
  // a date that does not exist ("ngày 31/02/2021") is kept as written, not dropped silently
  return { date: isIsoDate(iso) ? iso : undefined, end: at + len }
}

function readIssuer(nfc: string, folded: string, lower: string, at: number): { issuer: string; end: number } | undefined {
  const m = ISSUER_START.exec(folded.slice(at, at + 20))
  if (m === null) return undefined
  const from = at + m[0].length
  const window = lower.slice(from, from + 120)
  const stop = ISSUER_STOP.exec(window)
  let len = stop === null ? window.length : stop.index
  // "và" continues the name only before a capitalised word: "Bộ Giáo dục và Đào tạo"
  AND.lastIndex = 0
  for (let a = AND.exec(window); a !== null && a.index < len; a = AND.exec(window)) {
    const nextAt = from + a.index + a[0].length - 1
    const next = nfc[nextAt] as string
    const re = typeWords()
    re.lastIndex = 0
    const typeWord = re.exec(folded.slice(nextAt, nextAt + 40))
    if (next === next.toLowerCase() || (typeWord !== null && typeWord.index === 0)) { len = a.index; break }
  }
  // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a minister's title continues after the comma
  if (window[len] === ',' && /^[ \t]*bộ trưởng[ \t]*$/.test(window.slice(0, len))) {
    const more = ISSUER_STOP.exec(window.slice(len + 1))
    const next = nfc[from + len + 2]
    if (next !== undefined && next !== next.toLowerCase()) len = len + 1 + (more === null ? window.length - len - 1 : more.index)
  }
  const phrase = nfc.slice(from, from + len).replace(/[ \t]+$/, '')
  const words = phrase.split(/[ \t]+/).filter((w) => w.length > 0)
  if (words.length === 0 || words.length > 14) return undefined
  return { issuer: phrase, end: from + phrase.length }
}

/**
 * Find every document cited in free Vietnamese text — "Quyết định số
 * 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh", "Kế hoạch số 02/KH-VPUB",
 * "Quyết định số 828/QĐ-TTg, ngày 22/7/2004 của Thủ tướng Chính phủ",
 * "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ" —
 * with type, canonical number, ISO date and issuer where the text gives
 * them, and their positions. Numbers are recognised with
 * {@link parseDocumentNumber} (so `QD`, lower case, NFD are tolerated);
 * dates like "ngày 20/12/2021", "ngày 23 tháng 4 năm 2018" or "(23/11/2012)"
 * after the number; the issuer is the phrase after "của" up to punctuation
 * or a word that starts the subject ("về", "quy định", "ban hành" ...).
 *
 * @remarks The issuer phrase is read heuristically and kept as written. A
 * date is attached only when it follows the number (or the issuer); a
 * date elsewhere in the sentence is not guessed.
 *
 * @example
 * ```ts
 * import { extractCitations } from 'hanhchinh/documents'
 * const text = 'Thực hiện Quyết định số 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh về việc ...'
 * const [c] = extractCitations(text)
 * c //=> { type: 'quyet-dinh', typeName: 'Quyết định', number: '3162/QĐ-UBND', date: '2021-12-20', issuer: 'UBND tỉnh' }
 * text.slice(c?.start, c?.end) //=> 'Quyết định số 3162/QĐ-UBND ngày 20/12/2021 của UBND tỉnh'
 * extractCitations('Quyết định số 828/QĐ-TTg, ngày 22/7/2004 của Thủ tướng Chính phủ')[0]
 * //=> { number: '828/QĐ-TTg', date: '2004-07-22', issuer: 'Thủ tướng Chính phủ' }
 * extractCitations('Luật số 45/2019/QH14 và Nghị định 61/2018/NĐ-CP').map((c) => c.type) //=> ['luat', 'nghi-dinh']
 * ```
 */
export function extractCitations(text: string, options?: ParseDocumentNumberOptions): Citation[] {
  const historical = readParseOptions(options, 'extractCitations')
  const numberOptions: ParseDocumentNumberOptions = historical === undefined ? {} : { historicalAbbreviations: historical }
  if (typeof text !== 'string') throw wrongType('text', text, 'a string')
  if (text.length === 0) return []
  const { nfc, offsets } = toNfcWithOffsets(text)
  const folded = foldSameLength(nfc)
  const lowered = nfc.toLowerCase()
  const lower = lowered.length === nfc.length ? lowered : folded
  const at = (i: number): number => (offsets === undefined ? i : (offsets[i] ?? text.length))
  const citations: Citation[] = []
  let lastEnd = 0
  NUMBER_TOKEN.lastIndex = 0
  for (let m = NUMBER_TOKEN.exec(nfc); m !== null; m = NUMBER_TOKEN.exec(nfc)) {
    const numberStart = m.index
    const numberEnd = m.index + m[0].length
    const parsed = safeParseDocumentNumber(m[0], numberOptions)
    if (!parsed.ok) continue
    const value = parsed.value

    // the type word: the nearest one before the number in the same clause, followed by "số"
    // or directly by the number ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13")
    let start = numberStart
    let typeName: string | undefined
    let wordType: AdministrativeTypeId | LegalNormativeTypeId | undefined
    const windowStart = Math.max(lastEnd, numberStart - 160)
    const before = folded.slice(windowStart, numberStart)
    const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'), before.lastIndexOf('('), before.lastIndexOf(')'))
    const clause = before.slice(clauseStart + 1)
    const re = typeWords()
    re.lastIndex = 0
    const candidates: Array<{ index: number; word: string; direct: boolean; capital: boolean }> = []
    const clauseOffset = windowStart + clauseStart + 1
    for (let w = re.exec(clause); w !== null; w = re.exec(clause)) {
      const between = clause.slice(w.index + w[0].length)
      const direct = /^[ \t]*(?:so(?:[ \t]+hieu)?)?[ \t]*:?[ \t]*$/.test(between)
      if (!direct && !/[ \t]so[ \t]*:?[ \t]*$/.test(between)) continue
      const first = nfc[clauseOffset + w.index] as string
      candidates.push({ index: w.index, word: (w[1] as string).replace(/\s+/g, ' '), direct, capital: first !== first.toLowerCase() })
    }
    const pool = candidates.some((c) => c.capital) ? candidates.filter((c) => c.capital) : candidates
    const best = pool.filter((c) => c.direct && !GENERIC.has(c.word)).at(-1)
      ?? pool.find((c) => !c.direct && TITLED.has(c.word))
      ?? pool.filter((c) => c.direct).at(-1)
    if (best !== undefined) {
      start = clauseOffset + best.index
      const wordCount = best.word.split(' ').length
      typeName = new RegExp(`^\\S+(?:\\s+\\S+){${wordCount - 1}}`).exec(nfc.slice(start, start + 80))?.[0]
      wordType = TYPE_WORDS.find(([w]) => w === best.word)?.[1]
    }

    let end = numberEnd
    let date: IsoDate | undefined
    let invalidDate: string | undefined
    let issuer: string | undefined
    for (let step = 0; step < 3; step++) {
      if (date === undefined && invalidDate === undefined) {
        const d = readDate(folded, end, false)
        if (d !== undefined) {
          if (d.date !== undefined) date = d.date
          else invalidDate = nfc.slice(end, d.end).replace(/^[ \t,(]+|[ \t)]+$/g, '')
          end = d.end
          continue
        }
      }
      if (issuer === undefined) {
        const i = readIssuer(nfc, folded, lower, end)
        if (i !== undefined) { issuer = i.issuer; end = i.end; continue }
      }
      break
    }

    let type: AdministrativeTypeId | LegalNormativeTypeId | undefined = value.type
    if (value.kind === 'legal-normative' && value.type === undefined && wordType !== undefined) {
      type = wordType === 'nghi-quyet' && value.issuer === 'QH' ? 'nghi-quyet-quoc-hoi' : wordType === 'nghi-quyet' && value.issuer === 'UBTVQH' ? 'nghi-quyet-ubtvqh' : wordType
    }

    const startInText = at(start)
    const endInText = at(end)
    const citation: Citation = {
      number: value.text, parsed: value, kind: value.kind, type, typeName, date, issuer,
      issuerCode: value.issuer, text: text.slice(startInText, endInText), start: startInText, end: endInText,
      numberStart: at(numberStart), numberEnd: at(numberEnd),
    }
    if (invalidDate !== undefined) citation.invalidDate = invalidDate
    citations.push(citation)
    lastEnd = end
    if (NUMBER_TOKEN.lastIndex < end) NUMBER_TOKEN.lastIndex = end
  }
  return citations
}
