import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_CHAIN_LANES } from "../../src/db/audit.ts";
import { SESSION_CHANGE_CHANNEL } from "../../src/db/users.repository.ts";
import { type TestHandle, testDatabases } from "../support/databases.ts";

/**
 * Migrations are frozen snapshots, so application code keeps its own copy of a constant a
 * migration built into the schema. These tests read what the migrated database actually has and
 * compare it with the application's copy: a later migration that changes the lanes or the channel
 * fails here until the application's constant is changed with it.
 */
describe.each(testDatabases())("constants the migrations built into the schema, on $name", (testDb) => {
  let database: TestHandle;

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("has one audit chain head per lane 0 .. AUDIT_CHAIN_LANES - 1", async () => {
    const { rows } = await sql<{ lane: number }>`
      select lane from audit_chain_head order by lane`.execute(database.db);
    expect(rows.map((r) => Number(r.lane))).toEqual(Array.from({ length: AUDIT_CHAIN_LANES }, (_, i) => i));
  });

  it("lets audit rows and heads use exactly the lanes 0 .. AUDIT_CHAIN_LANES - 1", async () => {
    const { rows } = await sql<{ name: string; definition: string }>`
      select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conname in ('audit_log_lane_range', 'audit_chain_head_lane_range')
      order by conname`.execute(database.db);
    expect(rows.map((r) => r.name)).toEqual(["audit_chain_head_lane_range", "audit_log_lane_range"]);
    for (const row of rows) {
      expect(row.definition).toContain(`lane < ${AUDIT_CHAIN_LANES}`);
    }
  });

  it("spreads writers over AUDIT_CHAIN_LANES lanes in the chain trigger", async () => {
    const { rows } = await sql<{ definition: string }>`
      select pg_get_functiondef('audit_log_chain'::regproc) as definition`.execute(database.db);
    const moduli = [...(rows[0]?.definition ?? "").matchAll(/%\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(moduli.length).toBeGreaterThan(0);
    expect(new Set(moduli)).toEqual(new Set([AUDIT_CHAIN_LANES]));
  });

  it("announces session changes on SESSION_CHANGE_CHANNEL, and on no other channel", async () => {
    const { rows } = await sql<{ definition: string }>`
      select pg_get_functiondef('session_changed'::regproc) as definition`.execute(database.db);
    const definition = rows[0]?.definition ?? "";
    const channels = [...definition.matchAll(/pg_notify\(\s*'([^']*)'/g)].map((m) => m[1]);
    // One per case: a TRUNCATE, a session row, an account row.
    expect(channels).toHaveLength(3);
    expect(new Set(channels)).toEqual(new Set([SESSION_CHANGE_CHANNEL]));
  });
});
