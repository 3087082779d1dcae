import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { seedDemo } from "../../src/usecases/demo/demo.service.ts";
import { MAX_FAILED_LOGINS } from "../../src/usecases/users/login.ts";
import { addUser, login, PASSWORD, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/** Parallel logins and parallel edits: no lost update, no bypassed limit, no 5xx. */
describe.each(testDatabases())("parallel logins and edits on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    database = await testDb.open();
    await seedDemo(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "redaktoer", "analyst");
    for (let i = 0; i < 25; i++) await addUser(database, `bruger-${i}`, "committee");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("25 parallel right logins all succeed while 40 parallel wrong ones lock their account", async () => {
    const started = performance.now();
    const [right, wrong] = await Promise.all([
      Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          app.inject({
            method: "POST",
            url: "/api/login",
            payload: { username: `bruger-${i}`, password: PASSWORD },
            remoteAddress: `10.2.0.${i}`,
          }),
        ),
      ),
      Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          app.inject({
            method: "POST",
            url: "/api/login",
            payload: { username: "redaktoer", password: `gaet-${i}` },
            remoteAddress: `10.3.0.${i}`,
          }),
        ),
      ),
    ]);
    expect(right.map((r) => r.statusCode)).toEqual(Array(25).fill(200));
    const checked = wrong.filter((r) => r.json().error.code === "invalid_credentials").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    process.stdout.write(
      `logins ${testDb.name}: 65 parallel in ${(performance.now() - started).toFixed(0)} ms; ${checked} wrong passwords checked, ${40 - checked} refused as locked\n`,
    );
  });

  it("40 parallel edits of different budget cells of one round all survive", async () => {
    await database.db.deleteFrom("login_throttle").execute();
    const editor = await login(app, "redaktoer");
    const round = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: editor.headers })
    ).json() as {
      id: number;
      revision: number;
      content: { budget: { tables: { id: string; years: number[]; lines: { id: string }[] }[] } };
    };
    const cells = round.content.budget.tables
      .flatMap((t) => t.lines.flatMap((l) => t.years.map((year) => ({ table: t.id, line: l.id, year }))))
      .slice(0, 40);
    expect(cells.length).toBeGreaterThanOrEqual(20);
    const answers = await Promise.all(
      cells.map((c, i) =>
        app.inject({
          method: "PUT",
          url: `/api/policy/rounds/${round.id}/budget/${c.table}/${c.line}/${c.year}`,
          headers: editor.headers,
          payload: { revision: round.revision, cell: { kind: "amount", amount: 1_000_000 + i } },
        }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 200 || a.statusCode === 409)).toBe(true);
    const after = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: editor.headers })
    ).json() as {
      content: {
        budget: {
          tables: { id: string; lines: { id: string; cells: Record<string, { amount?: number }> }[] }[];
        };
      };
    };
    const survived = cells.filter((c, i) => {
      const line = after.content.budget.tables
        .find((t) => t.id === c.table)
        ?.lines.find((l) => l.id === c.line);
      return line?.cells[String(c.year)]?.amount === 1_000_000 + i;
    }).length;
    const accepted = answers.filter((a) => a.statusCode === 200).length;
    process.stdout.write(
      `edits ${testDb.name}: ${cells.length} parallel, ${accepted} accepted, ${survived} survived\n`,
    );
    expect(survived).toBe(accepted);
  });
});
