import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import type { Pool } from "pg";
import { DomainError } from "../domain/errors.ts";
import { type DataFolderLock, isLockFileName, lockDataFolder } from "./data-folder-lock.ts";
import { migrationProvider } from "./migrations/index.ts";
import {
  type ChannelListener,
  type ChannelSubscription,
  listenPglite,
  listenPostgres,
} from "./notifications.ts";
import pg from "./pg-driver.ts";
import { compressArchive, readPgliteArchive } from "./pglite-archive.ts";
import { RawClientAdapter } from "./raw-client.ts";
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
  /**
   * The lock on an embedded data folder: one process per folder (none for "memory" or
   * PostgreSQL). The server writes its address into it, so a refused command can point there.
   */
  readonly folderLock?: DataFolderLock;
  /**
   * Notifications on `channel` (LISTEN/NOTIFY), from this process and, on PostgreSQL, from any
   * other connection (src/db/notifications.ts).
   */
  listen(channel: string, listener: ChannelListener): ChannelSubscription;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The verb that holds an embedded folder, named to whoever is refused (e.g. `udsyn serve`). */
  readonly command?: string;
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

/** The dialects with an adapter that can reach the driver's client (bulk loading, `raw-client.ts`). */
function postgresDialect(pool: Pool): PostgresDialect {
  const dialect = new PostgresDialect({ pool });
  const adapter = new RawClientAdapter({ kind: "postgres", pool });
  dialect.createAdapter = () => adapter;
  return dialect;
}

function pgliteDialect(client: PGlite): PGliteDialect {
  const dialect = new PGliteDialect(client);
  const adapter = new RawClientAdapter({ kind: "pglite", client });
  dialect.createAdapter = () => adapter;
  return dialect;
}

