import type { z } from 'zod'
import type { Label } from '../core/label.js'

// Internal to the library (not exported from the format entry): how every
// codec reports a value it cannot read, with both languages in `params` so
// importRecords can show the Vietnamese message without touching z.config.

/** @internal */
export type CodecPayload = z.core.ParsePayload<unknown>

/** @internal */
export function codecFailure(payload: CodecPayload, input: unknown, reason: Label, format: string): never {
  payload.issues.push({
    code: 'custom',
    message: reason.en,
    input,
    params: { vi: reason.vi, en: reason.en, format },
  } as z.core.$ZodRawIssue)
  return undefined as never
}
