import type { z } from 'zod'
import { describeValue } from '../core/errors.js'
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

function bound(issue: { origin: string; inclusive?: boolean; exact?: boolean }, value: number | bigint, big: boolean): Label {
  const v = String(value)
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
 * import { z } from 'zod'
 * import { issueMessage } from 'hanhchinh/format'
 * const r = z.object({ n: z.number().min(0) }).safeParse({ n: -1 })
 * issueMessage(r.error!.issues[0]!) //=> { vi: 'phải ≥ 0', en: 'must be ≥ 0' }
 * const missing = z.object({ n: z.number() }).safeParse({})
 * issueMessage(missing.error!.issues[0]!).vi //=> 'thiếu giá trị bắt buộc'
 * ```
 */
export function issueMessage(issue: Issue, input?: unknown): Label {
  const params = (issue as { params?: Record<string, unknown> }).params
  if (params && typeof params.vi === 'string' && typeof params.en === 'string') return { vi: params.vi, en: params.en }
  const value = input !== undefined ? input : issue.input
  switch (issue.code) {
    case 'invalid_type': {
      const missing = value === undefined && !/received (?!undefined)/.test(issue.message)
      if (missing) return { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' }
      const received = value === undefined ? /received (\w+)/.exec(issue.message)?.[1] ?? 'another type' : typeOf(value)
      return {
        vi: `sai kiểu: cần ${TYPE_VI[issue.expected] ?? issue.expected}, nhận được ${TYPE_VI[received] ?? received}`,
        en: `expected ${issue.expected}, received ${received}`,
      }
    }
    case 'too_small':
      return bound(issue, issue.minimum, false)
    case 'too_big':
      return bound(issue, issue.maximum, true)
    case 'invalid_value': {
      const list = issue.values.map((v) => describeValue(v)).join(', ')
      return issue.values.length === 1
        ? { vi: `giá trị phải là ${list}`, en: `must be ${list}` }
        : { vi: `giá trị phải là một trong: ${list}`, en: `must be one of: ${list}` }
    }
    case 'invalid_format':
      return { vi: `sai định dạng (${issue.format})`, en: `invalid format (${issue.format})` }
    case 'not_multiple_of':
      return { vi: `phải là bội số của ${issue.divisor}`, en: `must be a multiple of ${issue.divisor}` }
    case 'unrecognized_keys':
      return {
        vi: `trường không được phép: ${issue.keys.join(', ')}`,
        en: `unrecognized field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
      }
    case 'invalid_union':
      if (value === undefined && issue.errors.length > 0 && issue.errors.every((branch) => branch.some((b) => b.code === 'invalid_type' && /received undefined/.test(b.message)))) {
        return { vi: 'thiếu giá trị bắt buộc', en: 'required value is missing' }
      }
      {
        // say why each accepted form refused it (a codec's own message is the useful part)
        const vi: string[] = []
        const en: string[] = []
        for (const branch of issue.errors) {
          const first = branch[0]
          if (!first) continue
          const m = issueMessage(first, first.path.length === 0 ? value : undefined)
          if (!vi.includes(m.vi)) { vi.push(m.vi); en.push(m.en) }
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
      return issue.message === 'Invalid input' || issue.message === ''
        ? { vi: 'giá trị không hợp lệ', en: 'invalid value' }
        : { vi: issue.message, en: issue.message }
  }
}
