import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

describe.each(testDatabases().slice(0, 1))("GET /api/rules on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await addUser(database, "rita", "analyst");
    analyst = await login(app, "rita");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("lists the parameters in force on a date with their sources", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/rules?date=2009-12-31",
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
    const { parameters } = response.json() as {
      parameters: { id: string; effectiveFrom: string; source: object }[];
    };
    expect(parameters.length).toBeGreaterThan(5);
    for (const p of parameters) {
      expect(p.effectiveFrom <= "2009-12-31").toBe(true);
      expect(Object.keys(p.source).length).toBeGreaterThan(0);
    }
  });

  it("shows a different set of thresholds on each side of 1 January 2010", async () => {
    const before = await app.inject({
      method: "GET",
      url: "/api/rules?date=2009-12-31",
      headers: analyst.headers,
    });
    const after = await app.inject({
      method: "GET",
      url: "/api/rules?date=2010-01-01",
      headers: analyst.headers,
    });
    const display = (r: typeof before) =>
      Object.fromEntries(
        (r.json().parameters as { id: string; display: string }[]).map((p) => [p.id, p.display]),
      );
    expect(display(before)).not.toEqual(display(after));
  });

  it("answers in English when the UI asks for English, with the same values", async () => {
    const ask = (language: string) =>
      app.inject({
        method: "GET",
        url: "/api/rules?date=2010-01-01",
        headers: { ...analyst.headers, "accept-language": language },
      });
    type Use = { id: string; description: string; value: unknown; display: string };
    const danish = (await ask("da")).json().parameters as Use[];
    const english = (await ask("en")).json().parameters as Use[];
    expect(english.map((p) => [p.id, p.value])).toEqual(danish.map((p) => [p.id, p.value]));
    const months = english.find(
      (p) => p.id === "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder",
    );
    expect(months?.display).toBe("6 months");
    expect(months?.description).toMatch(/^Number of consecutive calendar months/);
  });

  it("refuses an impossible date, naming the field", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/rules?date=2010-02-30",
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("querystring.date");
  });

  it("needs a login", async () => {
    const response = await app.inject({ method: "GET", url: "/api/rules" });
    expect(response.statusCode).toBe(401);
  });
});
