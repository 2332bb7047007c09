import { describe, expect, it } from 'vitest'
import { createReportAccumulator } from '../../src/dossiers/index.js'
import { Engine } from '../../src/dossiers/deadline-engine.js'
import { idleInstance, keepIdleInstance } from '../../src/dossiers/idle-instances.js'

describe('keepIdleInstance', () => {
  it('builds one idle instance per class, from the first constructor call, without recursing', () => {
    let built = 0
    class Counter {
      readonly n: number
      constructor() {
        this.n = ++built
        keepIdleInstance(Counter, () => new Counter())
      }
    }
    expect(idleInstance(Counter)).toBeUndefined()
    const first = new Counter()
    const second = new Counter()
    expect(built).toBe(3) // first, the idle one, second
    expect(idleInstance(Counter)).not.toBe(first)
    expect(idleInstance(Counter)).not.toBe(second)
    expect(idleInstance(Counter)!.n).toBe(2)
  })
  it("a report's engine has an idle twin that is not the report's own and serves no dossier", () => {
    const acc = createReportAccumulator({ asOf: '2026-03-31' })
    acc.add({ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' } })
    const idle = idleInstance(Engine)!
    expect(idle).toBeInstanceOf(Engine)
    expect((acc as unknown as { engine: Engine }).engine).not.toBe(idle)
    expect((idle as unknown as { dayCache: Map<number, unknown> }).dayCache.size).toBe(0)
  })
})
