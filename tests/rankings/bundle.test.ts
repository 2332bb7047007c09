// Keep bundles lean (issue 16): the province functions read hanhchinh/units, whose packed commune
// data is about 85 kB gzipped; a user who imports only `rank` (or the other figures) must not carry it.
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const entry = fileURLToPath(new URL('../../src/rankings/index.ts', import.meta.url))

async function unitsBytes(names: string[], pattern = /src\/units\//): Promise<Record<string, number>> {
  const result = await build({
    stdin: { contents: `import { ${names.join(', ')} } from ${JSON.stringify(entry)}\nconsole.log(${names.join(', ')})`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const output = Object.values(result.metafile.outputs)[0]!
  const bytes: Record<string, number> = {}
  for (const [file, info] of Object.entries(output.inputs)) {
    if (info.bytesInOutput > 0 && pattern.test(file)) bytes[file.replace(/^.*src\//, 'src/')] = info.bytesInOutput
  }
  return bytes
}

describe('bundles', () => {
  it('rank, rankChange, compare phrases and bands carry nothing of hanhchinh/units', async () => {
    expect(await unitsBytes(['rank'])).toEqual({})
    expect(await unitsBytes(['rank', 'rankDetailed', 'rankChange', 'parseRankPhrase', 'bandOf', 'papiGroups', 'inTopGroup', 'positionOf'])).toEqual({})
  }, 30_000)

  it('rank carries nothing of hanhchinh/tables or of the ranking tables; rankingTable and comparisonTable nothing of hanhchinh/units', async () => {
    expect(await unitsBytes(['rank', 'rankDetailed'], /src\/tables\/|src\/rankings\/ranking-table/)).toEqual({})
    expect(await unitsBytes(['rankingTable', 'comparisonTable'])).toEqual({})
    // the check can fail: a bundle of rankingTable does carry its module
    expect(Object.keys(await unitsBytes(['rankingTable'], /src\/rankings\/ranking-table/))).toEqual(['src/rankings/ranking-table.ts'])
  }, 30_000)

  it('the province functions do carry the units data (the check above can fail)', async () => {
    const bytes = await unitsBytes(['resolveProvince'])
    expect(bytes['src/units/data/communes-2025.ts']).toBeGreaterThan(10_000)
    expect(bytes['src/units/data/provinces.ts']).toBeGreaterThan(1_000)
  }, 30_000)
})
