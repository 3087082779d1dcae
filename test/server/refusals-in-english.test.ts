import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { errorBody } from "../../src/server/errors.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { danishIn } from "../support/danish.ts";
import { testDatabases } from "../support/databases.ts";
import { application, months } from "../support/letting.ts";

/**
 * "English means English" for refusals reached through the API: with English chosen (the web
 * client sends the UI's language as Accept-Language), the message and every detail of a sample of
 * refusals from each layer (access, routing, input guard, use cases, the domain) hold no Danish;
 * in Danish the same refusal is Danish. Names the user typed (an area id) are not Danish words.
 */

type Send = (headers: Record<string, string>) => Promise<LightMyRequestResponse>;

describe.each(testDatabases())("refusals in English, on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let admin: LoggedIn;
  let committee: LoggedIn;
  let caseworker: LoggedIn;
  let analyst: LoggedIn;
  let roundId: number;
  /** The round's revision after seeding: an edit must carry it to reach the check under test. */
  let roundRevision: number;

  beforeAll(async () => {
    database = await testDb.open();
    await policyDemo.seed(database.db, cliActor());
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "anna", "admin");
    await addUser(database, "udvalg", "committee");
    await addUser(database, "lise", "caseworker");
    await addUser(database, "bo", "analyst");
    admin = await login(app, "anna");
    committee = await login(app, "udvalg");
    caseworker = await login(app, "lise");
    analyst = await login(app, "bo");
    const round = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: admin.headers })
    ).json();
    roundId = round.id;
    roundRevision = round.revision;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const as =
    (who: () => LoggedIn, method: "GET" | "POST" | "PUT", url: string, payload?: unknown): Send =>
    (headers) =>
      app.inject({
        method,
        // The round's id is known only after seeding: it is put into the URL at the call.
        url: url.replace("ROUND", String(roundId)),
        headers: { ...who().headers, ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });

  const refusals: readonly (readonly [string, number, Send])[] = [
    ["not logged in", 401, (headers) => app.inject({ method: "GET", url: "/api/users", headers })],
    [
      "a wrong password",
      401,
      (headers) =>
        app.inject({
          method: "POST",
          url: "/api/login",
          headers,
          payload: { username: "anna", password: "forkert" },
        }),
    ],
    ["no such route", 404, as(() => admin, "GET", "/api/nowhere")],
    ["a role without access", 403, as(() => committee, "GET", "/api/users")],
    ["no such user", 404, as(() => admin, "POST", "/api/users/nobody/unlock")],
    ["no such round", 404, as(() => admin, "GET", "/api/policy/rounds/XYZ/2010")],
    [
      "a status change the workflow does not allow",
      409,
      as(() => admin, "POST", "/api/policy/rounds/ROUND/transition", { to: "published" }),
    ],
    [
      "a status field of an initiative the round does not have",
      404,
      as(() => admin, "PUT", "/api/policy/rounds/ROUND/initiatives/x-404/fields/status", {
        text: "x",
        // Read at the call (known after seeding); a getter is serialised like a property.
        get revision() {
          return roundRevision;
        },
      }),
    ],
    [
      "a NUL character in a field",
      400,
      as(() => admin, "PUT", "/api/policy/rounds/ROUND/initiatives/nexus/fields/status", {
        text: "a\u0000b",
        get revision() {
          return roundRevision;
        },
      }),
    ],
    [
      "an area not in the area facts",
      400,
      as(() => caseworker, "POST", "/api/letting/decisions", {
        application: application({ areaId: "atlantis" }),
      }),
    ],
    [
      "an application before any rule version",
      422,
      as(() => caseworker, "POST", "/api/letting/decisions", {
        application: application({
          applicationDate: "2004-06-01",
          household: { applicant: { pseudonym: "P-1", benefitMonths: [] } },
          waitingList: { topOfList: false, registeredDate: "2003-01-01" },
        }),
      }),
    ],
    [
      "overlapping benefit months",
      400,
      as(() => caseworker, "POST", "/api/letting/decisions", {
        application: application({
          household: {
            applicant: {
              pseudonym: "P-0100",
              benefitMonths: [...months("2009-08", 7), ...months("2009-09", 1)],
            },
          },
        }),
      }),
    ],
  ];

  it("a file of 500 bad rows: each row's problem and the note on the shortened list", async () => {
    const header = "year,area_id,area_name,municipality,department_id,residents,region";
    const rows = Array.from({ length: 500 }, (_, i) => `2010,x,X,Kbh,d${i},many,Region Hovedstaden`);
    const payload = { fileName: "bad.csv", content: [header, ...rows].join("\n") };
    const english = await as(
      () => analyst,
      "POST",
      "/api/areas/facts/import",
      payload,
    )({ "accept-language": "en" });
    expect(english.statusCode, english.body).toBe(400);
    const { error } = errorBody.parse(english.json());
    expect(error.message).toBe(
      "bad.csv: 500 errors - nothing has been imported (showing the first 100 of 500 errors)",
    );
    expect(error.details[0]).toEqual({
      source: "bad.csv",
      row: 2,
      field: "residents",
      message: 'text in a number field: "many"',
    });
    for (const detail of error.details) expect(danishIn(detail.message), detail.message).toBeUndefined();
  });

  it.each(refusals)("%s: English when English is chosen, Danish otherwise", async (_name, status, send) => {
    const english = await send({ "accept-language": "en-GB,en;q=0.9" });
    expect(english.statusCode, english.body).toBe(status);
    const { error } = errorBody.parse(english.json());
    expect(danishIn(error.message), error.message).toBeUndefined();
    for (const detail of error.details)
      expect(danishIn(detail.message), `${detail.field}: ${detail.message}`).toBeUndefined();
    const danish = errorBody.parse((await send({ "accept-language": "da" })).json()).error;
    expect(danish.code).toBe(error.code);
    expect(danish.message).not.toBe(error.message);
  });
});
