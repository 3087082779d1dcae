/**
 * Ordinary least squares on (time, value) points and the classical prediction interval of one
 * new observation (e.g. Montgomery, Peck & Vining, Introduction to Linear Regression Analysis,
 * §2.5): with n points, ŷ(t₀) = a + b·(t₀ − t̄), s² = SSE/(n − 2) and
 *
 *   se(t₀) = s·√(1 + 1/n + (t₀ − t̄)²/Sxx),   (Y₀ − ŷ(t₀))/se(t₀) ~ Student t with n − 2 df
 *
 * when the errors are independent, normal and of equal variance. The Student t distribution is
 * numerical code the pure core does not hold: the caller passes it in (the use cases give
 * @stdlib/stats-base-dists-t-cdf and -t-quantile).
 */

/** The Student t distribution with `df` degrees of freedom. */
export interface StudentT {
  cdf(x: number, df: number): number;
  /** The p-quantile, 0 < p < 1. */
  quantile(p: number, df: number): number;
}

export interface TrendPoint {
  /** Time in (decimal) years, e.g. 2008.5 for the year 2008. */
  readonly time: number;
  readonly value: number;
}

export interface LinearFit {
  readonly n: number;
  readonly meanTime: number;
  /** The fitted value at the mean time (= the mean value). */
  readonly meanValue: number;
  /** Change per year. */
  readonly slope: number;
  /** Σ(t − t̄)². */
  readonly sxx: number;
  /** Residual standard deviation s, n − 2 degrees of freedom. */
  readonly residualSd: number;
  readonly df: number;
}

/** The OLS line; null when there are fewer than 3 points or fewer than 2 distinct times. */
export function fitLinearTrend(points: readonly TrendPoint[]): LinearFit | null {
  const n = points.length;
  if (n < 3) return null;
  const meanTime = points.reduce((s, p) => s + p.time, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.time - meanTime) ** 2;
    sxy += (p.time - meanTime) * (p.value - meanValue);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  const sse = points.reduce((s, p) => s + (p.value - meanValue - slope * (p.time - meanTime)) ** 2, 0);
  const df = n - 2;
  return { n, meanTime, meanValue, slope, sxx, residualSd: Math.sqrt(sse / df), df };
}

/** The fitted (trend) value at a time. */
export function fittedAt(fit: LinearFit, time: number): number {
  return fit.meanValue + fit.slope * (time - fit.meanTime);
}

/** Standard error of one new observation at `time`. */
export function predictionSe(fit: LinearFit, time: number): number {
  return fit.residualSd * Math.sqrt(1 + 1 / fit.n + (time - fit.meanTime) ** 2 / fit.sxx);
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** The two-sided prediction interval of one new observation at `time` with the given coverage. */
export function predictionInterval(fit: LinearFit, time: number, coverage: number, t: StudentT): Interval {
  const centre = fittedAt(fit, time);
  const half = t.quantile(1 - (1 - coverage) / 2, fit.df) * predictionSe(fit, time);
  return { lower: centre - half, upper: centre + half };
}

/**
 * P(new observation at `time` ≤ level) (`at_most`) or ≥ level (`at_least`), from the same
 * Student t predictive distribution. With no residual spread (a perfect line) the answer is 0 or
 * 1 (½ exactly on the level).
 */
export function probabilityOfSide(
  fit: LinearFit,
  time: number,
  level: number,
  side: "at_most" | "at_least",
  t: StudentT,
): number {
  const centre = fittedAt(fit, time);
  const se = predictionSe(fit, time);
  const below = se > 0 ? t.cdf((level - centre) / se, fit.df) : level > centre ? 1 : level < centre ? 0 : 0.5;
  return side === "at_most" ? below : 1 - below;
}
