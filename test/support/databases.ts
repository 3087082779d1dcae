import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";

/** A test's database; on PostgreSQL with its URL, for a second connection or process. */
export type TestHandle = DatabaseHandle & { readonly url?: string };

export interface TestDatabase {
  readonly name: "pglite" | "postgres";
  /** A fresh, migrated database of its own; close it when done. */
  open(): Promise<TestHandle>;
}

const pglite: TestDatabase = {
  name: "pglite",
  async open() {
    const handle = await openDatabase({ kind: "pglite", dataDir: "memory" });
    await migrateToLatest(handle.db);
    return handle;
  },
};

function postgres(adminUrl: string): TestDatabase {
  return {
    name: "postgres",
    async open() {
      // One throw-away database per open: test files never see each other's rows.
      const name = `udsyn_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase({ kind: "postgres", url: url.toString() });
      await migrateToLatest(handle.db);
      return {
        ...handle,
        url: url.toString(),
        async close() {
          await handle.close();
          const cleanup = new pg.Client({ connectionString: adminUrl });
          await cleanup.connect();
          await cleanup.query(`drop database if exists ${name} with (force)`);
          await cleanup.end();
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL when the global setup found a server (it fails the run on CI when none is found). */
export function testDatabases(): readonly TestDatabase[] {
  const url = inject("postgresUrl");
  return url === null ? [pglite] : [pglite, postgres(url)];
}
