import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { describe, expect, it } from "vitest";
import { addDays } from "../law/iso-date.ts";
import { analyseOutcomes, type ReceivedIntervention, type ScoredAssessment } from "./outcome-analysis.ts";

const t = { quantile: (p: number, df: number) => tQuantile(p, df) };
const parameters = [
  { key: "trivsel", name: "Trivsel", min: 1, max: 10, higherIsBetter: true },
  { key: "venskaber", name: "Venskaber", min: 1, max: 10, higherIsBetter: true },
];
const interventionTypes = [{ key: "snor", name: "Den Korte Snor" }];

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Synthetic young persons where the effect is known by construction: on `trivsel` the treated
 * gain exactly 2 points more than the untreated (plus the same noise, -1, 0 or +1 with equal
 * chance, for both); on `venskaber` the intervention does nothing.
 */
function population(treatedCount: number, controlCount: number, seed = 14) {
  const random = generator(seed);
  const noise = () => Math.floor(random() * 3) - 1;
  const assessments: ScoredAssessment[] = [];
  const interventions: ReceivedIntervention[] = [];
  const birthYears = new Map<number, number>();
  for (let id = 1; id <= treatedCount + controlCount; id += 1) {
    const treated = id <= treatedCount;
    const start = addDays("2025-01-10", id);
    birthYears.set(id, 2008 + (id % 5));
    const base = { trivsel: 3 + (id % 5), venskaber: 3 + ((id * 3) % 5) };
    assessments.push({ personId: id, assessedOn: start, scores: base });
    assessments.push({
      personId: id,
      assessedOn: addDays(start, 90),
      scores: { trivsel: base.trivsel + (treated ? 2 : 0) + noise(), venskaber: base.venskaber + noise() },
    });
    if (treated) interventions.push({ personId: id, type: "snor", startedOn: addDays(start, 1) });
  }
  return { parameters, interventionTypes, birthYears, assessments, interventions };
}

describe("the outcome analysis", () => {
  it("recovers an effect known by construction within its 95 % confidence interval", () => {
    const cells = analyseOutcomes(population(40, 40), t);
    const trivsel = cells.find((c) => c.parameter === "trivsel");
    if (trivsel === undefined || trivsel.suppressed || trivsel.matched === null)
      throw new Error("no estimate");
    expect(trivsel.treated.n).toBe(40);
    expect(trivsel.unmatched).toBe(0);
    expect(trivsel.matched.ciLow).toBeLessThanOrEqual(2);
    expect(trivsel.matched.ciHigh).toBeGreaterThanOrEqual(2);
    // …and is precise enough to tell it from no effect.
    expect(trivsel.matched.ciLow).toBeGreaterThan(0);
    const venskaber = cells.find((c) => c.parameter === "venskaber");
    if (venskaber === undefined || venskaber.suppressed || venskaber.matched === null)
      throw new Error("no estimate");
    expect(venskaber.matched.ciLow).toBeLessThanOrEqual(0);
    expect(venskaber.matched.ciHigh).toBeGreaterThanOrEqual(0);
  });

  it("finds the effect over many seeds about 95 % of the time (the interval is honest)", () => {
    let covered = 0;
    const runs = 40;
    for (let seed = 1; seed <= runs; seed += 1) {
      const cell = analyseOutcomes(population(20, 20, seed), t).find((c) => c.parameter === "trivsel");
      if (cell === undefined || cell.suppressed || cell.matched === null) throw new Error("no estimate");
      if (cell.matched.ciLow <= 2 && 2 <= cell.matched.ciHigh) covered += 1;
    }
    expect(covered / runs).toBeGreaterThanOrEqual(0.85);
  });

  it("suppresses a cell with fewer than 5 treated persons", () => {
    const cells = analyseOutcomes(population(4, 20), t);
    expect(cells.every((c) => c.suppressed)).toBe(true);
    expect(JSON.stringify(cells)).not.toMatch(/"mean"/);
  });
});
