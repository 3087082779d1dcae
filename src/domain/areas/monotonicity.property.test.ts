import fc from "fast-check";
import { describe, it } from "vitest";
import { department, reference } from "../../../test/support/area-facts.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { areaCategories } from "./area-category.ts";
import { classifyAreas } from "./classify-areas.ts";
import type { CountColumn, DepartmentYearFacts } from "./department-year-facts.ts";
import type { RuleVersion } from "./rule-version.ts";
import { combinedLetting2005 } from "./versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "./versions/combined-letting-2010.ts";
import { copenhagenTypology } from "./versions/copenhagen-typology.ts";
import { ghettoList2010 } from "./versions/ghetto-list-2010.ts";

/**
 * Monotonicity: adding people to a count whose criterion only rises with it (outside the
 * labour market, without work or education, convicted, non-western), within its base, never
 * removes an area from a list.
 */
const departmentArb = (year: number, index: number) =>
  fc
    .record({
      residents: fc.integer({ min: 300, max: 3000 }),
      outside: fc.double({ min: 0, max: 1, noNaN: true }),
      other: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ residents, outside, other }) => {
      const r18 = Math.floor(residents * 0.75);
      const r1864 = Math.floor(residents * 0.6);
      return department({
        year,
        department_id: `a-${index}`,
        residents,
        residents_18_plus: r18,
        outside_labour_market_18_plus: Math.floor(r18 * outside),
        residents_18_64: r1864,
        outside_labour_market_18_64: Math.floor(r1864 * outside),
        outside_labour_or_education_18_64: Math.floor(r1864 * other),
        non_western_immigrants_descendants: Math.floor(residents * other),
        convicted_18_plus: Math.floor(r18 * other * 0.06),
      });
    });

const areaArb = (yearList: readonly number[]) =>
  fc
    .integer({ min: 1, max: 3 })
    .chain((n) =>
      fc.tuple(
        ...yearList.flatMap((year) => Array.from({ length: n }, (_, i) => departmentArb(year, i + 1))),
      ),
    );

const bases: Partial<Record<CountColumn, CountColumn>> = {
  outside_labour_market_18_plus: "residents_18_plus",
  outside_labour_market_18_64: "residents_18_64",
  outside_labour_or_education_18_64: "residents_18_64",
  convicted_18_plus: "residents_18_plus",
  non_western_immigrants_descendants: "residents",
};

/** Adds up to `extra` people to `column` of one row, never past the row's base. */
function addPeople(
  facts: readonly DepartmentYearFacts[],
  row: number,
  column: CountColumn,
  extra: number,
): DepartmentYearFacts[] {
  return facts.map((d, i) => {
    if (i !== row % facts.length) return d;
    const base = d[bases[column] as CountColumn] ?? 0;
    return { ...d, [column]: Math.min((d[column] ?? 0) + extra, base) };
  });
}

function listed(version: RuleVersion, date: string, facts: DepartmentYearFacts[]): boolean {
  return classifyAreas(version, facts, { date }, shippedRules, reference).areas[0]?.listed ?? false;
}

describe("monotonicity (property)", () => {
  it.each([
    [combinedLetting2005, "2009-12-31", [2008], "outside_labour_market_18_plus"],
    [combinedLetting2010, "2010-01-01", [2008], "outside_labour_market_18_64"],
    [ghettoList2010, "2012-10-01", [2008, 2009, 2010, 2011], "outside_labour_or_education_18_64"],
    [ghettoList2010, "2012-10-01", [2008, 2009, 2010, 2011], "convicted_18_plus"],
    [ghettoList2010, "2012-10-01", [2008, 2009, 2010, 2011], "non_western_immigrants_descendants"],
  ] as const)("%s: more people in %s never removes an area", (version, date, yearList, column) => {
    fc.assert(
      fc.property(areaArb(yearList), fc.nat(), fc.integer({ min: 1, max: 500 }), (facts, row, extra) => {
        const before = listed(version, date, [...facts]);
        const after = listed(version, date, addPeople(facts, row, column, extra));
        return !before || after;
      }),
      { numRuns: 200 },
    );
  });

  it("Copenhagen typology: more people outside the labour market never makes an area less severe", () => {
    const severity = (facts: DepartmentYearFacts[]) => {
      const category =
        classifyAreas(copenhagenTypology, facts, { date: "2009-01-01" }, shippedRules).areas[0]?.category ??
        "neutral";
      return areaCategories.indexOf(category);
    };
    fc.assert(
      fc.property(areaArb([2008]), fc.nat(), fc.integer({ min: 1, max: 500 }), (facts, row, extra) => {
        return (
          severity(addPeople(facts, row, "outside_labour_market_18_plus", extra)) <= severity([...facts])
        );
      }),
      { numRuns: 200 },
    );
  });
});
