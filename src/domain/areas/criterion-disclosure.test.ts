import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rational } from "../law/rational.ts";
import { shareDisclosure, withheldText } from "../statistics/disclosure.ts";
import { criterion } from "./criterion.ts";
import { publishCriteria, publishCriterion } from "./criterion-disclosure.ts";

const share = (numerator: number, denominator: number) => ({
  ...criterion({
    id: "outside_share",
    label: "andel uden for arbejdsmarkedet",
    numerator,
    denominator,
    threshold: { value: rational(2, 5), comparator: "gte", parameterId: "x.andel" },
  }),
  valueText: "vist",
});

describe("a criterion as published", () => {
  it("never shows a count, a base or the persons left out of 1 to 4, and shows the rest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const numerator = Math.min(a, b);
        const denominator = Math.max(a, b);
        const shown = publishCriterion(share(numerator, denominator));
        const small = (n: number) => n >= 1 && n <= 4;
        const risky = small(numerator) || small(denominator) || small(denominator - numerator);
        expect(shown.numerator === null).toBe(risky);
        expect(shown.value === null).toBe(risky);
        if (shown.denominator !== null) expect(small(shown.denominator)).toBe(false);
        // Withheld is marked, never silent; met stays (the list is public).
        expect(shown.suppressed !== undefined).toBe(risky);
        if (risky) expect(shown.valueText).toMatch(/^vises ikke/);
        expect(shown.met).toBe(share(numerator, denominator).met);
      }),
    );
  });

  it("shows 5 of 10 and withholds 4 of 10 and 6 of 10 (4 left out), marked with the minimum read that day", () => {
    expect(publishCriterion(share(5, 10)).numerator).toBe(5);
    expect(publishCriterion(share(4, 10))).toMatchObject({
      numerator: null,
      suppressed: "færre end 5 personer",
    });
    expect(publishCriterion(share(6, 10)).numerator).toBeNull();
    expect(publishCriterion(share(6, 10), 3).numerator).toBe(6);
    expect(publishCriterion(share(2, 10), 3, "en").valueText).toBe("not shown (fewer than 3 persons)");
  });
});

/** The 2005 rule's pair: the highest department's share beside the departments' together. */
function departmentAndTogether(departments: readonly { outside: number; adults: number }[]) {
  const highest = departments.reduce((a, b) => (b.outside * a.adults > a.outside * b.adults ? b : a));
  const threshold = { value: rational(1, 2), comparator: "gte" as const, parameterId: "x.andel" };
  const one = {
    ...criterion({
      id: "one_department",
      label: "én afdeling",
      numerator: highest.outside,
      denominator: highest.adults,
      threshold,
      departmentId: "afd-1",
      partOf: "together",
    }),
    valueText: "vist",
  };
  const together = {
    ...criterion({
      id: "together",
      label: "afdelingerne tilsammen",
      numerator: departments.reduce((s, d) => s + d.outside, 0),
      denominator: departments.reduce((s, d) => s + d.adults, 0),
      threshold,
    }),
    valueText: "vist",
  };
  return [one, together];
}

describe("an area's criteria published together", () => {
  it("withholds the highest department beside the together when the other departments are 2 of 12", () => {
    const [one, together] = publishCriteria(
      departmentAndTogether([
        { outside: 50, adults: 100 },
        { outside: 2, adults: 12 },
      ]),
    );
    expect(one).toMatchObject({ numerator: null, suppressed: withheldText("complementary") });
    expect(together?.numerator).toBe(52);
  });

  it("never lets the departments not shown be recomputed as a group of 1-4 persons", () => {
    const department = fc
      .integer({ min: 0, max: 30 })
      .chain((adults) =>
        fc.record({ adults: fc.constant(adults), outside: fc.integer({ min: 0, max: adults }) }),
      );
    fc.assert(
      fc.property(fc.array(department, { minLength: 1, maxLength: 4 }), (departments) => {
        const [one, together] = publishCriteria(departmentAndTogether(departments));
        if (one === undefined || together === undefined) throw new Error("two criteria");
        if (one.numerator === null || together.numerator === null || together.denominator === null) return;
        const restCount = together.numerator - one.numerator;
        const restBase = together.denominator - (one.denominator ?? 0);
        if (restCount === 0 && restBase === 0) return;
        expect(shareDisclosure(restCount, restBase)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
