// `npm test` step: bundle sizes (a size-limit style check, with esbuild).
// 1. `import { vietnamCivilService } from 'hanhchinh/calendar'` bundled and minified from
//    src/ must be ≤ 25 KB gzipped and contain no zod (the working-day functions validate their
//    inputs without zod; the calendar's zod schemas are kept for those who import them).
// 2. No subpath bundle (every entry of package.json "exports", all of its exports kept) may
//    contain one of zod's locale packs other than `en`, which zod's classic API installs as its
//    default. `import { z } from 'zod'` pulls all 64 packs (the `z` object carries
//    `z.locales`); `import * as z from 'zod'` lets them tree-shake, `zod/mini` carries none.
// Prints every size; exits 1 on a failure. `node scripts/check-bundle-size.mjs`.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const LIMIT_GZIP = 25 * 1024
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

async function bundle(contents) {
  const r = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    logLevel: 'silent',
  })
  const code = r.outputFiles[0].contents
  const inputs = Object.keys(Object.values(r.metafile.outputs)[0].inputs)
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const failures = []

const calendar = await bundle("export { vietnamCivilService } from './src/calendar/index.ts'")
const zodFiles = calendar.inputs.filter((f) => f.includes('node_modules/zod/'))
console.log(`calendar-only (vietnamCivilService): ${kb(calendar.minified)} minified, ${kb(calendar.gzipped)} gzipped (limit ${kb(LIMIT_GZIP)}), zod files: ${zodFiles.length}`)
if (calendar.gzipped > LIMIT_GZIP) failures.push(`the calendar-only bundle is ${kb(calendar.gzipped)} gzipped, over ${kb(LIMIT_GZIP)}`)
if (zodFiles.length) failures.push(`the calendar-only bundle contains zod (${zodFiles.slice(0, 3).join(', ')}…): the working-day path must not import a zod schema`)

for (const key of Object.keys(pkg.exports)) {
  if (key === './package.json') continue
  const dir = key === '.' ? '' : `${key.slice(2)}/`
  const b = await bundle(`export * from './src/${dir}index.ts'`)
  const locales = b.inputs.filter((f) => /node_modules\/zod\/v4\/locales\/(?!en\.js$)/.test(f)).map((f) => f.split('/').pop())
  console.log(`${(key === '.' ? 'hanhchinh' : `hanhchinh/${key.slice(2)}`).padEnd(20)} ${kb(b.minified).padStart(9)} minified ${kb(b.gzipped).padStart(9)} gzipped   zod locale packs: ${locales.length}`)
  if (locales.length) failures.push(`${key}: carries ${locales.length} zod locale packs (import zod as \`import * as z from 'zod'\`, not \`import { z } from 'zod'\`)`)
}

if (failures.length) {
  for (const f of failures) console.error(`FAIL: ${f}`)
  process.exit(1)
}
console.log('bundle sizes OK')
