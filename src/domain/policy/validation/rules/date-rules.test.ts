import { describe, expect, it } from "vitest";
import {
  testAssessment,
  testGoal,
  testRound,
  withInitiative,
} from "../../../../../test/support/test-round.ts";
import {
  deadlineBeforeRoundRule,
  doneAfterRoundRule,
  expectedBeforeRoundRule,
  measurementAfterRoundRule,
} from "./date-rules.ts";

describe("dates.deadline_before_round", () => {
  it("fires on a goal deadline and a target deadline before the round date", () => {
    const goal = { ...testGoal, deadline: "2009-12-31" };
    const round = { ...testRound, goals: [goal] };
    expect(deadlineBeforeRoundRule.check(round)).toHaveLength(1);
    expect(deadlineBeforeRoundRule.check({ ...testRound, requestDate: "2011-03-01" })).toHaveLength(2);
  });

  it("is silent when deadlines lie after the round date", () => {
    expect(deadlineBeforeRoundRule.check(testRound)).toEqual([]);
  });
});

describe("dates.expected_before_round", () => {
  it("fires when the text awaits something dated before the round", () => {
    const assessment = {
      ...testAssessment,
      datedStatements: [
        {
          id: "d",
          kind: "expected" as const,
          period: { kind: "date" as const, date: "2009-04-01" },
          excerpt: "modtager data den 1. april 2009",
        },
      ],
    };
    const hits = expectedBeforeRoundRule.check({ ...testRound, assessments: [assessment] });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.message).toContain("1. april 2009");
    expect(hits[0]?.location).toEqual({ goalCode: "b", field: "vurdering" });
  });

  it("counts a period as in the future while it has not ended", () => {
    expect(expectedBeforeRoundRule.check(testRound)).toEqual([]);
  });
});

describe("dates.done_after_round", () => {
  it("fires when the text reports as done something dated after the round", () => {
    const round = withInitiative((i) => ({
      ...i,
      statusReport: {
        ...i.statusReport,
        datedStatements: [
          {
            id: "d",
            kind: "done",
            period: { kind: "month", year: 2010, month: 9 },
            excerpt: "gennemført i september 2010",
          },
        ],
      },
    }));
    expect(doneAfterRoundRule.check(round)[0]?.location).toEqual({ initiativeId: "x" });
  });

  it("is silent on things done before the round", () => {
    expect(doneAfterRoundRule.check(testRound)).toEqual([]);
  });
});

describe("dates.measurement_after_round", () => {
  it("fires on a measurement dated after the report", () => {
    const tracked = testGoal.indicators[0];
    if (tracked === undefined) throw new Error("fixture");
    const late = {
      ...tracked,
      measurements: [{ ...tracked.measurements[0], id: "late", date: "2010-06-01" } as never],
    };
    const round = { ...testRound, goals: [{ ...testGoal, indicators: [late] }] };
    expect(measurementAfterRoundRule.check(round)).toHaveLength(1);
  });

  it("is silent on measurements from before the report", () => {
    expect(measurementAfterRoundRule.check(testRound)).toEqual([]);
  });
});
