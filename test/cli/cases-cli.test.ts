import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../../src/db/database.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { casesDemo } from "../../src/usecases/demo/cases.demo.ts";

/**
 * `udsyn cases list --json` and `udsyn cases overdue --json` on the SSP demo cases: the real
 * binary, one spawn each, on an embedded database seeded in-process (only the cases demo).
 */
const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const NOW = "2026-12-02T09:00:00Z";

async function udsynJson(dataDir: string, ...args: string[]): Promise<unknown> {
  const env = { ...process.env, DATABASE_URL: "", UDSYN_DATA: "", UDSYN_NOW: NOW };
  const { stdout } = await run("node", ["bin/udsyn.js", "--data", dataDir, ...args], { cwd: ROOT, env });
  return JSON.parse(stdout);
}

describe("udsyn cases on the command line", { timeout: 60_000 }, () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-cases-cli-"));
    const previous = process.env.UDSYN_NOW;
    process.env.UDSYN_NOW = NOW;
    const handle = await openDatabase({ kind: "pglite", dataDir: join(dir, "data") });
    try {
      await migrateToLatest(handle.db);
      await casesDemo.seed(handle.db, cliActor());
    } finally {
      await handle.close();
      if (previous === undefined) delete process.env.UDSYN_NOW;
      else process.env.UDSYN_NOW = previous;
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the demo cases at all four levels, and the overdue actions with their due dates", async () => {
    const cases = (await udsynJson(join(dir, "data"), "cases", "list", "--json")) as {
      id: number;
      level: number;
      committee: string;
    }[];
    expect(new Set(cases.map((c) => c.level))).toEqual(new Set([1, 2, 3, 4]));
    expect(cases.every((c) => typeof c.id === "number" && typeof c.committee === "string")).toBe(true);

    const overdue = (await udsynJson(join(dir, "data"), "cases", "overdue", "--json")) as {
      id: number;
      level: number;
      committee: string;
      action: string;
      dueOn: string;
    }[];
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue) {
      expect(item.dueOn < "2026-12-02").toBe(true);
      expect(cases.find((c) => c.id === item.id)).toMatchObject({
        level: item.level,
        committee: item.committee,
      });
      expect(item.action).toMatch(/^[a-z_]+$/);
    }
  });
});
