import { describe, expect, it } from "vitest";
import { formatDate, formatKroner, formatMillions, formatMillionsKroner, formatPercent } from "./format.ts";

describe("Danish formatting", () => {
  it("writes kroner with a thousands dot", () => {
    expect(formatKroner(15_000)).toBe("15.000 kr.");
  });
  it("writes millions with a decimal comma", () => {
    expect(formatMillions(85_350_000)).toBe("85,35");
    expect(formatMillionsKroner(1_100_000)).toBe("1,1 mio. kr.");
  });
  it("writes percent with a decimal comma", () => {
    expect(formatPercent(0.332)).toBe("33,2 %");
  });
  it("writes dates in Danish", () => {
    expect(formatDate("2009-12-21")).toBe("21. december 2009");
  });
});
