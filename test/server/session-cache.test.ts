import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";
import { tokenHash } from "../../src/db/users.repository.ts";
import type { Clock } from "../../src/domain/law/clock.ts";
import { buildApp, sessionCacheOf } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import { SessionCache } from "../../src/usecases/users/session-cache.ts";
import { addUser, type LoggedIn, login } from "../support/app.ts";
import { type TestHandle, testDatabases } from "../support/databases.ts";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");

/**
 * The server keeps live sessions in memory (src/usecases/users/session-cache.ts). These tests change
 * sessions and accounts behind the server's back (another connection, another process) and check
 * that the next request sees the change; and, first, that the cache is really used, so that the
 * other tests can fail.
 */
describe.each(testDatabases())("the session cache on $name", (testDb) => {
  let database: TestHandle;
  let app: App;
  // The database's now() and the server's clock agree, as in production.
  let now = new Date();
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    database = await testDb.open();
    app = await buildApp({ database, webRoot: "/nonexistent", clock });
    for (const name of ["ada", "bo", "cai", "dan", "eva", "fie", "gus", "hal"]) {
      await addUser(database, name, "caseworker");
    }
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const cache = () => sessionCacheOf(app) as SessionCache;
  const me = (who: LoggedIn) => app.inject({ method: "GET", url: "/api/me", headers: who.headers });
  const listening = () => vi.waitFor(() => expect(cache().listening).toBe(true), { timeout: 20_000 });

  /**
   * A statement run outside the server: another connection on PostgreSQL; on PGlite (one process,
   * one connection) the same database but not through the server's use cases.
   */
  async function elsewhere(statement: string): Promise<void> {
    if (database.url === undefined) {
      await sql.raw(statement).execute(database.db);
    } else {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query(statement);
      await client.end();
    }
    // The notification is on its way (PostgreSQL) or already handled (PGlite): wait until it arrived.
    await cache().sync();
  }

  /** A change the triggers do not announce: only a cache that serves from memory still accepts the session. */
  async function unannounced(statement: string): Promise<void> {
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table session disable trigger session_changed`.execute(trx);
      await sql.raw(statement).execute(trx);
      await sql`alter table session enable trigger session_changed`.execute(trx);
    });
  }

  it("serves a session it has read from memory (a change the triggers do not announce goes unseen)", async () => {
    await listening();
    const ada = await login(app, "ada");
    expect((await me(ada)).statusCode).toBe(200);
    await unannounced("update session set expires_at = now() - interval '1 minute'");
    expect((await me(ada)).statusCode).toBe(200);
    // Any announced change to the row: read again, and refused.
    await elsewhere("update session set csrf_token = csrf_token");
    expect((await me(ada)).statusCode).toBe(401);
  });

  it("refuses a session ended by another connection on the next request", async () => {
    const bo = await login(app, "bo");
    expect((await me(bo)).statusCode).toBe(200);
    await elsewhere("delete from session where user_id = (select id from app_user where username = 'bo')");
    expect((await me(bo)).statusCode).toBe(401);
  });

  it("refuses a user disabled by another connection, and shows a role changed there", async () => {
    const cai = await login(app, "cai");
    const dan = await login(app, "dan");
    expect((await me(cai)).statusCode).toBe(200);
    expect((await me(dan)).json().user.role).toBe("caseworker");
    await elsewhere("update app_user set disabled = true where username = 'cai'");
    await elsewhere("update app_user set role = 'analyst' where username = 'dan'");
    expect((await me(cai)).statusCode).toBe(401);
    expect((await me(dan)).json().user.role).toBe("analyst");
  });

  it("refuses a session whose expiry passes, or is moved back by another connection", async () => {
    const eva = await login(app, "eva");
    const fie = await login(app, "fie");
    expect((await me(eva)).statusCode).toBe(200);
    expect((await me(fie)).statusCode).toBe(200);
    await elsewhere(
      "update session set expires_at = now() - interval '1 minute' where user_id = (select id from app_user where username = 'fie')",
    );
    expect((await me(fie)).statusCode).toBe(401);
    const before = now;
    now = new Date(now.getTime() + 9 * 3_600_000);
    try {
      expect((await me(eva)).statusCode).toBe(401);
    } finally {
      now = before;
    }
  });

  it("logout through the server refuses the session on the very next request", async () => {
    const gus = await login(app, "gus");
    expect((await me(gus)).statusCode).toBe(200);
    const out = await app.inject({ method: "POST", url: "/api/logout", headers: gus.headers });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(gus)).statusCode).toBe(401);
  });

  it.runIf(testDb.name === "postgres")(
    "a lost listening connection empties the cache and serves nothing from it until it listens again",
    async () => {
      await listening();
      const hal = await login(app, "hal");
      expect((await me(hal)).statusCode).toBe(200);
      expect(cache().size).toBeGreaterThan(0);
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and application_name = 'udsyn udsyn_session_change listener'`.execute(
        database.db,
      );
      await vi.waitFor(() => expect(cache().listening).toBe(false), { timeout: 20_000 });
      expect(cache().size).toBe(0);
      // What it held before would have missed this (its notification may be lost): it is not used.
      await unannounced("update session set expires_at = now() - interval '1 minute'");
      expect((await me(hal)).statusCode).toBe(401);
      await listening();
      // Listening again, it keeps sessions again.
      const again = await login(app, "hal");
      expect((await me(again)).statusCode).toBe(200);
      await unannounced("delete from session");
      expect((await me(again)).statusCode).toBe(200);
    },
    60_000,
  );

  it.runIf(testDb.name === "postgres")(
    "`udsyn users disable` in another process refuses the user's session on the next request",
    async () => {
      await addUser(database, "ib", "caseworker");
      const ib = await login(app, "ib");
      expect((await me(ib)).statusCode).toBe(200);
      const cli = spawnSync(process.execPath, [BIN, "users", "disable", "ib"], {
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: database.url },
      });
      expect(cli.stderr).toBe("");
      expect(cli.status).toBe(0);
      await cache().sync();
      expect((await me(ib)).statusCode).toBe(401);
    },
    120_000,
  );
});

