/**
 * Administrative-procedure dossiers (hồ sơ thủ tục hành chính) under the
 * one-stop mechanism (cơ chế một cửa, một cửa liên thông): the dossier model
 * and the national dossier code, appointment dates (ngày hẹn trả) with their
 * legal basis, on-time classification (trước hạn / đúng hạn / quá hạn),
 * single-pass mergeable reports with exact percentages, and the
 * reconciliation of published figures.
 *
 * @packageDocumentation
 * @module dossiers
 */
export * from './schema.js'
export { DOSSIER_BASIS } from './basis.js'
export * from './dossier-code.js'
export * from './time-limit-text.js'
export * from './percentages.js'
export * from './reconcile.js'
export {
  type DeadlineCalendar, type DeadlineEngineOptions, type DueDateOptions, type DueTime, type ExtensionOptions, type ResolvedDuePolicy,
  type SupplementPolicy,
} from './deadline-policy.js'
export { createDeadlineEngine, dueDate, type DeadlineEngine, type DueDateResult } from './due-date.js'
export {
  classifyDossier, createClassifier, DOSSIER_STATUSES, DOSSIER_STATUS_LABELS,
  type Classification, type ClassifyOptions, type DossierStatus, type FinishedBy,
} from './classify.js'
export * from './report.js'
export * from './validate.js'
export * from './import-schema.js'
export * from './labels.js'
export * from './validate-dossier.js'
export * from './sync-record-schema.js'
export * from './sync-record.js'
export { lateDossiers, type Delay, type LateDossier, type LateDossiersOptions } from './late.js'
export {
  dossierAlerts, type AlertBase, type AwaitingSupplementAlert, type DossierAlert, type DossierAlertKind, type DossierAlertsOptions,
  type DueSoonAlert, type OverdueAlert, type SuspiciousAlert,
} from './alerts.js'
export * from './score-766-data.js'
export * from './score-766.js'
export * from './report-json.js'
export { reportTable, type ReportTableOptions } from './report-table.js'
