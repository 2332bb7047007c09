// Extracts the ```ts blocks under every `@example` tag in src/ and turns
// them into runnable modules: `expr //=> expected` becomes a checked
// assertion, `expr //=> throws RangeError: text` a checked throw.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface DocExample {
  file: string
  line: number
  symbol: string
  code: string
}

export function listSourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...listSourceFiles(p))
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p)
  }
  return out.sort()
}

export function extractExamples(file: string, root: string): DocExample[] {
  const text = readFileSync(file, 'utf8')
  const lines = text.split('\n')
  const examples: DocExample[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue
    // find the opening fence
    let j = i + 1
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j]!) && !/^\s*\*\s*@\w/.test(lines[j]!) && !/\*\//.test(lines[j]!)) j++
    if (j >= lines.length || !/^\s*\*\s*```/.test(lines[j]!)) continue
    const start = j + 1
    let k = start
    const body: string[] = []
    while (k < lines.length && !/^\s*\*\s*```/.test(lines[k]!)) {
      body.push(lines[k]!.replace(/^\s*\* ?/, ''))
      k++
    }
    // the symbol is the first declaration after the comment
    let s = k
    while (s < lines.length && !/\*\//.test(lines[s]!)) s++
    let symbol = '?'
    for (let t = s + 1; t < Math.min(lines.length, s + 40); t++) {
      const m = /export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum|abstract class)\s+([A-Za-z0-9_$]+)/.exec(lines[t]!)
      if (m) { symbol = m[1]!; break }
      const member = /^\s*(?:readonly\s+)?([A-Za-z0-9_$]+)\??\s*[(:]/.exec(lines[t]!)
      if (member && !/^\s*(\*|\/\/)/.test(lines[t]!)) { symbol = member[1]!; break }
    }
    examples.push({ file: relative(root, file), line: start + 1, symbol, code: body.join('\n') })
    i = k
  }
  return examples
}

function balance(code: string): number {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++
    } else if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c)) depth--
  }
  return depth
}

/** Split a code tail into (statements before, last balanced expression). */
function splitLastExpression(pending: string[]): { before: string[]; expr: string[] } {
  for (let start = pending.length - 1; start >= 0; start--) {
    const chunk = pending.slice(start)
    const first = chunk[0]!.trim()
    if (balance(chunk.join('\n')) === 0 && first !== '' && !/^[.?:+\-*/&|)\]}]/.test(first)) {
      return { before: pending.slice(0, start), expr: chunk }
    }
  }
  return { before: [], expr: pending }
}

/** Compile an example into a module whose default export runs it. */
export function compileExample(code: string): string {
  const imports: string[] = []
  const body: string[] = []
  let pending: string[] = []
  const flush = () => { body.push(...pending); pending = [] }
  const emitCheck = (expr: string, expected: string, line: number) => {
    const throws = /^throws\s+([A-Za-z]+)(?::\s*(.*))?$/.exec(expected.trim())
    if (throws) {
      body.push(`__throws(() => (${expr}), ${throws[1]}, ${JSON.stringify(throws[2] ?? '')}, ${line});`)
    } else {
      body.push(`await __check(await (${expr}), (${expected}), ${line}, ${JSON.stringify(expr.trim())});`)
    }
  }
  const lines = code.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!
    if (/^\s*import\s/.test(raw)) { imports.push(raw); continue }
    const idx = raw.indexOf('//=>')
    if (idx === -1) { pending.push(raw); continue }
    const codePart = raw.slice(0, idx)
    const expected = raw.slice(idx + 4).trim()
    if (codePart.trim() === '') {
      const { before, expr } = splitLastExpression(pending.filter((l) => l.trim() !== ''))
      body.push(...before)
      pending = []
      emitCheck(expr.join('\n'), expected, n + 1)
    } else if (balance(pending.join('\n')) > 0) {
      const expr = [...pending, codePart].join('\n')
      pending = []
      emitCheck(expr, expected, n + 1)
    } else {
      flush()
      emitCheck(codePart, expected, n + 1)
    }
  }
  flush()
  return `${imports.join('\n')}\nexport default async function (__check: any, __throws: any) {\n${body.join('\n')}\n}\n`
}

/**
 * The ```ts blocks of a Markdown guide that show results with `//=>`: they
 * run like TSDoc examples, so guides cannot drift either. Blocks without
 * `//=>` are illustrations and are not run.
 */
export function extractMarkdownExamples(file: string, root: string): DocExample[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const examples: DocExample[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue
    const start = i + 1
    let k = start
    while (k < lines.length && !/^```\s*$/.test(lines[k]!)) k++
    const code = lines.slice(start, k).join('\n')
    if (code.includes('//=>')) examples.push({ file: relative(root, file), line: start + 1, symbol: 'guide', code })
    i = k
  }
  return examples
}
