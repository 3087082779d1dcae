import { describe, expect, it } from "vitest";
import { department } from "../../../test/support/area-facts.ts";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { DomainError } from "../errors.ts";
import { classifyAreas } from "./classify-areas.ts";
import type { DepartmentYearFacts } from "./department-year-facts.ts";
import { combinedLetting2005 } from "./versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "./versions/combined-letting-2010.ts";

/** The list in force on 31 Dec 2009 uses the facts of 2008 (see facts-year.ts). */
const on2009 = (facts: DepartmentYearFacts[], params = shippedRules) =>
  classifyAreas(combinedLetting2005, facts, { date: "2009-12-31" }, params);
const on2010 = (facts: DepartmentYearFacts[]) =>
  classifyAreas(combinedLetting2010, facts, { date: "2010-01-01" }, shippedRules);
const criterion = (c: ReturnType<typeof on2009>, id: string) => c.areas[0]?.criteria.find((x) => x.id === id);

/** Two departments of 600 + 600 residents (1,200 together); 1,000 residents 18+ each. */
function area2005(
  first18Plus: number,
  second18Plus: number,
  extra: Partial<DepartmentYearFacts> = {},
): DepartmentYearFacts[] {
  return [
    department({
      year: 2008,
      department_id: "a-1",
      residents: 600,
      outside_labour_market_18_plus: first18Plus,
      ...extra,
    }),
    department({
      year: 2008,
      department_id: "a-2",
      residents: 600,
      outside_labour_market_18_plus: second18Plus,
    }),
  ];
}

describe("combined letting 2005 (§ 51 b, stk. 3 as worded in 2005)", () => {
  it("lists an area with one department at exactly 50 % (the statute's 'mindst'; the seed's 'mere end' would not)", () => {
    const c = on2009(area2005(500, 300));
    expect(criterion(c, "outside_labour_market_one_department")).toMatchObject({
      numerator: 500,
      denominator: 1000,
      met: true,
      departmentId: "a-1",
    });
    expect(criterion(c, "outside_labour_market_together")).toMatchObject({
      numerator: 800,
      denominator: 2000,
      met: true,
    });
    expect(c.areas[0]).toMatchObject({ listed: true, category: "kombineret_udlejning" });
  });

  it("does not list it at 49.9 % in the best department, and lists it at 50.1 %", () => {
    expect(on2009(area2005(499, 301)).areas[0]?.listed).toBe(false);
    expect(on2009(area2005(501, 299)).areas[0]?.listed).toBe(true);
  });

  it("looks at the best department, whichever it is", () => {
    const c = on2009(area2005(300, 500));
    expect(criterion(c, "outside_labour_market_one_department")).toMatchObject({
      departmentId: "a-2",
      met: true,
    });
  });

  it("needs at least 1,200 residents together: 1,199 no, 1,200 yes, 1,201 yes", () => {
    const withResidents = (n: number) => on2009(area2005(500, 300, { residents: n - 600 })).areas[0]?.listed;
    expect(withResidents(1199)).toBe(false);
    expect(withResidents(1200)).toBe(true);
    expect(withResidents(1201)).toBe(true);
  });

  it("needs at least 40 % of residents 18+ together (departments together): 39.95 % no, 40 % yes", () => {
    // 600 + 199 = 799 of 2,000 is 39.95 %; 600 + 200 = 800 is exactly 40 %.
    expect(on2009(area2005(600, 199)).areas[0]?.listed).toBe(false);
    expect(on2009(area2005(600, 200)).areas[0]?.listed).toBe(true);
    expect(on2009(area2005(600, 201)).areas[0]?.listed).toBe(true);
  });

  it("uses the 18+ base, not 18-64: the 18-64 columns do not matter", () => {
    const facts = area2005(500, 300).map((d) => ({ ...d, outside_labour_market_18_64: 0 }));
    expect(on2009(facts).areas[0]?.listed).toBe(true);
  });

  it("refuses to classify when the (verify) alternative test is switched on but not encoded", () => {
    const params = withParameterValue(
      shippedRules,
      "kombineret_udlejning.omraade.alternativ_test_2005",
      "2009-12-31",
      true,
    );
    expect(() => on2009(area2005(500, 300), params)).toThrow(DomainError);
  });

  it("is not in force on 1 Jan 2010", () => {
    expect(() =>
      classifyAreas(combinedLetting2005, area2005(500, 300), { date: "2010-01-01" }, shippedRules),
    ).toThrow(expect.objectContaining({ code: "rule_not_in_force" }));
  });
});

/** One department; residents 18-64 = 1,000, so the count reads as per mille. */
function area2010(residents: number, outside18To64: number): DepartmentYearFacts[] {
  return [department({ year: 2008, residents, outside_labour_market_18_64: outside18To64 })];
}

describe("combined letting from 1 Jan 2010 (§ 51 b, stk. 3 and 4)", () => {
  it("stk. 3: 1,000 residents and exactly 40 % of 18-64 outside the labour market is enough", () => {
    const c = on2010(area2010(1000, 400));
    expect(criterion(c, "stk3_residents")).toMatchObject({ numerator: 1000, met: true });
    expect(criterion(c, "stk3_outside_labour_market")).toMatchObject({
      numerator: 400,
      denominator: 1000,
      met: true,
    });
    expect(c.areas[0]?.listed).toBe(true);
  });

  it("stk. 3: 999 residents or 39.9 % is not; 1,001 or 40.1 % is", () => {
    expect(on2010(area2010(999, 400)).areas[0]?.listed).toBe(false);
    expect(on2010(area2010(1000, 399)).areas[0]?.listed).toBe(false);
    expect(on2010(area2010(1001, 400)).areas[0]?.listed).toBe(true);
    expect(on2010(area2010(1000, 401)).areas[0]?.listed).toBe(true);
  });

  it("stk. 4: 5,000 residents and 30 % is enough; 4,999 or 29.9 % is not", () => {
    expect(on2010(area2010(5000, 300)).areas[0]?.listed).toBe(true);
    expect(on2010(area2010(4999, 300)).areas[0]?.listed).toBe(false);
    expect(on2010(area2010(5000, 299)).areas[0]?.listed).toBe(false);
    expect(on2010(area2010(5001, 301)).areas[0]?.listed).toBe(true);
  });

  it("counts the departments together: 60 % and 20 % in equal departments make exactly 40 %", () => {
    const c = on2010([
      department({ year: 2008, department_id: "a-1", residents: 500, outside_labour_market_18_64: 600 }),
      department({ year: 2008, department_id: "a-2", residents: 500, outside_labour_market_18_64: 200 }),
    ]);
    expect(criterion(c, "stk3_outside_labour_market")).toMatchObject({
      numerator: 800,
      denominator: 2000,
      met: true,
    });
    expect(c.areas[0]?.listed).toBe(true);
  });

  it("uses the 18-64 base, not 18+", () => {
    const facts = area2010(1000, 400).map((d) => ({ ...d, outside_labour_market_18_plus: 0 }));
    expect(on2010(facts).areas[0]?.listed).toBe(true);
  });

  it("names the missing column, the year and the rule version", () => {
    const { outside_labour_market_18_64: _, ...withoutColumn } = area2010(
      1000,
      400,
    )[0] as DepartmentYearFacts;
    expect(() => on2010([withoutColumn as DepartmentYearFacts])).toThrow(
      expect.objectContaining({
        code: "missing_fact",
        message: expect.stringMatching(/outside_labour_market_18_64.*2008.*combined-letting-2010/),
      }),
    );
  });
});
