import { describe, expect, it } from "vitest";
import { testGoal, testRound } from "../../../../../test/support/test-round.ts";
import type { Measurement } from "../../goals/measurement.ts";
import { measurementValueRule } from "./measurement-rules.ts";

function withMeasurement(change: Partial<Measurement>) {
  const tracked = testGoal.indicators[0];
  if (tracked === undefined) throw new Error("fixture");
  const measurement = { ...(tracked.measurements[0] as Measurement), ...change };
  return {
    ...testRound,
    goals: [{ ...testGoal, indicators: [{ ...tracked, measurements: [measurement] }] }],
  };
}

describe("measurement.stated_value", () => {
  it("fires when the stated text holds two numbers", () => {
    const hits = measurementValueRule.check(withMeasurement({ statedText: "ca. 180 200", value: null }));
    expect(hits[0]?.message).toContain("2 tal (180 og 200)");
  });

  it("fires when the stated text reads as another value", () => {
    expect(measurementValueRule.check(withMeasurement({ statedText: "29,8 %" }))[0]?.message).toContain(
      "læses som 29,8",
    );
  });

  it("is silent when text and value agree", () => {
    expect(measurementValueRule.check(testRound)).toEqual([]);
  });
});
