import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { migrationProvider } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export type DatabaseKind = "pglite" | "postgres";

export type DatabaseConfig =
  | { readonly kind: "pglite"; readonly dataDir: string | "memory" }
  | { readonly kind: "postgres"; readonly url: string };

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Where the data lives, for `/api/health` and the CLI: a folder or a URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = ".udsyn-data";

/** A SQL `date` is a calendar day, not an instant: both drivers return it as `YYYY-MM-DD`. */
const DATE_OID = 1082;
const keepText = (value: string): string => value;
pg.types.setTypeParser(DATE_OID, keepText);

/** DATABASE_URL wins; else the embedded database in --data DIR, UDSYN_DATA or ./.udsyn-data. */
export function databaseConfig(options: { dataDir?: string | undefined } = {}): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== "") return { kind: "postgres", url };
  return { kind: "pglite", dataDir: options.dataDir ?? process.env.UDSYN_DATA ?? DEFAULT_DATA_DIR };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(ugyldig URL)";
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === "postgres") {
    // int8 (bigserial ids, count(*)) as text is pg's default; we keep it and convert where we need numbers.
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server drops (a restart, an administrator, a test dropping its
    // database) is emitted on the pool; unhandled, that event would crash the whole process.
    // The pool discards the client itself and the next query gets a fresh connection.
    pool.on("error", (error) => {
      process.emitWarning(`PostgreSQL connection closed by the server: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", location: redactUrl(config.url), close: () => db.destroy() };
  }
  let client: PGlite;
  let location: string;
  if (config.dataDir === "memory") {
    client = new PGlite({ parsers: { [DATE_OID]: keepText } });
    location = "memory";
  } else {
    location = resolve(config.dataDir);
    mkdirSync(location, { recursive: true });
    client = new PGlite(location, { parsers: { [DATE_OID]: keepText } });
  }
  await client.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: "pglite", location, close: () => db.destroy() };
}

export interface MigrationOutcome {
  readonly applied: readonly string[];
  readonly current: string | null;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error");
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? "(ukendt)"} fejlede: ${message}`);
  }
  return { applied: (results ?? []).map((r) => r.migrationName), current: await currentMigration(db) };
}

export async function currentMigration(db: Kysely<Database>): Promise<string | null> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const all = await migrator.getMigrations();
  const executed = all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  return executed.sort().at(-1) ?? null;
}
