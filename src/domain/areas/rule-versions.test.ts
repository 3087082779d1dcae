import { describe, expect, it } from "vitest";
import { range, reference, years } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { addDays } from "../law/iso-date.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import { classifyAreas } from "./classify-areas.ts";
import { listInForce } from "./facts-year.ts";
import { listKinds } from "./rule-version.ts";
import { ruleVersionFor, ruleVersions, ruleVersionsOn } from "./rule-versions.ts";

describe("rule versions chosen by date in one place", () => {
  it("has several lists in force at once, one version per list kind", () => {
    expect(ruleVersionsOn("2009-12-31").map((v) => v.id)).toEqual([
      "combined-letting-2005",
      "copenhagen-typology",
    ]);
    expect(ruleVersionsOn("2010-01-01").map((v) => v.id)).toEqual([
      "combined-letting-2010",
      "copenhagen-typology",
    ]);
    expect(ruleVersionsOn("2012-10-01").map((v) => v.id)).toEqual([
      "combined-letting-2010",
      "ghetto-list-2010",
      "copenhagen-typology",
    ]);
  });

  it.each([
    ["combined_letting", "2005-06-01", "combined-letting-2005"],
    ["combined_letting", "2010-01-01", "combined-letting-2010"],
    ["vulnerable_areas", "2010-10-26", "ghetto-list-2010"],
    ["vulnerable_areas", "2014-02-01", "revision-2013"],
    ["vulnerable_areas", "2018-12-01", "revision-2018"],
    ["vulnerable_areas", "2021-11-30", "reform-2021"],
  ] as const)("%s: %s starts %s; the day before belongs to the previous version", (kind, date, id) => {
    expect(ruleVersionFor(kind, date).id).toBe(id);
    const before = ruleVersions.find((v) => v.listKind === kind && v.effectiveTo === addDays(date, -1));
    if (before) expect(ruleVersionFor(kind, addDays(date, -1)).id).toBe(before.id);
    else
      expect(() => ruleVersionFor(kind, addDays(date, -1))).toThrow(
        expect.objectContaining({ code: "rule_not_in_force" }),
      );
  });

  it("a date before any rule of the chosen list names the list and its first rule version", () => {
    expect(() => ruleVersionFor("vulnerable_areas", "2010-10-25")).toThrow(
      expect.objectContaining({
        code: "rule_not_in_force",
        message:
          "Listen ghettolisten / udsatte boligområder (vulnerable_areas) har ingen regel i kraft den 25. oktober 2010; listens første regelversion, ghetto-list-2010 (Ghettolisten 2010 (§ 61 a, L 60 2010-11)), gælder fra 26. oktober 2010",
      }),
    );
    expect(() => ruleVersionFor("combined_letting", "2004-01-01")).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Listen områder, hvor kombineret udlejning kan benyttes \(combined_letting\) har ingen regel i kraft den 1\. januar 2004; listens første regelversion, combined-letting-2005 .*gælder fra 1\. juni 2005$/,
        ),
      }),
    );
  });

  it("never overlaps two versions of one kind", () => {
    for (const kind of listKinds) {
      const versions = ruleVersions
        .filter((v) => v.listKind === kind)
        .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      versions.slice(1).forEach((v, i) => {
        expect((versions[i]?.effectiveTo ?? "9999-12-31") < v.effectiveFrom).toBe(true);
      });
    }
  });

  it("finds every parameter a version reads in force on its first and its last day", () => {
    const facts = years(range(2000, 2030), () => ({
      basic_education_only_30_59: 700,
      non_western_immigrants_descendants: 600,
    }));
    for (const version of ruleVersions) {
      for (const date of [version.effectiveFrom, version.effectiveTo ?? "2030-12-31"]) {
        const published = range(2000, 2030).map((year) => ({
          areaId: "other",
          year,
          category: "ghettoomraade" as const,
        }));
        expect(
          () => classifyAreas(version, facts, { date }, shippedRules, reference, published),
          `${version.id} on ${date}`,
        ).not.toThrow();
      }
    }
  });
});

describe("facts year for a date (publication day convention)", () => {
  const factsYear = (kind: (typeof listKinds)[number], date: string) =>
    listInForce(new ParameterReader(shippedRules, date), ruleVersionFor(kind, date), date).factsYear;

  it("uses the facts of 2008 both for the old list on 31 Dec 2009 and the list of 21 Dec 2009 in force 1 Jan 2010", () => {
    expect(factsYear("combined_letting", "2009-12-31")).toBe(2008);
    expect(factsYear("combined_letting", "2010-01-01")).toBe(2008);
  });

  it("moves to the next facts year on each publication day, not the day before", () => {
    expect(factsYear("combined_letting", "2010-09-30")).toBe(2008);
    expect(factsYear("combined_letting", "2010-10-01")).toBe(2009);
    expect(factsYear("vulnerable_areas", "2012-09-30")).toBe(2010);
    expect(factsYear("vulnerable_areas", "2012-10-01")).toBe(2011);
    expect(factsYear("vulnerable_areas", "2014-02-01")).toBe(2013);
    expect(factsYear("vulnerable_areas", "2018-11-30")).toBe(2016);
    expect(factsYear("vulnerable_areas", "2018-12-01")).toBe(2017);
  });
});
