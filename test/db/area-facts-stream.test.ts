import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAreaFacts } from "../../src/db/areas.repository.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { AREA_FACTS_REFUSED, importAreaFacts } from "../../src/usecases/areas/import-area-facts.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { refusal } from "../support/refusal.ts";

/**
 * The facts import streams the file into COPY as it is read: these check what that must not
 * change. A file refused late writes nothing (the rows copied before the problem are rolled
 * back), and the counts are right whether the rows go straight into area_fact (new years) or
 * through the staging table (years with rows, replaced), also when a file starts with a new
 * year and goes on with an existing one.
 */

const HEADER = "year,area_id,area_name,municipality,department_id,residents,residents_18_plus,region";

/** `rows` departments of `year`, numbered from `from`; residents `residents`. */
function lines(year: number, rows: number, residents = 1000, from = 0): string[] {
  return Array.from(
    { length: rows },
    (_, i) =>
      `${year},a${(from + i) % 400},Område ${(from + i) % 400},København,d${from + i},${residents},800,Region Hovedstaden`,
  );
}

const csv = (...parts: string[][]) => [HEADER, ...parts.flat()].join("\n");

async function count(database: DatabaseHandle, table: "area_fact" | "audit_log") {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDatabases())("streamed area-facts import on $name", (testDb) => {
  let database: DatabaseHandle;
  const importFile = (fileName: string, content: string) =>
    importAreaFacts(createUseCaseContext(database.db), cliActor(), { facts: { fileName, content } });
  /** The same import from a stream of small pieces (the CLI reads the file so). */
  const importStream = (fileName: string, content: string, piece = 4096) =>
    importAreaFacts(createUseCaseContext(database.db), cliActor(), {
      facts: {
        fileName,
        chunks: (async function* () {
          for (let at = 0; at < content.length; at += piece) yield content.slice(at, at + piece);
        })(),
      },
    });

  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("writes nothing when a row near the end of a large file is refused, and audits the refusal", async () => {
    const before = await count(database, "audit_log");
    // 20,000 rows: several COPY chunks are written before the last rows are read.
    const bad = csv(
      lines(2040, 19_998),
      ["2040,a1,Område 1,København,x1,mange,800,Region Hovedstaden"],
      lines(2040, 1),
    );
    const error = await refusal(() => importStream("sen-fejl.csv", bad, 64 * 1024));
    expect(error.code).toBe("invalid_input");
    expect(error.details).toEqual([
      expect.objectContaining({ source: "sen-fejl.csv", row: 20_000, field: "residents" }),
      // The last row repeats the first one's department: found after rows were written too.
      expect.objectContaining({ source: "sen-fejl.csv", row: 20_001, field: "department_id" }),
    ]);
    expect(error.details[1]?.message).toContain("også række 2");
    expect(await count(database, "area_fact")).toBe(0);
    expect(await count(database, "audit_log")).toBe(before + 1);
    const last = await database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      action: AREA_FACTS_REFUSED,
      details: { fileName: "sen-fejl.csv", problems: 2 },
    });
  });

  it("copies a new year straight in, and replaces rows of a year that has them, with the right counts", async () => {
    const direct = await importStream("ny.csv", csv(lines(2041, 3_000)));
    expect(direct).toMatchObject({ rows: 3_000, inserted: 3_000, replaced: 0, years: [2041] });
    // A new year first, then the existing one: 1,000 of 2041's rows again (changed), 1,000 new.
    const mixed = await importStream("blandet.csv", csv(lines(2042, 2_000), lines(2041, 2_000, 900, 2_000)));
    expect(mixed).toMatchObject({
      rows: 4_000,
      inserted: 2_000 + 1_000,
      replaced: 1_000,
      years: [2041, 2042],
    });
    // The existing year first: every row goes through the staging table.
    const staged = await importFile("igen.csv", csv(lines(2041, 10, 850), lines(2043, 5)));
    expect(staged).toMatchObject({ rows: 15, inserted: 5, replaced: 10, years: [2041, 2043] });
    const stored = await loadAreaFacts(database.db, { from: 2041, to: 2043 });
    expect(stored).toHaveLength(4_000 + 2_000 + 5);
    const residents = (year: number, department: string) =>
      stored.find((f) => f.year === year && f.department_id === department)?.residents;
    expect([
      residents(2041, "d5"),
      residents(2041, "d1500"),
      residents(2041, "d2999"),
      residents(2041, "d3500"),
    ]).toEqual([850, 1000, 900, 900]);
    expect(residents(2042, "d0")).toBe(1000);
  });

  it("refuses a department twice in the file when its year is new, writing nothing", async () => {
    const before = await count(database, "area_fact");
    const error = await refusal(() => importStream("dublet.csv", csv(lines(2044, 3_000), lines(2044, 1))));
    expect(error.details).toEqual([expect.objectContaining({ row: 3_002, field: "department_id" })]);
    expect(await count(database, "area_fact")).toBe(before);
  });

  it("takes two imports of the same new year at once one after the other, not as a key error", async () => {
    // Both would see 2045 without rows and copy straight in; the second then met the first's rows
    // in the unique index (a 500). Facts writers now queue on one lock, so the second replaces.
    const first = csv(lines(2045, 2_000, 900));
    const second = csv(lines(2045, 2_000, 1000));
    const [a, b] = await Promise.all([
      importStream("a.csv", first, 1024),
      importStream("b.csv", second, 1024),
    ]);
    expect([a.inserted + a.replaced, b.inserted + b.replaced]).toEqual([2_000, 2_000]);
    expect(a.replaced + b.replaced).toBe(2_000);
    const stored = await loadAreaFacts(database.db, { from: 2045, to: 2045 });
    expect(stored).toHaveLength(2_000);
    expect(new Set(stored.map((f) => f.residents)).size).toBe(1);
  });
});
