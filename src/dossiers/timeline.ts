import { invalidArgument, wrongType } from '../core/errors.js'
import type { Label } from '../core/label.js'
import { Engine } from './deadline-engine.js'
import type { SupplementPolicy } from './deadline-policy.js'
import { REASONS } from './explanation.js'
import { idleInstance, keepIdleInstance } from './idle-instances.js'
import { eventMs, instantMs, readInto, vnDay } from './instants.js'
import type { DossierEvent, DossierLike, TimeLimit } from './schema.js'

// The timeline walk: a dossier's events in time order, up to a moment, under a supplement
// policy — the due instant after supplements and extensions, the end of processing, and the
// counts the classifiers and reports need. Allocation-free unless an explanation is asked for.

/** Finish types: 1 processed, 2 returned, 3 refused, 4 stopped, 5 withdrawn (event kind − `K_FINISH_BASE`). @internal */
export const FINISH_TYPE = { processed: 1, returned: 2, refused: 3, stopped: 4, withdrawn: 5 } as const

/** Event kinds on the hot path (0: not an event type). @internal */
export const K_SUPPLEMENT_REQUESTED = 1, K_SUPPLEMENT_SUPPLIED = 2, K_EXTENDED = 3, K_CONSULTATION_REQUESTED = 4,
  K_CONSULTATION_ANSWERED = 5, K_PROCESSED = 6, K_RETURNED = 7, K_REFUSED = 8, K_STOPPED = 9, K_WITHDRAWN = 10
/** Event kind − finish type, for the ending kinds. @internal */
export const K_FINISH_BASE = K_PROCESSED - FINISH_TYPE.processed

/** The kind of an event type, 0 when it is not one of the event type ids. @internal */
export function eventKind(type: unknown): number {
  switch (type) {
    case 'processed': return K_PROCESSED
    case 'returned': return K_RETURNED
    case 'supplement-requested': return K_SUPPLEMENT_REQUESTED
    case 'supplement-supplied': return K_SUPPLEMENT_SUPPLIED
    case 'extended': return K_EXTENDED
    case 'refused': return K_REFUSED
    case 'stopped': return K_STOPPED
    case 'withdrawn': return K_WITHDRAWN
    case 'consultation-requested': return K_CONSULTATION_REQUESTED
    case 'consultation-answered': return K_CONSULTATION_ANSWERED
    default: return 0
  }
}

/** The recorded status ids, for error messages. @internal */
export const RECORDED_STATUS_LIST = "'submitted', 'in-progress', 'awaiting-supplement', 'awaiting-obligation', 'processed', " +
  "'returned', 'refused', 'not-received', 'stopped' or 'withdrawn'"

/** Whether a value is one of the event type ids. @internal */
export const isEventType = (type: unknown): boolean => eventKind(type) !== 0

/** The event type ids, for error messages. @internal */
export const EVENT_TYPE_LIST = "'supplement-requested', 'supplement-supplied', 'extended', 'consultation-requested', " +
  "'consultation-answered', 'processed', 'returned', 'refused', 'stopped' or 'withdrawn'"

/** Scratch record filled by {@link TimelineWalker.walk}. @internal */
export interface Walk {
  /**
   * The moment of the walk, set by the caller: events after it are ignored. A field, not an
   * argument of `walk`: a number passed to a call that is not inlined is boxed on the heap.
   */
  asOfMs: number
  receivedMs: number
  /** Vietnam day number of the receipt. */
  receivedDay: number
  startMs: number
  startDay: number
  dueMs: number
  /** Vietnam day number of `dueMs` when known without a division (NaN otherwise: see {@link dueDayOf}). */
  dueDay: number
  /** The due counted from receipt (or the recorded appointment), before any supplement or extension. */
  baseDueMs: number
  originalDueMs: number
  provisional: boolean
  finishMs: number
  finishType: number
  requests: number
  awaitingSinceMs: number
  pausedMs: number
  /** Total time spent waiting for supplements, whatever the policy. */
  waitingMs: number
  extensions: number
  finishedBy: 'processed' | 'returned'
  /** Unfinished, while the recorded status (or class) says the dossier ended: the end date is missing. */
  unknownEnd: boolean
}

/** Explanations collected during a walk. @internal */
export interface WalkNotes {
  reasons: Label[]
  finishedBy?: 'processed' | 'returned'
}

/** Vietnam day number of a walk's due instant. @internal */
export const dueDayOf = (w: Walk): number => (w.dueDay === w.dueDay ? w.dueDay : vnDay(w.dueMs))

