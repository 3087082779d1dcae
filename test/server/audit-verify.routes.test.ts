import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_CHAIN_LANES } from "../../src/db/audit.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases())("GET /api/audit/verify on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let admin: LoggedIn;
  let analyst: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await addUser(database, "root", "admin");
    await addUser(database, "ana", "analyst");
    admin = await login(app, "root");
    analyst = await login(app, "ana");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const verify = (who: LoggedIn) =>
    app.inject({ method: "GET", url: "/api/audit/verify", headers: who.headers });

  it("reports an intact chain to an administrator, and audits the check", async () => {
    const response = await verify(admin);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ intact: true, breaks: [] });
    expect(body.rows).toBeGreaterThan(2);
    expect(body.seal).toMatch(/^[0-9a-f]{64}$/);
    expect(body.lanes).toHaveLength(AUDIT_CHAIN_LANES);
    expect(body.message).toMatch(/^Revisionssporet er intakt/);
    const checks = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "audit.verify")
      .execute();
    expect(checks).toHaveLength(1);
    expect(checks[0]?.actor_name).toBe("root");
  });

  it("is for administrators only", async () => {
    expect((await verify(analyst)).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: "/api/audit/verify" })).statusCode).toBe(401);
  });

  it("names the row an owner deleted behind the trigger's back", async () => {
    const { id, lane } = await database.db
      .selectFrom("audit_log")
      .select(["id", "lane"])
      .where("action", "=", "login")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx);
      await sql`delete from audit_log where id = ${id}`.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx);
    });
    const response = await verify(admin);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.intact).toBe(false);
    expect(body.breaks).toMatchObject([
      { kind: "unlinked", lane, missing: { fromId: String(id), toId: String(id) } },
    ]);
    expect(body.message).toContain(`række ${id} er slettet`);
  });
});
