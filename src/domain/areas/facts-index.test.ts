import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { department } from "../../../test/support/area-facts.ts";
import { add, rational, toNumber } from "../law/rational.ts";
import { exactNumber } from "./criterion.ts";
import { countColumns, type DepartmentYearFacts } from "./department-year-facts.ts";
import { AreaYearFacts, indexFacts, requireFacts } from "./facts-index.ts";

/** The exact decimal sum, added in rationals: what every route to a sum must give. */
const rationalSum = (values: readonly number[]) =>
  toNumber(values.reduce((acc, v) => add(acc, exactNumber(v)), rational(0)));

/** Counts as the facts hold them: whole persons, full-time equivalents with up to four decimals, and now and then more. */
const count = fc.oneof(
  fc.integer({ min: 0, max: 50_000 }),
  fc.integer({ min: 0, max: 50_000_000 }).map((n) => n / 10_000),
  fc.double({ min: 0, max: 1000, noNaN: true }),
);

const rowsArb = fc.array(
  fc.array(count, { minLength: countColumns.length, maxLength: countColumns.length }),
  {
    minLength: 1,
    maxLength: 8,
  },
);

function rowsOfValues(values: readonly (readonly number[])[]): DepartmentYearFacts[] {
  return values.map((row, i) =>
    department({
      year: 2020,
      department_id: `a-${i}`,
      ...Object.fromEntries(countColumns.map((column, c) => [column, row[c]])),
    }),
  );
}

describe("AreaYearFacts: an area-year's sums, made once", () => {
  it("sums every count column to the exact decimal sum of its rows, whatever their decimals", () => {
    fc.assert(
      fc.property(rowsArb, (values) => {
        const rows = rowsOfValues(values);
        const facts = new AreaYearFacts(rows);
        for (const column of countColumns) {
          expect(facts.total(column)).toBe(rationalSum(rows.map((r) => r[column] as number)));
        }
      }),
    );
  });

  it("keeps 0.1 + 0.2 at 0.3, where floating point would move a sum sitting on a threshold", () => {
    const rows = [0.1, 0.2].map((v, i) =>
      department({ year: 2020, department_id: `a-${i}`, outside_labour_or_education_18_64: v }),
    );
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(new AreaYearFacts(rows).total("outside_labour_or_education_18_64")).toBe(0.3);
  });

  it("names the department whose value is missing, for a sum and for the column check", () => {
    const rows = [
      department({ year: 2020, department_id: "a-1" }),
      { ...department({ year: 2020, department_id: "a-2" }), convicted_18_plus: undefined },
    ];
    const facts = new AreaYearFacts(rows);
    expect(() => facts.total("convicted_18_plus")).toThrow("afdeling a-2");
    expect(facts.rowMissing("convicted_18_plus")?.department_id).toBe("a-2");
    expect(facts.rowMissing("residents")).toBeUndefined();
    const index = indexFacts(rows);
    const check = () =>
      requireFacts(index, "a", 2020, [0], { current: ["convicted_18_plus"], averaged: [] }, "v");
    expect(check).toThrow("Kolonnen convicted_18_plus mangler for år 2020 (område a, afdeling a-2)");
  });

  it("falls back to exact rationals when a sum leaves the safe integers", () => {
    const big = 2 ** 52 / 10_000;
    const rows = [0, 1].map((i) =>
      department({ year: 2020, department_id: `a-${i}`, gross_income_sum_15_64_excl_students: big }),
    );
    expect(new AreaYearFacts(rows).total("gross_income_sum_15_64_excl_students")).toBe(
      rationalSum([big, big]),
    );
  });
});

describe("indexFacts", () => {
  const facts = [2019, 2020].flatMap((year) =>
    ["a", "b"].map((areaId) => department({ year, area_id: areaId, department_id: `${areaId}-1` })),
  );

  it("groups rows by area and year", () => {
    const index = indexFacts(facts);
    expect([...index.keys()]).toEqual(["a", "b"]);
    expect(index.get("b")?.get(2020)?.rows).toEqual([facts[3]]);
  });

  it("is made once per facts table and kept with it, so its sums are too", () => {
    const index = indexFacts(facts);
    expect(indexFacts(facts)).toBe(index);
    expect(indexFacts([...facts])).not.toBe(index);
  });

  it("is made anew for a table that grew", () => {
    const table: DepartmentYearFacts[] = [...facts];
    const before = indexFacts(table);
    table.push(department({ year: 2021, area_id: "c", department_id: "c-1" }));
    const after = indexFacts(table);
    expect(after).not.toBe(before);
    expect(after.get("c")?.get(2021)?.rows).toHaveLength(1);
  });
});