/** The fields of a walk its events change, as before any event. */
function resetEffects(out: Walk): void {
  out.finishMs = NaN
  out.finishType = 0
  out.requests = 0
  out.awaitingSinceMs = NaN
  out.pausedMs = 0
  out.waitingMs = 0
  out.extensions = 0
  out.originalDueMs = NaN
  out.unknownEnd = false
}

/** A fresh scratch record. @internal */
export function newWalk(finishedBy: 'processed' | 'returned' = 'processed', asOfMs = Infinity): Walk {
  return {
    asOfMs, receivedMs: 0, receivedDay: 0, startMs: 0, startDay: 0, dueMs: 0, dueDay: NaN, baseDueMs: 0, originalDueMs: NaN, provisional: false, finishMs: NaN, finishType: 0,
    requests: 0, awaitingSinceMs: NaN, pausedMs: 0, waitingMs: 0, extensions: 0, finishedBy, unknownEnd: false,
  }
}


/**
 * Walks timelines with one engine; its scratch arrays for event times and kinds are reused from
 * dossier to dossier (no allocation per dossier). @internal
 */
export class TimelineWalker {
  private times = new Float64Array(16)
  private kinds = new Int8Array(16)
  private readonly received = new Float64Array(1)

  /**
   * @param checkRecorded - whether an unfinished walk of a dossier whose `recordedStatus` says it
   * ended is marked `unknownEnd` (classification and reports: yes; the due date alone: no)
   */
  constructor(readonly engine: Engine, private readonly checkRecorded = false) {
    keepIdleInstance(TimelineWalker, () => new TimelineWalker(idleInstance(Engine) ?? engine, checkRecorded))
  }

  /**
   * Walk the timeline up to `asOfMs` under a supplement policy and return the
   * due, the end of processing and the counts the classifiers need. Cheap:
   * no allocation beyond the cached calendar look-ups when `notes` is absent.
   */
  walk(dossier: DossierLike, supplement: SupplementPolicy, out: Walk, notes?: WalkNotes): Walk {
    const asOfMs = out.asOfMs
    if (dossier === null || typeof dossier !== 'object') throw wrongType('dossier', dossier, 'a dossier object')
    const engine = this.engine
    const receivedAt = dossier.receivedAt
    const receivedMs = typeof receivedAt === 'string' && readInto(receivedAt, this.received, 0) ? this.received[0]!
      : instantMs(receivedAt, 'dossier.receivedAt')
    const limit = dossier.timeLimit
    if (limit === null || typeof limit !== 'object') throw wrongType('dossier.timeLimit', limit, 'a time limit { amount, unit }')
    out.receivedMs = receivedMs
    const receivedDay = vnDay(receivedMs)
    out.receivedDay = receivedDay
    if (engine.policy.useRecordedAppointment && dossier.appointmentAt !== undefined) {
      const ms = engine.dateOrInstantMs(dossier.appointmentAt, 'dossier.appointmentAt')
      out.startMs = receivedMs
      out.startDay = receivedDay
      out.dueMs = ms
      out.dueDay = NaN
      out.provisional = false
      if (notes) notes.reasons.push(REASONS.recordedAppointment())
    } else if ((out.dueDay = engine.quickDueDay(receivedDay, limit)) >= 0) {
      out.startMs = receivedMs
      out.startDay = receivedDay
      out.dueMs = engine.endOf(out.dueDay)
      out.provisional = false
    } else {
      const base = engine.base(receivedMs, limit, receivedDay)
      out.startMs = base.startMs
      out.startDay = base.startDay
      out.dueMs = base.ms
      out.dueDay = base.day
      out.provisional = base.provisional
      if (notes && base.reasons.length) notes.reasons.push(...base.reasons)
    }
    out.baseDueMs = out.dueMs
    resetEffects(out)
    const events = dossier.events
    if (events === undefined) return this.recorded(dossier, out, false)
    if (!Array.isArray(events)) throw wrongType('dossier.events', events, 'an array of events')
    if (events.length === 0) return this.recorded(dossier, out, false)
    const finishByReturn = notes?.finishedBy === 'returned' || out.finishedBy === 'returned'
    // One pass in array order when the events are in time order (the usual case) and no
    // extension needs its checks; otherwise the events are read, then applied in time order.
    if (notes === undefined) {
      const ends = this.singlePass(events, limit, supplement, asOfMs, out, finishByReturn)
      if (ends !== -1) {
        if (finishByReturn && out.finishType === 1) { out.finishType = 0; out.finishMs = NaN }
        return out.finishType === 0 ? this.recorded(dossier, out, ends === 1) : out
      }
      const s = this.startState
      out.startMs = s[0]!
      out.startDay = s[1]!
      out.dueMs = s[2]!
      out.dueDay = s[3]!
      out.provisional = s[4] === 1
      resetEffects(out)
    }
    return this.twoPhase(dossier, events, limit, supplement, asOfMs, out, finishByReturn, notes)
  }

