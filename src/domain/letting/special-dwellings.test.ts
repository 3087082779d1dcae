import { describe, expect, it } from "vitest";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { specialDwellingsProgress } from "./special-dwellings.ts";

describe("special dwellings: 500 new in 2007-2011", () => {
  it("compares the cumulative number created with an even plan of 100 a year", () => {
    const progress = specialDwellingsProgress(
      [
        { year: 2007, created: 80 },
        { year: 2008, created: 130 },
        { year: 2009, created: 70 },
      ],
      shippedRules,
      "2010-03-04",
    );
    expect(progress).toMatchObject({
      target: 500,
      periodStart: "2007-01-01",
      periodEnd: "2011-12-31",
      createdTotal: 280,
      remaining: 220,
      onTrack: false,
    });
    expect(progress.years.slice(0, 3)).toEqual([
      { year: 2007, created: 80, cumulative: 80, plannedCumulative: 100, onTrack: false },
      { year: 2008, created: 130, cumulative: 210, plannedCumulative: 200, onTrack: true },
      { year: 2009, created: 70, cumulative: 280, plannedCumulative: 300, onTrack: false },
    ]);
    expect(progress.years.at(-1)).toMatchObject({ year: 2011, plannedCumulative: 500 });
  });

  it("refuses a year given twice and a negative count", () => {
    expect(() =>
      specialDwellingsProgress(
        [
          { year: 2007, created: 10 },
          { year: 2007, created: -1 },
        ],
        shippedRules,
        "2010-01-01",
      ),
    ).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        details: [
          expect.objectContaining({ field: "created[1].created" }),
          expect.objectContaining({ field: "created[1].year" }),
        ],
      }),
    );
  });
});
