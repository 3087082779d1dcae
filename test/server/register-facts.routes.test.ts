import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases())("POST /api/register/batches/{batchName}/facts on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let caseworker: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    // The demo's typed-in facts use the same department ids as the synthetic city (tingbjerg-1, …).
    await areasDemo.seed(database.db, cliActor());
    const files = synthesiseRegister({ persons: 300, seed: 8 });
    await importRegisterBatch(createUseCaseContext(database.db), cliActor(), {
      name: "by",
      files: Object.entries(files).map(([fileName, content]) => ({ fileName, content })),
    });
    app = await testApp(database);
    await addUser(database, "bo", "analyst");
    await addUser(database, "lise", "caseworker");
    analyst = await login(app, "bo");
    caseworker = await login(app, "lise");
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, payload: object, who: LoggedIn = analyst) =>
    app.inject({ method: "POST", url, payload, headers: who.headers });

  it("refuses typed-in facts of the same department and year (409), replaces them with replace, then says unchanged", async () => {
    expect((await post("/api/register/batches/by/facts", {}, caseworker)).statusCode).toBe(403);
    expect((await post("/api/register/batches/ingen/facts", {})).statusCode).toBe(404);
    expect((await post("/api/register/batches/by/facts", { from: "tyve" })).statusCode).toBe(400);

    const refused = await post("/api/register/batches/by/facts", {});
    expect(refused.statusCode).toBe(409);
    const error = refused.json() as {
      error: { message: string; details: { field: string; message: string }[] };
    };
    expect(error.error.message).toContain("--replace");
    expect(error.error.details).toContainEqual({
      field: "2006 tingbjerg-1",
      message: "indtastet eller indlæst fra CSV",
    });

    const replaced = await post("/api/register/batches/by/facts", { replace: true, from: 2006, to: 2009 });
    expect(replaced.statusCode).toBe(200);
    const body = replaced.json() as { status: string; years: object; replaced: unknown[] };
    expect(body).toMatchObject({ status: "computed", years: { from: 2006, to: 2009 } });
    expect(body.replaced).toContainEqual({
      year: 2006,
      departmentId: "tingbjerg-1",
      source: "indtastet eller indlæst fra CSV",
    });
    const again = await post("/api/register/batches/by/facts", { from: 2006, to: 2009 });
    expect(again.json()).toMatchObject({ status: "unchanged" });

    // The classification names the batch as the source of a computed area's facts. The demo has
    // more Tingbjerg departments than this small batch: those keep their typed-in rows, and the
    // area shows both sources.
    const classification = await app.inject({
      method: "GET",
      url: "/api/areas/classification?date=2010-01-01",
      headers: analyst.headers,
    });
    const areas = (
      classification.json() as { areas: { areaId: string; factsSources: { batchName?: string }[] }[] }
    ).areas;
    const demoDepartments = await database.db
      .selectFrom("area_fact")
      .select("department_id")
      .where("area_id", "=", "tingbjerg")
      .where("year", "=", 2008)
      .where("computation_id", "is", null)
      .execute();
    expect(areas.find((a) => a.areaId === "tingbjerg")?.factsSources).toEqual([
      expect.objectContaining({ kind: "computed", batchName: "by" }),
      ...(demoDepartments.length > 0 ? [{ kind: "typed", text: "indtastet eller indlæst fra CSV" }] : []),
    ]);
  });
});
