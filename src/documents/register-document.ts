import { invalidArgument, wrongType } from '../core/errors.js'
import { isIsoDate } from '../core/iso-date.js'
import { seriesKindOf, type RegisterLine, type SeriesKind } from './check-register.js'
import { checkLineFields, checkNumber } from './line-fields.js'
import { RegisterEntrySchema, type Register, type RegisterEntry } from './schema.js'

/**
 * The next number of a register series on a date: one more than the
 * largest number of the same series (kind, `series` key) in the same year,
 * or 01 for the first document of the year — numbers restart at 01 on
 * 1 January (Decree 30/2020/NĐ-CP Art 15(1), Art 22); classified documents
 * and copies have their own series (Art 15(2); Phụ lục I Phần II II.1(c)).
 *
 * @example
 * ```ts
 * import { nextRegisterNumber } from 'hanhchinh/documents'
 * const entries = [{ number: 4212, date: '2023-12-29' }, { number: 1, date: '2024-01-02' }, { number: 1, date: '2024-01-02', secrecy: 'mat' as const }]
 * nextRegisterNumber(entries, { date: '2024-01-03' }) //=> 2
 * nextRegisterNumber(entries, { date: '2024-01-03', secrecy: 'toi-mat' }) //=> 2
 * nextRegisterNumber(entries, { date: '2024-01-03', copy: true }) //=> 1
 * nextRegisterNumber(entries, { date: '2023-12-30' }) //=> 4213
 * ```
 */
export function nextRegisterNumber(entries: Iterable<RegisterLine>, line: Omit<RegisterLine, 'number'>): number {
  if (line === null || typeof line !== 'object') throw wrongType('line', line, 'a register line without number')
  if (!isIsoDate(line.date)) throw invalidArgument('line.date', line.date, 'an ISO date YYYY-MM-DD that exists')
  checkLineFields(line, 'line')
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) throw wrongType('entries', entries, 'an iterable of register entries')
  const year = line.date.slice(0, 4)
  const kind: SeriesKind = seriesKindOf(line)
  let max = 0
  let index = 0
  for (const e of entries) {
    const where = `entries[${index++}]`
    if (e === null || typeof e !== 'object') throw wrongType(where, e, 'a register entry')
    checkNumber(e.number, `${where}.number`)
    if (!isIsoDate(e.date)) throw invalidArgument(`${where}.date`, e.date, 'an ISO date YYYY-MM-DD that exists')
    checkLineFields(e, where)
    if (e.date.slice(0, 4) !== year || (e.series ?? '') !== (line.series ?? '') || seriesKindOf(e) !== kind) continue
    if (e.number > max) max = e.number
  }
  return max + 1
}

/**
 * Register a document: a new register (the input is not changed) with the
 * entry appended under the next number of its series
 * ({@link nextRegisterNumber}), and that entry. The entry is checked against
 * {@link RegisterEntrySchema} first: an invalid field (an urgency `'gấp'`, a
 * date `'2024-02-30'`) is a `RangeError` naming it, never a line in the book.
 *
 * @example
 * ```ts
 * import { registerDocument, type Register } from 'hanhchinh/documents'
 * import { toIsoDate } from 'hanhchinh/core'
 * const book: Register = { direction: 'incoming', entries: [{ number: 1, date: toIsoDate('2024-01-02') }] }
 * const { register, entry } = registerDocument(book, { date: toIsoDate('2024-01-02'), documentNumber: '3162/QĐ-UBND' })
 * entry.number //=> 2
 * register.entries.length //=> 2
 * book.entries.length //=> 1
 * registerDocument(book, { date: toIsoDate('2024-01-03'), urgency: 'gấp' as never }) //=> throws RangeError: entry.urgency
 * ```
 */
export function registerDocument(register: Register, entry: Omit<RegisterEntry, 'number'>): { register: Register; entry: RegisterEntry } {
  if (register === null || typeof register !== 'object' || !Array.isArray(register.entries)) throw wrongType('register', register, 'a register')
  if (entry === null || typeof entry !== 'object') throw wrongType('entry', entry, 'a register entry without number')
  // the new line must be a valid entry (an urgency "gấp" or a date "2024-02-30" would otherwise enter the book)
  const checked = RegisterEntrySchema.omit({ number: true }).safeParse(entry)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const path = issue?.path ?? []
    let value: unknown = entry
    for (const k of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined
    throw invalidArgument(['entry', ...path.map(String)].join('.'), value, `a valid register entry field (${issue?.message ?? 'invalid'})`)
  }
  const number = nextRegisterNumber(register.entries, entry)
  const added: RegisterEntry = { ...entry, number }
  return { register: { ...register, entries: [...register.entries, added] }, entry: added }
}
