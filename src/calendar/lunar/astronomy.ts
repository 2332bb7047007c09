// Astronomy for the lunisolar calendar: the instant of true new moon and the
// instant the Sun reaches a given apparent longitude. Written from the
// formulas of J. Meeus, "Astronomical Algorithms" (2nd ed., 1998):
// ch. 7 (Julian day), ch. 10 (ΔT), ch. 22 (nutation), ch. 25 (solar
// coordinates, higher accuracy: VSOP87 + FK5 + nutation + aberration),
// ch. 32 (VSOP87 evaluation) and ch. 49 (phases of the Moon).
// Internal module: not part of the public API.

import { EARTH_B, EARTH_L, EARTH_R, type Vsop87Term } from './vsop87-earth.js'

const DEG = Math.PI / 180
const J2000 = 2451545.0
/** JD (UT) of 1970-01-01 00:00, the origin of the library's day numbers. */
const UNIX_EPOCH_JD = 2440587.5

/** Mean synodic month in days (Meeus 49.1). @internal */
export const SYNODIC_MONTH = 29.530588861

function normalizeDegrees(x: number): number {
  const r = x % 360
  return r < 0 ? r + 360 : r
}

/**
 * ΔT = TT − UT in seconds for a decimal year, from the polynomial
 * expressions of F. Espenak and J. Meeus (NASA, "Five Millennium Canon of
 * Solar Eclipses", 2006) — the same fit as Meeus ch. 10 for the 20th century.
 * @internal
 */
export function deltaTSeconds(year: number): number {
  const y = year
  if (y < 1860) {
    const u = (y - 1820) / 100
    return -20 + 32 * u * u
  }
  if (y < 1900) {
    const t = y - 1860
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
  }
  if (y < 1920) {
    const t = y - 1900
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4
  }
  if (y < 1941) {
    const t = y - 1920
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3
  }
  if (y < 1961) {
    const t = y - 1950
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547
  }
  if (y < 1986) {
    const t = y - 1975
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718
  }
  if (y < 2005) {
    const t = y - 2000
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5
  }
  if (y < 2050) {
    const t = y - 2000
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2
  }
  const u = (y - 1820) / 100
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y)
  return -20 + 32 * u * u
}

/** Convert a Julian Ephemeris Day (TT) to a Julian Day (UT). @internal */
export function jdeToJdUt(jde: number): number {
  const year = 2000 + (jde - J2000) / 365.25
  return jde - deltaTSeconds(year) / 86400
}

/**
 * The civil day number (days since 1970-01-01) of an instant given as a
 * Julian Ephemeris Day, read at a fixed offset from UTC in hours.
 * @internal
 */
export function localDayNumber(jde: number, offsetHours: number): number {
  return Math.floor(jdeToJdUt(jde) - UNIX_EPOCH_JD + offsetHours / 24)
}

/**
 * The instant (JDE, TT) of the true new moon of lunation `k` (k = 0 is the
 * new moon of 2000-01-06), Meeus ch. 49: mean phase (49.1), the 25 periodic
 * terms in M, M′, F, Ω with the eccentricity factor E, and the 14
 * planetary arguments A1..A14. Accuracy: a few seconds of time against
 * the full ELP theory over the centuries around 2000.
 * @internal
 */
export function trueNewMoonJde(k: number): number {
  const T = k / 1236.85
  const T2 = T * T
  const T3 = T2 * T
  const T4 = T3 * T
  const jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4
  const E = 1 - 0.002516 * T - 0.0000074 * T2
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3) * DEG
  const Mp = (201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * DEG
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * DEG
  const Om = (124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3) * DEG
  const sin = Math.sin
  const periodic =
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp)
  const planetary =
    0.000325 * sin((299.77 + 0.107408 * k - 0.009173 * T2) * DEG) +
    0.000165 * sin((251.88 + 0.016321 * k) * DEG) +
    0.000164 * sin((251.83 + 26.651886 * k) * DEG) +
    0.000126 * sin((349.42 + 36.412478 * k) * DEG) +
    0.00011 * sin((84.66 + 18.206239 * k) * DEG) +
    0.000062 * sin((141.74 + 53.303771 * k) * DEG) +
    0.00006 * sin((207.14 + 2.453732 * k) * DEG) +
    0.000056 * sin((154.84 + 7.30686 * k) * DEG) +
    0.000047 * sin((34.52 + 27.261239 * k) * DEG) +
    0.000042 * sin((207.19 + 0.121824 * k) * DEG) +
    0.00004 * sin((291.34 + 1.844379 * k) * DEG) +
    0.000037 * sin((161.72 + 24.198154 * k) * DEG) +
    0.000035 * sin((239.56 + 25.513099 * k) * DEG) +
    0.000023 * sin((331.55 + 3.592518 * k) * DEG)
  return jde + periodic + planetary
}

/** The lunation number k whose mean new moon is nearest to a JDE. @internal */
export function nearestLunation(jde: number): number {
  return Math.round((jde - 2451550.09766) / SYNODIC_MONTH)
}

function vsop(series: readonly (readonly Vsop87Term[])[], tau: number): number {
  let result = 0
  let power = 1
  for (const terms of series) {
    let sum = 0
    for (const [a, b, c] of terms) sum += a * Math.cos(b + c * tau)
    result += sum * power
    power *= tau
  }
  return result / 1e8
}

