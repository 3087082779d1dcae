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
 * Stores `body` for `key` at `version`, and removes what can no longer be served: results of
 * older facts versions and of other code (a run from the sources has a code identity of its own
 * each time, so without this its results would pile up). A result of a newer version, written by
 * a process that read the version after this one did, is left as it is.
 */
export async function writeClassificationResult(
  db: Kysely<Database>,
  key: string,
  version: string,
  codeIdentity: string,
  body: string,
): Promise<void> {
  await sql`delete from classification_result
    where facts_version < ${version} or code_identity <> ${codeIdentity}`.execute(db);
  await sql`insert into classification_result (key, facts_version, code_identity, body)
    values (${key}, ${version}, ${codeIdentity}, ${body})
    on conflict (key) do update set facts_version = excluded.facts_version,
      code_identity = excluded.code_identity, body = excluded.body, computed_at = now()
    where classification_result.facts_version <= excluded.facts_version`.execute(db);
}
