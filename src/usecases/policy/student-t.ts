import { createRequire } from "node:module";
import type tCdfFunction from "@stdlib/stats-base-dists-t-cdf";
import type tQuantileFunction from "@stdlib/stats-base-dists-t-quantile";
import type { StudentT } from "../../domain/policy/forecast/linear-trend.ts";

// Required on first use: stdlib's distributions are a few hundred small files, and every CLI
// verb would load them at start-up otherwise.
const require = createRequire(import.meta.url);
const tCdf = (x: number, df: number): number =>
  (require("@stdlib/stats-base-dists-t-cdf") as typeof tCdfFunction)(x, df);
const tQuantile = (p: number, df: number): number =>
  (require("@stdlib/stats-base-dists-t-quantile") as typeof tQuantileFunction)(p, df);

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
