import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RegisterAreaType } from "../codes.ts";
import { type SynthFiles, synthesiseRegister } from "./synthesise.ts";

function rows(text: string): string[][] {
  return text
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
}

function digest(files: SynthFiles): string {
  const hash = createHash("sha256");
  for (const [name, text] of Object.entries(files)) hash.update(`${name}\n${text}`);
  return hash.digest("hex");
}

/**
 * Share of adults 18–64 living in the city on 31 December with any transfer-income month that
 * year (old-age pension and SU not counted), by area type: what the SQL aggregates will compute.
 */
function transferShares(files: SynthFiles, year: number): Record<RegisterAreaType | "all", number> {
  const areaType = new Map(
    rows(files["area_years.csv"])
      .filter((r) => r[1] === String(year))
      .map((r) => [r[0], r[2]]),
  );
  const departmentArea = new Map(rows(files["departments.csv"]).map((r) => [r[0], r[1]]));
  const dwellingType = new Map(
    rows(files["dwellings.csv"]).map((r) => [r[0], areaType.get(departmentArea.get(r[1] ?? "") ?? "")]),
  );
  const birthYear = new Map(rows(files["persons.csv"]).map((r) => [r[0], Number(r[1])]));
  const onTransfer = new Set(
    rows(files["benefits.csv"])
      .filter((r) => r[1]?.startsWith(`${year}-`) && r[2] !== "folkepension" && r[2] !== "su")
      .map((r) => r[0]),
  );
  const counts = new Map<string, { n: number; t: number }>();
  const day = `${year}-12-31`;
  for (const [person, dwelling, , from, to] of rows(files["residences.csv"])) {
    if (!(from !== undefined && from <= day && (to === "" || (to !== undefined && to > day)))) continue;
    const age = year - (birthYear.get(person ?? "") ?? 0);
    if (age < 18 || age > 64) continue;
    for (const key of [dwellingType.get(dwelling ?? "") ?? "?", "all"]) {
      const c = counts.get(key) ?? { n: 0, t: 0 };
      c.n++;
      if (onTransfer.has(person ?? "")) c.t++;
      counts.set(key, c);
    }
  }
  const share = (key: string) => {
    const c = counts.get(key);
    return c === undefined ? Number.NaN : c.t / c.n;
  };
  return {
    udsat: share("udsat"),
    hoejrisiko: share("hoejrisiko"),
    risiko: share("risiko"),
    neutral: share("neutral"),
    all: share("all"),
  };
}

describe("synthesiseRegister", () => {
  it("gives byte-identical files for the same seed, and different files for another", () => {
    const a = synthesiseRegister({ persons: 1500, seed: 7 });
    const b = synthesiseRegister({ persons: 1500, seed: 7 });
    const c = synthesiseRegister({ persons: 1500, seed: 8 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(c)).not.toBe(digest(a));
  });

  it("writes the documented headers and no ten-digit identifiers", () => {
    const files = synthesiseRegister({ persons: 500, seed: 1 });
    expect(files["persons.csv"].split("\n")[0]).toBe(
      "person,birth_year,birth_month,sex,origin,country_group,parents_status",
    );
    for (const text of Object.values(files)) expect(text).not.toMatch(/(^|,)\d{6}-?\d{4}(,|$)/m);
  });

  it("has the seed's areas, several departments, fully vacated dwellings and moves", () => {
    const files = synthesiseRegister({ persons: 3000, seed: 2 });
    const areaIds = rows(files["areas.csv"]).map((r) => r[0]);
    for (const id of ["tingbjerg", "mjoelnerparken", "urbanplanen", "voldparken"])
      expect(areaIds).toContain(id);
    const types = new Set(rows(files["area_years.csv"]).map((r) => r[2]));
    expect([...types].sort()).toEqual(["hoejrisiko", "neutral", "risiko", "udsat"]);
    const ended = rows(files["residences.csv"]).filter((r) => r[4] !== "");
    expect(ended.length).toBeGreaterThan(100);
  });

  it("is calibrated at N = 20,000: the share falls from about a third, faster in vulnerable areas", () => {
    const files = synthesiseRegister({ persons: 20_000, seed: 1 });
    const first = transferShares(files, 2006);
    const last = transferShares(files, 2012);
    expect(first.all).toBeGreaterThan(0.28);
    expect(first.all).toBeLessThan(0.4);
    expect(last.all).toBeLessThan(first.all - 0.02);
    const fall = (type: RegisterAreaType) => first[type] - last[type];
    expect(fall("udsat")).toBeGreaterThan(fall("neutral") + 0.05);
    expect(fall("hoejrisiko")).toBeGreaterThan(fall("neutral") + 0.03);
    expect(first.udsat).toBeGreaterThan(first.neutral);
    // A municipal-size city: seconds alone, but CI runs two files at a time on two cores.
  }, 120_000);
});
