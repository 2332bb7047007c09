import { readdirSync, existsSync } from 'node:fs'
import { defineConfig } from 'tsup'

// One entry per subpath: every src/<domain>/index.ts, plus the root entry.
const domains = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(domains.map((d) => [`${d}/index`, `src/${d}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', '@date-fns/tz', 'decimal.js', 'fflate'],
})
