import { requireAsOf, type AsOf } from '../core/as-of.js'
import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import type { LegalBasis } from '../core/legal-basis.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { accept, parseOrThrow, type ParseSuccess } from '../core/parse-result.js'
import { successorOf, unitAt, type AdministrativeUnit, type SuccessionChange } from '../units/index.js'
import { displayName, getRegistry } from './province-registry.js'
import { safeResolveProvince, type Era, type ProvinceFailure, type ProvinceUnit } from './provinces.js'

/**
 * Options of {@link provinceAt}, {@link safeProvinceAt} and
 * {@link withProvinceNames}.
 *
 * @example
 * ```ts
 * import { provinceAt, type ProvinceAtOptions } from 'hanhchinh/rankings'
 * const pci2022: ProvinceAtOptions = { asOf: '2022-12-31' }
 * provinceAt('hue', pci2022).name //=> 'Thừa Thiên Huế'
 * ```
 */
export interface ProvinceAtOptions {
  /**
   * The moment of the period shown: an ISO date (the end of that day in
   * Vietnam time), an ISO date-time with offset, or a `Date`. For an annual
   * index, the last day of the year measured (`'2022-12-31'` for PCI 2022).
   * Required; the data covers provinces from 01/08/2008.
   */
  asOf: AsOf
}

/**
 * The unit a province became when it was next merged, renamed or
 * reclassified (an unchanged continuation is skipped): its rankings id,
 * national code, names, the first day (`from`), the kind of change as
 * `hanhchinh/units` records it (`'whole'` for a province merged whole into
 * another, `'reclassified'` for Tỉnh Thừa Thiên Huế → Thành phố Huế) and the
 * instrument.
 *
 * @example
 * ```ts
 * import { provinceAt, type ProvinceSuccessor } from 'hanhchinh/rankings'
 * const s: ProvinceSuccessor | undefined = provinceAt('Hà Giang', { asOf: '2024-12-31' }).successor
 * s //=> { id: 'tuyen-quang', code: '08', name: 'Tuyên Quang', officialName: 'Tỉnh Tuyên Quang', from: '2025-07-01', change: 'whole' }
 * s?.basis[0]?.instrument //=> '202/2025/QH15'
 * ```
 */
export interface ProvinceSuccessor {
  /** Rankings id of the successor. */
  id: string
  /** Its national code. */
  code: string
  /** Its short name as tables print it. */
  name: string
  /** Its official name. */
  officialName: string
  /** First day of the successor. */
  from: string
  /** The kind of change (`hanhchinh/units`). */
  change: SuccessionChange
  /** Bilingual label of the change. */
  changeLabel: Label
  /** The instrument that made the change. */
  basis: readonly LegalBasis[]
}

/**
 * A province as it was at a moment — the name to print for a period — with
 * the unit it later became. `unit` is the rankings record of that era
 * ({@link ProvinceUnit}; its `name` is the era's last name).
 *
 * @example
 * ```ts
 * import { provinceAt, type ProvinceInPeriod } from 'hanhchinh/rankings'
 * const hue: ProvinceInPeriod = provinceAt('Huế', { asOf: '2022-12-31' })
 * hue //=> { id: 'hue', code: '46', name: 'Thừa Thiên Huế', officialName: 'Tỉnh Thừa Thiên Huế', era: 'pre-2025', date: '2022-12-31' }
 * hue.successor //=> { name: 'Huế', officialName: 'Thành phố Huế', from: '2025-01-01', change: 'reclassified' }
 * ```
 */
export interface ProvinceInPeriod {
  /** Rankings id (the same for every period of the unit within an era). */
  id: string
  /** National code then. */
  code: string
  /** Short name then, as tables print it (`'Thừa Thiên Huế'`). */
  name: string
  /** Official name then (`'Tỉnh Thừa Thiên Huế'`). */
  officialName: string
  /** The era of the moment. */
  era: Era
  /** The civil date of the moment, in Vietnam time. */
  date: string
  /** The rankings record of that era. */
  unit: ProvinceUnit
  /** The unit it became at its next merger, renaming or reclassification, if any. */
  successor?: ProvinceSuccessor
}

const AT_OPTION_NAMES: OptionNames<ProvinceAtOptions> = { asOf: true }

