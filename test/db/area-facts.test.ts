import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadAreaFacts,
  loadReferenceFacts,
  saveAreaFacts,
  saveReferenceFacts,
} from "../../src/db/areas.repository.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { designationFromFacts } from "../../src/domain/areas/designation.ts";
import type { DomainError } from "../../src/domain/errors.ts";
import { rational } from "../../src/domain/law/rational.ts";
import { parseReferenceFactsCsv } from "../../src/formats/csv/area-facts-csv.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { factsFromDatabase } from "../../src/usecases/areas/area-facts-source.ts";
import { AREA_FACTS_REFUSED, importAreaFacts } from "../../src/usecases/areas/import-area-facts.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { ruleParameters } from "../../src/usecases/rules/rules.service.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { refusal } from "../support/refusal.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/area-facts/${name}`, import.meta.url), "utf8");

async function count(database: DatabaseHandle, table: "area_fact" | "area_reference_fact" | "audit_log") {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabases())("area facts storage on $name", (testDb) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("reads back what it stored; a fact the file did not give stays absent, income (bigint) is a number", async () => {
    await saveAreaFacts(database.db, [
      {
        year: 1999,
        area_id: "x",
        area_name: "X-parken",
        municipality: "København",
        department_id: "x-1",
        residents: 1000,
        residents_18_64: 600,
        outside_labour_market_18_64: 240,
        gross_income_sum_15_64_excl_students: 123_456_789_012,
        region: "Region Hovedstaden",
      },
    ]);
    const [row] = (await loadAreaFacts(database.db)).filter((f) => f.year === 1999);
    expect(row).toEqual({
      year: 1999,
      area_id: "x",
      area_name: "X-parken",
      municipality: "København",
      department_id: "x-1",
      residents: 1000,
      residents_18_64: 600,
      outside_labour_market_18_64: 240,
      gross_income_sum_15_64_excl_students: 123_456_789_012,
      region: "Region Hovedstaden",
    });
    expect(row).not.toHaveProperty("residents_18_plus");
  });

  it("replaces a row with the same year and department and counts what it replaced", async () => {
    const outcome = await saveAreaFacts(database.db, [
      {
        year: 1999,
        area_id: "x",
        area_name: "X-parken",
        municipality: "København",
        department_id: "x-1",
        residents: 1100,
      },
      {
        year: 1999,
        area_id: "x",
        area_name: "X-parken",
        municipality: "København",
        department_id: "x-2",
        residents: 50,
      },
    ]);
    expect(outcome).toEqual({ inserted: 1, replaced: 1 });
    const rows = (await loadAreaFacts(database.db)).filter((f) => f.year === 1999);
    expect(rows.map((r) => [r.department_id, r.residents])).toEqual([
      ["x-1", 1100],
      ["x-2", 50],
    ]);
    // The whole row is replaced: the 18-64 counts of the first version are gone.
    expect(rows[0]).not.toHaveProperty("residents_18_64");
  });

  it("keeps reference facts as exact fractions", async () => {
    await saveReferenceFacts(
      database.db,
      parseReferenceFactsCsv(
        "year,region,region_mean_gross_income_15_64_excl_students,national_conviction_share_18_plus\n1999,Region Hovedstaden,312345.5,0.01161\n",
        "ref.csv",
      ),
    );
    const reference = await loadReferenceFacts(database.db);
    expect(reference.national).toContainEqual({
      year: 1999,
      national_conviction_share_18_plus: rational(1161, 100_000),
    });
    expect(reference.regions).toContainEqual({
      year: 1999,
      region: "Region Hovedstaden",
      region_mean_gross_income_15_64_excl_students: rational(624_691, 2),
    });
  });

  it("imports a file with problems all or nothing: every problem reported, nothing written, the refusal audited", async () => {
    const [facts, audit] = [await count(database, "area_fact"), await count(database, "audit_log")];
    const error = await refusal(() =>
      importAreaFacts(createUseCaseContext(database.db), cliActor(), {
        facts: { fileName: "many-problems.csv", content: fixture("many-problems.csv") },
      }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.details.length).toBe(10);
    expect(error.details[0]).toMatchObject({ source: "many-problems.csv", row: 3, field: "residents" });
    expect(await count(database, "area_fact")).toBe(facts);
    // The only row written is the refusal itself, so the import history can show a failed file.
    expect(await count(database, "audit_log")).toBe(audit + 1);
    const last = await database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(last.action).toBe(AREA_FACTS_REFUSED);
    expect(last.details).toMatchObject({ fileName: "many-problems.csv", problems: 10 });
  });

  it("writes nothing when the facts are valid but the reference file is not", async () => {
    const facts = await count(database, "area_fact");
    const error = await refusal(() =>
      importAreaFacts(createUseCaseContext(database.db), cliActor(), {
        facts: { fileName: "valid-minimal.csv", content: fixture("valid-minimal.csv") },
        reference: { fileName: "reference-problems.csv", content: fixture("reference-problems.csv") },
      }),
    );
    expect(error.details.every((d) => d.source === "reference-problems.csv")).toBe(true);
    expect(await count(database, "area_fact")).toBe(facts);
  });

  it("imports a valid file and writes one audit row in the same transaction", async () => {
    const outcome = await importAreaFacts(createUseCaseContext(database.db), cliActor(), {
      facts: { fileName: "valid-minimal.csv", content: fixture("valid-minimal.csv") },
    });
    expect(outcome).toMatchObject({ rows: 3, inserted: 3, replaced: 0, years: [2008] });
    const audit = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "area_fact.import")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ fileName: "valid-minimal.csv", rows: 3 });
    const again = await importAreaFacts(createUseCaseContext(database.db), cliActor(), {
      facts: { fileName: "valid-minimal.csv", content: fixture("valid-minimal.csv") },
    });
    expect(again).toMatchObject({ inserted: 0, replaced: 3 });
  });

  it("imports a Danish-Excel file (semicolons, Latin-1 names) and keeps full-time equivalents with their decimals", async () => {
    const outcome = await importAreaFacts(createUseCaseContext(database.db), cliActor(), {
      facts: { fileName: "dansk.csv", content: fixture("danish-excel-utf8-bom.csv") },
    });
    expect(outcome).toMatchObject({ rows: 3, years: [2008] });
    const stored = (await loadAreaFacts(database.db)).filter((f) => f.area_id === "mjoelner");
    expect(stored.map((f) => [f.area_name, f.municipality, f.outside_labour_or_education_18_64])).toEqual([
      ["Mjølnerparken", "København", 287.5],
      ["Mjølnerparken", "København", 231.25],
    ]);
  });
});

