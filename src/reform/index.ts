/**
 * Administrative reform (cải cách hành chính, CCHC): annual reform plans
 * and their tasks (kế hoạch CCHC, nhiệm vụ), progress and on-time
 * completion at a date, targets (chỉ tiêu) evaluated against actual
 * figures, and the PAR INDEX self-assessment scorecard (bảng tự đánh giá,
 * chấm điểm Chỉ số CCHC) with its bands.
 *
 * @example
 * ```ts
 * import { planProgress } from 'hanhchinh/reform'
 * planProgress({ id: '02/KH-VPUB', year: 2022, tasks: [
 *   { id: '1', dueDate: 'Quý I', completedAt: '2022-03-20' },
 *   { id: '2', dueDate: 'Quý II' },
 * ] }, { asOf: '2022-06-30' }).summary.vi //=> 'Hoàn thành 1/2 nhiệm vụ (50,00%)'
 * ```
 *
 * @packageDocumentation
 * @module reform
 */
export * from './fields.js'
export * from './schema.js'
export { DuePeriodSchema, type DuePeriod } from './due-period-schema.js'
export * from './due-period.js'
export * from './progress.js'
export * from './progress-table.js'
export * from './evaluate-targets.js'
export * from './parse-target.js'
export * from './bands.js'
export * from './scorecard.js'
export * from './plan-document.js'
export * from './import-schema.js'
