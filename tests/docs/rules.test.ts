// Keeps docs/rules.md ("Rules encoded") complete: every instrument that the
// code cites as data must appear in the table. An instrument is collected when
// it is written in code (not in a comment or a TSDoc `@example`) as
//   - a string literal after `instrument:` (`instrument: '30/2020/NĐ-CP'`),
//   - a same-file string constant after `instrument:` (`instrument: DECREE_30`
//     with `const DECREE_30 = '30/2020/NĐ-CP'`),
//   - the first argument of a same-file helper whose first parameter is named
//     `instrument` (`basisOf('90/2020/NĐ-CP', '2')`).
// Matching ignores case, Unicode normalisation and runs of white space.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const rulesPath = join(root, 'docs', 'rules.md')

/**
 * Instruments allowed to be missing from docs/rules.md. Only for placeholders
 * that are not law; each needs a reason. Empty: the table lists even the
 * placeholder strings the code uses (e.g. `createWorkCalendar options`).
 */
const ALLOWED_MISSING: Readonly<Record<string, string>> = {}

interface Found {
  instrument: string
  file: string
  line: number
}

function listTs(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...listTs(p))
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p)
  }
  return out.sort()
}

/** Index of a `//` line comment outside string literals, or -1. */
function lineCommentStart(line: string): number {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = null
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c
    } else if (c === '/' && line[i + 1] === '/') {
      return i
    }
  }
  return -1
}

/** The code lines of a file: comment lines and TSDoc blocks (with their examples) blanked, trailing `//` comments cut. */
function codeLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  const out: string[] = []
  let inBlock = false
  for (const raw of lines) {
    const t = raw.trim()
    if (inBlock) {
      out.push('')
      if (t.includes('*/')) inBlock = false
      continue
    }
    if (t.startsWith('/*')) {
      out.push('')
      const close = t.indexOf('*/', 2)
      if (close === -1) inBlock = true
      continue
    }
    if (t.startsWith('*') || t.startsWith('//')) {
      out.push('')
      continue
    }
    const cut = lineCommentStart(raw)
    out.push(cut === -1 ? raw : raw.slice(0, cut))
  }
  return out
}

/** A one-line string literal whose quote is capture group `n` and body group `n + 1`. */
const string = (n: number): string => `(['"\x60])((?:\\\\.|(?!\\${n})[^\\\\\\n])*)\\${n}`

