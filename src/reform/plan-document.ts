import { wrongType } from '../core/errors.js'
import { safeParseDocumentNumber, type DocumentNumber } from '../documents/parse-document-number.js'

/**
 * The document number of a reform plan, read from its id with the
 * documents domain's `safeParseDocumentNumber`: the id itself (`'02/KH-VPUB'`,
 * `'2/kh-vpub'`) or the number after "số" in a longer id
 * (`'Kế hoạch số 02/KH-VPUB'`). `undefined` when the id is not a document
 * number (a plan tracked under an internal code) — that is allowed.
 *
 * @example
 * ```ts
 * import { planDocumentNumber } from 'hanhchinh/reform'
 * planDocumentNumber('02/KH-VPUB') //=> { kind: 'administrative', typeCode: 'KH', issuer: 'VPUB', text: '02/KH-VPUB' }
 * planDocumentNumber('Kế hoạch số 2/KH-VPUB')?.text //=> '02/KH-VPUB'
 * planDocumentNumber('KH-CCHC-2022') //=> undefined
 * ```
 */
export function planDocumentNumber(id: string): DocumentNumber | undefined {
  if (typeof id !== 'string') throw wrongType('id', id, 'a string')
  const whole = safeParseDocumentNumber(id)
  if (whole.ok) return whole.value
  const m = /\bs[oố]\s*:?\s*(\d[^\s,;]*\/[^\s,;]+)/iu.exec(id.normalize('NFC'))
  if (m) {
    const part = safeParseDocumentNumber(m[1]!)
    if (part.ok) return part.value
  }
  return undefined
}
