import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { attributeListChange } from "../../domain/areas/attribute-list-change.ts";
import { classifyAreas } from "../../domain/areas/classify-areas.ts";
import { factsYearsRead } from "../../domain/areas/facts-year.ts";
import type { ListKind } from "../../domain/areas/rule-version.ts";
import { ruleVersionFor, ruleVersions } from "../../domain/areas/rule-versions.ts";
import { ParameterReader } from "../../domain/law/parameter-reader.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "./area-facts-csv.ts";

/**
 * Acceptance: the constructed demo facts (data/demo, not official figures) read through the CSV
 * import give Copenhagen's lists as the seed and RULES.md describe them.
 */
const read = (name: string) => readFileSync(new URL(`../../../data/demo/${name}`, import.meta.url), "utf8");
const facts = parseAreaFactsCsv(read("area-facts.csv"), "area-facts.csv");
const reference = parseReferenceFactsCsv(read("reference-facts.csv"), "reference-facts.csv");

function list(kind: ListKind, date: string, params = shippedRules) {
  return classifyAreas(ruleVersionFor(kind, date), facts, { date }, params, reference);
}
const names = (c: ReturnType<typeof list>, category?: string) =>
  c.areas
    .filter((a) => (category ? a.categories.includes(category as never) : a.listed))
    .map((a) => a.areaName);

describe("the demo facts give Copenhagen's lists", () => {
  it("the 2005 rule on 31 Dec 2009 (facts 2008) lists exactly Tingbjerg/Utterslevhuse and Mjølnerparken", () => {
    const c = list("combined_letting", "2009-12-31");
    expect(c).toMatchObject({ ruleVersion: { id: "combined-letting-2005" }, factsYear: 2008 });
    expect(names(c)).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
  });

  it("the 2010 rule on 1 Jan 2010 (same facts) lists exactly the six areas of the seed", () => {
    const c = list("combined_letting", "2010-01-01");
    expect(c).toMatchObject({ ruleVersion: { id: "combined-letting-2010" }, factsYear: 2008 });
    expect(names(c)).toEqual([
      "Akacieparken",
      "Aldersrogade/Vognvænget",
      "Bispeparken",
      "Lundtoftegade",
      "Mjølnerparken",
      "Tingbjerg/Utterslevhuse",
    ]);
  });

  it("the new areas are Copenhagen's højrisiko (40+) areas, the old two its udsatte områder", () => {
    const c = list("copenhagen_typology", "2009-01-01");
    const byCategory = (category: string) =>
      c.areas.filter((a) => a.category === category).map((a) => a.areaName);
    expect(byCategory("udsat")).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
    expect(byCategory("hoejrisiko")).toEqual(
      expect.arrayContaining(["Akacieparken", "Aldersrogade/Vognvænget", "Bispeparken", "Lundtoftegade"]),
    );
  });

  it("the ghetto list of 1 Oct 2012 is the eight areas of RULES.md", () => {
    const c = list("vulnerable_areas", "2012-10-01");
    expect(c).toMatchObject({ ruleVersion: { id: "ghetto-list-2010" }, factsYear: 2011 });
    expect(names(c)).toEqual([
      "Bispeparken",
      "Blågården",
      "Degnegården mv.",
      "Hørgården",
      "Lundtoftegade",
      "Mjølnerparken",
      "Sjælør Boulevard",
      "Stærevej mv.",
    ]);
  });

  it("the list of 1 Dec 2018 has the seven ghettos of RULES.md, of which Mjølnerparken and Tingbjerg are hard ghettos", () => {
    const c = list("vulnerable_areas", "2018-12-01");
    expect(names(c, "ghettoomraade")).toEqual([
      "Aldersrogade/Vognvænget",
      "Bispeparken",
      "Gadelandet/Husumgård",
      "Hørgården",
      "Lundtoftegade",
      "Mjølnerparken",
      "Tingbjerg/Utterslevhuse",
    ]);
    expect(names(c, "haardt_ghettoomraade")).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
    const tingbjerg = c.areas
      .find((a) => a.areaId === "tingbjerg")
      ?.criteria.find((x) => x.id === "consecutive_years");
    expect(tingbjerg?.note).toBe(
      "2018: i år; 2017: ja (genberegnet på fakta revision-2013); 2016: ja (genberegnet på fakta revision-2013); 2015: ja (genberegnet på fakta revision-2013); 2014: ja (genberegnet på fakta revision-2013)",
    );
  });

  it("5 lists in a row: Tingbjerg (a ghetto from the list of 2014) is hard in 2018, not on the 2013 list, and one list fewer would not do", () => {
    const c2013 = list("vulnerable_areas", "2013-10-01");
    expect(names(c2013)).not.toContain("Tingbjerg/Utterslevhuse");
    const sixInARow = withParameterValue(shippedRules, "omraader.foregaaende_aar_i_traek", "2018-12-01", 5);
    expect(names(list("vulnerable_areas", "2018-12-01", sixInARow), "haardt_ghettoomraade")).toEqual([
      "Mjølnerparken",
    ]);
  });

  it("under the 2021 reform Mjølnerparken and Tingbjerg are omdannelsesområder", () => {
    expect(names(list("vulnerable_areas", "2021-12-01"), "omdannelsesomraade")).toEqual(
      expect.arrayContaining(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]),
    );
  });
});

