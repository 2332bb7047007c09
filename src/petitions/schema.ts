import * as z from 'zod'
import { readAsOf } from '../core/as-of.js'
import type { Label } from '../core/label.js'

/**
 * The kinds of citizens' letters (đơn thư): complaint (khiếu nại),
 * denunciation (tố cáo), petition (kiến nghị), reflection (phản ánh).
 *
 * @example
 * ```ts
 * import { LETTER_KINDS } from 'hanhchinh/petitions'
 * LETTER_KINDS //=> ['complaint', 'denunciation', 'petition', 'reflection']
 * ```
 */
export const LETTER_KINDS = ['complaint', 'denunciation', 'petition', 'reflection'] as const

/**
 * A kind of letter (see {@link LETTER_KINDS}).
 *
 * @example
 * ```ts
 * import type { LetterKind } from 'hanhchinh/petitions'
 * const k: LetterKind = 'denunciation'
 * k //=> 'denunciation'
 * ```
 */
export type LetterKind = (typeof LETTER_KINDS)[number]

/**
 * Bilingual labels of the letter kinds, in the wording of the monthly reports.
 *
 * @example
 * ```ts
 * import { LETTER_KIND_LABELS } from 'hanhchinh/petitions'
 * LETTER_KIND_LABELS.complaint.vi //=> 'Khiếu nại'
 * LETTER_KIND_LABELS.reflection.en //=> 'Reflection'
 * ```
 */
export const LETTER_KIND_LABELS: Readonly<Record<LetterKind, Label>> = {
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
  petition: { vi: 'Kiến nghị', en: 'Petition' },
  reflection: { vi: 'Phản ánh', en: 'Reflection' },
}

/**
 * How a letter arrived: in person at citizen reception, by post, online,
 * forwarded by another body (National Assembly deputies, the Fatherland
 * Front, a higher agency…), or otherwise.
 *
 * @example
 * ```ts
 * import { LETTER_CHANNELS } from 'hanhchinh/petitions'
 * LETTER_CHANNELS.includes('forwarded') //=> true
 * ```
 */
export const LETTER_CHANNELS = ['in-person', 'post', 'online', 'forwarded', 'other'] as const

/**
 * A channel of receipt (see {@link LETTER_CHANNELS}).
 *
 * @example
 * ```ts
 * import type { LetterChannel } from 'hanhchinh/petitions'
 * const c: LetterChannel = 'post'
 * c //=> 'post'
 * ```
 */
export type LetterChannel = (typeof LETTER_CHANNELS)[number]

/**
 * Bilingual labels of the channels.
 *
 * @example
 * ```ts
 * import { LETTER_CHANNEL_LABELS } from 'hanhchinh/petitions'
 * LETTER_CHANNEL_LABELS['in-person'].vi //=> 'Trực tiếp'
 * ```
 */
