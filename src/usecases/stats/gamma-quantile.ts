import { createRequire } from "node:module";
import type stdlibGammaQuantileFunction from "@stdlib/stats-base-dists-gamma-quantile";
import type { GammaQuantile } from "../../domain/statistics/direct-standardisation.ts";

// Required on first use, not at every start of the CLI (stdlib is a few hundred small files).
const require = createRequire(import.meta.url);
const stdlibGammaQuantile = (p: number, shape: number, rate: number): number =>
  (require("@stdlib/stats-base-dists-gamma-quantile") as typeof stdlibGammaQuantileFunction)(p, shape, rate);

/**
 * The inverse gamma CDF the standardisation needs, from stdlib (shape α, *rate* β = 1/scale).
 * A NaN (an impossible shape or scale) is a bug in the caller, not a number to print.
 */
export const gammaQuantile: GammaQuantile = (p, shape, scale) => {
  const q = stdlibGammaQuantile(p, shape, 1 / scale);
  if (Number.isNaN(q)) throw new Error(`gamma-kvantil uden værdi: p=${p}, form=${shape}, skala=${scale}`);
  return q;
};
