import { type Kysely, Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/db/audit.ts";
import { type DatabaseHandle, migrateToLatest } from "../../src/db/database.ts";
import { migrationProvider } from "../../src/db/migrations/index.ts";
import type { Database } from "../../src/db/schema.ts";
import type { Actor } from "../../src/domain/access.ts";
import type { AuditAction, AuditEntity } from "../../src/domain/audit-actions.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import {
  type AuditVerification,
  verifyAuditLog,
  walkAuditChain,
} from "../../src/usecases/audit/verify-audit-log.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";

/** Codes only these tests write: the chain is about rows, not about what they record. */
const testAction = (code: string) => code as AuditAction;
const TEST_ENTITY = "test" as AuditEntity;

const actor: Actor = { userId: null, name: "test", role: "admin", ip: "127.0.0.1" };

/** `n` audit rows with varied content: unicode, nesting, numbers, nulls. */
async function writeAuditRows(db: Kysely<Database>, n: number): Promise<string[]> {
  for (let i = 1; i <= n; i += 1) {
    await recordAudit(db, actor, {
      action: testAction(`test.write.${i}`),
      entity: TEST_ENTITY,
      entityId: i % 2 === 0 ? i : null,
      details: { i, tekst: "Æblegrød på Østerbro", nested: { list: [1, 2.5, "x"], none: null } },
    });
  }
  const rows = await db.selectFrom("audit_log").select("id").orderBy("id").execute();
  return rows.map((r) => String(r.id));
}

/**
 * What `walkAuditChain` finds after `change`, made as the table's owner would: the append-only
 * trigger switched off around it. All in one transaction that is then rolled back, so each
 * tampering starts from the same intact chain.
 */
async function tampered(db: Kysely<Database>, change: string): Promise<AuditVerification> {
  const rollback = new Error("rollback");
  let result: AuditVerification | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
      await sql.raw(change).execute(trx);
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
      result = await walkAuditChain(trx);
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  if (result === undefined) throw new Error("no result");
  return result;
}

