import { describe, expect, it } from "vitest";
import { countCriterion, criterion } from "../../domain/areas/criterion.ts";
import { rational } from "../../domain/law/rational.ts";
import { criterionDisplay } from "./criterion-display.ts";

const share = (numerator: number, denominator: number, threshold = rational(2, 5)) =>
  criterion({
    id: "s",
    label: "andel",
    numerator,
    denominator,
    threshold: { parameterId: "p", comparator: "gte", value: threshold },
  });

describe("criterionDisplay", () => {
  it("shows a count as a Danish number", () => {
    const c = countCriterion({
      id: "residents",
      label: "beboere",
      count: 6267,
      threshold: { parameterId: "p", comparator: "gte", value: rational(1000) },
    });
    expect(criterionDisplay(c)).toEqual({
      valueText: "6.267",
      thresholdText: "1.000",
      comparatorSymbol: "≥",
    });
  });

  it("shows a share with one decimal and the threshold exactly", () => {
    expect(criterionDisplay(share(431, 1000))).toMatchObject({ valueText: "43,1 %", thresholdText: "40 %" });
    expect(criterionDisplay(share(27, 1000, rational(27, 1000))).thresholdText).toBe("2,7 %");
  });

  it("shows two decimals when one would round a value under the threshold onto it", () => {
    const c = share(3998, 10000);
    expect(c.met).toBe(false);
    expect(criterionDisplay(c).valueText).toBe("39,98 %");
  });

  it("shows a mean income in kroner", () => {
    const c = criterion({
      id: "income",
      label: "indkomst",
      numerator: 150_000_000,
      denominator: 1000,
      threshold: { parameterId: "p", comparator: "lt", value: rational(171_000) },
    });
    expect(criterionDisplay(c)).toMatchObject({ valueText: "150.000 kr.", thresholdText: "171.000 kr." });
  });
});
