import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const FIXTURES = resolve(import.meta.dirname, "../fixtures/stats");

describe("udsyn stats standardise (no database)", () => {
  let dir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, "stats", "standardise", ...args], { encoding: "utf8" });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-stats-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reproduces the published example: Fleiss (1981) table 14.4, birth order 5+ standardised to all births", () => {
    // dsrTest vignette "dsrTest-example", method = "gamma", per 100 000: 75.52901, CI 67.70212 188.30017
    // (https://search.r-project.org/CRAN/packages/dsrTest/vignettes/dsrTest-example.html).
    const result = run(
      "--input",
      join(FIXTURES, "fleiss-table-14-4.csv"),
      "--group",
      "5+",
      "--reference",
      "all",
      "--json",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(["group", "reference", "ratio"]));
    expect(Math.abs(out.group.adjusted * 1e5 - 75.52901)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs(out.group.lci * 1e5 - 67.70212)).toBeLessThanOrEqual(5e-6);
    expect(Math.abs(out.group.uci * 1e5 - 188.30017)).toBeLessThanOrEqual(5e-6);
    expect(out.group.crude).toBeCloseTo(740 / 442811, 15);
    // The reference is its own standard: adjusted = crude.
    expect(out.reference.adjusted).toBeCloseTo(out.reference.crude, 15);
    expect(out.reference.lci).toBeLessThan(out.reference.adjusted);
    expect(out.ratio).toBeCloseTo(out.group.adjusted / out.reference.adjusted, 12);
  });

  it("takes the two groups of the file by default and withholds small strata, saying so", () => {
    const result = run("--input", join(FIXTURES, "crime-15-19.csv"), "--json");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.groupName).toBe("indvandrere og efterkommere");
    expect(out.referenceName).toBe("øvrige");
    for (const rate of [out.group, out.reference]) {
      expect(Object.keys(rate)).toEqual(expect.arrayContaining(["crude", "adjusted", "lci", "uci"]));
      expect(rate.lci).toBeLessThanOrEqual(rate.adjusted);
      expect(rate.uci).toBeGreaterThanOrEqual(rate.adjusted);
    }
    // Totals come from every stratum, the small one included.
    expect(out.group.persons).toBe(1214);
    expect(out.group.convicted).toBe(90);
    expect(out.group.crude).toBeCloseTo(90 / 1214, 15);
    const small = out.strata.find((s: { stratum: string }) => s.stratum === "15-17|høj");
    expect(small.group).toMatchObject({ suppressed: true, reason: "under-minimum" });
    expect(JSON.stringify(small.group)).not.toMatch(/"persons"/);
    // One small cell alone could be recomputed from the total: one more is withheld.
    const complementary = out.strata.filter(
      (s: { group: { suppressed: boolean; reason?: string } }) =>
        s.group.suppressed && s.group.reason === "complementary",
    );
    expect(complementary).toHaveLength(1);
    expect(out.disclosure).toMatch(/vises ikke enkeltvis/);

    const text = run("--input", join(FIXTURES, "crime-15-19.csv"));
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/vises ikke \(færre end 5 personer\)/);
    expect(text.stdout).not.toMatch(/3 \/ 4\b/);
  });

  it("asks for --group and --reference when the file has more than two groups", () => {
    const file = join(dir, "three.csv");
    writeFileSync(file, "stratum,group,convicted,persons\na,x,1,10\na,y,2,10\na,z,3,10\n");
    const result = run("--input", file, "--json");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/3 grupper \(x, y, z\): angiv både --group og --reference/);
    expect(run("--input", file, "--group", "x", "--reference", "z", "--json").status).toBe(0);
  });

  it("names row and column of bad input, and the stratum a rate cannot be computed for", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "stratum,group,convicted,persons\na,x,1,10\na,y,-2,ti\n");
    const refused = run("--input", bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/række 3, felt convicted/);
    expect(refused.stderr).toMatch(/række 3, felt persons/);

    const empty = join(dir, "empty-stratum.csv");
    writeFileSync(empty, "stratum,group,convicted,persons\na,x,0,0\na,y,2,10\nb,x,1,10\nb,y,1,10\n");
    const noPersons = run("--input", empty);
    expect(noPersons.status).toBe(1);
    expect(noPersons.stderr).toMatch(/Stratum »a« har 0 personer i gruppen »x«/);
  });
});
