import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { countRegisterRows } from "../../src/db/register.repository.ts";
import { type SynthFiles, synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { refusal } from "../support/refusal.ts";
import { asFiles } from "../support/register-files.ts";

/**
 * The direct load (COPY straight into the register tables) gives up on any problem and stages the
 * batch instead. Each way it can give up (a duplicate key in the middle of a COPY, an unknown
 * reference at its end, the two checks no constraint states, rows that are not one a line) must
 * end exactly as the staged path alone (the INSERT path, which always stages) ends: the same
 * refusal with the same files, rows, columns and messages, and nothing written.
 */

const base = synthesiseRegister({ persons: 150, seed: 31 });
const lines = (text: string) => text.trimEnd().split("\n");
const withLines = (files: SynthFiles, file: keyof SynthFiles, edit: (rows: string[]) => string[]) =>
  ({ ...files, [file]: `${edit(lines(files[file])).join("\n")}\n` }) as SynthFiles;

/** A second spell for row 2's person in another dwelling, from the day after they moved in. */
function overlapping(files: SynthFiles): SynthFiles {
  return withLines(files, "residences.csv", (rows) => {
    const first = (rows[1] as string).split(",");
    const other = (rows.find((line, i) => i > 1 && !line.includes(`,${first[1]},`)) as string).split(",");
    const nextDay = new Date(Date.parse(`${first[3]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return [...rows, [first[0], other[1], other[2], nextDay, ""].join(",")];
  });
}

const CASES: Record<string, { files: SynthFiles; kind: string }> = {
  "an impossible date in the first row (a row check: the COPY under way is given up)": {
    files: withLines(base, "residences.csv", (rows) =>
      rows.map((row, i) => (i === 1 ? row.replace(/,(\d{4})-\d{2}-(\d{2}),/, ",$1-13-$2,") : row)),
    ),
    kind: "ugyldig dato: 1",
  },
  "a person twice (a duplicate key in the middle of the COPY)": {
    files: withLines(base, "persons.csv", (rows) => [
      ...rows.slice(0, 5),
      rows[2] as string,
      ...rows.slice(5),
    ]),
    kind: "dublet: 1",
  },
  "an unknown dwelling (a reference, checked at the end of the COPY)": {
    files: withLines(base, "residences.csv", (rows) =>
      rows.map((row, i) => (i === 3 ? row.replace(/^([^,]*),([^,]*),/, "$1,UKENDT-BOLIG,") : row)),
    ),
    kind: "ukendt reference: 1",
  },
  "overlapping residence spells": { files: overlapping(base), kind: "bopæl i to boliger samtidig: 1" },
  "a benefit month outside every spell": {
    files: withLines(base, "benefits.csv", (rows) => {
      const person = (lines(base["residences.csv"])[2] as string).split(",")[0];
      return [rows[0] as string, `${person},1990-01,kontanthjaelp`, ...rows.slice(1)];
    }),
    kind: "ydelse uden bopæl: 1",
  },
};

/**
 * Every reference inside a batch (migration 0022 checks them per statement, not per row): the file,
 * the referring column's index, and the staged check's field.
 */
const REFERENCES: readonly { file: keyof SynthFiles; column: number; field: string }[] = [
  { file: "area_years.csv", column: 0, field: "area_id" },
  { file: "departments.csv", column: 1, field: "area_id" },
  { file: "dwellings.csv", column: 1, field: "department_id" },
  { file: "residences.csv", column: 0, field: "person" },
  { file: "residences.csv", column: 1, field: "dwelling_id" },
  { file: "residences.csv", column: 2, field: "household_id" },
  { file: "benefits.csv", column: 0, field: "person" },
  { file: "person_years.csv", column: 0, field: "person" },
];

/** `files` with one referring value (file, data row `at`, column) replaced by one nothing has. */
function dangling(files: SynthFiles, reference: (typeof REFERENCES)[number], at: number): SynthFiles {
  return withLines(files, reference.file, (rows) =>
    rows.map((row, i) => {
      if (i !== 1 + (at % (rows.length - 1))) return row;
      const cells = row.split(",");
      cells[reference.column] = "UKENDT-1";
      return cells.join(",");
    }),
  );
}

describe.each(testDatabases())("the direct register load on $name", (testDb) => {
  let database: DatabaseHandle;
  const actor = cliActor();
  const ctx = () => createUseCaseContext(database.db);
  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => {
    await database.close();
  });

  for (const [what, { files, kind }] of Object.entries(CASES))
    it(`refuses ${what} exactly as the staged path does, and writes nothing`, async () => {
      const direct = await refusal(() =>
        importRegisterBatch(ctx(), actor, { name: "d", files: asFiles(files) }),
      );
      const staged = await refusal(() =>
        importRegisterBatch(ctx(), actor, { name: "s", files: asFiles(files), bulk: "insert" }),
      );
      expect(direct.message).toContain(kind);
      expect(direct.message).toBe(staged.message);
      expect(direct.details).toEqual(staged.details);
      expect(direct.details.length).toBeGreaterThan(0);
      for (const detail of direct.details) expect(detail.row).toBeGreaterThan(1);
      expect(await database.db.selectFrom("import_batch").select("id").execute()).toEqual([]);
      expect(Object.values(await countRegisterRows(database.db)).every((n) => n === 0)).toBe(true);
    }, 120_000);

  for (const reference of REFERENCES)
    it(`refuses a dangling ${reference.file} ${reference.field} exactly as the staged path does, naming its row`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: 100_000 }), async (at) => {
          const files = dangling(base, reference, at);
          const direct = await refusal(() =>
            importRegisterBatch(ctx(), actor, { name: "d", files: asFiles(files) }),
          );
          const staged = await refusal(() =>
            importRegisterBatch(ctx(), actor, { name: "s", files: asFiles(files), bulk: "insert" }),
          );
          expect(direct.message).toBe(staged.message);
          expect(direct.details).toEqual(staged.details);
          expect(direct.details.filter((d) => d.message.includes("UKENDT-1"))).toEqual([
            {
              source: reference.file,
              row: 2 + (at % (lines(base[reference.file]).length - 1)),
              field: reference.field,
              message: expect.stringMatching(/^ukendt reference: .*"UKENDT-1" findes ikke$/),
            },
          ]);
          expect(await database.db.selectFrom("import_batch").select("id").execute()).toEqual([]);
        }),
        { numRuns: 2 },
      );
    }, 120_000);

  it("stages a file whose rows are not one a line (an empty line), with the rows read; loads one without a final line break directly", async () => {
    const gap = withLines(base, "households.csv", (rows) => [...rows.slice(0, 3), "", ...rows.slice(3)]);
    const outcome = await importRegisterBatch(ctx(), actor, { name: "tom-linje", files: asFiles(gap) });
    expect(outcome.loaded).toBe("staged");
    expect(outcome.rowCounts["households.csv"]).toBe(lines(base["households.csv"]).length - 1);
    const clean = await importRegisterBatch(ctx(), actor, { name: "ren", files: asFiles(base) });
    expect(clean.loaded).toBe("direct");
    expect(clean.rowCounts).toEqual(outcome.rowCounts);
    const batch = await database.db
      .selectFrom("import_batch")
      .select("row_counts")
      .where("id", "=", clean.batchId)
      .executeTakeFirstOrThrow();
    expect(batch.row_counts).toEqual(clean.rowCounts);
    // A last line without a line break is a row too, and still one a line.
    const open = await importRegisterBatch(ctx(), actor, {
      name: "uden-linjeskift",
      files: asFiles({ ...base, "households.csv": base["households.csv"].trimEnd() }),
    });
    expect(open.loaded).toBe("direct");
    expect(open.rowCounts).toEqual(clean.rowCounts);
  }, 120_000);
});
