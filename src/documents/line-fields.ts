// Internal (not re-exported by the entry): validation shared by checkRegister,
// nextRegisterNumber and the deadline functions.
import { invalidArgument, wrongType } from '../core/errors.js'
import type { SecrecyLevel, UrgencyLevel } from './schema.js'

interface LineFields {
  secrecy?: SecrecyLevel | undefined
  copy?: boolean | undefined
  series?: string | undefined
  documentNumber?: string | undefined
}

const SECRECY: ReadonlySet<unknown> = new Set(['tuyet-mat', 'toi-mat', 'mat'])

/**
 * Check the fields of a register line that decide its series, so that an
 * unknown secrecy level or a `copy: 'yes'` is an error naming the field, not
 * a silently different series. Used by checkRegister and nextRegisterNumber.
 */
export function checkLineFields(line: LineFields, where: string): void {
  if (line.secrecy !== undefined && !SECRECY.has(line.secrecy)) throw invalidArgument(`${where}.secrecy`, line.secrecy, "'tuyet-mat', 'toi-mat', 'mat' or undefined")
  if (line.copy !== undefined && typeof line.copy !== 'boolean') throw wrongType(`${where}.copy`, line.copy, 'a boolean or undefined')
  if (line.series !== undefined && (typeof line.series !== 'string' || line.series === '')) throw wrongType(`${where}.series`, line.series, 'a non-empty string or undefined')
  if (line.documentNumber !== undefined && typeof line.documentNumber !== 'string') throw wrongType(`${where}.documentNumber`, line.documentNumber, 'a string or undefined')
}

const URGENCY: ReadonlySet<unknown> = new Set(['hoa-toc', 'thuong-khan', 'khan'])

/** An urgency level must be one of the three ids (or absent): any other value would silently make a document urgent. */
export function checkUrgency(urgency: unknown, where: string): UrgencyLevel | undefined {
  if (urgency !== undefined && !URGENCY.has(urgency)) throw invalidArgument(where, urgency, "'hoa-toc', 'thuong-khan', 'khan' or undefined")
  return urgency as UrgencyLevel | undefined
}

/** A register number: a positive safe integer. */
export function checkNumber(n: unknown, where: string): number {
  if (!Number.isSafeInteger(n) || (n as number) < 1) throw invalidArgument(where, n, 'a positive integer')
  return n as number
}
