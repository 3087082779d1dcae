import { describe, expect, it } from "vitest";
import { type Target, targetLevel, targetSchema } from "./target.ts";

const base: Target = {
  value: 10,
  unit: "percent_of_baseline",
  comparison: "reduce_by",
  baseline: { value: 40, period: { kind: "year", year: 2006 }, source: "Evaluering" },
  deadline: "2010-12-31",
  statedUnitText: "reduceres med 10 %",
  approximate: false,
  perYear: false,
};

describe("targetLevel", () => {
  it("reads 10 % of a 40 % baseline as 36 %, and 10 percentage points as 30 %", () => {
    expect(targetLevel(base)).toBeCloseTo(36);
    expect(targetLevel({ ...base, unit: "percentage_points" })).toBe(30);
  });

  it("cannot compute a change target without a baseline", () => {
    expect(targetLevel({ ...base, baseline: null })).toBeNull();
  });

  it("is the value itself for a level target", () => {
    expect(targetLevel({ ...base, unit: "count", comparison: "at_least", value: 100 })).toBe(100);
  });
});

describe("targetSchema", () => {
  it("refuses percent of baseline on anything but a change", () => {
    expect(targetSchema.safeParse({ ...base, comparison: "at_least" }).success).toBe(false);
    expect(targetSchema.safeParse(base).success).toBe(true);
  });
});
