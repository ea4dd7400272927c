/**
 * Number comparisons for rates, shares and scores. Values come from division and from decimal cells, so
 * comparisons allow a tiny tolerance (7/10 against 0,7 must compare equal whatever the float rounding).
 */

const EPS = 1e-9;

/** a ≥ b, allowing float noise. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - EPS;
}

/** a > b, allowing float noise (a value equal to b up to the noise is not above it). */
export function above(a: number, b: number): boolean {
  return a > b + EPS;
}

/** Meets a threshold: ≥ normally, > when the threshold is worded "trên X %" (strict). */
export function meets(value: number, threshold: number, strict: boolean): boolean {
  return strict ? above(value, threshold) : atLeast(value, threshold);
}

/** Rounds away float noise for display and JSON (12 significant decimals are more than any sheet holds). */
export function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Percent points of a fraction, cleaned (0.843 → 84.3). */
export function percentPoints(fraction: number): number {
  return clean(fraction * 100);
}
