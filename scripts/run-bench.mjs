// `npm run bench`: runs every benchmark in bench/ (never part of `npm test`).
// Each prints its own measurement beside a baseline from the same run and
// the ratio between them. Pass a name fragment to run only some:
// `npm run bench -- dossiers`.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const filter = process.argv[2] ?? ''
const files = readdirSync('bench').filter((f) => f.endsWith('.ts') && f.includes(filter)).sort()
let failed = 0
for (const file of files) {
  console.log(`\n▶ bench/${file}`)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${file}`], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
