// Packaging checks on the real tarball: build, `npm pack`, publint,
// are-the-types-wrong, and a smoke test that installs the tarball into a
// fresh project and uses it by ESM import, CJS require and from TypeScript
// type-checked against the shipped .d.ts files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve('.')
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts })
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

// 1. the exports map lists exactly the domains that exist in src/
const domains = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`)).map((d) => d.name).sort()
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json').map((k) => k.slice(2)).sort()
if (JSON.stringify(domains) !== JSON.stringify(subpaths)) {
  console.error(`package.json exports ${JSON.stringify(subpaths)} do not match src domains ${JSON.stringify(domains)}`)
  process.exit(1)
}

run('npx', ['tsup', '--silent'])
const packDir = join(root, '.tmp', 'pack')
rmSync(packDir, { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { encoding: 'utf8' }))
const tarball = join(packDir, packed[0].filename)
console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(0)} kB`)

run('npx', ['publint', '--strict', tarball])
run('npx', ['attw', tarball, '--profile', 'node16'])

// 2. smoke test in a fresh project
const app = mkdtempSync(join(tmpdir(), 'hanhchinh-smoke-'))
try {
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, `zod@${pkg.devDependencies.zod}`], { cwd: app })
  const imports = domains.map((d) => `hanhchinh/${d}`)
  // One real call per subpath, through the subpath itself, so a broken
  // chunk or a missing export of the built files fails here.
  const uses = {
    calendar: "assert.equal(M.vietnamCivilService.addWorkingDays('2026-02-13', 1), '2026-02-23'); assert.equal(M.fromLunar({ year: 2026, month: 1, day: 1 }), '2026-02-17')",
    dossiers: "assert.equal(M.percentages({ early: 42657, onTime: 7608, late: 43 }, { decimals: 2, method: 'largest-remainder' }).early.toString(), '84.79')",
    documents: "assert.equal(M.parseDocumentNumber('3162/QĐ-UBND').kind, 'administrative')",
    rankings: "assert.equal(M.rankChange({ rank: 38, of: 63 }, { rank: 19, of: 63 }).phrase.vi, 'tăng 19 bậc')",
    format: "assert.equal(M.parseVnNumber('50.308').toString(), '50308')",
    reform: "assert.equal(typeof M.planProgress, 'function'); assert.equal(typeof M.evaluateTargets, 'function')",
    emulation: "assert.equal(typeof M.checkEligibility, 'function')",
  }
  const useLines = domains.filter((d) => uses[d]).map((d) => `{ const M = m${domains.indexOf(d)}; ${uses[d]} }`).join('\n')
  writeFileSync(join(app, 'esm.mjs'), `
import * as root from 'hanhchinh'
${imports.map((p, i) => `import * as m${i} from '${p}'`).join('\n')}
import assert from 'node:assert/strict'
assert.equal(typeof root.Decimal, 'function')
assert.equal(new root.Decimal(42657).div(50308).times(100).toDecimalPlaces(2).toString(), '84.79')
${imports.map((p, i) => `assert.ok(Object.keys(m${i}).length > 0, '${p} exports something')`).join('\n')}
${domains.includes('calendar') ? "assert.equal(root.vietnamCivilService.isWorkingDay('2024-05-04'), true)" : ''}
${useLines}
console.log('ESM import ok:', ${JSON.stringify(imports.length)} + 1, 'entry points')
`)
  writeFileSync(join(app, 'cjs.cjs'), `
const assert = require('node:assert/strict')
const root = require('hanhchinh')
${imports.map((p, i) => `const m${i} = require('${p}')`).join('\n')}
assert.equal(root.toIsoDate('2026-02-17'), '2026-02-17')
${imports.map((p, i) => `assert.ok(Object.keys(m${i}).length > 0, '${p} exports something')`).join('\n')}
${domains.includes('calendar') ? "assert.equal(root.vietnamCivilService.isWorkingDay('2024-04-29'), false)" : ''}
${useLines}
console.log('CJS require ok')
`)
  writeFileSync(join(app, 'use.ts'), `
import { Decimal, toIsoDate, type IsoDate, type LegalBasis } from 'hanhchinh'
${imports.map((p, i) => `import * as m${i} from '${p}'`).join('\n')}
const d: IsoDate = toIsoDate('2024-05-04')
const basis: LegalBasis = { instrument: '45/2019/QH14', article: '112' }
const x: Decimal = new Decimal(1)
${imports.map((_, i) => `void m${i}`).join('\n')}
// @ts-expect-error an IsoDate is branded: a plain string is not one
const bad: IsoDate = '2024-05-04'
export { d, basis, x, bad }
`)
  for (const [moduleKind, resolution] of [['NodeNext', 'NodeNext'], ['ESNext', 'Bundler']]) {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noEmit: true, module: moduleKind, moduleResolution: resolution, target: 'ES2022', skipLibCheck: false, types: [] },
      files: ['use.ts'],
    }))
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app])
    console.log(`TypeScript (${resolution}) against the shipped .d.ts ok`)
  }
  run(process.execPath, [join(app, 'esm.mjs')], { cwd: app })
  run(process.execPath, [join(app, 'cjs.cjs')], { cwd: app })
} finally {
  rmSync(app, { recursive: true, force: true })
}
console.log('package checks passed')
