import * as z from 'zod'
import type { Decimal } from '../core/decimal.js'
import { Decimal as D } from '../core/decimal.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import { readChoice, readOptions, type OptionNames } from '../core/options.js'
import { accept as success, type ParseResult } from '../core/parse-result.js'
import type { IsoDate } from '../core/iso-date.js'
import type { Label } from '../core/label.js'
import { formatVnDate, formatVnDateTime, safeParseVnDate, safeParseVnDateTime } from './date.js'
import { formatVnNumber, formatVnPercent, safeParseVnNumber, safeParseVnPercent, type NumberOptions, type PercentOptions } from './number.js'
import { accentInsensitiveKey, normalizeVietnamese } from './text.js'

import { codecFailure as fail, type CodecPayload as Payload } from './codec-failure.js'

function accept<T>(payload: Payload, input: unknown, r: ParseResult<T>, format: string): T {
  return r.ok ? r.value : fail(payload, input, r.reason, format)
}

/**
 * A count written as plain digits or in vi-VN thousands groups whose first group has no leading zero
 * (`/^(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)$/`; '0.125' is refused, as by parseVnNumber) with at most 15
 * digits, read by character code (no regex, no string built); -1 for any other text (the general path
 * decides).
 */
function scanCount(v: string): number {
  const n = v.length
  if (n === 0 || n > 19) return -1
  let value = 0
  let digits = 0
  let group = -1 // digits since the last '.', -1 before the first one
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i)
    if (c === 46) {
      if (group === -1 ? digits === 0 || digits > 3 || v.charCodeAt(0) === 48 : group !== 3) return -1
      group = 0
      continue
    }
    const d = c - 48
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
    digits++
    if (group !== -1) group++
  }
  return group !== -1 && group !== 3 ? -1 : digits > 15 ? -1 : value
}

