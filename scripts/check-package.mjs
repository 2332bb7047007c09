// Packaging check on the tarball `npm publish` would upload.
//
// 1. The exports map lists exactly the domains in src/.
// 2. A clean clone of HEAD (committed files only, as CI and `npm publish` from
//    a fresh checkout see them; node_modules linked from this checkout, no
//    install) is packed with `npm pack`, which runs `prepack` (the build).
//    Before that, the same clone is packed dry with --ignore-scripts to prove
//    that the file check below fails when dist/ is missing.
// 3. The tarball must hold every file the exports map, main, module and types
//    point to; publint --strict and are-the-types-wrong judge it.
// 4. It is installed into a fresh project with four packages inside: ESM,
//    CommonJS, TypeScript ESM and TypeScript CommonJS (`module` and
//    `moduleResolution` nodenext, strict, compiled and run); each makes one
//    real call per subpath and the root. The TypeScript ESM one is also
//    type-checked with `moduleResolution: bundler`.
//
// Uncommitted changes are not in the tarball: commit before running this.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve('.')
const run = (cmd, args, opts = {}) => {
  try {
    return execFileSync(cmd, args, { stdio: 'inherit', ...opts })
  } catch (error) {
    if (error.status === undefined) throw error
    throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${error.status ?? error.signal})`)
  }
}
const text = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts })
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const fail = (message) => { console.error(`✗ ${message}`); process.exit(1) }

// One real call per entry point: [expression on the module M, expected value].
// Every expression must also type-check against the shipped .d.ts files.
// A new domain must add its call here (the check fails otherwise).
const CALLS = {
  '.': [
    ["new M.Decimal(42657).div(50308).times(100).toDecimalPlaces(2).toString()", '84.79'],
    ["M.vietnamCivilService.isWorkingDay('2024-05-04')", true],
  ],
  core: [["M.addDays('2026-02-17', 7)", '2026-02-24']],
  calendar: [["M.vietnamCivilService.addWorkingDays('2026-02-13', 1)", '2026-02-23']],
  documents: [["(M.parseDocumentNumber('3162/QĐ-UBND') as { kind?: string }).kind", 'administrative']],
  dossiers: [["M.percentages({ early: 42657, onTime: 7608, late: 43 }, { decimals: 2, method: 'largest-remainder' })?.early.toString()", '84.79']],
  reform: [["M.indexBand('95.43')?.id", 'A']],
  emulation: [["M.scoreToRating(92)", 'hoan-thanh-xuat-sac']],
  rankings: [["M.rankChange({ rank: 38, of: 63 }, { rank: 19, of: 63 }).phrase.vi", 'tăng 19 bậc']],
  format: [
    ["M.formatVnNumber(M.parseVnNumber('50.308,5'))", '50.308,5'],
    ["M.formatVnDate('2026-02-17')", '17/02/2026'],
  ],
  tables: [["M.toCsv({ title: 'T', columns: [{ id: 'a', label: { vi: 'Số', en: 'No' }, type: 'integer' }], rows: [{ a: 50308 }] }).split('\\r\\n')[1]", '50.308']],
  units: [["M.communes({ asOf: '2025-07-01' }).length", 3321]],
  petitions: [["M.reportPeriod({ kind: 'monthly', year: 2026, month: 3 }).from", '2026-02-15']],
}

/** The files of the exports map, main, module and types that `files` (a list of paths in the tarball) lacks. */
export function missingFiles(files, manifest) {
  const wanted = new Set()
  const walk = (v) => {
    if (typeof v === 'string') wanted.add(v.replace(/^\.\//, ''))
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(manifest.exports)
  for (const k of ['main', 'module', 'types']) if (manifest[k]) wanted.add(manifest[k].replace(/^\.\//, ''))
  const have = new Set(files.map((f) => f.replace(/^package\//, '')))
  return [...wanted].filter((f) => !have.has(f)).sort()
}

// npm pack --json prints lifecycle output before the JSON when a script runs
function packJson(out) {
  const start = out.search(/^\[\s*$/m)
  return JSON.parse(start === -1 ? out : out.slice(start))
}

// 1. exports map ↔ src domains ↔ calls
const domains = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`)).map((d) => d.name).sort()
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json').map((k) => k.slice(2)).sort()
if (JSON.stringify(domains) !== JSON.stringify(subpaths)) {
  fail(`package.json exports ${JSON.stringify(subpaths)} do not match src domains ${JSON.stringify(domains)}`)
}
const uncalled = subpaths.filter((d) => !CALLS[d])
if (uncalled.length) fail(`no smoke call for ${uncalled.join(', ')}: add one to CALLS in scripts/check-package.mjs`)
if (pkg.scripts?.prepack === undefined) fail('package.json has no prepack script: `npm pack` from a clean clone would ship no dist/')

