import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

describe('generated data modules', () => {
  it('regenerating from scripts/units/data/*.csv gives the committed src/units/data', () => {
    // exits 1 and names the stale file when a module differs
    expect(() => execFileSync('node', ['scripts/units/generate-units.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })
  it('the CSVs still reconcile: 3,321 / 10,035 / 696 / 10,570 rows', () => {
    const rows = (f: string) => readFileSync(`scripts/units/data/${f}`, 'utf8').trim().split('\n').length - 1
    expect(rows('communes-2025.csv')).toBe(3321)
    expect(rows('units-2024.csv')).toBe(10035 + 696)
    expect(rows('succession-2025.csv')).toBe(10570)
    expect(rows('provinces-2025.csv')).toBe(34)
    expect(rows('provinces-2024.csv')).toBe(63)
  })
  it('only src/units imports the data modules', () => {
    const grep = (pattern: string, dir: string): string[] => {
      try {
        return execFileSync('grep', ['-rlE', pattern, dir, '--include=*.ts'], { encoding: 'utf8' }).trim().split('\n')
      } catch {
        return [] // grep exits 1 when nothing matches
      }
    }
    expect(grep("units/data/", 'src').filter((f) => !f.startsWith('src/units/'))).toEqual([])
    expect(grep("from '\\./data/", 'src/units')).toEqual(['src/units/load.ts'])
  })
  it('the packed data stays compact (< 100 kB gzipped)', () => {
    const files = ['provinces', 'communes-2025', 'units-2024', 'succession-2025'].map((f) => readFileSync(`src/units/data/${f}.ts`))
    const gz = files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)
    expect(gz).toBeLessThan(100_000)
  })
})
