import { describeValue, invalidArgument, wrongType } from '../core/errors.js'
import { mergeReports, type DossierCounts, type DossierReport, type ReportSection, type ReportSettings } from './report.js'

// The wire form of a (partial) dossier report: docs/dossiers.md, "Partial reports on the wire".

/**
 * The version of the JSON form written by {@link reportToJSON}; reading any
 * other version is refused.
 *
 * @example
 * ```ts
 * import { REPORT_JSON_VERSION } from 'hanhchinh/dossiers'
 * REPORT_JSON_VERSION //=> 1
 * ```
 */
export const REPORT_JSON_VERSION = 1

/**
 * The `format` tag of the JSON form.
 *
 * @example
 * ```ts
 * import { REPORT_JSON_FORMAT } from 'hanhchinh/dossiers'
 * REPORT_JSON_FORMAT //=> 'hanhchinh/dossier-report'
 * ```
 */
export const REPORT_JSON_FORMAT = 'hanhchinh/dossier-report'

const COUNT_NAMES: { readonly [K in keyof DossierCounts]-?: true } = {
  total: true, invalid: true, received: true, carriedOver: true, early: true, onTime: true, late: true, inProgress: true,
  inProgressOverdue: true, refused: true, stopped: true, withdrawn: true, awaitingSupplement: true, supplementRequested: true,
  extended: true, provisional: true, onTime766: true, processingSeconds: true, processingWorkingDays: true, unknownEnd: true,
}
const COUNT_KEYS = Object.keys(COUNT_NAMES) as (keyof DossierCounts)[]

/**
 * The derived figures of a section as exact decimal strings (`null` where
 * undefined): written for readers of the JSON; on reading they are checked
 * against the counts when present, never trusted.
 *
 * @example
 * ```ts
 * import type { ReportJsonFigures } from 'hanhchinh/dossiers'
 * const f: Pick<ReportJsonFigures, 'onTimeRate'> = { onTimeRate: '99.91' }
 * f.onTimeRate //=> '99.91'
 * ```
 */
export interface ReportJsonFigures {
  finished: number
  percentages: { early: string; onTime: string; late: string } | null
  onTimeRate: string | null
  indicator766Rate: string | null
  timelinessScore: string | null
  averageDays: string | null
  averageWorkingDays: string | null
}

/**
 * The JSON form of a report (version 1), as {@link reportToJSON} writes it:
 *
 * - `format` `'hanhchinh/dossier-report'`, `version` `1`;
 * - `settings` — the report's {@link ReportSettings} (reports merge only when equal);
 * - `counts` — the additive {@link DossierCounts}, integers;
 * - `figures` — optional derived figures, decimals as strings ({@link ReportJsonFigures});
 * - `groups` — `[{ key, counts, figures? }]`, sorted by key (an array, so that any text is a key).
 *
 * Any engine (a SQL query, a map-reduce job) can write it: only the counts
 * and settings are needed.
 *
 * @example
 * ```ts
 * import type { ReportJson } from 'hanhchinh/dossiers'
 * const j: Pick<ReportJson, 'format' | 'version'> = { format: 'hanhchinh/dossier-report', version: 1 }
 * j.version //=> 1
 * ```
 */
export interface ReportJson {
  format: typeof REPORT_JSON_FORMAT
  version: typeof REPORT_JSON_VERSION
  settings: ReportSettings
  counts: DossierCounts
  figures?: ReportJsonFigures
  groups: { key: string; counts: DossierCounts; figures?: ReportJsonFigures }[]
}

const str = (d: { toString(): string } | undefined): string | null => (d === undefined ? null : d.toString())

function figuresOf(s: ReportSection): ReportJsonFigures {
  return {
    finished: s.finished,
    percentages: s.percentages === undefined ? null : { early: s.percentages.early.toString(), onTime: s.percentages.onTime.toString(), late: s.percentages.late.toString() },
    onTimeRate: str(s.onTimeRate),
    indicator766Rate: str(s.indicator766.rate),
    timelinessScore: str(s.timelinessScore),
    averageDays: str(s.averageProcessing.days),
    averageWorkingDays: str(s.averageProcessing.workingDays),
  }
}

