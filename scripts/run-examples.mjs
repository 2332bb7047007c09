// Runs every script in examples/ (TypeScript, through tsx, importing the
// public paths `hanhchinh/...` mapped to src/ by tsconfig paths).
// `npm run demo` prints their output; `--check` (used by `npm test`) fails
// if any exits non-zero or prints nothing.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const check = process.argv.includes('--check')
const files = readdirSync('examples').filter((f) => f.endsWith('.ts')).sort()
let failed = 0
for (const file of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
  const ok = r.status === 0 && r.stdout.trim().length > 0
  if (!ok) failed++
  if (check) {
    console.log(`${ok ? '✓' : '✗'} examples/${file} (${r.stdout.split('\n').length} lines of output)`)
    if (!ok) console.error(r.stdout.slice(-2000), r.stderr.slice(-4000))
  } else {
    console.log(`\n${'═'.repeat(78)}\n▶ examples/${file}\n${'═'.repeat(78)}`)
    process.stdout.write(r.stdout)
    if (r.status !== 0) console.error(r.stderr)
  }
}
if (files.length === 0) { console.error('no examples found'); process.exit(1) }
if (failed) { console.error(`${failed} example(s) failed`); process.exit(1) }
