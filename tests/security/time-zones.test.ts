// Outputs are identical in five host time zones: the library reads civil
// dates in Vietnam time whatever the host's zone.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago']
const script = fileURLToPath(new URL('./fingerprint.ts', import.meta.url))

describe('five host time zones', () => {
  it('give the same answer from every export', () => {
    const runs = ZONES.map((TZ) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ }, encoding: 'utf8', maxBuffer: 1 << 26 })
      expect(r.status, r.stderr).toBe(0)
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, string>
    })
    const [first, ...rest] = runs
    expect(Object.keys(first!).length).toBeGreaterThan(100)
    rest.forEach((other, i) => {
      const differ = Object.keys(first!).filter((k) => first![k] !== other[k])
      expect(differ, `${ZONES[i + 1]} differs from ${ZONES[0]}`).toEqual([])
    })
  }, 180_000)
})
