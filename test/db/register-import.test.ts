import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { countRegisterRows } from "../../src/db/register.repository.ts";
import { registerAreaTypes, registerBenefitCodes } from "../../src/domain/register/codes.ts";
import { type SynthFiles, synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { refusal } from "../support/refusal.ts";
import { asFiles } from "../support/register-files.ts";

async function tableCount(database: DatabaseHandle, table: "import_batch" | "audit_log"): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const dataRows = (text: string) => text.trimEnd().split("\n").length - 1;

/** A small population with four problems of different kinds planted in it. */
function badBatch(): SynthFiles {
  const files = synthesiseRegister({ persons: 300, seed: 5 });
  const residences = files["residences.csv"].split("\n");
  // Row 7 of the file (line index 6): an impossible date.
  const badDate = (residences[6] as string).split(",");
  badDate[3] = "2006-13-01";
  residences[6] = badDate.join(",");
  // A second spell for the first row's person, in another dwelling, starting the day after.
  const first = (residences[1] as string).split(",");
  const other = (residences.find((line, i) => i > 1 && !line.includes(`,${first[1]},`)) as string).split(",");
  const nextDay = new Date(Date.parse(`${first[3]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  residences.splice(residences.length - 1, 0, [first[0], other[1], other[2], nextDay, ""].join(","));
  const benefits = files["benefits.csv"].split("\n");
  benefits[1] = (benefits[1] as string).replace(/,[a-z_]+$/, ",kontanthjalp");
  // A benefit month for a person before they moved in.
  const [person] = (residences[2] as string).split(",");
  benefits.splice(2, 0, `${person},1990-01,kontanthjaelp`);
  const cpr = (text: string) => text.replaceAll("P0000010,", "0101801234,");
  return {
    ...files,
    "residences.csv": cpr(residences.join("\n")),
    "benefits.csv": cpr(benefits.join("\n")),
    "persons.csv": cpr(files["persons.csv"]),
    "person_years.csv": cpr(files["person_years.csv"]),
  };
}

describe("the register schema's code lists", () => {
  const migration = readFileSync(
    new URL("../../src/db/migrations/0008-register.ts", import.meta.url),
    "utf8",
  );
  it("are the domain's code lists", () => {
    const benefitCheck = /benefit_code in \(([^)]*)\)/s.exec(migration)?.[1] ?? "";
    const inMigration = [...benefitCheck.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(inMigration.sort()).toEqual([...registerBenefitCodes].sort());
    for (const type of registerAreaTypes) expect(migration).toContain(`'${type}'`);
  });
});

describe.each(testDatabases())("register import on $name", (testDb) => {
  let database: DatabaseHandle;
  const actor = cliActor();
  const ctx = () => createUseCaseContext(database.db);

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it("refuses a batch with a bad date, an unknown benefit code, overlapping spells and a CPR column, whole", async () => {
    const error = await refusal(() =>
      importRegisterBatch(ctx(), actor, { name: "fejl", files: asFiles(badBatch()) }),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain("intet er indlæst");
    for (const kind of [
      "ugyldig dato: 1",
      "ukendt ydelseskode: 1",
      "bopæl i to boliger samtidig: 1",
      "CPR-nummer",
    ])
      expect(error.message).toContain(kind);
    const details = error.details.map((d) => `${d.source}|${d.row}|${d.field}|${d.message}`);
    expect(details).toContainEqual(
      expect.stringMatching(/^residences\.csv\|7\|valid_from\|ugyldig dato: "2006-13-01"/),
    );
    expect(details).toContainEqual(
      expect.stringMatching(/^benefits\.csv\|2\|benefit_code\|ukendt ydelseskode: "kontanthjalp"/),
    );
    expect(details).toContainEqual(
      expect.stringMatching(/^residences\.csv\|\d+\|valid_from\|bopæl i to boliger samtidig/),
    );
    expect(details).toContainEqual(
      expect.stringMatching(/^persons\.csv\|\d+\|person\|CPR-nummer: 1 række har/),
    );
    expect(details.join("\n")).not.toContain("0101801234");
    expect(await tableCount(database, "import_batch")).toBe(0);
    expect(Object.values(await countRegisterRows(database.db)).every((n) => n === 0)).toBe(true);
  });

  it("is for administrators and analysts only", async () => {
    const files = asFiles(synthesiseRegister({ persons: 20, seed: 1 }));
    const caseworker = { ...actor, role: "caseworker" as const };
    const error = await refusal(() => importRegisterBatch(ctx(), caseworker, { name: "x", files }));
    expect(error.code).toBe("forbidden");
    expect(importRegisterBatch.access).toEqual(["admin", "analyst"]);
  });

  it("lists the first 100 problems and counts them all", async () => {
    const files = synthesiseRegister({ persons: 200, seed: 6 });
    const broken = {
      ...files,
      "benefits.csv": files["benefits.csv"].replaceAll(",kontanthjaelp", ",kontant"),
    };
    const error = await refusal(() =>
      importRegisterBatch(ctx(), actor, { name: "mange", files: asFiles(broken) }),
    );
    const count =
      dataRows(
        files["benefits.csv"]
          .split("\n")
          .filter((l) => l.endsWith(",kontanthjaelp"))
          .join("\n"),
      ) + 1;
    expect(count).toBeGreaterThan(100);
    expect(error.message).toContain(`ukendt ydelseskode: ${count}`);
    expect(error.details).toHaveLength(100);
  });

  it("pseudonymises a CPR column with --pseudonymise and the key, and refuses without the key", async () => {
    const files = synthesiseRegister({ persons: 150, seed: 9 });
    const cpr = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [name, text.replaceAll("P0000010,", "0101801234,")]),
    ) as SynthFiles;
    const missing = await refusal(() =>
      importRegisterBatch(ctx(), actor, { name: "cpr", files: asFiles(cpr), pseudonymise: true }),
    );
    expect(missing.message).toContain("UDSYN_PSEUDONYM_KEY");
    expect(await tableCount(database, "import_batch")).toBe(0);

    const key = "en hemmelig nøgle til test";
    const outcome = await importRegisterBatch(ctx(), actor, {
      name: "cpr",
      files: asFiles(cpr),
      pseudonymise: true,
      pseudonymKey: key,
    });
    expect(outcome.status).toBe("imported");
    const persons = await database.db
      .selectFrom("register_person")
      .select("pseudonym")
      .where("batch_id", "=", outcome.batchId)
      .execute();
    expect(persons).toHaveLength(dataRows(files["persons.csv"]));
    expect(persons.some((p) => /^\d{10}$/.test(p.pseudonym))).toBe(false);
    expect(persons.some((p) => p.pseudonym === "P0000010")).toBe(false);
    const batch = await database.db.selectFrom("import_batch").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(batch)).not.toContain(key);
    expect(batch.pseudonymised).toBe(true);
  });

  it("imports a synthetic population of about 500 persons, and importing it again changes nothing", async () => {
    const files = synthesiseRegister({ persons: 500, seed: 3 });
    const batchesBefore = await tableCount(database, "import_batch");
    const before = await countRegisterRows(database.db);
    const first = await importRegisterBatch(ctx(), actor, { name: "synth-500", files: asFiles(files) });
    expect(first.status).toBe("imported");
    const after = await countRegisterRows(database.db);
    const added = (table: string) => (after[table] ?? 0) - (before[table] ?? 0);
    expect(added("register_person")).toBe(dataRows(files["persons.csv"]));
    expect(added("register_residence")).toBe(dataRows(files["residences.csv"]));
    expect(added("register_benefit_month")).toBe(dataRows(files["benefits.csv"]));
    expect(added("register_person_year")).toBe(dataRows(files["person_years.csv"]));
    expect(added("register_area")).toBe(dataRows(files["areas.csv"]));
    expect(first.rowCounts["benefits.csv"]).toBe(dataRows(files["benefits.csv"]));
    // The import analyses the register tables: the planner's row estimates are the tables' rows
    // (small tables are sampled whole), not the sizes before the batch (or -1, never analysed).
    const estimates = await sql<{ relname: string; reltuples: number }>`
      select relname, reltuples::float8 as reltuples from pg_class
      where relname in ('register_person', 'register_benefit_month', 'register_person_year')`.execute(
      database.db,
    );
    expect(Object.fromEntries(estimates.rows.map((r) => [r.relname, Number(r.reltuples)]))).toEqual({
      register_person: after.register_person,
      register_benefit_month: after.register_benefit_month,
      register_person_year: after.register_person_year,
    });

    const audits = await tableCount(database, "audit_log");
    const again = await importRegisterBatch(ctx(), actor, { name: "synth-500", files: asFiles(files) });
    expect(again).toMatchObject({ status: "unchanged", batchId: first.batchId, name: "synth-500" });
    const renamed = await importRegisterBatch(ctx(), actor, { name: "et andet navn", files: asFiles(files) });
    expect(renamed.status).toBe("unchanged");
    expect(await countRegisterRows(database.db)).toEqual(after);
    expect(await tableCount(database, "import_batch")).toBe(batchesBefore + 1);
    expect(await tableCount(database, "audit_log")).toBe(audits);

    // The same name with other content is a different batch: refused, not merged.
    const other = synthesiseRegister({ persons: 100, seed: 4 });
    const conflict = await refusal(() =>
      importRegisterBatch(ctx(), actor, { name: "synth-500", files: asFiles(other) }),
    );
    expect(conflict.code).toBe("conflict");
  });

  it("keeps the schema's invariants when rows are written past the import", async () => {
    const { id } = await database.db
      .selectFrom("import_batch")
      .select("id")
      .where("name", "=", "synth-500")
      .executeTakeFirstOrThrow();
    const insert = (values: Record<string, unknown>) =>
      database.db
        .insertInto("register_person")
        .values({
          batch_id: id,
          pseudonym: "X1",
          birth_year: 1980,
          birth_month: 1,
          sex: "m",
          origin: "dansk",
          country_group: null,
          parents_status: "lav",
          ...values,
        })
        .execute();
    await expect(insert({ pseudonym: "0101801234" })).rejects.toThrow();
    await expect(insert({ origin: "dansk", country_group: "vestlig" })).rejects.toThrow();
    await expect(insert({ birth_month: 13 })).rejects.toThrow();
    await expect(
      database.db
        .insertInto("register_benefit_month")
        .values({ batch_id: id, pseudonym: "P0000001", month: "2006-01-01", benefit_code: "loen" })
        .execute(),
    ).rejects.toThrow();
  });
});
