import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, covers, isIsoDate } from "./iso-date.ts";

describe("ISO dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2008-02-29")).toBe(true);
    expect(isIsoDate("2009-02-29")).toBe(false);
    expect(isIsoDate("2010-13-01")).toBe(false);
    expect(isIsoDate("2010-1-01")).toBe(false);
    expect(isIsoDate(20100101)).toBe(false);
  });

  it("adds days across a year end", () => {
    expect(addDays("2010-01-01", -1)).toBe("2009-12-31");
  });

  it("treats 29 February + whole years as not complete before 1 March", () => {
    expect(addYears("2008-02-29", 2)).toBe("2010-03-01");
    expect(addYears("2008-02-29", 4)).toBe("2012-02-29");
  });

  it("adds months and clamps to the month's last day", () => {
    expect(addMonths("2010-03-31", -1)).toBe("2010-02-28");
    expect(addMonths("2010-01-15", -12)).toBe("2009-01-15");
  });

  it("covers a period inclusively at both ends", () => {
    const period = { effectiveFrom: "2005-06-01", effectiveTo: "2009-12-31" };
    expect(covers(period, "2005-05-31")).toBe(false);
    expect(covers(period, "2005-06-01")).toBe(true);
    expect(covers(period, "2009-12-31")).toBe(true);
    expect(covers(period, "2010-01-01")).toBe(false);
  });
});