export async function openDatabase(
  config: DatabaseConfig,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (config.kind === "postgres") {
    // int8 (bigserial ids, count(*)) as text is pg's default; we keep it and convert where we need numbers.
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection the server drops (a restart, an administrator, a test dropping its
    // database) is emitted on the pool; unhandled, that event would crash the whole process.
    // The pool discards the client itself and the next query gets a fresh connection.
    pool.on("error", (error) => {
      process.emitWarning(`PostgreSQL connection closed by the server: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: postgresDialect(pool) });
    return {
      db,
      kind: "postgres",
      location: redactUrl(config.url),
      listen: (channel, listener) => listenPostgres(config.url, channel, listener),
      close: () => db.destroy(),
    };
  }
  if (config.dataDir === "memory") {
    // Nothing on disk, nothing to share: no lock (the tests open many of these at once).
    const client = new PGlite({ parsers: { [DATE_OID]: keepText } });
    await client.waitReady;
    const db = new Kysely<Database>({ dialect: pgliteDialect(client) });
    return {
      db,
      kind: "pglite",
      location: "memory",
      listen: (channel, listener) => listenPglite(client, channel, listener),
      close: () => db.destroy(),
    };
  }
  return (await openEmbeddedFolder(resolve(config.dataDir), options)).handle;
}

interface EmbeddedFolderOptions extends OpenOptions {
  /** Backup and restore: a refusal tells to stop the server rather than to use it. */
  readonly offlineOnly?: boolean;
  /** A lock the caller already holds (restore: taken before the old folder is moved aside); the caller releases it. */
  readonly lock?: DataFolderLock;
  /** A dump to unpack into the (empty) folder before PostgreSQL starts on it. */
  readonly loadDataDir?: Blob;
}

async function openEmbeddedFolder(
  location: string,
  options: EmbeddedFolderOptions,
): Promise<{ client: PGlite; handle: DatabaseHandle }> {
  mkdirSync(location, { recursive: true });
  // The lock comes before PGlite touches the folder: a second PGlite on the same files is the damage.
  const ownLock = options.lock === undefined;
  const lock =
    options.lock ??
    lockDataFolder(location, { command: options.command ?? thisProgram(), offlineOnly: options.offlineOnly });
  let client: PGlite;
  try {
    client = new PGlite(location, {
      parsers: { [DATE_OID]: keepText },
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    });
    await client.waitReady;
  } catch (error) {
    if (ownLock) lock.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: pgliteDialect(client) });
  const close = async (): Promise<void> => {
    try {
      await db.destroy();
    } finally {
      if (ownLock) lock.release();
    }
  };
  const listen = (channel: string, listener: ChannelListener) => listenPglite(client, channel, listener);
  return { client, handle: { db, kind: "pglite", location, folderLock: lock, listen, close } };
}

/** For a lock taken outside the command line (a test, a script): the program's file name. */
function thisProgram(): string {
  return basename(process.argv[1] ?? process.argv0);
}

function hasDatabase(location: string): boolean {
  return existsSync(join(location, "PG_VERSION"));
}

export interface DumpOutcome {
  readonly location: string;
  /** gzip-compressed tar of the data folder, without our lock file. */
  readonly archive: Uint8Array;
  readonly postgresVersion: string;
  /** The folder's migration as it was dumped (a dump does not migrate). */
  readonly migration: string | null;
}

/**
 * A consistent copy of an embedded database: it holds the folder's lock (so nothing writes
 * while it is read), and PGlite writes the copy from the running database. It refuses a folder
 * without a database rather than creating an empty one and dumping that.
 */
export async function dumpEmbeddedDatabase(dataDir: string, options: OpenOptions = {}): Promise<DumpOutcome> {
  const location = resolve(dataDir);
  if (!hasDatabase(location)) {
    throw new DomainError(
      "not_found",
      {
        da: `Der er ingen indlejret database i ${location}.`,
        en: `There is no embedded database in ${location}.`,
      },
      [
        {
          message: "Vælg mappen med --data eller UDSYN_DATA.",
          en: "Choose the folder with --data or UDSYN_DATA.",
        },
      ],
    );
  }
  const { client, handle } = await openEmbeddedFolder(location, { ...options, offlineOnly: true });
  try {
    const migration = await currentMigration(handle.db);
    const dumped = await client.dumpDataDir("none");
    const archive = readPgliteArchive(new Uint8Array(await dumped.arrayBuffer()), location);
    return {
      location,
      archive: compressArchive(archive.tar),
      postgresVersion: archive.postgresVersion,
      migration,
    };
  } finally {
    await handle.close();
  }
}

export interface RestoreOutcome {
  readonly location: string;
  /** Where the folder's previous content went (with --force), kept rather than deleted. */
  readonly movedAside: string | undefined;
  readonly postgresVersion: string;
  readonly migration: MigrationOutcome;
}

/**
 * Unpacks a dump into the data folder, then opens and migrates it: a restore that PGlite cannot
 * open or migrate is undone (the unpacked files removed, the old content moved back). A folder
 * with a database in it is only replaced with `force`, and then moved aside, never deleted.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  dump: Uint8Array,
  source: string,
  options: OpenOptions & { readonly force?: boolean } = {},
): Promise<RestoreOutcome> {
  // The file is checked before the folder is touched.
  const archive = readPgliteArchive(dump, source);
  const location = resolve(dataDir);
  mkdirSync(location, { recursive: true });
  const lock = lockDataFolder(location, { command: options.command ?? thisProgram(), offlineOnly: true });
  try {
    const content = () => readdirSync(location).filter((name) => !isLockFileName(name));
    let movedAside: string | undefined;
    const before = content();
    if (before.length > 0) {
      if (options.force !== true) {
        throw new DomainError(
          "conflict",
          { da: `Mappen ${location} er ikke tom.`, en: `The folder ${location} is not empty.` },
          [
            {
              message: `Brug --force for at gendanne alligevel; det nuværende indhold flyttes da til ${location}.inden-gendannelse-…, det slettes ikke.`,
              en: `Use --force to restore anyway; the current content is then moved to ${location}.inden-gendannelse-…, not deleted.`,
            },
          ],
        );
      }
      // Entry by entry, not the folder itself: the lock file stays where it is, and no other
      // process finds the folder missing and starts a new database in it meanwhile.
      movedAside = `${location}.inden-gendannelse-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      mkdirSync(movedAside);
      for (const name of before) renameSync(join(location, name), join(movedAside, name));
    }
    const undo = () => {
      for (const name of content()) rmSync(join(location, name), { recursive: true, force: true });
      if (movedAside === undefined) return;
      for (const name of readdirSync(movedAside)) renameSync(join(movedAside, name), join(location, name));
      rmdirSync(movedAside);
    };
    let handle: DatabaseHandle | undefined;
    try {
      const loadDataDir = new Blob([new Uint8Array(archive.tar)], { type: "application/x-tar" });
      handle = (await openEmbeddedFolder(location, { ...options, lock, loadDataDir })).handle;
      const migration = await migrateToLatest(handle.db);
      await handle.close();
      handle = undefined;
      return { location, movedAside, postgresVersion: archive.postgresVersion, migration };
    } catch (error) {
      await handle?.close().catch(() => undefined);
      undo();
      const reason = error instanceof Error ? error.message : String(error);
      throw new DomainError(
        "invalid_input",
        {
          da: `${source} kunne ikke gendannes: databasen åbnede ikke.`,
          en: `${source} could not be restored: the database did not open.`,
        },
        [
          { message: reason },
          movedAside === undefined
            ? { message: `${location} er tom igen.`, en: `${location} is empty again.` }
            : {
                message: `Det tidligere indhold er lagt tilbage i ${location}.`,
                en: `The earlier content has been put back in ${location}.`,
              },
        ],
      );
    }
  } finally {
    lock.release();
  }
}

export interface MigrationOutcome {
  readonly applied: readonly string[];
  readonly current: string | null;
}

/**
 * The names in Kysely's migration table, or undefined when there is none yet (a new database).
 * Read on its own connection turn, outside any transaction, so a missing table fails nothing else.
 */
async function appliedMigrations(db: Kysely<Database>): Promise<Set<string> | undefined> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    return new Set(rows.map((row) => row.name));
  } catch {
    return undefined;
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  // Every command-line call opens its database migrated. When exactly this code's migrations are
  // applied (nearly always), one query says so; the migrator takes ten round trips or more (its
  // tables checked, a lock taken, the list read twice), 100-300 ms of every call on PostgreSQL.
  // Anything else (behind, or a migration this code does not know) goes through the migrator,
  // which applies what is missing or refuses.
  const known = Object.keys(await migrationProvider.getMigrations());
  const applied = await appliedMigrations(db);
  if (applied !== undefined && applied.size === known.length && known.every((name) => applied.has(name)))
    return { applied: [], current: known.sort().at(-1) ?? null };
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
