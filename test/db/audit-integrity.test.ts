import { type Kysely, Migrator, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_CHAIN_LANES, recordAudit } from "../../src/db/audit.ts";
import { type DatabaseHandle, migrateToLatest } from "../../src/db/database.ts";
import { migrationProvider } from "../../src/db/migrations/index.ts";
import type { Database } from "../../src/db/schema.ts";
import type { Actor } from "../../src/domain/access.ts";
import type { AuditAction, AuditEntity } from "../../src/domain/audit-actions.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import {
  type AuditVerification,
  auditSeal,
  verifyAuditLog,
  walkAuditChain,
} from "../../src/usecases/audit/verify-audit-log.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { type TestHandle, testDatabases } from "../support/databases.ts";

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
    it("chains every row to the one before it in its lane, in the database, whatever the insert says", async () => {
      await writeAuditRows(database.db, 3);
      // A writer cannot choose its own place in the chain, nor its lane.
      await database.db
        .insertInto("audit_log")
        .values({
          actor_name: "mallory",
          action: "forged",
          entity: TEST_ENTITY,
          details: "{}" as never,
          prev_hash: "f".repeat(64),
          hash: "e".repeat(64),
          lane: 99,
        })
        .execute();
      const rows = await database.db
        .selectFrom("audit_log")
        .select(["id", "lane", "prev_hash", "hash"])
        .orderBy("id")
        .execute();
      expect(rows.length).toBeGreaterThan(4);
      expect(rows.at(-1)?.hash).not.toBe("e".repeat(64));
      const heads = await database.db.selectFrom("audit_chain_head").selectAll().orderBy("lane").execute();
      expect(heads.map((h) => Number(h.lane))).toEqual(
        Array.from({ length: AUDIT_CHAIN_LANES }, (_, i) => i),
      );
      for (const head of heads) {
        const lane = rows.filter((r) => Number(r.lane) === Number(head.lane));
        let prev = "0".repeat(64);
        for (const row of lane) {
          expect(row.prev_hash).toBe(prev);
          prev = row.hash;
        }
        expect(head.last_id === null ? null : String(head.last_id)).toBe(
          lane.length === 0 ? null : String(lane.at(-1)?.id),
        );
        expect(head.last_hash).toBe(prev);
      }
    });

    it("puts a connection's rows in lane pg_backend_pid() % lanes while that lane is free", async () => {
      const lane = await database.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        await recordAudit(trx, actor, { action: testAction("test.lane"), entity: TEST_ENTITY });
        const row = await trx
          .selectFrom("audit_log")
          .select("lane")
          .where("action", "=", "test.lane")
          .executeTakeFirstOrThrow();
        return { pid: Number(rows[0]?.pid), lane: Number(row.lane) };
      });
      expect(lane.lane).toBe(lane.pid % AUDIT_CHAIN_LANES);
    });

    it("lets one transaction write several audit rows, all in its one lane", async () => {
      await database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 5; i += 1) {
          await recordAudit(trx, actor, {
            action: testAction("test.several"),
            entity: TEST_ENTITY,
            entityId: i,
          });
        }
      });
      const rows = await database.db
        .selectFrom("audit_log")
        .select(["id", "lane"])
        .where("action", "=", "test.several")
        .execute();
      expect(rows).toHaveLength(5);
      expect(new Set(rows.map((r) => Number(r.lane))).size).toBe(1);
      expect((await walkAuditChain(database.db)).intact).toBe(true);
    });

    it("verifies an intact chain, whatever the session's time zone, and audits the check", async () => {
      const ctx = createUseCaseContext(database.db);
      const result = await verifyAuditLog(ctx, cliActor(), undefined);
      expect(result).toMatchObject({ intact: true, breaks: [] });
      expect(result.rows).toBeGreaterThan(4);
      expect(result.lanes).toHaveLength(AUDIT_CHAIN_LANES);
      expect(result.seal).toBe(auditSeal(result.lanes));
      expect(result.message).toMatch(
        new RegExp(
          `^Revisionssporet er intakt: \\d+ rækker kontrolleret i ${AUDIT_CHAIN_LANES} kæder, nyeste række \\d+; segl [0-9a-f]{64}\\.$`,
        ),
      );
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

    it("seals the lanes' heads: any head's id or hash changed gives another seal", () => {
      const heads = Array.from({ length: 3 }, (_, lane) => ({
        lane,
        lastId: lane === 2 ? null : String(lane + 10),
        lastHash: String(lane).repeat(64),
      }));
      const seal = auditSeal(heads);
      expect(seal).toMatch(/^[0-9a-f]{64}$/);
      expect(auditSeal(heads.map((h) => ({ ...h })))).toBe(seal);
      expect(auditSeal(heads.map((h, i) => (i === 1 ? { ...h, lastId: "12" } : h)))).not.toBe(seal);
      expect(auditSeal(heads.map((h, i) => (i === 0 ? { ...h, lastHash: "f".repeat(64) } : h)))).not.toBe(
        seal,
      );
      expect(auditSeal([heads[1], heads[0], heads[2]] as typeof heads)).not.toBe(seal);
    });
  });

  describe("migration 0005 on a database that already has audit rows", () => {
    // Down through every later migration and up again: slow on PGlite when the machine is busy.
    it("chains the existing rows in id order, and the chain goes on from them", {
      timeout: 120_000,
    }, async () => {
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
          .select(["id", "action", "prev_hash", "hash", "lane"])
          .orderBy("id")
          .execute();
        expect(rows.map((r) => r.action)).toEqual(["before.one", "before.two", "before.three", "after.one"]);
        expect(rows.slice(0, 3).map((r) => Number(r.lane))).toEqual([0, 0, 0]);
        expect(rows[0]?.prev_hash).toBe("0".repeat(64));
        for (let i = 1; i < 3; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
        const result = await walkAuditChain(own.db);
        expect(result).toMatchObject({ intact: true, rows: 4 });
      } finally {
        await own.close();
      }
    });
  });

  describe("migration 0021 on a database whose one chain has rows", () => {
    it("keeps that chain as lane 0, verifiable, and new rows chain on in lanes", {
      timeout: 120_000,
    }, async () => {
      const own = await testDb.open();
      try {
        const migrator = new Migrator({ db: own.db, provider: migrationProvider });
        expect((await migrator.migrateTo("0020-session-notifications")).error).toBeUndefined();
        for (let i = 0; i < 4; i += 1) {
          await sql`insert into audit_log (actor_name, action, entity, details)
            values ('test', ${`before.${i}`}, 'test', ${JSON.stringify({ i, tekst: "før spor" })}::jsonb)`.execute(
            own.db,
          );
        }
        const before = await sql<{
          id: string;
          hash: string;
        }>`select id, hash from audit_log order by id`.execute(own.db);
        const lanes = await migrator.migrateTo("0021-audit-chain-lanes");
        expect(lanes.error).toBeUndefined();
        expect(lanes.results?.map((r) => r.migrationName)).toEqual(["0021-audit-chain-lanes"]);
        const migrated = await own.db
          .selectFrom("audit_log")
          .select(["id", "lane", "hash"])
          .orderBy("id")
          .execute();
        expect(migrated.map((r) => [String(r.id), Number(r.lane), r.hash])).toEqual(
          before.rows.map((r) => [String(r.id), 0, r.hash]),
        );
        const heads = await own.db.selectFrom("audit_chain_head").selectAll().orderBy("lane").execute();
        expect(heads).toHaveLength(AUDIT_CHAIN_LANES);
        expect([String(heads[0]?.last_id), heads[0]?.last_hash]).toEqual([
          String(before.rows.at(-1)?.id),
          before.rows.at(-1)?.hash,
        ]);
        for (const head of heads.slice(1))
          expect([head.last_id, head.last_hash]).toEqual([null, "0".repeat(64)]);
        expect(await walkAuditChain(own.db)).toMatchObject({ intact: true, rows: 4 });
        await writeAuditRows(own.db, 3);
        expect(await walkAuditChain(own.db)).toMatchObject({ intact: true, rows: 7 });
      } finally {
        await own.close();
      }
    });
  });

  describe("concurrent writers", () => {
    it("keep every lane intact: 20 audited transactions at once, each held open after its audit row", async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          database.db.transaction().execute(async (trx) => {
            await recordAudit(trx, actor, {
              action: testAction("test.concurrent"),
              entity: TEST_ENTITY,
              entityId: i,
            });
            // Still uncommitted while the others insert: they take other lanes (or queue).
            await sql`select pg_sleep(0.02)`.execute(trx);
            await recordAudit(trx, actor, {
              action: testAction("test.concurrent"),
              entity: TEST_ENTITY,
              entityId: i,
            });
          }),
        ),
      );
      const written = await database.db
        .selectFrom("audit_log")
        .select(["prev_hash", "lane"])
        .where("action", "=", "test.concurrent")
        .execute();
      expect(written).toHaveLength(40);
      // No lane forks: no two rows of a lane point to the same row (new lanes start at genesis).
      expect(new Set(written.map((r) => `${r.lane}:${r.prev_hash}`)).size).toBe(40);
      // PGlite has one connection, so one lane; the server's pool spreads over several.
      if (testDb.name === "postgres") expect(new Set(written.map((r) => r.lane)).size).toBeGreaterThan(1);
      const result = await walkAuditChain(database.db);
      expect(result.breaks).toEqual([]);
      expect(result.intact).toBe(true);
    });

    it.runIf(testDb.name === "postgres")(
      "keeps a transaction in the lane its first row took, even when its preferred lane frees up",
      async () => {
        const url = (database as TestHandle).url;
        if (url === undefined) throw new Error("no url");
        const [writer, blocker] = [
          new pg.Client({ connectionString: url }),
          new pg.Client({ connectionString: url }),
        ];
        await Promise.all([writer.connect(), blocker.connect()]);
        try {
          const pid = Number((await writer.query("select pg_backend_pid() as pid")).rows[0].pid);
          const preferred = pid % AUDIT_CHAIN_LANES;
          await blocker.query("begin");
          await blocker.query("select lane from audit_chain_head where lane = $1 for update", [preferred]);
          const insert = () =>
            writer.query(
              "insert into audit_log (actor_name, action, entity, details) values ('test', 'test.keep', 'test', '{}') returning lane",
            );
          await writer.query("begin");
          const first = Number((await insert()).rows[0].lane);
          await blocker.query("commit");
          const second = Number((await insert()).rows[0].lane);
          await writer.query("commit");
          expect(first).not.toBe(preferred);
          expect(second).toBe(first);
          expect((await walkAuditChain(database.db)).intact).toBe(true);
        } finally {
          await Promise.all([writer.end(), blocker.end()]);
        }
      },
    );

    it.runIf(testDb.name === "postgres")(
      "when every lane is held, the next writer waits for one and the lanes stay intact",
      async () => {
        const url = (database as TestHandle).url;
        if (url === undefined) throw new Error("no url");
        const clients = Array.from(
          { length: AUDIT_CHAIN_LANES + 1 },
          () => new pg.Client({ connectionString: url }),
        );
        await Promise.all(clients.map((c) => c.connect()));
        try {
          const insert = (c: pg.Client, i: number) =>
            c.query(
              "insert into audit_log (actor_name, action, entity, details) values ('test', 'test.full', 'test', $1::jsonb)",
              [JSON.stringify({ i })],
            );
          const holders = clients.slice(0, AUDIT_CHAIN_LANES);
          for (const [i, c] of holders.entries()) {
            await c.query("begin");
            await insert(c, i);
          }
          const last = clients[AUDIT_CHAIN_LANES] as pg.Client;
          let done = false;
          const waiting = insert(last, 99).then(() => {
            done = true;
          });
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(done).toBe(false);
          for (const c of holders) await c.query("commit");
          await waiting;
          const lanes = await database.db
            .selectFrom("audit_log")
            .select("lane")
            .where("action", "=", "test.full")
            .execute();
          expect(lanes).toHaveLength(AUDIT_CHAIN_LANES + 1);
          expect(new Set(lanes.map((r) => r.lane)).size).toBe(AUDIT_CHAIN_LANES);
          expect((await walkAuditChain(database.db)).intact).toBe(true);
        } finally {
          await Promise.all(clients.map((c) => c.end()));
        }
      },
    );
  });

  describe("tampering by the table's owner", () => {
    let own: DatabaseHandle;
    let ids: string[];
    let lane: number;

    beforeAll(async () => {
      own = await testDb.open();
      // One transaction: one lane, consecutive ids.
      ids = await own.db.transaction().execute((trx) => writeAuditRows(trx, 5));
      const lanes = await own.db.selectFrom("audit_log").select("lane").distinct().execute();
      expect(lanes).toHaveLength(1);
      lane = Number(lanes[0]?.lane);
      expect((await walkAuditChain(own.db)).intact).toBe(true);
    });
    afterAll(async () => own.close());

    it("names a row edited in place, and its lane", async () => {
      const result = await tampered(
        own.db,
        `update audit_log set actor_name = 'mallory' where id = ${ids[2]}`,
      );
      expect(result.intact).toBe(false);
      expect(result.seal).toBeNull();
      expect(result.breaks).toMatchObject([{ kind: "changed", lane, id: ids[2] }]);
      expect(result.message).toContain(`Kæde ${lane}: række ${ids[2]} er ændret`);
      expect(result.rows).toBe(2);
    });

    it("names a row edited and re-hashed, at the row after it", async () => {
      const result = await tampered(
        own.db,
        `update audit_log a set details = '{"i": 99}', hash = audit_log_row_hash(a.prev_hash, jsonb_populate_record(a, '{"details": {"i": 99}}')) where id = ${ids[2]}`,
      );
      expect(result.intact).toBe(false);
      expect(result.breaks).toMatchObject([{ kind: "unlinked", lane, id: ids[3], missing: null }]);
      expect(result.message).toContain(`Kæde ${lane} er brudt ved række ${ids[3]}`);
      expect(result.message).toContain(`række ${ids[2]}`);
    });

    it("names a deleted row", async () => {
      const result = await tampered(own.db, `delete from audit_log where id = ${ids[2]}`);
      expect(result.intact).toBe(false);
      expect(result.breaks).toMatchObject([
        { kind: "unlinked", lane, id: ids[3], missing: { fromId: ids[2], toId: ids[2] } },
      ]);
      expect(result.message).toContain(`række ${ids[2]} er slettet`);
    });

    it("notices the first row deleted", async () => {
      const result = await tampered(own.db, `delete from audit_log where id = ${ids[0]}`);
      expect(result.breaks).toMatchObject([
        { kind: "unlinked", lane, id: ids[1], missing: { fromId: ids[0] } },
      ]);
    });

    it("notices the newest rows deleted", async () => {
      const result = await tampered(own.db, `delete from audit_log where id >= ${ids[3]}`);
      expect(result.intact).toBe(false);
      expect(result.breaks).toMatchObject([
        { kind: "tail_missing", lane, id: ids[2], missing: { fromId: ids[3], toId: ids[4] } },
      ]);
      expect(result.message).toContain(`Kæde ${lane}: de nyeste rækker er slettet`);
    });

    it("notices a row moved to another lane, in both lanes", async () => {
      const other = (lane + 1) % AUDIT_CHAIN_LANES;
      const result = await tampered(own.db, `update audit_log set lane = ${other} where id = ${ids[2]}`);
      expect(result.intact).toBe(false);
      expect(result.breaks).toMatchObject(
        [
          { kind: "unlinked", lane, id: ids[3], missing: null },
          { kind: "unlinked", lane: other, id: ids[2], missing: null },
        ].sort((a, b) => a.lane - b.lane),
      );
      expect(result.message).toContain(`Revisionssporet er brudt i 2 kæder`);
    });

    it("notices a lane's head deleted", async () => {
      const result = await tampered(own.db, `delete from audit_chain_head where lane = ${lane}`);
      expect(result.breaks).toMatchObject([{ kind: "head_missing", lane, id: ids[0] }]);
    });

    it("is intact again once the tampering is rolled back", async () => {
      expect((await walkAuditChain(own.db)).intact).toBe(true);
    });
  });
});

