import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { BATCH_REFERENCES } from "../../src/db/migrations/0022-register-set-references.ts";
import type { Database } from "../../src/db/schema.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * The schema's own guarantee for register rows (migration 0022), whoever writes them: a reference
 * inside a batch is checked per statement (no foreign key any more), and no register row can be
 * changed, deleted or truncated, so a referenced row never goes away.
 */

/** One batch with one row in each table, every reference satisfied. */
async function oneOfEach(db: Kysely<Database>): Promise<number> {
  const { id } = await db
    .insertInto("import_batch")
    .values({
      name: "b",
      imported_by: "test",
      files: "{}",
      row_counts: "{}",
      content_hash: "a".repeat(64),
      pseudonymised: false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`insert into register_area values (${id}, 'a', 'A')`.execute(db);
  await sql`insert into register_area_year values (${id}, 'a', 2010, 'neutral')`.execute(db);
  await sql`insert into register_department values (${id}, 'd', 'a', 'D')`.execute(db);
  await sql`insert into register_dwelling values (${id}, 'w', 'd')`.execute(db);
  await sql`insert into register_household values (${id}, 'h')`.execute(db);
  await sql`insert into register_person values (${id}, 'p', 1970, 1, 'k', 'dansk', null, 'hoej')`.execute(db);
  await sql`insert into register_residence values (${id}, 'p', 'w', 'h', '2010-01-01', null)`.execute(db);
  await sql`insert into register_benefit_month values (${id}, 'p', '2010-01-01', 'su')`.execute(db);
  await sql`insert into register_person_year values (${id}, 'p', 2010, 'ledig', 0, 'uoplyst', 0, 0, 0)`.execute(
    db,
  );
  return id;
}

/**
 * A row of `table` referring to (batch, `column` = `value`), the other references satisfied; `k`
 * (1, 2, …) gives it a primary key of its own.
 */
function rowOf(table: string, batch: number, column: string, value: string, k: number): string {
  const v = (c: string, ok: string) => (c === column ? value : ok);
  switch (table) {
    case "register_area_year":
      return `(${batch}, '${v("area_id", "a")}', ${2010 + k}, 'neutral')`;
    case "register_department":
      return `(${batch}, 'd${k}', '${v("area_id", "a")}', 'D')`;
    case "register_dwelling":
      return `(${batch}, 'w${k}', '${v("department_id", "d")}')`;
    case "register_residence":
      return `(${batch}, '${v("pseudonym", "p")}', '${v("dwelling_id", "w")}', '${v("household_id", "h")}', '${2010 + k}-01-01', null)`;
    case "register_benefit_month":
      return `(${batch}, '${v("pseudonym", "p")}', '2010-0${k + 1}-01', 'su')`;
    case "register_person_year":
      return `(${batch}, '${v("pseudonym", "p")}', ${2010 + k}, 'ledig', 0, 'uoplyst', 0, 0, 0)`;
    default:
      throw new Error(table);
  }
}

describe.each(testDatabases())("register references and records on $name", (testDb) => {
  let database: DatabaseHandle;
  let batch: number;
  beforeAll(async () => {
    database = await testDb.open();
    batch = await oneOfEach(database.db);
  });
  afterAll(async () => {
    await database.close();
  });

  for (const reference of BATCH_REFERENCES) {
    const [, column] = reference.key;
    it(`refuses a ${reference.table} row whose ${column} is not in ${reference.parent}, with the rest of its statement`, async () => {
      const good = rowOf(reference.table, batch, "", "", 1);
      const bad = rowOf(reference.table, batch, column, "missing", 2);
      // The good row first: the whole statement is refused, not only the row.
      await expect(
        sql.raw(`insert into ${reference.table} values ${good}, ${bad}`).execute(database.db),
      ).rejects.toThrow(`insert into ${reference.table} refers to a missing ${reference.parent} row`);
      // The same key in another batch does not count: references stay inside their batch.
      const otherBatch = rowOf(reference.table, batch + 1, "", "", 3);
      await expect(
        sql.raw(`insert into ${reference.table} values ${otherBatch}`).execute(database.db),
      ).rejects.toThrow(/refers to a missing register_/);
      const { rows } = await sql
        .raw<{ n: string }>(`select count(*) as n from ${reference.table}`)
        .execute(database.db);
      expect(Number(rows[0]?.n)).toBe(1);
      // The good row alone is taken (and rolled back: the other tests expect one row each).
      await database.db
        .transaction()
        .execute(async (trx) => {
          await sql.raw(`insert into ${reference.table} values ${good}`).execute(trx);
          await sql`select 1`.execute(trx);
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
    });
  }

  it.each([
    ["register_person", "delete from register_person"],
    ["register_dwelling", "update register_dwelling set department_id = 'x'"],
    ["register_benefit_month", "delete from register_benefit_month where false"],
    ["register_household", "truncate register_household cascade"],
    ["register_area", "truncate import_batch cascade"],
  ])("refuses to change %s (%s): register rows are records", async (table, statement) => {
    await expect(sql.raw(statement).execute(database.db)).rejects.toThrow(
      `${table} is append-only: register rows are records`,
    );
    const { rows } = await sql<{ n: string }>`select count(*) as n from register_residence`.execute(
      database.db,
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });
});

class Rollback extends Error {}
