import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { actorOf } from "../../src/server/access.ts";
import type { App } from "../../src/server/context.ts";
import { defineUseCase } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * Refused access is audited (issue 10): every 403 — the route's role list, the CSRF check, a use
 * case's own refusal — as `access.denied` with route, method, role and user. A 401 without a
 * valid session is not: anyone can send those by the million, and the row would name nobody.
 */

interface DeniedRow {
  actor_name: string;
  entity: string;
  entity_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

describe.each(testDatabases())("audit of refused access on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let committee: LoggedIn;
  let analyst: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    // A route that lets every signed-in user in and leaves the refusal to its use case, as a
    // per-record rule would: the error handler must audit that refusal too.
    const adminsOnly = defineUseCase("rydde op", ["admin"], async () => ({ done: true }));
    app.post("/api/test/use-case-refusal", { config: { access: "authenticated" } }, async (request) =>
      adminsOnly(undefined as never, actorOf(request), {}),
    );
    await addUser(database, "udvalg", "committee");
    await addUser(database, "bo", "analyst");
    committee = await login(app, "udvalg");
    analyst = await login(app, "bo");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  async function deniedRows(): Promise<DeniedRow[]> {
    return (await database.db
      .selectFrom("audit_log")
      .select(["actor_name", "entity", "entity_id", "ip", "details"])
      .where("action", "=", "access.denied")
      .orderBy("id")
      .execute()) as DeniedRow[];
  }

  it("records a role refused by the route, with route, method, role and user", async () => {
    const before = (await deniedRows()).length;
    const response = await app.inject({
      method: "GET",
      url: "/api/audit?limit=5",
      headers: committee.headers,
    });
    expect(response.statusCode).toBe(403);
    const rows = await deniedRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actor_name: "udvalg",
      entity: "route",
      entity_id: "GET /api/audit",
      ip: "127.0.0.1",
      details: { route: "/api/audit", method: "GET", role: "committee", user: "udvalg", reason: "forbidden" },
    });
  });

  it("records a state-changing request without the CSRF token", async () => {
    const before = (await deniedRows()).length;
    const response = await app.inject({
      method: "POST",
      url: "/api/logout",
      headers: { cookie: analyst.cookie },
    });
    expect(response.statusCode).toBe(403);
    const rows = await deniedRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.details).toMatchObject({
      route: "/api/logout",
      method: "POST",
      role: "analyst",
      user: "bo",
      reason: "csrf",
    });
  });

  it("records a use case's own refusal (a forbidden DomainError)", async () => {
    const before = (await deniedRows()).length;
    const response = await app.inject({
      method: "POST",
      url: "/api/test/use-case-refusal",
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("forbidden");
    const rows = await deniedRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.details).toMatchObject({
      route: "/api/test/use-case-refusal",
      method: "POST",
      role: "analyst",
      user: "bo",
    });
  });

  it("does not record 401s: no session, or a session token that does not exist", async () => {
    const before = (await deniedRows()).length;
    for (let i = 0; i < 20; i++) {
      const anonymous = await app.inject({ method: "GET", url: "/api/audit" });
      expect(anonymous.statusCode).toBe(401);
      const forged = await app.inject({
        method: "GET",
        url: "/api/users",
        headers: { cookie: `udsyn_session=forged-${i}` },
      });
      expect(forged.statusCode).toBe(401);
    }
    expect(await deniedRows()).toHaveLength(before);
  });
});
