import { describe, expect, it } from "vitest";
import { testRound } from "../../../../test/support/test-round.ts";
import { reportingRoundSchema } from "../report/reporting-round.ts";
import { validateReport, validationRules } from "./validate-report.ts";

describe("validateReport", () => {
  it("is silent on a consistent round", () => {
    expect(reportingRoundSchema.safeParse(testRound).success).toBe(true);
    expect(validateReport(testRound)).toEqual([]);
  });

  it("gives every rule a unique id, a severity and a Danish title", () => {
    const ids = validationRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of validationRules) {
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });

  it("lists errors before warnings before info", () => {
    const round = {
      ...testRound,
      requestDate: "2011-06-01",
      budget: {
        ...testRound.budget,
        tables: testRound.budget.tables.map((t) => ({
          ...t,
          statedGrandTotal: { amount: 1, statedText: "1" },
        })),
      },
    };
    const severities = validateReport(round).map((f) => f.severity);
    expect(severities.length).toBeGreaterThan(1);
    expect(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    ).toEqual(severities);
  });
});
