import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/area-facts/${name}`, import.meta.url), "utf8");

interface CriterionBody {
  id: string;
  label: string;
  value: number;
  threshold: number;
  comparator: string;
  met: boolean;
  valueText: string;
  thresholdText: string;
}
interface AreaBody {
  areaId: string;
  areaName: string;
  listed: boolean;
  category: string | null;
  criteria: CriterionBody[];
}

const listedNames = (body: { areas: AreaBody[] }) =>
  body.areas.filter((a) => a.listed).map((a) => a.areaName);

describe.each(testDatabases())("area routes on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let committee: LoggedIn;
  let caseworker: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "bo", "analyst");
    await addUser(database, "udvalg", "committee");
    await addUser(database, "lise", "caseworker");
    analyst = await login(app, "bo");
    committee = await login(app, "udvalg");
    caseworker = await login(app, "lise");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string, who: LoggedIn = analyst) =>
    app.inject({ method: "GET", url, headers: who.headers });

  it("serves the classification from its cache until the facts change, then the changed facts", async () => {
    const url = "/api/areas/classification?date=2009-12-31";
    const first = await get(url);
    const again = await get(url);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    const area = (first.json() as { areas: AreaBody[] }).areas[0];
    if (area === undefined) throw new Error("the demo facts have no areas");
    // Past every use case, as another process or psql would write: the version trigger tells the cache.
    await sql`update area_fact set area_name = 'Omdøbt i SQL' where area_id = ${area.areaId}`.execute(
      database.db,
    );
    const after = (await get(url)).json() as { areas: AreaBody[] };
    expect(after.areas.find((a) => a.areaId === area.areaId)?.areaName).toBe("Omdøbt i SQL");
    await sql`update area_fact set area_name = ${area.areaName} where area_id = ${area.areaId}`.execute(
      database.db,
    );
    expect((await get(url)).body).toBe(first.body);
  });

  it("lists exactly Tingbjerg/Utterslevhuse and Mjølnerparken under the 2005 rule on 31 December 2009", async () => {
    const response = await get("/api/areas/classification?date=2009-12-31");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      ruleVersion: { id: "combined-letting-2005" },
      listKind: "combined_letting",
      date: "2009-12-31",
      factsYear: 2008,
    });
    expect(body.sourceText).toContain("§ 51 b, stk. 3");
    expect(listedNames(body)).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
    const tingbjerg = (body.areas as AreaBody[]).find((a) => a.areaId === "tingbjerg");
    expect(tingbjerg?.category).toBe("kombineret_udlejning");
    expect(tingbjerg?.criteria.map((c) => c.id)).toEqual([
      "outside_labour_market_one_department",
      "residents",
      "outside_labour_market_together",
    ]);
    expect(tingbjerg?.criteria[1]).toMatchObject({
      comparator: "gte",
      threshold: 1200,
      met: true,
      thresholdText: "1.200",
    });
  });

  it("lists the six areas of the seed under the 2010 rule on 1 January 2010, with each criterion value and threshold", async () => {
    const body = (await get("/api/areas/classification?date=2010-01-01", committee)).json();
    expect(body.ruleVersion.id).toBe("combined-letting-2010");
    expect(listedNames(body)).toEqual([
      "Akacieparken",
      "Aldersrogade/Vognvænget",
      "Bispeparken",
      "Lundtoftegade",
      "Mjølnerparken",
      "Tingbjerg/Utterslevhuse",
    ]);
    const hoergaarden = (body.areas as AreaBody[]).find((a) => a.areaId === "hoergaarden");
    const share = hoergaarden?.criteria.find((c) => c.id === "stk3_outside_labour_market");
    expect(share?.met).toBe(share !== undefined && share.value >= 0.4);
    expect(share?.thresholdText).toBe("40 %");
  });

  it("classifies another list kind and another facts year on request", async () => {
    const ghetto = (await get("/api/areas/classification?date=2012-10-01&list=vulnerable_areas")).json();
    expect(ghetto.ruleVersion.id).toBe("ghetto-list-2010");
    expect(listedNames(ghetto)).toHaveLength(8);
    const older = (await get("/api/areas/classification?date=2010-01-01&year=2006")).json();
    expect(older.factsYear).toBe(2006);
  });

  it("writes the criteria and their figures in English when the user reads English, the same list", async () => {
    const url = "/api/areas/classification?date=2012-10-01&list=vulnerable_areas";
    const danish = (await get(url)).json();
    const english = (
      await app.inject({ method: "GET", url, headers: { ...analyst.headers, "accept-language": "en" } })
    ).json();
    expect(listedNames(english)).toEqual(listedNames(danish));
    const labels = (body: { areas: AreaBody[] }) => body.areas.flatMap((a) => a.criteria.map((c) => c.label));
    expect(labels(danish).some((l) => l.includes("af beboerne er indvandrere"))).toBe(true);
    expect(
      labels(english).some((l) => /^(At least|More than) [0-9.]+% of the residents are immigrants/.test(l)),
    ).toBe(true);
    expect(labels(english).join(" ")).not.toMatch(/beboerne|Mindst|gennemsnit /);
    const residents = english.areas[0].criteria.find((c: CriterionBody) => c.label.includes("residents in"));
    expect(residents?.thresholdText).toBe("1,000");
  });

  it("refuses a date no rule version covers (422) and a facts year without facts (422), naming why", async () => {
    const early = await get("/api/areas/classification?date=2004-01-01&list=combined_letting");
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: "rule_not_in_force", details: [{ field: "date" }] });
    const noFacts = await get("/api/areas/classification?date=2010-01-01&year=1990");
    expect(noFacts.statusCode).toBe(422);
    expect(noFacts.json().error.code).toBe("missing_fact");
    const badList = await get("/api/areas/classification?date=2010-01-01&list=ghetto");
    expect(badList.statusCode).toBe(400);
    expect(badList.json().error.details[0].field).toBe("querystring.list");
  });

  it("attributes the rise from 2 to 6 areas on 1 January 2010 to the rule change, area by area", async () => {
    const response = await get("/api/areas/attribution?from=2009-12-31&to=2010-01-01", caseworker);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      listKind: "combined_letting",
      before: { listed: 2, ruleVersionId: "combined-letting-2005", factsYear: 2008 },
      after: { listed: 6, ruleVersionId: "combined-letting-2010", factsYear: 2008 },
      ruleChangeEffect: 4,
      realChangeEffect: 0,
    });
    const byRule = (body.areas as { areaName: string; ruleChangeEffect: number }[])
      .filter((a) => a.ruleChangeEffect === 1)
      .map((a) => a.areaName);
    expect(byRule).toEqual(["Akacieparken", "Aldersrogade/Vognvænget", "Bispeparken", "Lundtoftegade"]);
    expect(body.summary).toContain("ingen del af ændringen skyldes reelle ændringer");
  });

  it("refuses an attribution whose dates are the wrong way round", async () => {
    const response = await get("/api/areas/attribution?from=2010-01-01&to=2009-12-31");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe("from");
  });

  it("lists the rule versions in force on a date, with their sources", async () => {
    const body = (await get("/api/areas/rule-versions?date=2010-11-01")).json();
    expect(body.ruleVersions.map((v: { id: string }) => v.id).sort()).toEqual([
      "combined-letting-2010",
      "copenhagen-typology",
      "ghetto-list-2010",
    ]);
    const all = (await get("/api/areas/rule-versions")).json();
    expect(all.ruleVersions).toHaveLength(7);
    expect(all.ruleVersions[0].sourceText).not.toBe("");
  });

  it("shows the years of facts, the reference years and the areas", async () => {
    const body = (await get("/api/areas/facts/years")).json();
    expect(body.years[0]).toEqual({ year: 2006, areas: 16, departments: 35, residents: expect.any(Number) });
    expect(body.years.at(-1).year).toBe(2024);
    expect(body.referenceYears[0]).toEqual({ year: 2006, national: true, regions: 1 });
    expect(body.areas.map((a: { areaId: string }) => a.areaId)).toContain("tingbjerg");
  });

  it("lets an analyst import a CSV and audits it; refuses caseworkers and committee members", async () => {
    const payload = { fileName: "valid-minimal.csv", content: fixture("valid-minimal.csv") };
    for (const who of [caseworker, committee]) {
      const refused = await app.inject({
        method: "POST",
        url: "/api/areas/facts/import",
        headers: who.headers,
        payload,
      });
      expect(refused.statusCode).toBe(403);
    }
    const response = await app.inject({
      method: "POST",
      url: "/api/areas/facts/import",
      headers: analyst.headers,
      payload,
    });
    expect(response.statusCode).toBe(200);
    // ryparken-1 in 2008 is also a demo row: it is replaced, the two akacie rows are new.
    expect(response.json()).toMatchObject({ rows: 3, inserted: 2, replaced: 1, years: [2008] });
    const audit = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "area_fact.import")
      .execute();
    expect(audit.map((a) => a.actor_name)).toEqual(["bo"]);
  });

  it("answers a CSV with problems with 400 and one detail per problem, row and column, and writes nothing", async () => {
    const before = (await get("/api/areas/facts/years")).json();
    const response = await app.inject({
      method: "POST",
      url: "/api/areas/facts/import",
      headers: analyst.headers,
      payload: { fileName: "many-problems.csv", content: fixture("many-problems.csv") },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid_input");
    expect(error.details).toHaveLength(10);
    expect(error.details).toContainEqual({
      source: "many-problems.csv",
      row: 3,
      field: "residents",
      message: 'tekst i et talfelt: "mange"',
    });
    expect((await get("/api/areas/facts/years")).json()).toEqual(before);
  });

  it("refuses an unknown field in the import body and needs the CSRF header", async () => {
    const unknown = await app.inject({
      method: "POST",
      url: "/api/areas/facts/import",
      headers: analyst.headers,
      payload: { fileName: "a.csv", content: "x", overwrite: true },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual({ field: "body.overwrite", message: "ukendt felt" });
    const noCsrf = await app.inject({
      method: "POST",
      url: "/api/areas/facts/import",
      headers: { cookie: analyst.cookie },
      payload: { fileName: "a.csv", content: "x" },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it("takes an import larger than the default 1 MiB body limit", async () => {
    const header = "year,area_id,area_name,municipality,department_id,residents\n";
    const rows = Array.from({ length: 30_000 }, (_, i) => `1990,big,Stor-parken,København,big-${i},10`).join(
      "\n",
    );
    const content = `${header}${rows}\n`;
    expect(content.length).toBeGreaterThan(1024 * 1024);
    const response = await app.inject({
      method: "POST",
      url: "/api/areas/facts/import",
      headers: analyst.headers,
      payload: { fileName: "stor.csv", content },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().rows).toBe(30_000);
  });

  it("needs a login", async () => {
    expect(
      (await app.inject({ method: "GET", url: "/api/areas/classification?date=2010-01-01" })).statusCode,
    ).toBe(401);
  });
});