function countsOf(c: DossierCounts): DossierCounts {
  const out = {} as DossierCounts
  for (const k of COUNT_KEYS) out[k] = c[k]
  return out
}

/**
 * Write a (partial) report in its versioned JSON form ({@link ReportJson}):
 * the settings and the integer counts, overall and per group, with the
 * derived figures as exact decimal strings. {@link reportFromJSON} reads it
 * back; {@link mergeReports} merges the results.
 *
 * @throws TypeError when `report` is not a DossierReport
 *
 * @example
 * ```ts
 * import { dossierReport, reportToJSON } from 'hanhchinh/dossiers'
 * const r = dossierReport([{ receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: { amount: 3, unit: 'working-days' },
 *   events: [{ type: 'processed', at: '2026-03-03T10:00:00+07:00' }] }], { asOf: '2026-03-31' })
 * const j = JSON.parse(reportToJSON(r))
 * [j.version, j.counts.early, j.figures.onTimeRate] //=> [1, 1, '100']
 * ```
 */
export function reportToJSON(report: DossierReport): string {
  if (report === null || typeof report !== 'object' || report.counts === undefined || report.settings === undefined || report.groups === undefined) {
    throw wrongType('report', report, 'a DossierReport')
  }
  const json: ReportJson = {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    settings: report.settings,
    counts: countsOf(report.counts),
    figures: figuresOf(report),
    groups: Object.keys(report.groups).sort().map((key) => {
      const s = report.groups[key]!
      return { key, counts: countsOf(s.counts), figures: figuresOf(s) }
    }),
  }
  return JSON.stringify(json)
}

function readCounts(value: unknown, path: string): DossierCounts {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw wrongType(path, value, 'the counts of a report section')
  for (const key of Object.keys(value)) {
    if (!Object.prototype.hasOwnProperty.call(COUNT_NAMES, key)) throw invalidArgument(`${path}.${key}`, key, `one of the counts ${COUNT_KEYS.join(', ')}`)
  }
  const out = {} as DossierCounts
  for (const k of COUNT_KEYS) {
    const v = (value as Record<string, unknown>)[k]
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw invalidArgument(`${path}.${k}`, v, 'a count: a non-negative integer')
    out[k] = v
  }
  return out
}

function readSettings(value: unknown): ReportSettings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw wrongType('settings', value, 'the settings of a report')
  const s = value as Partial<ReportSettings>
  if (typeof s.asOf !== 'string') throw wrongType('settings.asOf', s.asOf, 'an ISO date-time')
  if (s.invalid !== 'throw' && s.invalid !== 'skip') throw invalidArgument('settings.invalid', s.invalid, "'throw' or 'skip'")
  if (s.finishedBy !== 'processed' && s.finishedBy !== 'returned') throw invalidArgument('settings.finishedBy', s.finishedBy, "'processed' or 'returned'")
  const p = s.percentages
  if (p === null || typeof p !== 'object' || !Number.isInteger(p.decimals) || p.decimals < 0 || p.decimals > 10
    || (p.method !== 'round-half-up' && p.method !== 'largest-remainder')) {
    throw invalidArgument('settings.percentages', p, "{ decimals: 0 to 10, method: 'round-half-up' | 'largest-remainder' }")
  }
  if (s.policy === null || typeof s.policy !== 'object') throw wrongType('settings.policy', s.policy, 'the resolved due-date policy')
  return value as ReportSettings
}

function checkFigures(given: unknown, section: ReportSection, path: string): void {
  if (given === undefined) return
  const expected = figuresOf(section)
  if (JSON.stringify(given) !== JSON.stringify(expected)) {
    throw invalidArgument(path, given, `figures that follow from the counts: ${JSON.stringify(expected)}`)
  }
}

