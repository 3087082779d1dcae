import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const ROUND_2011 = "/api/policy/rounds/SUD/2011";

/** The committee secretary's year (issue 13): roll forward, edit any part, four eyes, history. */
describe.each(testDatabases())("the secretary's round on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let secretary: LoggedIn;
  let approver: LoggedIn;
  let id: number;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await policyDemo.seed(database.db, cliActor());
    await addUser(database, "sekretaer", "analyst");
    await addUser(database, "chef", "admin");
    secretary = await login(app, "sekretaer");
    approver = await login(app, "chef");
    const created = await app.inject({
      method: "POST",
      url: "/api/policy/rounds",
      headers: secretary.headers,
      payload: { committee: "SUD", year: 2011, requestDate: "2011-03-01", deadline: null },
    });
    expect(created.statusCode).toBe(201);
    id = created.json().id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string, who = secretary) => app.inject({ method: "GET", url, headers: who.headers });
  const edit = (revision: number, part: object, who = secretary) =>
    app.inject({
      method: "POST",
      url: `/api/policy/rounds/${id}/edits`,
      headers: who.headers,
      payload: { revision, edit: part },
    });
  const move = (to: string, who: LoggedIn, comment?: string) =>
    app.inject({
      method: "POST",
      url: `/api/policy/rounds/${id}/transition`,
      headers: who.headers,
      payload: { to, ...(comment === undefined ? {} : { comment }) },
    });
  const pendingWarnings = async () =>
    ((await get(`${ROUND_2011}/validation`)).json().findings as { ruleId: string }[]).filter(
      (f) => f.ruleId === "round.pending_review",
    ).length;

  it("rolls 2010 forward: new years, no case number, goals unassessed, a warning per field to review", async () => {
    const round = (await get(ROUND_2011)).json();
    expect(round.revision).toBe(1);
    expect(round.content).toMatchObject({ caseNumber: null, documentNumber: null, year: 2011 });
    expect(round.content.budget.tables[0].years).toEqual([2010, 2011, 2012, 2013]);
    expect(round.content.pendingReview.length).toBeGreaterThan(5);
    expect(await pendingWarnings()).toBe(round.content.pendingReview.length);
    const history = (await get(`${ROUND_2011}/history`)).json();
    expect(history.events).toEqual([
      expect.objectContaining({ actorName: "sekretaer", from: null, to: "requested" }),
    ]);
  });

  it("edits the header with the revision it saw; a stale revision is a 409 and changes nothing", async () => {
    const before = await pendingWarnings();
    const ok = await edit(1, { part: "header", caseNumber: "2011-4711", documentNumber: "2011-9" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().revision).toBe(2);
    expect(await pendingWarnings()).toBe(before - 2);
    const stale = await edit(1, { part: "header", caseNumber: "2011-0000" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].field).toBe("revision");
    expect((await get(ROUND_2011)).json().content.caseNumber).toBe("2011-4711");
  });

  it("of parallel edits on the same revision exactly one lands; none overwrites another", async () => {
    const { revision } = (await get(ROUND_2011)).json();
    const texts = ["a én", "a to", "a tre", "a fire"];
    const responses = await Promise.all(
      texts.map((text) => edit(revision, { part: "goal", goalCode: "a", text })),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    const won = texts[responses.findIndex((r) => r.statusCode === 200)];
    const round = (await get(ROUND_2011)).json();
    expect(round.content.goals[0].text).toBe(won);
    expect(round.revision).toBe(revision + 1);
  });

  it("refuses an edit that would make the round invalid, in Danish, naming the field", async () => {
    const { revision } = (await get(ROUND_2011)).json();
    const bad = await edit(revision, { part: "goal", goalCode: "x", text: "y" });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.details[0].field).toBe("goalCode");
    const badInput = await edit(revision, {
      part: "measurement_delete",
      goalCode: "b",
      indicatorId: "i",
      measurementId: "m",
    });
    expect(badInput.statusCode).toBe(400);
  });

  it("keeps a deleted measurement's reason in the audit log", async () => {
    const { revision } = (await get(ROUND_2011)).json();
    const measurement = {
      id: "a-2010",
      period: { kind: "year", year: 2010 },
      value: 3,
      statedText: "3 områder",
      approximate: false,
      source: "Socialministeriet",
      date: "2010-12-01",
    };
    const add = {
      part: "measurement",
      action: "add",
      goalCode: "a",
      indicatorId: "a-omraader-paa-listen",
      measurement,
    };
    expect((await edit(revision, add)).statusCode).toBe(200);
    const del = {
      part: "measurement_delete",
      goalCode: "a",
      indicatorId: "a-omraader-paa-listen",
      measurementId: "a-2010",
      reason: "Forkert liste",
    };
    expect((await edit(revision + 1, del)).statusCode).toBe(200);
    const audit = await database.db
      .selectFrom("audit_log")
      .select(["actor_name", "details"])
      .where("action", "=", "round.part.measurement_delete")
      .execute();
    expect(audit).toEqual([
      {
        actor_name: "sekretaer",
        details: expect.objectContaining({ reason: "Forkert liste", before: measurement }),
      },
    ]);
  });

  it("four eyes: the drafter may not approve; another person may, and the history says who, when and why", async () => {
    expect((await move("draft", secretary)).statusCode).toBe(200);
    expect((await move("review", secretary, "Klar til gennemsyn")).statusCode).toBe(200);
    // The seed's one error (10,35 in the overview, 10,40 in the schema) blocks everyone first.
    expect((await move("approved", approver)).statusCode).toBe(409);
    const fix = await app.inject({
      method: "PUT",
      url: `/api/policy/rounds/${id}/budget/i-relation-til-maal/vaeresteder/2010`,
      headers: secretary.headers,
      payload: {
        revision: (await get(ROUND_2011)).json().revision,
        cell: { kind: "amount", amount: 10_400_000 },
      },
    });
    expect(fix.statusCode).toBe(200);
    const own = await move("approved", secretary);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain("fire øjne");
    expect((await move("approved", approver, "Godkendt")).statusCode).toBe(200);
    const history = (await get(`${ROUND_2011}/history`)).json();
    expect(history.drafters).toEqual(["sekretaer"]);
    expect(history.events.map((e: { to: string }) => e.to)).toEqual([
      "requested",
      "draft",
      "review",
      "approved",
    ]);
    expect(history.events[3]).toMatchObject({ actorName: "chef", comment: "Godkendt" });
    expect(history.events[2]).toMatchObject({ actorName: "sekretaer", comment: "Klar til gennemsyn" });
  });
});
