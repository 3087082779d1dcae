import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");

describe("udsyn forecast on the seed", () => {
  let dir: string;
  const run = (...args: string[]) => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    return spawnSync(process.execPath, [BIN, "--data", join(dir, "data"), ...args], {
      encoding: "utf8",
      env,
    });
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-forecast-cli-"));
    expect(run("seed-demo", "--no-register").status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives every goal's indicators as JSON, with the reason where there is no forecast", () => {
    const result = run("forecast", "--committee", "SUD", "--year", "2010", "--json");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.goals.map((g: { goalCode: string }) => g.goalCode)).toEqual(["a", "b", "c"]);
    const withTarget = out.goals
      .flatMap((g: { indicators: { target: string | null }[] }) => g.indicators)
      .filter((i: { target: string | null }) => i.target !== null);
    expect(withTarget).toHaveLength(3);
    for (const i of withTarget) {
      expect(i.status).toBe("not_forecastable");
      expect(i.reason).toEqual(expect.any(String));
      expect(i).not.toHaveProperty("probability");
      expect(i.backtest.status).toBe("not_possible");
    }
    // Goal b's transfer-income share fell from 33,2 % (2006) to 29,3 % (2008): better.
    expect(out.goals[1].barometer.reading).toBe("better");
  });

  it("prints the same in Danish for people", () => {
    const result = run("forecast", "--committee", "SUD", "--year", "2010");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Mål b:");
    expect(result.stdout).toContain("Det kan ikke vurderes ud fra udviklingen, om målet nås");
    expect(result.stdout).toContain("Barometer: Bedre (2006 33,2 % → 2008 29,3 %)");
  });
});