/** Every instrument cited in the code of one file. */
function instrumentsIn(text: string, file: string): Found[] {
  const lines = codeLines(text)
  const code = lines.join('\n')
  const lineOf = (index: number): number => code.slice(0, index).split('\n').length
  const found: Found[] = []

  // same-file string constants: const NAME = '...'
  const constants = new Map<string, string>()
  for (const m of code.matchAll(new RegExp(String.raw`\bconst\s+([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*` + string(2), 'g'))) {
    constants.set(m[1]!, m[3]!)
  }

  // instrument: '...' and instrument: NAME
  for (const m of code.matchAll(new RegExp(String.raw`\binstrument\s*:\s*(?:` + string(1) + String.raw`|([A-Za-z_$][\w$]*)\b(?!\s*[(.\[]))`, 'g'))) {
    const literal = m[2]
    const ident = m[3]
    if (literal !== undefined) found.push({ instrument: literal, file, line: lineOf(m.index) })
    else if (ident !== undefined && constants.has(ident)) found.push({ instrument: constants.get(ident)!, file, line: lineOf(m.index) })
  }
  // instrument: cond ? 'a' : 'b' — the literals of both branches (not those the condition compares)
  for (const m of code.matchAll(new RegExp(String.raw`\binstrument\s*:[^,}\n?]*\?\s*` + string(1) + String.raw`\s*:\s*` + string(3), 'g'))) {
    found.push({ instrument: m[2]!, file, line: lineOf(m.index) }, { instrument: m[4]!, file, line: lineOf(m.index) })
  }

  // helpers whose first parameter is `instrument`: function f(instrument: string, ...) → f('...')
  const helpers = new Set<string>()
  for (const m of code.matchAll(/\bfunction\s+([A-Za-z_$][\w$]*)\s*\(\s*instrument\b/g)) helpers.add(m[1]!)
  for (const m of code.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*\(\s*instrument\b/g)) helpers.add(m[1]!)
  for (const name of helpers) {
    for (const m of code.matchAll(new RegExp(String.raw`\b${name}\s*\(\s*` + string(1), 'g'))) {
      found.push({ instrument: m[2]!, file, line: lineOf(m.index) })
    }
  }
  return found
}

function normalise(s: string): string {
  return s.normalize('NFC').replace(/\u00d0/g, 'Đ').toLowerCase().replace(/\s+/g, ' ').trim()
}

function collect(): Found[] {
  const found: Found[] = []
  for (const file of listTs(join(root, 'src'))) {
    found.push(...instrumentsIn(readFileSync(file, 'utf8'), relative(root, file)))
  }
  return found
}

describe('docs/rules.md', () => {
  const doc = readFileSync(rulesPath, 'utf8')
  const haystack = normalise(doc)

  it('lists every instrument the code cites', () => {
    const found = collect()
    const missing = new Map<string, string[]>()
    for (const f of found) {
      if (f.instrument.trim() === '') continue
      if (ALLOWED_MISSING[f.instrument] !== undefined) continue
      if (haystack.includes(normalise(f.instrument))) continue
      const where = missing.get(f.instrument) ?? []
      where.push(`${f.file}:${f.line}`)
      missing.set(f.instrument, where)
    }
    const report = [...missing].map(([instrument, where]) => `  '${instrument}' — cited in ${[...new Set(where)].join(', ')}`).join('\n')
    expect(missing.size, `docs/rules.md does not mention these instruments cited in src/ (add a row for each):\n${report}`).toBe(0)
  })

  it('finds the instruments of every domain (the collector works)', () => {
    const found = collect()
    const byFile = (part: string): Set<string> => new Set(found.filter((f) => f.file.includes(part)).map((f) => f.instrument))
    // a const resolved through `instrument: DECREE_30`
    expect(byFile('src/documents/basis.ts').has('30/2020/NĐ-CP')).toBe(true)
    // a helper whose first parameter is `instrument`
    expect(byFile('src/emulation/rating.ts').has('335/2025/NĐ-CP')).toBe(true)
    expect(byFile('src/calendar/data/regimes.ts').has('10/2012/QH13')).toBe(true)
    expect(byFile('src/core/legal-basis.ts').has('91/2015/QH13')).toBe(true)
    expect(byFile('src/dossiers/basis.ts').has('61/2018/NĐ-CP')).toBe(true)
    expect(byFile('src/rankings/data/provinces-2025.ts').has('202/2025/QH15')).toBe(true)
    expect(byFile('src/reform/fields.ts').has('2948/QĐ-BNV')).toBe(true)
    // TSDoc examples are not code
    expect(found.some((f) => f.instrument === '1234/NQ-UBTVQH15')).toBe(false)
    expect(found.some((f) => f.instrument === 'my source')).toBe(false)
  })

  it('the collector skips comments and examples, and reads literals, constants and helpers', () => {
    const text = [
      "const A = '61/2018/NĐ-CP'",
      '/**',
      " * instrument: '999/2099/QH99'",
      ' * ```ts',
      " * const b = { instrument: '888/2099/QH99' }",
      ' * ```',
      ' */',
      "export const x = { instrument: A, title: 'x' } // instrument: '777/2099/QH99'",
      "export const y = { instrument: \"CV 2450/VPCP-KGVX\" }",
      "function basisOf(instrument: string, article?: string) { return { instrument, article } }",
      "const z = basisOf('90/2020/NĐ-CP', '2')",
      "// instrument: '666/2099/QH99'",
      "const url = { instrument: 'https://a//b' }",
      "basis.push({ instrument: id === 'x' ? '80/2015/QH13' : '(earlier law)', title: 't' })",
    ].join('\n')
    expect(instrumentsIn(text, 'f.ts').map((f) => [f.instrument, f.line])).toEqual([
      ['61/2018/NĐ-CP', 8],
      ['CV 2450/VPCP-KGVX', 9],
      ['https://a//b', 13],
      ['80/2015/QH13', 14],
      ['(earlier law)', 14],
      ['90/2020/NĐ-CP', 11],
    ])
  })

  it('has a section per domain and the UNCONFIRMED summary', () => {
    expect(doc.startsWith('# Rules encoded')).toBe(true)
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.toLowerCase())
    for (const domain of ['core', 'calendar', 'dossiers', 'documents', 'emulation', 'rankings', 'reform', 'format']) {
      expect(headings.some((h) => h.includes(domain)), `a "## ..." heading for ${domain}`).toBe(true)
    }
    expect(headings.some((h) => h.startsWith('unconfirmed rules and how to replace them'))).toBe(true)
  })

  it('every table row has the six columns', () => {
    const bad: string[] = []
    const lines = doc.split('\n')
    lines.forEach((line, i) => {
      if (!line.startsWith('|')) return
      // cells: split on every | not escaped (Markdown tables split inside `code` too)
      const cells = line.replace(/\\\|/g, '¦').split('|').slice(1, -1)
      if (cells.length !== 6 && !/UNCONFIRMED rules/i.test(lines.slice(0, i).reverse().find((l) => l.startsWith('## ')) ?? '')) {
        bad.push(`line ${i + 1}: ${cells.length} cells`)
      }
    })
    expect(bad, bad.join('\n')).toEqual([])
  })

  it('has no runnable ```ts block (the examples test would run it)', () => {
    expect(/```ts[\s\S]*?\/\/=>[\s\S]*?```/.test(doc)).toBe(false)
  })
})
