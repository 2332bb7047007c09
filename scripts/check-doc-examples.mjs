// Every ```ts block of README.md and docs/*.md must type-check as a user's
// module would: each block is written to .tmp/doc-blocks/ as its own module
// and checked by tsc with the settings of `tsc --init` (strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess), importing the
// package only by its public paths ('hanhchinh', 'hanhchinh/<domain>'),
// which resolve to the types of src/ — the same declarations the build ships.
// Blocks with `//=>` are also run, by tests/docs/examples.test.ts.
// Text that is not code goes in a ```text block.
//
//   node scripts/check-doc-examples.mjs [files...]   (default: README.md docs/*.md)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const PUBLIC_IMPORT = /^(?:hanhchinh(?:\/[a-z-]+)?|zod|decimal\.js|date-fns|@date-fns\/tz|node:[a-z/_]+)$/
const HEADER_LINES = 1

/** The ```ts / ```typescript blocks of a Markdown file, with the line of their first code line. */
export function extractTsBlocks(file, rootDir) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue
    let k = i + 1
    while (k < lines.length && !/^```\s*$/.test(lines[k])) k++
    blocks.push({ file: relative(rootDir, file), line: i + 2, code: lines.slice(i + 1, k).join('\n') })
    i = k
  }
  return blocks
}

/** Imports a user could not write: relative paths, src/ files, unknown packages. */
function privateImports(block) {
  const found = []
  const re = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\s)import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
  const lines = block.code.split('\n')
  lines.forEach((text, n) => {
    for (const m of text.matchAll(re)) {
      const spec = m[1] ?? m[2] ?? m[3]
      if (!PUBLIC_IMPORT.test(spec)) {
        found.push({ file: block.file, line: block.line + n, message: `import from ${JSON.stringify(spec)}: examples import the package by its public paths ('hanhchinh', 'hanhchinh/<domain>')` })
      }
    }
  })
  return found
}

/**
 * Type-check the blocks of `files`; returns every error with its place in
 * the Markdown file (named relative to `rootDir`). `outDir`, which must lie
 * inside the repository `repoDir` (its node_modules resolve the imports), is
 * emptied and filled with one module per block.
 */
export function checkDocBlocks(files, { rootDir, outDir, repoDir = rootDir }) {
  const blocks = files.flatMap((f) => extractTsBlocks(f, rootDir))
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const byModule = new Map()
  for (const block of blocks) {
    const name = `${block.file.replace(/[^A-Za-z0-9]+/g, '_')}_${block.line}.ts`
    byModule.set(name, block)
    // `export {}` makes each block a module of its own: names do not leak between blocks
    writeFileSync(join(outDir, name), `// ${block.file}:${block.line}\n${block.code}\nexport {}\n`)
  }
  const src = relative(outDir, join(repoDir, 'src')).split('\\').join('/')
  writeFileSync(join(outDir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', lib: ['ES2022'], module: 'ESNext', moduleResolution: 'Bundler', types: ['node'],
      strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true,
      skipLibCheck: true, noEmit: true, esModuleInterop: true, resolveJsonModule: true,
      paths: { hanhchinh: [`${src}/index.ts`], 'hanhchinh/*': [`${src}/*/index.ts`] },
    },
    include: ['*.ts'],
  }, null, 2))
  const errors = blocks.flatMap(privateImports)
  let out = ''
  if (blocks.length > 0) {
    try {
      execFileSync(process.execPath, [join(repoDir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', outDir, '--pretty', 'false'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    } catch (error) {
      if (typeof error.stdout !== 'string') throw error
      out = error.stdout
    }
  }
  let last
  for (const text of out.split('\n')) {
    const m = /^(.*?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(text)
    if (m) {
      const block = byModule.get(basename(m[1]))
      if (block) {
        last = { file: block.file, line: block.line + Number(m[2]) - 1 - HEADER_LINES, column: Number(m[3]), message: `${m[4]}: ${m[5]}` }
      } else {
        last = { file: relative(repoDir, resolve(outDir, m[1])), line: Number(m[2]), column: Number(m[3]), message: `${m[4]}: ${m[5]}` }
      }
      errors.push(last)
    } else if (last && /^\s+\S/.test(text)) {
      last.message += `\n    ${text.trim()}` // continuation lines of the same message
    } else if (text.trim() !== '') {
      errors.push({ file: '(tsc)', line: 0, message: text.trim() })
    }
  }
  return { blocks, errors }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rootDir = resolve(fileURLToPath(new URL('..', import.meta.url)))
  const given = process.argv.slice(2)
  const files = given.length > 0
    ? given.map((f) => resolve(f))
    : [join(rootDir, 'README.md'), ...readdirSync(join(rootDir, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(rootDir, 'docs', f))].filter((f) => existsSync(f))
  const { blocks, errors } = checkDocBlocks(files, { rootDir, outDir: join(rootDir, '.tmp', 'doc-blocks') })
  for (const e of errors) console.error(`${e.file}:${e.line}${e.column ? `:${e.column}` : ''} ${e.message}`)
  const failing = new Set(errors.map((e) => `${e.file}:${e.line}`)).size
  const inFiles = new Set(blocks.map((b) => b.file)).size
  if (errors.length > 0) {
    console.error(`✗ ${errors.length} type errors on ${failing} lines of the \`\`\`ts blocks of the docs (${blocks.length} blocks in ${inFiles} files); write fragments that are not code as \`\`\`text`)
    process.exit(1)
  }
  console.log(`all ${blocks.length} \`\`\`ts blocks in ${inFiles} files type-check against the public API`)
}
