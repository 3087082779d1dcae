/**
 * Ordinary least squares on (year, value) points: the line, the residual spread and what a
 * prediction needs. Fewer than 3 points give no trend (a line through 2 points has no residual
 * to estimate its uncertainty from).
 */
export const MIN_TREND_POINTS = 3;

export interface TrendPoint {
  readonly year: number;
  readonly value: number;
}

export interface LinearTrend {
  readonly points: number;
  /** Mean of the years, and the fitted value there. */
  readonly meanYear: number;
  readonly meanValue: number;
  /** Change per year. */
  readonly slope: number;
  /** Residual standard deviation (n − 2 degrees of freedom). */
  readonly residualSd: number;
  /** Σ (year − mean year)². */
  readonly sxx: number;
  readonly degreesOfFreedom: number;
}

export function fitTrend(points: readonly TrendPoint[]): LinearTrend | undefined {
  const n = points.length;
  if (n < MIN_TREND_POINTS) return undefined;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - meanYear) ** 2;
    sxy += (p.year - meanYear) * (p.value - meanValue);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  let sse = 0;
  for (const p of points) sse += (p.value - (meanValue + slope * (p.year - meanYear))) ** 2;
  const degreesOfFreedom = n - 2;
  return {
    points: n,
    meanYear,
    meanValue,
    slope,
    residualSd: Math.sqrt(sse / degreesOfFreedom),
    sxx,
    degreesOfFreedom,
  };
}

export function trendAt(trend: LinearTrend, year: number): number {
  return trend.meanValue + trend.slope * (year - trend.meanYear);
}

/** Standard deviation of a new observation in `year` (residual plus the line's own uncertainty). */
export function predictionSd(trend: LinearTrend, year: number): number {
  return trend.residualSd * Math.sqrt(1 + 1 / trend.points + (year - trend.meanYear) ** 2 / trend.sxx);
}