const work = mkdtempSync(join(tmpdir(), 'hanhchinh-pack-'))
try {
  // 2. a clean clone of HEAD
  const head = text('git', ['rev-parse', 'HEAD']).trim()
  const dirty = text('git', ['status', '--porcelain', '--untracked-files=no']).trim()
  console.log(`packing a clean clone of ${head.slice(0, 12)}${dirty ? ' (uncommitted changes in this checkout are NOT in it)' : ''}`)
  const clone = join(work, 'clone')
  run('git', ['clone', '--quiet', '--shared', '--no-checkout', root, clone])
  run('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', head], { cwd: clone })
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir')
  if (existsSync(join(clone, 'dist'))) fail('the clean clone has a dist/ folder: dist/ must not be committed')

  // the file check must fail on a tarball packed without the build
  const dry = packJson(text('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: clone }))
  const missingWithoutBuild = missingFiles(dry[0].files.map((f) => f.path), pkg)
  if (missingWithoutBuild.length === 0) fail('a tarball packed without building passes the file check: the check is broken')
  console.log(`without prepack the tarball would lack ${missingWithoutBuild.length} files (e.g. ${missingWithoutBuild[0]}): the file check catches it`)

  // the real pack: prepack builds
  const packDir = join(work, 'pack')
  mkdirSync(packDir)
  const packed = packJson(text('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: clone }))[0]
  const tarball = join(packDir, packed.filename)
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB`)

  // 3. contents, publint, attw
  const missing = missingFiles(packed.files.map((f) => f.path), pkg)
  if (missing.length) fail(`the tarball lacks ${missing.length} files the package points to: ${missing.join(', ')}`)
  for (const d of subpaths) {
    if (!packed.files.some((f) => f.path.startsWith(`dist/${d}/`))) fail(`the tarball has no dist/${d}/`)
  }
  console.log(`the tarball holds every file of the exports map (${subpaths.length} subpaths and the root)`)
  run('npx', ['publint', '--strict', tarball])
  run('npx', ['attw', tarball, '--profile', 'node16'])

  // 4. a fresh project: install the tarball, then ESM, CJS and TypeScript packages use it
  const app = join(work, 'app')
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke', private: true }))
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error', tarball, `zod@${pkg.devDependencies.zod}`], { cwd: app })

  const entries = Object.keys(CALLS).map((k, i) => ({ name: k === '.' ? 'hanhchinh' : `hanhchinh/${k}`, id: `m${i}`, calls: CALLS[k] }))
  const same = `function same(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(\`\${what}: got \${JSON.stringify(actual)}, expected \${JSON.stringify(expected)}\`)
}`
  const body = (js) => [
    js ? same.replace(/: unknown|: string|: void/g, '') : same,
    ...entries.flatMap((e) => e.calls.map(([expr, expected]) => {
      const code = expr.replaceAll('M.', `${e.id}.`)
      return `same(${js ? code.replace(/ as \{[^}]*\}/g, '') : code}, ${JSON.stringify(expected)}, ${JSON.stringify(`${e.name}: ${expr}`)})`
    })),
  ].join('\n')
  const esmImports = entries.map((e) => `import * as ${e.id} from '${e.name}'`).join('\n')
  const cjsRequires = entries.map((e) => `const ${e.id} = require('${e.name}')`).join('\n')
  const project = (dir, type, files) => {
    mkdirSync(join(app, dir))
    writeFileSync(join(app, dir, 'package.json'), JSON.stringify({ name: `smoke-${dir}`, private: true, type }))
    for (const [name, content] of Object.entries(files)) writeFileSync(join(app, dir, name), content)
  }
  const brand = `import { toIsoDate, type IsoDate, type LegalBasis } from 'hanhchinh'
const d: IsoDate = toIsoDate('2024-05-04')
const basis: LegalBasis = { instrument: '45/2019/QH14', article: '112' }
// @ts-expect-error an IsoDate is branded: a plain string is not one
const bad: IsoDate = '2024-05-04'
void d; void basis; void bad
`
  const tsconfig = (extra) => JSON.stringify({
    compilerOptions: {
      strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: 'ES2022',
      module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: false, types: [], outDir: 'out', ...extra,
    },
    files: ['use.ts'],
  })
  project('esm', 'module', { 'use.mjs': `${esmImports}\n${body(true)}\nconsole.log('ESM import: ${entries.length} entry points ok')\n` })
  project('cjs', 'commonjs', { 'use.cjs': `${cjsRequires}\n${body(true)}\nconsole.log('CJS require: ${entries.length} entry points ok')\n` })
  project('ts-esm', 'module', { 'use.ts': `${esmImports}\n${brand}${body(false)}\nconsole.log('TypeScript ESM (nodenext, strict): ${entries.length} entry points ok')\n`, 'tsconfig.json': tsconfig({}) })
  project('ts-cjs', 'commonjs', { 'use.ts': `${esmImports}\n${brand}${body(false)}\nconsole.log('TypeScript CJS (nodenext, strict): ${entries.length} entry points ok')\n`, 'tsconfig.json': tsconfig({}) })
  writeFileSync(join(app, 'ts-esm', 'tsconfig.bundler.json'), tsconfig({ module: 'ESNext', moduleResolution: 'Bundler', noEmit: true }))

  run(process.execPath, ['use.mjs'], { cwd: join(app, 'esm') })
  run(process.execPath, ['use.cjs'], { cwd: join(app, 'cjs') })
  for (const dir of ['ts-esm', 'ts-cjs']) {
    run(process.execPath, [tsc, '-p', join(app, dir)])
    run(process.execPath, [join('out', 'use.js')], { cwd: join(app, dir) })
  }
  run(process.execPath, [tsc, '-p', join(app, 'ts-esm', 'tsconfig.bundler.json')])
  console.log('TypeScript (bundler resolution) against the shipped .d.ts ok')
} catch (error) {
  process.exitCode = 1
  console.error(`✗ ${error.message}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
if (!process.exitCode) console.log('package checks passed')
