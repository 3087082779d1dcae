import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest } from "../../src/db/database.ts";
import { latestMigration } from "../../src/db/migrations/index.ts";
import { testDatabases } from "../support/databases.ts";

// migrateToLatest runs at every command-line call; when the database is current it answers from
// one query instead of running Kysely's migrator. That short cut must not hide a database that
// is not exactly this code's.
describe.each(testDatabases())("opening a database migrated, on $name", (testDb) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await testDb.open();
  });
  afterAll(async () => database.close());

  it("a current database needs nothing, and says which migration it is at", async () => {
    expect(await migrateToLatest(database.db)).toEqual({ applied: [], current: latestMigration });
  });

  it("a database migrated by a newer udsyn (a migration this code does not know) is refused, not used", async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-a-newer-udsyn', now()::text)`.execute(
      database.db,
    );
    await expect(migrateToLatest(database.db)).rejects.toThrow(/9999-from-a-newer-udsyn/);
  });
});
