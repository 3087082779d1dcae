import { createHash } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { type SynthFiles, synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { csvToParquet } from "../support/parquet-writer.ts";
import { refusal } from "../support/refusal.ts";
import { asFiles } from "../support/register-files.ts";

/**
 * The streamed import: bulk paths, encodings, delimiters and Parquet. Each variant of one
 * synthetic batch must give the same rows as its plain CSV, on both databases and both bulk paths.
 */

const TABLES = {
  register_area: "area_id",
  register_area_year: "area_id, year",
  register_department: "department_id",
  register_dwelling: "dwelling_id",
  register_household: "household_id",
  register_person: "pseudonym",
  register_residence: "pseudonym, valid_from",
  register_benefit_month: "pseudonym, month, benefit_code",
  register_person_year: "pseudonym, year",
} as const;

/** Every row of every register table of a batch, without the batch id, in key order: one hash per table. */
async function contents(database: DatabaseHandle, batchId: number): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, key] of Object.entries(TABLES)) {
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} where batch_id = ${batchId} order by ${sql.raw(key)}`.execute(
      database.db,
    );
    const hash = createHash("sha256");
    for (const row of rows) {
      const { batch_id: _b, ...rest } = row;
      hash.update(
        `${JSON.stringify(Object.entries(rest).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)]))}\n`,
      );
    }
    out[table] = `${rows.length}:${hash.digest("hex").slice(0, 16)}`;
  }
  return out;
}

const dataRows = (text: string) => text.trimEnd().split("\n").length - 1;
/** Old in-memory path: one INSERT per 30,000 parameters, i.e. 7,500 benefit rows. */
const OLD_INSERT_ROWS = 7_500;

const base = synthesiseRegister({ persons: 300, seed: 21 });
/** Same rows, another name: a batch with its own content hash (an extra, harmless line ending). */
const variant = (files: SynthFiles, tag: string): SynthFiles =>
  ({ ...files, "areas.csv": `${files["areas.csv"].trimEnd()}\n${"\n".repeat(tag.length)}` }) as SynthFiles;

const SLOW = 240_000;
const contentsBy: Record<string, Record<string, string>> = {};

describe.each(testDatabases())("streamed register import on $name", (testDb) => {
  let database: DatabaseHandle;
  const actor = cliActor();
  const ctx = () => createUseCaseContext(database.db);
  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => {
    await database.close();
  }, SLOW);

  it(
    "loads a batch by COPY and by multi-row INSERT with identical contents, row counts as in the files",
    async () => {
      expect(dataRows(base["benefits.csv"])).toBeGreaterThan(OLD_INSERT_ROWS);
      const copied = await importRegisterBatch(ctx(), actor, { name: "copy", files: asFiles(base) });
      expect(copied.bulkPath).toBe("copy");
      for (const [file, text] of Object.entries(base)) expect(copied.rowCounts[file]).toBe(dataRows(text));
      const inserted = await importRegisterBatch(ctx(), actor, {
        name: "insert",
        files: asFiles(variant(base, "i")),
        bulk: "insert",
      });
      expect(inserted.bulkPath).toBe("insert");
      // Nothing wrong: COPY straight into the register tables; the INSERT path always stages.
      expect(copied.loaded).toBe("direct");
      expect(inserted.loaded).toBe("staged");
      const a = await contents(database, copied.batchId);
      expect(a.register_benefit_month).toMatch(new RegExp(`^${dataRows(base["benefits.csv"])}:`));
      expect(await contents(database, inserted.batchId)).toEqual(a);
      contentsBy[testDb.name] = a;
    },
    SLOW,
  );

  it(
    "reads semicolon-separated and Latin-1 files, and reports the encoding",
    async () => {
      const semicolons = Object.fromEntries(
        Object.entries(base).map(([name, text]) => [name, text.replaceAll(",", ";")]),
      ) as SynthFiles;
      const areas = semicolons["areas.csv"].replace(/\n([^;\n]+);[^\n]*/, "\n$1;Nørrebro Park");
      const latin1 = Buffer.from(areas, "latin1");
      expect(latin1.includes(Buffer.from("ø", "utf8"))).toBe(false);
      const outcome = await importRegisterBatch(ctx(), actor, {
        name: "semikolon",
        files: asFiles({ ...semicolons, "areas.csv": latin1 }),
      });
      expect(outcome.files?.["areas.csv"]).toMatchObject({ encoding: "latin-1", delimiter: ";" });
      expect(outcome.files?.["persons.csv"]).toMatchObject({ encoding: "utf-8", delimiter: ";" });
      const names = await database.db
        .selectFrom("register_area")
        .select("area_name")
        .where("batch_id", "=", outcome.batchId)
        .execute();
      expect(names.map((n) => n.area_name)).toContain("Nørrebro Park");
      const { register_area: _a, ...rest } = await contents(database, outcome.batchId);
      const { register_area: _b, ...expected } = contentsBy[testDb.name] ?? {};
      expect(rest).toEqual(expected);
    },
    SLOW,
  );

  it(
    "refuses Latin-1 letters in a file that declares UTF-8 with a byte-order mark, naming file and row",
    async () => {
      const lines = base["areas.csv"].split("\n");
      lines[2] = `${(lines[2] as string).split(",")[0]},Ærøskøbing`;
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\n"), "latin1")]);
      const error = await refusal(() =>
        importRegisterBatch(ctx(), actor, { name: "bom", files: asFiles({ ...base, "areas.csv": bytes }) }),
      );
      expect(error.code).toBe("invalid_input");
      expect(error.message).toContain("forkert tegnsæt: 1");
      expect(error.details).toContainEqual(
        expect.objectContaining({ source: "areas.csv", row: 3, message: expect.stringContaining("UTF-8") }),
      );
      // The same bytes without the mark are Latin-1, and fine.
      const plain = Buffer.from(lines.join("\n"), "latin1");
      const ok = await importRegisterBatch(ctx(), actor, {
        name: "uden-bom",
        files: asFiles({ ...base, "areas.csv": plain }),
      });
      expect(ok.files?.["areas.csv"]?.encoding).toBe("latin-1");
    },
    SLOW,
  );

  it(
    "reads Parquet files row group by row group, with the same rows as the CSV",
    async () => {
      const files = variant(base, "parquet");
      const parquet = {
        ...files,
        "persons.parquet": csvToParquet(files["persons.csv"], ["birth_year", "birth_month"], 500),
        "benefits.parquet": csvToParquet(files["benefits.csv"], [], 4096),
        "person_years.parquet": csvToParquet(
          files["person_years.csv"],
          ["year", "convictions", "charges"],
          3000,
        ),
      } as Record<string, string | Uint8Array>;
      delete parquet["persons.csv"];
      delete parquet["benefits.csv"];
      delete parquet["person_years.csv"];
      const outcome = await importRegisterBatch(ctx(), actor, { name: "parquet", files: asFiles(parquet) });
      expect(outcome.files?.["benefits.parquet"]).toMatchObject({
        format: "parquet",
        rows: dataRows(base["benefits.csv"]),
      });
      expect(await contents(database, outcome.batchId)).toEqual(contentsBy[testDb.name]);
    },
    SLOW,
  );

  it(
    "refuses a truncated Parquet file, naming it, and writes nothing",
    async () => {
      const whole = csvToParquet(base["persons.csv"], ["birth_year", "birth_month"]);
      const files = {
        ...base,
        "persons.parquet": whole.subarray(0, Math.floor(whole.length * 0.6)),
      } as Record<string, string | Uint8Array>;
      delete files["persons.csv"];
      const batches = await database.db.selectFrom("import_batch").select("id").execute();
      const error = await refusal(() =>
        importRegisterBatch(ctx(), actor, { name: "afkortet", files: asFiles(files) }),
      );
      expect(error.code).toBe("invalid_input");
      expect(error.details).toContainEqual(
        expect.objectContaining({ source: "persons.parquet", message: expect.stringContaining("Parquet") }),
      );
      expect(await database.db.selectFrom("import_batch").select("id").execute()).toHaveLength(
        batches.length,
      );
    },
    SLOW,
  );
});

describe("the bulk paths of both databases", () => {
  it("give identical table contents", () => {
    const names = Object.keys(contentsBy);
    expect(names).toHaveLength(testDatabases().length);
    for (const name of names.slice(1)) expect(contentsBy[name]).toEqual(contentsBy[names[0] as string]);
  });
});
