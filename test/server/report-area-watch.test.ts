import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { DEMO_DATA_DIR } from "../../src/usecases/demo/areas.demo.ts";
import { seedDemo } from "../../src/usecases/demo/demo.service.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const ROUND = "/api/policy/rounds/SUD/2010";
// The seed's round is dated 4 March 2010: the watch list is the one of that day.
const CAPTION = "Boligområder, der ikke er på en liste den 4. marts 2010";
const LEAD = "Tidlig varsling: tabellen viser sandsynligheden";

/** The area names of the demo's constructed facts (column area_name), read from the file itself. */
function demoAreaNames(): Set<string> {
  const [header, ...lines] = readFileSync(resolve(DEMO_DATA_DIR, "area-facts.csv"), "utf8")
    .trim()
    .split("\n");
  const column = (header ?? "").split(",").indexOf("area_name");
  return new Set(lines.map((l) => l.split(",")[column] ?? ""));
}

describe.each(testDatabases())("the area watch list in the committee report on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let committee: LoggedIn;

  beforeAll(async () => {
    vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
    database = await testDb.open();
    app = await testApp(database);
    await seedDemo(database.db, cliActor());
    await addUser(database, "udvalg", "committee");
    committee = await login(app, "udvalg");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app.close();
    await database.close();
  });

  const get = (url: string) => app.inject({ method: "GET", url, headers: committee.headers });

  it("prints the table under goal a's assessment in HTML, with demo areas in it", async () => {
    const html = (await get(`${ROUND}/report.html`)).body;
    const goalA = html.slice(html.indexOf('id="maal-a"'), html.indexOf('id="maal-b"'));
    expect(goalA).toContain(LEAD);
    expect(goalA).toContain(`<caption>${CAPTION}`);
    // On 4 March 2010 only the combined-letting list was law: no row may speak of the later ghetto list.
    expect(goalA).toContain("kombineret udlejning");
    expect(goalA).not.toContain("ghettolisten");
    const table = goalA.slice(goalA.indexOf(CAPTION), goalA.indexOf("</table>", goalA.indexOf(CAPTION)));
    const rowHeaders = [...table.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1] ?? "");
    expect(rowHeaders.length).toBeGreaterThan(0);
    expect(rowHeaders.length).toBeLessThanOrEqual(10);
    const names = demoAreaNames();
    for (const name of rowHeaders) expect(names).toContain(name);
    // Section 1 only: not under goal b or c.
    expect(html.slice(html.indexOf('id="maal-b"'))).not.toContain(CAPTION);
  });

  it("prints the caption in the PDF", async () => {
    const pdf = await get(`${ROUND}/report.pdf`);
    const dir = mkdtempSync(join(tmpdir(), "udsyn-watch-pdf-"));
    writeFileSync(join(dir, "r.pdf"), pdf.rawPayload);
    const text = execFileSync("pdftotext", [join(dir, "r.pdf"), "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      " ",
    );
    expect(text).toContain(CAPTION);
    expect(text).toContain(LEAD);
  });

  it("prints the letting-agreement evaluation 2006-2008 under goal a once register data is imported", async () => {
    const before = (await get(`${ROUND}/report.html`)).body;
    expect(before).not.toContain("Evaluering af udlejningsaftalen");

    const files = synthesiseRegister({ persons: 400, seed: 77 });
    await importRegisterBatch(createUseCaseContext(database.db), cliActor(), {
      name: "rapport-by",
      files: Object.entries(files).map(([fileName, content]) => ({ fileName, content })),
    });
    const evaluation = (await get("/api/register/evaluation?from=2006&to=2008")).json() as {
      all: { total: number | null };
      rows: { label: string; total: number | null }[];
    };
    const html = (await get(`${ROUND}/report.html`)).body;
    const goalA = html.slice(html.indexOf('id="maal-a"'), html.indexOf('id="maal-b"'));
    expect(goalA).toContain(
      "Evaluering af udlejningsaftalen 2006-2008, beregnet af udsyn fra registerudtrækket »rapport-by«",
    );
    const start = goalA.indexOf("<caption>Ændring i antal og andel personer på overførselsindkomst");
    expect(start).toBeGreaterThan(-1);
    const table = goalA.slice(start, goalA.indexOf("</table>", start));
    // The report's "I alt" column is the API's published total, row by row, Alle last.
    const totals = [
      ...table.matchAll(
        /<tr[^>]*>\s*<th scope="row">([^<]*)<\/th>(?:\s*<td[^>]*>[^<]*<\/td>){2}\s*<td[^>]*>([^<]*)<\/td>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    const signed = (v: number | null) => (v === null ? "–" : v > 0 ? `+${v}` : String(v));
    expect(totals).toEqual(
      [...evaluation.rows, { label: "Alle", total: evaluation.all.total }].map((r) => [
        r.label,
        signed(r.total),
      ]),
    );
  });
});
