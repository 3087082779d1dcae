import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const ROUND = "/api/policy/rounds/SUD/2010";

describe.each(testDatabases())("policy follow-up API on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let committee: LoggedIn;
  /** Approves what the analyst drafted: four eyes (rules/kobenhavn/redegoerelse/fire_oejne.yaml). */
  let approver: LoggedIn;
  let roundId: number;

  beforeAll(async () => {
    // The seed's round is under review; the committee reads it here as in a municipality that
    // shows its committee the drafts (hidden by default: test/server/committee-drafts.test.ts).
    vi.stubEnv("UDSYN_COMMITTEE_SEES_DRAFTS", "true");
    database = await testDb.open();
    app = await testApp(database);
    expect(await policyDemo.seed(database.db, cliActor())).toContain("SUD 2010");
    expect(await policyDemo.seed(database.db, cliActor())).toBe(""); // idempotent
    await addUser(database, "ana", "analyst");
    await addUser(database, "udvalg", "committee");
    analyst = await login(app, "ana");
    committee = await login(app, "udvalg");
    await addUser(database, "chef", "admin");
    approver = await login(app, "chef");
    roundId = (await app.inject({ method: "GET", url: ROUND, headers: committee.headers })).json().id;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app.close();
    await database.close();
  });

  const get = (url: string, who: LoggedIn = analyst) =>
    app.inject({ method: "GET", url, headers: who.headers });
  const put = (url: string, payload: object, who: LoggedIn = analyst) =>
    app.inject({ method: "PUT", url, headers: who.headers, payload });
  const post = (url: string, payload: object | undefined, who: LoggedIn = analyst) =>
    app.inject({ method: "POST", url, headers: who.headers, ...(payload === undefined ? {} : { payload }) });
  /** The revision an edit is made on: the round's as it is stored now. */
  const revisionOf = async (url = ROUND): Promise<number> => (await get(url)).json().revision;

  it("holds the seed's round: three goals, 18 initiatives, two overview tables", async () => {
    const response = await get(ROUND, committee);
    expect(response.statusCode).toBe(200);
    const round = response.json();
    expect(round.status).toBe("review");
    expect(round.content.goals.map((g: { code: string }) => g.code)).toEqual(["a", "b", "c"]);
    expect(round.content.initiatives).toHaveLength(18);
    expect(round.content.budget.tables).toHaveLength(2);
  });

  it("shows the overview with computed totals in Danish millions", async () => {
    const { tables } = (await get(`${ROUND}/budget`, committee)).json();
    const totalRow = tables[0].view.rows.find((r: { emphasis?: string }) => r.emphasis === "total");
    expect(totalRow.cells.map((c: { text: string }) => c.text)).toEqual(
      expect.arrayContaining(["69,40", "85,35", "66,55", "59,85"]),
    );
  });

  it("reports the seed's errors, which block approval", async () => {
    const { findings } = (await get(`${ROUND}/validation`, committee)).json();
    const errors = findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      "budget.row_total",
      "schema.amount_mismatch",
    ]);
    const approve = await post(`/api/policy/rounds/${roundId}/transition`, { to: "approved" });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.details).toHaveLength(2);
  });

  it("lets the committee read but not edit", async () => {
    const response = await put(
      `/api/policy/rounds/${roundId}/initiatives/nexus/fields/status`,
      { revision: await revisionOf(), text: "x" },
      committee,
    );
    expect(response.statusCode).toBe(403);
  });

  it("renders the report as HTML, DOCX and PDF from the data", async () => {
    const html = await get(`${ROUND}/report.html`, committee);
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain('lang="da"');
    expect(html.body).toContain("85,35");
    // Only the policy demo is seeded here: no area facts, so a sentence instead of the watch table.
    expect(html.body).toContain("udsyn har ingen områdefakta");
    expect(html.body).not.toContain("efter sandsynligheden for at komme på den næste");

    const docx = await get(`${ROUND}/report.docx`, committee);
    expect(docx.headers["content-disposition"]).toContain("redegoerelse-sud-2010-v1.docx");
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toMatch(/w:pStyle w:val="Heading1"/);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(18);

    const pdf = await get(`${ROUND}/report.pdf`, committee);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(join(tmpdir(), "udsyn-pdf-"));
    writeFileSync(join(dir, "r.pdf"), pdf.rawPayload);
    const text = execFileSync("pdftotext", ["-layout", join(dir, "r.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Økonomisk oversigt");
    expect(text).toContain("85,35");
  });

  it("exports CSV for Danish Excel", async () => {
    const csv = await get(`${ROUND}/export/budget.csv`, committee);
    expect(csv.body.startsWith("\uFEFFTabel;Linje-id;Linje;År")).toBe(true);
    const findings = await get(`${ROUND}/export/findings.csv`, committee);
    expect(findings.body).toContain("budget.row_total");
    const schemas = await get(`${ROUND}/export/status-schemas.csv`, committee);
    expect(schemas.body.startsWith("\uFEFFIndsats-id;Indsats;Felt;Tekst")).toBe(true);
    expect(schemas.body).toMatch(/\r\nnexus;Nexus;Status i forhold til målopfyldelse;/);
    const indicators = await get(`${ROUND}/export/indicators.csv`, committee);
    expect(indicators.body.split("\r\n")[0]).toBe(
      "\uFEFFMål;Indikator-id;Indikator;Enhed;Måltal;Måltallets enhed;Frist;Periode;Værdi;Kilde",
    );
    expect(indicators.body).toMatch(/\r\nb;[^\r]*;33,2;/);
  });

  it("round-trips the XLSX template without changing a thing", async () => {
    const exported = await get(`${ROUND}/export.xlsx`);
    expect(exported.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const before = (await get(ROUND)).json().content;
    const imported = await post(`/api/policy/rounds/${roundId}/import.xlsx`, {
      revision: await revisionOf(),
      fileName: "r.xlsx",
      contentBase64: exported.rawPayload.toString("base64"),
    });
    expect(imported.statusCode).toBe(200);
    expect((await get(ROUND)).json().content).toEqual(before);
  });

  it("refuses a file that is not a workbook, naming the problem, and changes nothing", async () => {
    const before = (await get(ROUND)).json().content;
    const response = await post(`/api/policy/rounds/${roundId}/import.xlsx`, {
      revision: await revisionOf(),
      fileName: "x.xlsx",
      contentBase64: Buffer.from("not a workbook").toString("base64"),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.length).toBeGreaterThan(0);
    expect((await get(ROUND)).json().content).toEqual(before);
  });

  it("audits an edit with what it was and what it became", async () => {
    const response = await put(`/api/policy/rounds/${roundId}/initiatives/nexus/fields/status`, {
      revision: await revisionOf(),
      text: "Nexus er i gang.\n\n• første punkt\n• andet punkt",
    });
    expect(response.statusCode).toBe(200);
    const nexus = (await get(ROUND)).json().content.initiatives.find((i: { id: string }) => i.id === "nexus");
    expect(nexus.statusReport.fields.status).toEqual([
      { kind: "paragraph", text: "Nexus er i gang." },
      { kind: "list", marker: "bullet", items: ["første punkt", "andet punkt"] },
    ]);
    const audit = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "round.status_field.update")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_name).toBe("ana");
    expect(audit[0]?.details).toMatchObject({ initiativeId: "nexus", field: "status" });
  });

  it("refuses an unknown field and a year outside the table, naming them", async () => {
    const field = await put(`/api/policy/rounds/${roundId}/initiatives/nexus/fields/colour`, {
      revision: await revisionOf(),
      text: "x",
    });
    expect(field.statusCode).toBe(400);
    expect(field.json().error.details[0].field).toBe("field");
    const year = await put(`/api/policy/rounds/${roundId}/budget/i-relation-til-maal/vaeresteder/2030`, {
      revision: await revisionOf(),
      cell: { kind: "amount", amount: 1 },
    });
    expect(year.statusCode).toBe(400);
    expect(year.json().error.details[0].field).toBe("year");
  });

  it("approves once the figures add up, publishes, and then only a new version can change it", async () => {
    // The committee corrects the two figures the validation found.
    expect(
      (
        await put(`/api/policy/rounds/${roundId}/budget/i-relation-til-maal/vaeresteder/2010`, {
          revision: await revisionOf(),
          cell: { kind: "amount", amount: 10_400_000 },
        })
      ).statusCode,
    ).toBe(200);
    const stated = `/api/policy/rounds/${roundId}/budget/i-relation-til-maal/stated-total`;
    const line = { revision: await revisionOf(), lineId: "vaeresteder", amount: 33_100_000 };
    expect((await put(stated, line)).statusCode).toBe(200);
    // An edit made on the revision before the one just stored is refused, naming the revision.
    const stale = await put(stated, { ...line, amount: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].field).toBe("revision");
    expect(
      (await put(stated, { revision: line.revision + 1, year: 2010, amount: 85_400_000 })).statusCode,
    ).toBe(200);
    const { findings } = (await get(`${ROUND}/validation`)).json();
    expect(findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);

    // The analyst drafted it, so another person approves and publishes it.
    expect((await post(`/api/policy/rounds/${roundId}/transition`, { to: "approved" })).statusCode).toBe(403);
    expect(
      (await post(`/api/policy/rounds/${roundId}/transition`, { to: "approved" }, approver)).statusCode,
    ).toBe(200);
    expect(
      (await post(`/api/policy/rounds/${roundId}/transition`, { to: "published" }, approver)).json().status,
    ).toBe("published");

    const edit = await put(`/api/policy/rounds/${roundId}/initiatives/nexus/fields/status`, {
      revision: await revisionOf(),
      text: "for sent",
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("immutable");

    const correction = await post(`/api/policy/rounds/${roundId}/corrections`, undefined);
    expect(correction.statusCode).toBe(201);
    expect(correction.json()).toMatchObject({ version: 2, status: "draft", createdFromId: roundId });
    expect(
      (
        await put(`/api/policy/rounds/${correction.json().id}/initiatives/nexus/fields/status`, {
          revision: await revisionOf(`${ROUND}?version=2`),
          text: "Rettet.",
        })
      ).statusCode,
    ).toBe(200);
    const { changes } = (await get(`${ROUND}/changes`)).json();
    expect(changes).toEqual([
      expect.objectContaining({ kind: "status_field", initiativeId: "nexus", after: "Rettet." }),
    ]);
    // Version 1 is untouched.
    const v1 = (await get(`${ROUND}?version=1`)).json();
    expect(v1.status).toBe("published");
  });

  it("starts next year's round as a copy and shows what changed field by field", async () => {
    const created = await post("/api/policy/rounds", {
      committee: "SUD",
      year: 2011,
      requestDate: "2011-03-01",
      deadline: "2011-04-01",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ year: 2011, version: 1, status: "requested" });
    await put(`/api/policy/rounds/${created.json().id}/budget/i-relation-til-maal/nexus/2011`, {
      revision: created.json().revision,
      cell: { kind: "amount", amount: 24_000_000 },
    });
    const { changes } = (await get("/api/policy/rounds/SUD/2011/changes")).json();
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "budget_cell", lineId: "nexus", year: 2011, after: "24000000" }),
    );
    const again = await post("/api/policy/rounds", {
      committee: "SUD",
      year: 2011,
      requestDate: "2011-03-01",
      deadline: null,
    });
    expect(again.statusCode).toBe(409);
  });
});
