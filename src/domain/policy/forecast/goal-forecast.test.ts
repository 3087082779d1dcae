import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Indicator } from "../goals/indicator.ts";
import type { Measurement } from "../goals/measurement.ts";
import type { Target } from "../goals/target.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import type { ForecastResult } from "./forecast-schema.ts";
import { probabilityWording } from "./forecast-text.ts";
import { backtestIndicator, forecastIndicator, targetLevelOf } from "./goal-forecast.ts";
import { fitLinearTrend, type StudentT } from "./linear-trend.ts";
import { decimalYear, periodMidpoint } from "./time-axis.ts";

const t: StudentT = { cdf: tCdf, quantile: tQuantile };

/** mulberry32: a seeded generator, so every run draws the same histories. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller. */
function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const indicator: Indicator = {
  id: "andel",
  name: "Andel uden for arbejdsmarkedet",
  definition: "Andel af de voksne beboere uden for arbejdsmarkedet.",
  unit: "%",
  direction: "lower_is_better",
  source: "Test",
  numerator: null,
  denominator: null,
  factor: 100,
  decimals: 1,
};

const levelTarget: Target = {
  value: 30,
  unit: "percent",
  comparison: "at_most",
  baseline: null,
  deadline: "2010-12-31",
  statedUnitText: "højst 30 %",
  approximate: false,
  perYear: false,
};

function yearly(
  values: readonly (readonly [number, number])[],
  extra: Partial<Measurement> = {},
): Measurement[] {
  return values.map(([year, value]) => ({
    id: `m-${year}`,
    period: { kind: "year", year },
    value,
    statedText: `${String(value).replace(".", ",")} %`,
    approximate: false,
    source: "Test",
    date: null,
    ...extra,
  }));
}

function tracked(
  measurements: readonly Measurement[],
  target: Target | null = levelTarget,
): TrackedIndicator {
  return { indicator, target, measurements };
}

function forecastOf(tr: TrackedIndicator, roundDate = "2010-03-04"): ForecastResult {
  return forecastIndicator({ tracked: tr, roundDate }, t);
}

function forecastOk(result: ForecastResult) {
  if (result.status !== "forecast") throw new Error(`ingen fremskrivning: ${result.reason}`);
  return result;
}

function codes(result: ForecastResult): string[] {
  return result.status === "not_forecastable" ? result.problems.map((p) => p.code) : [];
}

