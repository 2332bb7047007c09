import { describe, expect, it } from 'vitest'
import { REGIME_A, REGIME_B, parseRecord, type CollectiveRecord, type Regime } from 'hanhchinh/emulation'
import type { Label } from 'hanhchinh/core'
import { checkTapTheLaoDongTienTien, checkTapTheLaoDongXuatSac } from '../../../src/emulation/awards/collective-titles.js'

const ctx = (regime: Regime, year: number, record: unknown) => ({ regime, year, record: parseRecord(record) as CollectiveRecord, warnings: [] as Label[] })
const unit = (laoDongTienTien: number, members = 30) => ({ kind: 'collective', years: { 2024: { members, laoDongTienTien, tasksCompleted: true, rating: 'hoan-thanh-xuat-sac' } } })

describe('awards/collective-titles', () => {
  it('the LĐTT share: "more than 50%" under Law 2003, "at least 70%" under Law 2022, with the share written with a decimal comma', () => {
    const share = (regime: Regime, n: number, members?: number) => checkTapTheLaoDongTienTien(ctx(regime, 2024, unit(n, members))).find((c) => c.id === 'lao-dong-tien-tien-share')!
    expect(share(REGIME_A, 15).ok).toBe(false) // exactly 50% is not "more than 50%"
    expect(share(REGIME_A, 16).ok).toBe(true)
    expect(share(REGIME_B, 21).ok).toBe(true) // 70% is "at least 70%"
    const short = share(REGIME_B, 20)
    expect(short.ok).toBe(false)
    expect(short.detail.vi).toContain('(66,67%)')
    expect(short.detail.en).toContain('(66.67%)')
  })
  it('Tập thể lao động xuất sắc: a member disciplined with a warning bars it', () => {
    const rec = { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 10, chienSiThiDuaCoSo: 2, tasksCompleted: true, rating: 'hoan-thanh-xuat-sac', disciplinedMembers: [{ form: 'canh-cao', name: 'Trần Văn Bình' }] } } }
    const criteria = checkTapTheLaoDongXuatSac(ctx(REGIME_B, 2024, rec))
    expect(criteria.some((c) => !c.ok)).toBe(true)
    const clean = { kind: 'collective', years: { 2024: { members: 10, laoDongTienTien: 10, chienSiThiDuaCoSo: 2, tasksCompleted: true, rating: 'hoan-thanh-xuat-sac' } } }
    expect(checkTapTheLaoDongXuatSac(ctx(REGIME_B, 2024, clean)).every((c) => c.ok)).toBe(true)
  })
})
