#!/usr/bin/env node
// Generate the packed data modules of `hanhchinh/units` (src/units/data/*.ts)
// from the reconciled fact tables in scripts/units/data/*.csv.
//
//   node scripts/units/generate-units.mjs          write src/units/data/*.ts
//   node scripts/units/generate-units.mjs --check  exit 1 if a committed module differs
//
// The CSVs are the reconciled tables of issue 16 (see docs/units.md for their
// sources and licences); the raw snapshots they were built from are NOT in this
// repository. Output is deterministic (sorted input order, LF, no timestamps).
//
// Packed formats (read by src/units/load.ts):
//
// PROVINCES_2025 / PROVINCES_2024: one line per province, fields joined by "|":
//   2025: code|shortName|kindChar|commune resolution (number and notation)
//   2024: code|shortName|kindChar|successorCode
//   kindChar: t = tỉnh, c = thành phố trực thuộc trung ương
//
// COMMUNES_2025: province blocks in PROVINCES_2025 order. A block starts with
//   "#<provinceCode>"; each following line is <kindChar><delta><space><shortName>
//   where delta is the code minus the previous code of the block (the first
//   against 0), in base 36, and kindChar is x = xã, p = phường, d = đặc khu.
//
// UNITS_2024: province blocks in PROVINCES_2024 order ("#<provinceCode>"). A
//   district line is "@<code3><kindChar><shortName>" (h huyện, q quận, s thị
//   xã, c thành phố thuộc tỉnh); a commune line (of the district above it) is
//   <kindChar><delta><space><shortName>[|<variant full name>...] (x xã, p
//   phường, t thị trấn), delta = code minus the previous commune code in the
//   whole file, base 36, with a leading "-" when negative. Variants are other
//   spellings of the name (NSO conversion table vs GSO list).
//
// SUCCESSION_2025: one line per UNITS_2024 line that is a district or a
//   commune (same order). Empty for a district whose successors are those of
//   its communes; otherwise entries joined by " ", each
//   <index of the new commune in COMMUNES_2025, base 36><partChar>[s][!]
//   partChar: a whole, b unchanged, c renamed, d reclassified, e whole-area,
//   f part, g part-area, h part-area-whole-population, i part-population;
//   "s" = share 1 (the whole old unit went there); "!" = the dvhcvn/20250701
//   mapping differs for this old unit but the resolution's clauses support the
//   NSO table; "?" = they differ and the clauses did not settle it (UNCONFIRMED).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const dataDir = join(here, 'data')
const outDir = join(root, 'src', 'units', 'data')

function fail(message) {
  throw new Error(`generate-units: ${message}`)
}

/** A small RFC 4180 reader (quoted fields, doubled quotes); the CSVs are UTF-8, LF. */
function readCsv(name) {
  const text = readFileSync(join(dataDir, name), 'utf8')
  const rows = []
  let field = ''
  let row = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++ }
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') { row.push(field); field = '' }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = '' }
    else if (ch !== '\r') field += ch
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row) }
  const [header, ...body] = rows
  return body.map((r, n) => {
    if (r.length !== header.length) fail(`${name} row ${n + 2}: ${r.length} fields, expected ${header.length}`)
    return Object.fromEntries(header.map((h, i) => [h, r[i]]))
  })
}

const PREFIX = {
  xa: 'Xã ', phuong: 'Phường ', 'thi-tran': 'Thị trấn ', 'dac-khu': 'Đặc khu ',
  huyen: 'Huyện ', quan: 'Quận ', 'thi-xa': 'Thị xã ', 'thanh-pho': 'Thành phố ',
}
const COMMUNE_CHAR = { xa: 'x', phuong: 'p', 'thi-tran': 't', 'dac-khu': 'd' }
const DISTRICT_CHAR = { huyen: 'h', quan: 'q', 'thi-xa': 's', 'thanh-pho': 'c' }
const PROVINCE_CHAR = { tinh: 't', 'thanh-pho': 'c' }
// The 13 old communes for which the NSO table and dvhcvn/20250701 differ and the
// reading of the resolution's clauses was unclear (reconcile-report.txt of issue 16,
// lines "adjudicate … -> resolution-unclear"). The NSO table is kept; marked UNCONFIRMED.
const UNCLEAR = new Set(['13768', '14323', '14770', '20669', '23053', '23710', '23938', '24292', '27739', '28924', '31240', '31379', '31588'])
const PART_CHAR = {
  whole: 'a', unchanged: 'b', renamed: 'c', reclassified: 'd', 'whole-area': 'e',
  part: 'f', 'part-area': 'g', 'part-area-whole-population': 'h', 'part-population': 'i',
}

