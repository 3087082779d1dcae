import { describe, expect, it } from "vitest";
import type { ReplayOutcome } from "../../domain/letting/replay-decision.ts";
import { replaySummary } from "./replay-summary.ts";

const stored = { id: 12, decisionDate: "2010-03-15", ruleVersion: "v1", result: "approved" };

describe("the replay summary", () => {
  it("says an identical replay in one sentence with the Danish result", () => {
    expect(replaySummary(stored, { kind: "identical", result: "approved", ruleVersionId: "v1" })).toBe(
      "Afgørelse 12 (15. marts 2010) genskabes identisk med dagens parametre: samme regelversion (v1), samme værdier og samme resultat (godkendt).",
    );
  });

  it("names the changed value, the rule version and the result that changed", () => {
    const outcome = {
      kind: "different",
      changedParameters: [{ id: "p.maaneder", storedValue: 8, currentValue: 6 }],
      ruleVersionChanged: true,
      storedResult: "approved",
      newResult: "rejected",
      resultChanged: true,
      newDecision: { ruleVersion: { id: "v2" } },
    } as unknown as ReplayOutcome;
    expect(replaySummary(stored, outcome)).toBe(
      "Afgørelse 12 (15. marts 2010) genskabes ikke identisk med dagens parametre. Ændrede værdier: p.maaneder (gemt: 8, nu: 6). Regelversionen er ændret fra v1 til v2. Resultatet ville i dag være afvist i stedet for godkendt.",
    );
  });
});
