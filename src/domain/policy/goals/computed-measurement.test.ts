import { describe, expect, it } from "vitest";
import { seriesProblems } from "../forecast/series.ts";
import { crimeRatioMeasurement, shareMeasurement } from "./computed-measurement.ts";

const from = { indicatorId: "b", batchName: "udtræk-2012", computedOn: "2026-12-02" } as const;

describe("computed measurements", () => {
  const years = [2006, 2007, 2008, 2009].map((year, i) => ({ year, residents: 1000, outside: 400 - 10 * i }));

  it("give the share with its change since the first year, in percentage points and in percent", () => {
    const m = shareMeasurement(from, years[3] as (typeof years)[number], "beboere 18–64 år", years[0], 1);
    expect(m.value).toBeCloseTo(37, 6);
    expect(m.statedText).toBe("37,0 %");
    expect(m.note).toContain("Ændring siden 2006: −3,0 procentpoint (−7,5 %).");
    expect(m.id).toBe("beregnet-b-2009");
    expect(m.source).toBe("Beregnet af udsyn fra registerudtræk »udtræk-2012« den 2. december 2026");
  });

  it("withhold a share whose count or its complement is under five persons", () => {
    for (const [residents, outside, shown] of [
      [100, 4, false],
      [100, 5, true],
      [100, 95, true],
      [100, 96, false],
    ] as const) {
      const m = shareMeasurement(from, { year: 2006, residents, outside }, "beboere", undefined, 1);
      expect(m.value === null).toBe(!shown);
    }
  });

  it("are one series however their notes differ, so the forecast may draw a trend through them", () => {
    const measurements = years.map((y) => shareMeasurement(from, y, "beboere 18–64 år", years[0], 1));
    expect(new Set(measurements.map((m) => m.note)).size).toBe(4);
    expect(seriesProblems(measurements).map((p) => p.code)).not.toContain("mixed_series");
  });

  it("give no ratio for goal c when a group has fewer than five young people", () => {
    const base = {
      year: 2008,
      ageFrom: 15,
      ageTo: 19,
      groupCrude: 0.1,
      groupAdjusted: 0.1,
      referenceRate: 0.05,
      ratio: 2,
      lci: 1.1,
      uci: 3.6,
      withheldStrata: 0,
      droppedPersons: 0,
    };
    expect(
      crimeRatioMeasurement(from, { ...base, groupPersons: 4, referencePersons: 500 }, 2).value,
    ).toBeNull();
    const shown = crimeRatioMeasurement(from, { ...base, groupPersons: 5, referencePersons: 500 }, 2);
    expect(shown.value).toBe(2);
    expect(shown.statedText).toBe("2,00");
    expect(shown.note).toMatch(/^95 %-konfidensinterval 1,10–3,60\. /);
  });
});