function readAt(options: ProvinceAtOptions | undefined, where: string): { date: string; era: Era } {
  const o = readOptions(options, AT_OPTION_NAMES, where)
  const date = requireAsOf(o.asOf, 'options.asOf').date
  return { date, era: date >= getRegistry().currentFrom ? 'current' : 'pre-2025' }
}

function successorFrom(record: AdministrativeUnit): ProvinceSuccessor | undefined {
  let u = record
  for (;;) {
    const link = successorOf(u)[0]
    if (link === undefined) return undefined
    if (link.change === 'unchanged') {
      u = link.to
      continue
    }
    const to = link.to
    const id = getRegistry().unitOf.get(to)?.id
    if (id === undefined || to.validFrom === undefined) return undefined
    return Object.freeze({
      id,
      code: to.code,
      name: displayName(to.shortName),
      officialName: to.name,
      from: to.validFrom,
      change: link.change,
      changeLabel: link.changeLabel,
      basis: link.basis,
    })
  }
}

function inPeriod(unit: ProvinceUnit, date: string, era: Era): ProvinceInPeriod {
  const record = unitAt(unit.code, { asOf: date })
  if (record === undefined) throw new RangeError(`No province has code ${unit.code} on ${date}`)
  const out: ProvinceInPeriod = {
    id: unit.id,
    code: record.code,
    name: displayName(record.shortName),
    officialName: record.name,
    era,
    date,
    unit,
  }
  const successor = successorFrom(record)
  if (successor) out.successor = successor
  return Object.freeze(out)
}

/**
 * Find a province by name, id or alias (as {@link safeResolveProvince} does,
 * in the era of the moment) and give it as it was at that moment: the name
 * to print in a table of that period and the unit it later became. A PCI
 * 2022 table prints "Thừa Thiên Huế" (Tỉnh Thừa Thiên Huế until
 * 31/12/2024), a 2025 table "Huế"; Hà Giang in 2024 is Hà Giang, part of
 * Tuyên Quang from 01/07/2025. A name that is no unit at that moment
 * (`'Hà Giang'` in 2025) is refused with code `'unknown'` and a hint.
 * {@link provinceAt} returns the value or throws.
 *
 * @throws RangeError for bad options (an unknown option, an unreadable
 * `asOf`, a date before 01/08/2008, not covered); TypeError for a missing
 * `asOf`.
 *
 * @example
 * ```ts
 * import { safeProvinceAt } from 'hanhchinh/rankings'
 * safeProvinceAt('TT-Huế', { asOf: '2022-12-31' }) //=> { ok: true, value: { id: 'hue', name: 'Thừa Thiên Huế' } }
 * safeProvinceAt('Huế', { asOf: '2025-12-31' }) //=> { ok: true, value: { id: 'hue', name: 'Huế', officialName: 'Thành phố Huế', era: 'current' } }
 * const r = safeProvinceAt('Hà Giang', { asOf: '2025-12-31' })
 * r //=> { ok: false, code: 'unknown' }
 * r.ok ? '' : r.reason.en //=> 'Unknown province "Hà Giang" in era current; this name belongs to: Tỉnh Hà Giang (ha-giang, pre-2025) (now part of Tỉnh Tuyên Quang)'
 * safeProvinceAt('QN', { asOf: '2022-12-31' }) //=> { ok: false, code: 'ambiguous' }
 * safeProvinceAt('Huế', { asOf: '2000-01-01' }) //=> throws RangeError: no data for 2000-01-01
 * ```
 */
export function safeProvinceAt(name: unknown, options: ProvinceAtOptions): ParseSuccess<ProvinceInPeriod> | ProvinceFailure {
  const { date, era } = readAt(options, 'safeProvinceAt')
  const r = safeResolveProvince(name, { era })
  if (!r.ok) return r
  return accept(inPeriod(r.value, date, era))
}