// fast path of vnNumber/vnPercent with the vi-VN separators: plain digits or thousands groups, an optional
// decimal part; the text of the Decimal parseVnNumber would build (longer or other texts take the full path)
const VN_DECIMAL_RE = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/
const VN_PERCENT_RE = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?%$/
const VN_PERCENT_SIGN_OPTIONAL_RE = /^(\d+|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?%?$/
function fastDecimal(re: RegExp, v: string): Decimal | undefined {
  if (v.length > 64) return undefined
  const m = re.exec(v)
  if (!m) return undefined
  const int = m[1]!.length > 3 && m[1]!.includes('.') ? m[1]!.replace(/\./g, '') : m[1]!
  return new D(m[2] === undefined ? int : `${int}.${m[2]}`)
}

const NUMBER_OPTIONS: OptionNames<NumberOptions> = { decimalSeparator: true }
const PERCENT_OPTIONS: OptionNames<PercentOptions> = { decimalSeparator: true, percentSign: true }
const TEXT_OPTIONS: OptionNames<{ allowEmpty?: boolean }> = { allowEmpty: true }

const textOrNumber = () => z.union([z.string(), z.number()])

function numberFromJson(n: number): ParseResult<Decimal> {
  return Number.isFinite(n)
    ? success(new D(n))
    : { ok: false, reason: { vi: `${n} không phải là số hữu hạn`, en: `${n} is not a finite number` } }
}

/**
 * A zod codec for a number written in vi-VN style (`50.308`, `1.234,5`),
 * decoded to an exact `Decimal` (numbers from JSON are accepted as they
 * are); encoding writes it back in vi-VN style. Refusals carry a bilingual
 * message in the issue's `params` (see {@link issueMessage}).
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { Decimal } from 'hanhchinh'
 * import { vnNumber } from 'hanhchinh/format'
 * vnNumber().parse('1.234,5') //=> '1234.5'
 * vnNumber().safeParse('1.5').success //=> false
 * z.encode(vnNumber(), new Decimal('1234.5')) //=> '1.234,5'
 * ```
 */
export function vnNumber(options?: NumberOptions) {
  // a bad choice is refused when the codec is built, not at its first cell
  const fast = readChoice(readOptions(options, NUMBER_OPTIONS, 'vnNumber').decimalSeparator, [',', '.'], ',', 'options.decimalSeparator') === ','
  return z.codec(textOrNumber(), z.custom<Decimal>(), {
    decode: (v, payload) =>
      (fast && typeof v === 'string' ? fastDecimal(VN_DECIMAL_RE, v) : undefined) ??
      accept(payload, v, typeof v === 'number' ? numberFromJson(v) : safeParseVnNumber(v, options), 'vn-number'),
    encode: (d) => formatVnNumber(d, options),
  })
}

/**
 * A zod codec for a count: a non-negative whole number written in vi-VN
 * style (`50.308` → `50308`), decoded to a JavaScript `number` (safe integer).
 * Negative, fractional and ambiguous values are refused.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { vnCount } from 'hanhchinh/format'
 * vnCount().parse('50.308') //=> 50308
 * vnCount().parse(43) //=> 43
 * vnCount().safeParse('-5').success //=> false
 * vnCount().safeParse('1,5').success //=> false
 * z.encode(vnCount(), 42657) //=> '42.657'
 * ```
 */
export function vnCount() {
  return z.codec(textOrNumber(), z.custom<number>(), {
    decode: (v, payload) => {
      // fast path: plain digits or vi-VN thousands groups, exactly representable (< 10^15)
      if (typeof v === 'string') {
        const n = scanCount(v)
        if (n >= 0) return n
      }
      const r = typeof v === 'number' ? numberFromJson(v) : safeParseVnNumber(v)
      if (!r.ok) return fail(payload, v, r.reason, 'vn-count')
      const d = r.value
      if (d.isNegative() && !d.isZero()) {
        return fail(payload, v, { vi: `số lượng không được âm (${String(v)})`, en: `a count cannot be negative (${String(v)})` }, 'vn-count')
      }
      if (!d.isInteger()) {
        return fail(payload, v, { vi: `số lượng phải là số nguyên (${String(v)})`, en: `a count must be a whole number (${String(v)})` }, 'vn-count')
      }
      if (d.greaterThan(Number.MAX_SAFE_INTEGER)) {
        return fail(payload, v, { vi: `số lượng quá lớn (${String(v)})`, en: `the count is too large (${String(v)})` }, 'vn-count')
      }
      return d.toNumber() + 0
    },
    encode: (n) => formatVnNumber(n),
  })
}

/**
 * A zod codec for a percentage (`84,79%`), decoded to its percentage points
 * as an exact `Decimal` (`84.79`); encoding writes `84,79%`. A number (from
 * JSON) is taken as percentage points too: `84.79` is 84.79 %, and `0.8479`
 * is 0.8479 %, not 84.79 % — a spreadsheet that stores percentages as
 * fractions must be multiplied by 100 before import (the codec cannot tell
 * the two apart, so it does not guess).
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { Decimal } from 'hanhchinh'
 * import { vnPercent } from 'hanhchinh/format'
 * vnPercent().parse('84,79%') //=> '84.79'
 * vnPercent({ percentSign: 'required' }).safeParse('84,79').success //=> false
 * vnPercent().parse(84.79) //=> '84.79'
 * z.encode(vnPercent(), new Decimal('84.79')) //=> '84,79%'
 * ```
 */
export function vnPercent(options?: PercentOptions) {
  const opts = readOptions(options, PERCENT_OPTIONS, 'vnPercent')
  const written: NumberOptions = opts.decimalSeparator === undefined ? {} : { decimalSeparator: opts.decimalSeparator }
  // a bad choice is refused when the codec is built, not at its first cell
  const separator = readChoice(opts.decimalSeparator, [',', '.'], ',', 'options.decimalSeparator')
  const sign = readChoice(opts.percentSign, ['required', 'optional'], 'optional', 'options.percentSign')
  const fast = separator === '.' ? undefined : sign === 'required' ? VN_PERCENT_RE : VN_PERCENT_SIGN_OPTIONAL_RE
  return z.codec(textOrNumber(), z.custom<Decimal>(), {
    decode: (v, payload) =>
      (fast && typeof v === 'string' ? fastDecimal(fast, v) : undefined) ??
      accept(payload, v, typeof v === 'number' ? numberFromJson(v) : safeParseVnPercent(v, options), 'vn-percent'),
    encode: (d) => formatVnPercent(d, written),
  })
}

/**
 * A zod codec for a civil date as Vietnamese exports write it
 * (`20/12/2021`, `ngày 05 tháng 01 năm 2020`, ISO…, see
 * {@link safeParseVnDate}), decoded to an {@link IsoDate}; encoding writes
 * `dd/mm/yyyy`. Impossible dates are refused.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { vnDate } from 'hanhchinh/format'
 * vnDate().parse('20/12/2021') //=> '2021-12-20'
 * vnDate().safeParse('30/02/2024').success //=> false
 * z.encode(vnDate(), vnDate().parse('2021-12-20')) //=> '20/12/2021'
 * ```
 */
export function vnDate() {
  return z.codec(z.string(), z.custom<IsoDate>(), {
    decode: (v, payload) => accept(payload, v, safeParseVnDate(v), 'vn-date'),
    encode: (d) => formatVnDate(d),
  })
}

/**
 * A zod codec for a date-time in Vietnam time (`20/12/2021 15:30`, see
 * {@link safeParseVnDateTime}), decoded to an ISO date-time with `+07:00`;
 * encoding writes `dd/mm/yyyy HH:mm`.
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { vnDateTime } from 'hanhchinh/format'
 * vnDateTime().parse('20/12/2021 15:30') //=> '2021-12-20T15:30:00+07:00'
 * z.encode(vnDateTime(), '2021-12-20T15:30:00+07:00') //=> '20/12/2021 15:30'
 * ```
 */
export function vnDateTime() {
  return z.codec(z.string(), z.custom<string>(), {
    decode: (v, payload) => accept(payload, v, safeParseVnDateTime(v), 'vn-date-time'),
    encode: (s) => formatVnDateTime(s),
  })
}

/**
 * A zod codec for free text: NFC, trimmed, whitespace collapsed (see
 * {@link normalizeVietnamese}); an empty result is refused unless `allowEmpty`.
 *
 * @example
 * ```ts
 * import { vnText } from 'hanhchinh/format'
 * vnText().parse('  Sở  Tư pháp ') //=> 'Sở Tư pháp'
 * vnText().safeParse('   ').success //=> false
 * ```
 */
export function vnText(options?: { allowEmpty?: boolean }) {
  const allowEmpty = readOptions(options, TEXT_OPTIONS, 'vnText').allowEmpty === true
  return z.codec(z.string(), z.custom<string>(), {
    decode: (v, payload) => {
      const s = normalizeVietnamese(v)
      if (s === '' && !allowEmpty) return fail(payload, v, { vi: 'ô trống', en: 'empty text' }, 'vn-text')
      return s
    },
    encode: (s) => s,
  })
}

/**
 * The labels {@link vnEnum} accepts for each id: a Vietnamese label, a
 * bilingual {@link Label} (both `vi` and `en` are accepted), or a list of
 * them (aliases). The first one is written back when encoding.
 *
 * @example
 * ```ts
 * import { vnEnum, type EnumLabels } from 'hanhchinh/format'
 * const labels: EnumLabels<'paid' | 'late'> = {
 *   paid: [{ vi: 'Đã trả kết quả', en: 'Result returned' }, 'Đã trả'],
 *   late: 'Quá hạn',
 * }
 * vnEnum(['paid', 'late'], labels).parse('da tra') //=> 'paid'
 * ```
 */
export type EnumLabels<Id extends string> = { readonly [K in Id]?: string | Label | readonly (string | Label)[] }

/**
 * A zod codec for an enumeration of ASCII ids written in exports as
 * Vietnamese labels. Input matches an id, or a label or alias exactly (after
 * {@link normalizeVietnamese}, case-insensitive), or — when that is
 * unambiguous — accent-insensitively ({@link accentInsensitiveKey}: `Dung
 * han` or the NFD form for `Đúng hạn`). Anything else is refused with the
 * list of accepted labels. Encoding writes the first label of the id (its
 * `vi`), or the id when it has none.
 *
 * @param values - the ids, as an array or a `z.enum(...)` schema
 * @param labels - per id, its label(s), see {@link EnumLabels}
 * @throws RangeError when `values` is empty, a label names an unknown id, or
 *   one label (after normalisation) belongs to two ids
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { vnEnum } from 'hanhchinh/format'
 * const status = vnEnum(['early', 'on-time', 'late'], {
 *   early: 'Trước hạn',
 *   'on-time': { vi: 'Đúng hạn', en: 'On time' },
 *   late: ['Quá hạn', 'Trễ hạn'],
 * })
 * status.parse('Đúng hạn') //=> 'on-time'
 * status.parse('QUA HAN') //=> 'late'
 * status.parse('tre han') //=> 'late'
 * status.parse('On time') //=> 'on-time'
 * status.parse('early') //=> 'early'
 * status.safeParse('Hủy').success //=> false
 * z.encode(status, 'late') //=> 'Quá hạn'
 * vnEnum(['a', 'b'], { a: 'X', b: 'x' }) //=> throws RangeError: x
 * vnEnum(1 as never) //=> throws TypeError: Invalid type for values: 1
 * ```
 */
export function vnEnum<const Id extends string>(
  values: readonly Id[] | { readonly options: readonly Id[] },
  labels: EnumLabels<Id> = {},
) {
  if (values === null || typeof values !== 'object') throw wrongType('values', values, 'a non-empty array of ids or a z.enum schema')
  const ids: readonly Id[] = Array.isArray(values) ? values : (values as { readonly options: readonly Id[] }).options
  if (!Array.isArray(ids)) throw wrongType('values', values, 'a non-empty array of ids or a z.enum schema')
  if (ids.length === 0) throw invalidArgument('values', values, 'a non-empty list of ids')
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) throw wrongType('labels', labels, 'an object of labels per id')
  const known = new Set<string>(ids)
  const exact = new Map<string, Id>()
  const folded = new Map<string, Id | null>()
  const written = new Map<Id, string>()
  const add = (text: string, id: Id, what: string) => {
    const key = normalizeVietnamese(text).toLowerCase()
    if (key === '') throw invalidArgument(what, text, 'a non-empty label')
    const previous = exact.get(key)
    if (previous !== undefined && previous !== id) throw invalidArgument(what, text, `a label of one id only (it is also a label of ${JSON.stringify(previous)})`)
    exact.set(key, id)
    const fk = accentInsensitiveKey(text)
    const f = folded.get(fk)
    folded.set(fk, f === undefined || f === id ? id : null)
  }
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]
    if (typeof id !== 'string' || id === '') throw invalidArgument(`values[${k}]`, id, 'non-empty id strings')
    add(id, id as Id, 'values')
  }
  for (const [id, given] of Object.entries(labels) as [string, EnumLabels<Id>[Id]][]) {
    if (!known.has(id)) throw invalidArgument('labels', id, `an id among ${ids.join(', ')}`)
    if (given === undefined) continue
    const list = (Array.isArray(given) ? given : [given]) as readonly (string | Label)[]
    for (const item of list) {
      const what = `labels[${JSON.stringify(id)}]`
      if (typeof item === 'string') {
        add(item, id as Id, what)
        if (!written.has(id as Id)) written.set(id as Id, normalizeVietnamese(item))
      } else if (item && typeof item === 'object' && typeof item.vi === 'string' && typeof item.en === 'string') {
        add(item.vi, id as Id, what)
        add(item.en, id as Id, what)
        if (!written.has(id as Id)) written.set(id as Id, normalizeVietnamese(item.vi))
      } else {
        throw invalidArgument(what, item, 'a label string or { vi, en }')
      }
    }
  }
  const accepted = ids.map((id) => written.get(id) ?? id).join(', ')
  const memo = new Map<string, Id>()
  return z.codec(z.string(), z.enum(ids as unknown as [Id, ...Id[]]), {
    decode: (v, payload) => {
      const seen = memo.get(v)
      if (seen) return seen
      const hit = exact.get(normalizeVietnamese(v).toLowerCase()) ?? folded.get(accentInsensitiveKey(v))
      if (hit) {
        if (memo.size < 1024) memo.set(v, hit) // per-codec cache: exports repeat a few labels
        return hit
      }
      const shown = normalizeVietnamese(v)
      return fail(payload, v, {
        vi: `"${shown}" không phải là giá trị được chấp nhận (${accepted})`,
        en: `"${shown}" is not an accepted value (${accepted})`,
      }, 'vn-enum')
    },
    encode: (id) => written.get(id) ?? id,
  })
}
