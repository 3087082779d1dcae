import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertSspCommittee } from "../../src/db/cases.repository.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { fixedClock } from "../../src/domain/law/clock.ts";
import { buildApp } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { setUserCaseCommittees } from "../../src/usecases/cases/case-admin.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/** The SSP case routes: a caseworker's case from creation to re-grade, and who may see it. */
describe.each(testDatabases())("case routes on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let norrebro: LoggedIn;
  let amager: LoggedIn;
  let analyst: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await upsertSspCommittee(database.db, { code: "norrebro", name: "SSP Nørrebro", leaderGroup: "Nord" });
    await upsertSspCommittee(database.db, { code: "amager", name: "SSP Amager", leaderGroup: "Syd" });
    // Friday 27 November 2026.
    app = await buildApp({ database, webRoot: "/nonexistent", clock: fixedClock("2026-11-27T09:00:00Z") });
    await addUser(database, "sofie", "caseworker");
    await addUser(database, "anders", "caseworker");
    await addUser(database, "bo", "analyst");
    const ctx = createUseCaseContext(database.db);
    await setUserCaseCommittees(ctx, cliActor(), { user: "sofie", committees: ["norrebro"] });
    await setUserCaseCommittees(ctx, cliActor(), { user: "anders", committees: ["amager"] });
    norrebro = await login(app, "sofie");
    amager = await login(app, "anders");
    analyst = await login(app, "bo");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, payload: object, who: LoggedIn = norrebro) =>
    app.inject({ method: "POST", url, headers: who.headers, payload });
  const get = (url: string, who: LoggedIn = norrebro) =>
    app.inject({ method: "GET", url, headers: who.headers });

  it("creates a level-2 case, completes an action, re-grades to 3, and the timeline shows it all", async () => {
    const created = await post("/api/cases", {
      committee: "norrebro",
      pseudonym: "U-77",
      birthYear: 2010,
      birthMonth: 5,
      name: "Mads Prøve",
      level: 2,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.actions.map((a: { key: string; dueOn: string }) => [a.key, a.dueOn])).toEqual([
      ["samtale_foraeldre", "2026-12-04"],
      ["underretning_vurderet", "2026-11-30"],
      ["handleplan", "2026-12-18"],
    ]);
    const done = await post(`/api/cases/${body.id}/actions/${body.actions[0].id}/complete`, {});
    expect(done.statusCode).toBe(200);
    const regraded = await post(`/api/cases/${body.id}/regrade`, { level: 3, reason: "Ny sigtelse" });
    expect(regraded.json()).toMatchObject({ level: 3, levelName: "Gentagen alvorlig kriminalitet" });
    const shown = await get(`/api/cases/${body.id}`);
    expect(shown.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "opened",
      "action_completed",
      "escalated",
    ]);
    expect(shown.json().name).toBe("Mads Prøve");
  });

  it("refuses the other committee's caseworker and the analyst; the analyst sees the overview", async () => {
    const [listed] = (await get("/api/cases")).json();
    expect((await get(`/api/cases/${listed.id}`, amager)).statusCode).toBe(403);
    expect((await post(`/api/cases/${listed.id}/close`, { reason: "x" }, amager)).statusCode).toBe(403);
    expect((await get("/api/cases", amager)).json()).toEqual([]);
    expect((await get(`/api/cases/${listed.id}`, analyst)).statusCode).toBe(403);
    expect((await get("/api/cases", analyst)).statusCode).toBe(403);
    const overview = await get("/api/cases/overview", analyst);
    expect(overview.json().cells).toEqual([{ committee: "norrebro", level: 3, cases: 1, overdueActions: 0 }]);
    expect((await get("/api/cases/999999")).statusCode).toBe(404);
  });

  it("answers bad input with a 4xx naming the field", async () => {
    const [listed] = (await get("/api/cases")).json();
    const scores = Object.fromEntries(
      (await get("/api/cases/catalogue")).json().parameters.map((p: { key: string }) => [p.key, 5]),
    );
    const bad: [string, object, number, string][] = [
      [`/api/cases/${listed.id}/regrade`, { level: 9, reason: "x" }, 400, "level"],
      [
        `/api/cases/${listed.id}/assessments`,
        { assessedOn: "2026-11-27", scores: { ...scores, kriminalitet: 0 } },
        400,
        "scores.kriminalitet",
      ],
      [`/api/cases/${listed.id}/assessments`, { assessedOn: "2026-11-30", scores }, 400, "assessedOn"],
      [`/api/cases/${listed.id}/interventions`, { type: "ukendt", startedOn: "2026-11-27" }, 400, "type"],
      [
        "/api/cases",
        { committee: "norrebro", pseudonym: "U-77", birthYear: 2010, birthMonth: 5, level: 1 },
        409,
        "pseudonym",
      ],
      [
        "/api/cases",
        { committee: "norrebro", pseudonym: "U-78", birthYear: 2010, birthMonth: 13, level: 1 },
        400,
        "body.birthMonth",
      ],
    ];
    for (const [url, payload, status, field] of bad) {
      const response = await post(url, payload);
      expect([response.statusCode, response.json().error.details[0].field]).toEqual([status, field]);
    }
    const assessed = await post(`/api/cases/${listed.id}/assessments`, { assessedOn: "2026-11-27", scores });
    expect(assessed.statusCode).toBe(200);
  });

  it("gives the analyst the outcome aggregates, suppressed under 5 persons, and as CSV", async () => {
    const report = await get("/api/cases/outcomes", analyst);
    expect(report.statusCode).toBe(200);
    expect(report.json().cells.length).toBe(10 * report.json().interventionTypes.length);
    expect(report.json().cells.every((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
    const csv = await get("/api/cases/outcomes.csv", analyst);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body).toMatch(/Indsats;Parameter;.*\r\nDen Korte Snor;Personlig trivsel;ja;under 5;/s);
  });
});