/**
 * Find a province by name, id or alias and give it as it was at a moment
 * (see {@link safeProvinceAt}), or throw a `RangeError` saying why (a
 * `TypeError` for a name that is not text).
 *
 * @throws RangeError for an empty, unknown or ambiguous name, or bad options.
 *
 * @example
 * ```ts
 * import { provinceAt } from 'hanhchinh/rankings'
 * provinceAt('hue', { asOf: '2022-12-31' }).name //=> 'Thừa Thiên Huế'
 * provinceAt('hue', { asOf: '2025-12-31' }).name //=> 'Huế'
 * provinceAt('Hà Giang', { asOf: '2024-12-31' }) //=> { name: 'Hà Giang', successor: { id: 'tuyen-quang', name: 'Tuyên Quang', from: '2025-07-01' } }
 * provinceAt('Quảng Ninh', { asOf: '2024-12-31' }).successor //=> undefined
 * provinceAt('Thái Bình', { asOf: '2025-12-31' }) //=> throws RangeError: now part of Tỉnh Hưng Yên
 * provinceAt('Huế', { year: 2022 } as never) //=> throws RangeError: Unknown option "year" of provinceAt
 * ```
 */
export function provinceAt(name: string, options: ProvinceAtOptions): ProvinceInPeriod {
  readAt(options, 'provinceAt')
  return parseOrThrow(safeProvinceAt(name, options), 'name', name)
}

/**
 * A row of a table with the name its province had in the period shown
 * (see {@link withProvinceNames}): every field of {@link ProvinceInPeriod}
 * and the row itself.
 *
 * @example
 * ```ts
 * import { rank, withProvinceNames, type NamedProvinceRow } from 'hanhchinh/rankings'
 * const [first]: NamedProvinceRow<{ id: string; rank: number }>[] = withProvinceNames([{ id: 'hue', rank: 6 }], { asOf: '2022-12-31' })
 * first?.name //=> 'Thừa Thiên Huế'
 * first?.row.rank //=> 6
 * ```
 */
export type NamedProvinceRow<R> = ProvinceInPeriod & { row: R }

/**
 * Name every row of a provincial table for its period: each row's `id` (a
 * rankings id, a name or an alias) is read with {@link provinceAt} at
 * `asOf`, and the row comes back with the unit's name, official name and
 * code then, and the unit it later became (`successor`). Use it to print
 * the output of `rank`: a PCI 2022 table prints "Thừa Thiên Huế" and
 * "Hà Giang", with "nay là Huế", "nay thuộc Tuyên Quang" from `successor`.
 * The rows are not copied (`row` is the row given, getters and all).
 *
 * @throws RangeError for a row whose id is not one province at that moment
 * (naming the row), or bad options; TypeError for rows that are not an
 * iterable of `{ id }`.
 *
 * @example
 * ```ts
 * import { rank, withProvinceNames } from 'hanhchinh/rankings'
 * // PCI 2022, published scores (VCCI): Quảng Ninh 72.95, Bắc Giang 72.80, TT-Huế 69.36
 * const pci2022 = rank([{ id: 'TT-Huế', score: '69.36' }, { id: 'bac-giang', score: '72.80' }, { id: 'quang-ninh', score: '72.95' }])
 * const named = withProvinceNames(pci2022, { asOf: '2022-12-31' })
 * named.map((r) => `${r.row.rank}. ${r.name}`) //=> ['1. Quảng Ninh', '2. Bắc Giang', '3. Thừa Thiên Huế']
 * named.map((r) => r.successor?.name) //=> [undefined, 'Bắc Ninh', 'Huế']
 * named.map((r) => r.successor?.from) //=> [undefined, '2025-07-01', '2025-01-01']
 * named[2]?.row.entry.score //=> '69.36'
 * withProvinceNames([{ id: 'hue' }], { asOf: '2025-12-31' })[0]?.name //=> 'Huế'
 * withProvinceNames([{ id: 'Hà Giang' }], { asOf: '2025-12-31' }) //=> throws RangeError: rows[0].id
 * ```
 */
export function withProvinceNames<R extends { readonly id: string }>(rows: Iterable<R>, options: ProvinceAtOptions): Array<NamedProvinceRow<R>> {
  const { date, era } = readAt(options, 'withProvinceNames')
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    throw wrongType('rows', rows, 'an iterable of rows { id }')
  }
  const out: Array<NamedProvinceRow<R>> = []
  let i = 0
  for (const row of rows) {
    if (row === null || typeof row !== 'object') throw wrongType(`rows[${i}]`, row, 'a row { id }')
    const r = safeResolveProvince(row.id, { era })
    if (!r.ok) throw invalidArgument(`rows[${i}].id`, row.id, `a province on ${date} (${r.reason.en})`)
    out.push({ ...inPeriod(r.value, date, era), row })
    i++
  }
  return out
}