describe.each(testDatabases())("audit and record integrity on $name", (testDb) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  describe("TRUNCATE", () => {
    beforeAll(async () => {
      const db = database.db;
      await recordAudit(db, actor, { action: testAction("test.truncate"), entity: TEST_ENTITY });
      await db
        .insertInto("organisation_unit")
        .values([
          { code: "SOF", name: "Socialforvaltningen", kind: "administration", administration_code: null },
          { code: "SUD", name: "Socialudvalget", kind: "committee", administration_code: "SOF" },
        ])
        .execute();
      await db
        .insertInto("reporting_round")
        .values({
          committee_code: "SUD",
          year: 2010,
          version: 1,
          status: "published",
          deadline: null,
          content: JSON.stringify({ title: "x" }),
          created_from_id: null,
          published_at: new Date(),
        })
        .execute();
      await db
        .insertInto("letting_decision")
        .values({
          kind: "relocation_grant",
          decision_date: "2010-04-01",
          area_id: "a",
          subject_pseudonym: "H-1",
          result: "granted",
          rule_version: "v",
          input_facts: "{}",
          parameters_used: "[]",
          justification: "{}",
          decision: '{"amount": 15000}',
          decided_by: "test",
        })
        .execute();
    });

    it.each(["audit_log", "letting_decision", "reporting_round"] as const)(
      "refuses to truncate %s, and its rows remain",
      async (table) => {
        const before = await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(before.n)).toBeGreaterThan(0);
        // CASCADE, so a foreign key cannot be what refuses it: the trigger must.
        await expect(sql`truncate ${sql.table(table)} cascade`.execute(database.db)).rejects.toThrow(
          /cannot be truncated/,
        );
        const after = await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow();
        expect(after.n).toEqual(before.n);
      },
    );
  });

  describe("the audit hash chain", () => {
    it("chains every row to the one before it, in the database, whatever the insert says", async () => {
      await writeAuditRows(database.db, 3);
      // A writer cannot choose its own place in the chain.
      await database.db
        .insertInto("audit_log")
        .values({
          actor_name: "mallory",
          action: "forged",
          entity: TEST_ENTITY,
          details: "{}" as never,
          prev_hash: "f".repeat(64),
          hash: "e".repeat(64),
        })
        .execute();
      const rows = await database.db
        .selectFrom("audit_log")
        .select(["id", "prev_hash", "hash"])
        .orderBy("id")
        .execute();
      expect(rows.length).toBeGreaterThan(4);
      expect(rows[0]?.prev_hash).toBe("0".repeat(64));
      for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
      expect(rows.at(-1)?.hash).not.toBe("e".repeat(64));
      const head = await database.db.selectFrom("audit_chain_head").selectAll().executeTakeFirstOrThrow();
      expect(String(head.last_id)).toBe(String(rows.at(-1)?.id));
      expect(head.last_hash).toBe(rows.at(-1)?.hash);
    });

    it("verifies an intact chain, whatever the session's time zone, and audits the check", async () => {
      const ctx = createUseCaseContext(database.db);
      const result = await verifyAuditLog(ctx, cliActor(), undefined);
      expect(result).toMatchObject({ intact: true, broken: null });
      expect(result.rows).toBeGreaterThan(4);
      expect(result.message).toMatch(/^Revisionssporet er intakt: \d+ rækker kontrolleret/);
      const inNewYork = await database.db.transaction().execute(async (trx) => {
        await sql`set local timezone = 'America/New_York'`.execute(trx);
        await sql`set local datestyle = 'SQL, DMY'`.execute(trx);
        return walkAuditChain(trx);
      });
      expect(inNewYork.intact).toBe(true);
      const checks = await database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "audit.verify")
        .execute();
      expect(checks.at(-1)?.details).toMatchObject({ intact: true });
    });
  });

  describe("migration 0005 on a database that already has audit rows", () => {
    it("chains the existing rows in id order, and the chain goes on from them", async () => {
      const own = await testDb.open();
      try {
        const migrator = new Migrator({ db: own.db, provider: migrationProvider });
        const down = await migrator.migrateTo("0004-login-throttle");
        expect(down.error).toBeUndefined();
        for (const action of ["before.one", "before.two", "before.three"]) {
          await sql`insert into audit_log (actor_name, action, entity, details)
            values ('test', ${action}, 'test', ${JSON.stringify({ action, tekst: "før" })}::jsonb)`.execute(
            own.db,
          );
        }
        expect((await migrateToLatest(own.db)).applied[0]).toBe("0005-audit-integrity");
        await recordAudit(own.db, actor, { action: testAction("after.one"), entity: TEST_ENTITY });
        const rows = await own.db
          .selectFrom("audit_log")
          .select(["id", "action", "prev_hash", "hash"])
          .orderBy("id")
          .execute();
        expect(rows.map((r) => r.action)).toEqual(["before.one", "before.two", "before.three", "after.one"]);
        expect(rows[0]?.prev_hash).toBe("0".repeat(64));
        for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
        const result = await walkAuditChain(own.db);
        expect(result).toMatchObject({ intact: true, rows: 4 });
      } finally {
        await own.close();
      }
    });
  });

  describe("concurrent writers", () => {
    it("form one chain: 20 audited transactions at once, each held open after its audit row", async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          database.db.transaction().execute(async (trx) => {
            await recordAudit(trx, actor, {
              action: testAction("test.concurrent"),
              entity: TEST_ENTITY,
              entityId: i,
            });
            // Still uncommitted while the others insert: they must queue behind it.
            await sql`select pg_sleep(0.02)`.execute(trx);
          }),
        ),
      );
      const written = await database.db
        .selectFrom("audit_log")
        .select("prev_hash")
        .where("action", "=", "test.concurrent")
        .execute();
      expect(written).toHaveLength(20);
      expect(new Set(written.map((r) => r.prev_hash)).size).toBe(20);
      const result = await walkAuditChain(database.db);
      expect(result.broken).toBeNull();
      expect(result.intact).toBe(true);
    });
  });

  describe("tampering by the table's owner", () => {
    let own: DatabaseHandle;
    let ids: string[];

    beforeAll(async () => {
      own = await testDb.open();
      ids = await writeAuditRows(own.db, 5);
      expect((await walkAuditChain(own.db)).intact).toBe(true);
    });
    afterAll(async () => own.close());

    it("names a row edited in place", async () => {
      const result = await tampered(
        own.db,
        `update audit_log set actor_name = 'mallory' where id = ${ids[2]}`,
      );
      expect(result.intact).toBe(false);
      expect(result.broken).toMatchObject({ kind: "changed", id: ids[2] });
      expect(result.message).toContain(`Række ${ids[2]} er ændret`);
      expect(result.rows).toBe(2);
    });

    it("names a row edited and re-hashed, at the row after it", async () => {
      const result = await tampered(
        own.db,
        `update audit_log a set details = '{"i": 99}', hash = audit_log_row_hash(a.prev_hash, jsonb_populate_record(a, '{"details": {"i": 99}}')) where id = ${ids[2]}`,
      );
      expect(result.intact).toBe(false);
      expect(result.broken).toMatchObject({ kind: "unlinked", id: ids[3], missing: null });
      expect(result.message).toContain(`række ${ids[2]}`);
    });

    it("names a deleted row", async () => {
      const result = await tampered(own.db, `delete from audit_log where id = ${ids[2]}`);
      expect(result.intact).toBe(false);
      expect(result.broken).toMatchObject({
        kind: "unlinked",
        id: ids[3],
        missing: { fromId: ids[2], toId: ids[2] },
      });
      expect(result.message).toContain(`række ${ids[2]} er slettet`);
    });

    it("notices the first row deleted", async () => {
      const result = await tampered(own.db, `delete from audit_log where id = ${ids[0]}`);
      expect(result.broken).toMatchObject({ kind: "unlinked", id: ids[1], missing: { fromId: ids[0] } });
    });

    it("notices the newest rows deleted", async () => {
      const result = await tampered(own.db, `delete from audit_log where id >= ${ids[3]}`);
      expect(result.intact).toBe(false);
      expect(result.broken).toMatchObject({
        kind: "tail_missing",
        id: ids[2],
        missing: { fromId: ids[3], toId: ids[4] },
      });
      expect(result.message).toContain("De nyeste rækker er slettet");
    });

    it("is intact again once the tampering is rolled back", async () => {
      expect((await walkAuditChain(own.db)).intact).toBe(true);
    });
  });
});