  /** The start and due of a walk before its events: [startMs, startDay, dueMs, dueDay, provisional]. */
  private readonly startState = new Float64Array(5)

  /**
   * The events applied in array order, each checked (type and instant) as it is read, also
   * those after `asOf` or after the end. Returns 1 or 0 (whether an ending event exists), or
   * −1 when it declines — events out of time order, an extension — and the caller starts over.
   */
  private singlePass(
    events: readonly DossierEvent[], limit: TimeLimit, supplement: SupplementPolicy, asOfMs: number, out: Walk, finishByReturn: boolean,
  ): number {
    const s = this.startState
    s[0] = out.startMs
    s[1] = out.startDay
    s[2] = out.dueMs
    s[3] = out.dueDay
    s[4] = out.provisional ? 1 : 0
    const times = this.times
    let ends = 0
    let live = true
    let prev = -Infinity
    for (let i = 0; i < events.length; i++) {
      const e = events[i]
      if (e === null || typeof e !== 'object') throw wrongType(`dossier.events[${i}]`, e, 'an event { type, at }')
      const kind = eventKind(e.type)
      if (kind === 0) throw invalidArgument(`dossier.events[${i}].type`, e.type, `one of ${EVENT_TYPE_LIST}`)
      if (kind === K_EXTENDED) return -1
      if (kind >= K_PROCESSED) ends = 1
      const at = e.at
      if (!(typeof at === 'string' && readInto(at, times, 0))) times[0] = eventMs(at, i)
      const t = times[0]!
      if (t < prev) return -1
      prev = t
      if (!live) continue
      if (t > asOfMs) {
        live = false
        continue
      }
      this.apply(kind, 0, i, events, limit, supplement, out, finishByReturn, undefined)
      if (out.finishType !== 0 && !(finishByReturn && out.finishType === 1)) live = false
    }
    return ends
  }