describe("backtest on synthetic linear histories", () => {
  // 6000 histories of 5–8 yearly points with a known slope and Gaussian noise, projected two
  // years past the last point. Under the model (Y₀ − ŷ)/se ~ t(n − 2) exactly, so the intervals
  // must cover the true value at their nominal rates. Binomial standard error at 6000 draws:
  // 0,52 points for 80 %, 0,28 points for 95 %; the tolerance, ±2 points, is 4–7 of those.
  const REPLICATIONS = 6000;
  const TOLERANCE = 0.02;
  const random = seeded(20100304);
  const normal = gaussian(random);
  const draws = Array.from({ length: REPLICATIONS }, (_, i) => {
    const n = 5 + (i % 4);
    const firstYear = 2010 - 2 - n;
    const slope = (random() - 0.5) * 4;
    const sigma = 0.5 + random() * 2.5;
    const intercept = 35 + (random() - 0.5) * 20;
    const mean = (year: number) => intercept + slope * (year - 2010);
    const history = Array.from({ length: n }, (_, k) => {
      const year = firstYear + k;
      return [year, mean(year) + sigma * normal()] as const;
    });
    const truth = mean(2010) + sigma * normal();
    // The target is drawn independently of the true line: a target placed at the (unknown) true
    // value would tell more about the truth than the data do, and no model could be calibrated
    // against that.
    const level = 30 + random() * 10;
    const higherIsBetter = random() < 0.5;
    const target: Target = {
      ...levelTarget,
      value: level,
      unit: "absolute",
      comparison: higherIsBetter ? "at_least" : "at_most",
    };
    const tr: TrackedIndicator = {
      indicator: { ...indicator, direction: higherIsBetter ? "higher_is_better" : "lower_is_better" },
      target,
      measurements: yearly(history),
    };
    const result = forecastOk(forecastOf(tr));
    const reached = higherIsBetter ? truth >= level : truth <= level;
    return { result, truth, reached, n };
  });

  const coverage = (pick: (r: ForecastResult & { status: "forecast" }) => { lower: number; upper: number }) =>
    draws.filter(({ result, truth }) => pick(result).lower <= truth && truth <= pick(result).upper).length /
    draws.length;

  it("covers the true value with the 80 % interval 80 % ± 2 points of the time", () => {
    expect(Math.abs(coverage((r) => r.interval80) - 0.8)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("covers the true value with the 95 % interval 95 % ± 2 points of the time", () => {
    expect(Math.abs(coverage((r) => r.interval95) - 0.95)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("covers at the nominal rate for each history length, also the shortest (5 points, 3 df)", () => {
    for (const n of [5, 6, 7, 8]) {
      const own = draws.filter((d) => d.n === n);
      const inside = own.filter(
        ({ result, truth }) => result.interval95.lower <= truth && truth <= result.interval95.upper,
      ).length;
      // 1500 draws each: standard error 0,56 points; tolerance 2 points.
      expect(Math.abs(inside / own.length - 0.95)).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("would fail with normal instead of Student t quantiles (the test has power)", () => {
    // The same 95 % interval with z = 1,96: too narrow with 3–6 degrees of freedom.
    const narrow = draws.filter(({ result, truth }) => {
      const half =
        ((result.interval95.upper - result.interval95.lower) / 2) *
        (1.96 / tQuantile(0.975, result.trend.degreesOfFreedom));
      return Math.abs(truth - result.projection) <= half;
    }).length;
    expect(0.95 - narrow / draws.length).toBeGreaterThan(TOLERANCE);
  });

  it("gives calibrated probabilities: in each fifth of the scale the share reached matches the mean probability ± 5 points", () => {
    const bins = [0, 1, 2, 3, 4].map((b) =>
      draws.filter(({ result }) => Math.min(Math.floor(result.probability * 5), 4) === b),
    );
    const observed: number[] = [];
    for (const bin of bins) {
      expect(bin.length).toBeGreaterThan(300);
      const predicted = bin.reduce((s, d) => s + d.result.probability, 0) / bin.length;
      const share = bin.filter((d) => d.reached).length / bin.length;
      expect(Math.abs(share - predicted)).toBeLessThanOrEqual(0.05);
      observed.push(share);
    }
    // Monotone: a higher probability means the goal was reached more often.
    for (let i = 1; i < observed.length; i++) expect(observed[i]).toBeGreaterThan(observed[i - 1] ?? 1);
  });

  it("beats the uninformed forecast on the Brier score", () => {
    const brier =
      draws.reduce((s, d) => s + (d.result.probability - (d.reached ? 1 : 0)) ** 2, 0) / draws.length;
    const base = draws.filter((d) => d.reached).length / draws.length;
    const uninformed = base * (1 - base);
    expect(brier).toBeLessThan(uninformed * 0.8);
  });
});

describe("the model on a history known by construction", () => {
  it("projects an exact line to the middle of the deadline's year with zero-width intervals", () => {
    // 40, 38, 36, 34 in 2005–2008: −2 a year, so 30 in 2010.
    const result = forecastOk(
      forecastOf(
        tracked(
          yearly([
            [2005, 40],
            [2006, 38],
            [2007, 36],
            [2008, 34],
          ]),
        ),
      ),
    );
    expect(result.horizon.label).toBe("2010");
    expect(result.horizon.time).toBeCloseTo(2010.5, 10);
    expect(result.projection).toBeCloseTo(30, 10);
    expect(result.trend.slopePerYear).toBeCloseTo(-2, 10);
    expect(result.interval95.upper - result.interval95.lower).toBeCloseTo(0, 10);
  });

  it("matches the textbook prediction interval on a small example", () => {
    // x = 0,1,2,3; y = 1,3,2,5: b = 1,1, a = 1,1, SSE = 2,7, s² = 1,35; at x₀ = 5:
    // ŷ = 6,6, se = √(1,35·(1 + 1/4 + 12,25/5)) = √4,995; t(0,975; 2) = 4,302653.
    const fit = fitLinearTrend([
      { time: 0, value: 1 },
      { time: 1, value: 3 },
      { time: 2, value: 2 },
      { time: 3, value: 5 },
    ]);
    expect(fit).not.toBeNull();
    if (fit === null) return;
    expect(fit.slope).toBeCloseTo(1.1, 12);
    expect(fit.residualSd ** 2).toBeCloseTo(1.35, 12);
    const result = forecastOk(
      forecastOf(
        tracked(
          yearly([
            [2005, 1],
            [2006, 3],
            [2007, 2],
            [2008, 5],
          ]),
          { ...levelTarget, value: 6.6, unit: "absolute", deadline: "2010-12-31" },
        ),
      ),
    );
    // 2005.5 … 2008.5 → 0 … 3; 2010.5 → 5.
    expect(result.projection).toBeCloseTo(6.6, 10);
    const half = 4.302653 * Math.sqrt(4.995);
    expect(result.interval95.lower).toBeCloseTo(6.6 - half, 4);
    expect(result.interval95.upper).toBeCloseTo(6.6 + half, 4);
    // The level is the projection itself: as likely reached as not.
    expect(result.probability).toBeCloseTo(0.5, 12);
  });

  it("reads the probability on the indicator's good side, on both sides of the target", () => {
    const history = yearly([
      [2005, 40.2],
      [2006, 37.9],
      [2007, 36.1],
      [2008, 33.8],
    ]);
    const lowerIsBetter = forecastOk(forecastOf(tracked(history, { ...levelTarget, value: 31 })));
    const above = forecastOk(forecastOf(tracked(history, { ...levelTarget, value: 28 })));
    expect(lowerIsBetter.projection).toBeLessThan(31);
    expect(lowerIsBetter.probability).toBeGreaterThan(0.5);
    expect(above.probability).toBeLessThan(0.5);
    const up: TrackedIndicator = {
      indicator: { ...indicator, direction: "higher_is_better" },
      target: { ...levelTarget, value: 31, comparison: "at_least" },
      measurements: history,
    };
    expect(forecastOk(forecastOf(up)).probability).toBeCloseTo(1 - lowerIsBetter.probability, 12);
  });

  it("holds the intervals nested around the projection and the probability monotone in the level", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 3, maxLength: 8 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        (values, level, step) => {
          const history = yearly(values.map((v, i) => [2008 - values.length + 1 + i, v] as const));
          const low = forecastOf(tracked(history, { ...levelTarget, value: level }));
          const high = forecastOf(tracked(history, { ...levelTarget, value: level + step }));
          if (low.status !== "forecast" || high.status !== "forecast") return false;
          return (
            low.interval95.lower <= low.interval80.lower &&
            low.interval80.lower <= low.projection &&
            low.projection <= low.interval80.upper &&
            low.interval80.upper <= low.interval95.upper &&
            // Lower is better: a higher ceiling is at least as likely to be kept.
            high.probability >= low.probability
          );
        },
      ),
    );
  });
});

describe("the target's own unit", () => {
  const baseline = { value: 40, period: { kind: "year", year: 2006 } as const, source: "Evaluering" };
  const pctOfBaseline: Target = {
    ...levelTarget,
    value: 10,
    unit: "percent_of_baseline",
    comparison: "reduce_by",
    baseline,
    statedUnitText: "reduceres med 10 %",
  };
  const points: Target = { ...pctOfBaseline, unit: "percentage_points", statedUnitText: "10 procentpoint" };

  it("converts 10 % of a 40 % baseline to 36 % and 10 percentage points to 30 %, saying how", () => {
    const a = targetLevelOf(pctOfBaseline, "lower_is_better", "%", 1);
    const b = targetLevelOf(points, "lower_is_better", "%", 1);
    expect(a).toMatchObject({ level: 36, side: "at_most" });
    expect(b).toMatchObject({ level: 30, side: "at_most" });
    expect("explanation" in a && a.explanation).toContain("procent af udgangsniveauet 40,0 % (2006)");
    expect("explanation" in a && a.explanation).toContain("= 36,0 %");
    expect("explanation" in b && b.explanation).toContain("procentpoint");
    expect("explanation" in b && b.explanation).toContain("= 30,0 %");
    expect(
      targetLevelOf({ ...pctOfBaseline, comparison: "increase_by" }, "higher_is_better", "%", 1),
    ).toMatchObject({
      level: 44,
      side: "at_least",
    });
  });

  it("says reached for the 36 % target and not reached for the 30 % target on a line ending at 33 %", () => {
    // 39, 38, 37, 36 in 2005–2008 → 34 in 2010 (with a little noise so the spread is not zero).
    const history = yearly([
      [2005, 39.1],
      [2006, 37.9],
      [2007, 37.1],
      [2008, 35.9],
    ]);
    const percentOfBaseline = forecastOk(forecastOf(tracked(history, pctOfBaseline)));
    const percentagePoints = forecastOk(forecastOf(tracked(history, points)));
    expect(percentOfBaseline.projection).toBeGreaterThan(30);
    expect(percentOfBaseline.projection).toBeLessThan(36);
    expect(percentOfBaseline.probability).toBeGreaterThan(0.95);
    expect(percentagePoints.probability).toBeLessThan(0.05);
    expect(percentOfBaseline.sentence).toBe(
      "Med den hidtidige udvikling nås målet med over 95 % sandsynlighed i 2010.",
    );
    expect(percentagePoints.sentence).toBe(
      "Med den hidtidige udvikling nås målet med under 5 % sandsynlighed i 2010.",
    );
  });
});

describe("kan ikke vurderes: every reason, never a number", () => {
  const good = yearly([
    [2005, 40],
    [2006, 38.5],
    [2007, 36.2],
    [2008, 34],
  ]);

  it("no target", () => {
    expect(codes(forecastOf(tracked(good, null)))).toEqual(["no_target"]);
  });

  it("a change target without a baseline", () => {
    const target: Target = {
      ...levelTarget,
      unit: "percent_of_baseline",
      comparison: "reduce_by",
      value: 10,
    };
    const result = forecastOf(tracked(good, target));
    expect(codes(result)).toEqual(["no_baseline"]);
    expect(result.status === "not_forecastable" && result.sentence).toMatch(
      /^Det kan ikke vurderes.*intet udgangsniveau/,
    );
  });

  it("a target whose comparison contradicts the indicator's direction", () => {
    expect(codes(forecastOf(tracked(good, { ...levelTarget, comparison: "at_least" })))).toEqual([
      "direction_conflict",
    ]);
  });

  it("no deadline (a target read from outside the schema)", () => {
    expect(codes(forecastOf(tracked(good, { ...levelTarget, deadline: "" })))).toEqual(["no_deadline"]);
  });

  it("a deadline before the round's date, on both sides of the day", () => {
    expect(codes(forecastOf(tracked(good), "2011-01-01"))).toEqual(["deadline_before_round"]);
    expect(forecastOf(tracked(good), "2010-12-31").status).toBe("forecast");
  });

  it("a deadline not after the last measurement (the deadline's year is measured already)", () => {
    const measured = yearly([
      [2007, 36],
      [2008, 34],
      [2009, 33],
      [2010, 31],
    ]);
    expect(codes(forecastOf(tracked(measured)))).toEqual(["deadline_not_after_last_measurement"]);
    expect(forecastOf(tracked(measured.slice(0, 3))).status).toBe("forecast");
  });

  it("one measurement, and two (the threshold is three)", () => {
    expect(codes(forecastOf(tracked(good.slice(0, 1))))).toEqual(["too_few_points"]);
    expect(codes(forecastOf(tracked(good.slice(0, 2))))).toEqual(["too_few_points"]);
    expect(forecastOf(tracked(good.slice(0, 3))).status).toBe("forecast");
    expect(codes(forecastOf(tracked([])))).toEqual(["too_few_points"]);
  });

  it("three measurements of the same period", () => {
    const same = yearly([
      [2008, 34],
      [2008, 35],
      [2008, 33],
    ]).map((m, i) => ({ ...m, id: `m-${i}` }));
    expect(codes(forecastOf(tracked(same)))).toEqual(["single_period"]);
  });

  it("a measurement without a value, and one without a period", () => {
    const [first, ...rest] = good;
    if (first === undefined) throw new Error("no measurement");
    const noValue = forecastOf(tracked([{ ...first, value: null, statedText: "ca. 40-41 %" }, ...rest]));
    expect(codes(noValue)).toEqual(["measurement_without_value"]);
    expect(noValue.status === "not_forecastable" && noValue.reason).toContain("»ca. 40-41 %«");
    const noPeriod = forecastOf(
      tracked([{ ...first, period: null, statedText: "før ordningen 40 %" }, ...rest]),
    );
    expect(codes(noPeriod)).toEqual(["measurement_without_period"]);
  });

  it("measurements in mixed units, and from mixed series", () => {
    const [first, ...rest] = good;
    if (first === undefined) throw new Error("no measurement");
    expect(codes(forecastOf(tracked([{ ...first, statedText: "-2,1 procentpoint" }, ...rest])))).toEqual([
      "mixed_units",
    ]);
    expect(codes(forecastOf(tracked([{ ...first, statedText: "40" }, ...rest])))).toEqual(["mixed_units"]);
    expect(
      codes(
        forecastOf(
          tracked([
            ...yearly(
              [
                [2005, 40],
                [2006, 39],
              ],
              { note: "Gamle kriterier" },
            ),
            ...yearly(
              [
                [2007, 36],
                [2008, 34],
              ],
              { note: "Nye kriterier" },
            ),
          ]),
        ),
      ),
    ).toEqual(["mixed_series"]);
  });

  it("lists every problem at once", () => {
    const result = forecastOf(
      tracked(good.slice(0, 1), { ...levelTarget, comparison: "at_least" }),
      "2011-02-01",
    );
    expect(codes(result)).toEqual(["direction_conflict", "deadline_before_round", "too_few_points"]);
    expect(result).not.toHaveProperty("probability");
    expect(result).not.toHaveProperty("projection");
  });
});

describe("the sentence's probability", () => {
  it("rounds to 5 % and says under 5 % / over 95 % at the ends, on both sides of each end", () => {
    expect(probabilityWording(0.0499).text).toBe("under 5 %");
    expect(probabilityWording(0.05).text).toBe("omkring 5 %");
    expect(probabilityWording(0.674).text).toBe("omkring 65 %");
    expect(probabilityWording(0.676).text).toBe("omkring 70 %");
    expect(probabilityWording(0.95).text).toBe("omkring 95 %");
    expect(probabilityWording(0.9501).text).toBe("over 95 %");
  });
});

describe("time axis", () => {
  it("puts a year at its middle and a date at its day", () => {
    expect(periodMidpoint({ kind: "year", year: 2008 })).toBeCloseTo(2008.5, 10);
    expect(periodMidpoint({ kind: "half_year", year: 2009, half: 1 })).toBeCloseTo(2009 + 181 / 365 / 2, 10);
    expect(decimalYear("2008-01-01")).toBe(2008);
    expect(decimalYear("2009-07-02")).toBeCloseTo(2009 + 182 / 365, 10);
  });
});

describe("backtest of one indicator (a forecast two years before the latest measurement)", () => {
  it("forecasts 2010 from the measurements through 2008 and compares with the 2010 measurement", () => {
    const history = yearly([
      [2005, 40],
      [2006, 38.5],
      [2007, 36.2],
      [2008, 34],
      [2010, 30.1],
    ]);
    const backtest = backtestIndicator(tracked(history), t);
    expect(backtest.status).toBe("backtest");
    if (backtest.status !== "backtest") return;
    expect(backtest.madeWithDataThrough).toBe("2008");
    expect(backtest.forPeriod).toBe("2010");
    expect(backtest.actual).toBe(30.1);
    // Fit on 2005–2008 only: the 2010 value must not be in it.
    const fit = fitLinearTrend([40, 38.5, 36.2, 34].map((value, i) => ({ time: 2005.5 + i, value })));
    expect(backtest.projection).toBeCloseTo((fit?.meanValue ?? 0) + (fit?.slope ?? 0) * (2010.5 - 2007), 10);
    expect(backtest.inside95).toBe(backtest.interval95.lower <= 30.1 && 30.1 <= backtest.interval95.upper);
    expect(backtest.reached).toBe(false);
  });

  it("is not possible with fewer than three measurements two years before the latest", () => {
    expect(
      backtestIndicator(
        tracked(
          yearly([
            [2007, 36],
            [2008, 34],
            [2009, 33],
            [2010, 31],
          ]),
        ),
        t,
      ),
    ).toMatchObject({
      status: "not_possible",
    });
  });
});
