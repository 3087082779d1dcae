import { describe, expect, it } from "vitest";
import { copenhagenDate, fixedClock, todayOf } from "./clock.ts";

describe("the municipality's clock", () => {
  it("gives the Copenhagen date after midnight while UTC is still on yesterday (winter, UTC+1)", () => {
    expect(copenhagenDate(new Date("2009-12-31T23:30:00Z"))).toBe("2010-01-01");
    expect(copenhagenDate(new Date("2009-12-31T22:59:59Z"))).toBe("2009-12-31");
  });

  it("follows summer time (UTC+2)", () => {
    expect(copenhagenDate(new Date("2021-06-30T22:30:00Z"))).toBe("2021-07-01");
    expect(copenhagenDate(new Date("2021-06-30T21:59:59Z"))).toBe("2021-06-30");
  });

  it("a fixed clock stands still and cannot be changed through the Date it returns", () => {
    const clock = fixedClock("2010-01-01T00:15:00+01:00");
    clock.now().setFullYear(1999);
    expect(todayOf(clock)).toBe("2010-01-01");
    expect(() => fixedClock("not a date")).toThrow();
  });
});
