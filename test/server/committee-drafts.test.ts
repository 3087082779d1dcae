import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { updateRoundStatus } from "../../src/db/policy.repository.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * The committee sees only what is published (issue 10): a round in any earlier status is hidden
 * from its list and answered as "not found" everywhere else, unless the municipality sets
 * UDSYN_COMMITTEE_SEES_DRAFTS=true; then drafts are shown with their status.
 */

const ROUNDS = "/api/policy/rounds";
/** Every way to read a round: as data, its checks and its files. */
const READS = [
  "",
  "/validation",
  "/budget",
  "/changes",
  "/report.html",
  "/report.docx",
  "/export.xlsx",
  "/export/budget.csv",
] as const;

interface Summary {
  committeeCode: string;
  year: number;
  version: number;
  status: string;
}

describe.each(testDatabases())("what the committee sees on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let committee: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await policyDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "bo", "analyst");
    await addUser(database, "udvalg", "committee");
    analyst = await login(app, "bo");
    committee = await login(app, "udvalg");
    // SUD 2010: version 1 published (directly: the seed's round has the errors the demo shows),
    // version 2 its correction, a draft; SUD 2011 requested.
    const first = (
      await app.inject({ method: "GET", url: `${ROUNDS}/SUD/2010`, headers: analyst.headers })
    ).json();
    await updateRoundStatus(database.db, first.id, "published");
    const correction = await app.inject({
      method: "POST",
      url: `${ROUNDS}/${first.id}/corrections`,
      headers: analyst.headers,
    });
    expect(correction.json()).toMatchObject({ version: 2, status: "draft" });
    const next = await app.inject({
      method: "POST",
      url: ROUNDS,
      headers: analyst.headers,
      payload: { committee: "SUD", year: 2011, requestDate: "2011-03-01", deadline: null },
    });
    expect(next.json()).toMatchObject({ year: 2011, status: "requested" });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const get = (url: string, who: LoggedIn) => app.inject({ method: "GET", url, headers: who.headers });
  const listed = async (who: LoggedIn) =>
    ((await get(ROUNDS, who)).json().rounds as Summary[]).map((r) => `${r.year} v${r.version} ${r.status}`);

  describe("by default", () => {
    it("lists only published rounds to the committee, everything to the administration", async () => {
      expect(await listed(committee)).toEqual(["2010 v1 published"]);
      expect(await listed(analyst)).toEqual(["2011 v1 requested", "2010 v2 draft", "2010 v1 published"]);
    });

    it("shows the committee the newest published version when none is named", async () => {
      const round = (await get(`${ROUNDS}/SUD/2010`, committee)).json();
      expect(round).toMatchObject({ version: 1, status: "published" });
      expect((await get(`${ROUNDS}/SUD/2010`, analyst)).json()).toMatchObject({
        version: 2,
        status: "draft",
      });
    });

    it.each(READS)(
      "answers the committee 404 for a draft at %s, as for a round that does not exist",
      async (read) => {
        for (const [hidden, missing] of [
          [`${ROUNDS}/SUD/2011${read}`, `${ROUNDS}/SUD/2012${read}`],
          [`${ROUNDS}/SUD/2010${read}?version=2`, `${ROUNDS}/SUD/2010${read}?version=3`],
        ] as const) {
          const refused = await get(hidden, committee);
          const nothing = await get(missing, committee);
          expect(refused.statusCode).toBe(404);
          expect(nothing.statusCode).toBe(404);
          // Word for word the same answer, but for the year or version asked about.
          const neutral = (body: string) =>
            body.replace(/2011|2012/g, "ÅR").replace(/version [23]/g, "version N");
          expect(neutral(refused.body)).toBe(neutral(nothing.body));
          expect((await get(hidden, analyst)).statusCode).toBe(200);
        }
      },
    );

    it.each(READS)("lets the committee read the published round at %s", async (read) => {
      expect((await get(`${ROUNDS}/SUD/2010${read}?version=1`, committee)).statusCode).toBe(200);
    });
  });

  describe("when the municipality lets the committee follow the drafts", () => {
    it("lists the drafts with their status", async () => {
      vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
      expect(await listed(committee)).toEqual(["2011 v1 requested", "2010 v2 draft", "2010 v1 published"]);
    });

    it.each(READS)("lets the committee read a draft at %s", async (read) => {
      vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
      expect((await get(`${ROUNDS}/SUD/2011${read}`, committee)).statusCode).toBe(200);
      expect((await get(`${ROUNDS}/SUD/2010${read}?version=2`, committee)).statusCode).toBe(200);
    });

    it("shows the draft marked as a draft, and the newest version when none is named", async () => {
      vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
      expect((await get(`${ROUNDS}/SUD/2010`, committee)).json()).toMatchObject({
        version: 2,
        status: "draft",
      });
      expect((await get(`${ROUNDS}/SUD/2011`, committee)).json()).toMatchObject({ status: "requested" });
    });

    it("takes only the word true: any other value keeps drafts hidden", async () => {
      vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "yes");
      expect(await listed(committee)).toEqual(["2010 v1 published"]);
    });
  });
});
