import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { issueMessage } from 'hanhchinh/format'

describe('issueMessage on hostile input (issue 13)', () => {
  it('throws a TypeError for something that is not an issue', () => {
    expect(() => issueMessage(undefined as never)).toThrow(/^Invalid type for issue: undefined/)
    expect(() => issueMessage({ code: 5 } as never)).toThrow(/^Invalid type for issue.code: 5/)
  })

  it('reads odd issue fields without an engine error, and nested unions to a bounded depth', () => {
    expect(issueMessage({ code: 'invalid_type', expected: Object.create(null), message: null } as never, 5).en).toMatch(/^expected .*, received number$/)
    expect(issueMessage({ code: 'invalid_value', values: 'x' } as never).en).toBe('must be one of: ')
    let deep: unknown = { code: 'custom', message: 'leaf', path: [] }
    for (let i = 0; i < 20_000; i++) deep = { code: 'invalid_union', errors: [[deep]], path: [] }
    expect(issueMessage(deep as never).en).toMatch(/^matches none of the accepted forms/)
  })

  it('still translates real zod issues', () => {
    const r = z.object({ n: z.number().min(0) }).safeParse({ n: -1 })
    expect(issueMessage(r.error!.issues[0]!)).toEqual({ vi: 'phải ≥ 0', en: 'must be ≥ 0' })
  })
})
