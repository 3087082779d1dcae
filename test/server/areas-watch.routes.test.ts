import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

interface WatchedArea {
  areaId: string;
  listKind: string;
  listedNow: boolean | null;
  probability: number | null;
  distances: {
    role: string;
    criteria: { criterionId: string; distance: number; text: string; unit: string }[];
  }[];
  outcome?: { listed: boolean };
}

describe.each(testDatabases())("area watch route on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let committee: LoggedIn;
  let caseworker: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "udvalg", "committee");
    await addUser(database, "lise", "caseworker");
    committee = await login(app, "udvalg");
    caseworker = await login(app, "lise");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string, who: LoggedIn = committee) =>
    app.inject({ method: "GET", url, headers: who.headers });

  it("ranks the unlisted areas of the combined-letting list of 1 Oct 2010 by probability, with distances", async () => {
    const response = await get("/api/areas/watch?rules=2010-01-01&list=combined_letting");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.lists).toHaveLength(1);
    expect(body.lists[0]).toMatchObject({
      listKind: "combined_letting",
      knownFactsYear: 2008,
      current: { ruleVersionId: "combined-letting-2010", factsYear: 2008 },
      next: { effectiveDate: "2010-10-01", factsYear: 2009 },
    });
    const areas = body.areas as WatchedArea[];
    // The six areas of the seed's list of 21 Dec 2009 are on it; the others are watched first.
    expect(
      areas
        .filter((a) => a.listedNow)
        .map((a) => a.areaId)
        .sort(),
    ).toEqual(
      ["akacieparken", "aldersrogade", "bispeparken", "lundtoftegade", "mjoelnerparken", "tingbjerg"].sort(),
    );
    const firstListed = areas.findIndex((a) => a.listedNow);
    expect(areas.slice(firstListed).every((a) => a.listedNow)).toBe(true);
    const unlisted = areas.slice(0, firstListed);
    const chances = unlisted.map((a) => a.probability as number);
    expect(chances).toEqual([...chances].sort((a, b) => b - a));
    for (const a of unlisted) {
      const share = a.distances[0]?.criteria.find((c) => c.criterionId === "stk3_outside_labour_market");
      expect(share?.unit).toBe("procentpoint");
      expect(share?.distance).toBeLessThan(0);
      expect(share?.text).toMatch(/procentpoint under 40 %-grænsen$/);
      // The demo has the facts of 2009: what happened is shown beside the forecast.
      expect(a.outcome).toBeDefined();
    }
  });

  it("is open to every role that reads area statistics, and needs a login", async () => {
    expect(
      (await get("/api/areas/watch?rules=2010-01-01&list=copenhagen_typology", caseworker)).statusCode,
    ).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/areas/watch?rules=2010-01-01" })).statusCode).toBe(
      401,
    );
  });

  it("refuses an unknown list (400) and a date with no rule and no list coming (422)", async () => {
    const badList = await get("/api/areas/watch?rules=2010-01-01&list=ghetto");
    expect(badList.statusCode).toBe(400);
    expect(badList.json().error.details[0].field).toBe("querystring.list");
    const early = await get("/api/areas/watch?rules=1990-01-01&list=vulnerable_areas");
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: "rule_not_in_force", details: [{ field: "rules" }] });
    const badDate = await get("/api/areas/watch?rules=2010-02-30");
    expect(badDate.statusCode).toBe(400);
  });
});