// Two lanes at once need two connections: PostgreSQL only (PGlite has one).
describe.each(testDatabases().filter((d) => d.name === "postgres"))(
  "tampering with two lanes written at the same time on $name",
  (testDb) => {
    let own: DatabaseHandle;
    /** The ids of each lane, oldest first; the two lanes' ids interleave. */
    let first: { lane: number; ids: string[] };
    let second: { lane: number; ids: string[] };

    beforeAll(async () => {
      own = await testDb.open();
      const a = await own.db.startTransaction().execute();
      const b = await own.db.startTransaction().execute();
      for (let i = 0; i < 4; i += 1) {
        await recordAudit(a, actor, { action: testAction("test.a"), entity: TEST_ENTITY, entityId: i });
        await recordAudit(b, actor, { action: testAction("test.b"), entity: TEST_ENTITY, entityId: i });
      }
      await a.commit().execute();
      await b.commit().execute();
      const rows = await own.db
        .selectFrom("audit_log")
        .select(["id", "lane", "action"])
        .orderBy("id")
        .execute();
      const of = (action: string) => {
        const mine = rows.filter((r) => r.action === action);
        return { lane: Number(mine[0]?.lane), ids: mine.map((r) => String(r.id)) };
      };
      first = of("test.a");
      second = of("test.b");
      expect(first.lane).not.toBe(second.lane);
      expect(new Set(rows.filter((r) => r.action === "test.a").map((r) => r.lane)).size).toBe(1);
      expect(BigInt(first.ids[1] as string) - BigInt(first.ids[0] as string)).toBe(2n);
      expect((await walkAuditChain(own.db)).intact).toBe(true);
    });
    afterAll(async () => own.close());

    it("names only the deleted row as missing, not the other lane's rows between", async () => {
      const result = await tampered(own.db, `delete from audit_log where id = ${first.ids[1]}`);
      expect(result.breaks).toEqual([
        expect.objectContaining({
          kind: "unlinked",
          lane: first.lane,
          id: first.ids[2],
          missing: { fromId: first.ids[1], toId: first.ids[1] },
        }),
      ]);
    });

    it("reports every broken lane: a middle row of one, the newest of the other", async () => {
      const result = await tampered(
        own.db,
        `delete from audit_log where id in (${first.ids[1]}, ${second.ids[3]})`,
      );
      const byLane = [
        {
          kind: "unlinked",
          lane: first.lane,
          id: first.ids[2],
          missing: { fromId: first.ids[1], toId: first.ids[1] },
        },
        {
          kind: "tail_missing",
          lane: second.lane,
          id: second.ids[2],
          missing: { fromId: second.ids[3], toId: second.ids[3] },
        },
      ].sort((x, y) => x.lane - y.lane);
      expect(result.breaks).toMatchObject(byLane);
      expect(result.message).toContain(`Kæde ${first.lane} er brudt ved række ${first.ids[2]}`);
      expect(result.message).toContain(`Kæde ${second.lane}: de nyeste rækker er slettet`);
    });

    it("notices a row moved into the other lane, in both lanes", async () => {
      const result = await tampered(
        own.db,
        `update audit_log set lane = ${second.lane} where id = ${first.ids[1]}`,
      );
      const byLane = [
        { kind: "unlinked", lane: first.lane, id: first.ids[2], missing: null },
        { kind: "unlinked", lane: second.lane, id: first.ids[1], missing: null },
      ].sort((x, y) => x.lane - y.lane);
      expect(result.breaks).toMatchObject(byLane);
    });
  },
);
