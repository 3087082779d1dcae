import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { AGGREGATE_READERS } from "../../src/domain/access.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { evaluateLettingAgreement } from "../../src/usecases/register/evaluate-letting-agreement.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";
import { handBuiltBatch } from "../support/letting-evaluation.ts";

describe.each(testDatabases())("GET /api/register/evaluation on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  const users: Record<string, LoggedIn> = {};

  beforeAll(async () => {
    database = await testDb.open();
    await importRegisterBatch(createUseCaseContext(database.db), cliActor(), {
      name: "haandbygget",
      files: Object.entries(handBuiltBatch()).map(([fileName, content]) => ({ fileName, content })),
    });
    app = await testApp(database);
    for (const role of AGGREGATE_READERS) {
      await addUser(database, `u-${role}`, role);
      users[role] = await login(app, `u-${role}`);
    }
  }, 180_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string, who?: LoggedIn) =>
    app.inject({ method: "GET", url, ...(who ? { headers: who.headers } : {}) });

  it("answers every role that may read aggregates with the published table, and no one without a session", async () => {
    expect(evaluateLettingAgreement.access).toEqual(AGGREGATE_READERS);
    for (const role of AGGREGATE_READERS) {
      const response = await get("/api/register/evaluation?from=2006&to=2008", users[role]);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ from: 2006, to: 2008, batch: { name: "haandbygget" } });
      expect(body.all).toMatchObject({ fullyVacated: 1, notFullyVacated: -1, total: 0 });
      expect(body.rows[0]).toMatchObject({ areaType: "udsat", fullyVacated: null });
      expect(body.rows[0].suppressed.fullyVacated).toBe("færre end 5 personer");
    }
    expect((await get("/api/register/evaluation?from=2006&to=2008")).statusCode).toBe(401);
  });

  it("refuses bad input with 400 or 404 naming the field, never 500", async () => {
    const analyst = users.analyst;
    const backwards = await get("/api/register/evaluation?from=2008&to=2006", analyst);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details[0].field).toBe("to");
    const uncovered = await get("/api/register/evaluation?from=2006&to=2010", analyst);
    expect(uncovered.statusCode).toBe(400);
    expect(uncovered.json().error.details[0].field).toBe("to");
    const unknown = await get("/api/register/evaluation?from=2006&to=2008&batch=nej", analyst);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details[0].field).toBe("batch");
    expect((await get("/api/register/evaluation?from=abc&to=2008", analyst)).statusCode).toBe(400);
    expect((await get("/api/register/evaluation?to=2008", analyst)).statusCode).toBe(400);
  });
});
