import type { z } from 'zod'
import { describeValue, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'

type Issue = z.core.$ZodIssue

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', boolean: 'giá trị đúng/sai', bigint: 'số nguyên lớn',
  date: 'ngày', array: 'danh sách', object: 'đối tượng', null: 'null', undefined: 'không có giá trị',
}

function typeOf(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN'
  return typeof input
}

function bound(issue: { origin: string; inclusive?: boolean; exact?: boolean }, value: unknown, big: boolean): Label {
  const v = typeof value === 'number' || typeof value === 'bigint' ? String(value) : describeValue(value)
  const unitVi = issue.origin === 'string' ? ' ký tự' : issue.origin === 'array' || issue.origin === 'set' ? ' phần tử' : ''
  const unitEn = issue.origin === 'string' ? ' characters' : issue.origin === 'array' || issue.origin === 'set' ? ' items' : ''
  const sized = unitVi !== ''
  if (issue.exact) return { vi: `phải có đúng ${v}${unitVi}`, en: `must have exactly ${v}${unitEn}` }
  if (big) {
    return sized
      ? { vi: `tối đa ${v}${unitVi}`, en: `at most ${v}${unitEn}` }
      : { vi: `phải ${issue.inclusive ? '≤' : '<'} ${v}`, en: `must be ${issue.inclusive ? '≤' : '<'} ${v}` }
  }
  return sized
    ? { vi: `ít nhất ${v}${unitVi}`, en: `at least ${v}${unitEn}` }
    : { vi: `phải ${issue.inclusive ? '≥' : '>'} ${v}`, en: `must be ${issue.inclusive ? '≥' : '>'} ${v}` }
}

/**
 * The bilingual message of a zod issue, without touching zod's global
 * configuration. An issue whose `params` carry `{ vi, en }` (as every codec
 * of `hanhchinh/format` attaches, and as your own refinements may) is
 * reported with them; zod's built-in issue codes (`invalid_type`,
 * `too_small`, `too_big`, `invalid_value`, `invalid_format`,
 * `unrecognized_keys`, `invalid_union`, …) are translated here. A custom
 * issue without `params` keeps its message in both languages.
 *
 * @param issue - an issue from `safeParse(...).error.issues`
 * @param input - the value the issue is about, when known (zod does not keep it by default)
 *
 * @example
 * ```ts
 * import * as z from 'zod'
 * import { issueMessage } from 'hanhchinh/format'
 * const r = z.object({ n: z.number().min(0) }).safeParse({ n: -1 })
 * issueMessage(r.error!.issues[0]!) //=> { vi: 'phải ≥ 0', en: 'must be ≥ 0' }
 * const missing = z.object({ n: z.number() }).safeParse({})
 * issueMessage(missing.error!.issues[0]!).vi //=> 'thiếu giá trị bắt buộc'
 * issueMessage(undefined as never) //=> throws TypeError: Invalid type for issue: undefined
 * ```
 */
export function issueMessage(issue: Issue, input?: unknown): Label {
  if (issue === null || typeof issue !== 'object') throw wrongType('issue', issue, 'a zod issue { code, path, message }')
  if (typeof (issue as { code?: unknown }).code !== 'string') throw wrongType('issue.code', (issue as { code?: unknown }).code, 'the string code of a zod issue')
  return messageOf(issue, input, 0)
}

// Nested union issues are read to this depth: the issue object may come from anywhere.
const MAX_UNION_DEPTH = 8

// Text of a field of an issue that should be a string or a number, whatever it holds.
const text = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v))

function messageOf(issue: Issue, input: unknown, depth: number): Label {
  const params = (issue as { params?: Record<string, unknown> }).params
  if (params && typeof params === 'object' && typeof params.vi === 'string' && typeof params.en === 'string') return { vi: params.vi, en: params.en }
  const value = input !== undefined ? input : issue.input
  const message = typeof issue.message === 'string' ? issue.message : ''
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
  switch (issue.code) {
    case 'invalid_type': {
      const missing = value === undefined && !/received (?!undefined)/.test(message)
      if (missing) return { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' }
      const received = value === undefined ? /received (\w+)/.exec(message)?.[1] ?? 'another type' : typeOf(value)
      const expected = text(issue.expected)
      return {
        vi: `sai kiểu: cần ${Object.prototype.hasOwnProperty.call(TYPE_VI, expected) ? TYPE_VI[expected] : expected}, nhận được ${Object.prototype.hasOwnProperty.call(TYPE_VI, received) ? TYPE_VI[received] : received}`,
        en: `expected ${expected}, received ${received}`,
      }
    }
    case 'too_small':
      return bound(issue, issue.minimum, false)
    case 'too_big':
      return bound(issue, issue.maximum, true)
    case 'invalid_value': {
      const values = list(issue.values)
      const shown = values.map((v) => describeValue(v)).join(', ')
      return values.length === 1
        ? { vi: `giá trị phải là ${shown}`, en: `must be ${shown}` }
        : { vi: `giá trị phải là một trong: ${shown}`, en: `must be one of: ${shown}` }
    }
    case 'invalid_format':
      return { vi: `sai định dạng (${text(issue.format)})`, en: `invalid format (${text(issue.format)})` }
    case 'not_multiple_of':
      return { vi: `phải là bội số của ${text(issue.divisor)}`, en: `must be a multiple of ${text(issue.divisor)}` }
    case 'unrecognized_keys': {
      const keys = list(issue.keys).map(text)
      return {
        vi: `trường không được phép: ${keys.join(', ')}`,
        en: `unrecognized field${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`,
      }
    }
    case 'invalid_union': {
      const branches = list(issue.errors).map(list)
      const isIssue = (b: unknown): b is Issue => b !== null && typeof b === 'object' && typeof (b as Issue).code === 'string'
      if (value === undefined && branches.length > 0 && branches.every((branch) => branch.some((b) => isIssue(b) && b.code === 'invalid_type' && typeof b.message === 'string' && /received undefined/.test(b.message)))) {
        return { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' }
      }
      // say why each accepted form refused it (a codec's own message is the useful part)
      const vi: string[] = []
      const en: string[] = []
      if (depth < MAX_UNION_DEPTH) {
        for (const branch of branches) {
          const first = branch[0]
          if (!isIssue(first)) continue
          const m = messageOf(first, Array.isArray(first.path) && first.path.length === 0 ? value : undefined, depth + 1)
          if (!vi.includes(m.vi)) { vi.push(m.vi); en.push(m.en) }
        }
      }
      return vi.length === 0
        ? { vi: 'giá trị không khớp với dạng nào được chấp nhận', en: 'matches none of the accepted forms' }
        : { vi: `giá trị không khớp với dạng nào được chấp nhận: ${vi.join('; ')}`, en: `matches none of the accepted forms: ${en.join('; ')}` }
    }
    case 'invalid_key':
      return { vi: 'khóa không hợp lệ', en: 'invalid key' }
    case 'invalid_element':
      return { vi: 'phần tử không hợp lệ', en: 'invalid element' }
    case 'custom':
    default:
      return message === 'Invalid input' || message === ''
        ? { vi: 'giá trị không hợp lệ', en: 'invalid value' }
        : { vi: message, en: message }
  }
}
