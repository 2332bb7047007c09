// Internal (not re-exported by the entry): the one reader of ParseDocumentNumberOptions,
// shared by the document-number readers, formatDocumentNumber and extractCitations.
import { wrongType } from '../core/errors.js'
import { readOptions, type OptionNames } from '../core/options.js'
import type { HistoricalAbbreviation } from './catalogue.js'

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
  if (h !== undefined && !Array.isArray(h)) throw wrongType('options.historicalAbbreviations', h, 'an array of historical abbreviations (or [] for none)')
  return h
}