describe.each(testDatabases())("the areas demo seeder on $name", (testDb) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("loads the constructed facts and special dwellings once, and leaves a changed row alone", async () => {
    const first = await areasDemo.seed(database.db, cliActor());
    expect(first).toContain("665 afdelingsrækker");
    expect(first).toContain("særboliger");
    expect(await count(database, "area_fact")).toBe(665);
    const dwellings = await database.db.selectFrom("special_dwelling").selectAll().execute();
    expect(dwellings.length).toBeGreaterThan(0);
    expect(dwellings.every((d) => d.description.includes("konstrueret"))).toBe(true);
    expect(new Set(dwellings.map((d) => d.year))).toEqual(new Set([2007, 2008, 2009, 2010, 2011]));

    await database.db
      .updateTable("area_fact")
      .set({ residents: 4242 })
      .where("year", "=", 2008)
      .where("department_id", "=", "tingbjerg-1")
      .execute();
    await database.db.deleteFrom("area_fact").where("year", "=", 2024).execute();
    const second = await areasDemo.seed(database.db, cliActor());
    expect(second).toMatch(/^\d+ afdelingsrækker/);
    expect(second).not.toContain("særboliger");
    expect(await count(database, "area_fact")).toBe(665);
    const kept = await database.db
      .selectFrom("area_fact")
      .select("residents")
      .where("year", "=", 2008)
      .where("department_id", "=", "tingbjerg-1")
      .executeTakeFirstOrThrow();
    expect(kept.residents).toBe(4242);
    expect(await areasDemo.seed(database.db, cliActor())).toBe("");
  });

  it("finds an area's designation for combined letting, and since when, from the stored facts", async () => {
    const source = await factsFromDatabase(database.db, "combined_letting");
    const params = await ruleParameters();
    // Akacieparken came on the list with the 2010 rule.
    expect(designationFromFacts("akacieparken", "2010-03-15", source, params)).toMatchObject({
      designated: true,
      designatedSince: "2010-01-01",
    });
    // Mjølnerparken is on every list the facts can compute: its start is not known, so it is left out.
    const mjoelnerparken = designationFromFacts("mjoelnerparken", "2010-03-15", source, params);
    expect(mjoelnerparken.designated).toBe(true);
    expect(mjoelnerparken).not.toHaveProperty("designatedSince");
    expect(mjoelnerparken.listReference).toContain("combined-letting-2010");
    expect(designationFromFacts("bellahoej", "2010-03-15", source, params).designated).toBe(false);
    const unknown = (() => {
      try {
        designationFromFacts("atlantis", "2010-03-15", source, params, {
          date: "application.applicationDate",
          areaId: "application.areaId",
        });
      } catch (error) {
        return error as DomainError;
      }
    })();
    expect(unknown?.code).toBe("invalid_input");
    expect(unknown?.details).toEqual([
      { field: "application.areaId", message: 'ukendt område "atlantis"', en: 'unknown area "atlantis"' },
    ]);
  });
});