/**
 * Read a report written by {@link reportToJSON} (or by any engine writing
 * {@link ReportJson}): the figures are recomputed from the counts, exactly
 * as {@link mergeReports} does, and `figures` given in the text are checked
 * against them. Merge the results with `mergeReports`.
 *
 * @throws RangeError naming the version for a version other than 1, and for counts that are not
 * non-negative integers, unknown counts, wrong settings or figures that do not follow from the
 * counts; RangeError for text that is not JSON (naming the parser's reason)
 *
 * @example
 * ```ts
 * import { dossierReport, mergeReports, reportFromJSON, reportToJSON } from 'hanhchinh/dossiers'
 * const options = { asOf: '2026-03-31', groupBy: 'channel' } as const
 * const limit = { amount: 3, unit: 'working-days' } as const
 * const a = dossierReport([{ channel: 'online', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit }], options)
 * const b = dossierReport([{ channel: 'in-person', receivedAt: '2026-03-02T08:00:00+07:00', timeLimit: limit,
 *   events: [{ type: 'returned', at: '2026-03-04T08:00:00+07:00' }] }], options)
 * const merged = mergeReports(reportFromJSON(reportToJSON(a)), reportFromJSON(reportToJSON(b)))
 * merged.counts //=> { total: 2, early: 1, inProgressOverdue: 1 }
 * Object.keys(merged.groups) //=> ['in-person', 'online']
 * reportFromJSON('{"format":"hanhchinh/dossier-report","version":2}') //=> throws RangeError: version 2
 * ```
 */
export function reportFromJSON(text: string): DossierReport {
  if (typeof text !== 'string') throw wrongType('text', text, 'the JSON text of a report')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new RangeError(`Invalid text: ${describeValue(text)} (not JSON: ${(e as Error).message})`)
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw wrongType('text', text.slice(0, 80), 'a JSON object { format, version, settings, counts, groups }')
  const j = json as Partial<Record<keyof ReportJson, unknown>>
  if (j.format !== REPORT_JSON_FORMAT) throw invalidArgument('format', j.format, `'${REPORT_JSON_FORMAT}'`)
  if (j.version !== REPORT_JSON_VERSION) {
    throw new RangeError(`Unsupported report JSON version ${JSON.stringify(j.version)}: this version of hanhchinh reads version ${REPORT_JSON_VERSION} only`)
  }
  for (const key of Object.keys(j)) {
    if (!['format', 'version', 'settings', 'counts', 'figures', 'groups'].includes(key)) throw invalidArgument(key, key, 'one of format, version, settings, counts, figures, groups')
  }
  const settings = readSettings(j.settings)
  const counts = readCounts(j.counts, 'counts')
  if (!Array.isArray(j.groups)) throw wrongType('groups', j.groups, 'an array of { key, counts }')
  const groups: Record<string, ReportSection> = {}
  const seen = new Set<string>()
  j.groups.forEach((g: unknown, i: number) => {
    if (g === null || typeof g !== 'object') throw wrongType(`groups[${i}]`, g, '{ key, counts, figures? }')
    const { key, counts: c } = g as { key?: unknown; counts?: unknown }
    if (typeof key !== 'string') throw wrongType(`groups[${i}].key`, key, 'a group key (text)')
    if (seen.has(key)) throw invalidArgument(`groups[${i}].key`, key, 'a key not used by another group')
    seen.add(key)
    Object.defineProperty(groups, key, { value: { counts: readCounts(c, `groups[${i}].counts`) }, enumerable: true, writable: true, configurable: true })
  })
  // mergeReports recomputes every figure from the counts: merging with an empty report builds the report
  const partial = { settings, counts, groups } as unknown as DossierReport
  const empty = { settings, counts: Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])), groups: {} } as unknown as DossierReport
  const report = mergeReports(partial, empty)
  checkFigures(j.figures, report, 'figures')
  j.groups.forEach((g: unknown, i: number) => {
    const { key, figures } = g as { key: string; figures?: unknown }
    checkFigures(figures, report.groups[key]!, `groups[${i}].figures`)
  })
  return report
}
