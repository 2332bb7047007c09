import { invalidArgument, wrongType } from '../core/errors.js'
import { readParseOptions, type ParseDocumentNumberOptions } from './number-options.js'
import { safeParseDocumentNumber } from './parse-document-number.js'

/**
 * The parts {@link formatDocumentNumber} needs, by kind. A parsed
 * `DocumentNumber` fits; so do hand-built parts with a numeric `number`.
 *
 * @example
 * ```ts
 * import { formatDocumentNumber, type DocumentNumberParts } from 'hanhchinh/documents'
 * const parts: DocumentNumberParts = { kind: 'administrative', number: 2, typeCode: 'KH', issuer: 'VPUB' }
 * formatDocumentNumber(parts) //=> '02/KH-VPUB'
 * ```
 */
export type DocumentNumberParts =
  | { kind: 'administrative'; number: number | string; typeCode: string; issuer: string; issuers?: readonly string[] }
  | { kind: 'official-letter'; number: number | string; issuer: string; draftingUnit?: string | undefined }
  | {
    kind: 'legal-normative'; number: number | string; year: number; typeCode?: string | undefined
    issuer: string; issuers?: readonly string[]; term?: number | undefined
  }

function numberText(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 1) throw invalidArgument('parts.number', value, 'a positive integer')
    return String(value)
  }
  if (typeof value === 'string') return value
  throw wrongType('parts.number', value, 'a number or a string')
}

/**
 * Write a document number and notation in canonical form (Decree
 * 30/2020/NĐ-CP Phụ lục I II.3; Law 80/2015/QH13 Art 10): Arabic digits,
 * numbers below 10 with a leading `0`, `/` between number, year and notation,
 * `-` between groups, no spaces, canonical abbreviations (`QĐ`, `QyĐ`,
 * `TTg`, `HĐND`).
 *
 * Accepts a parsed number, parts, or text (which is parsed). Throws a
 * `RangeError` if the input does not make a valid document number (this is
 * a formatting function: use {@link parseDocumentNumber} to test user text).
 *
 * @example
 * ```ts
 * import { formatDocumentNumber, parseDocumentNumber } from 'hanhchinh/documents'
 * formatDocumentNumber('Số: 2 / kh - vpub') //=> '02/KH-VPUB'
 * formatDocumentNumber({ kind: 'legal-normative', number: 1, year: 2018, typeCode: 'TT', issuer: 'VPCP' }) //=> '01/2018/TT-VPCP'
 * formatDocumentNumber({ kind: 'legal-normative', number: 45, year: 2019, issuer: 'QH', term: 14 }) //=> '45/2019/QH14'
 * formatDocumentNumber({ kind: 'official-letter', number: 12, issuer: 'UBND', draftingUnit: 'VX' }) //=> '12/UBND-VX'
 * formatDocumentNumber(parseDocumentNumber('3162/qd-ubnd')) //=> '3162/QĐ-UBND'
 * formatDocumentNumber('QĐ-UBND') //=> throws RangeError: QĐ-UBND
 * ```
 */
export function formatDocumentNumber(value: DocumentNumberParts | string, options?: ParseDocumentNumberOptions): string {
  const historical = readParseOptions(options, 'formatDocumentNumber')
  let text: string
  if (typeof value === 'string') {
    text = value
  } else if (typeof value === 'object' && value !== null) {
    const n = numberText(value.number)
    switch (value.kind) {
      case 'administrative': {
        const groups = value.issuers !== undefined && value.issuers.length > 0 ? value.issuers : [value.issuer]
        text = `${n}/${[value.typeCode, ...groups].join('-')}`
        break
      }
      case 'official-letter':
        text = `${n}/${value.draftingUnit === undefined ? value.issuer : `${value.issuer}-${value.draftingUnit}`}`
        break
      case 'legal-normative': {
        if (value.term !== undefined) {
          text = `${n}/${value.year}/${value.issuer}${value.term}`
        } else {
          const groups = value.issuers !== undefined && value.issuers.length > 0 ? value.issuers : [value.issuer]
          text = `${n}/${value.year}/${[...(value.typeCode === undefined ? [] : [value.typeCode]), ...groups].join('-')}`
        }
        break
      }
      default:
        throw invalidArgument('parts.kind', (value as { kind: unknown }).kind, "'administrative', 'official-letter' or 'legal-normative'")
    }
  } else {
    throw wrongType('value', value, 'document number parts or a string')
  }
  const result = safeParseDocumentNumber(text, historical === undefined ? undefined : { historicalAbbreviations: historical })
  if (!result.ok) throw invalidArgument('value', text, `a document number: ${result.reason.en}`)
  const parsed = result.value
  if (typeof value !== 'string' && parsed.kind !== value.kind) {
    throw invalidArgument('value', text, `a number of kind ${value.kind}, but it reads as ${parsed.kind}`)
  }
  return parsed.text
}
