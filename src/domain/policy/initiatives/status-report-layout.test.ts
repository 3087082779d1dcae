import { describe, expect, it } from "vitest";
import { statusFieldKeyForLabel, statusFieldLabel } from "./status-report-layout.ts";

describe("status schema layouts", () => {
  it("names the beyond-goals layout's goal field after the round", () => {
    expect(statusFieldLabel("beyond_goals", "roundGoals", 2010)).toBe("Mål i 2009/2010");
    expect(statusFieldLabel("beyond_goals", "roundGoals", 2011)).toBe("Mål i 2010/2011");
  });

  it("finds a field by its printed label in the right layout only", () => {
    expect(statusFieldKeyForLabel("serving_goals", "Beskriv aktiviteterne", 2010)).toBe("activities");
    expect(statusFieldKeyForLabel("beyond_goals", "Beskriv aktiviteterne", 2010)).toBeUndefined();
    expect(statusFieldKeyForLabel("beyond_goals", "Status på indsatsen", 2010)).toBe("status");
  });
});