  /** Every event read and checked first, then applied in time order (stable for equal instants). */
  private twoPhase(
    dossier: DossierLike, events: readonly DossierEvent[], limit: TimeLimit, supplement: SupplementPolicy, asOfMs: number, out: Walk, finishByReturn: boolean,
    notes: WalkNotes | undefined,
  ): Walk {
    const count = events.length
    if (this.times.length < count) {
      this.times = new Float64Array(Math.max(count, this.times.length * 2))
      this.kinds = new Int8Array(this.times.length)
    }
    const times = this.times
    const kinds = this.kinds
    let sorted = true
    let ends = false
    for (let i = 0; i < count; i++) {
      const e = events[i]
      if (e === null || typeof e !== 'object') throw wrongType(`dossier.events[${i}]`, e, 'an event { type, at }')
      // every event is checked, also those after asOf or after the end: a misspelt type is an error, not a no-op
      const kind = eventKind(e.type)
      if (kind === 0) throw invalidArgument(`dossier.events[${i}].type`, e.type, `one of ${EVENT_TYPE_LIST}`)
      kinds[i] = kind
      if (kind >= K_PROCESSED) ends = true
      const at = e.at
      if (!(typeof at === 'string' && readInto(at, times, i))) times[i] = eventMs(at, i)
      if (i > 0 && times[i]! < times[i - 1]!) sorted = false
    }
    let order: number[] | null = null
    if (!sorted) {
      order = Array.from({ length: count }, (_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b)
    }
    for (let k = 0; k < count; k++) {
      const i = order === null ? k : order[k]!
      const t = times[i]!
      if (t > asOfMs) break
      this.apply(kinds[i]!, i, i, events, limit, supplement, out, finishByReturn, notes)
      if (out.finishType !== 0 && !(finishByReturn && out.finishType === 1)) break
    }
    if (finishByReturn && out.finishType === 1) { out.finishType = 0; out.finishMs = NaN }
    return out.finishType === 0 ? this.recorded(dossier, out, ends) : out
  }

  /** The effect of event `i` (of kind `kind`, at `times[slot]`: an index, not a boxed number) on the walk. */
  private apply(
    kind: number, slot: number, i: number, events: readonly DossierEvent[], limit: TimeLimit, supplement: SupplementPolicy, out: Walk,
    finishByReturn: boolean, notes: WalkNotes | undefined,
  ): void {
    const engine = this.engine
    const t = this.times[slot]!
    switch (kind) {
      case K_SUPPLEMENT_REQUESTED:
        out.requests++
        if (out.awaitingSinceMs !== out.awaitingSinceMs) out.awaitingSinceMs = t
        break
      case K_SUPPLEMENT_SUPPLIED: {
        const since = out.awaitingSinceMs
        if (since !== since) break // a supply without a request: ignored (validateTimeline reports it)
        out.awaitingSinceMs = NaN
        out.waitingMs += t - since
        if (supplement === 'restart' && notes === undefined && (out.dueDay = engine.quickDueDay(vnDay(t), limit)) >= 0) {
          out.startMs = t
          out.startDay = vnDay(t)
          out.dueMs = engine.endOf(out.dueDay)
        } else if (supplement === 'restart') {
          const b = engine.base(t, limit)
          out.startMs = b.startMs
          out.startDay = b.startDay
          out.dueMs = b.ms
          out.dueDay = b.day
          out.provisional ||= b.provisional
          if (notes) {
            notes.reasons.push(REASONS.supplementRestart(t))
            if (b.reasons.length) notes.reasons.push(...b.reasons)
          }
        } else {
          out.pausedMs += t - since
          out.dueMs += t - since
          out.dueDay = NaN
          if (notes) {
            notes.reasons.push(REASONS.supplementPause(since, t))
          }
        }
        break
      }
      case K_EXTENDED: {
        const e = events[i] as Extract<DossierEvent, { type: 'extended' }>
        out.extensions++
        if (out.extensions > engine.policy.extension.maxCount) {
          throw invalidArgument(
            `dossier.events[${i}]`, e,
            `at most ${engine.policy.extension.maxCount} extension(s) — the appointment may be re-scheduled only once (NĐ 61/2018 Art 19(9))`,
          )
        }
        const newDue = engine.dateOrInstantMs(e.newDue, `dossier.events[${i}].newDue`)
        const noticeDays = vnDay(out.dueMs) - vnDay(t)
        if (noticeDays < engine.policy.extension.minNoticeDays && engine.policy.extension.late === 'ignore') {
          if (notes) {
            notes.reasons.push(REASONS.extensionLate(t, engine.policy.extension.minNoticeDays))
          }
          break
        }
        if (out.originalDueMs !== out.originalDueMs) out.originalDueMs = out.dueMs
        out.dueMs = newDue
        out.dueDay = NaN
        if (notes) {
          notes.reasons.push(REASONS.extensionApplied(newDue))
        }
        break
      }
      case K_PROCESSED:
      case K_REFUSED:
      case K_STOPPED:
      case K_WITHDRAWN:
        if (out.finishType === 0) { out.finishMs = t; out.finishType = kind - K_FINISH_BASE }
        break
      case K_RETURNED:
        if (out.finishType === 0 || (finishByReturn && out.finishType === 1)) { out.finishMs = t; out.finishType = 2 }
        break
      default: // consultations: recorded, no effect on the clock (NĐ 61/2018 Art 19(5))
        break
    }
  }

  /**
   * An unfinished walk of a dossier whose recorded status (or class) says it ended: with an
   * ending event later in the timeline (after `asOf`) it is right; with none the end date is
   * missing, and "in progress" would be a silent wrong answer — the walk is marked `unknownEnd`.
   * A recorded status that is not one of the ids is a RangeError naming `dossier.recordedStatus`.
   */
  private recorded(dossier: DossierLike, out: Walk, ends: boolean): Walk {
    if (!this.checkRecorded) return out
    const recorded = dossier.recordedStatus
    if (recorded !== undefined) {
      switch (recorded) {
        case 'processed': case 'returned': case 'refused': case 'not-received': case 'stopped': case 'withdrawn':
          if (!ends) out.unknownEnd = true
          return out
        case 'in-progress': case 'awaiting-supplement': case 'submitted': case 'awaiting-obligation':
          break
        default:
          throw invalidArgument('dossier.recordedStatus', recorded, `one of ${RECORDED_STATUS_LIST}`)
      }
    }
    const claimed = dossier.recordedClass
    if (!ends && (claimed === 'early' || claimed === 'on-time')) out.unknownEnd = true
    return out
  }
}