export const LETTER_CHANNEL_LABELS: Readonly<Record<LetterChannel, Label>> = {
  'in-person': { vi: 'Trực tiếp', en: 'In person' },
  post: { vi: 'Qua bưu chính', en: 'By post' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  forwarded: { vi: 'Cơ quan khác chuyển đến', en: 'Forwarded by another body' },
  other: { vi: 'Khác', en: 'Other' },
}

/**
 * The events of a letter's handling: classified (phân loại, xử lý đơn),
 * accepted (thụ lý), forwarded (chuyển đơn), extended (gia hạn — denunciations
 * only), settled (giải quyết xong / trả lời), withdrawn (rút đơn).
 *
 * @example
 * ```ts
 * import { LETTER_EVENT_TYPES } from 'hanhchinh/petitions'
 * LETTER_EVENT_TYPES.length //=> 6
 * ```
 */
export const LETTER_EVENT_TYPES = ['classified', 'accepted', 'forwarded', 'extended', 'settled', 'withdrawn'] as const

/**
 * A type of letter event (see {@link LETTER_EVENT_TYPES}).
 *
 * @example
 * ```ts
 * import type { LetterEventType } from 'hanhchinh/petitions'
 * const t: LetterEventType = 'accepted'
 * t //=> 'accepted'
 * ```
 */
export type LetterEventType = (typeof LETTER_EVENT_TYPES)[number]

/**
 * Bilingual labels of the letter events.
 *
 * @example
 * ```ts
 * import { LETTER_EVENT_LABELS } from 'hanhchinh/petitions'
 * LETTER_EVENT_LABELS.accepted.vi //=> 'Thụ lý'
 * ```
 */
export const LETTER_EVENT_LABELS: Readonly<Record<LetterEventType, Label>> = {
  classified: { vi: 'Phân loại, xử lý đơn', en: 'Classified' },
  accepted: { vi: 'Thụ lý', en: 'Accepted' },
  forwarded: { vi: 'Chuyển đơn', en: 'Forwarded' },
  extended: { vi: 'Gia hạn', en: 'Extended' },
  settled: { vi: 'Giải quyết xong', en: 'Settled' },
  withdrawn: { vi: 'Rút đơn', en: 'Withdrawn' },
}

const readable = (value: string): boolean => {
  try {
    readAsOf(value, 'date')
    return true
  } catch {
    return false
  }
}

/**
 * A date of a letter: an ISO date (the end of that day in Vietnam time, as
 * every `asOf`), an ISO date-time with offset, or a `Date`.
 *
 * @example
 * ```ts
 * import { LetterDateSchema } from 'hanhchinh/petitions'
 * LetterDateSchema.safeParse('2026-03-02').success //=> true
 * LetterDateSchema.safeParse('2026-03-02T08:00:00+07:00').success //=> true
 * LetterDateSchema.safeParse('02/03/2026').success //=> false
 * ```
 */
export const LetterDateSchema = z.union([
  z.string().refine(readable, { message: 'Expected an ISO date or an ISO date-time with offset' }),
  z.date(),
])

/**
 * One event of a letter's handling.
 *
 * @example
 * ```ts
 * import { LetterEventSchema } from 'hanhchinh/petitions'
 * LetterEventSchema.parse({ type: 'forwarded', at: '2026-03-05', to: 'UBND phường Hải Châu' }).type //=> 'forwarded'
 * ```
 */
export const LetterEventSchema = z.object({
  type: z.enum(LETTER_EVENT_TYPES),
  at: LetterDateSchema,
  /** For `forwarded`: the body it went to. */
  to: z.string().min(1).optional(),
  /** Document number of the decision or answer, e.g. `'3162/QĐ-UBND'`. */
  document: z.string().min(1).optional(),
})

/**
 * A letter event (see {@link LetterEventSchema}).
 *
 * @example
 * ```ts
 * import type { LetterEvent } from 'hanhchinh/petitions'
 * const e: LetterEvent = { type: 'settled', at: '2026-04-08', document: '3162/QĐ-UBND' }
 * e.document //=> '3162/QĐ-UBND'
 * ```
 */
export type LetterEvent = z.infer<typeof LetterEventSchema>

/**
 * A citizen's letter (đơn thư) as the office registers it: kind, date
 * received, channel, subject, the agency handling it, for complaints the
 * round and the complexity flags, and the events of its handling.
 *
 * @example
 * ```ts
 * import { LetterSchema } from 'hanhchinh/petitions'
 * const l = LetterSchema.parse({
 *   kind: 'complaint', received: '2026-03-02', channel: 'in-person', subject: 'Bồi thường khi thu hồi đất',
 *   agency: 'UBND tỉnh', round: 1, events: [{ type: 'accepted', at: '2026-03-09' }],
 * })
 * l.events.length //=> 1
 * LetterSchema.safeParse({ kind: 'rumour', received: '2026-03-02', events: [] }).success //=> false
 * ```
 */
export const LetterSchema = z.object({
  id: z.string().min(1).optional(),
  kind: z.enum(LETTER_KINDS),
  received: LetterDateSchema,
  channel: z.enum(LETTER_CHANNELS).optional(),
  subject: z.string().min(1).optional(),
  agency: z.string().min(1).optional(),
  /** Complaints: 1 = first settlement, 2 = second. @defaultValue 1 */
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  /** Complaints and denunciations: complex case. */
  complex: z.boolean().optional(),
  /** Denunciations: especially complex (two extensions allowed). */
  especiallyComplex: z.boolean().optional(),
  /** Complaints: remote, hard-to-reach area. */
  remoteArea: z.boolean().optional(),
  events: z.array(LetterEventSchema).default([]),
})

/**
 * A citizen's letter (see {@link LetterSchema}).
 *
 * @example
 * ```ts
 * import type { Letter } from 'hanhchinh/petitions'
 * const l: Letter = { kind: 'petition', received: '2026-03-02', events: [] }
 * l.kind //=> 'petition'
 * ```
 */
export type Letter = z.infer<typeof LetterSchema>

/**
 * What the classifier and the report read from a letter: a {@link Letter}
 * whose `events` may be omitted (none yet), with any extra fields.
 *
 * @example
 * ```ts
 * import type { LetterLike } from 'hanhchinh/petitions'
 * const l: LetterLike = { kind: 'reflection', received: '2026-03-02' }
 * l.kind //=> 'reflection'
 * ```
 */
export type LetterLike = Omit<z.input<typeof LetterSchema>, 'events'> & { events?: readonly LetterEvent[] | undefined }