/** The name without its kind prefix; the GSO list sometimes capitalises the prefix ("Thị Trấn"). */
function shortName(name, kind) {
  const prefix = PREFIX[kind]
  if (!prefix) fail(`unknown kind ${kind} for ${name}`)
  if (name.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) fail(`${name} does not start with "${prefix}"`)
  const rest = name.slice(prefix.length)
  if (rest === '' || /[|\n#@]/.test(rest)) fail(`unusable name ${JSON.stringify(name)}`)
  return rest
}

function delta(code, previous) {
  const d = Number(code) - previous
  return d < 0 ? `-${(-d).toString(36)}` : d.toString(36)
}

function check(condition, message) {
  if (!condition) fail(message)
}

export function generate() {
  const p25 = readCsv('provinces-2025.csv')
  const p24 = readCsv('provinces-2024.csv')
  const c25 = readCsv('communes-2025.csv')
  const u24 = readCsv('units-2024.csv')
  const succ = readCsv('succession-2025.csv')
  const variants = readCsv('name-variants-2024.csv')

  check(p25.length === 34, `34 provinces from 2025, found ${p25.length}`)
  check(p24.length === 63, `63 provinces before 2025, found ${p24.length}`)
  const p25ByCode = new Map(p25.map((p) => [p.code, p]))
  for (const p of p25) {
    check(/^\d{2}$/.test(p.code), `province code ${p.code}`)
    check(p.resolution === '202/2025/QH15' && p.validFrom === '2025-07-01', `province ${p.code} resolution/validFrom`)
    check(/^\d{4}\/NQ-UBTVQH15$/.test(p.communeResolution), `province ${p.code} commune resolution ${p.communeResolution}`)
    check(p.fullName === (p.kind === 'tinh' ? 'Tỉnh ' : 'Thành phố ') + p.name, `province ${p.code} full name`)
  }
  for (const p of p24) {
    check(p25ByCode.has(p.successorCode), `province ${p.code} successor ${p.successorCode}`)
    check(p.fullName === (p.kind === 'tinh' ? 'Tỉnh ' : 'Thành phố ') + p.name, `province ${p.code} full name`)
  }
  const provinces2025 = p25.map((p) => [p.code, p.name, PROVINCE_CHAR[p.kind], p.communeResolution].join('|')).join('\n')
  const provinces2024 = p24.map((p) => [p.code, p.name, PROVINCE_CHAR[p.kind], p.successorCode].join('|')).join('\n')

  // communes from 01/07/2025, grouped by province in PROVINCES_2025 order
  const newIndex = new Map()
  const lines25 = []
  for (const p of p25) {
    const mine = c25.filter((c) => c.provinceCode === p.code).sort((a, b) => a.code.localeCompare(b.code))
    lines25.push(`#${p.code}`)
    let previous = 0
    for (const c of mine) {
      check(/^\d{5}$/.test(c.code), `new code ${c.code}`)
      check(!newIndex.has(c.code), `duplicate new code ${c.code}`)
      check(c.resolution === p.communeResolution, `${c.code} resolution ${c.resolution} vs province ${p.communeResolution}`)
      check(c.validFrom === '2025-07-01', `${c.code} validFrom ${c.validFrom}`)
      check(c.provinceName === p.name, `${c.code} province name ${c.provinceName}`)
      newIndex.set(c.code, newIndex.size)
      lines25.push(`${COMMUNE_CHAR[c.kind] ?? fail(`kind ${c.kind}`)}${delta(c.code, previous)} ${shortName(c.name, c.kind)}`)
      previous = Number(c.code)
    }
  }
  check(newIndex.size === c25.length && c25.length === 3321, `3,321 new communes, packed ${newIndex.size} of ${c25.length}`)

  // units in force on 30/06/2025: districts then their communes, by province
  const variantsOf = new Map()
  for (const v of variants) variantsOf.set(v.code, [...(variantsOf.get(v.code) ?? []), v.name])
  const succOf = new Map()
  for (const s of succ) {
    check(newIndex.has(s.newCode), `successor ${s.newCode} of ${s.oldCode} is not a new commune`)
    check(PART_CHAR[s.part] !== undefined, `part ${s.part}`)
    check(s.share === '' || s.share === '1', `share ${s.share}`)
    const newProvince = c25.find((c) => c.code === s.newCode)
    check(s.source === `nso-bcd;${newProvince.resolution}`, `source ${s.source} of ${s.oldCode}`)
    const entry = `${newIndex.get(s.newCode).toString(36)}${PART_CHAR[s.part]}${s.share === '1' ? 's' : ''}${s.crossCheck === 'dvhcvn-differs' ? (UNCLEAR.has(s.oldCode) ? '?' : '!') : ''}`
    succOf.set(s.oldCode, [...(succOf.get(s.oldCode) ?? []), entry])
  }
  for (const code of UNCLEAR) check(succ.some((s) => s.oldCode === code && s.crossCheck === 'dvhcvn-differs'), `unclear ${code} is not a dvhcvn-differs row`)
  const lines24 = []
  const succLines = []
  let previous = 0
  let districts = 0
  let communes = 0
  const seen = new Set()
  for (const p of p24) {
    lines24.push(`#${p.code}`)
    const ds = u24.filter((u) => u.level === 'district' && u.provinceCode === p.code).sort((a, b) => a.code.localeCompare(b.code))
    for (const d of ds) {
      check(/^\d{3}$/.test(d.code) && !seen.has(d.code), `district code ${d.code}`)
      seen.add(d.code)
      lines24.push(`@${d.code}${DISTRICT_CHAR[d.kind] ?? fail(`kind ${d.kind}`)}${shortName(d.name, d.kind)}`)
      succLines.push((succOf.get(d.code) ?? []).join(' '))
      districts++
      const cs = u24.filter((u) => u.level === 'commune' && u.districtCode === d.code).sort((a, b) => a.code.localeCompare(b.code))
      for (const c of cs) {
        check(/^\d{5}$/.test(c.code) && !seen.has(c.code), `commune code ${c.code}`)
        check(c.provinceCode === p.code, `${c.code} province`)
        seen.add(c.code)
        const alias = (variantsOf.get(c.code) ?? []).map((v) => `|${v}`).join('')
        lines24.push(`${COMMUNE_CHAR[c.kind] ?? fail(`kind ${c.kind}`)}${delta(c.code, previous)} ${shortName(c.name, c.kind)}${alias}`)
        const s = succOf.get(c.code)
        check(s !== undefined, `old commune ${c.code} has no successor`)
        succLines.push(s.join(' '))
        previous = Number(c.code)
        communes++
      }
    }
  }
  check(seen.size === u24.length, `every unit of units-2024.csv packed (${seen.size} of ${u24.length})`)
  check(districts === 696 && communes === 10035, `696 districts and 10,035 communes, found ${districts} and ${communes}`)
  for (const code of succOf.keys()) check(seen.has(code), `succession row for unknown old unit ${code}`)
  for (const code of variantsOf.keys()) check(seen.has(code), `name variant for unknown old unit ${code}`)

  const header = (what) =>
    '// GENERATED by scripts/units/generate-units.mjs from scripts/units/data/*.csv — do not edit.\n' +
    `// ${what}\n// Format: see the header of scripts/units/generate-units.mjs. Parsed lazily by src/units/load.ts.\n`
  const literal = (s) => JSON.stringify(s)
  return {
    'provinces.ts':
      header('Provinces before (63) and from 01/07/2025 (34).') +
      `\n/** Provinces from 01/07/2025: code|shortName|kind|commune resolution. */\nexport const PROVINCES_2025 = ${literal(provinces2025)}\n` +
      `\n/** Provinces in force on 30/06/2025: code|shortName|kind|successor code. */\nexport const PROVINCES_2024 = ${literal(provinces2024)}\n`,
    'communes-2025.ts':
      header('The 3,321 commune-level units from 01/07/2025 (1027/CTK-CSCL list; Ia Mơ = 23938).') +
      `\n/** Packed commune-level units from 01/07/2025. */\nexport const COMMUNES_2025 = ${literal(lines25.join('\n'))}\n`,
    'units-2024.ts':
      header('The 696 districts and 10,035 communes in force on 30/06/2025 (GSO list of 01/03/2025 less 12 codes).') +
      `\n/** Packed districts and communes in force on 30/06/2025. */\nexport const UNITS_2024 = ${literal(lines24.join('\n'))}\n`,
    'succession-2025.ts':
      header('Old unit -> new commune-level unit(s), from the NSO conversion table.') +
      `\n/** Packed successions, one line per district or commune of UNITS_2024. */\nexport const SUCCESSION_2025 = ${literal(succLines.join('\n'))}\n`,
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = generate()
  if (process.argv.includes('--check')) {
    let stale = 0
    for (const [name, content] of Object.entries(files)) {
      let committed = ''
      try { committed = readFileSync(join(outDir, name), 'utf8') } catch { committed = '' }
      if (committed !== content) { console.error(`src/units/data/${name} is stale: run node scripts/units/generate-units.mjs`); stale++ }
    }
    process.exit(stale ? 1 : 0)
  }
  mkdirSync(outDir, { recursive: true })
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content)
  console.log(`wrote ${Object.keys(files).map((f) => `src/units/data/${f}`).join(', ')}`)
}
