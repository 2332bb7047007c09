// Runs every script in examples/ (TypeScript, through tsx, importing the
// public paths `hanhchinh/...` mapped to src/ by tsconfig paths).
//
// `npm run demo` prints their output, and the examples that produce report
// tables also write them, as an Excel workbook (toXlsx) and a standalone HTML
// page to print (toHtml), into a folder named at the end: `.tmp/demo-output/`
// (ignored by git), or the folder given with `--out <dir>`. The folder is
// passed to the examples as HANHCHINH_DEMO_OUT.
//
// `--check` (used by `npm test`) fails if any example exits non-zero or prints
// nothing, or writes a file that is not a workbook (a zip: "PK") or a whole
// HTML page; its files go to a temporary folder that is removed at the end.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

const args = process.argv.slice(2)
const check = args.includes('--check')
const outAt = args.indexOf('--out')
if (outAt >= 0 && (args[outAt + 1] === undefined || args[outAt + 1].startsWith('--'))) {
  console.error('--out needs a folder: node scripts/run-examples.mjs --out <dir>')
  process.exit(2)
}
const outDir = check
  ? mkdtempSync(join(tmpdir(), 'hanhchinh-demo-'))
  : resolve(outAt >= 0 ? args[outAt + 1] : join('.tmp', 'demo-output'))
mkdirSync(outDir, { recursive: true })

// What a written file must look like to count as written.
function fileProblem(file) {
  const bytes = readFileSync(join(outDir, file))
  if (bytes.length === 0) return 'empty'
  if (file.endsWith('.xlsx')) return bytes[0] === 0x50 && bytes[1] === 0x4b ? undefined : 'not a zip (an .xlsx starts with "PK")'
  if (file.endsWith('.html')) return bytes.toString('utf8', 0, 15).toLowerCase() === '<!doctype html>' ? undefined : 'not a standalone HTML page'
  return undefined
}

const listing = () => new Map(readdirSync(outDir).map((f) => [f, statSync(join(outDir, f)).mtimeMs]))

const files = readdirSync('examples').filter((f) => f.endsWith('.ts')).sort()
let failed = 0
const written = []
try {
  for (const file of files) {
    const before = listing()
    const r = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', HANHCHINH_DEMO_OUT: outDir },
    })
    const wrote = [...listing()].filter(([f, t]) => before.get(f) !== t).map(([f]) => f).sort()
    const problems = wrote.map((f) => [f, fileProblem(f)]).filter(([, p]) => p !== undefined)
    const ok = r.status === 0 && r.stdout.trim().length > 0 && problems.length === 0
    if (!ok) failed++
    written.push(...wrote)
    if (check) {
      const also = wrote.length === 0 ? '' : `; wrote ${wrote.join(', ')}`
      console.log(`${ok ? '✓' : '✗'} examples/${file} (${r.stdout.split('\n').length} lines of output${also})`)
      for (const [f, p] of problems) console.error(`  ${f}: ${p}`)
      if (r.status !== 0 || r.stdout.trim().length === 0) console.error(r.stdout.slice(-2000), r.stderr.slice(-4000))
    } else {
      console.log(`\n${'═'.repeat(78)}\n▶ examples/${file}\n${'═'.repeat(78)}`)
      process.stdout.write(r.stdout)
      if (r.status !== 0) console.error(r.stderr)
      for (const [f, p] of problems) console.error(`  ${f}: ${p}`)
    }
  }
} finally {
  if (check) rmSync(outDir, { recursive: true, force: true })
}
if (files.length === 0) { console.error('no examples found'); process.exit(1) }
if (!check) {
  const where = relative(process.cwd(), outDir) || '.'
  console.log(`\n${'═'.repeat(78)}`)
  console.log(written.length === 0
    ? `No table files written (folder: ${where}/)`
    : `Tables written to ${where}/ — open the .xlsx in Excel, print the .html:\n${written.map((f) => `  ${join(where, f)}`).join('\n')}`)
}
if (failed) { console.error(`${failed} example(s) failed`); process.exit(1) }
