import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const DEMO = resolve(import.meta.dirname, "../../data/demo");

/** `udsyn areas watch` on the demo facts, read from the files (no database). */
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [
      BIN,
      "areas",
      "watch",
      "--input",
      resolve(DEMO, "area-facts.csv"),
      "--reference",
      resolve(DEMO, "reference-facts.csv"),
      ...args,
    ],
    { encoding: "utf8" },
  );

interface Watched {
  areaId: string;
  areaName: string;
  listKind: string;
  listedNow: boolean | null;
  probability: number | null;
  reason?: string;
  distances: {
    criteria: { value: number; threshold: number; distance: number; unit: string; text: string }[];
  }[];
  projection: { factsYear: number; criteria: { projected: number }[] } | null;
}

describe("udsyn areas watch", () => {
  it("--json ranks the unlisted areas by probability of the next list, each with its distances", () => {
    const result = run("--rules", "2010-01-01", "--list", "combined_letting", "--draws", "300", "--json");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const areas = JSON.parse(result.stdout) as Watched[];
    expect(Array.isArray(areas)).toBe(true);
    const unlisted = areas.filter((a) => a.listedNow === false);
    expect(unlisted.length).toBeGreaterThan(5);
    expect(areas.slice(0, unlisted.length)).toEqual(unlisted);
    const chances = unlisted.map((a) => a.probability as number);
    expect(chances.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(chances).toEqual([...chances].sort((a, b) => b - a));
    for (const a of areas) {
      expect(a.listKind).toBe("combined_letting");
      expect(a.projection?.factsYear).toBe(2009);
      for (const c of a.distances[0]?.criteria ?? []) {
        expect(c.distance).toBeCloseTo(c.value - c.threshold, 9);
        expect(c.text).toMatch(/(over|under|på) /);
      }
    }
  }, 60_000);

  it("prints a Danish table by default", () => {
    const result = run("--rules", "2010-01-01", "--list", "combined_letting", "--draws", "100");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Næste liste: 1\. oktober 2010/);
    expect(result.stdout).toMatch(/procentpoint under 40 %-grænsen/);
    expect(result.stdout).toMatch(/ikke en afgørelse/);
  }, 60_000);

  it("refuses an unknown list kind and a date before any rule, in Danish", () => {
    const kind = run("--rules", "2010-01-01", "--list", "ghetto");
    expect(kind.status).not.toBe(0);
    expect(kind.stderr).toMatch(/ghetto/);
    const early = run("--rules", "1990-01-01");
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(/Ingen områdeliste har en regel i kraft den 1\. januar 1990/);
  }, 60_000);
});
