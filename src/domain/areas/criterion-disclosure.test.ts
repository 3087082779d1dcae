import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rational } from "../law/rational.ts";
import { criterion } from "./criterion.ts";
import { publishCriterion } from "./criterion-disclosure.ts";

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
