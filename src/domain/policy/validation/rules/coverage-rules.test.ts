import { describe, expect, it } from "vitest";
import { testLine, testRound, withTable } from "../../../../../test/support/test-round.ts";
import { assessmentMissingRule, initiativeWithoutLineRule } from "./coverage-rules.ts";

describe("budget.initiative_missing", () => {
  it("fires for an initiative without an overview line", () => {
    expect(
      initiativeWithoutLineRule.check(withTable({ lines: [{ ...testLine, initiativeId: null }] })),
    ).toHaveLength(1);
  });

  it("is silent when every initiative has one", () => {
    expect(initiativeWithoutLineRule.check(testRound)).toEqual([]);
  });
});

describe("goal.assessment_missing", () => {
  it("fires for a goal without an assessment", () => {
    expect(assessmentMissingRule.check({ ...testRound, assessments: [] })).toHaveLength(1);
  });

  it("is silent when every goal is assessed", () => {
    expect(assessmentMissingRule.check(testRound)).toEqual([]);
  });
});