describe("the session cache's bounds", () => {
  let database: DatabaseHandle;
  let userId: number;
  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    await migrateToLatest(database.db);
    await addUser(database, "ada", "caseworker");
    userId = (await database.db.selectFrom("app_user").select("id").executeTakeFirstOrThrow()).id;
  });
  afterAll(() => database.close());

  const addSession = (token: string) =>
    database.db
      .insertInto("session")
      .values({ id: tokenHash(token), user_id: userId, csrf_token: "c", expires_at: new Date("2999-01-01") })
      .execute();
  /** A change this cache is not told about (it does not listen here): only what it kept says otherwise. */
  const removeAll = () => database.db.deleteFrom("session").execute();

  it("keeps nothing until it listens, at most its maximum (least recently used go), and no entry past its age", async () => {
    for (const token of ["t1", "t2", "t3"]) await addSession(token);
    let clock = 0;
    const cache = new SessionCache({ maxEntries: 2, maxAgeMs: 1000, monotonicNow: () => clock });
    await cache.find(database.db, "t1");
    expect(cache.size).toBe(0);
    cache.state(true);
    for (const token of ["t1", "t2", "t1", "t3"]) await cache.find(database.db, token);
    expect(cache.size).toBe(2);
    await removeAll();
    // t1 and t3 are kept; t2, the least recently used, was dropped and is read again.
    expect(await cache.find(database.db, "t1")).toBeDefined();
    expect(await cache.find(database.db, "t3")).toBeDefined();
    expect(await cache.find(database.db, "t2")).toBeUndefined();
    clock = 1001;
    expect(await cache.find(database.db, "t1")).toBeUndefined();
  });

  it("does not keep a read that overlapped a notification (it may have read the row before the change)", async () => {
    await addSession("t4");
    const cache = new SessionCache();
    cache.state(true);
    const reading = cache.find(database.db, "t4");
    cache.notify(`u:${userId}`);
    expect(await reading).toBeDefined();
    expect(cache.size).toBe(0);
    await cache.find(database.db, "t4");
    expect(cache.size).toBe(1);
    cache.notify("u:999999");
    expect(cache.size).toBe(1);
    cache.notify(`s:${tokenHash("t4")}`);
    expect(cache.size).toBe(0);
    await cache.find(database.db, "t4");
    cache.state(false);
    expect(cache.size).toBe(0);
  });
});
