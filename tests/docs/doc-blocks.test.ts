// The checker behind `npm run test:docs-examples`: every ```ts block of the
// guides type-checks against the public API. These tests prove it can fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs script without types
import { checkDocBlocks, extractTsBlocks } from '../../scripts/check-doc-examples.mjs'

const rootDir = join(__dirname, '..', '..')

let runs = 0
interface Found { file: string; line: number; message: string }
const check = (markdown: string): { blocks: unknown[]; errors: Found[] } => {
  const dir = mkdtempSync(join(tmpdir(), 'doc-blocks-'))
  const file = join(dir, 'guide.md')
  writeFileSync(file, markdown)
  const outDir = join(rootDir, '.tmp', `doc-blocks-test-${process.pid}-${++runs}`)
  try {
    return checkDocBlocks([file], { rootDir: dir, outDir, repoDir: rootDir }) as never
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

describe('the ```ts blocks of the guides', () => {
  it('finds ts and typescript blocks, not text or sh, with the line of their first code line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-blocks-'))
    writeFileSync(join(dir, 'g.md'), '# G\n\n```ts\nconst a = 1\n```\n\n```text\nnot code\n```\n```typescript\nconst b = 2\n```\n```sh\nnpm i\n```\n')
    expect(extractTsBlocks(join(dir, 'g.md'), dir)).toEqual([
      { file: 'g.md', line: 4, code: 'const a = 1' },
      { file: 'g.md', line: 11, code: 'const b = 2' },
    ])
  })

  it('reports wrong types, undeclared names and private imports at their line in the Markdown file, and passes a correct block', () => {
    const { blocks, errors } = check([
      '# Guide', '', '```ts',
      "import { formatVnDate } from 'hanhchinh/format'",
      "const d: string = formatVnDate('2026-02-17')",
      '```', '', '```ts',
      "import { parseVnNumber } from 'hanhchinh/format'",
      "const d: string = parseVnNumber('50.308')",
      'register.add(d)',
      '```', '', '```ts',
      "import { parseVnDate } from '../src/format/date.js'",
      '```', '',
    ].join('\n'))
    expect(blocks).toHaveLength(3)
    // the first block is right, and each block is a module: its `d` does not clash with the second's
    expect(errors.map((e) => `${e.line} ${e.message.slice(0, 6)}`).sort()).toEqual([
      '10 TS2322', // a Decimal is not a string
      '11 TS2304', // register is never declared
      '15 TS2307', // tsc cannot find it either
      '15 import', // and a user could not write it
    ])
    expect(errors.find((e) => e.message.startsWith('import'))!.message).toMatch(/public paths/)
  }, 60_000)
})
