// New moons that Meeus ch. 49 (the series in src/calendar/lunar/astronomy.ts)
// and a more precise lunar theory put on different civil days at UTC+07:00.
// Read by generate-lunar-table.ts; every entry is checked there (the Meeus day
// must be the one stated, or the generator fails).
//
// Theory: ELP/MPP02 — J. Chapront and G. Francou, "The lunar theory ELP
// revisited. Introduction of new planetary perturbations", Astronomy &
// Astrophysics 404 (2003) 735–742 — fitted to the LLR observations and DE405/
// DE406. (In 1967 ΔT is observed, about 38 s, so the ΔT model does not
// matter at the level of a second there.) Its error on the instant of a new moon in the 20th
// century is well under a second; Meeus's series (Astronomical Algorithms,
// 2nd ed., ch. 49, all periodic and planetary terms) is good to a few seconds,
// about 5 s (the figure the rules corrections §2 give). So only new moons
// within some seconds of midnight need the
// precise theory, and over 1900–2199 one of them changes the day.

/** One corrected new moon. */
export interface NearMidnightNewMoon {
  /** Lunation number (k = 0: the new moon of 2000-01-06). */
  readonly k: number
  /** The instant by Meeus ch. 49 as the library computes it, UTC+07:00. */
  readonly meeus: string
  /** The instant by the precise theory, UTC+07:00. */
  readonly precise: string
  /** The theory that gave `precise`. */
  readonly theory: string
  /** The civil day (UTC+07:00) Meeus gives. */
  readonly meeusDay: string
  /** The civil day (UTC+07:00) the precise theory gives: the day used. */
  readonly day: string
  /** Where the precise instant comes from. */
  readonly source: string
}

/** The corrections applied by the generator, 1900–2199. */
export const NEAR_MIDNIGHT_CORRECTIONS: readonly NearMidnightNewMoon[] = [
  {
    k: -402,
    meeus: '1967-07-07T23:59:57.9+07:00',
    precise: '1967-07-08T00:00:03+07:00',
    theory: 'ELP/MPP02 (Chapront & Francou 2003)',
    meeusDay: '1967-07-07',
    day: '1967-07-08',
    source:
      'hanhchinh issue 19 and rules corrections §2 (shared/rules/corrections-and-additions.md): an independent ' +
      'ELP/MPP02 computation of every new moon 1900–2199 finds this the only one whose day differs from Meeus ch. 49',
  },
]

/**
 * Far-future new moons within a few minutes of midnight at UTC+07:00 whose day
 * depends on the ΔT forecast rather than on the lunar theory (ΔT after 2025 is
 * extrapolated: the Espenak–Meeus (2006) polynomials, −20 + 32u², u =
 * (year − 1820)/100, with the 2050–2150 linking term; its uncertainty grows to
 * minutes by 2150–2200). Listed in issue 19; the table keeps the days Meeus's
 * series gives with that ΔT. The generator prints each with its seconds from
 * midnight and ΔT.
 */
export const DELTA_T_SENSITIVE_YEARS: readonly number[] = [2072, 2077, 2130, 2150, 2159, 2175, 2199]
