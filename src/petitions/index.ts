/**
 * Citizens' letters (đơn thư) and report periods: deadlines of complaints
 * (khiếu nại — Law 02/2011/QH13), denunciations (tố cáo — Law 25/2018/QH14),
 * petitions and reflections (kiến nghị, phản ánh — Law 42/2013/QH13) as dated,
 * cited rule data; the letter model, an on-time classifier and a mergeable
 * monthly report in the data windows of Decree 09/2019/NĐ-CP.
 *
 * @packageDocumentation
 * @module petitions
 */
export { PETITION_BASIS } from './basis.js'
export { LETTER_RULES, lettersRulesAt, type DayLimit, type LetterRules, type SettleLimits } from './rules.js'
export type { LetterCalendar, LetterDeadline } from './deadline.js'
export * from './report-period.js'
export { complaintDeadlines, type ComplaintDeadlines, type ComplaintInput, type ComplaintOptions, type SueWindow } from './complaint.js'
export * from './denunciation.js'
export * from './petition.js'
export * from './schema.js'
export {
  classifyLetter, createLetterClassifier, LETTER_STATUSES, LETTER_STATUS_LABELS,
  type LetterClassification, type LetterClassifyOptions, type LetterStage, type LetterStatus,
} from './classify.js'
export * from './report.js'
export * from './report-table.js'
export * from './validate.js'
