import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * What is computed from the area facts (the facts as read, a classification) is kept per
 * database and served again while the facts' version (migration 0019) is unchanged: a list is
 * read by many people between two imports, and computing it costs a read of every department's
 * facts and a pass of the rules over them (seconds at national scale), where reading the version
 * is one row. Every write of the facts, by this process or another (the CLI on the same
 * PostgreSQL, psql), raises the version in its own transaction, so the next reader recomputes.
 *
 * Reads inside a transaction are not cached: the transaction may itself have changed the facts.
 */

/** A classification's JSON is megabytes at national scale: a few dates and lists are kept, no more. */
const MAX_ENTRIES = 12;

/** The values computed at one version; a new version starts an empty map (the old is garbage). */
interface VersionCache {
  readonly version: string;
  readonly entries: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<Kysely<Database>, VersionCache>();

/**
 * The current facts version, or undefined when the database has no version row (migration 0019
 * creates it; only someone deleting it by hand removes it): then nothing says when the facts
 * change, and nothing may be kept.
 */
export async function areaFactsVersion(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom("area_facts_version").select("version").executeTakeFirst();
  return row === undefined ? undefined : String(row.version);
}

/**
 * `compute(version)` for `key`, or the value computed for it at the current facts version. The
 * version is read first, so a value stored under a version was computed from facts at least that
 * new; `compute` is given it (persisted-result.ts keeps the value in the database under it).
 * Inside a transaction, or without a version row, `compute` is given no version and its value is
 * not kept.
 */
export async function cachedForFactsVersion<T>(
  db: Kysely<Database>,
  key: string,
  compute: (version: string | undefined) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return compute(undefined);
  const version = await areaFactsVersion(db);
  if (version === undefined) return compute(undefined);
  let cache = caches.get(db);
  if (cache === undefined || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(db, cache);
  }
  const { entries } = cache;
  const hit = entries.get(key);
  if (hit !== undefined) {
    entries.delete(key);
    entries.set(key, hit); // the most recently used last
    return hit as Promise<T>;
  }
  const value = compute(version);
  entries.set(key, value);
  // A failed computation is not remembered: the next reader tries again.
  value.catch(() => {
    if (entries.get(key) === value) entries.delete(key);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  return value;
}
