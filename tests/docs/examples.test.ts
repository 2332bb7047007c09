// Runs every `@example` in src/, and every ```ts block with `//=>` in the
// README and the guides in docs/, as a test, so documentation cannot drift
// from behaviour (see CONTRIBUTING in docs/contributing.md for the syntax).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileExample, extractExamples, extractMarkdownExamples, listSourceFiles } from './doc-examples'

const root = join(__dirname, '..', '..')
const outDir = join(root, 'tests', '.generated', 'doc-examples')
mkdirSync(outDir, { recursive: true })

function normalise(value: unknown): unknown {
  if (value && typeof value === 'object') {
    const v = value as { constructor?: { name?: string }; toFixed?: unknown; d?: unknown; s?: unknown; e?: unknown }
    if (typeof v.toFixed === 'function' && 'd' in v && 's' in v && 'e' in v) return String(value)
    if (value instanceof Date) return value
    if (value instanceof Map) return new Map([...value].map(([k, x]) => [k, normalise(x)]))
    if (Array.isArray(value)) return value.map(normalise)
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, normalise(x)]))
  }
  return value
}

async function check(actual: unknown, expected: unknown, line: number, expr: string): Promise<void> {
  const a = normalise(actual)
  const e = normalise(expected)
  const where = `example line ${line}: ${expr}`
  if (typeof a === 'string' && typeof e === 'number') {
    expect(a, where).toBe(String(e))
  } else if (a && e && typeof a === 'object' && typeof e === 'object' && !(a instanceof Date) && !(a instanceof Map)) {
    expect(a, where).toMatchObject(e as object)
  } else {
    expect(a, where).toEqual(e)
  }
}

function throws(fn: () => unknown, type: new (...args: never[]) => Error, text: string, line: number): void {
  let error: unknown
  try { fn() } catch (e) { error = e }
  expect(error, `example line ${line} should throw ${type.name}`).toBeInstanceOf(type)
  if (text) expect((error as Error).message).toContain(text)
}

// DOC_EXAMPLES=src/calendar limits the run to one folder while working on it.
const only = process.env.DOC_EXAMPLES
const files = listSourceFiles(join(root, only ?? 'src'))
const guides = only
  ? []
  : [join(root, 'README.md'), ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'docs', f))].filter((f) => existsSync(f))
for (const file of [...files, ...guides]) {
  const examples = file.endsWith('.md') ? extractMarkdownExamples(file, root) : extractExamples(file, root)
  if (examples.length === 0) continue
  describe(examples[0]!.file, () => {
    for (const ex of examples) {
      it(`${ex.symbol} (line ${ex.line})`, async () => {
        const source = compileExample(ex.code)
        const name = createHash('sha1').update(ex.file + ex.line + source).digest('hex').slice(0, 12)
        const path = join(outDir, `${name}.ts`)
        writeFileSync(path, source)
        const mod = await import(/* @vite-ignore */ path)
        await mod.default(check, throws)
      })
    }
  })
}
