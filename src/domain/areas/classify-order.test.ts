import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { department } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { classifyAreas } from "./classify-areas.ts";
import type { DepartmentYearFacts } from "./department-year-facts.ts";
import { combinedLetting2010 } from "./versions/combined-letting-2010.ts";

/** Areas are listed by name in Danish order (æ, ø, å last; "aa" as å), whatever order the facts come in. */
const listed = (facts: readonly DepartmentYearFacts[]) =>
  classifyAreas(combinedLetting2010, facts, { date: "2010-01-01" }, shippedRules).areas.map((a) => [
    a.areaId,
    a.areaName,
  ]);

const named = (areaId: string, name: string, year = 2008) => ({
  ...department({ year, area_id: areaId, department_id: `${areaId}-1` }),
  area_name: name,
});

describe("the order of a list", () => {
  it("is Danish: Æ, Ø, Å after Z, and Aa as Å", () => {
    const names = ["Åparken", "Aabyen", "Zonen", "Æblehaven", "Ørstedhus", "Bakken", "Arken"];
    const facts = names.map((name, i) => named(`a${i}`, name));
    expect(listed(facts).map(([, name]) => name)).toEqual([
      "Arken",
      "Bakken",
      "Zonen",
      "Æblehaven",
      "Ørstedhus",
      "Aabyen",
      "Åparken",
    ]);
  });

  it("is that of the name in the facts year, and areas of the same name keep the facts' order", () => {
    const facts = [
      named("x", "Østbyen", 2007),
      named("x", "Ager", 2008),
      named("y", "Bøgen", 2008),
      named("z", "Bøgen", 2008),
    ];
    expect(listed(facts)).toEqual([
      ["x", "Ager"],
      ["y", "Bøgen"],
      ["z", "Bøgen"],
    ]);
  });

  it("equals sorting the names with the Danish collator, for any names", () => {
    const nameArb = fc.stringMatching(/^[A-Za-zÆØÅæøå -]{1,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 12 }), (names) => {
        const facts = names.map((name, i) => named(`a${i}`, name));
        const expected = [...names].sort((a, b) => a.localeCompare(b, "da"));
        expect(listed(facts).map(([, name]) => name)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
