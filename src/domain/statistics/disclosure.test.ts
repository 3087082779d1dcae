import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "./disclosure.ts";

describe("disclosure control of strata", () => {
  it("withholds cells under 5 persons, marked, and shows the rest", () => {
    const shown = suppressSmallCells([
      { stratum: "a", persons: 3, events: 1 },
      { stratum: "b", persons: 4, events: 0 },
      { stratum: "c", persons: 40, events: 2 },
    ]);
    expect(shown).toEqual([
      { stratum: "a", suppressed: true, reason: "under-minimum" },
      { stratum: "b", suppressed: true, reason: "under-minimum" },
      { stratum: "c", suppressed: false, persons: 40, events: 2 },
    ]);
  });

  it("withholds the smallest other cell when only one is small, so it cannot be recomputed from the total", () => {
    const shown = suppressSmallCells([
      { stratum: "a", persons: 2, events: 1 },
      { stratum: "b", persons: 90, events: 5 },
      { stratum: "c", persons: 12, events: 2 },
    ]);
    expect(shown.map((c) => (c.suppressed ? c.reason : "shown"))).toEqual([
      "under-minimum",
      "shown",
      "complementary",
    ]);
  });

  it("withholds nothing when every cell has 5 persons or more", () => {
    expect(suppressSmallCells([{ stratum: "a", persons: 5, events: 5 }]).every((c) => !c.suppressed)).toBe(
      true,
    );
  });
});
