import { describe, expect, it } from "vitest";
import { createdPerYear } from "./special-dwellings-per-year.ts";

describe("special dwellings created per year", () => {
  it("adds the registrations of a year, keeping the register's order", () => {
    const rows = [
      { year: 2007, dwellings: 70 },
      { year: 2007, dwellings: 40 },
      { year: 2008, dwellings: 95 },
    ];
    expect(createdPerYear(rows)).toEqual([
      { year: 2007, created: 110 },
      { year: 2008, created: 95 },
    ]);
  });
});
