import type { z } from 'zod'
import type { HeldAwardSchema } from './awards.js'

/**
 * A held award listed under a year must belong to it: its achievement
 * period ends in that year and its decision is not dated before it. Shared
 * by the individual and collective record schemas.
 */
export function checkHeldAwards(key: string, y: { titles: Array<z.output<typeof HeldAwardSchema>>; commendations: Array<z.output<typeof HeldAwardSchema>> }, ctx: z.RefinementCtx): void {
  const year = Number(key)
  {
    for (const list of ['titles', 'commendations'] as const) {
      y[list].forEach((h, i) => {
        if (h.period !== undefined && h.period.to !== year) {
          ctx.addIssue({ code: 'custom', path: ['years', key, list, i, 'period'], message: `an achievement period ending in ${year}, the year it is listed under` })
        }
        const date = h.decision?.date
        if (date !== undefined && Number(date.slice(0, 4)) < year) {
          ctx.addIssue({ code: 'custom', path: ['years', key, list, i, 'decision', 'date'], message: `a decision date not before the achievement year ${year}` })
        }
      })
    }
  }
}
