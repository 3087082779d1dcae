import { describe, expect, it } from "vitest";
import type { Indicator } from "../goals/indicator.ts";
import type { Measurement } from "../goals/measurement.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import { barometerTolerance, goalBarometer, indicatorBarometer } from "./barometer.ts";
import type { IndicatorBarometer } from "./forecast-schema.ts";

const indicator: Indicator = {
  id: "andel",
  name: "Andel",
  definition: "Andel.",
  unit: "%",
  direction: "lower_is_better",
  source: "Test",
  numerator: null,
  denominator: null,
  factor: 100,
  decimals: 1,
};

function measured(
  values: readonly (readonly [number, number])[],
  direction = indicator.direction,
): TrackedIndicator {
  const measurements: Measurement[] = values.map(([year, value]) => ({
    id: `m-${year}`,
    period: { kind: "year", year },
    value,
    statedText: `${value} %`,
    approximate: false,
    source: "Test",
    date: null,
  }));
  return { indicator: { ...indicator, direction }, target: null, measurements };
}

function reading(b: IndicatorBarometer): string {
  return b.status === "reading" ? b.reading : "unknown";
}

describe("barometer reading of one indicator", () => {
  it("compares the latest with the earliest measurement, whatever their order in the data", () => {
    const b = indicatorBarometer(
      measured([
        [2008, 30],
        [2006, 33.2],
        [2007, 35],
      ]),
    );
    expect(b).toMatchObject({ status: "reading", reading: "better", change: 30 - 33.2 });
  });

  it("reads a change within 1 % of the base as unchanged, and just beyond it as a move, both ways", () => {
    // Base 40: tolerance 0,4.
    expect(barometerTolerance(40, 1)).toBeCloseTo(0.4, 12);
    expect(
      reading(
        indicatorBarometer(
          measured([
            [2006, 40],
            [2008, 39.6],
          ]),
        ),
      ),
    ).toBe("unchanged");
    expect(
      reading(
        indicatorBarometer(
          measured([
            [2006, 40],
            [2008, 39.5],
          ]),
        ),
      ),
    ).toBe("better");
    expect(
      reading(
        indicatorBarometer(
          measured([
            [2006, 40],
            [2008, 40.4],
          ]),
        ),
      ),
    ).toBe("unchanged");
    expect(
      reading(
        indicatorBarometer(
          measured([
            [2006, 40],
            [2008, 40.5],
          ]),
        ),
      ),
    ).toBe("worse");
    expect(
      reading(
        indicatorBarometer(
          measured(
            [
              [2006, 40],
              [2008, 40.5],
            ],
            "higher_is_better",
          ),
        ),
      ),
    ).toBe("better");
  });

  it("uses half the last shown decimal near zero: 2 → 3 areas is worse, not 'within 1 %'", () => {
    expect(barometerTolerance(0, 0)).toBe(0.5);
    const count = measured([
      [2008, 2],
      [2009, 3],
    ]);
    expect(reading(indicatorBarometer({ ...count, indicator: { ...count.indicator, decimals: 0 } }))).toBe(
      "worse",
    );
  });

  it("cannot read a direction from one period or across series", () => {
    expect(indicatorBarometer(measured([[2008, 30]]))).toMatchObject({ status: "unknown" });
    const mixed = measured([
      [2008, 2],
      [2009, 6],
    ]);
    const withNotes = {
      ...mixed,
      measurements: mixed.measurements.map((m, i) => ({
        ...m,
        note: i === 0 ? "Gamle kriterier" : "Nye kriterier",
      })),
    };
    expect(indicatorBarometer(withNotes)).toMatchObject({ status: "unknown" });
  });
});

describe("barometer reading of a goal", () => {
  const r = (x: "better" | "unchanged" | "worse"): IndicatorBarometer => {
    const p = { measurementId: "m", label: "2008", time: 2008.5, value: 1 };
    return { status: "reading", reading: x, base: p, latest: p, change: 0, tolerance: 0 };
  };
  const unknown: IndicatorBarometer = { status: "unknown", reason: "-" };

  it("takes the majority, calls a tie mixed, and ignores indicators without a reading", () => {
    expect(goalBarometer([r("better"), r("better"), r("worse")]).reading).toBe("better");
    expect(goalBarometer([r("worse"), r("unchanged"), r("worse"), unknown]).reading).toBe("worse");
    expect(goalBarometer([r("better"), r("worse")]).reading).toBe("mixed");
    expect(goalBarometer([unknown]).reading).toBe("unknown");
    expect(goalBarometer([]).reading).toBe("unknown");
    expect(goalBarometer([r("better"), r("better"), r("worse")]).counts).toEqual({
      better: 2,
      unchanged: 0,
      worse: 1,
    });
  });
});
