// Every row of merger-2025-provinces.csv (the shared data file of the 2025 arrangement,
// Nghị quyết 202/2025/QH15; copy in tests/rankings/fixtures/) against the registry and the
// succession: the current unit, its type, every predecessor, the admin centre and the merged flag.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getProvince, rankingProvinces, provinceSuccession2025, resolveProvince } from 'hanhchinh/rankings'

const csv = readFileSync(new URL('../fixtures/merger-2025-provinces.csv', import.meta.url), 'utf8')
const lines = csv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))
const header = lines[0]
const rows = lines.slice(1).map((l) => {
  const [newUnit, unitType, oldUnits, adminCentre, merged, ...rest] = l.split(',')
  expect(rest, l).toEqual([])
  return { newUnit: newUnit!, unitType: unitType!, oldUnits: oldUnits!.split(';').map((s) => s.trim()), adminCentre: adminCentre!, merged: merged! }
})

describe('merger-2025-provinces.csv, row by row', () => {
  it('has the expected header and 34 rows naming 63 old units', () => {
    expect(header).toBe('new_unit,unit_type,old_units,admin_center_in_old_unit,merged')
    expect(rows).toHaveLength(34)
    expect(rows.flatMap((r) => r.oldUnits)).toHaveLength(63)
  })

  it.each(rows)('$newUnit: type, predecessors, admin centre and merged flag match the registry', (row) => {
    const unit = getProvince(row.newUnit, { era: 'current' })
    expect(unit.type).toBe(row.unitType === 'thành phố' ? 'thanh-pho' : 'tinh')
    expect(unit.officialName).toBe(`${row.unitType === 'thành phố' ? 'Thành phố' : 'Tỉnh'} ${unit.name.replace(/^TP\. /, '')}`)
    const olds = row.oldUnits.map((name) => getProvince(name, { era: 'pre-2025' }).id)
    expect([...(unit.predecessors ?? [])].sort()).toEqual([...olds].sort())
    expect(unit.adminCentreIn).toBe(getProvince(row.adminCentre, { era: 'pre-2025' }).id)
    expect(unit.merged).toBe(row.merged === 'yes')
    // every predecessor points back to this unit
    for (const id of olds) expect(getProvince(id, { era: 'pre-2025' }).successor).toBe(unit.id)
    // the succession used by compareRankings says the same
    const su = provinceSuccession2025().units.find((u) => u.id === unit.id)
    expect(su).toMatchObject({ predecessors: unit.predecessors, adminCentreIn: unit.adminCentreIn })
  })

  it('the spelling "Huế (Thừa Thiên Huế)" of the CSV resolves to Huế', () => {
    expect(resolveProvince('Huế (Thừa Thiên Huế)', { era: 'pre-2025' }).id).toBe('hue')
  })

  it('the registry has no unit the CSV does not name', () => {
    expect(rankingProvinces({ era: 'current' }).map((u) => u.id).sort()).toEqual(rows.map((r) => getProvince(r.newUnit, { era: 'current' }).id).sort())
    expect(rankingProvinces({ era: 'pre-2025' }).map((u) => u.id).sort()).toEqual(
      rows.flatMap((r) => r.oldUnits).map((n) => getProvince(n, { era: 'pre-2025' }).id).sort(),
    )
  })
})
