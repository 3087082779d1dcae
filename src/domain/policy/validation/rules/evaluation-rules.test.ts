import { describe, expect, it } from "vitest";
import { testAssessment, testRound } from "../../../../../test/support/test-round.ts";
import type { MovingPatternTable } from "../../goals/moving-pattern-table.ts";
import { evaluationIdentityRule } from "./evaluation-rules.ts";

const table: MovingPatternTable = {
  id: "e",
  title: "Evaluering",
  fromYear: 2006,
  toYear: 2008,
  rows: [
    {
      areaType: "risk",
      label: "Risiko",
      netMoving: 166,
      notFullyVacated: -1005,
      total: -839,
      shareChangePp: -2.8,
    },
    {
      areaType: "neutral",
      label: "Neutral",
      netMoving: 290,
      notFullyVacated: -630,
      total: -340,
      shareChangePp: -2,
    },
    {
      areaType: "all",
      label: "Alle",
      netMoving: 456,
      notFullyVacated: -1635,
      total: -1179,
      shareChangePp: -2.4,
    },
  ],
};

function withTable(t: MovingPatternTable) {
  return {
    ...testRound,
    assessments: [
      { ...testAssessment, evidence: [{ kind: "moving_pattern_table" as const, id: "e", table: t }] },
    ],
  };
}

describe("evaluation.identity", () => {
  it("is silent when rows and columns add up", () => {
    expect(evaluationIdentityRule.check(withTable(table))).toEqual([]);
  });

  it("fires when net + not vacated is not the total, and when area types do not add up to all", () => {
    const broken = {
      ...table,
      rows: table.rows.map((r) => (r.areaType === "risk" ? { ...r, total: -840 } : r)),
    };
    const hits = evaluationIdentityRule.check(withTable(broken));
    expect(hits.map((h) => h.location.row)).toEqual(["Risiko", "Alle"]);
  });
});
