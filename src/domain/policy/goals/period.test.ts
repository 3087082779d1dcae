import { describe, expect, it } from "vitest";
import { formatPeriod, periodEnd, periodStart } from "./period.ts";

describe("Period", () => {
  it("covers the days its precision says", () => {
    expect(periodStart({ kind: "half_year", year: 2010, half: 2 })).toBe("2010-07-01");
    expect(periodEnd({ kind: "month", year: 2008, month: 2 })).toBe("2008-02-29");
    expect(periodEnd({ kind: "year", year: 2009 })).toBe("2009-12-31");
  });

  it("is written the Danish way", () => {
    expect(formatPeriod({ kind: "month", year: 2009, month: 9 })).toBe("september 2009");
    expect(formatPeriod({ kind: "date", date: "2009-04-01" })).toBe("1. april 2009");
    expect(formatPeriod({ kind: "half_year", year: 2010, half: 2 })).toBe("2. halvår 2010");
  });
});