describe("attribution on the demo facts (the seed's argument, shown)", () => {
  it("31 Dec 2009 → 1 Jan 2010: the rise from 2 to 6 areas is all rule change", () => {
    const result = attributeListChange({
      listKind: "combined_letting",
      fromDate: "2009-12-31",
      toDate: "2010-01-01",
      facts,
      params: shippedRules,
    });
    expect(result).toMatchObject({
      before: { listed: 2 },
      after: { listed: 6 },
      ruleChangeEffect: 4,
      realChangeEffect: 0,
    });
    expect(result.summary).toBe(
      "Listen gik fra 2 til 6 områder fra 31. december 2009 til 1. januar 2010. Regelændringen (combined-letting-2005 → combined-letting-2010, nye regler på fakta for 2008) bringer 4 områder på listen (Akacieparken, Aldersrogade/Vognvænget, Bispeparken, Lundtoftegade). Begge lister bygger på fakta for 2008, så ingen del af ændringen skyldes reelle ændringer i områderne.",
    );
  });

  it("any two dates: old list + rule effect + real effect = new list, area by area", () => {
    const result = attributeListChange({
      listKind: "vulnerable_areas",
      fromDate: "2017-12-01",
      toDate: "2018-12-01",
      facts,
      params: shippedRules,
      referenceFacts: reference,
    });
    for (const area of result.areas) {
      expect(Number(area.oldRulesOldFacts) + area.ruleChangeEffect + area.realChangeEffect).toBe(
        Number(area.newRulesNewFacts),
      );
    }
    expect(result.before.listed + result.ruleChangeEffect + result.realChangeEffect).toBe(
      result.after.listed,
    );
  });
});

describe("the facts window a classification reads (factsYearsRead, FACTS_LOOKBACK_YEARS)", () => {
  it("gives the same list for every rule version and list date as all the facts do", () => {
    const checked: string[] = [];
    for (const version of ruleVersions) {
      const last = version.effectiveTo ?? "2024-12-31";
      for (let year = Number(version.effectiveFrom.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
        for (const date of [`${year}-01-02`, `${year}-12-31`]) {
          if (date < version.effectiveFrom || date > last) continue;
          const reader = new ParameterReader(shippedRules, date);
          const window = factsYearsRead(reader, version, date);
          // As factsFromDatabase does: the window, or all facts when it lacks its own last year.
          const windowed = facts.filter((f) => f.year >= window.from && f.year <= window.to);
          const inWindow = windowed.some((f) => f.year === window.to) ? windowed : facts;
          const run = (rows: typeof facts) => {
            try {
              const c = classifyAreas(version, rows, { date }, shippedRules, reference);
              // Every criterion's value and years too: a window too narrow changes an average first.
              return JSON.stringify(c.areas);
            } catch (error) {
              return `refused: ${(error as Error).message}`;
            }
          };
          expect(run(inWindow), `${version.id} ${date}`).toBe(run(facts));
          checked.push(`${version.id} ${date}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });
});
