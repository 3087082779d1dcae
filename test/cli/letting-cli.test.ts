import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { classifyAreasOn } from "../../src/usecases/areas/classify-areas.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";

/**
 * The `udsyn areas …` and `udsyn letting …` verbs as a user runs them: the real binary, an
 * embedded database in a temporary folder, exit codes and output.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function udsyn(dataDir: string, ...args: string[]): Promise<Outcome> {
  const env = { ...process.env, DATABASE_URL: "", UDSYN_DATA: "" };
  try {
    const { stdout, stderr } = await run("node", ["bin/udsyn.js", "--data", dataDir, ...args], {
      cwd: ROOT,
      env,
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const listed = (json: string) =>
  (JSON.parse(json) as { areas: { areaName: string; listed: boolean }[] }).areas
    .filter((a) => a.listed)
    .map((a) => a.areaName);

describe("udsyn areas and letting on the command line", { timeout: 60_000 }, () => {
  let dir: string;
  let data: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "udsyn-cli-"));
    data = join(dir, "data");
    const seeded = await udsyn(data, "seed-demo", "--no-register");
    expect(seeded.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("classify --rules 2009-12-31 on the demo facts lists exactly Tingbjerg/Utterslevhuse and Mjølnerparken", async () => {
    const outcome = await udsyn(data, "areas", "classify", "--rules", "2009-12-31", "--json");
    expect(outcome.code).toBe(0);
    const body = JSON.parse(outcome.stdout);
    expect(body.ruleVersion.id).toBe("combined-letting-2005");
    expect(body.date).toBe("2009-12-31");
    expect(Object.keys(body.areas[0].criteria[0])).toEqual(
      expect.arrayContaining(["id", "value", "threshold", "comparator", "met"]),
    );
    expect(Object.keys(body.areas[0])).toEqual(
      expect.arrayContaining(["areaId", "areaName", "listed", "category", "criteria"]),
    );
    expect(listed(outcome.stdout)).toEqual(["Mjølnerparken", "Tingbjerg/Utterslevhuse"]);
  });

  it("classify --rules 2010-01-01 lists the six seed areas; the table is Danish with ✓/✗, the rule version and its source", async () => {
    const json = await udsyn(data, "areas", "classify", "--rules", "2010-01-01", "--json");
    expect(listed(json.stdout)).toEqual([
      "Akacieparken",
      "Aldersrogade/Vognvænget",
      "Bispeparken",
      "Lundtoftegade",
      "Mjølnerparken",
      "Tingbjerg/Utterslevhuse",
    ]);
    const table = await udsyn(data, "areas", "classify", "--rules", "2010-01-01");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("6 af 16 områder på listen");
    expect(table.stdout).toMatch(/Akacieparken\s+│ ja/);
    expect(table.stdout).toMatch(/Bellahøj\s+│ nej/);
    expect(table.stdout).toContain("≥ 1.000 ✓");
    expect(table.stdout).toContain("≥ 5.000 ✗");
    expect(table.stdout).toContain("Regelversion: combined-letting-2010");
    expect(table.stdout).toContain("Kilde: almenboligloven § 51 b, stk. 3 og 4");
  });

  it("classifies a CSV given with --input without touching any database", async () => {
    const untouched = join(dir, "never-created");
    const outcome = await udsyn(
      untouched,
      "areas",
      "classify",
      "--rules",
      "2012-10-01",
      "--list",
      "vulnerable_areas",
      "--input",
      "data/demo/area-facts.csv",
      "--reference",
      "data/demo/reference-facts.csv",
      "--json",
    );
    expect(outcome.code).toBe(0);
    expect(listed(outcome.stdout)).toHaveLength(8);
    expect(existsSync(untouched)).toBe(false);
  });

  it("classify --year moves the earlier lists with the facts year: Tingbjerg is hard on 2017's facts, not on 2016's", async () => {
    const category = (json: string, id: string) =>
      (
        JSON.parse(json) as {
          areas: { areaId: string; category: string; criteria: { id: string; note?: string }[] }[];
        }
      ).areas.find((a) => a.areaId === id);
    const args = ["areas", "classify", "--rules", "2018-12-01", "--list", "vulnerable_areas", "--json"];
    const convention = await udsyn(data, ...args);
    expect(convention.code).toBe(0);
    expect(category(convention.stdout, "tingbjerg")?.category).toBe("haardt_ghettoomraade");
    const older = await udsyn(data, ...args, "--year", "2016");
    expect(older.code).toBe(0);
    expect(JSON.parse(older.stdout).factsYear).toBe(2016);
    const tingbjerg = category(older.stdout, "tingbjerg");
    expect(tingbjerg?.category).toBe("ghettoomraade");
    // The earlier lists read 2015, 2014, 2013, 2012: the list on 2012's facts (2013) did not have it.
    expect(tingbjerg?.criteria.find((c) => c.id === "consecutive_years")?.note).toBe(
      "2018: i år; 2016: ja (genberegnet på fakta revision-2013); 2015: ja (genberegnet på fakta revision-2013); 2014: ja (genberegnet på fakta revision-2013); 2013: nej (genberegnet på fakta ghetto-list-2010)",
    );
  });

  it("classify --json prints the same document whether computed or served from the database, as computed in process", async () => {
    const args = ["areas", "classify", "--rules", "2022-12-01", "--list", "vulnerable_areas", "--json"];
    // Earlier calls in this file keep results of their own (other dates and lists): start without.
    const before = await openDatabase({ kind: "pglite", dataDir: data });
    await sql`delete from classification_result`.execute(before.db);
    await before.close();
    const first = await udsyn(data, ...args);
    const second = await udsyn(data, ...args);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // The same classification computed afresh in process (nothing kept), printed as --json prints.
    const database = await openDatabase({ kind: "pglite", dataDir: data });
    try {
      const kept = await sql<{ n: number }>`select count(*)::int as n from classification_result`.execute(
        database.db,
      );
      expect(kept.rows[0]?.n).toBe(1);
      await sql`delete from classification_result`.execute(database.db);
      const fresh = await classifyAreasOn(createUseCaseContext(database.db), cliActor(), {
        date: "2022-12-01",
        listKind: "vulnerable_areas",
      });
      expect(first.stdout).toBe(`${JSON.stringify(fresh, null, 2)}\n`);
    } finally {
      await database.close();
    }
  });

  it("reads a CSV saved by Danish Excel (Latin-1, semicolons, decimal comma) and says it read Latin-1", async () => {
    const outcome = await udsyn(
      join(dir, "never-created-2"),
      "areas",
      "classify",
      "--rules",
      "2010-01-01",
      "--input",
      "test/fixtures/area-facts/danish-excel-latin1.csv",
      "--json",
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain(
      "test/fixtures/area-facts/danish-excel-latin1.csv: ikke gyldig UTF-8; læst som Latin-1 (Windows-1252, som dansk Excel gemmer CSV)",
    );
    expect(listed(outcome.stdout)).toEqual(["Mjølnerparken"]);
    expect(JSON.parse(outcome.stdout).areas.map((a: { areaName: string }) => a.areaName)).toContain(
      "Sjælør Boulevard",
    );
    // The database keeps full-time equivalents with their decimals (a database of its own here).
    const imported = await udsyn(
      join(dir, "latin1-db"),
      "areas",
      "import",
      "test/fixtures/area-facts/danish-excel-latin1.csv",
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("3 rækker indlæst");
  });

  it("says plainly that a category has no list before its first one, and names the list a too-early date belongs to", async () => {
    const input = ["--input", "data/demo/area-facts.csv", "--reference", "data/demo/reference-facts.csv"];
    const reform = await udsyn(
      data,
      "areas",
      "classify",
      "--rules",
      "2021-11-30",
      "--list",
      "vulnerable_areas",
      ...input,
    );
    expect(reform.code).toBe(0);
    expect(reform.stdout).toContain(
      "Kategorien forebyggelsesområde gives ikke den 30. november 2021: den første liste, der nævner den, er listen af 1. december 2021.",
    );
    expect(reform.stdout).not.toContain("│ forebyggelsesområde");
    const early = await udsyn(
      data,
      "areas",
      "classify",
      "--rules",
      "2009-01-01",
      "--list",
      "vulnerable_areas",
      ...input,
    );
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain(
      "Listen ghettolisten / udsatte boligområder (vulnerable_areas) har ingen regel i kraft den 1. januar 2009; listens første regelversion, ghetto-list-2010",
    );
  });

  it("a facts year without facts names the year and suggests --year", async () => {
    const outcome = await udsyn(data, "areas", "classify", "--rules", "2010-01-01", "--year", "1999");
    expect(outcome.code).not.toBe(0);
    expect(outcome.stderr).toContain("Der er ingen områdefakta for år 1999");
    expect(outcome.stderr).toContain("vælg et andet faktaår med --year (der er fakta for 2006-2024)");
  });

  it("attribute 2009-12-31 → 2010-01-01 puts the rise on the rule change", async () => {
    const json = await udsyn(
      data,
      "areas",
      "attribute",
      "--from",
      "2009-12-31",
      "--to",
      "2010-01-01",
      "--json",
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ ruleChangeEffect: 4, realChangeEffect: 0 });
    const text = await udsyn(data, "areas", "attribute", "--from", "2009-12-31", "--to", "2010-01-01");
    expect(text.stdout).toContain("Regelændringen (combined-letting-2005 → combined-letting-2010");
    expect(text.stdout).toContain("bringer 4 områder på listen");
  });

  it("import of a bad CSV prints one line per problem with row and column, exits 1 and writes nothing", async () => {
    const bad = await udsyn(data, "areas", "import", "test/fixtures/area-facts/many-problems.csv");
    expect(bad.code).toBe(1);
    const lines = bad.stderr.split("\n").filter((l) => l.startsWith("  - "));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe(
      '  - test/fixtures/area-facts/many-problems.csv, række 3, felt residents: tekst i et talfelt: "mange"',
    );
    // Nothing written: the area "a" of the bad file is unknown to a classification of the database.
    const after = await udsyn(data, "areas", "classify", "--rules", "2009-12-31", "--json");
    expect(JSON.parse(after.stdout).areas).toHaveLength(16);
  });

  it("decide prints the Danish letter; --store saves it; replay finds it identical; letter writes a PDF", async () => {
    const printed = await udsyn(
      data,
      "letting",
      "decide",
      "--input",
      "data/demo/applications/afvisning.json",
    );
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("Afgørelse om kombineret udlejning");
    expect(printed.stdout).toContain("Resultat: afvist; erstatningsbolig: ja");
    expect(printed.stdout).not.toContain("Gemt som");

    const stored = await udsyn(
      data,
      "letting",
      "decide",
      "--input",
      "data/demo/applications/godkendelse.json",
      "--store",
    );
    expect(stored.code).toBe(0);
    expect(stored.stdout).toContain("Resultat: godkendt");
    const id = /Gemt som afgørelse nr\. (\d+)/.exec(stored.stdout)?.[1];
    expect(id).toBeDefined();

    const replay = await udsyn(data, "letting", "replay", "--id", String(id));
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/^Identisk: /);

    const pdf = join(dir, "brev.pdf");
    const letter = await udsyn(
      data,
      "letting",
      "letter",
      "--id",
      String(id),
      "--out",
      pdf,
      "--to",
      "Karen Hansen",
      "--address",
      "Møllegade 3",
      "--address",
      "2200 København N",
    );
    expect(letter.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

    const missing = await udsyn(data, "letting", "replay", "--id", "999");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Afgørelse 999 findes ikke");
  });

  it("refuses an application with overlapping months, naming the field, with exit code 1", async () => {
    const file = join(dir, "overlap.json");
    const application = JSON.parse(readFileSync(join(ROOT, "data/demo/applications/afvisning.json"), "utf8"));
    application.application.household.applicant.benefitMonths.push({
      month: "2009-07",
      benefit: "kontanthjaelp",
    });
    writeFileSync(file, JSON.stringify(application));
    const outcome = await udsyn(data, "letting", "decide", "--input", file);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("felt application.household.applicant.benefitMonths[8].month");
  });

  it("refuses an unknown benefit code (a typo), naming the field and the allowed codes, with exit code 1", async () => {
    const file = join(dir, "typo.json");
    const application = JSON.parse(readFileSync(join(ROOT, "data/demo/applications/afvisning.json"), "utf8"));
    application.application.household.applicant.benefitMonths[2].benefit = "kontanthjalp";
    writeFileSync(file, JSON.stringify(application));
    const outcome = await udsyn(data, "letting", "decide", "--input", file);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("felt application.household.applicant.benefitMonths[2].benefit");
    expect(outcome.stderr).toContain('ukendt ydelseskode "kontanthjalp"; tilladte koder: kontanthjaelp,');
  });

  it("an application dated before the scheme started is not covered, also from the command line", async () => {
    const file = join(dir, "early.json");
    const application = JSON.parse(readFileSync(join(ROOT, "data/demo/applications/afvisning.json"), "utf8"));
    application.application.applicationDate = "2005-12-15";
    application.application.household.applicant.benefitMonths = [
      { month: "2005-12", benefit: "kontanthjaelp" },
    ];
    application.application.household.spouse.benefitMonths = [];
    writeFileSync(file, JSON.stringify(application));
    const outcome = await udsyn(data, "letting", "decide", "--input", file);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("Ansøgningen er ikke omfattet");
  });

  it("flexible prints the priority order and the reserved share", async () => {
    const outcome = await udsyn(
      data,
      "letting",
      "flexible",
      "--input",
      "data/demo/applications/fleksibel.json",
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("Reserveret andel: 66,67 %");
    expect(outcome.stdout).toMatch(/│ 1\s+│ P-0102/);
  });
});
