import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../data/demo/applications/${name}`, import.meta.url), "utf8"));

/** `n` consecutive months of a benefit from `first` (YYYY-MM). */
function months(first: string, n: number, benefit = "kontanthjaelp") {
  const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const m = start + i;
    return { month: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`, benefit };
  });
}

function application(overrides: Record<string, unknown> = {}) {
  return {
    applicationDate: "2010-03-15",
    areaId: "lundtoftegade",
    household: { applicant: { pseudonym: "P-0100", benefitMonths: months("2009-08", 7) } },
    alreadyResidentInDepartment: false,
    waitingList: { topOfList: false, registeredDate: "2009-01-10" },
    ...overrides,
  };
}

const grant = (overrides: Record<string, unknown> = {}) => ({
  applicationDate: "2010-04-01",
  household: { pseudonym: "H-0001", livesOnTransferIncome: true, transferIncomeDescription: "kontanthjælp" },
  from: { areaId: "mjoelnerparken" },
  to: { inMunicipality: true, newDwelling: true, areaId: "bellahoej", vulnerable: false },
  ...overrides,
});

describe.each(testDatabases())("letting routes on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let caseworker: LoggedIn;
  let analyst: LoggedIn;
  let committee: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "lise", "caseworker");
    await addUser(database, "bo", "analyst");
    await addUser(database, "udvalg", "committee");
    caseworker = await login(app, "lise");
    analyst = await login(app, "bo");
    committee = await login(app, "udvalg");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, payload: unknown, who: LoggedIn = caseworker) =>
    app.inject({ method: "POST", url, headers: who.headers, payload: payload as object });
  const get = (url: string, who: LoggedIn = caseworker) =>
    app.inject({ method: "GET", url, headers: who.headers });
  const auditRows = (action: string) =>
    database.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

  describe("combined-letting decisions", () => {
    let rejectedId: number;

    it("rejects the example rejection, offers a replacement dwelling and stores the decision (201)", async () => {
      const response = await post("/api/letting/decisions", example("afvisning.json"));
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        kind: "combined_letting",
        result: "rejected",
        areaId: "mjoelnerparken",
        subjectPseudonym: "P-0001",
        ruleVersion: "combined-letting-decision-2005",
        decidedBy: "lise",
        designationSource: "given",
        decision: { replacementOffer: true },
      });
      expect(body.justification.text).toContain("Kommunen afviser");
      expect(body.justification.text).toContain("erstatningsbolig");
      expect(body.parametersUsed.map((p: { id: string }) => p.id)).toContain(
        "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder",
      );
      rejectedId = body.id;
      const created = await auditRows("letting_decision.create");
      expect(created.at(-1)).toMatchObject({ entity_id: String(rejectedId), actor_name: "lise" });
    });

    it("looks the designation up in the area facts when it is not given", async () => {
      const response = await post("/api/letting/decisions", example("godkendelse.json"));
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({ result: "approved", designationSource: "facts" });
      expect(body.inputFacts.designation).toMatchObject({ designated: true, designatedSince: "2010-01-01" });
      expect(body.justification.text).toContain("udpeget fra 1. januar 2010");
    });

    it("decides 'not applicable' in an area that is not designated on the date", async () => {
      const response = await post("/api/letting/decisions", {
        application: application({ areaId: "bellahoej" }),
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().result).toBe("not_applicable");
    });

    it("refuses overlapping benefit months, naming the field", async () => {
      const applicant = {
        pseudonym: "P-0100",
        benefitMonths: [...months("2009-08", 7), ...months("2009-09", 1)],
      };
      const response = await post("/api/letting/decisions", {
        application: application({ household: { applicant } }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toContainEqual({
        field: "application.household.applicant.benefitMonths[7].month",
        message: expect.stringContaining("står også i benefitMonths[1]"),
      });
    });

    it("refuses an unknown area (400) and a date before any rule version (422), naming the field", async () => {
      const unknown = await post("/api/letting/decisions", {
        application: application({ areaId: "atlantis" }),
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details).toEqual([
        { field: "application.areaId", message: 'ukendt område "atlantis"' },
      ]);
      const early = await post("/api/letting/decisions", {
        application: application({
          applicationDate: "2004-06-01",
          household: { applicant: { pseudonym: "P-1", benefitMonths: [] } },
          waitingList: { topOfList: false, registeredDate: "2003-01-01" },
        }),
      });
      expect(early.statusCode).toBe(422);
      expect(early.json().error).toMatchObject({
        code: "rule_not_in_force",
        details: [{ field: "application.applicationDate" }],
      });
    });

    it("refuses an unknown field and a malformed date in the body", async () => {
      const response = await post("/api/letting/decisions", {
        application: { ...application({ applicationDate: "2010-02-30" }), income: 1 },
      });
      expect(response.statusCode).toBe(400);
      const fields = response.json().error.details.map((d: { field: string }) => d.field);
      expect(fields).toContain("body.application.income");
      expect(fields).toContain("body.application.applicationDate");
    });

    it("keeps person-level decisions from analysts and committee members", async () => {
      for (const who of [analyst, committee]) {
        expect((await post("/api/letting/decisions", example("afvisning.json"), who)).statusCode).toBe(403);
        expect((await get("/api/letting/decisions", who)).statusCode).toBe(403);
        expect((await get(`/api/letting/decisions/${rejectedId}`, who)).statusCode).toBe(403);
      }
    });

    it("audits the read of the list and of one decision", async () => {
      const list = await get("/api/letting/decisions?kind=combined_letting");
      expect(list.statusCode).toBe(200);
      const ids = list.json().decisions.map((d: { id: number }) => d.id);
      expect(ids).toContain(rejectedId);
      expect((await auditRows("letting_decision.list")).at(-1)?.details).toEqual({
        kind: "combined_letting",
        ids,
      });

      const one = await get(`/api/letting/decisions/${rejectedId}`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ id: rejectedId, result: "rejected" });
      const reads = await auditRows("letting_decision.read");
      expect(reads.at(-1)).toMatchObject({ entity_id: String(rejectedId), actor_name: "lise" });

      expect((await get("/api/letting/decisions/99999")).statusCode).toBe(404);
    });

    it("replays a stored decision identically with today's parameters", async () => {
      const response = await get(`/api/letting/decisions/${rejectedId}/replay`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        kind: "identical",
        storedResult: "rejected",
        newResult: "rejected",
        changedParameters: [],
      });
      expect((await auditRows("letting_decision.replay")).at(-1)?.entity_id).toBe(String(rejectedId));
    });

    it("names the parameter whose value differs when a decision was made with another value", async () => {
      const stored = (await get(`/api/letting/decisions/${rejectedId}`)).json();
      // A decision made when the rule said 8 months: today's 6 months would reject where 8 did not.
      const id = "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder";
      const parametersUsed = stored.parametersUsed.map((p: { id: string; value: unknown }) =>
        p.id === id ? { ...p, value: 9 } : p,
      );
      const inserted = await database.db
        .insertInto("letting_decision")
        .values({
          kind: "combined_letting",
          decision_date: stored.decisionDate,
          area_id: stored.areaId,
          subject_pseudonym: stored.subjectPseudonym,
          result: "approved",
          rule_version: stored.ruleVersion,
          input_facts: JSON.stringify(stored.inputFacts),
          parameters_used: JSON.stringify(parametersUsed),
          justification: JSON.stringify(stored.justification),
          decision: JSON.stringify(stored.decision),
          decided_by: "test",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const body = (await get(`/api/letting/decisions/${inserted.id}/replay`)).json();
      expect(body).toMatchObject({
        kind: "different",
        storedResult: "approved",
        newResult: "rejected",
        resultChanged: true,
        ruleVersionChanged: false,
        changedParameters: [{ id, storedValue: 9, currentValue: 6 }],
      });
      expect(body.summary).toContain(id);
      expect(body.newJustificationText).toContain("Kommunen afviser");
    });

    const letterOf = (id: number, payload: Record<string, unknown> = {}) =>
      post(`/api/letting/decisions/${id}/letter`, {
        recipient: { name: "Karen Hansen", address: ["Møllegade 3", "2200 København N"] },
        ...payload,
      });
    const pdfText = (pdf: Buffer) => {
      const file = join(mkdtempSync(join(tmpdir(), "udsyn-letter-")), "brev.pdf");
      writeFileSync(file, pdf);
      return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    };
    let correctionId: number;

    it("refuses the letter of a refusal whose partshøring is not recorded (409), naming § 19", async () => {
      const response = await letterOf(rejectedId);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toContain("forvaltningsloven § 19");
    });

    it("previews a decision without storing it: result, letter, warnings (200, no row, no audit)", async () => {
      const count = async () =>
        Number(
          (
            await database.db
              .selectFrom("letting_decision")
              .select((eb) => eb.fn.countAll<string>().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = [await count(), (await auditRows("letting_decision.create")).length];
      const preview = await post("/api/letting/decisions/preview", example("afvisning.json"));
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({ result: "rejected", replacementOffer: true, letter: null });
      expect(preview.json().warnings.map((w: { code: string }) => w.code)).toContain("hearing_missing");
      const heard = await post("/api/letting/decisions/preview", {
        ...example("afvisning.json"),
        case: { hearing: { sentOn: "2010-03-01", answerBy: "2010-03-14" } },
      });
      expect(heard.json().letter.sections.map((s: { heading: string }) => s.heading)).toContain(
        "Klagevejledning",
      );
      expect([await count(), (await auditRows("letting_decision.create")).length]).toEqual(before);
    });

    it("corrects a decision by a new one that names it with a reason; the letter says so", async () => {
      const response = await post("/api/letting/decisions", {
        ...example("afvisning.json"),
        case: {
          journalNumber: "27.39.00-G01-1-10",
          hearing: {
            sentOn: "2010-03-01",
            answerBy: "2010-03-14",
            answeredOn: "2010-03-10",
            comments: "Jeg har fået arbejde.",
          },
          corrects: { decisionId: rejectedId, reason: "Partshøringen var ikke registreret." },
        },
      });
      expect(response.statusCode).toBe(201);
      correctionId = response.json().id;
      expect(response.json().supersedes).toEqual({
        id: rejectedId,
        kind: "correction",
        reason: "Partshøringen var ikke registreret.",
      });
      expect((await get(`/api/letting/decisions/${rejectedId}`)).json().supersededBy).toEqual({
        id: correctionId,
        kind: "correction",
      });
      expect((await auditRows("letting_decision.correct")).at(-1)?.entity_id).toBe(String(correctionId));
      const letter = await letterOf(correctionId);
      expect(letter.statusCode).toBe(200);
      expect(letter.headers["content-type"]).toBe("application/pdf");
      const text = pdfText(letter.rawPayload);
      for (const part of [
        "Karen Hansen",
        "Journalnr.: 27.39.00-G01-1-10",
        `Afgørelse nr. ${correctionId}`,
        `erstatter vores afgørelse nr. ${rejectedId}`,
        "Erstatningsbolig",
        "Partshøring",
        "Jeg har fået arbejde.",
        "Klagevejledning",
      ])
        expect(text).toContain(part);
      expect(text).not.toMatch(/combined-letting|lundtoftegade|udsyn/);
      expect((await auditRows("letting_decision.letter")).at(-1)?.entity_id).toBe(String(correctionId));
      const html = await letterOf(correctionId, { format: "html", language: "en" });
      expect(html.headers["content-type"]).toContain("text/html");
      expect(html.body).toContain('<html lang="en">');
      expect(html.body).toContain("How to complain");
    });

    it("a decision is superseded once: a second correction is a conflict (409)", async () => {
      const again = await post("/api/letting/decisions", {
        ...example("afvisning.json"),
        case: { corrects: { decisionId: rejectedId, reason: "Igen." } },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toContain(`rettet ved afgørelse nr. ${correctionId}`);
    });

    it("annuls a decision by a new decision with a reason, audited; an annulment cannot be annulled", async () => {
      const response = await post(`/api/letting/decisions/${correctionId}/annulment`, {
        reason: "Ansøgningen blev trukket tilbage.",
      });
      expect(response.statusCode).toBe(201);
      const annulment = response.json();
      expect(annulment).toMatchObject({
        result: "annulled",
        supersedes: { id: correctionId, kind: "annulment" },
      });
      expect((await auditRows("letting_decision.annul")).at(-1)?.details).toMatchObject({
        annuls: correctionId,
      });
      expect(
        (await post(`/api/letting/decisions/${annulment.id}/annulment`, { reason: "Fejl." })).statusCode,
      ).toBe(409);
      expect(
        (await post(`/api/letting/decisions/${correctionId}/annulment`, { reason: "" })).statusCode,
      ).toBe(400);
      const text = pdfText((await letterOf(annulment.id)).rawPayload);
      expect(text).toContain(`annullerer vores afgørelse nr. ${correctionId}`);
      expect(text).toContain("Ansøgningen blev trukket tilbage.");
    });
    it("the schema keeps the chain whole: same kind, a reason, annulled means annulment (migration 0012)", async () => {
      const row = (overrides: Record<string, unknown>) =>
        database.db
          .insertInto("letting_decision")
          .values({
            kind: "combined_letting",
            decision_date: "2010-03-15",
            area_id: "lundtoftegade",
            subject_pseudonym: "P-0100",
            result: "annulled",
            rule_version: "combined-letting-decision-2005",
            input_facts: "{}",
            parameters_used: "[]",
            justification: "{}",
            decision: "{}",
            decided_by: "test",
            supersedes_id: rejectedId,
            supersession: "annulment",
            supersession_reason: "En årsag.",
            ...overrides,
          })
          .execute();
      const grantId = (await post("/api/letting/relocation-grants", grant())).json().id;
      await expect(row({ supersedes_id: grantId })).rejects.toThrow(/own kind/);
      await expect(row({ supersession_reason: "  " })).rejects.toThrow(/supersession_whole/);
      await expect(row({ result: "rejected" })).rejects.toThrow(/annulment_result/);
      await expect(row({ supersession: null })).rejects.toThrow(/supersession_whole/);
    });
  });

  describe("flexible letting", () => {
    it("puts the priority groups first for a flexible vacancy", async () => {
      const response = await post("/api/letting/flexible", example("fleksibel.json"));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        vacancyIsFlexible: true,
        reservedShare: { exact: "2/3" },
        areaShareSource: "given",
      });
      expect(body.order.map((o: { pseudonym: string }) => o.pseudonym)).toEqual([
        "P-0102",
        "P-0104",
        "P-0105",
        "P-0101",
        "P-0103",
      ]);
      expect(body.justification.text).toContain("Rækkefølge ved fleksibel udlejning");
      // The ranking names applicants: it is audited with the pseudonyms it ranked.
      const audit = await database.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "flexible_letting.prioritise")
        .execute();
      expect(audit.at(-1)?.details).toMatchObject({
        pseudonyms: ["P-0102", "P-0104", "P-0105", "P-0101", "P-0103"],
      });
    });

    it("reads the area's share outside the labour market from the facts when it is not given", async () => {
      const { areaShareOutside: _, ...request } = example("fleksibel.json");
      const response = await post("/api/letting/flexible", request);
      expect(response.statusCode).toBe(200);
      expect(response.json().areaShareSource).toBe("facts");
      expect(response.json().justification.facts.join(" ")).toContain(", 2009)");
    });

    it("refuses an unknown area and duplicate waiting-list positions, naming the fields", async () => {
      const { areaShareOutside: _, ...request } = example("fleksibel.json");
      const unknown = await post("/api/letting/flexible", {
        ...request,
        vacancy: { ...request.vacancy, areaId: "atlantis" },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.details[0].field).toBe("vacancy.areaId");
      const duplicate = await post("/api/letting/flexible", {
        ...example("fleksibel.json"),
        applicants: [
          { pseudonym: "A", waitingListPosition: 1 },
          { pseudonym: "B", waitingListPosition: 1 },
        ],
      });
      expect(duplicate.statusCode).toBe(400);
      expect(duplicate.json().error.details[0].field).toBe("applicants[1].waitingListPosition");
      expect((await post("/api/letting/flexible", example("fleksibel.json"), analyst)).statusCode).toBe(403);
    });
  });

  describe("relocation grants", () => {
    let grantedId: number;
    let refusedId: number;

    it("grants 15.000 kr. to a household on transfer income moving out of a designated area", async () => {
      const response = await post("/api/letting/relocation-grants", grant());
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        kind: "relocation_grant",
        result: "granted",
        areaId: "mjoelnerparken",
        subjectPseudonym: "H-0001",
        decision: { amount: 15000 },
      });
      expect(body.justification.text).toContain("15.000 kr.");
      grantedId = body.id;
    });

    it("refuses a household moving out of an area that is not designated", async () => {
      const response = await post("/api/letting/relocation-grants", grant({ from: { areaId: "bellahoej" } }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ result: "refused", decision: { amount: 0 } });
      refusedId = response.json().id;
    });

    it("registers the payment of the granted amount once; a second payment or a refused grant is a conflict", async () => {
      const paid = await post(`/api/letting/relocation-grants/${grantedId}/payments`, {
        paidOn: "2010-05-01",
      });
      expect(paid.statusCode).toBe(201);
      expect(paid.json()).toMatchObject({ decisionId: grantedId, amount: 15000, paidOn: "2010-05-01" });
      const again = await post(`/api/letting/relocation-grants/${grantedId}/payments`, {
        paidOn: "2010-05-02",
      });
      expect(again.statusCode).toBe(409);
      const refused = await post(`/api/letting/relocation-grants/${refusedId}/payments`, {
        paidOn: "2010-05-01",
      });
      expect(refused.statusCode).toBe(409);
      const missing = await post("/api/letting/relocation-grants/99999/payments", { paidOn: "2010-05-01" });
      expect(missing.statusCode).toBe(404);
      const amount = await post(`/api/letting/relocation-grants/${refusedId}/payments`, {
        paidOn: "2010-05-01",
        amount: 99,
      });
      expect(amount.statusCode).toBe(400);
      expect((await auditRows("relocation_grant.payment")).length).toBe(1);
    });

    it("lists the register with payments, audited, for caseworkers only", async () => {
      const response = await get("/api/letting/relocation-grants");
      expect(response.statusCode).toBe(200);
      const grants = response.json().grants as { id: number; payment: { amount: number } | null }[];
      expect(grants.find((g) => g.id === grantedId)?.payment?.amount).toBe(15000);
      expect(grants.find((g) => g.id === refusedId)?.payment).toBeNull();
      expect((await auditRows("relocation_grant.list")).length).toBeGreaterThan(0);
      expect((await get("/api/letting/relocation-grants", analyst)).statusCode).toBe(403);
    });
  });

  describe("special dwellings", () => {
    it("shows the register and the progress against the plan of 500 by 2011 to every role", async () => {
      const response = await get("/api/letting/special-dwellings?date=2011-12-31", committee);
      expect(response.statusCode).toBe(200);
      const { progress, rows } = response.json();
      expect(progress.target).toBe(500);
      const created = rows.reduce((s: number, r: { dwellings: number }) => s + r.dwellings, 0);
      expect(progress.createdTotal).toBe(created);
      expect(progress.years.at(-1)).toMatchObject({
        year: 2011,
        plannedCumulative: 500,
        cumulative: created,
      });
    });

    it("lets a caseworker add a row, audited, and counts it in the progress", async () => {
      const before = (await get("/api/letting/special-dwellings?date=2011-12-31")).json().progress
        .createdTotal;
      const added = await post("/api/letting/special-dwellings", {
        year: 2011,
        dwellings: 25,
        description: "Skæve boliger, Nordvest",
      });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({
        year: 2011,
        dwellings: 25,
        municipalReferralShare: 1,
        recordedBy: "lise",
      });
      const after = (await get("/api/letting/special-dwellings?date=2011-12-31")).json().progress
        .createdTotal;
      expect(after).toBe(before + 25);
      expect((await auditRows("special_dwelling.create")).at(-1)?.entity_id).toBe(String(added.json().id));
      const refused = await post(
        "/api/letting/special-dwellings",
        { year: 2011, dwellings: 1, description: "x" },
        analyst,
      );
      expect(refused.statusCode).toBe(403);
      const invalid = await post("/api/letting/special-dwellings", {
        year: 2011,
        dwellings: 0,
        description: "x",
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.details[0].field).toBe("body.dwellings");
    });
  });
});
