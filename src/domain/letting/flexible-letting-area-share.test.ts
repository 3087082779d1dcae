import { describe, expect, it } from "vitest";
import type { AreaFactsSource } from "../areas/area-facts-source.ts";
import type { DepartmentYearFacts } from "../areas/department-year-facts.ts";
import { DomainError } from "../errors.ts";
import { areaShareFromFacts } from "./flexible-letting-area-share.ts";

const row = (year: number, department: string, outside?: number, residents?: number) =>
  ({
    area_id: "a",
    department_id: department,
    year,
    outside_labour_market_18_64: outside,
    residents_18_64: residents,
  }) as unknown as DepartmentYearFacts;

const source = (...facts: DepartmentYearFacts[]) => ({ facts }) as unknown as AreaFactsSource;

describe("the area's share outside the labour market, from the facts", () => {
  it("sums the departments of the latest facts year before the vacancy's year", () => {
    const facts = source(
      row(2008, "a-1", 1, 10),
      row(2009, "a-1", 30, 100),
      row(2009, "a-2", 20, 50),
      row(2010, "a-1", 99, 100),
    );
    expect(areaShareFromFacts(facts, "a", "2010-06-01")).toEqual({
      numerator: 50,
      denominator: 150,
      factsYear: 2009,
    });
  });

  it("names the vacancy's area when it is unknown or has no earlier facts", () => {
    const refusal = (date: string, areaId = "a") => {
      try {
        areaShareFromFacts(source(row(2010, "a-1", 1, 2)), areaId, date);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error("no refusal");
    };
    expect(refusal("2010-06-01").detailsIn("da")).toEqual([
      { field: "vacancy.areaId", message: "ingen fakta før 2010" },
    ]);
    expect(refusal("2011-06-01", "b").detailsIn("da")).toEqual([
      { field: "vacancy.areaId", message: 'ukendt område "b"' },
    ]);
    expect(refusal("2011-06-01", "b").detailsIn("en")).toEqual([
      { field: "vacancy.areaId", message: 'unknown area "b"' },
    ]);
  });

  it("refuses a facts year where a department lacks a count (no silent zero)", () => {
    const facts = source(row(2009, "a-1", 3, 10), row(2009, "a-2"));
    const refusal = (() => {
      try {
        return areaShareFromFacts(facts, "a", "2010-01-01");
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("missing_fact");
  });
});
