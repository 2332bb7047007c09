// Internal (not re-exported by the entry): the one reader of ParseDocumentNumberOptions,
// shared by the document-number readers, formatDocumentNumber and extractCitations.
import { invalidArgument, wrongType } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import { administrativeDocumentTypes, type HistoricalAbbreviation } from './catalogue.js'

/**
 * Options of `parseDocumentNumber`, `safeParseDocumentNumber` and the
 * functions that read document numbers with them (`formatDocumentNumber`,
 * `extractCitations`). Unknown option names are a `RangeError`.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber, type ParseDocumentNumberOptions } from 'hanhchinh/documents'
 * const options: ParseDocumentNumberOptions = { historicalAbbreviations: [] }
 * parseDocumentNumber('05/UQ-UBND', options).kind //=> 'official-letter'
 * ```
 */
export interface ParseDocumentNumberOptions {
  /**
   * Pre-2020 abbreviations to accept (default `historicalAbbreviations()`,
   * an UNCONFIRMED list). Pass `[]` to accept only the Decree 30/2020 abbreviations.
   */
  historicalAbbreviations?: readonly HistoricalAbbreviation[] | undefined
}

const NAMES: OptionNames<ParseDocumentNumberOptions> = { historicalAbbreviations: true }

/** Read a `ParseDocumentNumberOptions` object: unknown names are refused; returns the abbreviation list (or `undefined` for the default). */
export function readParseOptions(options: ParseDocumentNumberOptions | undefined, where: string): readonly HistoricalAbbreviation[] | undefined {
  const h = readOptions(options, NAMES, where).historicalAbbreviations
  if (h === undefined) return h
  if (!Array.isArray(h)) throw wrongType('options.historicalAbbreviations', h, 'an array of historical abbreviations (or [] for none)')
  // each entry is read when the lookup tables are built: a hole or a wrong shape is named here, not met there
  // (the tables are cached by the array's identity, so a list is checked once)
  if (checked.has(h)) return h
  const ids = (typeIds ??= new Set<unknown>(administrativeDocumentTypes().map((t) => t.id)))
  for (let i = 0; i < h.length; i++) {
    const e = h[i] as Partial<Record<keyof HistoricalAbbreviation, unknown>> | null | undefined
    const at = `options.historicalAbbreviations[${i}]`
    if (e === null || typeof e !== 'object') throw wrongType(at, e, 'a historical abbreviation { abbreviation, typeId, replacedBy, unconfirmed }')
    if (typeof e.abbreviation !== 'string') throw wrongType(`${at}.abbreviation`, e.abbreviation, 'an abbreviation (string)')
    if (!ABBREVIATION.test(e.abbreviation)) throw invalidArgument(`${at}.abbreviation`, e.abbreviation, 'letters (and digits) starting with a letter, at most 20')
    if (!ids.has(e.typeId)) throw invalidArgument(`${at}.typeId`, e.typeId, 'a type id of administrativeDocumentTypes()')
  }
  checked.add(h)
  return h
}

const checked = new WeakSet<readonly unknown[]>()
let typeIds: ReadonlySet<unknown> | undefined

const ABBREVIATION = /^[A-Za-zĐđ][A-Za-z0-9Đđ]{0,19}$/
