import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { describe, expect, it } from "vitest";
import { testAssessment, testGoal, testRound } from "../../../../../test/support/test-round.ts";
import { fitLinearTrend, predictionSe, type StudentT } from "../../forecast/linear-trend.ts";
import type { AssessmentStatus } from "../../goals/goal-assessment.ts";
import type { Measurement } from "../../goals/measurement.ts";
import type { ReportingRound } from "../../report/reporting-round.ts";
import { forecastContradictionRule, NOT_REACHABLE_ABOVE, ON_TRACK_BELOW } from "./forecast-rules.ts";

const t: StudentT = { cdf: tCdf, quantile: tQuantile };
const rule = forecastContradictionRule(t);

const values = [40.1, 38.2, 36.4, 34.0];
const measurements: Measurement[] = values.map((value, i) => ({
  id: `m-${2005 + i}`,
  period: { kind: "year", year: 2005 + i },
  value,
  statedText: `${value} %`,
  approximate: false,
  source: "Test",
  date: null,
}));

/** The target level at which the forecast for 2010 gives exactly probability `p` (lower is better). */
function levelFor(p: number): number {
  const fit = fitLinearTrend(values.map((value, i) => ({ time: 2005.5 + i, value })));
  if (fit === null) throw new Error("no fit");
  const time = 2010.5;
  return fit.meanValue + fit.slope * (time - fit.meanTime) + predictionSe(fit, time) * tQuantile(p, fit.df);
}

function round(status: AssessmentStatus, probability: number): ReportingRound {
  const [tracked] = testGoal.indicators;
  if (tracked === undefined) throw new Error("no indicator");
  return {
    ...testRound,
    goals: [
      {
        ...testGoal,
        indicators: [
          {
            ...tracked,
            target: {
              value: levelFor(probability),
              unit: "percent",
              comparison: "at_most",
              baseline: null,
              deadline: "2010-12-31",
              statedUnitText: "højst",
              approximate: false,
              perYear: false,
            },
            measurements,
          },
        ],
      },
    ],
    assessments: [{ ...testAssessment, status }],
  };
}

describe("goal.status_contradicts_forecast", () => {
  it("warns when 'forventes nået' meets a probability just under 20 %, not just over it", () => {
    const hits = rule.check(round("on_track", ON_TRACK_BELOW - 0.01));
    expect(hits).toHaveLength(1);
    expect(hits[0]?.location).toEqual({ goalCode: "b", field: "status" });
    expect(hits[0]?.message).toContain("»Målet forventes nået«");
    expect(hits[0]?.message).toContain("omkring 20 % sandsynlighed");
    expect(rule.check(round("on_track", ON_TRACK_BELOW + 0.01))).toEqual([]);
  });

  it("warns when 'kan ikke nås' meets a probability just over 80 %, not just under it", () => {
    expect(rule.check(round("not_reachable", NOT_REACHABLE_ABOVE + 0.01))).toHaveLength(1);
    expect(rule.check(round("not_reachable", NOT_REACHABLE_ABOVE - 0.01))).toEqual([]);
  });

  it("leaves 'i fare' and 'kan endnu ikke vurderes' alone, whatever the forecast", () => {
    for (const p of [0.01, 0.5, 0.99]) {
      expect(rule.check(round("at_risk", p))).toEqual([]);
      expect(rule.check(round("not_yet_assessable", p))).toEqual([]);
    }
  });

  it("is silent where there is no forecast (the test round's single measurement)", () => {
    expect(rule.check({ ...testRound, assessments: [{ ...testAssessment, status: "on_track" }] })).toEqual(
      [],
    );
  });
});
