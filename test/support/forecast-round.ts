import { goalB } from "../../src/demo/report-2010/goals.ts";
import { round2010 } from "../../src/demo/report-2010/index.ts";
import type { Measurement } from "../../src/domain/policy/goals/measurement.ts";
import type { PolicyGoal } from "../../src/domain/policy/goals/policy-goal.ts";
import { type ReportingRound, reportingRoundSchema } from "../../src/domain/policy/report/reporting-round.ts";

/**
 * The seed's round with invented measurements (the seed has too few for a forecast): goal b's
 * share outside the labour market from 2005 to 2009 with a 2005 baseline of 42,0 %, so "reduceres
 * med 10 %" is 37,8 %; and the transfer-income share 2003–2006 before the seed's 2008 figure, so
 * a forecast made with the data through 2006 can be set beside what 2008 brought. Illustration and test data, not the
 * municipality's figures.
 */
function yearly(prefix: string, values: readonly (readonly [number, number])[]): Measurement[] {
  return values.map(([year, value]) => ({
    id: `${prefix}-${year}`,
    period: { kind: "year", year },
    value,
    statedText: `${value.toFixed(1).replace(".", ",")} %`,
    approximate: false,
    source: "Konstrueret til illustration",
    date: null,
  }));
}

export const SHARE_HISTORY = [
  [2005, 42.0],
  [2006, 41.1],
  [2007, 39.6],
  [2008, 39.2],
  [2009, 38.1],
] as const;

/** 2006 and 2008 are the seed's own figures (33,2 % and 29,3 %); 2003–2005 are invented. */
export const TRANSFER_HISTORY = [
  [2003, 36.0],
  [2004, 35.1],
  [2005, 34.5],
  [2006, 33.2],
  [2008, 29.3],
] as const;

const [share, transfer] = goalB.indicators;
if (share === undefined || transfer === undefined || share.target === null) throw new Error("goal b changed");

export const forecastGoalB: PolicyGoal = {
  ...goalB,
  indicators: [
    {
      ...share,
      target: {
        ...share.target,
        baseline: {
          value: 42.0,
          period: { kind: "year", year: 2005 },
          source: "Konstrueret til illustration",
        },
      },
      measurements: yearly("b-andel", SHARE_HISTORY),
    },
    { ...transfer, measurements: yearly("b-overfoersel", TRANSFER_HISTORY) },
  ],
};

/** Checked like every stored round, so the tests store only what udsyn would accept. */
export const forecastRound2010: ReportingRound = reportingRoundSchema.parse({
  ...round2010,
  goals: round2010.goals.map((g) => (g.code === "b" ? forecastGoalB : g)),
});
