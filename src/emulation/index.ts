/**
 * Emulation titles, commendations and quality ratings (thi đua, khen thưởng;
 * đánh giá, xếp loại chất lượng): eligibility judged by the law in force for
 * the achievement year and decision date, with a cited, bilingual verdict for
 * every criterion.
 *
 * @example
 * ```ts
 * import { scoreToRating } from 'hanhchinh/emulation'
 * scoreToRating(90) //=> 'hoan-thanh-xuat-sac'
 * ```
 *
 * @packageDocumentation
 * @module emulation
 */
export * from './schema.js'
export { scoreToRating } from './rating.js'