// Nutation in longitude (IAU 1980, Meeus table 22.A), terms ≥ 0.01″:
// [D, M, M′, F, Ω multipliers, coefficient and its T-rate in 0.0001″].
const NUTATION_TERMS: readonly (readonly [number, number, number, number, number, number, number])[] = [
  [0, 0, 0, 0, 1, -171996, -174.2],
  [-2, 0, 0, 2, 2, -13187, -1.6],
  [0, 0, 0, 2, 2, -2274, -0.2],
  [0, 0, 0, 0, 2, 2062, 0.2],
  [0, 1, 0, 0, 0, 1426, -3.4],
  [0, 0, 1, 0, 0, 712, 0.1],
  [-2, 1, 0, 2, 2, -517, 1.2],
  [0, 0, 0, 2, 1, -386, -0.4],
  [0, 0, 1, 2, 2, -301, 0],
  [-2, -1, 0, 2, 2, 217, -0.5],
  [-2, 0, 1, 0, 0, -158, 0],
  [-2, 0, 0, 2, 1, 129, 0.1],
  [0, 0, -1, 2, 2, 123, 0],
  [2, 0, 0, 0, 0, 63, 0],
  [0, 0, 1, 0, 1, 63, 0.1],
  [2, 0, -1, 2, 2, -59, 0],
  [0, 0, -1, 0, 1, -58, -0.1],
  [0, 0, 1, 2, 1, -51, 0],
  [-2, 0, 2, 0, 0, 48, 0],
  [0, 0, -2, 2, 1, 46, 0],
  [2, 0, 0, 2, 2, -38, 0],
  [0, 0, 2, 2, 2, -31, 0],
  [0, 0, 2, 0, 0, 29, 0],
  [-2, 0, 1, 2, 2, 29, 0],
  [0, 0, 0, 2, 0, 26, 0],
  [-2, 0, 0, 2, 0, -22, 0],
  [0, 0, -1, 2, 1, 21, 0],
  [0, 2, 0, 0, 0, 17, -0.1],
  [2, 0, -1, 0, 1, 16, 0],
  [-2, 2, 0, 2, 2, -16, 0.1],
  [0, 1, 0, 0, 1, -15, 0],
  [-2, 0, 1, 0, 1, -13, 0],
  [0, -1, 0, 0, 1, -12, 0],
  [0, 0, 2, -2, 0, 11, 0],
]

/** Nutation in longitude Δψ in degrees at a JDE (Meeus ch. 22). @internal */
export function nutationInLongitude(jde: number): number {
  const T = (jde - J2000) / 36525
  const T2 = T * T
  const T3 = T2 * T
  const D = (297.85036 + 445267.11148 * T - 0.0019142 * T2 + T3 / 189474) * DEG
  const M = (357.52772 + 35999.05034 * T - 0.0001603 * T2 - T3 / 300000) * DEG
  const Mp = (134.96298 + 477198.867398 * T + 0.0086972 * T2 + T3 / 56250) * DEG
  const F = (93.27191 + 483202.017538 * T - 0.0036825 * T2 + T3 / 327270) * DEG
  const Om = (125.04452 - 1934.136261 * T + 0.0020708 * T2 + T3 / 450000) * DEG
  let sum = 0
  for (const [d, m, mp, f, om, c, ct] of NUTATION_TERMS) {
    sum += (c + ct * T) * Math.sin(d * D + m * M + mp * Mp + f * F + om * Om)
  }
  return sum / 1e4 / 3600
}

/**
 * The Sun's apparent geocentric ecliptic longitude in degrees [0, 360) at a
 * JDE (Meeus ch. 25, higher accuracy): VSOP87 Earth → geocentric, conversion
 * to FK5 (−0.09033″), nutation in longitude and aberration (−20.4898″/R).
 * @internal
 */
export function apparentSolarLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250
  const L = vsop(EARTH_L, tau) / DEG
  const R = vsop(EARTH_R, tau)
  const theta = L + 180
  const fk5 = -0.09033 / 3600
  const aberration = -20.4898 / 3600 / R
  return normalizeDegrees(theta + fk5 + nutationInLongitude(jde) + aberration)
}

/** The Sun's geocentric ecliptic latitude in degrees (for completeness of ch. 25). @internal */
export function solarLatitude(jde: number): number {
  const tau = (jde - J2000) / 365250
  return -vsop(EARTH_B, tau) / DEG
}

/**
 * The instant (JDE) the Sun's apparent longitude reaches `longitude`
 * degrees, searched near `nearJde` (within about ±100 days), by iterating
 * on the longitude error until the step is below 1e-7 day.
 * @internal
 */
export function solarLongitudeInstant(longitude: number, nearJde: number): number {
  let jde = nearJde
  for (let i = 0; i < 50; i++) {
    let diff = normalizeDegrees(longitude - apparentSolarLongitude(jde))
    if (diff > 180) diff -= 360
    const step = diff * (365.2422 / 360)
    jde += step
    if (Math.abs(step) < 1e-7) return jde
  }
  return jde
}

/** Approximate JDE of the December solstice of a Gregorian year (for a search start). @internal */
export function approximateDecemberSolstice(year: number): number {
  return 2451900.06 + 365.2422 * (year - 2000)
}
