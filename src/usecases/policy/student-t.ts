import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import type { StudentT } from "../../domain/policy/forecast/linear-trend.ts";

/**
 * The Student t distribution the goal forecast needs, from stdlib. A NaN (degrees of freedom
 * below 1, a probability outside 0–1) is a bug in the caller, not a number to print.
 */
export const studentT: StudentT = {
  cdf(x, df) {
    const p = tCdf(x, df);
    if (Number.isNaN(p)) throw new Error(`t-fordeling uden værdi: x=${x}, frihedsgrader=${df}`);
    return p;
  },
  quantile(p, df) {
    const q = tQuantile(p, df);
    if (Number.isNaN(q)) throw new Error(`t-kvantil uden værdi: p=${p}, frihedsgrader=${df}`);
    return q;
  },
};
