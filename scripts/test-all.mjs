// `npm test`: every check, in order; fails if any fails. Prints a summary
// and, last, the plain line "N passed, N failed" counted by vitest.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'

mkdirSync('.tmp', { recursive: true })
const vitest = ['node_modules/vitest/vitest.mjs', 'run']
const steps = [
  ['type-check', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']],
  ['TSDoc @example on every export', process.execPath, ['scripts/check-doc-coverage.mjs']],
  ['```ts blocks of README and docs/ type-check', process.execPath, ['scripts/check-doc-examples.mjs']],
  ['unit, property, type and doc-example tests', process.execPath, [...vitest, '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json']],
  // The security guards compare five zones themselves and time their inputs: run once, not per zone.
  ['same suite with TZ=Pacific/Kiritimati (UTC+14)', process.execPath, [...vitest, '--reporter=dot', '--exclude', 'tests/security/**'], { TZ: 'Pacific/Kiritimati' }],
  ['same suite with TZ=America/Los_Angeles (UTC-8/-7)', process.execPath, [...vitest, '--reporter=dot', '--exclude', 'tests/security/**'], { TZ: 'America/Los_Angeles' }],
  ['examples', process.execPath, ['scripts/run-examples.mjs', '--check']],
  ['bundle sizes: calendar-only ≤ 25 KB gzipped without zod; no zod locale pack in any subpath', process.execPath, ['scripts/check-bundle-size.mjs']],
  ['package: clean clone packed (prepack builds), publint, attw, ESM/CJS/TypeScript installs', process.execPath, ['scripts/check-package.mjs']],
  ['API docs (typedoc, warnings are errors)', process.execPath, ['node_modules/typedoc/bin/typedoc']],
  ['API docs render in headless Chromium', process.execPath, ['scripts/check-docs-browser.mjs']],
]

const results = []
for (const [name, cmd, args, env] of steps) {
  console.log(`\n━━ ${name}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = r.status === 0
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) })
  if (!ok) console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`)
}

let counts = { passed: 0, failed: 0 }
if (existsSync('.tmp/vitest.json')) {
  const report = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'))
  counts = { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites && report.success === false && report.numFailedTests === 0 ? 1 : 0) }
}
writeFileSync('.tmp/test-summary.json', JSON.stringify({ counts, results }, null, 2))
console.log('\n━━ summary')
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds}s)`)
const failedSteps = results.filter((r) => !r.ok).length
console.log(failedSteps ? `${failedSteps} of ${results.length} checks FAILED` : `all ${results.length} checks passed`)
console.log(`${counts.passed} passed, ${counts.failed} failed`)
process.exit(failedSteps ? 1 : 0)
