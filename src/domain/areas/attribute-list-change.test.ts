import { describe, expect, it } from "vitest";
import { department, range, reference, years } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { attributeListChange } from "./attribute-list-change.ts";

describe("attributing a list change to the rule change and to real change", () => {
  // Area A: 1,100 residents, 45 % outside (18-64 and 18+), best department 48 %: too small and no
  // department at 50 % under the 2005 rule; on the 2010 list. Area B: on both lists.
  const a = (year: number, outside: number) => [
    department({
      year,
      area_id: "a",
      department_id: "a-1",
      residents: 550,
      outside_labour_market_18_plus: 480,
      outside_labour_market_18_64: outside,
    }),
    department({
      year,
      area_id: "a",
      department_id: "a-2",
      residents: 550,
      outside_labour_market_18_plus: 420,
      outside_labour_market_18_64: outside,
    }),
  ];
  const b = (year: number) => [
    department({
      year,
      area_id: "b",
      residents: 1500,
      outside_labour_market_18_plus: 550,
      outside_labour_market_18_64: 500,
    }),
  ];

  it("puts the whole change from 31 Dec 2009 to 1 Jan 2010 on the rule change (same facts year)", () => {
    const result = attributeListChange({
      listKind: "combined_letting",
      fromDate: "2009-12-31",
      toDate: "2010-01-01",
      facts: [...a(2008, 450), ...b(2008)],
      params: shippedRules,
    });
    expect(result.before).toMatchObject({
      ruleVersionId: "combined-letting-2005",
      factsYear: 2008,
      listed: 1,
    });
    expect(result.after).toMatchObject({
      ruleVersionId: "combined-letting-2010",
      factsYear: 2008,
      listed: 2,
    });
    expect(result).toMatchObject({ ruleChangeEffect: 1, realChangeEffect: 0 });
    expect(result.areas.find((x) => x.areaId === "a")).toMatchObject({
      oldRulesOldFacts: false,
      newRulesOldFacts: true,
      newRulesNewFacts: true,
      ruleChangeEffect: 1,
      realChangeEffect: 0,
    });
    expect(result.summary).toBe(
      "Listen gik fra 1 til 2 områder fra 31. december 2009 til 1. januar 2010. Regelændringen (combined-letting-2005 → combined-letting-2010, nye regler på fakta for 2008) bringer 1 område på listen (Område A). Begge lister bygger på fakta for 2008, så ingen del af ændringen skyldes reelle ændringer i områderne.",
    );
  });

  it("puts a change under the same rules on real change in the area", () => {
    const result = attributeListChange({
      listKind: "combined_letting",
      fromDate: "2010-01-01",
      toDate: "2010-10-01",
      facts: [...a(2008, 450), ...a(2009, 390), ...b(2008), ...b(2009)],
      params: shippedRules,
    });
    expect(result.counterfactual).toMatchObject({ ruleVersionId: "combined-letting-2010", factsYear: 2008 });
    expect(result.after.factsYear).toBe(2009);
    expect(result).toMatchObject({ ruleChangeEffect: 0, realChangeEffect: -1 });
    expect(result.areas.find((x) => x.areaId === "a")?.explanation).toBe(
      "Område A: på listen før; regelændringen alene ændrer intet; falder af listen på grund af reelle ændringer i området; ikke på listen efter.",
    );
  });

  it("leaves out an area that cannot be assessed on one of the lists, and says so", () => {
    const full = years(range(2008, 2012), () => ({
      non_western_immigrants_descendants: 600,
      convicted_18_plus: 30,
    }));
    const short = years([2011, 2012], () => ({}), { area_id: "kort" });
    const result = attributeListChange({
      listKind: "vulnerable_areas",
      fromDate: "2012-10-01",
      toDate: "2013-10-01",
      facts: [...full, ...short],
      params: shippedRules,
      referenceFacts: reference,
    });
    expect(result.areas.map((x) => x.areaId)).toEqual(["a"]);
    expect(result.summary).toContain(
      "Kan ikke vurderes og er ikke med: Område KORT (fakta for 2010 mangler).",
    );
  });
});
