import { describe, expect, it } from "vitest";
import { defaultListKind } from "./default-list.ts";

describe("defaultListKind", () => {
  it("is the combined-letting list when one is in force on every date, else the vulnerable-areas list", () => {
    expect(defaultListKind("2005-06-01")).toBe("combined_letting");
    expect(defaultListKind("2009-12-31", "2010-01-01")).toBe("combined_letting");
    expect(defaultListKind("2005-05-31")).toBe("vulnerable_areas");
    expect(defaultListKind("2005-05-31", "2010-01-01")).toBe("vulnerable_areas");
  });
});
