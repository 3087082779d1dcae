import { describe, expect, it } from "vitest";
import { testRound } from "../../../../test/support/test-round.ts";
import { reportingRoundSchema } from "./reporting-round.ts";

describe("reportingRoundSchema", () => {
  it("accepts a consistent round", () => {
    expect(reportingRoundSchema.safeParse(testRound).success).toBe(true);
  });

  it("refuses references that do not resolve, with their path", () => {
    const round = {
      ...testRound,
      assessments: [{ ...testRound.assessments[0], goalCode: "z" }],
      budget: {
        ...testRound.budget,
        tables: testRound.budget.tables.map((t) => ({
          ...t,
          lines: t.lines.map((l) => ({ ...l, initiativeId: "ukendt" })),
        })),
      },
    };
    const result = reportingRoundSchema.safeParse(round);
    expect(result.success).toBe(false);
    const messages = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain("assessments.0.goalCode: ukendt mål z");
    expect(messages).toContain("budget.tables.0.lines.0.initiativeId: ukendt indsats ukendt");
  });

  it("refuses a budget cell for a year the table has no column for", () => {
    const round = {
      ...testRound,
      budget: {
        ...testRound.budget,
        tables: testRound.budget.tables.map((t) => ({
          ...t,
          lines: t.lines.map((l) => ({ ...l, cells: { ...l.cells, "2013": { kind: "amount", amount: 1 } } })),
        })),
      },
    };
    expect(reportingRoundSchema.safeParse(round).success).toBe(false);
  });
});
