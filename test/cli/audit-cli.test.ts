import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";

/** `udsyn audit verify` as an operator runs it: exit 0 while the chain holds, 3 once it is broken. */
const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function udsyn(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, DATABASE_URL: "", UDSYN_DATA: "" };
  try {
    const { stdout } = await run("node", ["bin/udsyn.js", "--data", dataDir, ...args], { cwd: ROOT, env });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe("udsyn audit verify", { timeout: 120_000 }, () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-audit-cli-"));
    data = join(dir, "data");
    expect((await udsyn(data, "seed-demo", "--no-register")).code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 and says so when the chain is intact", async () => {
    const outcome = await udsyn(data, "audit", "verify");
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(
      /^Revisionssporet er intakt: \d+ rækker kontrolleret i 16 kæder, nyeste række \d+; segl [0-9a-f]{64}\.\n$/,
    );
  });

  it("exits 3 and names the edited row once an owner has changed one", async () => {
    const handle = await openDatabase({ kind: "pglite", dataDir: data });
    try {
      await handle.db.transaction().execute(async (trx) => {
        await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
        await sql`update audit_log set actor_name = 'mallory' where id = 2`.execute(trx);
        await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
      });
    } finally {
      await handle.close();
    }
    const outcome = await udsyn(data, "audit", "verify", "--json");
    expect(outcome.code).toBe(3);
    const body = JSON.parse(outcome.stdout);
    // PGlite is one connection: every row is in its one lane.
    expect(body).toMatchObject({
      intact: false,
      rows: 1,
      seal: null,
      breaks: [{ kind: "changed", id: "2" }],
    });
    const lane = body.breaks[0].lane;
    expect(body.message).toBe(
      `Revisionssporet er brudt i 1 kæde. Kæde ${lane}: række 2 er ændret: rækkens indhold passer ikke længere med dens hash.`,
    );
  });
});
