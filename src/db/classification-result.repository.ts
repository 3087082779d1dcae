import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Classifications kept per area-facts version (migration 0024). A result is read only at the
 * version it was stored under, so a write of the facts makes it unreachable at once.
 */

/** The stored JSON for `key` at facts version `version` by this code, or undefined. */
export async function readClassificationResult(
  db: Kysely<Database>,
  key: string,
  version: string,
  codeIdentity: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("classification_result")
    .select("body")
    .where("key", "=", key)
    .where("facts_version", "=", version)
    .where("code_identity", "=", codeIdentity)
    .executeTakeFirst();
  return row?.body;
}

/**
 * At most this many results are kept: the newest stored. Within one facts version results pile up
 * per date, list, facts year, language and cell size asked for, and a national list's body is
 * ~12.5 MB (bench/summary.md, B1), so 50 rows are at most ~0.6 GB of table, while the lists
 * asked for between two imports (2 list kinds × 2 languages × a handful of dates) are far fewer.
 * A result pruned is only computed again when asked for.
 */
export const KEPT_CLASSIFICATION_RESULTS = 50;

/**
 * Stores `body` for `key` at `version`, and removes what can no longer be served: results of
 * older facts versions and of other code (a run from the sources has a code identity of its own
 * each time, so without this its results would pile up). A result of a newer version, written by
 * a process that read the version after this one did, is left as it is. Then only the
 * `KEPT_CLASSIFICATION_RESULTS` most recently stored results are kept.
 */
export async function writeClassificationResult(
  db: Kysely<Database>,
  key: string,
  version: string,
  codeIdentity: string,
  body: string,
): Promise<void> {
  const write = async (trx: Kysely<Database>): Promise<void> => {
    // One writer at a time; readers are not blocked (SHARE ROW EXCLUSIVE conflicts with writers
    // and itself, not with SELECT). Two concurrent prunes could otherwise lock the same rows in
    // different orders and deadlock, and with writers in turn the stored time (clock_timestamp,
    // taken after the lock; now() is the transaction's start) orders them as they happened.
    await sql`lock table classification_result in share row exclusive mode`.execute(trx);
    await sql`delete from classification_result
      where facts_version < ${version} or code_identity <> ${codeIdentity}`.execute(trx);
    await sql`insert into classification_result (key, facts_version, code_identity, body, computed_at)
      values (${key}, ${version}, ${codeIdentity}, ${body}, clock_timestamp())
      on conflict (key) do update set facts_version = excluded.facts_version,
        code_identity = excluded.code_identity, body = excluded.body, computed_at = excluded.computed_at
      where classification_result.facts_version <= excluded.facts_version`.execute(trx);
    await sql`delete from classification_result where key in (
      select key from classification_result
      order by computed_at desc, key offset ${KEPT_CLASSIFICATION_RESULTS})`.execute(trx);
  };
  await (db.isTransaction ? write(db) : db.transaction().execute(write));
}
