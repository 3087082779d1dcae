import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");

describe("the udsyn command line (as a user runs it, on the embedded database)", () => {
  let dir: string;
  const run = (...args: string[]) => {
    // DATABASE_URL must not leak in from the environment: these runs are about the embedded default.
    const { DATABASE_URL: _ignored, ...env } = process.env;
    return spawnSync(process.execPath, [BIN, "--data", join(dir, "data"), ...args], {
      encoding: "utf8",
      env,
    });
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-cli-"));
    expect(run("seed-demo", "--no-register").status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists its verbs in --help", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    for (const verb of [
      "serve",
      "db",
      "users",
      "seed-demo",
      "rules",
      "validate",
      "report",
      "rounds",
      "areas",
      "letting",
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${verb}\\b`, "m"));
    }
  });

  it("validates the 2010 report as JSON and signals its errors in the exit code", () => {
    const result = run("validate", "--committee", "SUD", "--year", "2010", "--json");
    expect(result.status).toBe(3);
    const report = JSON.parse(result.stdout);
    expect(report.counts.error).toBe(2);
    expect(report.findings[0]).toMatchObject({
      ruleId: expect.any(String),
      severity: "error",
      location: expect.any(Object),
    });
  });

  it("writes the report as a Word document", () => {
    const out = join(dir, "r.docx");
    const result = run("report", "--committee", "SUD", "--year", "2010", "--format", "docx", "--out", out);
    expect(result.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("names what is missing when a round does not exist, with exit code 1", () => {
    const result = run("validate", "--committee", "SUD", "--year", "2031");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Der er ingen redegørelse for SUD 2031");
  });

  it("refuses an impossible year before touching the database", () => {
    const result = run(
      "report",
      "--committee",
      "SUD",
      "--year",
      "tyve",
      "--format",
      "pdf",
      "--out",
      join(dir, "x.pdf"),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("--year");
  });
});
