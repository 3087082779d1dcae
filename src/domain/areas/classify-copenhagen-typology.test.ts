import { describe, expect, it } from "vitest";
import { department } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { classifyAreas } from "./classify-areas.ts";
import { copenhagenTypology } from "./versions/copenhagen-typology.ts";

/** The typology of 2009 uses the facts of 2008; the best department has `share` per mille of 18+ outside. */
function typology(share: number, residents = 1200) {
  const facts = [
    department({
      year: 2008,
      department_id: "a-1",
      residents: residents - 600,
      outside_labour_market_18_plus: share,
    }),
    department({ year: 2008, department_id: "a-2", residents: 600, outside_labour_market_18_plus: 100 }),
  ];
  return classifyAreas(copenhagenTypology, facts, { date: "2009-01-01" }, shippedRules).areas[0];
}

describe("Copenhagen's own typology (the municipality's parameters)", () => {
  it("udsat: a department with at least 50 % and at least 1,200 residents", () => {
    expect(typology(500)?.category).toBe("udsat");
    expect(typology(500, 1199)?.category).toBe("hoejrisiko");
    expect(typology(499)?.category).toBe("hoejrisiko");
  });

  it("højrisiko (40+): a department over 40 % - exactly 40 % is not over", () => {
    expect(typology(400)?.category).toBe("risiko");
    expect(typology(401)?.category).toBe("hoejrisiko");
  });

  it("risiko over 30 %, otherwise neutral (constructed threshold)", () => {
    expect(typology(301)?.category).toBe("risiko");
    expect(typology(300)).toMatchObject({ category: "neutral", listed: false });
  });
});
