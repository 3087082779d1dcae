import { describe, expect, it } from "vitest";
import { testRound, withFields, withInitiative } from "../../../../../test/support/test-round.ts";
import { targetUnitRule, unitMentions } from "./target-unit-rule.ts";

function withObjective(text: string) {
  return withFields({ objective: [{ kind: "paragraph", text }] });
}

describe("unitMentions", () => {
  it("tells percentage points from percent, and ignores other values", () => {
    expect(unitMentions("falde med 10 procentpoint", 10)).toEqual([
      { excerpt: "10 procentpoint", unitClass: "points" },
    ]);
    expect(unitMentions("faldet 10 %-point og 10 %", 10).map((m) => m.unitClass)).toEqual([
      "points",
      "percent",
    ]);
    expect(unitMentions("100 % kommunal anvisning og 5,9 procentpoint", 10)).toEqual([]);
  });
});

describe("goal.target_unit_ambiguous", () => {
  it("fires when a linked schema speaks of the goal's 10 % as 10 procentpoint", () => {
    const hits = targetUnitRule.check(
      withObjective("andelen skal falde med 10 procentpoint i aftaleperioden"),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.location).toEqual({ goalCode: "b", initiativeId: "x" });
    expect(hits[0]?.message).toContain("»10 procentpoint« (Indsatsens mål)");
  });

  it("fires on a linked success criterion on the goal's indicator in the other unit", () => {
    const round = withInitiative((i) => ({
      ...i,
      successCriteria: [
        {
          id: "k",
          text: "falde med 10 procentpoint",
          indicator: testRound.goals[0]?.indicators[0]?.indicator ?? (undefined as never),
          target: {
            value: 10,
            unit: "percentage_points",
            comparison: "reduce_by",
            baseline: null,
            deadline: "2010-12-31",
            statedUnitText: "falde med 10 procentpoint",
            approximate: false,
            perYear: false,
          },
          measurements: [],
        },
      ],
    }));
    expect(targetUnitRule.check(round)[0]?.message).toContain("(succeskriterium)");
  });

  it("is silent when the schema uses the goal's unit, and for initiatives not linked to the goal", () => {
    expect(targetUnitRule.check(testRound)).toEqual([]);
    const linked = withObjective("falde med 10 procentpoint");
    const unlinked = { ...linked, initiatives: linked.initiatives.map((i) => ({ ...i, goalLinks: [] })) };
    expect(targetUnitRule.check(unlinked)).toEqual([]);
  });
});
